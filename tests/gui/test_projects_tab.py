"""The Projects tab driven as a user would: meetings, the project form on a locked project,
unlocking with a reason, the team; its models under QAbstractItemModelTester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox

from wall_desktop.gui.lock_dialog import LockReasonForm
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.project_forms import MeetingForm, ProjectForm, TeamForm
from wall_desktop.gui.table_model import ROW_ROLE, SORT_ROLE
from wall_desktop.gui.tabs import projects as projects_module
from wall_desktop.gui.tabs.projects import ProjectsTab
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.projects import (
    MeetingRow,
    get_project,
    is_locked,
    list_meetings,
    list_members,
    lock_history,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def _tab(window: MainWindow) -> ProjectsTab:
    tab = window.page(ProjectsTab)
    assert isinstance(tab, ProjectsTab)
    window.tabs.setCurrentWidget(tab)
    return tab


def _select(tab: ProjectsTab, neighbourhood: str) -> int:
    assert tab.select_where(lambda p: p.neighbourhood_name == neighbourhood)
    project = tab.current_row()
    assert tab.detail.project is not None and tab.detail.project.id == project.id
    return int(project.id)


def _meetings(tab: ProjectsTab) -> list[MeetingRow]:
    proxy = tab.detail.meetings_proxy
    return [proxy.row_at(r) for r in range(proxy.rowCount())]


def _save(form: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_add_edit_and_delete_a_residents_meeting(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    ctx = window.workspace.ctx
    tab = _tab(window)
    project_id = _select(tab, "Jagodno")
    before = len(list_meetings(ctx, project_id))
    assert tab.detail.meetings_model.rowCount() == before

    qtbot.mouseClick(tab.detail.add_meeting_button, Qt.MouseButton.LeftButton)
    form = tab.active_form
    assert isinstance(form, MeetingForm) and form.isVisible()
    form.ui.date.setDate(QDate(2030, 1, 1))  # after the programme: refused under the field
    _save(form, qtbot)
    assert form.isVisible() and "2023" in form.error_text("date")
    assert len(list_meetings(ctx, project_id)) == before
    form.ui.date.setDate(QDate(2023, 5, 12))
    qtbot.keyClicks(form.ui.start_time, "17:30")
    form.ui.residents_present.setValue(14)
    form.ui.decisions.insertPlainText("Ławki ustawimy przy placu zabaw.")
    _save(form, qtbot)
    assert not form.isVisible()
    meetings = list_meetings(ctx, project_id)
    assert len(meetings) == before + 1
    added = next(m for m in meetings if m.date == dt.date(2023, 5, 12))
    assert added.residents_present == 14 and added.start_time == dt.time(17, 30)
    shown = [
        tab.detail.meetings_proxy.row_at(r) for r in range(tab.detail.meetings_proxy.rowCount())
    ]
    assert added in shown
    assert tab.current_row().meetings_count == before + 1  # the table's figures follow

    # Enter on the meeting opens its form; a change is saved
    row = shown.index(added)
    tab.detail.meetings_table.setFocus()
    tab.detail.meetings_table.setCurrentIndex(tab.detail.meetings_proxy.index(row, 0))
    qtbot.keyClick(tab.detail.meetings_table, Qt.Key.Key_Return)
    form = tab.active_form
    assert isinstance(form, MeetingForm) and form.meeting == added
    form.ui.residents_present.setValue(20)
    _save(form, qtbot)
    assert (
        next(m for m in list_meetings(ctx, project_id) if m.id == added.id).residents_present == 20
    )

    # Delete asks first, and says what goes with it
    asked: list[tuple[str, str | None]] = []
    answer = [False]

    def confirm(_parent: object, what: str, goes_with: str | None = None) -> bool:
        asked.append((what, goes_with))
        return answer[0]

    monkeypatch.setattr(projects_module, "confirm_delete", confirm)
    row = [
        tab.detail.meetings_proxy.row_at(r).id for r in range(tab.detail.meetings_proxy.rowCount())
    ].index(added.id)
    tab.detail.meetings_table.setFocus()
    tab.detail.meetings_table.setCurrentIndex(tab.detail.meetings_proxy.index(row, 0))
    tab.delete_selected()
    assert "12.05.2023" in asked[0][0] and asked[0][1]
    assert any(m.id == added.id for m in list_meetings(ctx, project_id))
    answer[0] = True
    tab.delete_selected()
    assert all(m.id != added.id for m in list_meetings(ctx, project_id))
    assert tab.detail.meetings_model.rowCount() == before


def test_a_locked_project_refuses_a_status_change_and_unlocks_with_a_reason(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ctx = window.workspace.ctx
    tab = _tab(window)
    project_id = _select(tab, "Biskupin")
    assert is_locked(ctx, project_id)
    assert tab.detail.unlock_button.isVisibleTo(tab) and not tab.detail.lock_button.isVisibleTo(tab)

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    form = tab.active_form
    assert isinstance(form, ProjectForm)
    form.ui.status.setCurrentIndex(form.ui.status.findData("completed"))
    _save(form, qtbot)
    assert form.isVisible() and "odblokuj" in form.error_text("").lower()  # the service's words
    assert str(get_project(ctx, project_id).status) == "settled"
    form.reject()

    qtbot.mouseClick(tab.detail.unlock_button, Qt.MouseButton.LeftButton)
    reason_form = tab.active_form
    assert isinstance(reason_form, LockReasonForm)
    _save(reason_form, qtbot)  # no reason: refused under the field
    assert reason_form.isVisible() and reason_form.error_text("reason")
    assert is_locked(ctx, project_id)
    reason_form.reason.insertPlainText("Korekta faktury za farby.")
    _save(reason_form, qtbot)
    assert not reason_form.isVisible()
    assert not is_locked(ctx, project_id)
    assert lock_history(ctx, project_id)[-1].reason == "Korekta faktury za farby."
    assert not tab.current_row().locked
    assert tab.model.index(tab.model.find(lambda p: p.id == project_id), 9).data(DISPLAY) == ""
    assert "Korekta faktury za farby." in tab.detail.history_text()
    assert tab.detail.lock_button.isVisibleTo(tab)


def test_the_project_texts_are_edited_through_the_form(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.workspace.ctx
    tab = _tab(window)
    project_id = _select(tab, "Księże Małe")
    tab.edit_current()
    form = tab.active_form
    assert isinstance(form, ProjectForm)
    form.ui.good_practice.clear()
    form.ui.good_practice.insertPlainText("Gra terenowa łączy pokolenia.")
    form.ui.grant_amount.setText("4 000,00 zł")
    _save(form, qtbot)
    assert not form.isVisible()
    assert get_project(ctx, project_id).good_practice == "Gra terenowa łączy pokolenia."
    assert "Gra terenowa łączy pokolenia." in tab.detail.text.toPlainText()


def test_the_team_is_picked_from_people(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.workspace.ctx
    tab = _tab(window)
    project_id = _select(tab, "Jagodno")
    members = list_members(ctx, project_id)
    qtbot.mouseClick(tab.detail.team_button, Qt.MouseButton.LeftButton)
    form = tab.active_form
    assert isinstance(form, TeamForm)
    form.set_checked(members[0].person_id, False)
    _save(form, qtbot)
    assert [m.person_id for m in list_members(ctx, project_id)] == [
        m.person_id for m in members[1:]
    ]
    assert tab.current_row().team_size == len(members) - 1


def test_project_and_meeting_models(demo_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = ProjectsTab(demo_ws, None)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(
        tab.detail.meetings_model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    tab.load()
    assert tab.model.rowCount() == 13
    for r in range(tab.model.rowCount()):
        row = tab.model.row_at(r)
        for column in range(tab.model.columnCount()):
            index = tab.model.index(r, column)
            assert isinstance(index.data(DISPLAY), str)
            assert index.data(ROW_ROLE) == row
            assert index.data(SORT_ROLE) is not None
    row = tab.model.row_at(0)
    assert row.neighbourhood_name == "Biskupin"  # by neighbourhood, ascending
    assert tab.model.index(0, 3).data(DISPLAY) == "3\u00a0000,00\u00a0zł"
    assert tab.model.index(0, 3).data(SORT_ROLE) == row.grant_amount
    assert tab.model.index(0, 5).data(SORT_ROLE) == row.grant_remaining
    assert tab.model.index(0, 8).data(SORT_ROLE) == row.residents_present
    tab.proxy.sort(4, Qt.SortOrder.DescendingOrder)  # spent, by amount not by text
    spent = [tab.proxy.row_at(r).grant_spent for r in range(tab.proxy.rowCount())]
    assert spent == sorted(spent, reverse=True)

    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    meetings = tab.detail.meetings_model
    assert meetings.rowCount() == tab.proxy.row_at(0).meetings_count > 0
    first = meetings.row_at(0)
    assert meetings.index(0, 0).data(DISPLAY) == first.date.strftime("%d.%m.%Y")
    assert meetings.index(0, 2).data(SORT_ROLE) == first.residents_present
    assert meetings.index(0, 3).data(ROW_ROLE) == first


def test_a_new_project_form_starts_blank_and_shows_messages_under_their_fields(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window)
    count = tab.model.rowCount()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    form = tab.active_form
    assert isinstance(form, ProjectForm) and form.isVisible()
    assert form.ui.beneficiaries.text().strip() == ""  # not counted yet: no "-1"
    assert form.ui.grant_amount.text() == "" and form.ui.grant_amount.placeholderText()
    qtbot.keyClicks(form.ui.title, "Nowy festyn")
    qtbot.keyClicks(form.ui.grant_amount, "abc")
    _save(form, qtbot)
    assert form.isVisible() and form.error_text("grant_amount")
    form.ui.grant_amount.clear()
    _save(form, qtbot)  # every neighbourhood of the demo has its project already
    assert form.isVisible() and form.error_text("neighbourhood_id")
    assert form.error_text("grant_amount") == ""
    form.reject()
    tab.load()
    assert tab.model.rowCount() == count
    assert all(p.title != "Nowy festyn" for p in tab.model.rows())
