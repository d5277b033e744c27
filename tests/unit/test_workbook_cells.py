"""StyleBook's fast cells: the same types and formats openpyxl would give, text never a formula."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from wall_desktop.exports.workbook import sheet as sheet_module
from wall_desktop.exports.workbook.sheet import Column, TableSheet
from wall_desktop.exports.workbook.styles import DATE_FORMAT, MONEY_FORMAT, Formula


def test_cells_round_trip_with_their_types_and_formats(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    columns = [
        Column("Tekst"),
        Column("Kwota", "money"),
        Column("Data", "date"),
        Column("Liczba", "integer"),
    ]
    sheet = TableSheet(wb, "Próba", columns)
    sheet.append(['=HYPERLINK("x")', Decimal("12.50"), dt.date(2026, 3, 1), 7])
    sheet.append([dt.date(2026, 5, 4), Formula("=SUM(B2:B2)"), None, True])
    sheet.append(["a\x01b", Decimal("0.00"), dt.datetime(2026, 1, 2, 3, 4), 3.5])
    sheet.close()
    target = tmp_path / "cells.xlsx"
    wb.save(target)

    ws = load_workbook(target)["Próba"]
    assert ws["A2"].value == '=HYPERLINK("x")' and ws["A2"].data_type == "s"
    assert ws["B2"].value == 12.5 and ws["B2"].number_format == MONEY_FORMAT
    assert ws["C2"].value == dt.datetime(2026, 3, 1) and ws["C2"].number_format == DATE_FORMAT
    assert ws["D2"].value == 7
    # a date in a text column gets a date format of its own, as openpyxl would give it
    assert ws["A3"].value == dt.datetime(2026, 5, 4) and ws["A3"].is_date
    assert ws["B3"].data_type == "f" and ws["B3"].value == "=SUM(B2:B2)"
    assert ws["C3"].value is None and ws["D3"].value is True
    assert ws["A4"].value == "ab"  # characters the xlsx XML cannot hold are dropped
    assert ws["C4"].value == dt.datetime(2026, 1, 2, 3, 4) and ws["D4"].value == 3.5
    # every data cell of a column shares one style; the header has its own
    assert ws["B2"].style_id == ws["B4"].style_id != ws["B1"].style_id
    assert ws["A1"].font.bold and not ws["A2"].font.bold


def _written(tmp_path: Path, name: str, rows: list[list[object]]) -> list[tuple[object, ...]]:
    wb = Workbook(write_only=True)
    columns = [
        Column("T"),
        Column("Kwota", "money"),
        Column("Data", "date"),
        Column("Godz", "time"),
    ]
    sheet = TableSheet(wb, "Próba", columns)
    for row in rows:
        sheet.append(row)
    sheet.append(["Razem", Formula("=SUM(B2:B3)"), None, None], "total")
    sheet.close()
    target = tmp_path / name
    wb.save(target)
    return [
        (c.coordinate, c.value, c.data_type, c.number_format, repr(c.font), repr(c.border))
        for row in load_workbook(target)["Próba"].iter_rows()
        for c in row
    ]


def test_rendered_rows_read_back_as_openpyxl_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[list[object]] = [
        ["a & <b> > c", Decimal("1234.56"), dt.date(1900, 1, 15), dt.time(9, 30)],
        ["  odstęp ", Decimal("-0.10"), dt.datetime(2026, 1, 2, 3, 4), None],
        ["", 7, None, dt.time(0, 0)],
        ["wiersz\ndrugi\x02", 3.25, dt.date(2026, 12, 31), dt.time(23, 59)],
        [True, False, None, None],
        [],
    ]
    assert sheet_module.RAW_ROWS  # the rendered rows are what is compared
    rendered = _written(tmp_path, "raw.xlsx", rows)
    monkeypatch.setattr(sheet_module, "RAW_ROWS", False)
    assert rendered == _written(tmp_path, "cells.xlsx", rows)
    assert rendered[4][:3] == ("A2", "a & <b> > c", "s")  # after the header's four cells
