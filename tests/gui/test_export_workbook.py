"""File → Export → Report for the funder: the dialog, its Cancel, and the register of sent files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QRunnable, Qt, QUrl
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from wall_desktop.gui import export_dialogs
from wall_desktop.gui.actions.export import export_actions
from wall_desktop.gui.export_dialogs import WorkbookDialog
from wall_desktop.gui.export_register_dialog import RegisterDialog
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.worker import set_pool
from wall_desktop.services.export_register import file_sha256, list_exports
from wall_desktop.services.neighbourhoods import list_neighbourhoods


class ManualPool:
    """Holds tasks until the test runs them, so Cancel can be pressed while one is running."""

    def __init__(self) -> None:
        self.waiting: list[QRunnable] = []

    def start(self, runnable: QRunnable) -> None:
        self.waiting.append(runnable)


def _open_dialog(window: MainWindow) -> WorkbookDialog:
    menu = window.findChild(QMenu, "export_menu")
    assert isinstance(menu, QMenu) and menu.title() == "&Eksport"
    assert menu.menuAction() in window.menus.menu("file").actions()
    actions = export_actions(window)
    assert actions.workbook_action in menu.actions()
    actions.workbook_action.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, WorkbookDialog) and dialog.isVisible()
    return dialog


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _cells(path: Path, sheet: str) -> list[object]:
    wb = load_workbook(path)
    return [c.value for row in wb[sheet].iter_rows() for c in row if c.value is not None]


def test_the_workbook_is_exported_through_the_dialog_and_registered(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(export_dialogs, "open_url", fake_open)
    ws = window.workspace
    dialog = _open_dialog(window)
    today = dt.date.today().isoformat()
    assert Path(dialog.target.text()).name == f"WALL – zestawienie {today}.xlsx"
    assert not dialog.with_contacts.isChecked()  # off unless asked for
    assert dialog.whole.isChecked() and not dialog.limit_dates.isChecked()
    target = tmp_path / "Raport – Żółkiewka"  # no suffix typed: .xlsx is added
    dialog.target.setText(str(target))
    _click(qtbot, dialog.export_button)

    written = tmp_path / "Raport – Żółkiewka.xlsx"
    assert written.is_file()
    assert "Zapisano" in dialog.status.text() and str(written) in dialog.status.text()
    assert dialog.open_file_button.isVisible() and dialog.open_folder_button.isVisible()
    assert dialog.cancel_button.text() == "Zamknij"
    wb = load_workbook(written)
    assert wb.sheetnames[0] == "Podsumowanie"
    assert {"Uczestnicy", "Obecność", "Projekty", "Budżet", "Wydatki", "Certyfikaty"} <= set(
        wb.sheetnames
    )
    summary = _cells(written, "Podsumowanie")
    assert ws.programme is not None and ws.programme.name in summary
    assert any("DEMO" in str(v) for v in summary)
    headers = [c.value for c in next(wb["Uczestnicy"].iter_rows(max_row=1))]
    assert "E-mail" not in headers  # no contact data by default
    register = list_exports(ws.ctx, ws.programme.id)
    assert [(Path(r.file_name).name, r.sha256, r.operator) for r in register] == [
        (written.name, file_sha256(written), "Tester")
    ]

    _click(qtbot, dialog.open_folder_button)
    _click(qtbot, dialog.open_file_button)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path), str(written)]


def test_one_neighbourhood_with_dates_and_contacts(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = window.workspace
    hood = list_neighbourhoods(ws.ctx, ws.programme_id)[1]
    dialog = _open_dialog(window)
    assert not dialog.neighbourhood.isEnabled()
    _click(qtbot, dialog.one)
    assert dialog.neighbourhood.isEnabled()
    dialog.neighbourhood.setCurrentIndex(dialog.neighbourhood.findData(hood.id))
    assert hood.name in Path(dialog.target.text()).name  # the suggested name follows the scope
    dialog.limit_dates.setChecked(True)
    dialog.date_from.setDate(dialog.date_from.date().addDays(10))
    dialog.with_contacts.setChecked(True)
    options = dialog.options()
    assert options.neighbourhood_id == hood.id and options.with_contacts
    assert options.date_from is not None and options.date_to is not None
    dialog.target.setText(str(tmp_path / "osiedle.xlsx"))
    _click(qtbot, dialog.export_button)
    assert (tmp_path / "osiedle.xlsx").is_file()
    headers = [c.value for c in next(load_workbook(tmp_path / "osiedle.xlsx")["Uczestnicy"].rows)]
    assert "E-mail" in headers
    (entry,) = list_exports(ws.ctx, ws.programme_id)
    assert entry.scope is not None and hood.name in entry.scope


def test_refused_before_starting_in_polish(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pool = ManualPool()
    dialog = _open_dialog(window)
    set_pool(pool)
    dialog.target.setText(str(out / "nie-ma-takiego" / "raport.xlsx"))
    _click(qtbot, dialog.export_button)
    assert "nie istnieje" in dialog.status.text()
    dialog.target.setText(str(out / "raport.xlsx"))
    dialog.limit_dates.setChecked(True)
    dialog.date_to.setDate(dialog.date_from.date().addDays(-1))
    _click(qtbot, dialog.export_button)
    assert "pierwszy dzień" in dialog.status.text().lower()
    assert pool.waiting == [] and list(out.iterdir()) == []


def test_cancel_leaves_the_folder_as_it_was(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = window.workspace
    folder = tmp_path / "wysłane"
    folder.mkdir()
    older = folder / "raport.xlsx"
    older.write_bytes(b"the report sent last month")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    dialog = _open_dialog(window)
    pool = ManualPool()
    set_pool(pool)
    dialog.target.setText(str(older))
    _click(qtbot, dialog.export_button)
    assert dialog.running() and len(pool.waiting) == 1
    assert not dialog.export_button.isEnabled()
    assert dialog.cancel_button.text() == "Anuluj"
    _click(qtbot, dialog.cancel_button)  # Cancel while it runs: stops it, the dialog stays
    assert dialog.isVisible()
    pool.waiting.pop().run()

    assert not dialog.running()
    assert dialog.status.text() == "Eksport przerwany: nie zapisano żadnego pliku."
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert list_exports(ws.ctx, ws.programme_id) == []
    assert dialog.export_button.isEnabled() and not dialog.open_file_button.isVisible()
    _click(qtbot, dialog.cancel_button)  # now it closes
    assert not dialog.isVisible()


def test_register_lists_the_export_and_checks_files(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_dialog(window)
    sent = tmp_path / "dla grantodawcy.xlsx"
    dialog.target.setText(str(sent))
    _click(qtbot, dialog.export_button)
    dialog.close()

    export_actions(window).register_action.trigger()
    register = export_actions(window).register
    assert isinstance(register, RegisterDialog) and register.isVisible()
    QAbstractItemModelTester(register.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    register.load()  # reloading under the tester
    (row,) = register.rows_shown()
    assert row.sha256 == file_sha256(sent)
    shown = [register.proxy.index(0, c).data() for c in range(register.proxy.columnCount())]
    assert shown[1] == "Tester"
    assert shown[2] == "Zestawienie dla grantodawcy"
    assert shown[4] == sent.name and shown[5] == file_sha256(sent)
    assert dt.datetime.strptime(shown[0], "%d.%m.%Y %H:%M")  # local time, day first

    picked: list[Path] = [sent]
    monkeypatch.setattr(export_dialogs, "ask_open_path", lambda *_a: str(picked[0]))
    _click(qtbot, register.check_button)
    assert "jest w rejestrze" in register.verdict.text()
    assert "Tester" in register.verdict.text()
    assert register.table.selectionModel().isRowSelected(0)

    changed = tmp_path / "poprawiony.xlsx"
    shutil.copy(sent, changed)
    with open(changed, "ab") as fh:
        fh.write(b"\0")
    picked[0] = changed
    _click(qtbot, register.check_button)
    assert "nie ma w rejestrze" in register.verdict.text()
    assert not register.table.selectionModel().hasSelection()
