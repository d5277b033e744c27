"""Szkolenia / Trainings: a neighbourhood's sessions and, below them, its attendance grid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from wall_desktop.gui import labels
from wall_desktop.gui.attendance_grid import AttendancePanel
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_session_form import Ui_SessionForm
from wall_desktop.gui.forms import FormDialog, confirm_delete, date_of, decimal_of, set_date
from wall_desktop.gui.table_model import CENTER, RIGHT, Column
from wall_desktop.gui.tabs.base import TableTab
from wall_desktop.gui.text import matches
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.context import Context
from wall_desktop.services.errors import ValidationError
from wall_desktop.services.formatting import format_date, format_hours
from wall_desktop.services.neighbourhoods import NeighbourhoodRow, list_neighbourhoods
from wall_desktop.services.people_list import PersonRow, Role, list_people
from wall_desktop.services.trainings import (
    AttendanceGrid,
    SessionInput,
    SessionRow,
    SessionStatus,
    attendance_grid,
    count_marks,
    create_session,
    delete_session,
    list_sessions,
    restore_session,
    update_session,
)

PLACE = 5  # the place column: long addresses, narrowed so every column fits


@dataclass(frozen=True)
class Loaded:
    """What one load reads in the worker."""

    neighbourhoods: list[NeighbourhoodRow]
    neighbourhood_id: int | None
    sessions: list[SessionRow]
    grid: AttendanceGrid | None
    trainers: list[PersonRow]


def _time(value: dt.time | None) -> str:
    return "" if value is None else f"{value:%H:%M}"


def _span(row: SessionRow) -> str:
    if row.start_time is None and row.end_time is None:
        return ""
    return f"{_time(row.start_time)}–{_time(row.end_time)}"


def read_neighbourhood(ctx: Context, programme_id: int, wanted: int | None) -> Loaded:
    """The neighbourhoods, and the sessions and grid of the wanted one (else the first)."""
    hoods = list_neighbourhoods(ctx, programme_id)
    ids = [n.id for n in hoods]
    chosen = wanted if wanted in ids else (ids[0] if ids else None)
    trainers = list_people(ctx, programme_id, role=Role.TRAINER)
    if chosen is None:
        return Loaded(hoods, None, [], None, trainers)
    return Loaded(hoods, chosen, list_sessions(ctx, chosen), attendance_grid(ctx, chosen), trainers)


class TrainingsTab(TableTab):
    def __init__(self, workspace: Workspace, undo: QUndoStack, parent: QWidget | None = None):
        super().__init__(workspace, undo, parent)
        self.neighbourhoods: list[NeighbourhoodRow] = []
        self.trainers: list[PersonRow] = []
        self.neighbourhood_id: int | None = None
        self.table.setObjectName("sessions")
        self.panel = AttendancePanel(workspace, undo, self)
        self.panel.saved.connect(self.refresh)
        self.add_detail(self.panel, "trainings_splitter", sizes=(250, 340))
        self.setTabOrder(self.neighbourhood_box, self.search)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.panel.view)

    def title(self) -> str:
        return self.tr("Trainings")

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.panel.set_read_only(read_only)

    def columns(self) -> Sequence[Column[SessionRow]]:
        return [
            Column(
                self.tr("Date"),
                lambda r: format_date(r.date),
                lambda r: (r.date, r.start_time or dt.time.min),
            ),
            Column(self.tr("Time"), _span, lambda r: (r.start_time or dt.time.min, r.end_time)),
            Column(self.tr("Hours"), lambda r: format_hours(r.hours), lambda r: r.hours, RIGHT),
            Column(self.tr("Topic"), lambda r: r.topic, tooltip=lambda r: r.notes),
            Column(self.tr("Trainer"), lambda r: r.trainer_name or ""),
            Column(self.tr("Place"), lambda r: r.place or "", tooltip=lambda r: r.place),
            Column(
                self.tr("Status"),
                lambda r: labels.session_status(r.status),
                warn=lambda r: r.status is SessionStatus.CANCELLED,
            ),
            Column(self.tr("Present"), lambda r: str(r.present), lambda r: r.present, CENTER),
            Column(self.tr("Excused"), lambda r: str(r.excused), lambda r: r.excused, CENTER),
            Column(self.tr("Absent"), lambda r: str(r.absent), lambda r: r.absent, CENTER),
        ]

    def add_filters(self, bar: QHBoxLayout) -> None:
        label = QLabel(self.tr("Neighbourhood:"))
        self.neighbourhood_box = QComboBox()
        self.neighbourhood_box.setObjectName("neighbourhood_selector")
        self.neighbourhood_box.setMinimumContentsLength(22)
        label.setBuddy(self.neighbourhood_box)
        self.bar.insertWidget(0, label)  # before the search box: it chooses what is searched
        self.bar.insertWidget(1, self.neighbourhood_box)
        self.neighbourhood_box.currentIndexChanged.connect(lambda _i: self.load())

    def matches(self, row: SessionRow, text: str) -> bool:
        return matches(text, row.topic, row.trainer_name, row.place)

    # --- loading ---------------------------------------------------------------------
    def fetch(self) -> Callable[[], Any]:  # a Loaded
        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        wanted = combo_value(self.neighbourhood_box)
        return lambda: read_neighbourhood(ctx, programme_id, wanted)

    def _fill(self, rows: Any) -> None:
        loaded: Loaded = rows
        self.neighbourhoods, self.trainers = loaded.neighbourhoods, loaded.trainers
        self.neighbourhood_id = loaded.neighbourhood_id
        self.neighbourhood_box.blockSignals(True)
        self.neighbourhood_box.clear()
        for n in loaded.neighbourhoods:
            self.neighbourhood_box.addItem(n.name, n.id)
        self.neighbourhood_box.setCurrentIndex(
            max(self.neighbourhood_box.findData(loaded.neighbourhood_id), 0)
        )
        self.neighbourhood_box.blockSignals(False)
        super()._fill(loaded.sessions)
        self.table.setColumnWidth(PLACE, min(self.table.columnWidth(PLACE), 230))  # 1366 px
        self.panel.set_grid(loaded.grid)

    def load(self) -> None:
        if self.workspace.programme is None:
            self.panel.set_grid(None)
        super().load()

    def refresh(self) -> None:
        """After marks were saved: the sessions' counts and the grid's totals, read again."""
        hood = self.neighbourhood_id
        if hood is None:
            return
        ctx = self.workspace.ctx
        run_task(
            lambda: (list_sessions(ctx, hood), attendance_grid(ctx, hood)),
            self._refreshed,
            self.show_error,
        )

    def _refreshed(self, pair: tuple[list[SessionRow], AttendanceGrid]) -> None:
        sessions, grid = pair
        if grid.neighbourhood_id != self.neighbourhood_id:
            return  # the user moved on to another neighbourhood meanwhile
        current = self.current_row()
        self.model.set_rows(sessions)
        if current is not None:
            self.select_where(lambda r: r.id == current.id)
        if not self.panel.is_busy():  # a later save will bring a newer grid
            self.panel.set_grid(grid)

    # --- sessions: add, edit, delete ---------------------------------------------------
    def add_record(self) -> None:
        if self.workspace.programme is not None and self.neighbourhood_id is not None:
            self._open_form(None)

    def edit_row(self, row: SessionRow) -> None:
        self._open_form(row)

    def _open_form(self, row: SessionRow | None) -> None:
        assert self.neighbourhood_id is not None
        sessions = self.model.rows()
        last = max(sessions, key=lambda r: (r.date, r.start_time or dt.time.min), default=None)
        form = SessionForm(
            self.workspace.ctx, self.neighbourhood_id, self.trainers, row, last, self
        )
        self.open_form(form)

    def delete_selected(self) -> None:
        if self.panel.view.hasFocus():
            self.panel.clear()  # Delete in the grid clears the chosen marks
            return
        row = self.current_row()
        if row is None:
            return
        ctx = self.workspace.ctx
        run_task(
            lambda: count_marks(ctx, row.id),
            lambda n: self._confirm_delete(row, n),
            self.show_error,
        )

    def _confirm_delete(self, row: SessionRow, marks: int) -> None:
        what = (
            self.tr("the session of {date} “{topic}”")
            .replace("{date}", format_date(row.date))
            .replace("{topic}", row.topic)
        )
        goes_with = (
            self.tr("Its attendance marks are deleted with it: {n}.").replace("{n}", str(marks))
            if marks
            else self.tr("It has no attendance marks.")
        )
        if confirm_delete(self, what, goes_with):
            ctx = self.workspace.ctx
            self.delete_undoably(
                self.tr("delete session of {date}").replace("{date}", format_date(row.date)),
                lambda: delete_session(ctx, row.id),
                lambda: restore_session(ctx, row.id),
            )


class SessionForm(FormDialog):
    def __init__(
        self,
        ctx: Context,
        neighbourhood_id: int,
        trainers: list[PersonRow],
        row: SessionRow | None,
        last: SessionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New session") if row is None else self.tr("Session"), parent)
        self.ctx, self.neighbourhood_id, self.row = ctx, neighbourhood_id, row
        like = row or last  # a new session starts from the times and place of the last one
        ui = self.ui = Ui_SessionForm()
        self.use_form(ui)
        set_date(ui.date, row.date if row else dt.date.today(), optional=False)
        ui.start_time.setText(_time(like.start_time) if like else "")
        ui.end_time.setText(_time(like.end_time) if like else "")
        ui.hours.setText(format_hours(like.hours).replace("\u00a0h", "") if like else "")
        ui.topic.setText(row.topic if row else "")
        ui.trainer_id.addItem(self.tr("(none)"), None)
        for person in trainers:
            ui.trainer_id.addItem(person.full_name, person.id)
        ui.trainer_id.setCurrentIndex(
            max(ui.trainer_id.findData(row.trainer_id if row else None), 0)
        )
        ui.place.setText((like.place or "") if like else "")
        for status in SessionStatus:
            ui.status.addItem(labels.session_status(status), status.value)
        ui.status.setCurrentIndex(
            ui.status.findData((row.status if row else SessionStatus.PLANNED).value)
        )
        ui.notes.setPlainText(row.notes or "" if row else "")
        self.resize(520, self.sizeHint().height())

    def _time_of(self, edit: QLineEdit, field: str) -> dt.time | None:
        text = edit.text().strip().replace(".", ":")
        if not text:
            return None
        try:
            hour, _sep, minute = text.partition(":")
            return dt.time(int(hour), int(minute or 0))
        except ValueError:
            raise ValidationError({field: self.tr("Write the time as HH:MM, e.g. 09:30")}) from None

    def collect(self) -> Callable[[], SessionRow]:
        errors: dict[str, str] = {}
        times: dict[str, dt.time | None] = {}
        ui = self.ui
        for field, edit in (("start_time", ui.start_time), ("end_time", ui.end_time)):
            try:
                times[field] = self._time_of(edit, field)
            except ValidationError as exc:
                errors.update(exc.errors)
        try:
            hours = decimal_of(ui.hours.text(), "hours", self.tr("Hours"))
        except ValidationError as exc:
            errors.update(exc.errors)
            hours = None
        if errors:
            raise ValidationError(errors)
        data = SessionInput(
            neighbourhood_id=self.neighbourhood_id,
            date=date_of(ui.date) or dt.date.today(),
            start_time=times["start_time"],
            end_time=times["end_time"],
            hours=hours,  # type: ignore[arg-type]  # None: the service says it is required
            topic=ui.topic.text(),
            trainer_id=combo_value(ui.trainer_id),
            place=ui.place.text() or None,
            status=SessionStatus(combo_value(ui.status)),
            notes=ui.notes.toPlainText() or None,
        )
        ctx, row = self.ctx, self.row
        if row is None:
            return lambda: create_session(ctx, data)
        return lambda: update_session(ctx, row.id, data, expected_version=row.row_version)
