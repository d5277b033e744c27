"""The demo's people: staff, experts, mentors and each estate's group, with consents.

Pure construction of ORM rows from a seeded ``random.Random``; the caller adds
them to its unit of work.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from wall_desktop.db.enums import ConsentKind, EnrolmentStatus, Gender, Role
from wall_desktop.db.models import Consent, Enrolment, EnrolmentRole, Person
from wall_desktop.services.demo.names import (
    BOYS,
    EMAIL_DOMAINS,
    GIRLS,
    MEN,
    MOBILE_PREFIXES,
    SURNAMES,
    WOMEN,
    surname_for,
)
from wall_desktop.text_keys import fold

DATA_SCOPE = (
    "Przetwarzanie danych osobowych w celu realizacji projektu, rozliczenia dotacji "
    "i sprawozdawczości wobec Operatora Programu."
)
IMAGE_SCOPE = (
    "Publikacja wizerunku w materiałach promocyjnych projektu i w mediach społecznościowych."
)


@dataclass
class Member:
    """One resident of an estate's group and what the demo decided about them."""

    person: Person
    minor: bool
    leader: bool = False
    profile: str = "full"  # attendance: full, good, partial, edge, low, resigned
    applied_on: dt.date | None = None
    image_consent: bool = True
    guardian: str | None = None


@dataclass
class NameMaker:
    """Polish names, each full name used once, so people can be told apart in lists."""

    rng: random.Random
    used: set[str] = field(default_factory=set)

    def pick(self, woman: bool, child: bool = False) -> tuple[str, str]:
        firsts = (GIRLS if woman else BOYS) if child else (WOMEN if woman else MEN)
        while True:
            first = self.rng.choice(firsts)
            last = surname_for(self.rng.choice(SURNAMES), woman)
            if f"{first} {last}" not in self.used:
                self.used.add(f"{first} {last}")
                return first, last


def new_person(
    rng: random.Random,
    first: str,
    last: str,
    woman: bool,
    born: tuple[int, int],
    *,
    contact: bool = True,
    year_only: bool = False,
) -> Person:
    """A person born between the two years; with contact details most of the time."""
    year = rng.randint(*born)
    birth = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
    person = Person(
        first_name=first,
        last_name=last,
        gender=Gender.WOMAN if woman else Gender.MAN,
        birth_date=None if year_only else birth,
        birth_year=year if year_only else None,
    )
    if contact and rng.random() < 0.75:
        person.email = email_for(rng, first, last)
    if contact and rng.random() < 0.8:
        person.phone = phone_number(rng)
    return person


def email_for(rng: random.Random, first: str, last: str) -> str:
    local = f"{fold(first)}.{fold(last)}".replace(" ", "")
    if rng.random() < 0.3:
        local += str(rng.randint(1, 99))
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def phone_number(rng: random.Random) -> str:
    prefix = rng.choice(MOBILE_PREFIXES)
    return f"+48 {prefix} {rng.randint(0, 999):03d} {rng.randint(0, 999):03d}"


def enrol(
    person_id: int,
    programme_id: int,
    roles: tuple[Role, ...],
    status: EnrolmentStatus,
    *,
    neighbourhood_id: int | None = None,
    applied_on: dt.date | None = None,
    changed_on: dt.date | None = None,
) -> tuple[Enrolment, list[EnrolmentRole]]:
    enrolment = Enrolment(
        person_id=person_id,
        programme_id=programme_id,
        neighbourhood_id=neighbourhood_id,
        status=status,
        applied_on=applied_on,
        status_changed_on=changed_on,
    )
    return enrolment, [EnrolmentRole(enrolment=enrolment, role=role) for role in roles]


def consents_for(
    person_id: int,
    programme_id: int,
    given_on: dt.date,
    *,
    image: bool,
    guardian: str | None = None,
) -> list[Consent]:
    """The data-processing consent, and the image consent when the person gave one."""
    rows = [
        Consent(
            person_id=person_id,
            programme_id=programme_id,
            kind=ConsentKind.DATA_PROCESSING,
            given_on=given_on,
            scope=DATA_SCOPE,
            guardian_name=guardian,
        )
    ]
    if image:
        rows.append(
            Consent(
                person_id=person_id,
                programme_id=programme_id,
                kind=ConsentKind.IMAGE,
                given_on=given_on,
                scope=IMAGE_SCOPE,
                guardian_name=guardian,
            )
        )
    return rows


def estate_groups(
    rng: random.Random,
    names: NameMaker,
    estates: int,
    completed: set[int],
) -> list[list[Member]]:
    """Each estate's group: 7–8 residents, about 9 minors in all, 1–2 leaders per group.

    One adult in a finished cycle resigns and one attends exactly 80 % of the
    hours (the certificate threshold); ``completed`` names the finished cycles.
    """
    groups: list[list[Member]] = []
    for _estate in range(estates):
        groups.append([Member(person=Person(), minor=False) for _ in range(rng.randint(7, 8))])
    slots = [(g, i) for g, group in enumerate(groups) for i in range(len(group))]
    minor_slots = set(rng.sample(slots, rng.choice((8, 9, 10))))
    for g, group in enumerate(groups):
        for i, member in enumerate(group):
            member.minor = (g, i) in minor_slots
            woman = rng.random() < (0.55 if member.minor else 0.66)
            first, last = names.pick(woman, child=member.minor)
            if member.minor:
                member.person = new_person(rng, first, last, woman, (2005, 2009), contact=False)
                parent_woman = rng.random() < 0.7
                parent_first, _ = names.pick(parent_woman)
                parent_last = _same_family(last, parent_woman)
                member.guardian = f"{parent_first} {parent_last}"
                member.person.notes = f"Opiekun prawny: {member.guardian}"
            else:
                year_only = rng.random() < 0.15
                member.person = new_person(
                    rng, first, last, woman, (1950, 2003), year_only=year_only
                )
                member.image_consent = rng.random() > 0.06
        adults = [m for m in group if not m.minor]
        for leader in rng.sample(adults, min(len(adults), rng.randint(1, 2))):
            leader.leader = True
        for member in group:
            member.profile = _profile(rng)
    finished = [
        m
        for g, group in enumerate(groups)
        if g in completed
        for m in group
        if not m.minor and not m.leader
    ]
    resigning, edge = rng.sample(finished, 2)
    resigning.profile = "resigned"
    edge.profile = "edge"
    undisclosed = rng.choice([m for group in groups for m in group if not m.minor])
    undisclosed.person.gender = Gender.NOT_GIVEN
    return groups


def _same_family(child_last: str, woman: bool) -> str:
    """The parent's surname: the child's, in the parent's gender form."""
    for masculine in SURNAMES:
        if child_last in (masculine, surname_for(masculine, True)):
            return surname_for(masculine, woman)
    return child_last


def _profile(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:
        return "full"
    if r < 0.75:
        return "good"
    if r < 0.88:
        return "partial"
    return "low"
