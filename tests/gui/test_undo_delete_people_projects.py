"""Edit → Undo brings back a deleted person (Ctrl+Z) and Redo deletes them again
(Ctrl+Shift+Z), from the People tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs import people as people_module
from wall_desktop.gui.tabs.people import PeopleTab
from wall_desktop.services.people import get_person
from wall_desktop.services.people_list import list_people

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
