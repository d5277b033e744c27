"""Backups from the window: automatic ones (scheduler, clock injected), at exit, "Backup
now" to a chosen folder, restoring from the dialog, and the messages of failed writes."""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from wall_desktop.gui import backup_dialogs
from wall_desktop.gui.actions.backup import open_restore
from wall_desktop.gui.backup_dialogs import RestoreDialog
from wall_desktop.gui.designer.ui_programme_form import Ui_ProgrammeForm
from wall_desktop.gui.forms import FormDialog
from wall_desktop.gui.launcher import Launcher
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs.neighbourhoods import NeighbourhoodsTab
from wall_desktop.gui.workspace import open_workspace
from wall_desktop.services import info
from wall_desktop.services.backup import BackupInfo, list_backups, make_backup, read_backup_info
from wall_desktop.services.neighbourhoods import NeighbourhoodInput, create_neighbourhood
from wall_desktop.services.storage_errors import WriteFailed
from wall_desktop.settings import load_settings


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 6, 12, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def db_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office" / "wall.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def guarded(db_file: Path, clock: Clock, qtbot: QtBot) -> Iterator[MainWindow]:
    """A window with its full check and automatic backups running (as the launcher does)."""
    ws = open_workspace(db_file, "Tester", writer=True)
    window = MainWindow(ws)
    window.remember_layout = False
    qtbot.addWidget(window)
    window.start_background_work(clock=clock)
    assert window.auto_backup is not None
    window.auto_backup.after_save.setInterval(0)
    window.show()
    window.load_all()
    yield window
    window.stop_background_work()
    ws.close()


def reasons(db_file: Path) -> list[str]:
    return [b.reason for b in list_backups(db_file)]


def add_neighbourhood(window: MainWindow, name: str) -> None:
    """A save, as a form does it: the service, then the tab reads its rows again."""
    ws = window.workspace
    create_neighbourhood(ws.ctx, NeighbourhoodInput(programme_id=ws.programme_id, name=name))
    window.page(NeighbourhoodsTab).load()


def test_the_first_backup_comes_after_painting_then_after_saves_every_half_hour(
    guarded: MainWindow, db_file: Path, clock: Clock, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: reasons(db_file) == ["startup"])
    add_neighbourhood(guarded, "Zielone Wzgórze")
    qtbot.wait(20)
    assert reasons(db_file) == ["startup"]  # saved, but the last backup is too recent
    clock.now += timedelta(minutes=31)
    add_neighbourhood(guarded, "Stare Miasto")
    qtbot.waitUntil(lambda: len(reasons(db_file)) == 2)
    newest = list_backups(db_file)[0]
    assert newest.reason == "auto"
    assert newest.change_seq == info.summarise(guarded.workspace.ctx).change_seq
    assert (
        newest.counts["neighbourhood"]
        == info.summarise(guarded.workspace.ctx).counts["neighbourhood"]
    )
    clock.now += timedelta(hours=2)
    guarded.auto_backup.check()  # type: ignore[union-attr]
    qtbot.wait(20)
    assert len(reasons(db_file)) == 2  # nothing changed since: no backup


def test_no_backup_at_start_when_the_newest_already_holds_this_state(
    db_file: Path, clock: Clock, qtbot: QtBot
) -> None:
    make_backup(db_file, clock=lambda: clock.now - timedelta(hours=1))
    ws = open_workspace(db_file, "Tester", writer=True)
    window = MainWindow(ws)
    window.remember_layout = False
    qtbot.addWidget(window)
    window.start_background_work(clock=clock)
    window.show()
    qtbot.waitUntil(lambda: window.integrity is not None and window.integrity.runs == 1)
    qtbot.wait(20)
    assert reasons(db_file) == ["auto"]
    window.stop_background_work()
    ws.close()


def test_a_failed_automatic_backup_says_why_and_work_goes_on(
    guarded: MainWindow,
    db_file: Path,
    clock: Clock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.waitUntil(lambda: reasons(db_file) == ["startup"])
    real = backup_dialogs.make_backup

    def full(*_a: object, **_k: object) -> BackupInfo:
        raise WriteFailed("backup", "full", "No space left on device", None)

    monkeypatch.setattr(backup_dialogs, "make_backup", full)
    clock.now += timedelta(minutes=40)
    add_neighbourhood(guarded, "Nad Odrą")
    qtbot.waitUntil(lambda: "backup_failed" in guarded.banners)
    assert "dysk jest pełny" in guarded.banner_text("backup_failed")
    assert guarded.banners["backup_failed"].isVisible()
    add_neighbourhood(guarded, "Za Torami")  # the program keeps working and saving
    monkeypatch.setattr(backup_dialogs, "make_backup", real)
    clock.now += timedelta(minutes=6)  # retried after a pause, not on every tick
    guarded.auto_backup.check()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "backup_failed" not in guarded.banners)
    assert reasons(db_file)[0] == "auto"


