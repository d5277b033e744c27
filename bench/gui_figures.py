"""Figures measured on the real GUI, offscreen, in this process.

Each product measurement drives the window's own widgets; each baseline
does the least the same screen needs: a raw SQL query, a model reset and a
repaint of a plain table of the same size.
"""

from __future__ import annotations

import gc
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from bench.measure import Stats
from wall_desktop.db.engine import SQLITE_PRAGMAS
from wall_desktop.text_keys import fold

SIZE = (1366, 700)
# Typed into the search box one key at a time, then erased with Backspace.
TYPED = ("nowak", "żół", "kowalska an", "ś")


class PlainModel(QAbstractTableModel):
    """The baseline's model: a list of tuples, nothing computed per cell."""

    def __init__(self, columns: int) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []
        self.columns = columns

    def reset(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return str(row[index.column()]) if index.column() < len(row) else ""


def plain_view(columns: int) -> tuple[QTableView, PlainModel]:
    model = PlainModel(columns)
    view = QTableView()
    view.setModel(model)
    view.resize(*SIZE)
    view.show()
    return view, model


def connect_raw(path: Path) -> sqlite3.Connection:
    """A raw connection with the pragmas the application sets on each of its own."""
    conn = sqlite3.connect(path, isolation_level=None)
    for name, value in SQLITE_PRAGMAS.items():
        conn.execute(f"PRAGMA {name}={value}")
    return conn


def keystrokes() -> list[str]:
    """The keys pressed, in order ("\b" is Backspace)."""
    keys: list[str] = []
    for word in TYPED:
        keys.extend(word)
        keys.extend("\b" * len(word))
    return keys


def _press(widget: QWidget, key: str) -> None:
    if key == "\b":
        QTest.keyClick(widget, Qt.Key.Key_Backspace)
        return
    # QTest's key clicks take ASCII only; a typed Polish letter is a key event with text.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, key))


# --- one keystroke in the People search ---------------------------------------------


def people_search(app: QApplication, ws: Any) -> tuple[Stats, int]:
    """Each keystroke typed into the real People tab: filtered and painted.

    Returns the times and the rows the tab loaded before typing.
    """
    from wall_desktop.gui.tabs.people import PeopleTab

    tab = PeopleTab(ws, QUndoStack())
    tab.resize(*SIZE)
    tab.show()
    tab.load()  # the pool is a SyncPool: loaded when this returns
    app.processEvents()
    times = []
    for key in keystrokes():
        start = time.perf_counter()
        _press(tab.search, key)
        app.processEvents()
        tab.table.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    loaded = tab.model.total_rows()
    tab.close()
    tab.deleteLater()
    return Stats(tuple(times), "ms"), loaded


PAGE = 100  # the People tab's page (gui/tabs/people.PAGE)
# Every typed word starts a word of the folded key (services/search.name_filter).
WORD = (
    "((p.search_key >= ? AND p.search_key < ?) "
    "OR instr(p.search_key, ' ' || ?) > 0 OR instr(p.search_key, '-' || ?) > 0)"
)
# One page of the programme's people in Polish order, with the raw data of every column
# the tab paints: name, roles, neighbourhood, status, birth year (age group), hours
# attended and held in the neighbourhood (hours, share, certificate) and the consent.
SEARCH_PAGE = """
WITH page AS (
  SELECT p.id AS pid, e.id AS eid, e.programme_id, e.neighbourhood_id, e.status,
         p.last_name, p.first_name, p.birth_year, p.sort_key
  FROM person p INDEXED BY {index}
  CROSS JOIN enrolment e ON e.person_id = p.id AND e.programme_id = ? AND e.deleted_at IS NULL
  WHERE p.deleted_at IS NULL {words}
  ORDER BY p.sort_key, p.id LIMIT {limit}
)
SELECT page.last_name || ' ' || page.first_name,
  (SELECT group_concat(r.role, ', ') FROM enrolment_role r
    WHERE r.enrolment_id = page.eid AND r.deleted_at IS NULL),
  n.name, page.status, page.birth_year,
  (SELECT sum(a.hours) FROM attendance a JOIN training_session t ON t.id = a.session_id
    WHERE a.person_id = page.pid AND t.neighbourhood_id = page.neighbourhood_id
      AND t.status = 'held' AND a.deleted_at IS NULL AND t.deleted_at IS NULL),
  (SELECT sum(t.hours) FROM training_session t WHERE t.neighbourhood_id = page.neighbourhood_id
      AND t.status = 'held' AND t.deleted_at IS NULL),
  EXISTS (SELECT 1 FROM consent c WHERE c.person_id = page.pid AND c.kind = 'data_processing'
      AND c.deleted_at IS NULL
      AND coalesce(c.programme_id, page.programme_id) = page.programme_id)
FROM page LEFT JOIN neighbourhood n ON n.id = page.neighbourhood_id AND n.deleted_at IS NULL
ORDER BY page.sort_key, page.pid
"""


def _painted(row: tuple[Any, ...]) -> tuple[str, ...]:
    """The nine columns' text from the raw values (no rule, plain formatting)."""
    name, roles, hood, status, born, attended, held, consent = row
    share = (attended or 0) / held * 100 if held else 0
    return (
        name,
        roles or "",
        hood or "",
        status,
        str(born or ""),
        f"{attended or 0:.1f}",
        f"{share:.1f}%",
        "yes" if share >= 80 else "no",
        "complete" if consent else "missing",
    )


def search_sql(programme_id: int, text: str) -> tuple[str, list[Any]]:
    """The page's query for ``text``: with words, the matching keys are read from their
    index and only the matches sorted; without, the sort index is walked."""
    tokens = fold(text).replace("-", " ").split()
    sql = SEARCH_PAGE.format(
        index="ix_person_search_key" if tokens else "ix_person_sort_key",
        words="AND " * bool(tokens) + " AND ".join([WORD] * len(tokens)),
        limit=PAGE,
    )
    params: list[Any] = [programme_id]
    for token in tokens:
        params += [token, token + "\U0010ffff", token, token]
    return sql, params


def raw_search(app: QApplication, path: Path, programme_id: int) -> Stats:
    """The baseline: one page of the same matches, raw, a reset and a repaint of 9 columns."""
    conn = connect_raw(path)
    view, model = plain_view(9)
    text = ""
    times = []
    for key in keystrokes():
        start = time.perf_counter()
        text = text[:-1] if key == "\b" else text + key
        sql, params = search_sql(programme_id, text)
        model.reset([_painted(r) for r in conn.execute(sql, params)])
        app.processEvents()
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    view.close()
    return Stats(tuple(times), "ms")


# --- opening a neighbourhood's attendance grid --------------------------------------


def grid_open(app: QApplication, ws: Any, hoods: Sequence[int], times: int) -> Stats:
    """``attendance_grid`` and the real grid panel, alternating two neighbourhoods."""
    from wall_desktop.gui.attendance_grid import AttendancePanel
    from wall_desktop.services.trainings import attendance_grid

    panel = AttendancePanel(ws, None)
    panel.resize(*SIZE)
    panel.show()
    values = []
    for n in range(times):
        start = time.perf_counter()
        panel.set_grid(attendance_grid(ws.ctx, hoods[n % len(hoods)]))
        app.processEvents()
        panel.view.viewport().repaint()
        panel.frozen.viewport().repaint()
        values.append((time.perf_counter() - start) * 1000)
    panel.close()
    panel.deleteLater()
    return Stats(tuple(values), "ms")


GRID_PEOPLE = """
SELECT e.person_id, p.last_name, p.first_name, e.status FROM enrolment e
JOIN person p ON p.id = e.person_id
WHERE e.neighbourhood_id = ? AND e.deleted_at IS NULL AND p.deleted_at IS NULL
  AND e.status IN ('candidate', 'accepted', 'completed')
  AND EXISTS (SELECT 1 FROM enrolment_role r WHERE r.enrolment_id = e.id
              AND r.role IN ('participant', 'leader') AND r.deleted_at IS NULL)
ORDER BY p.search_key
"""
GRID_SESSIONS = """
SELECT id, date, hours, status FROM training_session
WHERE neighbourhood_id = ? AND deleted_at IS NULL ORDER BY date, id
"""
GRID_MARKS = """
SELECT a.person_id, a.session_id, a.status, a.hours FROM attendance a
JOIN training_session t ON t.id = a.session_id
WHERE t.neighbourhood_id = ? AND a.deleted_at IS NULL
"""


def raw_grid(app: QApplication, path: Path, hoods: Sequence[int], times: int) -> Stats:
    """The baseline: the same people, sessions and marks fetched raw, a reset, a repaint."""
    conn = connect_raw(path)
    view, model = plain_view(0)
    values = []
    for n in range(times):
        start = time.perf_counter()
        hood = hoods[n % len(hoods)]
        people = conn.execute(GRID_PEOPLE, (hood,)).fetchall()
        sessions = conn.execute(GRID_SESSIONS, (hood,)).fetchall()
        marks = {(p, s): (st, h) for p, s, st, h in conn.execute(GRID_MARKS, (hood,))}
        rows = [
            (f"{last} {first}", status, *(marks.get((pid, t[0]), ("", ""))[0] for t in sessions))
            for pid, last, first, status in people
        ]
        model.columns = 2 + len(sessions)
        model.reset(rows)
        app.processEvents()
        view.viewport().repaint()
        values.append((time.perf_counter() - start) * 1000)
    conn.close()
    view.close()
    return Stats(tuple(values), "ms")


# --- the longest stall of the event loop while the worker runs ----------------------


class GcPauses:
    """The longest pause of Python's cyclic garbage collector (it holds the GIL throughout)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._start = 0.0

    def __call__(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.longest = max(self.longest, (time.perf_counter() - self._start) * 1000)

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self)


def longest_stall(app: QApplication, work: Callable[[], Any]) -> tuple[float, float, float]:
    """Run ``work`` through the GUI's worker (the real thread pool) with a 5 ms heartbeat.

    Returns (longest gap between heartbeats in ms, the work's duration in s,
    the longest garbage collection meanwhile in ms).
    """
    from wall_desktop.gui.worker import run_task, set_pool

    set_pool(None)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(beat)
    loop = QEventLoop()
    errors: list[BaseException] = []
    start = time.perf_counter()
    with GcPauses() as pauses:
        timer.start()
        last[0] = time.perf_counter()
        task = run_task(work, on_error=errors.append)
        task.done.connect(loop.quit)
        loop.exec()
        timer.stop()
    elapsed = time.perf_counter() - start
    if errors:
        raise errors[0]
    return max(gaps, default=0.0), elapsed, pauses.longest
