"""Osiedla / Neighbourhoods: each estate with its mentors, recruitment, cycle and figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from wall_desktop.gui import labels
from wall_desktop.gui.forms import confirm_delete
from wall_desktop.gui.table_model import RIGHT, Column
from wall_desktop.gui.tabs.base import TableTab
from wall_desktop.gui.text import matches
from wall_desktop.gui.worker import run_task
from wall_desktop.services.formatting import format_date, format_hours, format_money
from wall_desktop.services.neighbourhoods import (
    NeighbourhoodDetail,
    NeighbourhoodRow,
    delete_neighbourhood,
    get_neighbourhood,
    list_neighbourhoods,
    restore_neighbourhood,
)

if TYPE_CHECKING:
    from wall_desktop.services.people_list import PersonRow


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
        from wall_desktop.gui.neighbourhood_form import mentor_choices

        run_task(
            lambda: mentor_choices(ctx, programme_id),
            lambda mentors: self._open_form(None, mentors),
            self.show_error,
        )

    def edit_row(self, row: NeighbourhoodRow) -> None:
        from wall_desktop.gui.neighbourhood_form import mentor_choices

        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        run_task(
            lambda: (get_neighbourhood(ctx, row.id), mentor_choices(ctx, programme_id)),
            lambda pair: self._open_form(pair[0], pair[1]),
            self.show_error,
        )

    def _open_form(self, detail: NeighbourhoodDetail | None, mentors: list[PersonRow]) -> None:
        from wall_desktop.gui.neighbourhood_form import NeighbourhoodForm

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
        self.delete_undoably(
            self.tr("delete neighbourhood “{name}”").replace("{name}", row.name),
            lambda: delete_neighbourhood(ctx, row.id),
            lambda: restore_neighbourhood(ctx, row.id),
        )
