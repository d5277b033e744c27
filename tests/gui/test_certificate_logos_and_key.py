"""The certificates window: creating the signing key, and the programme's logos."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from wall_desktop.db.models import Programme
from wall_desktop.gui import logos_dialog as logos_module
from wall_desktop.gui.actions.certificates import certificate_actions
from wall_desktop.gui.certificates_dialog import CertificatesDialog
from wall_desktop.gui.logos_dialog import LogosDialog
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.services.certificates import KeyState, list_certificates, signing_key
from wall_desktop.services.programme_logos import list_logos


def _open(window: MainWindow) -> CertificatesDialog:
    menu = window.findChild(QMenu, "print_menu")
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.objectName() == "certificates")
    assert isinstance(action, QAction)
    action.trigger()
    dialog = certificate_actions(window).dialog
    assert isinstance(dialog, CertificatesDialog) and dialog.isVisible()
    return dialog


def _answer(box: QMessageBox | None, qtbot: QtBot, *, accept: bool) -> None:
    assert isinstance(box, QMessageBox) and box.isVisible()
    if accept:
        button = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
    else:
        button = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_demo_holds_its_key_so_the_button_is_hidden(window: MainWindow) -> None:
    dialog = _open(window)
    assert not dialog.key_button.isVisible() and not dialog.key_note.isVisible()
    assert dialog.issue_button.isEnabled()


def test_create_signing_key_asks_then_lets_the_office_issue(
    window: MainWindow, qtbot: QtBot
) -> None:
    ws = window.workspace
    with ws.ctx.db.write("Tester") as s:  # a new programme: no key yet
        s.execute(update(Programme).values(signing_private_key=None, signing_public_key=None))
    dialog = _open(window)
    assert dialog.key_button.isVisible() and dialog.key_note.isVisible()
    assert not dialog.issue_button.isEnabled()
    assert dialog.pending_model.total_rows() > 0

    qtbot.mouseClick(dialog.key_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None
    assert "biur" in box.informativeText() or "office" in box.informativeText()
    _answer(box, qtbot, accept=False)
    assert signing_key(ws.ctx, ws.programme_id).state is KeyState.NONE

    qtbot.mouseClick(dialog.key_button, Qt.MouseButton.LeftButton)
    _answer(dialog.confirm_box, qtbot, accept=True)
    key = signing_key(ws.ctx, ws.programme_id)
    assert key.state is KeyState.PRIVATE and key.fingerprint
    assert key.fingerprint in dialog.status.text()
    assert not dialog.key_button.isVisible() and not dialog.key_note.isVisible()
    assert dialog.issue_button.isEnabled()
    assert list_certificates(ws.ctx, ws.programme_id) == []


def _png(path: Path, size: tuple[int, int] = (240, 80)) -> Path:
    buffer = io.BytesIO()
    Image.new("RGBA", size, "orange").save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_logos_are_added_shown_ordered_and_removed_after_asking(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    dialog = _open(window)
    qtbot.mouseClick(dialog.logos_button, Qt.MouseButton.LeftButton)
    logos = dialog.logos_dialog
    assert isinstance(logos, LogosDialog) and logos.isVisible()
    assert logos.ui.logos.count() == 0 and not logos.ui.remove_button.isEnabled()

    chosen = [_png(tmp_path / "centrum.png"), _png(tmp_path / "fundusz.png", (100, 100))]
    chosen.append(tmp_path / "notatka.png")
    chosen[-1].write_text("to nie jest obraz", encoding="utf-8")
    monkeypatch.setattr(logos_module, "ask_logo_file", lambda _parent: chosen.pop(0))
    for _ in range(2):
        qtbot.mouseClick(logos.ui.add_button, Qt.MouseButton.LeftButton)
    assert [logos.ui.logos.item(i).text().split("\n")[0] for i in range(2)] == [
        "centrum.png",
        "fundusz.png",
    ]
    assert not logos.ui.logos.item(0).icon().isNull()
    assert "240 × 80" in logos.ui.logos.item(0).text()

    qtbot.mouseClick(logos.ui.add_button, Qt.MouseButton.LeftButton)  # the text file
    assert logos.ui.error.isVisible() and "notatka.png" in logos.ui.error.text()
    assert len(list_logos(ws.ctx, ws.programme_id)) == 2

    assert logos.ui.logos.currentRow() == 1  # the last one added
    qtbot.mouseClick(logos.ui.left_button, Qt.MouseButton.LeftButton)
    assert [r.file_name for r in list_logos(ws.ctx, ws.programme_id)] == [
        "fundusz.png",
        "centrum.png",
    ]
    assert logos.ui.logos.currentRow() == 0 and not logos.ui.left_button.isEnabled()

    qtbot.mouseClick(logos.ui.remove_button, Qt.MouseButton.LeftButton)
    assert logos.confirm_box is not None and "fundusz.png" in logos.confirm_box.text()
    _answer(logos.confirm_box, qtbot, accept=False)
    assert len(list_logos(ws.ctx, ws.programme_id)) == 2
    qtbot.mouseClick(logos.ui.remove_button, Qt.MouseButton.LeftButton)
    _answer(logos.confirm_box, qtbot, accept=True)
    assert [r.file_name for r in list_logos(ws.ctx, ws.programme_id)] == ["centrum.png"]
    assert logos.ui.logos.count() == 1
