"""File → Print → documents: choose the record, see the pages, print them, save them."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from wall_desktop.exports.pdf.sign_in import page_count
from wall_desktop.gui.actions.documents import DocumentActions, document_actions
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.pdf_preview import PdfPreviewDialog
from wall_desktop.gui.pick_dialog import PickDialog
from wall_desktop.gui.tabs.people import PeopleTab
from wall_desktop.services.documents import meeting_sheet, neighbourhood_sheet, session_sheet
from wall_desktop.services.expenses import list_expenses
from wall_desktop.services.meetings import list_meetings
from wall_desktop.services.neighbourhoods import list_neighbourhoods
from wall_desktop.services.people import EnrolmentInput, PersonInput, create_person
from wall_desktop.services.projects import list_projects
from wall_desktop.services.trainings import list_sessions


def _pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def _trigger(window: MainWindow, name: str) -> DocumentActions:
    menu = window.findChild(QMenu, "print_menu")
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert isinstance(action, QAction) and action.isEnabled()
    action.trigger()
    actions = document_actions(window)
    assert isinstance(actions.picker, PickDialog) and actions.picker.isVisible()
    return actions


def _choose(picker: PickDialog, qtbot: QtBot, group: object, item: int) -> None:
    if group is not None:
        picker.group.setCurrentIndex(picker.group.findData(group))
    assert picker.select(item)
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)


def _preview(actions: DocumentActions) -> PdfPreviewDialog:
    preview = actions.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert preview.page_count() == _pages(preview.data)  # QtPdf reads what pypdf reads
    return preview


def test_session_sheet_shows_the_sessions_of_the_chosen_neighbourhood_and_their_pages(
    window: MainWindow, qtbot: QtBot
) -> None:
    ws = window.workspace
    hood = list_neighbourhoods(ws.ctx, ws.programme_id)[1]
    session = list_sessions(ws.ctx, hood.id)[0]
    actions = _trigger(window, "print_session_sheet")
    picker = actions.picker
    assert picker is not None
    picker.group.setCurrentIndex(picker.group.findData(hood.id))
    assert len(picker.labels()) == len(list_sessions(ws.ctx, hood.id))
    assert not picker.ok_button.isEnabled()  # nothing chosen yet
    _choose(picker, qtbot, None, session.id)
    preview = _preview(actions)
    assert preview.page_count() == page_count(session_sheet(ws.ctx, session.id))
    assert session.topic in _text(preview.data)
    assert hood.name in preview.file_name and session.date.isoformat() in preview.file_name


def test_meeting_sheet_spreads_over_the_pages_its_rows_need(
    window: MainWindow, qtbot: QtBot
) -> None:
    ws = window.workspace
    project = list_projects(ws.ctx, ws.programme_id)[0]
    meeting = list_meetings(ws.ctx, project.id)[0]
    actions = _trigger(window, "print_meeting_sheet")
    assert actions.picker is not None
    _choose(actions.picker, qtbot, project.id, meeting.id)
    preview = _preview(actions)
    expected = page_count(meeting_sheet(ws.ctx, meeting.id))
    assert expected >= 1 and preview.page_count() == expected


def test_neighbourhood_sheet_lists_its_people(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    hood = list_neighbourhoods(ws.ctx, ws.programme_id)[0]
    actions = _trigger(window, "print_neighbourhood_sheet")
    assert actions.picker is not None
    assert actions.picker.group.isHidden() or actions.picker.group.count() == 0
    _choose(actions.picker, qtbot, None, hood.id)
    preview = _preview(actions)
    sheet = neighbourhood_sheet(ws.ctx, hood.id)
    assert preview.page_count() == page_count(sheet)
    text = _text(preview.data)
    assert all(name in text for name in sheet.people)


def test_consent_form_for_the_person_selected_in_the_people_tab_saves_with_her_name(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = window.workspace
    hood = list_neighbourhoods(ws.ctx, ws.programme_id)[0]
    person = create_person(
        ws.ctx,
        PersonInput("Zofia", "Żółć-Ślęzak"),
        EnrolmentInput(ws.programme_id, neighbourhood_id=hood.id),
    )
    tab = window.page(PeopleTab)
    assert isinstance(tab, PeopleTab)
    window.tabs.setCurrentWidget(tab)
    tab.load()
    assert tab.select_where(lambda r: r.id == person.id)
    actions = _trigger(window, "print_consent")
    picker = actions.picker
    assert picker is not None and picker.chosen() == person.id  # taken from the tab
    qtbot.keyClicks(picker.search, "zolc")
    assert picker.labels() == ["Żółć-Ślęzak Zofia"]
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    preview = _preview(actions)
    assert preview.page_count() == 1
    assert "Zofia Żółć-Ślęzak" in preview.file_name
    target = tmp_path / "zgoda.pdf"
    assert preview.save_to(target)
    assert "Zofia Żółć-Ślęzak" in _text(target.read_bytes())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_expense_description_of_a_project_expense(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    project = list_projects(ws.ctx, ws.programme_id)[0]
    expense = list_expenses(ws.ctx, ws.programme_id, project_id=project.id)[0]
    actions = _trigger(window, "print_expense")
    assert actions.picker is not None
    _choose(actions.picker, qtbot, project.id, expense.id)
    preview = _preview(actions)
    assert preview.page_count() == 1
    assert expense.document_number in _text(preview.data)


def test_print_sends_every_page_and_a_page_range_only_those(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = window.workspace
    project = list_projects(ws.ctx, ws.programme_id)[0]
    meeting = list_meetings(ws.ctx, project.id)[0]
    actions = _trigger(window, "print_meeting_sheet")
    assert actions.picker is not None
    _choose(actions.picker, qtbot, project.id, meeting.id)
    preview = _preview(actions)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    assert _pages((tmp_path / "printed.pdf").read_bytes()) == preview.page_count()
    if preview.page_count() > 1:
        printer.setOutputFileName(str(tmp_path / "second.pdf"))
        printer.setFromTo(2, 2)
        assert preview.print_to(printer)
        assert _pages((tmp_path / "second.pdf").read_bytes()) == 1


def test_a_folder_that_cannot_be_written_is_explained_and_nothing_is_left(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = window.workspace
    hood = list_neighbourhoods(ws.ctx, ws.programme_id)[0]
    actions = _trigger(window, "print_neighbourhood_sheet")
    assert actions.picker is not None
    _choose(actions.picker, qtbot, None, hood.id)
    preview = _preview(actions)
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "not-a-folder"
    blocker.write_text("x")
    target = blocker / "lista.pdf"
    assert not preview.save_to(target)
    message = preview.last_message
    assert message is not None and str(target) in message.text()
    assert [p.name for p in out.iterdir()] == ["not-a-folder"]
    assert preview.saved_to is None
