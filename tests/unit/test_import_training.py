"""Importing training sessions and attendance (a long list or a matrix of dates)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.factories import make_programme
from tests.import_factories import counts, write_csv, write_xlsx
from wall_desktop.db.enums import AttendanceStatus, SessionStatus
from wall_desktop.db.models import Attendance, Person, TrainingSession
from wall_desktop.services.context import Context
from wall_desktop.services.importing import (
    ImportOptions,
    ImportRefused,
    OnDuplicate,
    Outcome,
    preview,
    run_import,
)

CREATE = ImportOptions(create_neighbourhoods=True)
SESSIONS = [
    ["Osiedle", "Data", "Od", "Do", "Liczba godzin", "Temat", "Miejsce"],
    ["Nadodrze", "05.03.2022", "10:00", "15:00", "5", "Diagnoza potrzeb", "Klub Łokietka"],
    ["Nadodrze", dt.date(2022, 3, 12), "10:00", "14:30", "4,5", "Komunikacja", ""],
    ["Księże Małe", "05.03.2022", "", "", 6, "Diagnoza potrzeb", ""],
]


@pytest.fixture
def trained(tmp_path: Path, ctx: Context) -> Context:
    """A programme with two neighbourhoods, three sessions and three people."""
    make_programme(ctx.db)
    run_import(ctx, "sessions", write_xlsx(tmp_path / "s.xlsx", SESSIONS), CREATE)
    people = [
        ["Imię", "Nazwisko", "Osiedle", "E-mail"],
        ["Żaneta", "Łęcka", "Nadodrze", "z@example.pl"],
        ["Jan", "Kowalski", "Nadodrze", "j@example.pl"],
        ["Jan", "Kowalski", "Księże Małe", "j2@example.pl"],
    ]
    run_import(ctx, "people", write_csv(tmp_path / "p.csv", people), CREATE)
    return ctx


def test_sessions_import_and_reimport(tmp_path: Path, trained: Context) -> None:
    with trained.db.read() as s:
        rows = s.execute(
            select(
                TrainingSession.date,
                TrainingSession.hours,
                TrainingSession.topic,
                TrainingSession.start_time,
                TrainingSession.status,
            ).order_by(TrainingSession.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        (dt.date(2022, 3, 5), Decimal("5"), "Diagnoza potrzeb", dt.time(10), SessionStatus.HELD),
        (dt.date(2022, 3, 12), Decimal("4.5"), "Komunikacja", dt.time(10), SessionStatus.HELD),
        (dt.date(2022, 3, 5), Decimal("6"), "Diagnoza potrzeb", None, SessionStatus.HELD),
    ]
    again = preview(trained, "sessions", write_xlsx(tmp_path / "s2.xlsx", SESSIONS))
    assert {r.outcome for r in again.rows} == {Outcome.DUPLICATE}


def test_bad_session_rows(tmp_path: Path, trained: Context) -> None:
    bad = [
        SESSIONS[0],
        ["Nadodrze", "31.02.2022", "", "", "3", "Budżet", ""],
        ["Nadodrze", "19.03.2022", "12:00", "10:00", "3", "Budżet", ""],
        ["Nadodrze", "19.03.2022", "", "", "-2", "Budżet", ""],
        ["Nadodrze", "19.03.2022", "", "", "2", "", ""],
        ["Psie Pole", "19.03.2022", "", "", "2", "Budżet", ""],
    ]
    rows = preview(trained, "sessions", write_csv(tmp_path / "b.csv", bad)).rows
    assert [r.outcome for r in rows] == [Outcome.ERROR] * 5
    assert "31.02.2022" in rows[0].message()
    assert "musi być późniejsza niż godzina rozpoczęcia" in rows[1].message()
    assert rows[2].message() == "Wiersz 4: Pole „Godziny” musi być większe od zera"
    assert "Temat" in rows[3].message()
    assert "Psie Pole" in rows[4].message()


def test_long_attendance_list(tmp_path: Path, trained: Context) -> None:
    path = write_csv(
        tmp_path / "a.csv",
        [
            ["Uczestnik", "Data zajęć", "Osiedle", "Obecność", "Godziny"],
            ["Żaneta Łęcka", "05.03.2022", "", "obecna", ""],
            ["Żaneta Łęcka", "2022-03-12", "", "obecna", "2,5"],
            ["Jan Kowalski", "05.03.2022", "Księże Małe", "usp.", ""],
            ["Adam Nieznany", "05.03.2022", "", "x", ""],
            ["Żaneta Łęcka", "19.03.2022", "", "x", ""],
            ["Żaneta Łęcka", "12.03.2022", "", "x", "9"],
            ["Jan Kowalski", "12.03.2022", "", "x", ""],
        ],
    )
    before = counts(trained)
    with pytest.raises(ImportRefused):
        run_import(trained, "attendance", path)
    assert counts(trained) == before
    result = preview(trained, "attendance", path)
    outcomes = [r.outcome for r in result.rows]
    assert outcomes == [Outcome.NEW, Outcome.NEW, Outcome.NEW] + [Outcome.ERROR] * 4
    messages = [r.message() for r in result.rows[3:]]
    assert "nie ma osoby o nazwisku „Adam Nieznany”" in messages[0]
    assert "brak zajęć w dniu 19.03.2022" in messages[1]
    assert "9\u00a0h to więcej niż 4,5\u00a0h zajęć" in messages[2]
    assert "kilka osób nazywa się „Jan Kowalski”" in messages[3]
    summary = run_import(trained, "attendance", path, ImportOptions(valid_only=True))
    assert summary.created == 3
    assert _marks(trained) == [
        ("Łęcka", dt.date(2022, 3, 5), AttendanceStatus.PRESENT, Decimal("5")),
        ("Łęcka", dt.date(2022, 3, 12), AttendanceStatus.PRESENT, Decimal("2.5")),
        ("Kowalski", dt.date(2022, 3, 5), AttendanceStatus.EXCUSED, Decimal("0")),
    ]


def test_attendance_matrix_with_dates_across(tmp_path: Path, trained: Context) -> None:
    path = write_xlsx(
        tmp_path / "m.xlsx",
        [
            ["Lista obecności – Nadodrze"],
            ["Nazwisko i imię", "E-mail", dt.datetime(2022, 3, 5), "12.03.2022"],
            ["Łęcka Żaneta", "", "x", 3],
            ["Kowalski Jan", "j@example.pl", "u", None],
        ],
    )
    result = preview(trained, "attendance", path)
    assert result.header_row == 2
    assert [r.outcome for r in result.rows] == [Outcome.NEW, Outcome.NEW]
    run_import(trained, "attendance", path)
    assert _marks(trained) == [
        ("Łęcka", dt.date(2022, 3, 5), AttendanceStatus.PRESENT, Decimal("5")),
        ("Łęcka", dt.date(2022, 3, 12), AttendanceStatus.PRESENT, Decimal("3")),
        ("Kowalski", dt.date(2022, 3, 5), AttendanceStatus.EXCUSED, Decimal("0")),
    ]
    again = preview(trained, "attendance", path)
    assert {r.outcome for r in again.rows} == {Outcome.DUPLICATE}
    fixed = write_xlsx(
        tmp_path / "m2.xlsx",
        [["Nazwisko i imię", "E-mail", "05.03.2022"], ["Kowalski Jan", "j@example.pl", "x"]],
    )
    skipped = run_import(trained, "attendance", fixed)
    assert skipped.written is False
    update = ImportOptions(on_duplicate=OnDuplicate.UPDATE)
    updated = run_import(trained, "attendance", fixed, update)
    assert updated.updated == 1
    assert _marks(trained)[2] == (
        "Kowalski",
        dt.date(2022, 3, 5),
        AttendanceStatus.PRESENT,
        Decimal("5"),
    )


def _marks(ctx: Context) -> list[tuple[object, ...]]:
    with ctx.db.read() as s:
        rows = s.execute(
            select(Person.last_name, TrainingSession.date, Attendance.status, Attendance.hours)
            .join(Person, Person.id == Attendance.person_id)
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .order_by(Attendance.id)
        ).all()
    return [tuple(r) for r in rows]
