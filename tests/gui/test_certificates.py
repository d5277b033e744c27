"""Leader certificates from the window: issue, the register, print batches, revoke, verify."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, QRunnable, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMenu,
    QProgressBar,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from wall_desktop.db.models import Programme
from wall_desktop.gui import certificates_dialog as dialog_module
from wall_desktop.gui.actions.certificates import CertificateActions, certificate_actions
from wall_desktop.gui.certificate_issue import IssueForm
from wall_desktop.gui.certificate_revoke import RevokeForm
from wall_desktop.gui.certificates_dialog import CertificatesDialog
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.pdf_preview import PdfPreviewDialog
from wall_desktop.gui.verify_dialog import VerifyDialog
from wall_desktop.gui.worker import set_pool
from wall_desktop.services.certificates import (
    VerifyStatus,
    certificate_pages,
    issue_certificates,
    list_certificates,
)
from wall_desktop.services.eligibility import progress_for_programme
from wall_desktop.services.neighbourhoods import list_neighbourhoods


class ManualPool:
    """Holds tasks until the test runs them, so it can press Cancel while one is running."""

    def __init__(self) -> None:
        self.waiting: list[QRunnable] = []

    def start(self, runnable: QRunnable) -> None:
        self.waiting.append(runnable)


def _menu_action(window: MainWindow, name: str) -> QAction:
    menu = window.findChild(QMenu, "print_menu")
    assert isinstance(menu, QMenu)
    return next(a for a in menu.actions() if a.objectName() == name)


def _open(window: MainWindow) -> CertificatesDialog:
    _menu_action(window, "certificates").trigger()
    dialog = certificate_actions(window).dialog
    assert isinstance(dialog, CertificatesDialog) and dialog.isVisible()
    return dialog


def _hood(window: MainWindow, index: int = 0) -> tuple[int, str]:
    ws = window.workspace
    hood = list_neighbourhoods(ws.ctx, ws.programme_id)[index]
    return hood.id, hood.name


def _open_issue(dialog: CertificatesDialog, qtbot: QtBot) -> IssueForm:
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    form = dialog.issue_form
    assert isinstance(form, IssueForm) and form.isVisible()
    explanation = form.ui.explanation.text()
    assert "revoked" in explanation or "unieważni" in explanation
    assert form.issue_date.date() == QDate.currentDate()
    return form


def _issue_all_shown(dialog: CertificatesDialog, qtbot: QtBot) -> None:
    form = _open_issue(dialog, qtbot)
    issue = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    assert not form.isVisible()


def test_issue_for_a_neighbourhood_fills_the_register(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    hood_id, _name = _hood(window)
    eligible = {
        pid
        for pid, p in progress_for_programme(ws.ctx, ws.programme_id, hood_id).items()
        if p.eligible
    }
    dialog = _open(window)
    dialog.scope.setCurrentIndex(dialog.scope.findData(hood_id))
    assert {r.person_id for r in dialog.pending_model.rows()} == eligible
    assert dialog.register_model.total_rows() == 0
    assert not dialog.key_note.isVisible()

    _issue_all_shown(dialog, qtbot)

    stored = list_certificates(ws.ctx, ws.programme_id, neighbourhood_id=hood_id)
    assert {c.person_id for c in stored} == eligible
    shown = [
        dialog.register_model.row_at(r).number for r in range(dialog.register_model.rowCount())
    ]
    assert sorted(shown) == sorted(c.number for c in stored)
    assert dialog.pending_model.total_rows() == 0
    assert stored[0].number in dialog.status.text()
    assert len(dialog.selected_certificates()) == len(eligible)  # the new ones, ready to print


def test_cancel_leaves_the_confirmation_and_issues_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    ws = window.workspace
    dialog = _open(window)
    form = _open_issue(dialog, qtbot)
    cancel = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert list_certificates(ws.ctx, ws.programme_id) == []


def test_the_issue_date_is_chosen_and_checked_by_the_register(
    window: MainWindow, qtbot: QtBot
) -> None:
    ws = window.workspace
    hood_id, _name = _hood(window)
    dialog = _open(window)
    dialog.scope.setCurrentIndex(dialog.scope.findData(hood_id))
    form = _open_issue(dialog, qtbot)
    issue = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    form.issue_date.setFocus()
    form.issue_date.setDate(QDate(2021, 12, 31))  # the demo programme began on 1.02.2022
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    assert form.isVisible() and "01.02.2022" in form.error_text("issue_date")
    assert list_certificates(ws.ctx, ws.programme_id) == []
    form.issue_date.setDate(QDate(2023, 7, 14))
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    stored = list_certificates(ws.ctx, ws.programme_id)
    assert stored and {c.issue_date for c in stored} == {date(2023, 7, 14)}
    assert "14.07.2023" in dialog.register_table.model().index(0, 3).data()


def test_preview_of_a_neighbourhood_has_a_page_per_certificate_and_saves(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = window.workspace
    hood_id, _name = _hood(window, 2)
    issued = issue_certificates(ws.ctx, ws.programme_id, neighbourhood_id=hood_id).issued
    dialog = _open(window)
    dialog.scope.setCurrentIndex(dialog.scope.findData(hood_id))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert preview.page_count() == len(issued)
    target = tmp_path / "certyfikaty.pdf"
    assert preview.save_to(target)
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert issued[0].full_name in text and issued[0].number in text


def test_a_batch_cancelled_midway_leaves_no_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    issued = issue_certificates(ws.ctx, ws.programme_id).issued
    assert len(issued) > 5
    dialog = _open(window)
    for per_person, out in (
        (False, tmp_path / "out" / "all.pdf"),
        (True, tmp_path / "each" / "folder"),
    ):
        out.parent.mkdir(exist_ok=True)
        monkeypatch.setattr(dialog_module, "ask_save_path", lambda *_a, o=out: o)
        monkeypatch.setattr(dialog_module, "ask_folder", lambda *_a, o=out: o)
        pool = ManualPool()
        set_pool(pool)
        button = dialog.per_person_button if per_person else dialog.save_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        progress = dialog.findChildren(QProgressDialog)[-1]
        bar = progress.findChild(QProgressBar)
        cancel = progress.findChild(QPushButton)
        assert bar is not None and cancel is not None
        reached: list[int] = []

        def press_cancel(
            value: int, cancel: QPushButton = cancel, reached: list[int] = reached
        ) -> None:
            reached.append(value)
            if value == 3:  # three pages done: the user presses Cancel
                cancel.click()

        bar.valueChanged.connect(press_cancel)
        assert len(pool.waiting) == 1
        pool.waiting.pop().run()
        assert 3 in reached and max(reached) < len(issued)
        assert not out.exists() or list(out.iterdir()) == []
        assert list(out.parent.iterdir()) in ([], [out])
        assert dialog.status.text() in (
            "Cancelled: no file was written.",
            "Anulowano: nie zapisano żadnego pliku.",
        )


def test_one_file_per_person_keeps_polish_letters(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    hood_id, _name = _hood(window, 1)
    issued = issue_certificates(ws.ctx, ws.programme_id, neighbourhood_id=hood_id).issued
    dialog = _open(window)
    dialog.scope.setCurrentIndex(dialog.scope.findData(hood_id))
    monkeypatch.setattr(dialog_module, "ask_folder", lambda *_a: tmp_path / "each")
    qtbot.mouseClick(dialog.per_person_button, Qt.MouseButton.LeftButton)
    files = sorted((tmp_path / "each").iterdir())
    assert len(files) == len(issued)
    for cert in issued:
        match = [f for f in files if cert.number.replace("/", "-") in f.name]
        assert len(match) == 1
        assert cert.full_name.split()[-1] in match[0].name
        text = pypdf.PdfReader(io.BytesIO(match[0].read_bytes())).pages[0].extract_text()
        assert cert.full_name in text


def test_revoke_needs_a_reason_and_keeps_the_number(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    hood_id, _name = _hood(window)
    first = issue_certificates(ws.ctx, ws.programme_id, neighbourhood_id=hood_id).issued[0]
    dialog = _open(window)
    assert not dialog.revoke_button.isEnabled()  # nothing selected
    row = next(
        r for r in range(dialog.register_model.rowCount())
        if dialog.register_table.model().index(r, 0).data() == first.number
    )  # fmt: skip
    dialog.register_table.selectRow(row)
    assert dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    form = dialog.revoke_form
    assert isinstance(form, RevokeForm) and form.isVisible()
    assert first.full_name in " ".join(w.text() for w in form.findChildren(type(dialog.status)))
    form.submit()  # no reason
    assert form.isVisible() and form.error_text("reason")
    assert str(list_certificates(ws.ctx, ws.programme_id)[0].status) == "issued"
    form.reason.setPlainText("Wydany omyłkowo")
    form.submit()
    assert not form.isVisible()
    stored = next(c for c in list_certificates(ws.ctx, ws.programme_id) if c.id == first.id)
    assert str(stored.status) == "revoked" and stored.number == first.number
    shown = dialog.register_table.model()
    row = next(r for r in range(shown.rowCount()) if shown.index(r, 0).data() == first.number)
    assert date.today().strftime("%d.%m.%Y") in shown.index(row, 5).data()
    assert shown.index(row, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert first.number in dialog.status.text()


def test_a_database_without_the_private_key_says_it_cannot_issue(
    window: MainWindow, qtbot: QtBot
) -> None:
    ws = window.workspace
    issue_certificates(ws.ctx, ws.programme_id, neighbourhood_id=_hood(window)[0])
    with ws.ctx.db.write("Tester") as s:  # as in a mentor's copy: the public key only
        s.execute(update(Programme).values(signing_private_key=None))
    dialog = _open(window)
    assert dialog.key_note.isVisible()
    assert "office" in dialog.key_note.text() or "biur" in dialog.key_note.text()
    assert dialog.pending_model.total_rows() > 0
    assert not dialog.issue_button.isEnabled()
    assert dialog.preview_button.isEnabled()  # reprints still work


def _verify(window: MainWindow, qtbot: QtBot, text: str) -> VerifyDialog:
    actions = certificate_actions(window)
    if actions.verify is None or not actions.verify.isVisible():
        _menu_action(window, "verify_certificate").trigger()
    dialog = actions.verify
    assert isinstance(dialog, VerifyDialog)
    dialog.payload.setPlainText(text)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    return dialog


def test_verify_says_genuine_altered_and_revoked(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    issued = issue_certificates(ws.ctx, ws.programme_id, neighbourhood_id=_hood(window)[0]).issued
    page = certificate_pages(ws.ctx, ws.programme_id, certificate_ids=[issued[0].id])[0]
    dialog = _verify(window, qtbot, page.qr_payload + "\n")
    assert dialog.verification is not None and dialog.verification.status is VerifyStatus.GENUINE
    assert dialog.verdict.isVisible() and issued[0].number in dialog.verdict.text()
    assert dialog.name.text() == issued[0].full_name

    hours = page.qr_payload.split("|")[3]
    altered = page.qr_payload.replace(f"|{hours}|", f"|{int(float(hours)) + 10}|")
    _verify(window, qtbot, altered)
    assert dialog.verification is not None and dialog.verification.status is VerifyStatus.ALTERED
    assert dialog.verdict.text() != ""

    from wall_desktop.services.certificates import revoke_certificate

    revoke_certificate(ws.ctx, issued[0].id, "Błąd w nazwisku")
    _verify(window, qtbot, page.qr_payload)
    assert dialog.verification is not None and dialog.verification.status is VerifyStatus.REVOKED


def test_the_entries_are_in_the_print_menu(window: MainWindow) -> None:
    assert isinstance(window.findChild(CertificateActions), CertificateActions)
    file_menu = window.menus.menu("file")
    print_menu = window.findChild(QMenu, "print_menu")
    assert print_menu is not None and print_menu.menuAction() in file_menu.actions()
    names = [a.objectName() for a in print_menu.actions() if a.objectName()]
    assert names[:2] == ["certificates", "verify_certificate"]
