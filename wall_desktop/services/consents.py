"""Consents (GDPR data processing, image, contact) and whether a person's consent counts.

The rule: a consent given by someone who was a minor on the day it was given
counts only with a legal guardian's name.  The data-processing consent is the
one the programme needs; a person without one that counts is shown as
"missing", or "minor without guardian" when they are a minor on the
programme's start date.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import ConsentKind
from wall_desktop.db.models import Consent, Person, Programme
from wall_desktop.i18n import _
from wall_desktop.services import validation as v
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.validation import Checker

DEFAULT_MINOR_AGE = 18
REQUIRED_KIND = ConsentKind.DATA_PROCESSING


class ConsentState(enum.StrEnum):
    COMPLETE = "complete"
    MISSING = "missing"
    MINOR_WITHOUT_GUARDIAN = "minor_without_guardian"


def is_minor_on(day: date, birth_date: date | None, birth_year: int | None, minor_age: int) -> bool:
    """Younger than ``minor_age`` on ``day``.

    With only a birth year the person is treated as a minor unless they are an
    adult even if born on the year's last day: a guardian is asked for rather
    than forgotten.  With neither, the person is taken as an adult.
    """
    if birth_date is not None:
        return day < _birthday(birth_date, birth_date.year + minor_age)
    if birth_year is not None:
        return day < date(birth_year + minor_age, 12, 31)
    return False


def _birthday(born: date, year: int) -> date:
    # Born on 29 February: of age on 1 March in a common year.
    try:
        return born.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


@dataclass(frozen=True)
class ConsentInput:
    person_id: int
    programme_id: int | None  # None: a consent for every programme
    kind: ConsentKind
    given_on: date
    withdrawn_on: date | None = None
    scope: str | None = None
    guardian_name: str | None = None


@dataclass(frozen=True)
class ConsentRow:
    id: int
    person_id: int
    programme_id: int | None
    kind: ConsentKind
    given_on: date
    withdrawn_on: date | None
    scope: str | None
    guardian_name: str | None
    counts: bool  # given, not withdrawn, and with a guardian where one is needed


def _minor_age(s: Session, programme_id: int | None) -> int:
    if programme_id is None:
        return DEFAULT_MINOR_AGE
    age = s.execute(
        select(Programme.minor_age).where(Programme.id == programme_id)
    ).scalar_one_or_none()
    if age is None:
        raise ValidationError({"programme_id": _("The programme no longer exists")})
    return age


def _person(s: Session, person_id: int) -> Person:
    person = s.execute(select(Person).where(Person.id == person_id)).scalar_one_or_none()
    if person is None:
        raise NotFound(_("The person no longer exists"))
    return person


def _counts(
    consent: Consent, birth_date: date | None, birth_year: int | None, minor_age: int, today: date
) -> bool:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return False
    if is_minor_on(consent.given_on, birth_date, birth_year, minor_age):
        return bool(consent.guardian_name and consent.guardian_name.strip())
    return True


def _row(consent: Consent, person: Person, minor_age: int, today: date) -> ConsentRow:
    return ConsentRow(
        consent.id,
        consent.person_id,
        consent.programme_id,
        consent.kind,
        consent.given_on,
        consent.withdrawn_on,
        consent.scope,
        consent.guardian_name,
        _counts(consent, person.birth_date, person.birth_year, minor_age, today),
    )


def add_consent(ctx: Context, data: ConsentInput, *, today: date | None = None) -> ConsentRow:
    """Record a consent; a minor's without a guardian's name is refused and nothing is written."""
    today = today or date.today()
    guardian = data.guardian_name.strip() if data.guardian_name else None
    c = Checker()
    c.add("given_on", v.required(data.given_on, _("Date given")))
    if data.given_on is not None and data.given_on > today:
        c.add("given_on", _("A consent cannot be given in the future"))
    c.add("withdrawn_on", v.date_order(data.given_on, data.withdrawn_on))
    c.add("guardian_name", v.max_length(guardian, 200, _("Guardian")))
    c.raise_if_any()
    with ctx.db.write(ctx.operator) as s:
        person = _person(s, data.person_id)
        minor_age = _minor_age(s, data.programme_id)
        if not guardian and is_minor_on(
            data.given_on, person.birth_date, person.birth_year, minor_age
        ):
            raise ValidationError(
                {
                    "guardian_name": _(
                        "{name} was a minor on {day}: the consent needs the legal guardian's name"
                    ).format(name=person.full_name, day=data.given_on.strftime("%d.%m.%Y"))
                }
            )
        consent = Consent(
            person_id=person.id,
            programme_id=data.programme_id,
            kind=data.kind,
            given_on=data.given_on,
            withdrawn_on=data.withdrawn_on,
            scope=data.scope.strip() if data.scope and data.scope.strip() else None,
            guardian_name=guardian,
        )
        s.add(consent)
        s.flush()
        return _row(consent, person, minor_age, today)


def withdraw_consent(
    ctx: Context, consent_id: int, on: date, *, today: date | None = None
) -> ConsentRow:
    today = today or date.today()
    with ctx.db.write(ctx.operator) as s:
        consent = s.execute(select(Consent).where(Consent.id == consent_id)).scalar_one_or_none()
        if consent is None:
            raise NotFound(_("The consent no longer exists"))
        if consent.withdrawn_on is not None:
            raise RuleViolation(
                _("The consent was already withdrawn on {day}").format(
                    day=consent.withdrawn_on.strftime("%d.%m.%Y")
                )
            )
        if on < consent.given_on:
            raise ValidationError(
                {"withdrawn_on": _("A consent cannot be withdrawn before it was given")}
            )
        if on > today:
            raise ValidationError(
                {"withdrawn_on": _("A consent cannot be withdrawn in the future")}
            )
        consent.withdrawn_on = on
        person = _person(s, consent.person_id)
        minor_age = _minor_age(s, consent.programme_id)
        s.flush()
        return _row(consent, person, minor_age, today)


def list_consents(
    ctx: Context, person_id: int, programme_id: int | None = None, *, today: date | None = None
) -> list[ConsentRow]:
    """The person's consents for the programme and those for every programme, oldest first."""
    today = today or date.today()
    with ctx.db.read() as s:
        person = _person(s, person_id)
        minor_age = _minor_age(s, programme_id)
        query = select(Consent).where(Consent.person_id == person_id)
        if programme_id is not None:
            query = query.where(
                or_(Consent.programme_id == programme_id, Consent.programme_id.is_(None))
            )
        rows = s.execute(query.order_by(Consent.given_on, Consent.id)).scalars()
        return [_row(c, person, minor_age, today) for c in rows]


