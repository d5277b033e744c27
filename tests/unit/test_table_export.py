"""One table to xlsx and csv: the given cells, text never run as a formula, atomic writes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from tests.workbook_fixtures import demo_ctx, demo_path  # noqa: F401
from wall_desktop.exports.table_export import Column, Table, neutralise, write_table
from wall_desktop.exports.workbook import TargetUnavailable, WorkbookOptions, export_workbook
from wall_desktop.exports.workbook.styles import clean_text
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Cancelled, NotFound
from wall_desktop.services.programmes import choose_programme
from wall_desktop.services.tables import TABLES, build_table

DANGEROUS = st.sampled_from(["=", "+", "-", "@", "\t", "\r"])
USER_TEXT = st.builds(
    lambda head, tail: head + tail,
    DANGEROUS,
    st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=30),
)


def _plain(value: object) -> str:
    """XML turns a bare CR into LF when read back; compare the text otherwise exactly."""
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n")


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Polish Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(USER_TEXT, min_size=1, max_size=5))
def test_user_text_never_becomes_a_formula(texts: list[str], tmp_path: Path) -> None:
    table = Table.of_text("Próba", ["Tekst", "Uwagi"], [[t, "zwykły"] for t in texts])
    xlsx = write_table(table, tmp_path / "t.xlsx")
    assert "<f>" not in _sheet_xml(xlsx) and "<f " not in _sheet_xml(xlsx)
    back = [r[0] for r in load_workbook(xlsx).active.iter_rows(min_row=2, values_only=True)]
    assert [_plain(v) for v in back] == [_plain(clean_text(t)) for t in texts]
    rows = _csv_rows(write_table(table, tmp_path / "t.csv"))
    assert rows[0] == ["Tekst", "Uwagi"]
    for text, row in zip(texts, rows[1:], strict=True):
        assert row[0].startswith("'") and row[0][1:2] == text[0]


def test_neutralise_leaves_ordinary_text_alone() -> None:
    assert neutralise("Żółć") == "Żółć"
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("+48 600 100 200") == "'+48 600 100 200"


def test_typed_values_keep_their_types(tmp_path: Path) -> None:
    table = Table(
        "Wydatki",
        (
            Column("Data", "date"),
            Column("Kwota", "money"),
            Column("Godziny", "hours"),
            Column("Opis"),
        ),
        [
            [dt.date(2022, 3, 5), Decimal("4000.00"), Decimal("2.5"), "Łódź – materiały"],
            [dt.date(2022, 3, 6), Decimal("-12.50"), None, '=HYPERLINK("x")'],
        ],
    )
    ws = load_workbook(write_table(table, tmp_path / "w.xlsx")).active
    assert ws["A2"].value == dt.datetime(2022, 3, 5) and ws["A2"].number_format == "DD.MM.YYYY"
    assert ws["B2"].value == 4000 and ws["B2"].number_format == '#,##0.00 "zł"'
    assert ws["D2"].value == "Łódź – materiały"
    assert ws["D3"].value == '=HYPERLINK("x")' and ws["D3"].data_type == "s"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:D3"
    rows = _csv_rows(write_table(table, tmp_path / "w.csv"))
    assert rows[1] == ["05.03.2022", "4000,00", "2,5", "Łódź – materiały"]
    assert rows[2] == ["06.03.2022", "-12,50", "", '\'=HYPERLINK("x")']


def test_every_named_table_exports(demo_ctx: Context, tmp_path: Path) -> None:  # noqa: F811
    from wall_desktop.services.certificates import issue_certificates

    programme = choose_programme(demo_ctx).id
    assert issue_certificates(demo_ctx, programme).issued
    for name in TABLES:
        table = build_table(demo_ctx, name, programme)
        assert table.rows, name
        rows = _csv_rows(write_table(table, tmp_path / f"{name}.csv"))
        assert rows[0] == [c.header for c in table.columns]
        assert len(rows) == len(table.rows) + 1
        ws = load_workbook(write_table(table, tmp_path / f"{name}.xlsx")).active
        assert ws.max_row == len(table.rows) + 1
    with pytest.raises(NotFound):
        build_table(demo_ctx, "nothing", programme)


def test_cancelled_export_leaves_the_folder_as_it_was(demo_ctx: Context, tmp_path: Path) -> None:  # noqa: F811
    programme = choose_programme(demo_ctx).id
    older = tmp_path / "raport.xlsx"
    older.write_bytes(b"the older file")
    before = sorted(p.name for p in tmp_path.iterdir())
    calls = {"n": 0}

    def cancel_midway() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        export_workbook(demo_ctx, WorkbookOptions(programme), older, cancelled=cancel_midway)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert older.read_bytes() == b"the older file"
    table = Table.of_text("T", ["a"], [["x"]] * 500)
    with pytest.raises(Cancelled):
        write_table(table, tmp_path / "t.csv", cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_unwritable_targets_give_clear_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = Table.of_text("T", ["a"], [["x"]])
    with pytest.raises(TargetUnavailable, match="nie istnieje"):
        write_table(table, tmp_path / "brak" / "t.xlsx")
    target = tmp_path / "open.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.replace", locked)
    with pytest.raises(TargetUnavailable, match="otwarty w innym programie"):
        write_table(table, target)
    assert target.read_bytes() == b"open in Excel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["open.xlsx"]
