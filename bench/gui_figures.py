"""Figures measured on the real GUI, offscreen, in this process.

Each product measurement drives the window's own widgets; each baseline
does the least the same screen needs: a raw SQL query, a model reset and a
repaint of a plain table of the same size.
"""

from __future__ import annotations

import gc
import sqlite3
import sys
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


def guard_none_refcount() -> None:
    """Keep ``None`` alive through PySide6's leak, so the figure can be measured at all.

    PySide6 6.12's ``QComboBox.currentData()`` drops a reference to ``None``
    on every call whose item data is None; the People tab's filter calls it
    three times per row, so on Python 3.11 (where None is not immortal) a few
    keystrokes over 100,000 rows deallocate None and abort the interpreter.
    The product must stop calling it per row (see RESULTS.md); until then the
    bench adds references the leak can eat.  Python 3.12+ needs nothing.
    """
    import ctypes

    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def people_search(app: QApplication, ws: Any) -> tuple[Stats, int, int]:
    """Each keystroke typed into the real People tab: filtered and painted.

    Returns the times, the rows loaded and how many references to None leaked.
    """
    from wall_desktop.gui.tabs.people import PeopleTab

    guard_none_refcount()
    refs = sys.getrefcount(None)

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
    leaked = refs - sys.getrefcount(None)
    loaded = tab.model.total_rows()
    tab.close()
    tab.deleteLater()
    return Stats(tuple(times), "ms"), loaded, leaked


def raw_search(app: QApplication, path: Path) -> Stats:
    """The baseline: a prefix range on the indexed folded key, a reset and a repaint."""
    conn = connect_raw(path)
    view, model = plain_view(9)
    text = ""
    times = []
    for key in keystrokes():
        start = time.perf_counter()
        text = text[:-1] if key == "\b" else text + key
        prefix = fold(text)
        rows = conn.execute(
            "SELECT last_name, first_name, id FROM person "
            "WHERE search_key >= ? AND search_key < ? AND deleted_at IS NULL "
            "ORDER BY search_key",
            (prefix, prefix + "\uffff"),
        ).fetchall()
        model.reset(rows)
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
