"""Property: on any file, the importer raises only its own typed errors and a failed
import leaves every table as it was."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import make_programme
from tests.import_factories import counts, write_csv, write_xlsx
from wall_desktop.app import open_database
from wall_desktop.services.context import Context
from wall_desktop.services.errors import WallError
from wall_desktop.services.importing import ImportOptions, run_import

HEADERS = [
    "Imię",
    "Nazwisko",
    "E-mail",
    "Telefon",
    "Osiedle",
    "Płeć",
    "Data urodzenia",
    "Rok urodzenia",
    "Rola",
    "Zgoda RODO",
    "Data",
    "Temat",
    "Godziny",
    "Obecność",
    "Uczestnik",
    "05.03.2022",
    "Kolor",
]

tricky = st.sampled_from(
    [
        "31.02.2022",
        "05.03.2022",
        "2022-03-05",
        "=A1",
        "TAK",
        "x",
        "nie",
        "K",
        "Nadodrze",
        "a@b.pl",
        "zły@",
        "600 100 200",
        "-1",
        "1e9",
        "NaN",
        "∞",
        "25:99",
        "Żaneta Łęcka",
        "u",
    ]
)
# The tricky values are drawn most often, so that they meet the columns they break.
cells = st.one_of(
    tricky,
    tricky,
    tricky,
    st.none(),
    st.text(max_size=12),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=False),
    st.dates(min_value=dt.date(1900, 1, 1)),
)
BASE = {
    "people": ["Imię", "Nazwisko"],
    "sessions": ["Osiedle", "Data", "Temat", "Godziny"],
    "attendance": ["Uczestnik", "Data"],
}


@st.composite
def kinds_and_headers(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Mostly a header the import accepts (so rows get checked), sometimes any header."""
    kind = draw(st.sampled_from(sorted(BASE)))
    extra = draw(st.lists(st.sampled_from(HEADERS), max_size=4))
    if draw(st.integers(0, 4)) == 0:
        return kind, extra or ["Kolor"]
    header = BASE[kind] + extra
    return kind, draw(st.permutations(header))


rows = st.lists(st.lists(cells, max_size=8), max_size=6)


@pytest.fixture(scope="module")
def shared() -> Iterator[tuple[Context, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "wall.sqlite")
        make_programme(db)
        yield Context(db, "Tester"), Path(folder)
        db.dispose()


def _check(ctx: Context, path: Path, kind: str, options: ImportOptions) -> None:
    before = counts(ctx)
    try:
        run_import(ctx, kind, path, options)
    except WallError:
        assert counts(ctx) == before
    except Exception as exc:  # pragma: no cover - the property's failure
        raise AssertionError(f"untyped error {type(exc).__name__}: {exc}") from exc


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind_and_header=kinds_and_headers(),
    body=rows,
    as_xlsx=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1250"]),
    delimiter=st.sampled_from([";", ",", "\t"]),
    valid_only=st.booleans(),
    create=st.booleans(),
)
def test_malformed_rows(
    shared: tuple[Context, Path],
    kind_and_header: tuple[str, list[str]],
    body: list[list[object]],
    as_xlsx: bool,
    encoding: str,
    delimiter: str,
    valid_only: bool,
    create: bool,
) -> None:
    ctx, folder = shared
    kind, header = kind_and_header
    table = [header, *body]
    if as_xlsx:
        xlsx_rows = [[_xlsx_safe(c) for c in r] for r in table]
        path = write_xlsx(folder / "h.xlsx", xlsx_rows)
    else:
        text_rows = [["" if c is None else str(c) for c in r] for r in table]
        try:
            path = write_csv(folder / "h.csv", text_rows, encoding, delimiter)
        except UnicodeEncodeError:
            path = write_csv(folder / "h.csv", text_rows, "utf-8", delimiter)
    options = ImportOptions(
        valid_only=valid_only,
        create_neighbourhoods=create,
        report_path=folder / "left-out.xlsx",
        backup=False,
    )
    _check(ctx, path, kind, options)


def _xlsx_safe(cell: object) -> object:
    """openpyxl refuses control characters in cells; a spreadsheet cannot hold them anyway."""
    if isinstance(cell, str):
        return "".join(ch for ch in cell if ch >= " " or ch in "\t\n")
    if isinstance(cell, float) and cell != cell:
        return None
    return cell


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=3000),
    prefix=st.sampled_from(
        [b"", b"PK\x03\x04", b"%PDF", b"\xef\xbb\xbf", b"Imi\xc4\x99;Nazwisko\n"]
    ),
    kind=st.sampled_from(["people", "sessions", "attendance"]),
)
def test_arbitrary_bytes(
    shared: tuple[Context, Path], data: bytes, prefix: bytes, kind: str
) -> None:
    ctx, folder = shared
    path = folder / "junk.xlsx"
    path.write_bytes(prefix + data)
    _check(ctx, path, kind, ImportOptions(backup=False))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cut=st.floats(min_value=0.05, max_value=0.95), flips=st.lists(st.integers(0, 10**6), max_size=5)
)
def test_damaged_workbooks(shared: tuple[Context, Path], cut: float, flips: list[int]) -> None:
    ctx, folder = shared
    good = write_xlsx(folder / "good.xlsx", [["Imię", "Nazwisko"], ["Ala", "Kot"], ["Ola", "Pies"]])
    data = bytearray(good.read_bytes())
    for at in flips:
        data[at % len(data)] ^= 0xFF
    damaged = folder / "damaged.xlsx"
    damaged.write_bytes(bytes(data[: max(1, int(len(data) * cut))]) if cut < 0.9 else bytes(data))
    _check(ctx, damaged, "people", ImportOptions(backup=False))