def test_closing_the_window_makes_a_backup_when_something_changed(
    guarded: MainWindow, db_file: Path, clock: Clock, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: reasons(db_file) == ["startup"])
    add_neighbourhood(guarded, "Przy Parku")
    clock.now += timedelta(minutes=5)  # too soon for an automatic one
    seq = info.summarise(guarded.workspace.ctx).change_seq
    guarded.close()
    assert reasons(db_file) == ["exit", "startup"]
    newest = list_backups(db_file)[0]
    assert newest.change_seq == seq


def test_closing_an_unchanged_window_makes_no_backup(
    guarded: MainWindow, db_file: Path, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: reasons(db_file) == ["startup"])
    guarded.close()
    assert reasons(db_file) == ["startup"]


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None
    return action


def test_backup_now_goes_to_the_folder_the_user_picks(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "PENDRIVE"
    stick.mkdir()
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    file_menu = [a.text() for a in window.menus.menu("file").actions()]
    assert "Kopia zapasowa &teraz…" in file_menu and "&Przywróć z kopii…" in file_menu
    _action(window, "backup_now").trigger()
    made = list(stick.iterdir())
    assert len(made) == 1 and made[0].name.endswith("-manual.sqlite")
    checked = read_backup_info(made[0], verify=True)
    assert checked.verified
    assert checked.counts["person"] == info.summarise(window.workspace.ctx).counts["person"]
    assert str(made[0]) in told[0]


def test_backup_now_to_a_full_disk_says_what_to_do(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_a: object, **_k: object) -> BackupInfo:
        raise WriteFailed("backup", "io", "Input/output error", None)

    warned: list[str] = []
    monkeypatch.setattr(backup_dialogs, "make_backup", full)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    _action(window, "backup_now").trigger()
    assert len(warned) == 1 and "Input/output error" in warned[0]
    assert window.isVisible()


def _launch(db_file: Path) -> tuple[Launcher, MainWindow]:
    launcher = Launcher(load_settings(), "Tester")
    ws = launcher.first_workspace(str(db_file))
    assert ws is not None
    window = launcher.show(ws)
    window.remember_layout = False
    return launcher, window


def test_restore_from_the_dialog_gives_the_backups_counts(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = make_backup(db_file, reason="manual", folder=db_file.parent / "backups")
    launcher, window = _launch(db_file)
    add_neighbourhood(window, "Po Kopii")
    now_count = info.summarise(window.workspace.ctx).counts["neighbourhood"]
    assert now_count == old.counts["neighbourhood"] + 1
    seen: dict[str, str] = {}

    def use_dialog(dialog: RestoreDialog) -> int:
        # as the user: the list, the newest chosen and checked, its counts, Restore
        rows = [dialog.table.model().index(r, 1).data() for r in range(dialog.table.rowCount())]
        target = next(r for r, b in enumerate(dialog.backups) if b.path == old.path)
        dialog.table.selectRow(target)
        seen["rows"] = " | ".join(rows)
        shown = html.unescape(re.sub(r"<[^>]+>", " ", dialog.details.text()))
        seen["details"] = " ".join(shown.replace("\xa0", " ").split())
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        return int(dialog.result())

    told: list[str] = []
    monkeypatch.setattr(RestoreDialog, "exec", use_dialog)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    open_restore(window)
    assert "ręcznie" in seen["rows"]
    assert f"Osiedla {old.counts['neighbourhood']} " in seen["details"]
    assert f"Osoby {old.counts['person']} " in seen["details"]
    restored = launcher.window
    assert restored is not None and restored is not window
    try:
        counts = info.summarise(restored.workspace.ctx).counts
        assert counts["neighbourhood"] == old.counts["neighbourhood"]
        assert counts["person"] == old.counts["person"]
        before = [b for b in list_backups(db_file) if b.reason == "before-restore"]
        assert len(before) == 1 and before[0].counts["neighbourhood"] == now_count
        assert str(before[0].path) in told[0]
    finally:
        restored.remember_layout = False
        restored.close()
        restored.workspace.close()


def test_the_restore_dialog_refuses_a_backup_that_fails_its_check(
    db_file: Path, qtbot: QtBot
) -> None:
    good = make_backup(db_file)
    bad_data = bytearray(good.path.read_bytes())
    bad_data[len(bad_data) // 2 : len(bad_data) // 2 + 4096] = b"\xff" * 4096
    bad = good.path.with_name(good.path.name.replace("Z-auto", "Z-2-auto"))
    bad.write_bytes(bytes(bad_data))
    dialog = RestoreDialog(db_file)
    qtbot.addWidget(dialog)
    row = next(r for r, b in enumerate(dialog.backups) if b.path == bad)
    dialog.table.selectRow(row)
    assert not dialog.restore_button.isEnabled()
    assert "nie przeszła" in dialog.details.text()
    dialog.table.selectRow(1 - row)
    assert dialog.restore_button.isEnabled()


def test_a_form_shows_the_disk_full_message_and_stays_open(qtbot: QtBot) -> None:
    class Form(FormDialog):
        def save(self) -> None:
            raise WriteFailed("save", "full", "database or disk is full", None)

    form = Form("Test")
    form.use_form(Ui_ProgrammeForm())
    qtbot.addWidget(form)
    form.show()
    form.submit()
    assert "dysk jest pełny" in form.error_text("")
    assert form.isVisible() and form.buttons.isEnabled()
