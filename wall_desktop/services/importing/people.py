"""Importing people: a person, their enrolment in the programme, roles and consents.

Rows are checked by the person form's own ``check_person``.  The whole
import is one unit of work, so rows are written here through the ORM inside
it rather than through per-call services that would each commit on their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import ConsentKind, EnrolmentStatus, Gender, Role
from wall_desktop.db.models import Consent, Enrolment, EnrolmentRole, Person
from wall_desktop.i18n import _
from wall_desktop.services import validation as v
from wall_desktop.services.consents import is_minor_on
from wall_desktop.services.importing import values as val
from wall_desktop.services.importing.fields import Kind, field_label
from wall_desktop.services.importing.lookups import Known, Neighbourhoods, People, split_name
from wall_desktop.services.importing.plan import OnDuplicate, Outcome, RowResult
from wall_desktop.services.importing.records import Record, read_field
from wall_desktop.services.people import PersonInput, check_person

_CONSENTS = {
    "consent_data": ConsentKind.DATA_PROCESSING,
    "consent_image": ConsentKind.IMAGE,
    "consent_contact": ConsentKind.CONTACT,
}


@dataclass(frozen=True)
class PersonRow:
    """A checked row of a people file."""

    first_name: str
    last_name: str
    gender: Gender | None
    birth_date: dt.date | None
    birth_year: int | None
    email: str | None
    phone: str | None
    pesel: str | None
    postal_code: str | None
    notes: str | None
    neighbourhood: str | None
    roles: tuple[Role, ...]
    status: EnrolmentStatus | None
    applied_on: dt.date | None
    consents: tuple[ConsentKind, ...]
    consent_date: dt.date | None
    guardian_name: str | None


def _read(rec: Record) -> PersonRow:
    k = Kind.PEOPLE

    def t(key: str) -> str | None:
        return read_field(rec, k, key, val.text)

    first, last = t("first_name"), t("last_name")
    for key, reversed_order in (("full_name", False), ("full_name_reversed", True)):
        whole = t(key)
        if whole and not (first and last):
            first, last = split_name(whole, reversed_order)
    consents = tuple(
        kind for key, kind in _CONSENTS.items() if read_field(rec, k, key, val.parse_bool)
    )
    return PersonRow(
        first_name=first or "",
        last_name=last or "",
        gender=read_field(rec, k, "gender", val.parse_gender),
        birth_date=read_field(rec, k, "birth_date", val.parse_date),
        birth_year=read_field(rec, k, "birth_year", val.parse_year),
        email=v.normalise_email(t("email")),
        phone=t("phone"),
        pesel=t("pesel"),
        postal_code=t("postal_code"),
        notes=read_field(rec, k, "notes", _long_text),
        neighbourhood=t("neighbourhood"),
        roles=read_field(rec, k, "roles", val.parse_roles) or (),
        status=read_field(rec, k, "status", val.parse_enrolment_status),
        applied_on=read_field(rec, k, "applied_on", val.parse_date),
        consents=consents,
        consent_date=read_field(rec, k, "consent_date", val.parse_date),
        guardian_name=t("guardian_name"),
    )


def _long_text(cell: val.Cell) -> str | None:
    """Notes keep their line breaks."""
    if isinstance(cell, str):
        return cell.strip() or None
    return val.text(cell)


def check_person_row(p: PersonRow, today: dt.date, minor_age: int) -> dict[str, str]:
    """The person form's own checks (``services.people.check_person``), plus the consents'."""
    errors = check_person(
        PersonInput(
            first_name=p.first_name,
            last_name=p.last_name,
            gender=p.gender or Gender.NOT_GIVEN,
            birth_date=p.birth_date,
            birth_year=p.birth_year,
            email=p.email,
            phone=p.phone,
            pesel=p.pesel,
            postal_code=p.postal_code,
            notes=p.notes,
        ),
        today=today,
    )
    c = v.Checker()
    c.errors = dict(errors)
    label = field_label(Kind.PEOPLE, "guardian_name")
    c.add("guardian_name", v.max_length(p.guardian_name, 200, label))
    on = p.consent_date or today
    minor = is_minor_on(on, p.birth_date, p.birth_year, minor_age)
    if p.consents and not p.guardian_name and minor:
        c.add("guardian_name", _("a minor's consent needs the legal guardian's name"))
    return c.errors


class PeopleImport:
    kind = Kind.PEOPLE

    def __init__(
        self, s: Session, programme_id: int, minor_age: int, create_neighbourhoods: bool
    ) -> None:
        self.programme_id = programme_id
        self.minor_age = minor_age
        self.today = dt.date.today()
        self.neighbourhoods = Neighbourhoods(s, programme_id, create_neighbourhoods)
        self.people = People(s)

    def handle(self, s: Session, rec: Record, decision: OnDuplicate) -> RowResult:
        p = _read(rec)
        label = f"{p.first_name} {p.last_name}".strip()
        if rec.bad & {"full_name", "full_name_reversed"}:
            rec.bad |= {"first_name", "last_name"}
        checked = check_person_row(p, self.today, self.minor_age)
        problems = rec.problems + [m for key, m in checked.items() if key not in rec.bad]
        nb_problem = self.neighbourhoods.check(p.neighbourhood)
        if nb_problem:
            problems.append(nb_problem)
        if problems:
            return RowResult(rec.row, Outcome.ERROR, label, tuple(problems))
        phone = v.normalise_phone(p.phone)
        match = self.people.match(p.first_name, p.last_name, p.email, phone, p.birth_date)
        if match is not None:
            return self._existing(s, rec.row, p, phone, match, decision, label)
        person = Person(first_name=p.first_name, last_name=p.last_name)
        _fill(person, p, phone)
        s.add(person)
        self._enrol(s, person, p)
        self.people.add(person, rec.row)
        return RowResult(rec.row, Outcome.NEW, label)

    def _existing(
        self,
        s: Session,
        row: int,
        p: PersonRow,
        phone: str | None,
        match: Known,
        decision: OnDuplicate,
        label: str,
    ) -> RowResult:
        if match.row is not None:
            reason = _("the same person as row {row}").format(row=match.row)
            return RowResult(row, Outcome.DUPLICATE, label, (reason,), match.person_id)
        if decision is OnDuplicate.SKIP:
            reason = _("already in the database, skipped")
            return RowResult(row, Outcome.DUPLICATE, label, (reason,), match.id)
        person = s.get(Person, match.id)
        if person is None:  # pragma: no cover - the index was loaded in this unit of work
            return RowResult(row, Outcome.ERROR, label, (_("the person no longer exists"),))
        _fill(person, p, phone)
        self._enrol(s, person, p)
        return RowResult(row, Outcome.UPDATE, label, (), match.id)

    def _enrol(self, s: Session, person: Person, p: PersonRow) -> None:
        nb_id = self.neighbourhoods.resolve(s, p.neighbourhood)
        enrolment = None
        if person.id is not None:
            enrolment = s.execute(
                select(Enrolment).where(
                    Enrolment.person_id == person.id, Enrolment.programme_id == self.programme_id
                )
            ).scalar_one_or_none()
        if enrolment is None:
            enrolment = Enrolment(
                programme_id=self.programme_id,
                status=p.status or EnrolmentStatus.ACCEPTED,
                applied_on=p.applied_on,
            )
            enrolment.person = person
            s.add(enrolment)
        elif p.status is not None:
            enrolment.status = p.status
        if nb_id is not None:
            enrolment.neighbourhood_id = nb_id
        held = {r.role for r in enrolment.roles} if enrolment.id is not None else set()
        for role in p.roles or (() if held else (Role.PARTICIPANT,)):
            if role not in held:
                link = EnrolmentRole(role=role)
                link.enrolment = enrolment
                s.add(link)
                held.add(role)
        given = {c.kind for c in person.consents} if person.id is not None else set()
        for kind in p.consents:
            if kind not in given:
                consent = Consent(
                    programme_id=self.programme_id,
                    kind=kind,
                    given_on=p.consent_date or p.applied_on or self.today,
                    guardian_name=p.guardian_name,
                )
                consent.person = person
                s.add(consent)

    def after_flush(self) -> None:
        self.people.settle()

    @property
    def created_neighbourhoods(self) -> list[str]:
        return self.neighbourhoods.created

    def would_create(self, name: str | None) -> bool:
        return self.neighbourhoods.would_create(name)


def _fill(person: Person, p: PersonRow, phone: str | None) -> None:
    """Given values overwrite; empty cells leave what is stored."""
    person.first_name, person.last_name = p.first_name, p.last_name
    for attr, value in (
        ("gender", p.gender),
        ("birth_date", p.birth_date),
        (
            "birth_year",
            p.birth_year if p.birth_year else (p.birth_date.year if p.birth_date else None),
        ),
        ("email", p.email),
        ("phone", phone),
        ("pesel", p.pesel),
        ("postal_code", p.postal_code),
        ("notes", p.notes),
    ):
        if value is not None:
            setattr(person, attr, value)
    if person.gender is None:
        person.gender = Gender.NOT_GIVEN
