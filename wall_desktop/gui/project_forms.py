"""The micro-project form, the residents' meeting form and the team chooser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from wall_desktop.gui import labels
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.forms import FormDialog, date_edit, date_of
from wall_desktop.gui.money import money_edit, money_of
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


def _text_box(text: str | None, name: str, height: int = 58) -> QPlainTextEdit:
    box = QPlainTextEdit(text or "")
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


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
        self.neighbourhood = QComboBox()
        self.neighbourhood.setObjectName("neighbourhood")
        for n in neighbourhoods:
            self.neighbourhood.addItem(n.name, n.id)
        if project is not None:
            self.neighbourhood.setCurrentIndex(
                self.neighbourhood.findData(project.neighbourhood_id)
            )
        self.title_edit = QLineEdit(project.title if project else "")
        self.title_edit.setObjectName("title")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in ProjectStatus:
            self.status.addItem(labels.project_status(status), status.value)
        if project is not None:
            self.status.setCurrentIndex(self.status.findData(str(project.status)))
        self.start = date_edit(project.start_date if project else None)
        self.end = date_edit(project.end_date if project else None)
        self.grant = money_edit(project.grant_amount if project else None, "grant")
        if project is None:
            self.grant.setPlaceholderText(self.tr("the programme's default grant"))
        self.beneficiaries = QSpinBox()
        self.beneficiaries.setRange(-1, 1_000_000)
        self.beneficiaries.setSpecialValueText(" ")
        beneficiaries = project.beneficiaries if project else None
        self.beneficiaries.setValue(-1 if beneficiaries is None else beneficiaries)
        self.beneficiaries_note = QLineEdit((project.beneficiaries_note if project else "") or "")
        self.needs = _text_box(project.needs if project else None, "needs")
        self.goals = _text_box(project.goals if project else None, "goals")
        self.planned_actions = _text_box(
            project.planned_actions if project else None, "planned_actions"
        )
        self.outcome = _text_box(project.outcome if project else None, "outcome")
        self.good_practice = _text_box(project.good_practice if project else None, "good_practice")
        self.add_field("neighbourhood_id", self.tr("Neighbourhood"), self.neighbourhood)
        self.add_field("title", self.tr("Title"), self.title_edit)
        self.add_field("status", self.tr("Status"), self.status)
        self.add_field("start_date", self.tr("Start"), self.start)
        self.add_field("end_date", self.tr("End"), self.end)
        self.add_field("grant_amount", self.tr("Grant"), self.grant)
        self.add_field("beneficiaries", self.tr("Beneficiaries"), self.beneficiaries)
        self.add_field("beneficiaries_note", self.tr("Who benefited"), self.beneficiaries_note)
        self.add_field("needs", self.tr("Residents' needs"), self.needs)
        self.add_field("goals", self.tr("Goals"), self.goals)
        self.add_field("planned_actions", self.tr("Planned actions"), self.planned_actions)
        self.add_field("outcome", self.tr("Outcome"), self.outcome)
        self.add_field("good_practice", self.tr("Good practice"), self.good_practice)
        self.resize(620, self.sizeHint().height())

    def collect(self) -> Callable[[], ProjectRow]:
        if combo_value(self.neighbourhood) is None:
            raise ValidationError({"neighbourhood_id": self.tr("Choose a neighbourhood")})
        beneficiaries = self.beneficiaries.value()
        data = ProjectInput(
            neighbourhood_id=int(combo_value(self.neighbourhood)),
            title=self.title_edit.text(),
            needs=self.needs.toPlainText(),
            goals=self.goals.toPlainText(),
            planned_actions=self.planned_actions.toPlainText(),
            status=ProjectStatus(combo_value(self.status)),
            start_date=date_of(self.start),
            end_date=date_of(self.end),
            grant_amount=money_of(self.grant, "grant_amount"),
            beneficiaries=None if beneficiaries < 0 else beneficiaries,
            beneficiaries_note=self.beneficiaries_note.text(),
            outcome=self.outcome.toPlainText(),
            good_practice=self.good_practice.toPlainText(),
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
        self.date = date_edit(meeting.date if meeting else dt.date.today(), optional=False)
        self.date.setObjectName("date")
        start = meeting.start_time if meeting else None
        self.start_time = QLineEdit("" if start is None else start.strftime("%H:%M"))
        self.start_time.setObjectName("start_time")
        self.start_time.setPlaceholderText(self.tr("hh:mm"))
        self.place = QLineEdit((meeting.place if meeting else "") or "")
        self.place.setObjectName("place")
        self.present = QSpinBox()
        self.present.setObjectName("residents_present")
        self.present.setRange(0, 100_000)
        self.present.setValue(meeting.residents_present if meeting else 0)
        self.needs = _text_box(meeting.needs if meeting else None, "needs", 70)
        self.decisions = _text_box(meeting.decisions if meeting else None, "decisions", 90)
        self.add_field("date", self.tr("Date"), self.date)
        self.add_field("start_time", self.tr("Time"), self.start_time)
        self.add_field("place", self.tr("Place"), self.place)
        self.add_field("residents_present", self.tr("Residents present"), self.present)
        self.add_field("needs", self.tr("Needs raised"), self.needs)
        self.add_field("decisions", self.tr("What was agreed"), self.decisions)
        self.resize(520, self.sizeHint().height())

    def collect(self) -> Callable[[], MeetingRow]:
        try:
            start = parse_time(self.start_time.text())
        except ValueError:
            raise ValidationError(
                {"start_time": self.tr("Write the time as hh:mm, for example 18:00")}
            ) from None
        day = date_of(self.date)
        assert day is not None  # the field is not optional
        data = MeetingInput(
            date=day,
            start_time=start,
            place=self.place.text(),
            residents_present=self.present.value(),
            needs=self.needs.toPlainText(),
            decisions=self.decisions.toPlainText(),
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
        self.search = QLineEdit()
        self.search.setObjectName("team_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.people = QListWidget()
        self.people.setObjectName("team_people")
        self.people.setMinimumHeight(320)

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
        self.search.textChanged.connect(self._filter)
        self.add_field("search", self.tr("Find"), self.search)
        self.add_field("person_ids", self.tr("People"), self.people)
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
