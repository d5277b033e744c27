"""File → Import: the wizard from a file to stored people, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.import_factories import PEOPLE_HEADER, write_csv, write_xlsx
from wall_desktop.gui import import_file_pages, import_pages
from wall_desktop.gui.actions.importing import import_actions
from wall_desktop.gui.import_model import PreviewModel, RawRowsModel
from wall_desktop.gui.import_wizard import (
    FILE,
    MAPPING,
    PREVIEW,
    RUN,
    SOURCE,
    SUMMARY,
    ImportWizard,
)
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs.people import PeopleTab
from wall_desktop.services.backup import list_backups
from wall_desktop.services.importing import Kind, Outcome
from wall_desktop.services.neighbourhoods import list_neighbourhoods
from wall_desktop.services.people_list import list_people

ROWS = [
    ["Żaneta", "Łęcka-Źróbek", "zaneta@example.pl", "600 100 200", "Nadodrze", "K", "05.03.1990"],
    ["Grzegorz", "Ślązak", "grzes@example.pl", "600100201", "Księże Małe", "M", "1985-11-30"],
    ["Ola", "Nowakówna", "", "600 100 202", "Nadodrze", "k", ""],
]
BAD_DATE = ["Ewa", "Zięba", "ewa@example.pl", "", "Nadodrze", "K", "31.02.2022"]


def _names(window: MainWindow, search: str) -> list[tuple[str, str]]:
    ws = window.workspace
    return [
        (p.first_name, p.last_name) for p in list_people(ws.ctx, ws.programme_id, search=search)
    ]


def _people(window: MainWindow) -> int:
    ws = window.workspace
    return len(list_people(window.workspace.ctx, ws.programme_id))


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _open(window: MainWindow, kind: Kind = Kind.PEOPLE) -> ImportWizard:
    menu = window.findChild(QMenu, "import_menu")
    assert isinstance(menu, QMenu) and menu.title() == "&Import"
    assert menu.menuAction() in window.menus.menu("file").actions()
    actions = import_actions(window)
    assert [a.text() for a in menu.actions()] == ["&Osoby…", "&Zajęcia szkoleniowe…", "O&becność…"]
    actions.actions[kind].trigger()
    wizard = actions.wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    return wizard


def _next(qtbot: QtBot, wizard: ImportWizard, expected: int) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), wizard.currentPage().title()
    _click(qtbot, button)
    qtbot.waitUntil(lambda: wizard.currentId() == expected)


def _back(qtbot: QtBot, wizard: ImportWizard, expected: int) -> None:
    _click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    qtbot.waitUntil(lambda: wizard.currentId() == expected)


def _choose_file(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    page = wizard.source_page
    page.path_edit.clear()
    page.path_edit.setFocus()
    if str(path).isascii():
        qtbot.keyClicks(page.path_edit, str(path))
    else:  # QTest types Latin-1 only; a pasted path then
        page.path_edit.insert(str(path))


def _to_preview(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    _choose_file(qtbot, wizard, path)
    _next(qtbot, wizard, FILE)
    _next(qtbot, wizard, MAPPING)
    _next(qtbot, wizard, PREVIEW)


def _outcomes(wizard: ImportWizard) -> list[tuple[int, Outcome]]:
    model = wizard.preview_page.model
    return [(r.row, r.outcome) for r in model.rows()]


def test_a_people_csv_from_polish_windows_is_imported_end_to_end(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    people_tab = window.page(PeopleTab)
    before = people_tab.row_count()
    source = write_csv(tmp_path / "rekrutacja.csv", [PEOPLE_HEADER, *ROWS], encoding="cp1250")
    wizard = _open(window)
    assert wizard.source_page.kind_buttons[Kind.PEOPLE].isChecked()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    _choose_file(qtbot, wizard, source)
    _next(qtbot, wizard, FILE)

    page = wizard.file_page
    assert page.encoding.currentData() == "cp1250" and page.separator.currentData() == ";"
    assert page.encoding.isVisibleTo(page) and not page.sheet.isVisibleTo(page)
    raw = page.rows_model
    assert raw.data(raw.index(1, 1)) == "Łęcka-Źróbek"  # the letters as read, row 2 of the file

    _next(qtbot, wizard, MAPPING)
    combos = wizard.mapping_page.combos
    assert combos["Imię"].currentText() == "Imię" and combos["Osiedle"].currentText() == "Osiedle"
    assert combos["Data urodzenia"].currentData() == "birth_date"

    _next(qtbot, wizard, PREVIEW)
    assert _outcomes(wizard) == [(2, Outcome.NEW), (3, Outcome.NEW), (4, Outcome.NEW)]
    counts = wizard.preview_page.counts.text()
    assert "nowy: <b>3</b>" in counts and "błąd: <b>0</b>" in counts
    assert _people(window) == before  # a preview writes nothing
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Importuj"

    _next(qtbot, wizard, SUMMARY)
    summary = wizard.summary_page
    assert summary.headline.text() == "Dane zostały zaimportowane."
    assert summary.values["created"].text() == "3" and summary.values["errors"].text() == "0"
    assert "kopię zapasową" in summary.backup.text()
    assert not summary.open_folder_button.isVisibleTo(summary)  # no report: nothing left out
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # no way back
    assert ("Żaneta", "Łęcka-Źróbek") in _names(window, "Łęcka")
    assert ("Grzegorz", "Ślązak") in _names(window, "Ślązak")
    assert people_tab.row_count() == before + 3  # the tab was reloaded
    assert list_backups(window.workspace.path) != []  # type: ignore[arg-type]
    _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not wizard.isVisible()


def test_changing_the_mapping_changes_the_preview(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    source = write_xlsx(
        tmp_path / "lista.xlsx", [["Lista – jesień"], [], PEOPLE_HEADER, ROWS[0], BAD_DATE]
    )
    wizard = _open(window)
    _to_preview(qtbot, wizard, source)
    assert _outcomes(wizard) == [(4, Outcome.NEW), (5, Outcome.ERROR)]
    reasons = wizard.preview_page.model.rows()[1].result.reasons
    assert reasons == ("Data urodzenia: „31.02.2022” nie jest poprawną datą",)

    _back(qtbot, wizard, MAPPING)
    mapping = wizard.mapping_page
    assert mapping.header_note.text() == "Nagłówek to wiersz 3 pliku."
    combo = mapping.combos["Data urodzenia"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the first entry: leave the column out
    assert combo.currentText() == "— pomiń —"
    assert wizard.focusWidget() is combo  # the keyboard stays where it was
    assert wizard.state.overrides == {"Data urodzenia": None}
    _next(qtbot, wizard, PREVIEW)
    assert _outcomes(wizard) == [(4, Outcome.NEW), (5, Outcome.NEW)]

    # a mapping without names is refused by the importer, and Next stays off
    _back(qtbot, wizard, MAPPING)
    last = mapping.combos["Nazwisko"]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Home)
    assert "Imię + Nazwisko" in mapping.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _click(qtbot, mapping.reset_button)
    assert mapping.status.text() == "" and wizard.state.overrides == {}
    assert mapping.combos["Nazwisko"].currentData() == "last_name"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_error_row_refuses_all_then_the_valid_rows_are_imported_with_a_report(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def opening(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(import_pages, "open_url", opening)
    source = write_csv(tmp_path / "zgłoszenia.csv", [PEOPLE_HEADER, *ROWS, BAD_DATE])
    before = _people(window)
    wizard = _open(window)
    _to_preview(qtbot, wizard, source)
    page = wizard.preview_page
    assert [o for _r, o in _outcomes(wizard)].count(Outcome.ERROR) == 1
    report = tmp_path / "zgłoszenia - pominięte wiersze.xlsx"
    assert str(report) in page.report_label.text()
    assert not page.report_button.isEnabled()  # only with "valid rows only"

    _next(qtbot, wizard, RUN)  # all or nothing: refused
    status = wizard.run_page.status.text()
    assert status.startswith("Nic nie zaimportowano: 1 wiersz zawiera błędy.")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert _people(window) == before and not report.exists()

    _back(qtbot, wizard, PREVIEW)
    _click(qtbot, page.valid_only)
    assert page.valid_only.isChecked() and page.report_button.isEnabled()
    _next(qtbot, wizard, SUMMARY)
    summary = wizard.summary_page
    assert summary.values["created"].text() == "3"
    assert summary.values["errors"].text() == "1"
    assert report.is_file() and str(report) in summary.report.text()
    assert _people(window) == before + 3
    assert ("Ewa", "Zięba") not in _names(window, "Zięba")
    _click(qtbot, summary.open_folder_button)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def test_cancel_during_the_import_writes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    rows = [
        [f"Osoba{i}", f"Zażółć{i}", f"osoba{i}@example.pl", "", "Nadodrze", "K", ""]
        for i in range(600)
    ]
    source = write_csv(tmp_path / "duża.csv", [PEOPLE_HEADER, *rows])
    before = _people(window)
    backups = len(list_backups(window.workspace.path))  # type: ignore[arg-type]
    wizard = _open(window)
    _to_preview(qtbot, wizard, source)
    assert wizard.state.preview is not None and wizard.state.preview.count(Outcome.NEW) == 600
    pressed: list[int] = []

    def press_cancel(value: int) -> None:  # while the import reports progress
        if not pressed:
            pressed.append(value)
            _click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))

    wizard.run_page.status.bar.valueChanged.connect(press_cancel)
    _next(qtbot, wizard, RUN)
    assert pressed and 0 < pressed[0] < 1000
    assert wizard.isVisible()  # Cancel stopped the import, not the wizard
    assert wizard.run_page.status.text() == "Import przerwano; nic nie zostało zapisane"
    assert _people(window) == before
    assert len(list_backups(window.workspace.path)) == backups  # type: ignore[arg-type]
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    _back(qtbot, wizard, PREVIEW)  # and the user may try again


def test_a_renamed_pdf_gets_a_clear_message(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    fake = tmp_path / "lista.xlsx"
    fake.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    wizard = _open(window)
    _choose_file(qtbot, wizard, fake)
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.source_page.status.text() != "")
    assert wizard.currentId() == SOURCE
    assert wizard.source_page.status.text() == (
        "lista.xlsx to dokument PDF, a nie arkusz; wybierz plik xlsx lub csv"
    )
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # choose another file


def test_the_encoding_can_be_changed_and_a_wrong_one_is_explained(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "ansi.csv", [PEOPLE_HEADER, *ROWS], encoding="cp1250")
    wizard = _open(window)
    _choose_file(qtbot, wizard, source)
    _next(qtbot, wizard, FILE)
    page = wizard.file_page
    page.encoding.setFocus()
    qtbot.keyClick(page.encoding, Qt.Key.Key_Home)  # UTF-8 with a mark: the file is not
    assert "nieoczekiwane kodowanie" in page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.rows_model.rowCount() == 0
    qtbot.keyClick(page.encoding, Qt.Key.Key_End)  # Windows-1250 again
    assert page.status.text() == "" and page.rows_model.rowCount() == 4
    assert page.rows_model.data(page.rows_model.index(1, 0)) == "Żaneta"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_duplicates_are_skipped_or_updated_all_at_once_or_per_row(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "osoby.csv", [PEOPLE_HEADER, *ROWS])
    wizard = _open(window)
    _to_preview(qtbot, wizard, source)
    _next(qtbot, wizard, SUMMARY)
    _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    changed = [[*ROWS[0][:5], "K", "05.03.1990"], ROWS[1], ROWS[2]]
    changed[0][3] = "600 999 999"  # a new phone for a known person (same e-mail)
    again = write_csv(tmp_path / "osoby-2.csv", [PEOPLE_HEADER, *changed])

    wizard = _open(window)
    _to_preview(qtbot, wizard, again)
    page = wizard.preview_page
    assert [o for _r, o in _outcomes(wizard)] == [Outcome.DUPLICATE] * 3
    assert page.duplicates_group.isEnabled() and page.skip_all.isChecked()
    assert not page.update_selected.isEnabled()  # nothing selected
    page.table.setFocus()
    page.table.selectRow(0)
    assert page.update_selected.isEnabled()
    _click(qtbot, page.update_selected)
    assert _outcomes(wizard) == [
        (2, Outcome.UPDATE),
        (3, Outcome.DUPLICATE),
        (4, Outcome.DUPLICATE),
    ]
    assert page.model.rows()[0].decision is not None
    assert page.proxy.index(0, 3).data() == "zaktualizuj"
    _click(qtbot, page.update_all)
    assert [o for _r, o in _outcomes(wizard)] == [Outcome.UPDATE] * 3
    _click(qtbot, page.skip_all)
    page.table.selectRow(0)
    _click(qtbot, page.update_selected)
    _next(qtbot, wizard, SUMMARY)
    values = wizard.summary_page.values
    assert values["updated"].text() == "1" and values["skipped"].text() == "2"
    assert values["created"].text() == "0"
    ws = window.workspace
    (person,) = [
        p for p in list_people(ws.ctx, ws.programme_id, search="Łęcka") if p.first_name == "Żaneta"
    ]
    assert person.phone is not None and "999" in person.phone


def test_unknown_neighbourhoods_are_listed_and_created_on_request(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    rows = [ROWS[0], [*ROWS[1][:4], "Zalesie Górne", *ROWS[1][5:]]]
    source = write_csv(tmp_path / "nowe.csv", [PEOPLE_HEADER, *rows])
    wizard = _open(window)
    _to_preview(qtbot, wizard, source)
    page = wizard.preview_page
    assert _outcomes(wizard) == [(2, Outcome.NEW), (3, Outcome.ERROR)]
    assert page.neighbourhoods.text() == "Jeszcze nie ma ich w programie: Zalesie Górne"
    _click(qtbot, page.create_box)
    assert _outcomes(wizard) == [(2, Outcome.NEW), (3, Outcome.NEW)]
    assert page.neighbourhoods.text() == "Zostaną utworzone: Zalesie Górne"
    _next(qtbot, wizard, SUMMARY)
    assert wizard.summary_page.values["neighbourhoods"].text() == "Zalesie Górne"
    ws = window.workspace
    assert "Zalesie Górne" in [n.name for n in list_neighbourhoods(ws.ctx, ws.programme_id)]


def test_a_workbook_sheet_is_chosen_and_the_file_dialog_is_used(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "Notatki"
    notes.append(["Tu nic nie ma"])
    people = wb.create_sheet("Uczestnicy")
    for row in (PEOPLE_HEADER, *ROWS):
        people.append(row)
    path = tmp_path / "skoroszyt.xlsx"
    wb.save(path)
    monkeypatch.setattr(import_file_pages, "ask_open_path", lambda *_a: str(path))
    wizard = _open(window)
    _click(qtbot, wizard.source_page.browse_button)
    assert wizard.source_page.path_edit.text() == str(path)
    _next(qtbot, wizard, FILE)
    page = wizard.file_page
    assert page.sheet.isVisibleTo(page) and not page.encoding.isVisibleTo(page)
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["Notatki", "Uczestnicy"]
    assert wizard.state.mapping_error is not None  # the first sheet has no header
    page.sheet.setFocus()
    qtbot.keyClick(page.sheet, Qt.Key.Key_End)
    assert wizard.state.detection is not None and wizard.state.detection.sheet == "Uczestnicy"
    assert page.rows_model.data(page.rows_model.index(3, 1)) == "Nowakówna"
    _next(qtbot, wizard, MAPPING)
    assert wizard.mapping_page.status.text() == ""
    _next(qtbot, wizard, PREVIEW)
    assert [o for _r, o in _outcomes(wizard)] == [Outcome.NEW] * 3


def test_the_models_pass_the_model_tester(
    window: MainWindow,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    tmp_path: Path,
) -> None:
    source = write_csv(tmp_path / "m.csv", [PEOPLE_HEADER, *ROWS, BAD_DATE])
    wizard = _open(window)
    _to_preview(qtbot, wizard, source)
    preview_model = wizard.preview_page.model
    assert isinstance(preview_model, PreviewModel)
    qtmodeltester.check(preview_model)
    qtmodeltester.check(wizard.preview_page.proxy)
    raw = wizard.file_page.rows_model
    assert isinstance(raw, RawRowsModel)
    qtmodeltester.check(raw)
    error_row = preview_model.index(3, 1)
    assert error_row.data() == "błąd"
    assert error_row.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fde7e9"


def _mnemonic(qtbot: QtBot, wizard: ImportWizard, label: QLabel) -> None:
    """Press Alt with the label's underlined letter (of its Polish text)."""
    sequence = QKeySequence.mnemonic(label.text())
    assert not sequence.isEmpty(), label.text()
    key = Qt.Key(sequence[0].key())
    qtbot.keyClick(wizard.focusWidget() or wizard, key, Qt.KeyboardModifier.AltModifier)


