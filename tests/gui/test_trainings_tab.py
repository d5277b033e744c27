"""The Trainings tab's sessions: the form with its validation, Enter to edit, delete, the model."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.table_model import ROW_ROLE, SORT_ROLE
from wall_desktop.gui.tabs import trainings as trainings_module
from wall_desktop.gui.tabs.trainings import SessionForm, TrainingsTab
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.trainings import list_sessions
from wall_desktop.services.validation import time_order

DISPLAY = Qt.ItemDataRole.DisplayRole


def _tab(window: MainWindow) -> TrainingsTab:
    tab = window.page(TrainingsTab)
    assert isinstance(tab, TrainingsTab)
    window.tabs.setCurrentWidget(tab)
    return tab


def _stored(tab: TrainingsTab) -> list:  # type: ignore[type-arg]
    assert tab.neighbourhood_id is not None
    return list_sessions(tab.workspace.ctx, tab.neighbourhood_id)


def _open_new_form(tab: TrainingsTab, qtbot) -> SessionForm:  # type: ignore[no-untyped-def]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    form = tab.active_form
    assert isinstance(form, SessionForm) and form.isVisible()
    return form


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_end_before_start_is_refused_under_its_field_then_a_good_session_saves(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window)
    before = len(_stored(tab))
    form = _open_new_form(tab, qtbot)
    assert (
        form.ui.start_time.text() == "09:30" and form.ui.place.text()
    )  # taken from the last session
    _type(qtbot, form.ui.topic, "Warsztat z moderacji")
    _type(qtbot, form.ui.start_time, "15:00")
    _type(qtbot, form.ui.end_time, "12:00")
    _type(qtbot, form.ui.hours, "3")
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Save
    assert form.isVisible()
    expected = time_order(dt.time(15, 0), dt.time(12, 0))  # the service's own message
    assert expected and form.error_text("end_time") == expected
    assert len(_stored(tab)) == before  # nothing saved
    _type(qtbot, form.ui.start_time, "9.x")
    form.submit()
    assert form.error_text("start_time") == "Wpisz godzinę jako GG:MM, np. 09:30"
    assert len(_stored(tab)) == before
    _type(qtbot, form.ui.start_time, "12:00")
    _type(qtbot, form.ui.end_time, "15:00")
    _type(qtbot, form.ui.hours, "3,5")
    form.submit()
    assert not form.isVisible()
    stored = _stored(tab)
    assert len(stored) == before + 1
    new = next(s for s in stored if s.topic == "Warsztat z moderacji")
    assert new.start_time == dt.time(12, 0) and new.end_time == dt.time(15, 0)
    assert new.hours == Decimal("3.5")
    assert any(r.id == new.id for r in tab.model.rows())  # shown
    # and it became a column of the grid, still to come (planned is the default)
    assert any(s.id == new.id for s in tab.panel.model.sessions())


def test_enter_opens_the_session_and_a_change_is_saved(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    row = tab.current_row()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    form = tab.active_form
    assert isinstance(form, SessionForm) and form.ui.topic.text() == row.topic
    _type(qtbot, form.ui.topic, "Lider lokalny")
    form.submit()
    assert not form.isVisible()
    assert next(s for s in _stored(tab) if s.id == row.id).topic == "Lider lokalny"


def test_delete_asks_first_and_names_the_marks_that_go_with_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(window)
    asked: list[tuple[str, str | None]] = []
    answer = [False]

    def confirm(_parent: object, what: str, goes_with: str | None = None) -> bool:
        asked.append((what, goes_with))
        return answer[0]

    monkeypatch.setattr(trainings_module, "confirm_delete", confirm)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    victim = tab.current_row()
    marks = victim.present + victim.excused + victim.absent
    assert marks > 0
    tab.delete_selected()
    what, goes_with = asked[0]
    assert victim.date.strftime("%d.%m.%Y") in what and victim.topic in what
    assert goes_with == f"Razem z nim zostaną usunięte wpisy obecności: {marks}."
    assert any(s.id == victim.id for s in _stored(tab))  # said no
    answer[0] = True
    tab.delete_selected()
    assert not any(s.id == victim.id for s in _stored(tab))
    assert all(r.id != victim.id for r in tab.model.rows())
    assert all(s.id != victim.id for s in tab.panel.model.sessions())


def test_switching_neighbourhood_shows_its_sessions_and_grid(window: MainWindow) -> None:
    tab = _tab(window)
    box = tab.neighbourhood_box
    box.setCurrentIndex(box.findText("Jagodno"))
    assert tab.neighbourhood_id == box.currentData()
    stored = _stored(tab)
    assert [r.id for r in tab.model.rows()] == [s.id for s in stored]
    assert [s.id for s in tab.panel.model.sessions()] == [s.id for s in stored]


def test_sessions_model_under_the_model_tester(demo_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = TrainingsTab(demo_ws, None)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    tab.load()
    stored = _stored(tab)
    assert tab.model.rowCount() == len(stored) > 0
    for r, session in enumerate(stored):
        for column in range(tab.model.columnCount()):
            index = tab.model.index(r, column)
            assert isinstance(index.data(DISPLAY), str)
            assert index.data(ROW_ROLE) == session
            assert index.data(SORT_ROLE) is not None
        assert tab.model.index(r, 0).data(DISPLAY) == session.date.strftime("%d.%m.%Y")
        assert tab.model.index(r, 2).data(SORT_ROLE) == session.hours
        assert tab.model.index(r, 7).data(SORT_ROLE) == session.present
    tab.proxy.sort(7, Qt.SortOrder.AscendingOrder)
    counts = [tab.proxy.row_at(r).present for r in range(tab.proxy.rowCount())]
    assert counts == sorted(counts)
