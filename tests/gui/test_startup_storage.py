"""Opening a database in the window: a writer elsewhere, a damaged file, the full check
after painting, and the banners for read-only and cloud-synced databases."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from wall_desktop.gui import storage_dialogs
from wall_desktop.gui.launcher import Launcher
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs.people import PeopleTab
from wall_desktop.gui.workspace import open_workspace
from wall_desktop.services import info
from wall_desktop.services.backup import make_backup, read_backup_info
from wall_desktop.services.damage import IntegrityReport, damaged_copies
from wall_desktop.services.errors import WallError
from wall_desktop.services.neighbourhoods import NeighbourhoodInput, create_neighbourhood
from wall_desktop.settings import load_settings


class Boxes:
    """Answers our message boxes by pressing the button with the given key; records texts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> None:
        self.answers = list(answers)
        self.shown: list[tuple[str, str]] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.answer(box))

    def answer(self, box: QMessageBox) -> int:
        self.shown.append((box.text(), box.informativeText()))
        key = self.answers.pop(0)
        button = box.findChild(QPushButton, f"choice_{key}")
        assert button is not None, f"no button {key!r} in {box.text()!r}"
        button.click()
        return 0


@pytest.fixture
def db_file(demo_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "wall.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def other_writer(db_file: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process (another WALL Desktop) holding the database's writer lock."""
    code = (
        "import sys; from pathlib import Path;"
        "from wall_desktop.services.writer_lock import acquire_writer_lock;"
        f"lock = acquire_writer_lock(Path({str(db_file)!r}), 'Ewa Kowalczyk');"
        "print('held', flush=True); sys.stdin.read()"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    yield child
    child.communicate("")


@pytest.fixture
def launcher() -> Iterator[Launcher]:
    """The launcher replaces (and deletes) its windows itself: closed here at the end."""
    made = Launcher(load_settings(), "Tester")
    yield made
    if made.window is not None:
        made.window.remember_layout = False
        made.window.close()
        made.window.workspace.close()


def show(launcher: Launcher, qtbot: QtBot, target: str) -> MainWindow:
    ws = launcher.first_workspace(target)
    assert ws is not None
    window = launcher.show(ws)
    window.remember_layout = False
    qtbot.waitExposed(window)
    return window


def test_a_writer_elsewhere_gives_the_read_only_offer_and_a_banner(
    launcher: Launcher,
    db_file: Path,
    other_writer: subprocess.Popen[str],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = Boxes(monkeypatch, ["read_only"])
    window = show(launcher, qtbot, str(db_file))
    assert "Ewa Kowalczyk" in boxes.shown[0][1]  # who holds it, named in the offer
    assert window.workspace.read_only
    banner = window.banner_text("read_only")
    assert "tylko do odczytu" in banner.lower() and "Ewa Kowalczyk" in banner
    assert window.banners["read_only"].isVisible()
    assert window.windowTitle().endswith("— tylko do odczytu")
    # every editing action is off, and stays off when the tab turns its buttons on again
    assert not window.add_action.isEnabled() and not window.delete_action.isEnabled()
    restore = window.findChild(QObject, "restore_backup")
    assert restore is not None and not restore.isEnabled()  # type: ignore[attr-defined]
    people = window.page(PeopleTab)
    window.tabs.setCurrentWidget(people)
    assert not window.add_action.isEnabled()
    assert not people.add_button.isEnabled() and not people.delete_button.isEnabled()
    people.add_button.setEnabled(True)
    assert not people.add_button.isEnabled()
    assert people.table.editTriggers() == people.table.EditTrigger.NoEditTriggers
    # the file is not changed, and a write is refused with a message, not a crash
    with pytest.raises(WallError):
        create_neighbourhood(
            window.workspace.ctx,
            NeighbourhoodInput(programme_id=window.workspace.programme_id, name="Nowe"),
        )


def test_declining_the_read_only_offer_opens_nothing(
    db_file: Path,
    other_writer: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Boxes(monkeypatch, ["cancel"])
    assert Launcher(load_settings(), "Tester").first_workspace(str(db_file)) is None


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[0:16] = b"not a database!!"
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_at_start_is_kept_and_the_newest_backup_restored(
    launcher: Launcher, db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = make_backup(db_file)
    damaged = _damage(db_file)
    boxes = Boxes(monkeypatch, ["restore"])
    window = show(launcher, qtbot, str(db_file))
    text, details = boxes.shown[0]
    assert "uszkodzony" in text  # in plain (Polish) words
    kept = [p for p in damaged_copies(db_file) if p.name.endswith(".damaged")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # kept, byte for byte
    assert str(kept[0]) in details and str(backup.path) in details
    assert window.workspace.programme is not None
    assert info.summarise(window.workspace.ctx).counts["person"] == backup.counts["person"]


def test_an_empty_database_replaces_a_damaged_one_only_after_confirmation(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = _damage(db_file)
    boxes = Boxes(monkeypatch, ["empty", "cancel"])  # second thoughts at the confirmation
    launcher = Launcher(load_settings(), "Tester")
    assert launcher.first_workspace(str(db_file)) is None
    assert len(boxes.shown) == 2
    assert not db_file.exists()  # nothing was created in its place
    assert [p.read_bytes() for p in damaged_copies(db_file)] == [damaged]
    # there is no backup, so no restore button; confirmed twice, an empty database opens
    boxes.answers = ["empty", "empty"]
    ws = storage_dialogs.open_carefully(None, db_file, "Tester")
    assert ws is not None and ws.programme is None
    assert info.summarise(ws.ctx).counts["person"] == 0
    ws.close()


def test_the_full_check_runs_once_and_only_after_the_first_paint(
    db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paints: list[int] = []
    calls: list[int] = []

    class Counter(QObject):
        def eventFilter(self, _w: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    def check(path: Path) -> IntegrityReport:
        calls.append(len(paints))
        return IntegrityReport(ok=True)

    monkeypatch.setattr(storage_dialogs, "full_check", check)
    ws = open_workspace(db_file, "Tester", writer=True)
    window = MainWindow(ws)
    window.remember_layout = False
    qtbot.addWidget(window)
    counter = Counter(window)
    window.installEventFilter(counter)
    window.start_background_work()
    qtbot.wait(50)
    assert calls == []  # not shown yet: nothing checked
    window.show()
    qtbot.waitUntil(lambda: bool(calls))
    window.repaint()
    window.update()
    qtbot.wait(50)
    assert len(calls) == 1 and calls[0] >= 1  # once, with a paint before it
    window.stop_background_work()
    ws.close()


def test_damage_found_by_the_full_check_sets_the_file_aside_and_offers_the_backup(
    launcher: Launcher, db_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = make_backup(db_file)
    reports = [IntegrityReport(ok=False, problems=["Integrity check: page 7 is bad"])]
    # the first window's check finds damage; the reopened window's check finds none
    monkeypatch.setattr(
        storage_dialogs,
        "full_check",
        lambda _p: reports.pop(0) if reports else IntegrityReport(True),
    )
    boxes = Boxes(monkeypatch, ["restore"])
    window = show(launcher, qtbot, str(db_file))
    qtbot.waitUntil(lambda: launcher.window is not window)
    assert "page 7 is bad" in boxes.shown[0][1]
    assert [p for p in damaged_copies(db_file) if p.name.endswith(".damaged")]  # kept
    reopened = launcher.window
    assert reopened is not None and reopened.workspace.programme is not None
    restored = read_backup_info(db_file)
    assert restored.counts["person"] == backup.counts["person"]


def test_a_database_in_a_dropbox_folder_gets_a_warning_banner(
    demo_template: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    synced = tmp_path / "Dropbox" / "fundacja"
    synced.mkdir(parents=True)
    path = synced / "wall.sqlite"
    shutil.copy(demo_template, path)
    ws = open_workspace(path, "Tester", writer=True)
    window = MainWindow(ws)
    window.remember_layout = False
    qtbot.addWidget(window)
    window.show()
    texts = [window.banner_text(k) for k in window.banners]
    assert len(texts) == 1 and "Dropbox" in texts[0] and str(tmp_path / "Dropbox") in texts[0]
    assert window.banners[next(iter(window.banners))].isVisible()
    assert window.add_action.isEnabled()  # a warning, not read-only
    ws.close()
