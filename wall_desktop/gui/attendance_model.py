"""The attendance grid as a table model: people down, sessions across, totals both ways.

The first ``FIXED`` columns (name, hours, share, certificate) are the
person's totals and stay in view while the sessions scroll; the last row
holds each session's totals.  The model only shows what the service's
``AttendanceGrid`` says; a typed value asks the panel to save it
(``hours_entered``) and the model changes when the saved grid comes back,
or at once through ``show_marks`` (the panel's optimistic update).

Painting asks ``data`` for every visible cell and several roles, so the
texts, colours and totals are worked out once per grid (and per changed
mark), and ``data`` only looks them up.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from wall_desktop.gui.table_model import CENTER, LEFT, RIGHT, ROW_ROLE, SORT_ROLE, WARNING, AnyIndex
from wall_desktop.gui.text import person_sort_key
from wall_desktop.services.eligibility import PersonProgress
from wall_desktop.services.formatting import format_date, format_hours, format_percent
from wall_desktop.services.trainings import (
    AttendanceGrid,
    AttendanceMark,
    AttendanceStatus,
    GridCell,
    GridPerson,
    SessionRow,
    SessionStatus,
)

FIXED = 4  # name, hours, share, certificate
NAME, HOURS, SHARE, CERTIFICATE = range(FIXED)
CELL_ROLE = Qt.ItemDataRole.UserRole + 3  # (person_id, session_id) of a markable cell

PRESENT_COLOUR = QColor("#1b5e20")
EXCUSED_COLOUR = QColor("#8a5a00")
ABSENT_COLOUR = QColor("#6b6b6b")
CANCELLED_BACKGROUND = QColor("#e4e4e4")
PLANNED_BACKGROUND = QColor("#e8f0fb")
UNDER_BACKGROUND = QColor("#fde7e9")
TOTALS_BACKGROUND = QColor("#f1f1f1")

Cell = tuple[int, int]  # (person_id, session_id)

# Roles as plain ints: ``data`` compares them for every painted cell.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)
_CELL = int(CELL_ROLE)
_LEFT, _RIGHT, _CENTER = int(LEFT), int(RIGHT), int(CENTER)

_SESSION_BACKGROUND = {
    SessionStatus.CANCELLED: QBrush(CANCELLED_BACKGROUND),
    SessionStatus.PLANNED: QBrush(PLANNED_BACKGROUND),
}
_MARK_FOREGROUND = {
    AttendanceStatus.PRESENT: QBrush(PRESENT_COLOUR),
    AttendanceStatus.EXCUSED: QBrush(EXCUSED_COLOUR),
    AttendanceStatus.ABSENT: QBrush(ABSENT_COLOUR),
}
_NOTHING = frozenset((int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.CheckStateRole)))
_MARKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_UNDER_BACKGROUND = QBrush(UNDER_BACKGROUND)
_WARNING = QBrush(WARNING)
_TOTALS_BACKGROUND = QBrush(TOTALS_BACKGROUND)
_CANCELLED_FOREGROUND = QBrush(ABSENT_COLOUR)


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


def next_status(status: AttendanceStatus | None) -> AttendanceStatus | None:
    """Space walks present → excused → absent → no mark → present."""
    order: list[AttendanceStatus | None] = [
        AttendanceStatus.PRESENT,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.ABSENT,
        None,
    ]
    if status is None:
        return AttendanceStatus.PRESENT
    return order[(order.index(status) + 1) % len(order)]


def hours_text(value: Decimal) -> str:
    """6, 4,5 (Polish) — the hours without the unit, for the narrow cells."""
    return format_hours(value).replace("\u00a0h", "")


def cell_text(cell: GridCell | None, session: SessionRow | None = None) -> str:
    if cell is None:
        return ""
    if cell.status is AttendanceStatus.PRESENT:
        return f"✓ {hours_text(cell.hours)}"
    if cell.status is AttendanceStatus.EXCUSED:
        return QCoreApplication.translate("attendance", "E")  # Polish: U (usprawiedliwiony)
    return "–"


def status_name(status: AttendanceStatus | None) -> str:
    if status is None:
        return QCoreApplication.translate("attendance", "no mark")
    return {
        AttendanceStatus.PRESENT: QCoreApplication.translate("attendance", "present"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("attendance", "excused"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("attendance", "absent"),
    }[status]


def session_header(session: SessionRow) -> str:
    """Two lines: the date (with ⋯ planned or ✗ cancelled) and the session's hours."""
    mark = {SessionStatus.PLANNED: " ⋯", SessionStatus.CANCELLED: " ✗"}.get(session.status, "")
    return f"{session.date:%d.%m}{mark}\n{format_hours(session.hours)}"


