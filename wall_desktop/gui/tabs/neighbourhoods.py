"""Osiedla / Neighbourhoods: each estate with its mentors, recruitment, cycle and figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit

from wall_desktop.gui import labels
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.forms import FormDialog, confirm_delete, date_edit, date_of
from wall_desktop.gui.table_model import RIGHT, Column
from wall_desktop.gui.tabs.base import TableTab
from wall_desktop.gui.text import matches
from wall_desktop.gui.worker import run_task
from wall_desktop.services.context import Context
from wall_desktop.services.formatting import format_date, format_hours, format_money
from wall_desktop.services.neighbourhoods import (
    NeighbourhoodDetail,
    NeighbourhoodInput,
    NeighbourhoodRow,
    RecruitmentStatus,
    create_neighbourhood,
    delete_neighbourhood,
    get_neighbourhood,
    list_neighbourhoods,
    update_neighbourhood,
)
from wall_desktop.services.people_list import PersonRow, Role, list_people


def _span(start: Any, end: Any) -> str:
    if start is None and end is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}"


class NeighbourhoodsTab(TableTab):
    def title(self) -> str:
        return self.tr("Neighbourhoods")

    def columns(self) -> Sequence[Column[NeighbourhoodRow]]:
        return [
            Column(self.tr("Neighbourhood"), lambda r: r.name),
            Column(self.tr("Mentors"), lambda r: ", ".join(r.mentors)),
            Column(
                self.tr("Recruitment"),
                lambda r: labels.recruitment_status(r.recruitment_status),
                tooltip=lambda r: _span(r.recruitment_start, r.recruitment_end) or None,
            ),
            Column(
                self.tr("Cycle"),
                lambda r: _span(r.cycle_start, r.cycle_end),
                sort_key=lambda r: (r.cycle_start is None, r.cycle_start),
            ),
            Column(self.tr("People"), lambda r: str(r.people), lambda r: r.people, RIGHT),
            Column(
                self.tr("Sessions held / planned"),
                lambda r: f"{r.sessions_held} / {r.sessions_planned}",
                lambda r: (r.sessions_held, r.sessions_planned),
                RIGHT,
            ),
            Column(
                self.tr("Hours delivered"),
                lambda r: format_hours(r.hours_delivered),
                lambda r: r.hours_delivered,
                RIGHT,
            ),
            Column(
                self.tr("Project"),
                lambda r: labels.project_status(r.project_status),
                tooltip=lambda r: r.project_title,
            ),
            Column(
                self.tr("Grant"),
                lambda r: "" if r.project_grant is None else format_money(r.project_grant),
                lambda r: r.project_grant,
                RIGHT,
            ),
        ]

    def fetch(self) -> Callable[[], Sequence[NeighbourhoodRow]]:
        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        return lambda: list_neighbourhoods(ctx, programme_id)

    def matches(self, row: NeighbourhoodRow, text: str) -> bool:
        return matches(text, row.name, *row.mentors)

    def add_record(self) -> None:
        if self.workspace.programme is None:
            return
        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        run_task(
            lambda: mentor_choices(ctx, programme_id),
            lambda mentors: self._open_form(None, mentors),
            self.show_error,
        )

    def edit_row(self, row: NeighbourhoodRow) -> None:
        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        run_task(
            lambda: (get_neighbourhood(ctx, row.id), mentor_choices(ctx, programme_id)),
            lambda pair: self._open_form(pair[0], pair[1]),
            self.show_error,
        )

    def _open_form(self, detail: NeighbourhoodDetail | None, mentors: list[PersonRow]) -> None:
        form = NeighbourhoodForm(
            self.workspace.ctx, self.workspace.programme_id, mentors, detail, self
        )
        self.open_form(form)

    def delete_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        extra = self.tr("Its mentor assignments are removed with it.")
        if not confirm_delete(
            self, self.tr("the neighbourhood “{name}”").replace("{name}", row.name), extra
        ):
            return
        ctx = self.workspace.ctx
        run_task(lambda: delete_neighbourhood(ctx, row.id), lambda _r: self.load(), self.show_error)


def mentor_choices(ctx: Context, programme_id: int) -> list[PersonRow]:
    return list_people(ctx, programme_id, role=Role.MENTOR)


class NeighbourhoodForm(FormDialog):
    def __init__(
        self,
        ctx: Context,
        programme_id: int,
        mentors: list[PersonRow],
        detail: NeighbourhoodDetail | None,
        parent: Any = None,
    ) -> None:
        title = self.tr("New neighbourhood") if detail is None else self.tr("Neighbourhood")
        super().__init__(title, parent)
        self.ctx, self.programme_id, self.detail = ctx, programme_id, detail
        data = detail.data if detail else NeighbourhoodInput(programme_id, "")
        self.name = QLineEdit(data.name)
        self.name.setObjectName("name")
        self.status = QComboBox()
        for status in RecruitmentStatus:
            self.status.addItem(labels.recruitment_status(status), status)
        self.status.setCurrentIndex(self.status.findData(data.recruitment_status))
        self.rec_start = date_edit(data.recruitment_start)
        self.rec_end = date_edit(data.recruitment_end)
        self.cycle_start = date_edit(data.cycle_start)
        self.cycle_end = date_edit(data.cycle_end)
        self.mentors = QListWidget()
        self.mentors.setMaximumHeight(110)
        for person in mentors:
            item = QListWidgetItem(person.full_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in data.mentor_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.mentors.addItem(item)
        self.notes = QPlainTextEdit(data.notes or "")
        self.notes.setMaximumHeight(80)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("recruitment_status", self.tr("Recruitment"), self.status)
        self.add_field("recruitment_start", self.tr("Recruitment from"), self.rec_start)
        self.add_field("recruitment_end", self.tr("Recruitment until"), self.rec_end)
        self.add_field("cycle_start", self.tr("Cycle from"), self.cycle_start)
        self.add_field("cycle_end", self.tr("Cycle until"), self.cycle_end)
        self.add_field("mentor_ids", self.tr("Mentors"), self.mentors)
        self.add_field("notes", self.tr("Notes"), self.notes)
        self.resize(460, self.sizeHint().height())

    def collect(self) -> Callable[[], NeighbourhoodDetail]:
        chosen = frozenset(
            int(self.mentors.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.mentors.count())
            if self.mentors.item(i).checkState() == Qt.CheckState.Checked
        )
        data = NeighbourhoodInput(
            programme_id=self.programme_id,
            name=self.name.text(),
            notes=self.notes.toPlainText() or None,
            recruitment_status=RecruitmentStatus(combo_value(self.status)),
            recruitment_start=date_of(self.rec_start),
            recruitment_end=date_of(self.rec_end),
            cycle_start=date_of(self.cycle_start),
            cycle_end=date_of(self.cycle_end),
            mentor_ids=chosen,
        )
        ctx, detail = self.ctx, self.detail
        if detail is None:
            return lambda: create_neighbourhood(ctx, data)
        return lambda: update_neighbourhood(
            ctx, detail.id, data, expected_version=detail.row_version
        )
