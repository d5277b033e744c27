"""Reading import files: csv encodings and separators, xlsx layouts, and every bad file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.factories import make_programme
from tests.import_factories import PEOPLE_HEADER, PEOPLE_ROWS, counts, write_csv, write_xlsx
from wall_desktop.services.context import Context
from wall_desktop.services.importing import (
    ImportError_,
    ImportFileError,
    ImportMappingError,
    ImportOptions,
    Outcome,
    detect,
    preview,
    run_import,
)
from wall_desktop.services.importing.reading import iter_rows


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_encodings_and_separators_are_detected(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = write_csv(tmp_path / "p.csv", [PEOPLE_HEADER, *PEOPLE_ROWS], encoding, delimiter)
    found = detect(path)
    assert (found.format, found.encoding, found.delimiter) == ("csv", encoding, delimiter)
    rows = list(iter_rows(found))
    assert rows[1] == (2, PEOPLE_ROWS[0])  # Polish letters intact
    assert rows[0][1][0] == "Imię"


def test_the_user_may_overrule_the_detection(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["a;b", "c"], ["d;e", "f"]], delimiter=",")
    assert detect(path, delimiter=";").delimiter == ";"


def test_xlsx_with_title_rows_blank_rows_and_merged_cells(tmp_path: Path, ctx: Context) -> None:
    make_programme(ctx.db)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Uczestnicy"
    ws["A1"] = "Lista uczestników – WALL 2022"
    ws.merge_cells("A1:D1")
    ws.append([])
    ws.append(["Imię", "Nazwisko", "Osiedle", "Data urodzenia"])
    ws.append(["Anna", "Żak", "Nadodrze", dt.datetime(1990, 1, 2)])
    ws.append(["Ewa", "Łoś", None, 32874])  # the neighbourhood cell is merged from above
    ws.merge_cells("C4:C5")
    ws.append(["Piotr", "Ćwik", "Księże Małe", "05.03.1991"])
    wb.save(tmp_path / "u.xlsx")
    other = wb.create_sheet("Inne")
    other.append(["x"])
    wb.save(tmp_path / "u.xlsx")
    found = detect(tmp_path / "u.xlsx")
    assert found.sheets == ("Uczestnicy", "Inne") and found.sheet == "Uczestnicy"
    result = preview(ctx, "people", tmp_path / "u.xlsx", ImportOptions(create_neighbourhoods=True))
    assert result.header_row == 3
    assert [r.outcome for r in result.rows] == [Outcome.NEW] * 3
    assert set(result.new_neighbourhoods) == {"Nadodrze", "Księże Małe"}
    summary = run_import(
        ctx, "people", tmp_path / "u.xlsx", ImportOptions(create_neighbourhoods=True)
    )
    assert summary.created == 3
    from sqlalchemy import select

    from wall_desktop.db.models import Enrolment, Neighbourhood, Person

    with ctx.db.read() as s:
        pairs = s.execute(
            select(Person.last_name, Neighbourhood.name, Person.birth_date)
            .join(Enrolment, Enrolment.person_id == Person.id)
            .join(Neighbourhood, Neighbourhood.id == Enrolment.neighbourhood_id)
            .order_by(Person.id)
        ).all()
    assert [tuple(p) for p in pairs] == [
        ("Żak", "Nadodrze", dt.date(1990, 1, 2)),
        ("Łoś", "Nadodrze", dt.date(1990, 1, 1)),
        ("Ćwik", "Księże Małe", dt.date(1991, 3, 5)),
    ]


def _bad_files(tmp: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    (tmp / "empty.csv").write_bytes(b"")
    files["empty csv"] = tmp / "empty.csv"
    (tmp / "blank.xlsx").write_bytes(b"  \n")
    files["blank xlsx"] = tmp / "blank.xlsx"
    (tmp / "doc.xlsx").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n")
    files["renamed pdf"] = tmp / "doc.xlsx"
    (tmp / "random.csv").write_bytes(os.urandom(4096))
    files["random bytes"] = tmp / "random.csv"
    good = write_xlsx(tmp / "good.xlsx", [PEOPLE_HEADER, *PEOPLE_ROWS])
    data = good.read_bytes()
    (tmp / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    files["truncated xlsx"] = tmp / "truncated.xlsx"
    corrupt = bytearray(data)
    for i in range(200, len(corrupt) - 200, 97):
        corrupt[i] ^= 0x5A
    (tmp / "corrupt.xlsx").write_bytes(bytes(corrupt))
    files["corrupt xlsx"] = tmp / "corrupt.xlsx"
    files["utf-16 csv"] = write_csv(tmp / "u16.csv", [PEOPLE_HEADER, *PEOPLE_ROWS], "utf-16")
    files["iso-8859-2 csv"] = write_csv(
        tmp / "l2.csv",
        [PEOPLE_HEADER, ["Łucja", "Ślązak", "", "", "Osiedle Świętego Jana"]],
        "iso-8859-2",
    )
    (tmp / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    files["old xls"] = tmp / "old.xls"
    return files


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty csv", "jest pusty"),
        ("blank xlsx", "jest pusty"),
        ("renamed pdf", "dokument PDF"),
        ("random bytes", "nie jest arkuszem"),
        ("truncated xlsx", "uszkodzony"),
        ("corrupt xlsx", "uszkodzony"),
        ("utf-16 csv", "kodowanie"),
        ("iso-8859-2 csv", "kodowanie"),
        ("old xls", "xls"),
    ],
)
def test_bad_files_get_a_clear_message_and_change_nothing(
    tmp_path: Path, ctx: Context, name: str, message: str
) -> None:
    make_programme(ctx.db)
    before = counts(ctx)
    path = _bad_files(tmp_path)[name]
    with pytest.raises(ImportFileError, match=message):
        run_import(ctx, "people", path, ImportOptions(create_neighbourhoods=True))
    assert counts(ctx) == before


def test_no_recognisable_header(tmp_path: Path, ctx: Context) -> None:
    make_programme(ctx.db)
    path = write_csv(tmp_path / "x.csv", [["Kolor", "Smak"], ["zielony", "słodki"]])
    with pytest.raises(ImportMappingError, match="Nie rozpoznano żadnej kolumny"):
        preview(ctx, "people", path)
    half = write_csv(tmp_path / "y.csv", [["Imię", "Kolor"], ["Ala", "zielony"]])
    with pytest.raises(ImportMappingError, match="brakuje kolumny"):
        preview(ctx, "people", half)
    # ...and the user's mapping names the missing column.
    mapped = preview(ctx, "people", half, ImportOptions(mapping={"Kolor": "last_name"}))
    assert mapped.rows[0].label == "Ala zielony"


def test_unknown_sheet_and_unknown_mapped_field(tmp_path: Path, ctx: Context) -> None:
    make_programme(ctx.db)
    path = write_xlsx(tmp_path / "p.xlsx", [PEOPLE_HEADER, *PEOPLE_ROWS], title="Lista")
    with pytest.raises(ImportFileError, match="nie ma arkusza „Brak”"):
        preview(ctx, "people", path, ImportOptions(sheet="Brak"))
    with pytest.raises(ImportError_, match="nieznane pole"):
        preview(ctx, "people", path, ImportOptions(mapping={"Płeć": "shoe_size"}))
