"""“Export this table”: exactly the rows and columns shown, typed values, formulas neutralised."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from wall_desktop.gui import export_dialogs
from wall_desktop.gui.actions.export import export_actions
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs.budgets import BudgetsTab
from wall_desktop.gui.tabs.people import PeopleTab
from wall_desktop.gui.tabs.trainings import TrainingsTab
from wall_desktop.gui.view_export import typed_cell
from wall_desktop.services.people import EnrolmentInput, PersonInput, create_person

HOURS, SHARE, AGE_GROUP = 5, 6, 4  # columns of the People tab


class SaveAs:
    """The save dialog's stand-in: answers ``target``, remembers what it suggested."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.suggested: list[Path] = []

    def __call__(self, _parent: object, _caption: str, suggestion: Path, _filters: str) -> str:
        self.suggested.append(suggestion)
        return str(self.target)


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SaveAs:
    answer = SaveAs(tmp_path / "out.xlsx")
    monkeypatch.setattr(export_dialogs, "ask_save_path", answer)
    return answer


def _people(window: MainWindow) -> PeopleTab:
    tab = window.page(PeopleTab)
    window.tabs.setCurrentWidget(tab)
    assert isinstance(tab, PeopleTab)
    return tab


def _shown(tab: PeopleTab, columns: list[int]) -> list[list[str]]:
    return [[tab.proxy.index(r, c).data() for c in columns] for r in range(tab.proxy.rowCount())]


def _click_header(qtbot: QtBot, tab: PeopleTab, column: int) -> None:
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _filtered_and_sorted(window: MainWindow, qtbot: QtBot) -> tuple[PeopleTab, list[int]]:
    tab = _people(window)
    qtbot.keyClicks(tab.search, "a")
    _click_header(qtbot, tab, HOURS)
    _click_header(qtbot, tab, HOURS)  # the second click: most hours first
    tab.table.setColumnHidden(AGE_GROUP, True)
    columns = [c for c in range(tab.model.columnCount()) if c != AGE_GROUP]
    assert 2 < tab.row_count() < tab.model.total_rows()
    return tab, columns


def _done_box(tab: PeopleTab) -> QMessageBox:
    box = tab.findChild(QMessageBox, "export_done")
    assert isinstance(box, QMessageBox)
    return box


def test_people_filtered_and_sorted_export_to_xlsx_exactly_as_shown(
    window: MainWindow, qtbot: QtBot, save_as: SaveAs, tmp_path: Path
) -> None:
    tab, columns = _filtered_and_sorted(window, qtbot)
    shown = _shown(tab, columns)
    rows = [tab.proxy.row_at(r) for r in range(tab.row_count())]
    hours = [tab.progress[r.id].attended_hours if r.id in tab.progress else None for r in rows]
    known = [h for h in hours if h is not None]
    assert known == sorted(known, reverse=True) and known[0] > known[-1]  # most hours first
    target = tmp_path / "osoby.xlsx"
    save_as.target = target
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert Path(save_as.suggested[0]).name == f"WALL – Osoby {dt.date.today().isoformat()}.xlsx"
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    assert values[0] == headers and "Grupa wiekowa" not in headers
    body = values[1:]
    assert len(body) == len(shown)
    assert [r[0] for r in body] == [s[0] for s in shown]  # names, in the order shown
    hours_at = columns.index(HOURS)
    share_at = columns.index(SHARE)
    for row, person, expected in zip(body, rows, hours, strict=True):
        if expected is None:
            assert row[hours_at] is None
            continue
        assert isinstance(row[hours_at], int | float)  # a number, not "12,5 h"
        assert Decimal(str(row[hours_at])) == expected
        share = tab.progress[person.id].share
        assert Decimal(str(row[share_at])).quantize(Decimal("0.0001")) == share / 100
    assert sheet.cell(2, hours_at + 1).number_format == "0.0#"
    box = _done_box(tab)
    assert str(target) in box.text() and str(len(shown)) in box.text()
    box.close()


