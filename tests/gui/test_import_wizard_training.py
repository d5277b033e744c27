"""File → Import → Sessions and Attendance: the wizard on a grid with session dates across."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.factories import make_programme
from tests.import_factories import write_csv, write_xlsx
from wall_desktop.db.session import Database
from wall_desktop.gui.actions.importing import import_actions
from wall_desktop.gui.import_pages import SESSION_DATE
from wall_desktop.gui.import_wizard import FILE, MAPPING, PREVIEW, SUMMARY, ImportWizard
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.context import Context
from wall_desktop.services.importing import ImportOptions, Kind, Outcome, preview, run_import
from wall_desktop.services.neighbourhoods import list_neighbourhoods
from wall_desktop.services.trainings import list_sessions

SESSIONS = [
    ["Osiedle", "Data", "Od", "Do", "Liczba godzin", "Temat"],
    ["Nadodrze", "05.03.2022", "10:00", "15:00", "5", "Diagnoza potrzeb"],
    ["Nadodrze", "12.03.2022", "10:00", "14:30", "4,5", "Komunikacja"],
]
GRID = [
    ["Lista obecności – Nadodrze"],
    ["Nazwisko i imię", "E-mail", dt.datetime(2022, 3, 5), "12.03.2022"],
    ["Łęcka Żaneta", "", "x", "x"],
    ["Kowalski Jan", "j@example.pl", "u", None],
]


@pytest.fixture
def window(db: Database, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A programme with Nadodrze and two people in it; no sessions yet."""
    make_programme(db)
    ctx = Context(db=db, operator="Tester")
    people = [
        ["Imię", "Nazwisko", "Osiedle", "E-mail"],
        ["Żaneta", "Łęcka", "Nadodrze", "z@example.pl"],
        ["Jan", "Kowalski", "Nadodrze", "j@example.pl"],
    ]
    run_import(
        ctx,
        "people",
        write_csv(tmp_path / "p.csv", people),
        ImportOptions(create_neighbourhoods=True),
    )
    ws = Workspace(ctx)
    ws.refresh_programmes()
    win = MainWindow(ws)
    win.remember_layout = False
    qtbot.addWidget(win)
    win.show()
    win.load_all()
    yield win


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _next(qtbot: QtBot, wizard: ImportWizard, expected: int) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == expected)


def _run(qtbot: QtBot, window: MainWindow, kind: Kind, path: Path) -> ImportWizard:
    import_actions(window).actions[kind].trigger()
    wizard = import_actions(window).wizard
    assert wizard is not None and wizard.source_page.kind_buttons[kind].isChecked()
    wizard.source_page.path_edit.setText(str(path))
    _next(qtbot, wizard, FILE)
    _next(qtbot, wizard, MAPPING)
    return wizard


def test_sessions_then_an_attendance_grid_with_one_date_left_out(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = window.workspace
    wizard = _run(qtbot, window, Kind.SESSIONS, write_xlsx(tmp_path / "zajęcia.xlsx", SESSIONS))
    assert wizard.mapping_page.combos["Liczba godzin"].currentText() == "Godziny"
    _next(qtbot, wizard, PREVIEW)
    assert [r.outcome for r in wizard.preview_page.model.rows()] == [Outcome.NEW] * 2
    assert not wizard.preview_page.neighbourhoods_group.isHidden()
    _next(qtbot, wizard, SUMMARY)
    _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert len(list_sessions(ws.ctx, _nadodrze_id(window))) == 2

    grid = write_xlsx(tmp_path / "obecność.xlsx", GRID)
    wizard = _run(qtbot, window, Kind.ATTENDANCE, grid)
    mapping = wizard.mapping_page
    assert mapping.header_note.text() == "Nagłówek to wiersz 2 pliku."
    assert mapping.combos["Nazwisko i imię"].currentData() == "full_name_reversed"
    later = mapping.combos["12.03.2022"]
    assert later.currentData() == SESSION_DATE
    assert later.currentText() == "obecność w dniu 12.03.2022"
    later.setFocus()
    qtbot.keyClick(later, Qt.Key.Key_Home)  # leave this session's column out
    assert wizard.state.overrides == {"12.03.2022": None}
    assert mapping.combos["12.03.2022"].currentData() is None
    _next(qtbot, wizard, PREVIEW)
    rows = wizard.preview_page.model.rows()
    assert [(r.row, r.result.label, r.outcome) for r in rows] == [
        (3, "Łęcka Żaneta", Outcome.NEW),
        (4, "Kowalski Jan", Outcome.NEW),
    ]
    assert wizard.preview_page.neighbourhoods_group.isHidden()  # attendance names none
    _next(qtbot, wizard, SUMMARY)
    assert wizard.summary_page.values["created"].text() == "2"

    ctx = ws.ctx
    left_out = ImportOptions(mapping={"12.03.2022": None})
    assert {r.outcome for r in preview(ctx, "attendance", grid, left_out).rows} == {
        Outcome.DUPLICATE
    }
    whole = preview(ctx, "attendance", grid).rows  # the left-out date was not written
    assert [(r.row, r.outcome) for r in whole] == [(3, Outcome.NEW), (4, Outcome.DUPLICATE)]


def _nadodrze_id(window: MainWindow) -> int:
    ws = window.workspace
    (nadodrze,) = list_neighbourhoods(ws.ctx, ws.programme_id)
    return nadodrze.id
