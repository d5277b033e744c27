"""The attendance grid as a table model: people down, sessions across, totals both ways.

The first ``FIXED`` columns (name, hours, share, certificate) are the
person's totals and stay in view while the sessions scroll; the last row
holds each session's totals.  The model only shows what the service's
``AttendanceGrid`` says; a typed value asks the panel to save it
(``hours_entered``) and the model changes when the saved grid comes back,
or at once through ``show_marks`` (the panel's optimistic update).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from wall_desktop.gui.table_model import CENTER, LEFT, RIGHT, ROW_ROLE, SORT_ROLE, WARNING, AnyIndex
from wall_desktop.gui.text import person_sort_key
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


def cell_text(cell: GridCell | None, session: SessionRow) -> str:
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


class AttendanceModel(QAbstractTableModel):
    hours_entered = Signal(QModelIndex, str)  # a typed value for a cell, to be saved

    def __init__(self) -> None:
        super().__init__()
        self.grid: AttendanceGrid | None = None
        self._cells: dict[Cell, GridCell] = {}

    # --- content -------------------------------------------------------------------
    def set_grid(self, grid: AttendanceGrid | None) -> None:
        """Show ``grid``; the same people and sessions are updated in place (cursor kept)."""
        same = (
            grid is not None
            and self.grid is not None
            and [p.person_id for p in grid.people] == [p.person_id for p in self.grid.people]
            and [t.id for t in grid.sessions] == [t.id for t in self.grid.sessions]
        )
        if same and grid is not None:
            self.grid = grid
            self._cells = dict(grid.cells)
            if self.rowCount() and self.columnCount():
                last = self.index(self.rowCount() - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.grid = grid
        self._cells = dict(grid.cells) if grid is not None else {}
        self.endResetModel()

    def show_marks(self, marks: list[AttendanceMark]) -> None:
        """Show marks before the save comes back (hours None: the session's hours)."""
        for mark in marks:
            key = (mark.person_id, mark.session_id)
            if mark.status is None:
                self._cells.pop(key, None)
                continue
            session = self.session_by_id(mark.session_id)
            if mark.hours is not None:
                hours = mark.hours
            elif mark.status is AttendanceStatus.PRESENT and session is not None:
                hours = session.hours
            else:
                hours = Decimal("0.00")
            self._cells[key] = GridCell(mark.status, hours)
            index = self.index_of(key)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def people(self) -> tuple[GridPerson, ...]:
        return self.grid.people if self.grid else ()

    def sessions(self) -> tuple[SessionRow, ...]:
        return self.grid.sessions if self.grid else ()

    def person_at(self, row: int) -> GridPerson | None:
        people = self.people()
        return people[row] if 0 <= row < len(people) else None

    def session_at(self, column: int) -> SessionRow | None:
        sessions = self.sessions()
        i = column - FIXED
        return sessions[i] if 0 <= i < len(sessions) else None

    def session_by_id(self, session_id: int) -> SessionRow | None:
        return next((t for t in self.sessions() if t.id == session_id), None)

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
        rows = [p.person_id for p in self.people()]
        columns = [t.id for t in self.sessions()]
        if key[0] not in rows or key[1] not in columns:
            return QModelIndex()
        return self.index(rows.index(key[0]), FIXED + columns.index(key[1]))

    def totals_row(self) -> int:
        return len(self.people())

    # --- the model interface ---------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return len(self.grid.people) + 1  # the totals row

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return FIXED + len(self.grid.sessions)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.key_of(index) is not None:
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
            )
        if self.session_at(index.column()) is not None and index.row() < self.totals_row():
            return Qt.ItemFlag.ItemIsEnabled  # a cancelled session: shown, never marked
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        session = self.session_at(section)
        if session is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return [
                    QCoreApplication.translate("attendance", "Person"),
                    QCoreApplication.translate("attendance", "Hours"),
                    QCoreApplication.translate("attendance", "Share"),
                    QCoreApplication.translate("attendance", "Certificate"),
                ][section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(LEFT if section == NAME else CENTER)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = {SessionStatus.PLANNED: " ⋯", SessionStatus.CANCELLED: " ✗"}.get(
                session.status, ""
            )
            return f"{session.date:%d.%m}{mark}\n{format_hours(session.hours)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._session_tooltip(session)
        if role == Qt.ItemDataRole.ForegroundRole and session.status is SessionStatus.CANCELLED:
            return QBrush(ABSENT_COLOUR)
        if role == Qt.ItemDataRole.FontRole and session.status is SessionStatus.PLANNED:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(CENTER)
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
        if not index.isValid() or self.grid is None:
            return None
        if index.row() == self.totals_row():
            return self._totals_data(index.column(), role)
        person = self.people()[index.row()]
        session = self.session_at(index.column())
        if session is None:
            return self._person_data(person, index.column(), role)
        return self._cell_data(person, session, role)

    def _person_data(self, person: GridPerson, column: int, role: int) -> Any:
        assert self.grid is not None
        progress = self.grid.person_totals.get(person.person_id)
        if role == ROW_ROLE:
            return person
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return f"{person.last_name} {person.first_name}"
            if progress is None:
                return ""
            if column == HOURS:
                return format_hours(progress.attended_hours)
            if column == SHARE:
                return format_percent(progress.share, 1)
            return (
                QCoreApplication.translate("attendance", "yes")
                if progress.eligible
                else QCoreApplication.translate("attendance", "no")
            )
        if role == SORT_ROLE:
            if column == NAME:
                return person_sort_key(person.first_name, person.last_name)
            if progress is None:
                return None
            return {HOURS: progress.attended_hours, SHARE: progress.share}.get(
                column, progress.eligible
            )
        if role == Qt.ItemDataRole.ToolTipRole and progress is not None:
            return self._progress_tooltip(progress)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column == NAME else RIGHT if column != CERTIFICATE else CENTER)
        under = progress is not None and not progress.eligible
        if role == Qt.ItemDataRole.BackgroundRole and under:
            return QBrush(UNDER_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and under and column != NAME:
            return QBrush(WARNING)
        return None

    def _progress_tooltip(self, progress: Any) -> str:
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

    def _cell_data(self, person: GridPerson, session: SessionRow, role: int) -> Any:
        cell = self._cells.get((person.person_id, session.id))
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell, session)
        if role == Qt.ItemDataRole.EditRole:
            return hours_text(cell.hours) if cell is not None else ""
        if role == SORT_ROLE:
            return None if cell is None else (cell.status.value, cell.hours)
        if role == ROW_ROLE:
            return person
        if role == CELL_ROLE:
            return (person.person_id, session.id)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(CENTER)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = f"{person.first_name} {person.last_name}"
            state = status_name(cell.status if cell else None)
            if cell is not None and cell.status is AttendanceStatus.PRESENT:
                state += f", {format_hours(cell.hours)}"
            return f"{name} · {format_date(session.date)}\n{state}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if session.status is SessionStatus.CANCELLED:
                return QBrush(CANCELLED_BACKGROUND)
            if session.status is SessionStatus.PLANNED:
                return QBrush(PLANNED_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None:
            return QBrush(
                {
                    AttendanceStatus.PRESENT: PRESENT_COLOUR,
                    AttendanceStatus.EXCUSED: EXCUSED_COLOUR,
                }.get(cell.status, ABSENT_COLOUR)
            )
        return None

    def _totals_data(self, column: int, role: int) -> Any:
        assert self.grid is not None
        session = self.session_at(column)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTALS_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column == NAME else CENTER)
        if session is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    QCoreApplication.translate("attendance", "Present · hours")
                    if column == NAME
                    else ""
                )
            if role == SORT_ROLE:
                return None
            return None
        present, hours = self._session_total(session.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{present} · {hours_text(hours)}"
        if role == SORT_ROLE:
            return (present, hours)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("attendance", "{n} present, {hours} attended in all")
                .replace("{n}", str(present))
                .replace("{hours}", format_hours(hours))
            )
        return None

    def _session_total(self, session_id: int) -> tuple[int, Decimal]:
        """From the cells shown, so an optimistic mark moves the totals too."""
        present, hours = 0, Decimal("0.00")
        for person in self.people():
            cell = self._cells.get((person.person_id, session_id))
            if cell is not None:
                present += cell.status is AttendanceStatus.PRESENT
                hours += cell.hours
        return present, hours

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A typed value is handed to the panel to save; nothing changes here until it is."""
        if role != Qt.ItemDataRole.EditRole or self.key_of(index) is None:
            return False
        self.hours_entered.emit(self.index(index.row(), index.column()), str(value))
        return False
