"""Projekty / Projects: each neighbourhood's micro-project, its texts, team, lock and meetings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from wall_desktop.gui import labels
from wall_desktop.gui.forms import confirm_delete
from wall_desktop.gui.lock_dialog import LockReasonForm
from wall_desktop.gui.project_detail import ProjectDetail
from wall_desktop.gui.project_forms import MeetingForm, ProjectForm, TeamForm
from wall_desktop.gui.table_model import CENTER, RIGHT, Column
from wall_desktop.gui.tabs.base import TableTab
from wall_desktop.gui.text import matches
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.formatting import format_date, format_money
from wall_desktop.services.neighbourhoods import NeighbourhoodRow, list_neighbourhoods
from wall_desktop.services.people_list import list_people
from wall_desktop.services.projects import (
    MeetingRow,
    ProjectDependants,
    ProjectRow,
    delete_meeting,
    delete_project,
    list_meetings,
    list_members,
    list_projects,
    lock_history,
    project_dependants,
    restore_meeting,
    restore_project,
)

STATUS_ORDER = {"idea": 0, "planned": 1, "in_progress": 2, "completed": 3, "settled": 4}


def stretch(table: QTableView, column: int) -> None:
    """Give ``column`` the spare width instead of the last column."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class ProjectsTab(TableTab):
    def __init__(self, workspace: Workspace, undo: QUndoStack, parent: QWidget | None = None):
        super().__init__(workspace, undo, parent)
        self.neighbourhoods: list[NeighbourhoodRow] = []
        self.detail = ProjectDetail()
        self.add_detail(self.detail, "projects_split")
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.edit_requested.connect(self.edit_current)
        self.detail.team_requested.connect(self.edit_team)
        self.detail.lock_requested.connect(self.change_lock)
        self.detail.add_meeting_button.clicked.connect(self.add_meeting)
        self.detail.edit_meeting_button.clicked.connect(self.edit_current_meeting)
        self.detail.delete_meeting_button.clicked.connect(self.delete_current_meeting)
        self.detail.meetings_table.activated_row.connect(lambda _r: self.edit_current_meeting())
        self.setTabOrder(self.table, self.detail.meetings_table)

    def title(self) -> str:
        return self.tr("Projects")

    def columns(self) -> Sequence[Column[ProjectRow]]:
        return [
            Column(self.tr("Neighbourhood"), lambda r: r.neighbourhood_name),
            Column(self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(
                self.tr("Status"),
                lambda r: labels.project_status(r.status),
                lambda r: STATUS_ORDER.get(str(r.status), 9),
            ),
            Column(
                self.tr("Grant"),
                lambda r: format_money(r.grant_amount),
                lambda r: r.grant_amount,
                RIGHT,
            ),
            Column(
                self.tr("Spent"),
                lambda r: format_money(r.grant_spent),
                lambda r: r.grant_spent,
                RIGHT,
            ),
            Column(
                self.tr("Remaining"),
                lambda r: format_money(r.grant_remaining),
                lambda r: r.grant_remaining,
                RIGHT,
                warn=lambda r: r.grant_remaining < 0,
            ),
            Column(self.tr("Team"), lambda r: str(r.team_size), lambda r: r.team_size, RIGHT),
            Column(
                self.tr("Meetings"),
                lambda r: str(r.meetings_count),
                lambda r: r.meetings_count,
                RIGHT,
            ),
            Column(
                self.tr("Residents"),
                lambda r: str(r.residents_present),
                lambda r: r.residents_present,
                RIGHT,
                tooltip=lambda _r: self.tr("Residents present at the meetings, in all"),
            ),
            Column(
                self.tr("Locked"),
                lambda r: self.tr("yes") if r.locked else "",
                lambda r: r.locked,
                CENTER,
            ),
        ]

    def fetch(self) -> Callable[[], tuple[list[ProjectRow], list[NeighbourhoodRow]]]:
        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        return lambda: (list_projects(ctx, programme_id), list_neighbourhoods(ctx, programme_id))

    def _fill(self, rows: Any) -> None:
        projects, self.neighbourhoods = rows
        super()._fill(projects)
        stretch(self.table, 1)
        # a restored selection re-reads the detail through currentRowChanged
        if self.current_row() is None and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        elif self.current_row() is None:
            self.detail.show_project(None, [], [], [])

    def matches(self, row: ProjectRow, text: str) -> bool:
        return matches(text, row.neighbourhood_name, row.title)

    # --- the detail pane ------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.row_at(current.row()) if current.isValid() else None
        self._show(row)

    def _show(self, project: ProjectRow | None) -> None:
        if project is None:
            self.detail.show_project(None, [], [], [])
            return
        ctx = self.workspace.ctx

        def read() -> tuple[Any, ...]:
            return (
                list_meetings(ctx, project.id),
                list_members(ctx, project.id),
                lock_history(ctx, project.id),
            )

        def shown(parts: tuple[Any, ...]) -> None:
            if self.current_row() is not None and self.current_row().id == project.id:
                self.detail.show_project(project, *parts)

        run_task(read, shown, self.show_error)

    # --- projects -------------------------------------------------------------------
    def add_record(self) -> None:
        if self.workspace.programme is None:
            return
        if self.detail.meetings_table.hasFocus():
            self.add_meeting()
            return
        self.open_form(ProjectForm(self.workspace.ctx, self.neighbourhoods, None, self))

    def edit_row(self, row: ProjectRow) -> None:
        self.open_form(ProjectForm(self.workspace.ctx, self.neighbourhoods, row, self))

    def delete_selected(self) -> None:
        if self.detail.meetings_table.hasFocus():
            self.delete_current_meeting()
            return
        row = self.current_row()
        if row is None:
            return
        ctx = self.workspace.ctx
        run_task(
            lambda: project_dependants(ctx, row.id),
            lambda found: self._confirm_delete(row, found),
            self.show_error,
        )

    def _confirm_delete(self, row: ProjectRow, found: ProjectDependants) -> None:
        if found.expenses:  # the service refuses it: say why instead of asking
            QMessageBox.information(self, self.tr("Cannot delete"), found.describe())
            return
        what = self.tr("the micro-project “{title}”").replace("{title}", row.title)
        if confirm_delete(self, what, found.describe()):
            ctx = self.workspace.ctx
            self.delete_undoably(
                self.tr("delete micro-project “{title}”").replace("{title}", row.title),
                lambda: delete_project(ctx, row.id),
                lambda: restore_project(ctx, row.id),
            )

    def edit_team(self) -> None:
        project = self.detail.project
        if project is None:
            return
        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        run_task(
            lambda: (list_people(ctx, programme_id), list_members(ctx, project.id)),
            lambda pair: self.open_form(
                TeamForm(ctx, project, pair[0], {m.person_id for m in pair[1]}, self)
            ),
            self.show_error,
        )

    def change_lock(self, unlock: bool) -> None:
        project = self.detail.project
        if project is not None:
            self.open_form(
                LockReasonForm(self.workspace.ctx, project.id, project.title, unlock, self)
            )

    # --- meetings -------------------------------------------------------------------
    def current_meeting(self) -> MeetingRow | None:
        index = self.detail.meetings_table.currentIndex()
        return self.detail.meetings_proxy.row_at(index.row()) if index.isValid() else None

    def add_meeting(self) -> None:
        if self.detail.project is not None:
            self.open_form(MeetingForm(self.workspace.ctx, self.detail.project.id, None, self))

    def edit_current_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.open_form(MeetingForm(self.workspace.ctx, meeting.project_id, meeting, self))

    def delete_current_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        what = self.tr("the residents' meeting of {date}").replace(
            "{date}", format_date(meeting.date)
        )
        goes = self.tr("Its record of who came and what was agreed is deleted with it.")
        if confirm_delete(self, what, goes):
            ctx = self.workspace.ctx
            self.delete_undoably(
                self.tr("delete residents' meeting of {date}").replace(
                    "{date}", format_date(meeting.date)
                ),
                lambda: delete_meeting(ctx, meeting.id),
                lambda: restore_meeting(ctx, meeting.id),
            )