def test_the_pages_are_used_from_the_keyboard(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "keys.csv", [PEOPLE_HEADER, *ROWS, BAD_DATE])
    wizard = _open(window)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page = wizard.source_page
    page.kind_buttons[Kind.PEOPLE].setFocus()
    _mnemonic(qtbot, wizard, page.ui.path_label)  # "&Plik:" leads to the path
    assert page.path_edit.hasFocus()
    qtbot.keyClicks(page.path_edit, str(source))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)  # Enter is Next
    qtbot.waitUntil(lambda: wizard.currentId() == FILE)
    _mnemonic(qtbot, wizard, wizard.file_page.ui.encoding_label)
    assert wizard.file_page.encoding.hasFocus()
    _next(qtbot, wizard, MAPPING)
    _next(qtbot, wizard, PREVIEW)

    preview = wizard.preview_page
    _mnemonic(qtbot, wizard, preview.ui.show_label)
    assert preview.show_box.hasFocus()
    # Tab walks the page in reading order, past the buttons that are off; the arrows
    # move in the table and Tab leaves it (no trap)
    qtbot.keyClick(preview.show_box, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is preview.table
    qtbot.keyClick(preview.table, Qt.Key.Key_Down)
    assert preview.table.currentIndex().row() == 1
    assert not preview.duplicates_group.isEnabled()  # nothing in the file is stored yet
    qtbot.keyClick(preview.table, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is preview.valid_only
    assert not preview.report_button.isEnabled()
    qtbot.keyClick(preview.valid_only, Qt.Key.Key_Space)  # ticking it turns the report on
    assert preview.valid_only.isChecked() and wizard.state.valid_only
    qtbot.keyClick(preview.valid_only, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is preview.report_button
