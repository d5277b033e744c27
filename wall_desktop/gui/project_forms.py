"""The micro-project form, the residents' meeting form and the team chooser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from wall_desktop.gui import labels
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_meeting_form import Ui_MeetingForm
from wall_desktop.gui.designer.ui_project_form import Ui_ProjectForm
from wall_desktop.gui.designer.ui_team_form import Ui_TeamForm
from wall_desktop.gui.forms import FormDialog, date_of, set_date
from wall_desktop.gui.money import money_of, set_money
from wall_desktop.gui.text import matches
from wall_desktop.services.context import Context
from wall_desktop.services.errors import ValidationError
from wall_desktop.services.neighbourhoods import NeighbourhoodRow
from wall_desktop.services.people_list import PersonRow
from wall_desktop.services.projects import (
    MeetingInput,
    MeetingRow,
    ProjectInput,
    ProjectRow,
    ProjectStatus,
    create_meeting,
    create_project,
    set_members,
    update_meeting,
    update_project,
)


class ProjectForm(FormDialog):
    def __init__(
        self,
        ctx: Context,
        neighbourhoods: Sequence[NeighbourhoodRow],
        project: ProjectRow | None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New micro-project") if project is None else self.tr("Micro-project")
        super().__init__(title, parent)
        self.setObjectName("project_form")
        self.ctx, self.project = ctx, project
        ui = self.ui = Ui_ProjectForm()
        self.use_form(ui)
        for n in neighbourhoods:
            ui.neighbourhood_id.addItem(n.name, n.id)
        for status in ProjectStatus:
            ui.status.addItem(labels.project_status(status), status.value)
        set_date(ui.start_date, project.start_date if project else None)
        set_date(ui.end_date, project.end_date if project else None)
        set_money(ui.grant_amount, project.grant_amount if project else None)
        ui.beneficiaries.setSpecialValueText(
            " "
        )  # -1 shows blank: not counted yet (uic drops a " ")
        if project is None:
            ui.grant_amount.setPlaceholderText(self.tr("the programme's default grant"))
        else:
            ui.neighbourhood_id.setCurrentIndex(
                ui.neighbourhood_id.findData(project.neighbourhood_id)
            )
            ui.title.setText(project.title)
            ui.status.setCurrentIndex(ui.status.findData(str(project.status)))
            if project.beneficiaries is not None:
                ui.beneficiaries.setValue(project.beneficiaries)
            ui.beneficiaries_note.setText(project.beneficiaries_note or "")
            ui.needs.setPlainText(project.needs or "")
            ui.goals.setPlainText(project.goals or "")
            ui.planned_actions.setPlainText(project.planned_actions or "")
            ui.outcome.setPlainText(project.outcome or "")
            ui.good_practice.setPlainText(project.good_practice or "")
        self.resize(620, self.sizeHint().height())

    def collect(self) -> Callable[[], ProjectRow]:
        ui = self.ui
        if combo_value(ui.neighbourhood_id) is None:
            raise ValidationError({"neighbourhood_id": self.tr("Choose a neighbourhood")})
        beneficiaries = ui.beneficiaries.value()
        data = ProjectInput(
            neighbourhood_id=int(combo_value(ui.neighbourhood_id)),
            title=ui.title.text(),
            needs=ui.needs.toPlainText(),
            goals=ui.goals.toPlainText(),
            planned_actions=ui.planned_actions.toPlainText(),
            status=ProjectStatus(combo_value(ui.status)),
            start_date=date_of(ui.start_date),
            end_date=date_of(ui.end_date),
            grant_amount=money_of(ui.grant_amount, "grant_amount"),
            beneficiaries=None if beneficiaries < 0 else beneficiaries,
            beneficiaries_note=ui.beneficiaries_note.text(),
            outcome=ui.outcome.toPlainText(),
            good_practice=ui.good_practice.toPlainText(),
        )
        ctx, project = self.ctx, self.project
        if project is None:
            return lambda: create_project(ctx, data)
        return lambda: update_project(ctx, project.id, data)


def parse_time(text: str) -> dt.time | None:
    """ "18:00", "18.00" or "18"; None when empty; ValueError otherwise."""
    cleaned = text.strip().replace(".", ":")
    if not cleaned:
        return None
    hours, _sep, minutes = cleaned.partition(":")
    return dt.time(int(hours), int(minutes or 0))


class MeetingForm(FormDialog):
    def __init__(
        self,
        ctx: Context,
        project_id: int,
        meeting: MeetingRow | None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("New residents' meeting") if meeting is None else self.tr("Residents' meeting")
        )
        super().__init__(title, parent)
        self.setObjectName("meeting_form")
        self.ctx, self.project_id, self.meeting = ctx, project_id, meeting
        ui = self.ui = Ui_MeetingForm()
        self.use_form(ui)
        set_date(ui.date, meeting.date if meeting else dt.date.today(), optional=False)
        ui.start_time.setPlaceholderText(self.tr("hh:mm"))
        if meeting is not None:
            if meeting.start_time is not None:
                ui.start_time.setText(meeting.start_time.strftime("%H:%M"))
            ui.place.setText(meeting.place or "")
            ui.residents_present.setValue(meeting.residents_present)
            ui.needs.setPlainText(meeting.needs or "")
            ui.decisions.setPlainText(meeting.decisions or "")
        self.resize(520, self.sizeHint().height())

    def collect(self) -> Callable[[], MeetingRow]:
        ui = self.ui
        try:
            start = parse_time(ui.start_time.text())
        except ValueError:
            raise ValidationError(
                {"start_time": self.tr("Write the time as hh:mm, for example 18:00")}
            ) from None
        day = date_of(ui.date)
        assert day is not None  # the field is not optional
        data = MeetingInput(
            date=day,
            start_time=start,
            place=ui.place.text(),
            residents_present=ui.residents_present.value(),
            needs=ui.needs.toPlainText(),
            decisions=ui.decisions.toPlainText(),
        )
        ctx, meeting, project_id = self.ctx, self.meeting, self.project_id
        if meeting is None:
            return lambda: create_meeting(ctx, project_id, data)
        return lambda: update_meeting(ctx, meeting.id, data)


class TeamForm(FormDialog):
    """Tick the people in the project's team; the neighbourhood's people are listed first."""

    def __init__(
        self,
        ctx: Context,
        project: ProjectRow,
        people: Sequence[PersonRow],
        member_ids: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Team of “{title}”").replace("{title}", project.title), parent)
        self.setObjectName("team_form")
        self.ctx, self.project = ctx, project
        ui = self.ui = Ui_TeamForm()
        self.use_form(ui)
        ui.team_search.setPlaceholderText(self.tr("Search…"))
        self.people = ui.person_ids

        def order(p: PersonRow) -> tuple[int, int]:
            return (p.id not in member_ids, p.neighbourhood_id != project.neighbourhood_id)

        for person in sorted(people, key=order):  # stable: keeps the service's name order
            text = person.full_name
            if person.neighbourhood_name:
                text += f" · {person.neighbourhood_name}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.full_name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in member_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        ui.team_search.textChanged.connect(self._filter)
        self.resize(460, self.sizeHint().height())

    def _filter(self, text: str) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setHidden(not matches(text, item.data(Qt.ItemDataRole.UserRole + 1)))

    def set_checked(self, person_id: int, checked: bool) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def collect(self) -> Callable[[], Any]:
        chosen = [
            int(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        ctx, project_id = self.ctx, self.project.id
        return lambda: set_members(ctx, project_id, chosen)
