"""Cell values and headers of import files: dates, booleans, genders, roles, header names."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from wall_desktop.db.enums import AttendanceStatus, Gender, Role
from wall_desktop.services.importing import values as val
from wall_desktop.services.importing.fields import Kind, map_columns, match_header


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (dt.datetime(2022, 3, 5, 0, 0), dt.date(2022, 3, 5)),
        (dt.date(2022, 3, 5), dt.date(2022, 3, 5)),
        (44625, dt.date(2022, 3, 5)),  # Excel serial
        (44625.0, dt.date(2022, 3, 5)),
        ("05.03.2022", dt.date(2022, 3, 5)),
        ("5.3.2022", dt.date(2022, 3, 5)),
        ("2022-03-05", dt.date(2022, 3, 5)),
        ("05.03.2022 r.", dt.date(2022, 3, 5)),
        ("", None),
        (None, None),
    ],
)
def test_dates_in_every_shape(cell: object, expected: dt.date | None) -> None:
    assert val.parse_date(cell) == expected


@pytest.mark.parametrize("cell", ["31.02.2022", "2022-02-30", "00.01.2022", "jutro", "12/2022", -5])
def test_impossible_dates_are_refused(cell: object) -> None:
    with pytest.raises(val.BadValue, match="nie jest poprawną datą"):
        val.parse_date(cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("TAK", True),
        ("tak", True),
        ("x", True),
        ("X", True),
        ("1", True),
        (1, True),
        (True, True),
        ("NIE", False),
        ("nie", False),
        ("0", False),
        (None, None),
        ("", None),
    ],
)
def test_booleans(cell: object, expected: bool | None) -> None:
    assert val.parse_bool(cell) is expected


def test_a_word_that_is_no_boolean_is_refused() -> None:
    with pytest.raises(val.BadValue):
        val.parse_bool("może")


def test_genders_roles_and_marks() -> None:
    assert val.parse_gender("Kobieta") is Gender.WOMAN
    assert val.parse_gender("M") is Gender.MAN
    assert val.parse_gender("mężczyzna") is Gender.MAN
    assert val.parse_gender(None) is None
    assert val.parse_roles("Uczestniczka, liderka") == (Role.PARTICIPANT, Role.LEADER)
    assert val.parse_roles("mentor i trener") == (Role.MENTOR, Role.TRAINER)
    assert val.parse_attendance_status("obecna") is AttendanceStatus.PRESENT
    assert val.parse_attendance_status("usp.") is AttendanceStatus.EXCUSED
    with pytest.raises(val.BadValue):
        val.parse_gender("kot")
    with pytest.raises(val.BadValue):
        val.parse_roles("uczestnik, prezes")


def test_numbers_and_texts() -> None:
    assert val.parse_decimal("2,5 h") == Decimal("2.5")
    assert val.parse_decimal(2.5) == Decimal("2.5")
    assert val.text(600100200.0) == "600100200"
    assert val.text("  Anna   Maria ") == "Anna Maria"
    assert val.parse_time("9:30") == dt.time(9, 30)
    assert val.parse_year(1985.0) == 1985
    with pytest.raises(val.BadValue):
        val.parse_decimal("dużo")
    with pytest.raises(val.BadValue, match="formuł"):
        val.text(val.Formula("=A1"))


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Imię", "first_name"),
        ("IMIE", "first_name"),
        ("First name", "first_name"),
        ("Nazwisko", "last_name"),
        ("Surname", "last_name"),
        ("E-mail", "email"),
        ("Adres e-mail uczestnika", "email"),
        ("Telefon", "phone"),
        ("Nr telefonu", "phone"),
        ("Osiedle", "neighbourhood"),
        ("Płeć", "gender"),
        ("Rok urodzenia", "birth_year"),
        ("Data urodzenia", "birth_date"),
        ("Date of birth", "birth_date"),
        ("Imię i nazwisko", "full_name"),
        ("Zgoda na wizerunek (TAK/NIE)", "consent_image"),
        ("Ulubiony kolor", None),
    ],
)
def test_polish_and_english_headers(header: str, field: str | None) -> None:
    assert match_header(Kind.PEOPLE, header) == field


def test_mapping_overrides_and_matrix_dates() -> None:
    cols = map_columns(
        Kind.ATTENDANCE,
        3,
        ["Uczestnik", "Kontakt", "05.03.2022", dt.datetime(2022, 3, 12), None],
        {"Kontakt": "email"},
    )
    assert [c.field for c in cols.columns][:2] == ["full_name", "email"]
    dates = [c.session_date for c in cols.columns][2:4]
    assert dates == [dt.date(2022, 3, 5), dt.date(2022, 3, 12)]
    assert cols.is_matrix
    people = map_columns(Kind.PEOPLE, 1, ["Imię", "Nazwisko", "Osiedle"], {"Osiedle": None})
    assert [c.field for c in people.columns] == ["first_name", "last_name", None]