def consent_state(
    ctx: Context, person_id: int, programme_id: int, *, today: date | None = None
) -> ConsentState:
    with ctx.db.read() as s:
        person = _person(s, person_id)
        programme = s.execute(
            select(Programme).where(Programme.id == programme_id)
        ).scalar_one_or_none()
        if programme is None:
            raise NotFound(_("The programme no longer exists"))
        born = {person.id: (person.birth_date, person.birth_year)}
        return consent_states(s, programme, born, today=today)[person.id]


Born = Mapping[int, tuple[date | None, int | None]]


def consent_states(
    s: Session, programme: Programme, people: Born, *, today: date | None = None
) -> dict[int, ConsentState]:
    """The state of many people at once (person id -> birth date, birth year); one query."""
    today = today or date.today()
    by_id = dict(people)
    counting: set[int] = set()
    for chunk in _chunks(list(by_id), 500):
        consents = s.execute(
            select(Consent).where(
                Consent.person_id.in_(chunk),
                Consent.kind == REQUIRED_KIND,
                Consent.deleted_at.is_(None),
                # "this programme or none" as coalesce: an OR on programme_id lets SQLite
                # walk the programme's every consent instead of the chunk's people.
                func.coalesce(Consent.programme_id, programme.id) == programme.id,
            )
        ).scalars()
        for consent in consents:
            birth_date, birth_year = by_id[consent.person_id]
            if _counts(consent, birth_date, birth_year, programme.minor_age, today):
                counting.add(consent.person_id)
    states: dict[int, ConsentState] = {}
    for pid, (birth_date, birth_year) in by_id.items():
        if pid in counting:
            states[pid] = ConsentState.COMPLETE
        elif is_minor_on(programme.start_date, birth_date, birth_year, programme.minor_age):
            states[pid] = ConsentState.MINOR_WITHOUT_GUARDIAN
        else:
            states[pid] = ConsentState.MISSING
    return states


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
