"""Edit → Undo brings back a deleted person, micro-project, residents' meeting or expense (Ctrl+Z)
and Redo deletes it again (Ctrl+Shift+Z)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs import budgets as budgets_module
from wall_desktop.gui.tabs import people as people_module
from wall_desktop.gui.tabs import projects as projects_module
from wall_desktop.gui.tabs.budgets import BudgetsTab
from wall_desktop.gui.tabs.people import PeopleTab
from wall_desktop.gui.tabs.projects import ProjectsTab
from wall_desktop.services.ledger import list_expenses
from wall_desktop.services.neighbourhoods import NeighbourhoodInput, create_neighbourhood
from wall_desktop.services.people import get_person
from wall_desktop.services.people_list import list_people
from wall_desktop.services.projects import (
    MeetingInput,
    ProjectInput,
    create_meeting,
    create_project,
    list_meetings,
    list_projects,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _undo_text(window: MainWindow) -> str:
    return window.menus.items("edit", "undo")[0].text().replace("&", "")


def test_a_deleted_person_comes_back_with_ctrl_z_and_goes_again_with_ctrl_shift_z(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    ws = window.workspace
    tab = window.page(PeopleTab)
    assert isinstance(tab, PeopleTab)
    window.tabs.setCurrentWidget(tab)
    asked: list[str] = []

    def confirm(_parent: object, what: str, goes_with: str | None = None) -> bool:
        asked.append(what)
        return True

    monkeypatch.setattr(people_module, "confirm_delete", confirm)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    victim = tab.current_row()
    before = get_person(ws.ctx, victim.id, ws.programme_id)

    def shown() -> bool:
        return any(p.id == victim.id for p in list_people(ws.ctx, ws.programme_id))

    tab.delete_selected()
    assert asked == [victim.full_name]
    assert not shown() and all(r.id != victim.id for r in tab.model.rows())
    assert _undo_text(window) == f"Cofnij usunięcie osoby „{victim.full_name}”"

    window.activateWindow()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)

    assert shown() and any(r.id == victim.id for r in tab.model.rows())
    back = get_person(ws.ctx, victim.id, ws.programme_id)
    assert back.data == before.data and back.enrolment is not None
    assert before.enrolment is not None
    assert back.enrolment.data.roles == before.enrolment.data.roles
    assert len(back.consents) == len(before.consents)

    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert not shown() and all(r.id != victim.id for r in tab.model.rows())


def _projects_tab(window: MainWindow) -> tuple[ProjectsTab, int]:
    """The Projects tab showing a fresh project (the demo's have expenses, which block a delete)."""
    ws = window.workspace
    hood = create_neighbourhood(ws.ctx, NeighbourhoodInput(ws.programme_id, "Kleczków")).id
    made = create_project(ws.ctx, ProjectInput(hood, "Skwer pod lipami"))
    tab = window.page(ProjectsTab)
    assert isinstance(tab, ProjectsTab)
    window.tabs.setCurrentWidget(tab)
    tab.load()
    assert tab.select_where(lambda p: p.id == made.id)
    return tab, made.id


def test_a_deleted_project_comes_back_with_ctrl_z_and_goes_again_with_ctrl_shift_z(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    ws = window.workspace
    tab, pid = _projects_tab(window)
    meeting = create_meeting(ws.ctx, pid, MeetingInput(date(2023, 5, 12), place="Świetlica"))
    asked: list[str] = []
    monkeypatch.setattr(
        projects_module, "confirm_delete", lambda _p, what, _g=None: asked.append(what) or True
    )

    def shown() -> bool:
        return any(p.id == pid for p in list_projects(ws.ctx, ws.programme_id))

    tab.table.setFocus()
    tab.delete_selected()
    assert asked == ["mikroprojekt „Skwer pod lipami”"] and not shown()
    assert all(r.id != pid for r in tab.model.rows())
    assert _undo_text(window) == "Cofnij usunięcie mikroprojektu „Skwer pod lipami”"

    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert shown() and any(r.id == pid for r in tab.model.rows())
    assert list_meetings(ws.ctx, pid) == [meeting]  # its meeting came back with it

    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert not shown() and all(r.id != pid for r in tab.model.rows())


def test_a_deleted_meeting_comes_back_with_undo_and_goes_again_with_redo(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    ws = window.workspace
    tab, pid = _projects_tab(window)
    meeting = create_meeting(ws.ctx, pid, MeetingInput(date(2023, 5, 12), place="Świetlica"))
    tab.load()
    assert tab.select_where(lambda p: p.id == pid)
    monkeypatch.setattr(projects_module, "confirm_delete", lambda *_a: True)
    tab.detail.meetings_table.setFocus()
    tab.detail.meetings_table.setCurrentIndex(tab.detail.meetings_proxy.index(0, 0))
    tab.delete_selected()
    assert list_meetings(ws.ctx, pid) == []
    assert tab.detail.meetings_model.rowCount() == 0
    assert _undo_text(window) == "Cofnij usunięcie spotkania z mieszkańcami z dnia 12.05.2023"

    qtbot.keyClick(tab.detail.meetings_table, Qt.Key.Key_Z, CTRL)
    assert list_meetings(ws.ctx, pid) == [meeting]
    assert tab.detail.meetings_model.rowCount() == 1

    qtbot.keyClick(tab.detail.meetings_table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert list_meetings(ws.ctx, pid) == []


def test_a_deleted_expense_comes_back_with_ctrl_z_and_goes_again_with_ctrl_shift_z(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    ws = window.workspace
    tab = window.page(BudgetsTab)
    assert isinstance(tab, BudgetsTab) and tab.data is not None
    window.tabs.setCurrentWidget(tab)
    key = next(p.id for p in tab.data.projects if p.neighbourhood_name == "Księże Małe")
    tab.select_budget(key)
    assert not tab.locked  # an open budget: its expenses can be deleted
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    victim = tab.current_row()
    asked: list[str] = []
    monkeypatch.setattr(
        budgets_module, "confirm_delete", lambda _p, what, _g=None: asked.append(what) or True
    )

    def booked() -> bool:
        return any(e.id == victim.id for e in list_expenses(ws.ctx, ws.programme_id))

    tab.delete_selected()
    assert len(asked) == 1 and victim.document_number in asked[0] and not booked()
    assert all(e.id != victim.id for e in tab.model.rows())
    assert _undo_text(window) == f"Cofnij usunięcie wydatku {victim.document_number}"

    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert booked() and any(e.id == victim.id for e in tab.model.rows())

    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert not booked() and all(e.id != victim.id for e in tab.model.rows())
