"""Builders for certificate and document tests: a programme with people, and their eligibility."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from wall_desktop.db.enums import EnrolmentStatus, Gender, Role
from wall_desktop.db.models import (
    Enrolment,
    EnrolmentRole,
    Neighbourhood,
    NeighbourhoodMentor,
    Person,
    Programme,
)
from wall_desktop.services.certificate_keys import create_signing_key
from wall_desktop.services.context import Context


@dataclass(frozen=True)
class Academy:
    programme_id: int
    hoods: dict[str, int]
    people: dict[str, int]  # full name -> person id
    enrolments: dict[str, int]  # full name -> enrolment id


PEOPLE = [
    ("Zuzanna", "Łęcka-Żółć", Gender.WOMAN, "Przedmieście Oławskie"),
    ("Łukasz", "Ślęzak", Gender.MAN, "Przedmieście Oławskie"),
    ("Alex", "Nowak", Gender.NOT_GIVEN, "Przedmieście Oławskie"),
    ("Agnieszka", "Ćwiek", Gender.WOMAN, "Księże Małe"),
    ("Jan", "Źrebiec", Gender.OTHER, "Księże Małe"),
]


def make_academy(ctx: Context, *, key: bool = True) -> Academy:
    """A programme of two neighbourhoods; ``key``: the office has created its signing key."""
    academy = _academy(ctx)
    if key:
        create_signing_key(ctx, academy.programme_id)
    return academy


def _academy(ctx: Context) -> Academy:
    with ctx.db.write("Tester") as s:
        programme = Programme(
            name="Wrocławska Akademia Lokalnych Liderów",
            funder="Aktywni Obywatele – Fundusz Krajowy",
            agreement_number="ACF/2022/123",
            start_date=date(2022, 2, 1),
            end_date=date(2023, 9, 30),
            place="Wrocław",
            coordinator_name="Małgorzata Świątek",
        )
        s.add(programme)
        s.flush()
        hoods = {}
        for name in ("Przedmieście Oławskie", "Księże Małe"):
            hood = Neighbourhood(programme_id=programme.id, name=name)
            s.add(hood)
            s.flush()
            hoods[name] = hood.id
        mentor = Person(first_name="Paweł", last_name="Mentorski", gender=Gender.MAN)
        s.add(mentor)
        s.flush()
        s.add(
            NeighbourhoodMentor(
                neighbourhood_id=hoods["Przedmieście Oławskie"], person_id=mentor.id
            )
        )
        people, enrolments = {}, {}
        for first, last, gender, hood_name in PEOPLE:
            person = Person(first_name=first, last_name=last, gender=gender, birth_year=1980)
            s.add(person)
            s.flush()
            enrolment = Enrolment(
                person_id=person.id,
                programme_id=programme.id,
                neighbourhood_id=hoods[hood_name],
                status=EnrolmentStatus.ACCEPTED,
            )
            s.add(enrolment)
            s.flush()
            s.add(EnrolmentRole(enrolment_id=enrolment.id, role=Role.PARTICIPANT))
            people[f"{first} {last}"] = person.id
            enrolments[f"{first} {last}"] = enrolment.id
        return Academy(programme.id, hoods, people, enrolments)


@dataclass(frozen=True)
class FakeProgress:
    person_id: int
    enrolment_id: int
    eligible: bool
    attended_hours: Decimal
    share: Decimal = Decimal("100.0")


def set_eligibility(
    monkeypatch: pytest.MonkeyPatch, academy: Academy, hours: dict[str, str | None]
) -> None:
    """Make ``progress_in_session`` report these people (None: not eligible).

    The register is tested on its own here; how eligibility is decided is
    the eligibility module's business and its own tests'.
    """

    def progress_in_session(
        s: Session,
        programme_id: int,
        *,
        neighbourhood_id: int | None = None,
        person_id: int | None = None,
    ) -> dict[int, FakeProgress]:
        found = {}
        for name, value in hours.items():
            found[academy.people[name]] = FakeProgress(
                academy.people[name],
                academy.enrolments[name],
                value is not None,
                Decimal(value or "0"),
            )
        if neighbourhood_id is not None:
            found = {
                pid: p
                for pid, p in found.items()
                if s.get(Enrolment, p.enrolment_id).neighbourhood_id == neighbourhood_id  # type: ignore[union-attr]
            }
        return found

    import wall_desktop.services.eligibility as module

    monkeypatch.setattr(module, "progress_in_session", progress_in_session)