def test_people_filtered_and_sorted_export_to_csv_exactly_as_shown(
    window: MainWindow, qtbot: QtBot, save_as: SaveAs, tmp_path: Path
) -> None:
    tab, columns = _filtered_and_sorted(window, qtbot)
    shown = _shown(tab, columns)
    target = tmp_path / "osoby.csv"
    save_as.target = target
    export_actions(window).table_action.trigger()

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    with open(target, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    assert lines[0] == [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    assert len(lines) - 1 == len(shown)
    hours_at = columns.index(HOURS)
    for line, seen in zip(lines[1:], shown, strict=True):
        assert line[0] == seen[0]
        text_columns = [j for j, c in enumerate(columns) if c not in (HOURS, SHARE)]
        assert [line[j] for j in text_columns] == [seen[j] for j in text_columns]
        if seen[hours_at]:  # "12,5 h" on screen, the number 12,5 in the file
            number = Decimal(line[hours_at].replace(",", "."))
            assert seen[hours_at].replace("\u00a0h", "") == _trimmed(number)
    _done_box(tab).close()


def _trimmed(value: Decimal) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def test_a_formula_looking_name_is_neutralised_in_csv_and_text_in_xlsx(
    window: MainWindow, qtbot: QtBot, save_as: SaveAs, tmp_path: Path
) -> None:
    ws = window.workspace
    create_person(ws.ctx, PersonInput("Żaneta", "=SUM(A1)"), EnrolmentInput(ws.programme_id))
    tab = _people(window)
    tab.load()
    _click_header(qtbot, tab, 0)  # by name: "=SUM…" sorts first
    name = "=SUM(A1) Żaneta"
    assert name in [s[0] for s in _shown(tab, [0])]

    save_as.target = tmp_path / "osoby.csv"
    export_actions(window).table_action.trigger()
    with open(save_as.target, encoding="utf-8-sig", newline="") as fh:
        cells = [line[0] for line in csv.reader(fh, delimiter=";")]
    assert "'" + name in cells and name not in cells
    _done_box(tab).close()

    save_as.target = tmp_path / "osoby.xlsx"
    export_actions(window).table_action.trigger()
    sheet = load_workbook(save_as.target).active
    (cell,) = [c for c in sheet["A"] if c.value == name]
    assert cell.data_type == "s"
    with zipfile.ZipFile(save_as.target) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_right_click_on_a_table_offers_export(
    window: MainWindow, save_as: SaveAs, tmp_path: Path
) -> None:
    tab = _people(window)
    viewport = tab.table.viewport()
    pos = QPoint(20, 10)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos), Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(viewport, event)
    menu = tab.context_menu
    assert menu is not None and menu.isVisible()
    (action,) = [a for a in menu.actions() if a.objectName() == "export_this_table"]
    assert action.text() == "Eksportuj tę tabelę…"
    save_as.target = tmp_path / "z menu.xlsx"
    action.trigger()
    menu.close()
    sheet = load_workbook(save_as.target).active
    assert sheet.max_row == tab.row_count() + 1
    _done_box(tab).close()


def test_the_focused_table_of_a_tab_is_the_one_exported(
    window: MainWindow, save_as: SaveAs, tmp_path: Path
) -> None:
    budgets = window.page(BudgetsTab)
    assert isinstance(budgets, BudgetsTab)
    window.tabs.setCurrentWidget(budgets)
    budgets.lines_table.setFocus()
    save_as.target = tmp_path / "linie.xlsx"
    export_actions(window).table_action.trigger()
    sheet = load_workbook(save_as.target).active
    headers = [c.value for c in next(sheet.iter_rows(max_row=1))]
    lines = budgets.lines_model
    assert (
        headers[: lines.columnCount()]
        == [lines.headerData(c, Qt.Orientation.Horizontal) for c in range(lines.columnCount())][
            : len(headers)
        ]
    )
    assert sheet.max_row == budgets.lines_proxy.rowCount() + 1
    money = [c.value for c in sheet["D"][1:]]  # "Planned": numbers, in złoty
    assert money and all(isinstance(v, int | float) for v in money)
    assert sheet["D"][1].number_format == '#,##0.00 "zł"'


def test_the_attendance_grid_exports_with_its_frozen_people_columns(
    window: MainWindow, save_as: SaveAs, tmp_path: Path
) -> None:
    tab = window.page(TrainingsTab)
    assert isinstance(tab, TrainingsTab)
    window.tabs.setCurrentWidget(tab)
    grid = tab.panel.view
    grid.setFocus()
    assert tab.export_view() is grid
    model = grid.model()
    assert model.rowCount() > 0
    save_as.target = tmp_path / "obecność.xlsx"
    tab.export_table()
    sheet = load_workbook(save_as.target).active
    headers = [c.value for c in next(sheet.iter_rows(max_row=1))]
    expected = [
        str(model.headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ")
        for c in range(model.columnCount())
        if not (grid.isColumnHidden(c) and tab.panel.frozen.isColumnHidden(c))
    ]
    assert headers == expected
    assert headers[0] == model.headerData(0, Qt.Orientation.Horizontal)  # the people's column
    assert sheet.max_row == model.rowCount() + 1


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("4\u00a0000,00\u00a0zł", Decimal("4000.00"), ("money", Decimal("4000.00"))),
        ("12,5\u00a0h", Decimal("12.50"), ("hours", Decimal("12.50"))),
        ("81,3\u00a0%", Decimal("81.3"), ("percent", Decimal("0.813"))),
        ("05.03.2023", (dt.date(2023, 3, 5), 17), ("date", dt.date(2023, 3, 5))),
        ("17:30", (dt.time(17, 30), dt.time(19)), ("time", dt.time(17, 30))),
        ("12", 12, ("integer", 12)),
        ("3 / 5", (3, 5), None),  # two figures in one cell: text
        ("w realizacji", 2, None),  # a status ordered by a number: the words are exported
        ("tak", True, None),
        ("12,5\u00a0h", Decimal("12.40"), None),  # shown differently: never trusted
    ],
)
def test_typed_values_only_when_they_show_as_the_cell(
    text: str, key: object, expected: object
) -> None:
    assert typed_cell(text, key) == expected