class AttendanceModel(QAbstractTableModel):
    hours_entered = Signal(QModelIndex, str)  # a typed value for a cell, to be saved

    def __init__(self) -> None:
        super().__init__()
        self.grid: AttendanceGrid | None = None
        self._cells: dict[Cell, GridCell] = {}
        self._people: tuple[GridPerson, ...] = ()
        self._sessions: tuple[SessionRow, ...] = ()
        self._row_of: dict[int, int] = {}  # person_id -> row
        self._column_of: dict[int, int] = {}  # session_id -> column
        self._person_texts: list[tuple[str, str, str, str]] = []  # the FIXED columns per row
        self._progress: list[PersonProgress | None] = []
        self._headers: list[str] = []  # per session
        self._totals: dict[int, tuple[int, Decimal]] = {}  # session_id -> (present, hours)
        self._total_texts: dict[int, str] = {}  # session_id -> "present · hours"
        self._texts: dict[tuple[AttendanceStatus, Decimal], str] = {}  # a mark's cell text
        self._bold = _font(bold=True)
        self._italic = _font(italic=True)

    # --- content -------------------------------------------------------------------
    def set_grid(self, grid: AttendanceGrid | None) -> None:
        """Show ``grid``; the same people and sessions are updated in place (cursor kept)."""
        same = (
            grid is not None
            and self.grid is not None
            and [p.person_id for p in grid.people] == [p.person_id for p in self._people]
            and [t.id for t in grid.sessions] == [t.id for t in self._sessions]
        )
        if same and grid is not None:
            self._load(grid)
            if self.rowCount() and self.columnCount():
                last = self.index(self.rowCount() - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self._load(grid)
        self.endResetModel()

    def _load(self, grid: AttendanceGrid | None) -> None:
        """Everything ``data`` shows, worked out once (the language is read now, too)."""
        self.grid = grid
        self._cells = dict(grid.cells) if grid is not None else {}
        self._people = grid.people if grid is not None else ()
        self._sessions = grid.sessions if grid is not None else ()
        self._row_of = {p.person_id: r for r, p in enumerate(self._people)}
        self._column_of = {t.id: FIXED + c for c, t in enumerate(self._sessions)}
        self._texts = {}
        yes = QCoreApplication.translate("attendance", "yes")
        no = QCoreApplication.translate("attendance", "no")
        totals = grid.person_totals if grid is not None else {}
        self._progress = [totals.get(p.person_id) for p in self._people]
        self._person_texts = [
            (
                f"{p.last_name} {p.first_name}",
                format_hours(g.attended_hours) if g else "",
                format_percent(g.share, 1) if g else "",
                (yes if g.eligible else no) if g else "",
            )
            for p, g in zip(self._people, self._progress, strict=True)
        ]
        self._headers = [session_header(t) for t in self._sessions]
        self._totals, self._total_texts = {}, {}
        for t in self._sessions:
            self._recount(t.id)

    def _recount(self, session_id: int) -> None:
        """A session's totals from the cells shown, so an optimistic mark moves them too."""
        present, hours = 0, Decimal("0.00")
        for person in self._people:
            cell = self._cells.get((person.person_id, session_id))
            if cell is not None:
                present += cell.status is AttendanceStatus.PRESENT
                hours += cell.hours
        self._totals[session_id] = (present, hours)
        self._total_texts[session_id] = f"{present} · {hours_text(hours)}"

    def show_marks(self, marks: list[AttendanceMark]) -> None:
        """Show marks before the save comes back (hours None: the session's hours)."""
        touched: set[int] = set()
        for mark in marks:
            key = (mark.person_id, mark.session_id)
            touched.add(mark.session_id)
            index = self.index_of(key)
            if mark.status is None:
                self._cells.pop(key, None)
            else:
                session = self.session_by_id(mark.session_id)
                if mark.hours is not None:
                    hours = mark.hours
                elif mark.status is AttendanceStatus.PRESENT and session is not None:
                    hours = session.hours
                else:
                    hours = Decimal("0.00")
                self._cells[key] = GridCell(mark.status, hours)
            if index.isValid():
                self.dataChanged.emit(index, index)
        totals = self.totals_row()
        for session_id in touched:
            if session_id in self._column_of:
                self._recount(session_id)
                index = self.index(totals, self._column_of[session_id])
                self.dataChanged.emit(index, index)

    def people(self) -> tuple[GridPerson, ...]:
        return self._people

    def sessions(self) -> tuple[SessionRow, ...]:
        return self._sessions

    def person_at(self, row: int) -> GridPerson | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def session_at(self, column: int) -> SessionRow | None:
        i = column - FIXED
        return self._sessions[i] if 0 <= i < len(self._sessions) else None

    def session_by_id(self, session_id: int) -> SessionRow | None:
        column = self._column_of.get(session_id)
        return None if column is None else self._sessions[column - FIXED]

    def cell_at(self, key: Cell) -> GridCell | None:
        return self._cells.get(key)

    def key_of(self, index: AnyIndex) -> Cell | None:
        """The (person, session) of a cell that can take a mark; None elsewhere."""
        if not index.isValid():
            return None
        person, session = self.person_at(index.row()), self.session_at(index.column())
        if person is None or session is None or session.status is SessionStatus.CANCELLED:
            return None
        return (person.person_id, session.id)

    def index_of(self, key: Cell) -> QModelIndex:
        row, column = self._row_of.get(key[0]), self._column_of.get(key[1])
        if row is None or column is None:
            return QModelIndex()
        return self.index(row, column)

    def totals_row(self) -> int:
        return len(self._people)

    # --- what the panel sizes its columns by ----------------------------------------
    def fixed_texts(self, column: int) -> list[str]:
        """Every text a person column shows (the header and the totals label apart)."""
        return [texts[column] for texts in self._person_texts]

    def header_texts(self) -> list[str]:
        return list(self._headers)

    def totals_texts(self) -> list[str]:
        return [self._total_texts[t.id] for t in self._sessions]

    # --- the model interface ---------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return len(self._people) + 1  # the totals row

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return FIXED + len(self._sessions)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        row, column = index.row(), index.column()
        if row < 0 or self.grid is None:  # an invalid index
            return Qt.ItemFlag.NoItemFlags
        if column >= FIXED and row < len(self._people):
            if self._sessions[column - FIXED].status is SessionStatus.CANCELLED:
                return Qt.ItemFlag.ItemIsEnabled  # a cancelled session: shown, never marked
            return _MARKABLE
        return _SHOWN

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        role = int(role)
        if section < FIXED:
            if role == _DISPLAY:
                return [
                    QCoreApplication.translate("attendance", "Person"),
                    QCoreApplication.translate("attendance", "Hours"),
                    QCoreApplication.translate("attendance", "Share"),
                    QCoreApplication.translate("attendance", "Certificate"),
                ][section]
            if role == _ALIGN:
                return _LEFT if section == NAME else _CENTER
            return None
        session = self._sessions[section - FIXED]
        if role == _DISPLAY:
            return self._headers[section - FIXED]
        if role == _TOOLTIP:
            return self._session_tooltip(session)
        if role == _FOREGROUND and session.status is SessionStatus.CANCELLED:
            return _CANCELLED_FOREGROUND
        if role == _FONT and session.status is SessionStatus.PLANNED:
            return self._italic
        if role == _ALIGN:
            return _CENTER
        return None

    def _session_tooltip(self, session: SessionRow) -> str:
        state = {
            SessionStatus.HELD: QCoreApplication.translate("attendance", "held"),
            SessionStatus.PLANNED: QCoreApplication.translate(
                "attendance", "planned — still to come"
            ),
            SessionStatus.CANCELLED: QCoreApplication.translate(
                "attendance", "cancelled — no marks"
            ),
        }[session.status]
        trainer = f"\n{session.trainer_name}" if session.trainer_name else ""
        return f"{format_date(session.date)} · {state}\n{session.topic}{trainer}"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role in _NOTHING:  # asked for every painted cell, never given: answer first
            return None
        row, column = index.row(), index.column()
        if row < 0 or self.grid is None:  # an invalid index
            return None
        if row < len(self._people):
            if role == _FONT:  # only the totals row has its own font
                return None
            if column >= FIXED:
                return self._cell_data(row, column - FIXED, role)
            return self._person_data(row, column, role)
        return self._totals_data(column, role)

    def _person_data(self, row: int, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._person_texts[row][column]
        progress = self._progress[row]
        under = progress is not None and not progress.eligible
        if role == _BACKGROUND:
            return _UNDER_BACKGROUND if under else None
        if role == _FOREGROUND:
            return _WARNING if under and column != NAME else None
        if role == _ALIGN:
            return _LEFT if column == NAME else _RIGHT if column != CERTIFICATE else _CENTER
        if role == _ROW:
            return self._people[row]
        if role == _SORT:
            if column == NAME:
                person = self._people[row]
                return person_sort_key(person.first_name, person.last_name)
            if progress is None:
                return None
            return {HOURS: progress.attended_hours, SHARE: progress.share}.get(
                column, progress.eligible
            )
        if role == _TOOLTIP and progress is not None:
            return self._progress_tooltip(progress)
        return None

    def _progress_tooltip(self, progress: PersonProgress) -> str:
        figures = (
            QCoreApplication.translate(
                "attendance", "{attended} of {held} held ({share}); {required} needed"
            )
            .replace("{attended}", format_hours(progress.attended_hours))
            .replace("{held}", format_hours(progress.held_hours))
            .replace("{share}", format_percent(progress.share, 1))
            .replace("{required}", format_hours(progress.required_hours))
        )
        if progress.eligible:
            return (
                QCoreApplication.translate("attendance", "Eligible for the certificate")
                + "\n"
                + figures
            )
        lines = [
            QCoreApplication.translate("attendance", "Not eligible: {reason}").replace(
                "{reason}", progress.reason
            ),
            figures,
        ]
        if progress.planned_hours > 0:
            lines.append(
                QCoreApplication.translate(
                    "attendance", "Eligible if they attend the planned sessions"
                )
                if progress.eligible_if_planned_attended
                else QCoreApplication.translate(
                    "attendance", "Not eligible even with the planned sessions"
                )
            )
        return "\n".join(lines)

    def _text_of(self, cell: GridCell | None) -> str:
        if cell is None:
            return ""
        key = (cell.status, cell.hours)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = cell_text(cell)
        return text

    def _cell_data(self, row: int, i: int, role: int) -> Any:
        session = self._sessions[i]
        if role == _BACKGROUND:
            return _SESSION_BACKGROUND.get(session.status)
        if role == _ALIGN:
            return _CENTER
        person = self._people[row]
        cell = self._cells.get((person.person_id, session.id))
        if role == _DISPLAY:
            return self._text_of(cell)
        if role == _FOREGROUND:
            return None if cell is None else _MARK_FOREGROUND[cell.status]
        if role == _EDIT:
            return hours_text(cell.hours) if cell is not None else ""
        if role == _SORT:
            return None if cell is None else (cell.status.value, cell.hours)
        if role == _ROW:
            return person
        if role == _CELL:
            return (person.person_id, session.id)
        if role == _TOOLTIP:
            name = f"{person.first_name} {person.last_name}"
            state = status_name(cell.status if cell else None)
            if cell is not None and cell.status is AttendanceStatus.PRESENT:
                state += f", {format_hours(cell.hours)}"
            return f"{name} · {format_date(session.date)}\n{state}"
        return None

    def _totals_data(self, column: int, role: int) -> Any:
        if role == _FONT:
            return self._bold
        if role == _BACKGROUND:
            return _TOTALS_BACKGROUND
        if role == _ALIGN:
            return _LEFT if column == NAME else _CENTER
        if column < FIXED:
            if role == _DISPLAY:
                return self.totals_label() if column == NAME else ""
            return None
        session = self._sessions[column - FIXED]
        if role == _DISPLAY:
            return self._total_texts[session.id]
        if role == _SORT:
            return self._totals[session.id]
        if role == _TOOLTIP:
            present, hours = self._totals[session.id]
            return (
                QCoreApplication.translate("attendance", "{n} present, {hours} attended in all")
                .replace("{n}", str(present))
                .replace("{hours}", format_hours(hours))
            )
        return None

    def bold_font(self) -> QFont:
        return self._bold

    def italic_font(self) -> QFont:
        return self._italic

    @staticmethod
    def totals_label() -> str:
        return QCoreApplication.translate("attendance", "Present · hours")

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A typed value is handed to the panel to save; nothing changes here until it is."""
        if role != Qt.ItemDataRole.EditRole or self.key_of(index) is None:
            return False
        self.hours_entered.emit(self.index(index.row(), index.column()), str(value))
        return False
