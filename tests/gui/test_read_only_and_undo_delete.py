"""A read-only database turns the tabs' editing off; deletes of neighbourhoods and
sessions are undone and redone from Edit → Undo / Redo."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from wall_desktop.gui.attendance_model import FIXED
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.neighbourhood_form import NeighbourhoodForm
from wall_desktop.gui.tabs import neighbourhoods as neighbourhoods_module
from wall_desktop.gui.tabs import trainings as trainings_module
from wall_desktop.gui.tabs.neighbourhoods import NeighbourhoodsTab
from wall_desktop.gui.tabs.trainings import TrainingsTab
from wall_desktop.gui.workspace import Workspace, open_workspace
from wall_desktop.services.formatting import format_date
from wall_desktop.services.neighbourhoods import (
    NeighbourhoodInput,
    create_neighbourhood,
    list_neighbourhoods,
)
from wall_desktop.services.trainings import attendance_grid, list_sessions


@pytest.fixture
def read_only_window(demo_template: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    ws = open_workspace(path, "Tester", read_only=True)
    assert ws.read_only
    win = MainWindow(ws)
    win.remember_layout = False
    qtbot.addWidget(win)
    win.show()
    win.load_all()
    yield win
    ws.close()


def _undo_text(window: MainWindow) -> str:
    undo = window.menus.items("edit", "undo")[0]
    return undo.text().replace("&", "")


def test_read_only_tabs_offer_no_editing_and_forms_open_as_views(
    read_only_window: MainWindow, qtbot: QtBot
) -> None:
    window = read_only_window
    for cls in (NeighbourhoodsTab, TrainingsTab):
        tab = window.page(cls)
        assert isinstance(tab, NeighbourhoodsTab | TrainingsTab)
        assert tab.read_only
        buttons = (tab.add_button, tab.edit_button, tab.delete_button)
        assert not any(b.isEnabled() for b in buttons)
    tab = window.page(NeighbourhoodsTab)
    assert isinstance(tab, NeighbourhoodsTab)
    window.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    form = tab.active_form
    assert isinstance(form, NeighbourhoodForm) and form.isVisible()
    assert form.ui.name.text() == tab.current_row().name  # shown…
    assert not form.ui.name.isEnabled()  # …but not editable
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Close
    assert not form.isVisible()


def test_read_only_grid_takes_no_marks(read_only_window: MainWindow, qtbot: QtBot) -> None:
    tab = read_only_window.page(TrainingsTab)
    assert isinstance(tab, TrainingsTab) and tab.neighbourhood_id is not None
    read_only_window.tabs.setCurrentWidget(tab)
    view = tab.panel.view
    view.setFocus()
    view.setCurrentIndex(tab.panel.model.index(0, FIXED))
    before = attendance_grid(tab.workspace.ctx, tab.neighbourhood_id).cells
    shown = tab.panel.model.index(0, FIXED).data()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert tab.panel.model.index(0, FIXED).data() == shown
    assert attendance_grid(tab.workspace.ctx, tab.neighbourhood_id).cells == before
    assert "tylko do odczytu" in tab.panel.message.text()
    assert read_only_window.undo.count() == 0


def test_a_deleted_session_comes_back_with_undo_and_goes_again_with_redo(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.page(TrainingsTab)
    assert isinstance(tab, TrainingsTab) and tab.neighbourhood_id is not None
    window.tabs.setCurrentWidget(tab)
    monkeypatch.setattr(trainings_module, "confirm_delete", lambda *_a: True)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    victim = tab.current_row()
    marks = victim.present + victim.excused + victim.absent
    assert marks > 0
    tab.delete_selected()
    hood = tab.neighbourhood_id
    assert all(s.id != victim.id for s in list_sessions(tab.workspace.ctx, hood))
    assert _undo_text(window) == f"Cofnij usunięcie szkolenia z dnia {format_date(victim.date)}"

    window.undo.undo()

    back = next(s for s in list_sessions(tab.workspace.ctx, hood) if s.id == victim.id)
    assert back.present + back.excused + back.absent == marks
    assert any(r.id == victim.id for r in tab.model.rows())  # shown again
    assert any(s.id == victim.id for s in tab.panel.model.sessions())
    window.undo.redo()
    assert all(s.id != victim.id for s in list_sessions(tab.workspace.ctx, hood))
    assert all(r.id != victim.id for r in tab.model.rows())


def test_a_deleted_neighbourhood_comes_back_with_undo(
    window: MainWindow, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = create_neighbourhood(demo_ws.ctx, NeighbourhoodInput(demo_ws.programme_id, "Kleczków"))
    tab = window.page(NeighbourhoodsTab)
    assert isinstance(tab, NeighbourhoodsTab)
    window.tabs.setCurrentWidget(tab)
    tab.load()
    monkeypatch.setattr(neighbourhoods_module, "confirm_delete", lambda *_a: True)
    assert tab.select_where(lambda r: r.id == made.id)
    tab.delete_selected()

    def names() -> list[str]:
        return [n.name for n in list_neighbourhoods(demo_ws.ctx, demo_ws.programme_id)]

    assert "Kleczków" not in names() and tab.row_count() == len(names())
    assert _undo_text(window) == "Cofnij usunięcie osiedla „Kleczków”"
    window.undo.undo()
    assert "Kleczków" in names() and any(r.id == made.id for r in tab.model.rows())
    window.undo.redo()
    assert "Kleczków" not in names()
