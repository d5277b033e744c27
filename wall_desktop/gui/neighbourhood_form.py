"""The neighbourhood form and its mentor choices.

Kept apart from the tab, which opens the window's first page: the form's
modules (the people list and its rules) load when a form first opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from wall_desktop.gui import labels
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_neighbourhood_form import Ui_NeighbourhoodForm
from wall_desktop.gui.forms import FormDialog, date_of, set_date
from wall_desktop.services.context import Context
from wall_desktop.services.neighbourhoods import (
    NeighbourhoodDetail,
    NeighbourhoodInput,
    RecruitmentStatus,
    create_neighbourhood,
    update_neighbourhood,
)
from wall_desktop.services.people_list import PersonRow, Role, list_people


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
        ui = self.ui = Ui_NeighbourhoodForm()
        self.use_form(ui)
        ui.name.setText(data.name)
        for status in RecruitmentStatus:
            ui.recruitment_status.addItem(labels.recruitment_status(status), status)
        ui.recruitment_status.setCurrentIndex(
            ui.recruitment_status.findData(data.recruitment_status)
        )
        set_date(ui.recruitment_start, data.recruitment_start)
        set_date(ui.recruitment_end, data.recruitment_end)
        set_date(ui.cycle_start, data.cycle_start)
        set_date(ui.cycle_end, data.cycle_end)
        for person in mentors:
            item = QListWidgetItem(person.full_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in data.mentor_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            ui.mentor_ids.addItem(item)
        ui.notes.setPlainText(data.notes or "")
        self.resize(460, self.sizeHint().height())

    def collect(self) -> Callable[[], NeighbourhoodDetail]:
        ui = self.ui
        chosen = frozenset(
            int(ui.mentor_ids.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(ui.mentor_ids.count())
            if ui.mentor_ids.item(i).checkState() == Qt.CheckState.Checked
        )
        data = NeighbourhoodInput(
            programme_id=self.programme_id,
            name=ui.name.text(),
            notes=ui.notes.toPlainText() or None,
            recruitment_status=RecruitmentStatus(combo_value(ui.recruitment_status)),
            recruitment_start=date_of(ui.recruitment_start),
            recruitment_end=date_of(ui.recruitment_end),
            cycle_start=date_of(ui.cycle_start),
            cycle_end=date_of(ui.cycle_end),
            mentor_ids=chosen,
        )
        ctx, detail = self.ctx, self.detail
        if detail is None:
            return lambda: create_neighbourhood(ctx, data)
        return lambda: update_neighbourhood(
            ctx, detail.id, data, expected_version=detail.row_version
        )
