"""Importing people: preview outcomes, all-or-nothing, valid rows only, duplicates, round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.factories import make_programme
from tests.import_factories import PEOPLE_HEADER, PEOPLE_ROWS, counts, write_csv, write_xlsx
from wall_desktop.db.enums import ConsentKind, EnrolmentStatus, Gender, Role
from wall_desktop.db.models import Consent, Enrolment, EnrolmentRole, Neighbourhood, Person
from wall_desktop.services.backup import default_backup_folder
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Cancelled
from wall_desktop.services.importing import (
    ImportOptions,
    ImportRefused,
    OnDuplicate,
    Outcome,
    preview,
    run_import,
)

ALL_NEW = ImportOptions(create_neighbourhoods=True)


@pytest.fixture
def programme(ctx: Context) -> int:
    return make_programme(ctx.db)


def _people(ctx: Context) -> list[tuple[str, str, str | None, str | None]]:
    with ctx.db.read() as s:
        rows = s.execute(
            select(Person.first_name, Person.last_name, Person.email, Person.phone).order_by(
                Person.id
            )
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _mixed_file(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "mixed.xlsx",
        [
            ["Rekrutacja – osiedle Nadodrze"],
            [],
            PEOPLE_HEADER,
            PEOPLE_ROWS[0],
            ["Jan", "Kowalski", "jan(at)example.pl", "600100201", "Nadodrze", "M", ""],
            ["Ewa", "Zięba", "", "", "Nadodrze", "K", "31.02.2022"],
            ["Ola", "Nowak", "", "600 100 202", "Nadodrze", "k", ""],
            ["Ola", "Nowak", "", "+48 600-100-202", "Nadodrze", "k", ""],
        ],
    )


def test_preview_lists_every_row_with_its_source_row_and_writes_nothing(
    tmp_path: Path, ctx: Context, programme: int
) -> None:
    before = counts(ctx)
    result = preview(ctx, "people", _mixed_file(tmp_path), ALL_NEW)
    assert [(r.row, r.outcome) for r in result.rows] == [
        (4, Outcome.NEW),
        (5, Outcome.ERROR),
        (6, Outcome.ERROR),
        (7, Outcome.NEW),
        (8, Outcome.DUPLICATE),
    ]
    assert result.rows[1].message() == (
        "Wiersz 5: „jan(at)example.pl” nie jest poprawnym adresem e-mail"
    )
    assert result.rows[2].message() == (
        "Wiersz 6: Data urodzenia: „31.02.2022” nie jest poprawną datą"
    )
    assert "wierszu 7" in result.rows[4].message()
    assert result.new_neighbourhoods == ("Nadodrze",)
    assert counts(ctx) == before


def test_all_or_nothing_refuses_the_whole_file(
    tmp_path: Path, ctx: Context, programme: int, db_path: Path
) -> None:
    before = counts(ctx)
    with pytest.raises(ImportRefused, match="2 wiersze zawierają błędy") as refused:
        run_import(ctx, "people", _mixed_file(tmp_path), ALL_NEW)
    assert refused.value.preview.count(Outcome.ERROR) == 2
    assert counts(ctx) == before
    # No copy is left of a database the import did not change.
    assert not list(default_backup_folder(db_path).glob("*import*"))


def test_valid_only_imports_the_rest_and_reports_the_left_out_rows(
    tmp_path: Path, ctx: Context, programme: int, db_path: Path
) -> None:
    report = tmp_path / "raport.xlsx"
    summary = run_import(
        ctx,
        "people",
        _mixed_file(tmp_path),
        ImportOptions(create_neighbourhoods=True, valid_only=True, report_path=report),
    )
    assert (summary.created, summary.skipped, summary.left_out) == (2, 1, 3)
    assert _people(ctx) == [
        ("Żaneta", "Łęcka-Źróbek", "zaneta@example.pl", "+48 600 100 200"),
        ("Ola", "Nowak", None, "+48 600 100 202"),
    ]
    assert summary.backup_path is not None and summary.backup_path.exists()
    assert summary.backup_path.parent == default_backup_folder(db_path)
    assert summary.report_path == report
    ws = load_workbook(report).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("Wiersz", "Wynik", "Powód", "Imię")
    assert [r[0] for r in rows[1:]] == [5, 6, 8]
    assert rows[1][1] == "błąd" and "e-mail" in str(rows[1][2])
    assert rows[1][3:5] == ("Jan", "Kowalski")


def test_enrolment_roles_consents_and_neighbourhoods(
    tmp_path: Path, ctx: Context, programme: int
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            [
                "Imię i nazwisko",
                "Osiedle",
                "Rola",
                "Płeć",
                "Rok urodzenia",
                "Zgoda RODO",
                "Zgoda na wizerunek",
                "Opiekun prawny",
                "Data zgody",
            ],
            [
                "Anna Maria Wójcik",
                "Nadodrze",
                "uczestniczka, liderka",
                "kobieta",
                "1980",
                "TAK",
                "nie",
                "",
                "01.03.2022",
            ],
            ["Kuba Mały", "Nadodrze", "", "M", "2012", "x", "x", "", "01.03.2022"],
            ["Kasia Mała", "Nadodrze", "", "K", "2012", "x", "", "Jan Mały", "01.03.2022"],
        ],
        delimiter=",",
    )
    with pytest.raises(ImportRefused):
        run_import(ctx, "people", path)  # Nadodrze does not exist and may not be created
    result = preview(ctx, "people", path, ALL_NEW)
    assert result.rows[1].outcome is Outcome.ERROR
    assert "opiekuna prawnego" in result.rows[1].message()
    summary = run_import(
        ctx, "people", path, ImportOptions(create_neighbourhoods=True, valid_only=True)
    )
    assert summary.created == 2
    with ctx.db.read() as s:
        anna = s.execute(select(Person).where(Person.last_name == "Wójcik")).scalar_one()
        assert (anna.first_name, anna.gender, anna.birth_year) == ("Anna Maria", Gender.WOMAN, 1980)
        enrolment = s.execute(select(Enrolment).where(Enrolment.person_id == anna.id)).scalar_one()
        assert enrolment.programme_id == programme
        assert enrolment.status is EnrolmentStatus.ACCEPTED
        nb = s.get(Neighbourhood, enrolment.neighbourhood_id)
        assert nb is not None and nb.name == "Nadodrze"
        roles = s.execute(
            select(EnrolmentRole.role).where(EnrolmentRole.enrolment_id == enrolment.id)
        ).scalars()
        assert set(roles) == {Role.PARTICIPANT, Role.LEADER}
        consents = s.execute(select(Consent.kind, Consent.given_on, Consent.guardian_name)).all()
        assert {tuple(c) for c in consents} == {
            (ConsentKind.DATA_PROCESSING, dt.date(2022, 3, 1), None),
            (ConsentKind.DATA_PROCESSING, dt.date(2022, 3, 1), "Jan Mały"),
        }
        assert s.execute(select(Neighbourhood)).scalars().all().__len__() == 1


def test_importing_the_same_file_twice_creates_no_duplicates(
    tmp_path: Path, ctx: Context, programme: int
) -> None:
    path = write_csv(
        tmp_path / "p.csv", [PEOPLE_HEADER, *PEOPLE_ROWS, ["Jan", "Bez", "", "", "", "", ""]]
    )
    first = run_import(ctx, "people", path, ALL_NEW)
    assert first.created == 4
    before = counts(ctx)
    again = run_import(ctx, "people", path, ALL_NEW)
    assert (again.created, again.skipped, again.written) == (0, 4, False)
    assert counts(ctx) == before
    again_preview = preview(ctx, "people", path, ALL_NEW)
    assert {r.outcome for r in again_preview.rows} == {Outcome.DUPLICATE}


def test_update_chosen_for_all_or_for_one_row(tmp_path: Path, ctx: Context, programme: int) -> None:
    run_import(ctx, "people", write_csv(tmp_path / "a.csv", [PEOPLE_HEADER, *PEOPLE_ROWS]), ALL_NEW)
    changed = [
        PEOPLE_HEADER,
        ["Żaneta", "Łęcka-Źróbek", "zaneta@example.pl", "600 999 999", "Nadodrze", "K", ""],
        ["Jan", "Kowalski", "jan@example.pl", "600 999 998", "Nadodrze", "M", ""],
    ]
    path = write_csv(tmp_path / "b.csv", changed)
    result = preview(ctx, "people", path, ImportOptions(decisions={2: OnDuplicate.UPDATE}))
    assert [r.outcome for r in result.rows] == [Outcome.UPDATE, Outcome.DUPLICATE]
    summary = run_import(ctx, "people", path, ImportOptions(on_duplicate=OnDuplicate.UPDATE))
    assert (summary.created, summary.updated) == (0, 2)
    phones = {p[1]: p[3] for p in _people(ctx)}
    assert phones["Łęcka-Źróbek"] == "+48 600 999 999"
    with ctx.db.read() as s:
        born = s.execute(select(Person.birth_date).where(Person.last_name == "Kowalski")).scalar()
    assert born == dt.date(1985, 11, 30)  # an empty cell does not erase what is stored


def test_shape_errors_and_formulas(tmp_path: Path, ctx: Context, programme: int) -> None:
    path = tmp_path / "shape.csv"
    path.write_text(
        "Imię;Nazwisko;E-mail\nAla;Kot;ala@example.pl\nOla;Pies\nEla;Mysz;e@example.pl;nadmiar\n",
        encoding="utf-8",
    )
    rows = preview(ctx, "people", path).rows
    assert [r.outcome for r in rows] == [Outcome.NEW, Outcome.ERROR, Outcome.ERROR]
    assert "ma 2 komórek, a nagłówek 3" in rows[1].message()
    assert "więcej niż 3 kolumn" in rows[2].message()
    book = write_xlsx(tmp_path / "f.xlsx", [["Imię", "Nazwisko"], ["Ala", '=UPPER("kot")']])
    formula = preview(ctx, "people", book).rows[0]
    assert formula.outcome is Outcome.ERROR
    assert formula.message() == (
        'Wiersz 2: Nazwisko: komórka zawiera formułę (=UPPER("kot")); wklej same wartości'
    )


def test_cancel_writes_nothing_and_progress_is_reported(
    tmp_path: Path, ctx: Context, programme: int
) -> None:
    rows = [PEOPLE_HEADER] + [
        [f"Osoba{i}", f"Testowa{i}", f"o{i}@example.pl", "", "Nadodrze", "", ""] for i in range(900)
    ]
    path = write_csv(tmp_path / "many.csv", rows)
    before = counts(ctx)
    seen: list[tuple[int, int]] = []
    calls = iter(range(10_000))
    with pytest.raises(Cancelled):
        run_import(ctx, "people", path, ALL_NEW, cancelled=lambda: next(calls) > 700)
    assert counts(ctx) == before
    summary = run_import(ctx, "people", path, ALL_NEW, progress=lambda d, t: seen.append((d, t)))
    assert summary.created == 900
    assert len(seen) >= 4 and seen[-1][0] == seen[-1][1] == path.stat().st_size
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_round_trip_export_then_import_into_an_empty_database(
    tmp_path: Path, ctx: Context, programme: int
) -> None:
    from wall_desktop.app import open_database

    run_import(ctx, "people", write_csv(tmp_path / "a.csv", [PEOPLE_HEADER, *PEOPLE_ROWS]), ALL_NEW)
    exported = _export_people(ctx, tmp_path / "eksport.xlsx")
    other_db = open_database(tmp_path / "other.sqlite")
    try:
        other = Context(other_db, "Tester")
        make_programme(other_db)
        summary = run_import(other, "people", exported, ALL_NEW)
        assert summary.created == 3
        assert _full(other) == _full(ctx)
    finally:
        other_db.dispose()


def _full(ctx: Context) -> list[tuple[object, ...]]:
    with ctx.db.read() as s:
        rows = s.execute(
            select(
                Person.first_name,
                Person.last_name,
                Person.email,
                Person.phone,
                Person.gender,
                Person.birth_date,
                Neighbourhood.name,
            )
            .join(Enrolment, Enrolment.person_id == Person.id)
            .join(Neighbourhood, Neighbourhood.id == Enrolment.neighbourhood_id)
            .order_by(Person.last_name)
        ).all()
    return [tuple(r) for r in rows]


def _export_people(ctx: Context, path: Path) -> Path:
    """A small table export of our own, as a funder workbook's Participants sheet looks."""
    table = [["Nazwisko", "Imię", "Płeć", "Data urodzenia", "E-mail", "Telefon", "Osiedle"]]
    gender = {Gender.WOMAN: "K", Gender.MAN: "M", Gender.NOT_GIVEN: ""}
    for first, last, email, phone, g, born, nb in _full(ctx):
        table.append([last, first, gender[g], born, email, phone, nb])  # type: ignore[index]
    return write_xlsx(path, [["Uczestnicy"], *table], title="Uczestnicy")
