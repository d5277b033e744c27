"""The attendance grid, driven from the keyboard: marks, hours, blocks, refusals, undo and redo."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLineEdit

from wall_desktop.gui.attendance_model import (
    CELL_ROLE,
    CERTIFICATE,
    FIXED,
    HOURS,
    NAME,
    SHARE,
    AttendanceModel,
    next_status,
)
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.table_model import ROW_ROLE, SORT_ROLE
from wall_desktop.gui.tabs.trainings import TrainingsTab
from wall_desktop.services.trainings import (
    AttendanceStatus,
    SessionInput,
    SessionStatus,
    attendance_grid,
    update_session,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
PRESENT, EXCUSED, ABSENT = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


def _tab(window: MainWindow) -> TrainingsTab:
    tab = window.page(TrainingsTab)
    assert isinstance(tab, TrainingsTab)
    window.tabs.setCurrentWidget(tab)
    tab.panel.view.setFocus()
    return tab


def _go(tab: TrainingsTab, row: int, session: int) -> None:
    view = tab.panel.view
    view.setCurrentIndex(tab.panel.model.index(row, FIXED + session))


def _stored(tab: TrainingsTab):  # type: ignore[no-untyped-def]
    ws = tab.workspace
    assert tab.neighbourhood_id is not None
    return attendance_grid(ws.ctx, tab.neighbourhood_id)


def _editor(tab: TrainingsTab) -> QLineEdit:
    shown = [e for e in tab.panel.view.findChildren(QLineEdit, "hours_editor") if e.isVisible()]
    assert len(shown) == 1  # closed editors linger until deleted later
    return shown[0]


def _text(tab: TrainingsTab, row: int, column: int) -> str:
    return str(tab.panel.model.index(row, column).data(DISPLAY))


def test_space_cycles_the_mark_and_the_totals_follow_then_undo_and_redo(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window)
    model = tab.panel.model
    person = model.person_at(0)
    session = model.session_at(FIXED)
    assert person is not None and session is not None
    before = _stored(tab)
    assert before.cell(person.person_id, session.id).status is PRESENT  # the demo's mark
    sessions_row = tab.model.find(lambda r: r.id == session.id)
    excused_before = tab.model.row_at(sessions_row).excused
    attended = before.person_totals[person.person_id].attended_hours
    _go(tab, 0, 0)
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_Space)
    after = _stored(tab)
    assert after.cell(person.person_id, session.id).status is EXCUSED
    assert after.person_totals[person.person_id].attended_hours == attended - session.hours
    assert _text(tab, 0, FIXED) == "U"  # Polish: usprawiedliwiony
    assert _text(tab, 0, HOURS) == f"{attended - session.hours:.0f}\u00a0h"
    totals = model.totals_row()
    present_before = before.session_totals[session.id].present
    assert _text(tab, totals, FIXED).startswith(f"{present_before - 1} · ")
    assert tab.model.row_at(sessions_row).excused == excused_before + 1  # the sessions list too

    qtbot.keyClick(tab.panel.view, Qt.Key.Key_Space)
    assert _stored(tab).cell(person.person_id, session.id).status is ABSENT
    assert _text(tab, 0, FIXED) == "–"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(tab).cell(person.person_id, session.id).status is EXCUSED
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = _stored(tab)
    assert back.cells == before.cells  # the database is as it was
    assert _text(tab, 0, FIXED) == "✓ 6"
    assert _text(tab, 0, HOURS) == f"{attended:.0f}\u00a0h"

    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _stored(tab).cell(person.person_id, session.id).status is EXCUSED
    assert _text(tab, 0, FIXED) == "U"


def test_a_block_of_cells_is_marked_in_one_change_and_eligibility_follows(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window)
    model = tab.panel.model
    person = model.person_at(0)
    assert person is not None
    before = _stored(tab)
    assert before.person_totals[person.person_id].eligible
    assert _text(tab, 0, CERTIFICATE) == "tak"
    # Shift+Right three times from the first session: four sessions chosen
    _go(tab, 0, 0)
    for _ in range(3):
        qtbot.keyClick(tab.panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert len(tab.panel.chosen_cells()) == 4
    undo_before = window.undo.count()
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_Space)
    assert window.undo.count() == undo_before + 1  # one change, one undo step
    after = _stored(tab)
    sessions = [model.session_at(FIXED + i) for i in range(4)]
    assert all(after.cell(person.person_id, s.id).status is EXCUSED for s in sessions if s)
    progress = after.person_totals[person.person_id]
    assert not progress.eligible
    assert _text(tab, 0, CERTIFICATE) == "nie"
    tooltip = model.index(0, CERTIFICATE).data(Qt.ItemDataRole.ToolTipRole)
    assert progress.reason in tooltip
    assert model.index(0, NAME).data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    window.undo.undo()
    assert _stored(tab).cells == before.cells
    assert _text(tab, 0, CERTIFICATE) == "tak"
    assert model.index(0, NAME).data(Qt.ItemDataRole.BackgroundRole) is None


def test_digits_set_hours_and_hours_over_the_session_are_refused(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window)
    model = tab.panel.model
    person, session = model.person_at(0), model.session_at(FIXED + 1)
    assert person is not None and session is not None
    before = _stored(tab)
    _go(tab, 0, 1)
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_4)  # the first digit opens the cell's editor
    editor = _editor(tab)
    assert editor.text() == "4"
    qtbot.keyClicks(editor, ",5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())  # Qt commits the editor on the next turn
    cell = _stored(tab).cell(person.person_id, session.id)
    assert cell.status is PRESENT and cell.hours == Decimal("4.5")
    assert _text(tab, 0, FIXED + 1) == "✓ 4,5"

    marked = _stored(tab).cells
    undo_count = window.undo.count()
    tab.panel.view.setFocus()
    _go(tab, 0, 1)
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_7)
    editor = _editor(tab)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())
    message = tab.panel.message
    assert not message.isHidden()
    assert "6" in message.text() and person.first_name in message.text()  # the service's words
    assert _stored(tab).cells == marked  # nothing stored
    assert _text(tab, 0, FIXED + 1) == "✓ 4,5"  # and nothing shown changed
    assert window.undo.count() == undo_count  # nothing to undo
    window.undo.undo()
    assert _stored(tab).cells == before.cells


def test_delete_in_the_grid_clears_marks_not_the_session(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window)
    model = tab.panel.model
    person, session = model.person_at(1), model.session_at(FIXED + 2)
    assert person is not None and session is not None
    sessions = tab.model.total_rows()
    _go(tab, 1, 2)
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_Delete)
    assert _stored(tab).cell(person.person_id, session.id) is None
    assert _text(tab, 1, FIXED + 2) == ""
    assert tab.model.total_rows() == sessions


def test_cancelled_sessions_take_no_marks(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window)
    ws = window.workspace
    first = tab.model.row_at(0)
    data = SessionInput(
        first.neighbourhood_id,
        first.date,
        first.start_time,
        first.end_time,
        first.hours,
        first.topic,
        first.trainer_id,
        first.place,
        SessionStatus.CANCELLED,
    )
    update_session(ws.ctx, first.id, data)
    tab.load()
    model = tab.panel.model
    column = FIXED + [s.id for s in model.sessions()].index(first.id)
    index = model.index(0, column)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, column).data(Qt.ItemDataRole.BackgroundRole) is not None  # greyed
    assert "✗" in str(model.headerData(column, Qt.Orientation.Horizontal))
    before = _stored(tab).cells
    tab.panel.view.setCurrentIndex(index)
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_Space)
    assert _stored(tab).cells == before


def test_planned_sessions_are_shown_as_still_to_come(window: MainWindow) -> None:
    tab = _tab(window)
    tab.neighbourhood_box.setCurrentIndex(tab.neighbourhood_box.findText("Jagodno"))
    model = tab.panel.model
    planned = [
        FIXED + i for i, s in enumerate(model.sessions()) if s.status is SessionStatus.PLANNED
    ]
    assert planned
    header = model.headerData(planned[0], Qt.Orientation.Horizontal)
    assert "⋯" in header
    tooltip = model.headerData(planned[0], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "planowane" in tooltip
    assert model.index(0, planned[0]).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_the_grid_model_under_the_model_tester(window: MainWindow) -> None:
    tab = _tab(window)
    grid = _stored(tab)
    model = AttendanceModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_grid(grid)
    assert model.rowCount() == len(grid.people) + 1
    assert model.columnCount() == FIXED + len(grid.sessions)
    for r, person in enumerate(grid.people):
        progress = grid.person_totals[person.person_id]
        assert model.index(r, NAME).data(DISPLAY) == f"{person.last_name} {person.first_name}"
        assert model.index(r, NAME).data(ROW_ROLE) == person
        assert model.index(r, HOURS).data(SORT_ROLE) == progress.attended_hours
        assert model.index(r, SHARE).data(SORT_ROLE) == progress.share
        assert model.index(r, CERTIFICATE).data(SORT_ROLE) == progress.eligible
        for c, session in enumerate(grid.sessions):
            index = model.index(r, FIXED + c)
            cell = grid.cell(person.person_id, session.id)
            assert index.data(ROW_ROLE) == person
            assert index.data(CELL_ROLE) == (person.person_id, session.id)
            assert index.data(SORT_ROLE) == (
                None if cell is None else (cell.status.value, cell.hours)
            )
    totals = model.rowCount() - 1
    for c, session in enumerate(grid.sessions):
        total = grid.session_totals[session.id]
        assert model.index(totals, FIXED + c).data(SORT_ROLE) == (total.present, total.hours)
    model.set_grid(None)
    assert model.rowCount() == 0


def test_space_walks_the_marks_in_order() -> None:
    assert next_status(None) is PRESENT
    assert next_status(PRESENT) is EXCUSED
    assert next_status(EXCUSED) is ABSENT
    assert next_status(ABSENT) is None
