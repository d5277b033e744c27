"""Consents: a minor's needs a guardian's name; withdrawal; the state shown in lists."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from wall_desktop.db.enums import ConsentKind
from wall_desktop.db.models import Consent, Person, Programme
from wall_desktop.i18n import set_language
from wall_desktop.services.consents import (
    ConsentInput,
    ConsentState,
    add_consent,
    consent_state,
    is_minor_on,
    list_consents,
    withdraw_consent,
)
from wall_desktop.services.context import Context
from wall_desktop.services.errors import RuleViolation, ValidationError

TODAY = date(2024, 5, 1)
START = date(2022, 2, 1)
DATA = ConsentKind.DATA_PROCESSING


def setup(
    ctx: Context, birth_date: date | None = None, birth_year: int | None = None
) -> tuple[int, int]:
    with ctx.db.write("Tester") as s:
        p = Programme(name="WALL", start_date=START, end_date=date(2023, 9, 30))
        person = Person(
            first_name="Ola", last_name="Mała", birth_date=birth_date, birth_year=birth_year
        )
        s.add_all([p, person])
        s.flush()
        return p.id, person.id


def consents(ctx: Context) -> int:
    with ctx.db.read() as s:
        return int(s.execute(select(func.count(Consent.id))).scalar_one())


def test_minor_without_guardian_is_refused_and_nothing_written(ctx: Context) -> None:
    pid, person = setup(ctx, birth_date=date(2005, 6, 1))
    with pytest.raises(ValidationError) as err:
        add_consent(ctx, ConsentInput(person, pid, DATA, START, guardian_name="  "), today=TODAY)
    assert err.value.errors["guardian_name"] == (
        "W dniu 01.02.2022 osoba Ola Mała była niepełnoletnia: "
        "zgoda wymaga imienia i nazwiska opiekuna prawnego"
    )
    assert consents(ctx) == 0
    assert consent_state(ctx, person, pid, today=TODAY) is ConsentState.MINOR_WITHOUT_GUARDIAN


def test_english_message(ctx: Context) -> None:
    pid, person = setup(ctx, birth_year=2010)
    set_language("en")
    try:
        with pytest.raises(ValidationError, match=r"Ola Mała was a minor on 01\.02\.2022"):
            add_consent(ctx, ConsentInput(person, pid, DATA, START), today=TODAY)
    finally:
        set_language("pl")


def test_minor_with_guardian_counts(ctx: Context) -> None:
    pid, person = setup(ctx, birth_date=date(2005, 6, 1))
    row = add_consent(
        ctx, ConsentInput(person, pid, DATA, START, guardian_name="Jan Mały"), today=TODAY
    )
    assert row.counts and row.guardian_name == "Jan Mały"
    assert consent_state(ctx, person, pid, today=TODAY) is ConsentState.COMPLETE


def test_consent_given_on_the_18th_birthday_needs_no_guardian(ctx: Context) -> None:
    pid, person = setup(ctx, birth_date=date(2004, 2, 2))
    with pytest.raises(ValidationError):
        add_consent(ctx, ConsentInput(person, pid, DATA, date(2022, 2, 1)), today=TODAY)
    row = add_consent(ctx, ConsentInput(person, pid, DATA, date(2022, 2, 2)), today=TODAY)
    assert row.counts
    # A minor on the start date, but a consent of their own that counts.
    assert consent_state(ctx, person, pid, today=TODAY) is ConsentState.COMPLETE


def test_adult_without_consent_is_missing_and_other_kinds_do_not_complete(ctx: Context) -> None:
    pid, person = setup(ctx, birth_date=date(1970, 1, 1))
    assert consent_state(ctx, person, pid, today=TODAY) is ConsentState.MISSING
    add_consent(ctx, ConsentInput(person, pid, ConsentKind.IMAGE, START), today=TODAY)
    assert consent_state(ctx, person, pid, today=TODAY) is ConsentState.MISSING


def test_withdrawal_ends_the_consent(ctx: Context) -> None:
    pid, person = setup(ctx, birth_date=date(1970, 1, 1))
    row = add_consent(ctx, ConsentInput(person, pid, DATA, START), today=TODAY)
    with pytest.raises(ValidationError):
        withdraw_consent(ctx, row.id, date(2022, 1, 1), today=TODAY)
    with pytest.raises(ValidationError):
        withdraw_consent(ctx, row.id, date(2024, 6, 1), today=TODAY)
    gone = withdraw_consent(ctx, row.id, date(2023, 1, 1), today=TODAY)
    assert gone.withdrawn_on == date(2023, 1, 1) and not gone.counts
    assert consent_state(ctx, person, pid, today=TODAY) is ConsentState.MISSING
    with pytest.raises(RuleViolation, match=r"01\.01\.2023"):
        withdraw_consent(ctx, row.id, date(2023, 2, 1), today=TODAY)


def test_bad_dates_are_refused(ctx: Context) -> None:
    pid, person = setup(ctx)
    with pytest.raises(ValidationError) as err:
        add_consent(
            ctx,
            ConsentInput(person, pid, DATA, date(2024, 6, 1), withdrawn_on=date(2024, 5, 1)),
            today=TODAY,
        )
    assert set(err.value.errors) == {"given_on", "withdrawn_on"}
    assert consents(ctx) == 0


def test_list_holds_the_programmes_and_the_general_consents(ctx: Context) -> None:
    pid, person = setup(ctx)
    with ctx.db.write("Tester") as s:
        other = Programme(name="Pilot", start_date=date(2020, 1, 1), end_date=date(2020, 12, 31))
        s.add(other)
        s.flush()
        other_id = other.id
    add_consent(ctx, ConsentInput(person, None, ConsentKind.CONTACT, START), today=TODAY)
    add_consent(ctx, ConsentInput(person, pid, DATA, START), today=TODAY)
    add_consent(ctx, ConsentInput(person, other_id, DATA, date(2020, 1, 1)), today=TODAY)
    kinds = [c.kind for c in list_consents(ctx, person, pid, today=TODAY)]
    assert kinds == [ConsentKind.CONTACT, DATA]
    assert len(list_consents(ctx, person, today=TODAY)) == 3


@pytest.mark.parametrize(
    ("day", "born", "year", "minor"),
    [
        (date(2022, 2, 1), date(2004, 2, 2), None, True),
        (date(2022, 2, 2), date(2004, 2, 2), None, False),
        (date(2022, 2, 28), date(2004, 2, 29), None, True),
        (date(2022, 3, 1), date(2004, 2, 29), None, False),
        (date(2022, 12, 30), None, 2004, True),
        (date(2022, 12, 31), None, 2004, False),
        (date(2022, 1, 1), None, None, False),
    ],
)
def test_is_minor_on(day: date, born: date | None, year: int | None, minor: bool) -> None:
    assert is_minor_on(day, born, year, 18) is minor
