"""People and their enrolments in a programme: forms, checks, duplicates and deletion.

The list of people (``list_people``, ``count_people``) lives in ``people_list``
and is re-exported here, so callers need one module.  A person is identity
only; what they do in a programme (neighbourhood, status, roles) is their
enrolment.  Deleting a person is a soft delete that takes their enrolments,
attendance marks, consents, project memberships and mentor assignments with
them; a person holding a certificate is kept, because the certificate
register must stay whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from wall_desktop.db.base import Tracked, utcnow
from wall_desktop.db.enums import EnrolmentStatus, Gender, Role
from wall_desktop.db.models import (
    Attendance,
    Certificate,
    Consent,
    Enrolment,
    EnrolmentRole,
    Neighbourhood,
    NeighbourhoodMentor,
    Person,
    Programme,
    Project,
    ProjectMember,
    TrainingSession,
)
from wall_desktop.i18n import _, ngettext
from wall_desktop.services import validation as v
from wall_desktop.services.consents import (
    ConsentRow,
    ConsentState,
    consent_states,
    list_consents,
)
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Conflict, NotFound, RuleViolation, ValidationError
from wall_desktop.services.people_list import (
    AgeGroup,
    PersonRow,
    age_group,
    count_people,
    list_people,
    person_row,
)
from wall_desktop.services.undelete import deleted_with, live_ids, load_even_deleted
from wall_desktop.services.validation import Checker
from wall_desktop.text_keys import person_key

_Link = TypeVar("_Link", bound=Tracked)

__all__ = [
    "AgeGroup",
    "EnrolmentDetail",
    "EnrolmentInput",
    "PersonDeletion",
    "PersonDetail",
    "PersonInput",
    "PersonRow",
    "check_enrolment",
    "check_person",
    "count_people",
    "create_person",
    "delete_person",
    "find_duplicates",
    "get_person",
    "list_people",
    "normalise_person",
    "person_dependants",
    "restore_person",
    "update_enrolment",
    "update_person",
]


@dataclass(frozen=True)
class PersonInput:
    first_name: str
    last_name: str
    gender: Gender = Gender.NOT_GIVEN
    birth_date: date | None = None
    birth_year: int | None = None
    email: str | None = None
    phone: str | None = None
    pesel: str | None = None
    postal_code: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class EnrolmentInput:
    programme_id: int
    neighbourhood_id: int | None = None
    status: EnrolmentStatus = EnrolmentStatus.CANDIDATE
    roles: frozenset[Role] = field(default_factory=lambda: frozenset({Role.PARTICIPANT}))
    applied_on: date | None = None


@dataclass(frozen=True)
class EnrolmentDetail:
    id: int
    data: EnrolmentInput
    neighbourhood_name: str | None
    status_changed_on: date | None


@dataclass(frozen=True)
class PersonDetail:
    """A person as a form shows them; the programme-dependent parts are None without one."""

    id: int
    row_version: int
    data: PersonInput
    programme_id: int | None
    enrolment: EnrolmentDetail | None
    age_group: AgeGroup | None
    consent_state: ConsentState | None
    consents: tuple[ConsentRow, ...]


@dataclass(frozen=True)
class PersonDeletion:
    """What goes with a person when they are deleted (counts of live rows)."""

    person_id: int
    name: str
    enrolments: int
    attendance_marks: int
    consents: int
    project_memberships: int
    mentor_assignments: int

    def describe(self) -> str:
        """One sentence for a confirmation dialog, in the user's language."""
        parts = [
            ngettext("{n} enrolment", "{n} enrolments", self.enrolments),
            ngettext("{n} attendance mark", "{n} attendance marks", self.attendance_marks),
            ngettext("{n} consent", "{n} consents", self.consents),
            ngettext("{n} project membership", "{n} project memberships", self.project_memberships),
            ngettext("{n} mentor assignment", "{n} mentor assignments", self.mentor_assignments),
        ]
        counts = (
            self.enrolments,
            self.attendance_marks,
            self.consents,
            self.project_memberships,
            self.mentor_assignments,
        )
        listed = ", ".join(p.format(n=n) for p, n in zip(parts, counts, strict=True) if n)
        if not listed:
            return _("Only {name} will be deleted.").format(name=self.name)
        return _("Together with {name} this deletes: {items}.").format(name=self.name, items=listed)


# --- checks ---------------------------------------------------------------


def normalise_person(data: PersonInput) -> PersonInput:
    """Stripped text, empty strings as None, phone in international form.

    The birth year follows from a birth date when only the date is given.
    """

    def clean(value: str | None) -> str | None:
        return value.strip() if value and value.strip() else None

    birth_year = data.birth_year
    if birth_year is None and data.birth_date is not None:
        birth_year = data.birth_date.year
    return PersonInput(
        first_name=" ".join((data.first_name or "").split()),
        last_name=" ".join((data.last_name or "").split()),
        gender=data.gender,
        birth_date=data.birth_date,
        birth_year=birth_year,
        email=v.normalise_email(data.email),
        phone=v.normalise_phone(data.phone),
        pesel=clean(data.pesel),
        postal_code=clean(data.postal_code),
        notes=clean(data.notes),
    )


def check_person(data: PersonInput, *, today: date | None = None) -> dict[str, str]:
    """Every problem of the person's fields, by field (empty when all is well).

    Shared by the forms and the importer, which reports problems per row
    instead of raising.
    """
    c = Checker()
    first, last = (data.first_name or "").strip(), (data.last_name or "").strip()
    c.add("first_name", v.required(first, _("First name")))
    c.add("first_name", v.max_length(first, 100, _("First name")))
    c.add("last_name", v.required(last, _("Last name")))
    c.add("last_name", v.max_length(last, 100, _("Last name")))
    if not isinstance(data.gender, Gender):
        c.add("gender", _("Choose a gender from the list"))
    email = v.normalise_email(data.email)
    c.add("email", v.max_length(email, 254, _("E-mail")))
    c.add("email", v.email(email))
    c.add("phone", v.phone(data.phone.strip() if data.phone else None))
    pesel = data.pesel.strip() if data.pesel else None
    c.add("pesel", v.pesel(pesel))
    c.add("pesel", v.pesel_matches_birth_date(pesel, data.birth_date))
    c.add("postal_code", v.postal_code(data.postal_code))
    c.add("birth_date", v.birth_date(data.birth_date, today))
    c.add("birth_year", v.birth_year(data.birth_year, today))
    c.add("birth_year", v.birth_year_matches(data.birth_date, data.birth_year))
    return c.errors


def check_enrolment(s: Session, data: EnrolmentInput) -> dict[str, str]:
    """Problems of an enrolment that need the database: its programme and neighbourhood."""
    c = Checker()
    programme = s.execute(
        select(Programme.id).where(Programme.id == data.programme_id)
    ).scalar_one_or_none()
    if programme is None:
        c.add("programme_id", _("The programme no longer exists"))
    if not data.roles:
        c.add("roles", _("Choose at least one role"))
    elif not all(isinstance(r, Role) for r in data.roles):
        c.add("roles", _("Choose roles from the list"))
    if not isinstance(data.status, EnrolmentStatus):
        c.add("status", _("Choose a status from the list"))
    if data.neighbourhood_id is not None:
        owner = s.execute(
            select(Neighbourhood.programme_id).where(Neighbourhood.id == data.neighbourhood_id)
        ).scalar_one_or_none()
        if owner is None:
            c.add("neighbourhood_id", _("The neighbourhood no longer exists"))
        elif owner != data.programme_id:
            c.add("neighbourhood_id", _("The neighbourhood belongs to another programme"))
    return c.errors


def _refuse(*problems: dict[str, str]) -> None:
    merged: dict[str, str] = {}
    for found in problems:
        for key, message in found.items():
            merged.setdefault(key, message)
    if merged:
        raise ValidationError(merged)


# --- writing ---------------------------------------------------------------


def _apply_person(row: Person, data: PersonInput) -> None:
    clean = normalise_person(data)
    row.first_name = clean.first_name
    row.last_name = clean.last_name
    row.gender = clean.gender
    row.birth_date = clean.birth_date
    row.birth_year = clean.birth_year
    row.email = clean.email
    row.phone = clean.phone
    row.pesel = clean.pesel
    row.postal_code = clean.postal_code
    row.notes = clean.notes


def _apply_enrolment(s: Session, row: Enrolment, data: EnrolmentInput, today: date) -> None:
    if row.id is not None and row.status != data.status:
        row.status_changed_on = today
    row.neighbourhood_id = data.neighbourhood_id
    row.status = data.status
    row.applied_on = data.applied_on
    current = {r.role: r for r in row.roles if r.deleted_at is None}
    now = utcnow()
    for role, held in current.items():
        if role not in data.roles:
            held.deleted_at = now
    for role in sorted(data.roles - current.keys()):
        s.add(EnrolmentRole(enrolment=row, role=role))


def create_person(
    ctx: Context, person: PersonInput, enrolment: EnrolmentInput, *, today: date | None = None
) -> PersonRow:
    """A new person enrolled in a programme, in one unit of work."""
    today = today or date.today()
    problems = check_person(person, today=today)
    with ctx.db.write(ctx.operator) as s:
        _refuse(problems, check_enrolment(s, enrolment))
        row = Person()
        _apply_person(row, person)
        s.add(row)
        s.flush()
        record = Enrolment(person_id=row.id, programme_id=enrolment.programme_id)
        s.add(record)
        _apply_enrolment(s, record, enrolment, today)
        if enrolment.status != EnrolmentStatus.CANDIDATE:
            record.status_changed_on = today
        s.flush()
        return person_row(s, enrolment.programme_id, record.id, today=today)


def _live_person(s: Session, person_id: int) -> Person:
    row = s.execute(select(Person).where(Person.id == person_id)).scalar_one_or_none()
    if row is None:
        raise NotFound(_("The person no longer exists"))
    return row


def _enrolment_of(s: Session, person_id: int, programme_id: int) -> Enrolment | None:
    return s.execute(
        select(Enrolment).where(
            Enrolment.person_id == person_id, Enrolment.programme_id == programme_id
        )
    ).scalar_one_or_none()


def update_person(
    ctx: Context,
    person_id: int,
    person: PersonInput,
    enrolment: EnrolmentInput | None = None,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> PersonDetail:
    """Save a person's form; with ``enrolment``, their enrolment too, in the same unit of work.

    The enrolment is created when the person is not yet in that programme.
    ``expected_version`` is the ``row_version`` the form was filled from.
    """
    today = today or date.today()
    problems = check_person(person, today=today)
    with ctx.db.write(ctx.operator) as s:
        _refuse(problems, check_enrolment(s, enrolment) if enrolment else {})
        row = _live_person(s, person_id)
        if expected_version is not None and row.row_version != expected_version:
            raise Conflict(_("Someone else changed this person; reopen the form and try again"))
        _apply_person(row, person)
        if enrolment is not None:
            _save_enrolment(s, row.id, enrolment, today)
        s.flush()
        programme_id = enrolment.programme_id if enrolment else None
        return _detail(ctx, s, row, programme_id, today)


def _save_enrolment(s: Session, person_id: int, data: EnrolmentInput, today: date) -> Enrolment:
    record = _enrolment_of(s, person_id, data.programme_id)
    if record is None:
        record = Enrolment(person_id=person_id, programme_id=data.programme_id)
        s.add(record)
        s.flush()
    _apply_enrolment(s, record, data, today)
    s.flush()
    return record


def update_enrolment(
    ctx: Context, person_id: int, enrolment: EnrolmentInput, *, today: date | None = None
) -> PersonRow:
    """Change (or make) the person's enrolment in ``enrolment.programme_id``."""
    today = today or date.today()
    with ctx.db.write(ctx.operator) as s:
        _refuse(check_enrolment(s, enrolment))
        _live_person(s, person_id)
        record = _save_enrolment(s, person_id, enrolment, today)
        return person_row(s, enrolment.programme_id, record.id, today=today)


def _dependants(s: Session, person: Person) -> dict[str, list[object]]:
    enrolments = list(
        s.execute(select(Enrolment).where(Enrolment.person_id == person.id)).scalars()
    )
    roles = list(
        s.execute(
            select(EnrolmentRole).where(EnrolmentRole.enrolment_id.in_([e.id for e in enrolments]))
        ).scalars()
    )
    found: dict[str, list[object]] = {"enrolments": list(enrolments), "roles": list(roles)}
    for key, model in (
        ("attendance_marks", Attendance),
        ("consents", Consent),
        ("project_memberships", ProjectMember),
        ("mentor_assignments", NeighbourhoodMentor),
    ):
        found[key] = list(s.execute(select(model).where(model.person_id == person.id)).scalars())
    return found


def _deletion(person: Person, found: dict[str, list[object]]) -> PersonDeletion:
    return PersonDeletion(
        person.id,
        person.full_name,
        len(found["enrolments"]),
        len(found["attendance_marks"]),
        len(found["consents"]),
        len(found["project_memberships"]),
        len(found["mentor_assignments"]),
    )


def person_dependants(ctx: Context, person_id: int) -> PersonDeletion:
    """What ``delete_person`` would take with it, for the confirmation before it."""
    with ctx.db.read() as s:
        person = _live_person(s, person_id)
        return _deletion(person, _dependants(s, person))


def delete_person(ctx: Context, person_id: int) -> PersonDeletion:
    """Soft-delete the person and everything that is theirs; returns what went."""
    with ctx.db.write(ctx.operator) as s:
        person = _live_person(s, person_id)
        found = _dependants(s, person)
        enrolment_ids = [e.id for e in found["enrolments"]]  # type: ignore[attr-defined]
        certificates = s.execute(
            select(func.count(Certificate.id)).where(Certificate.enrolment_id.in_(enrolment_ids))
        ).scalar_one()
        if certificates:
            raise RuleViolation(
                ngettext(
                    "{name} holds {n} certificate; the register keeps it, "
                    "so the person cannot be deleted",
                    "{name} holds {n} certificates; the register keeps them, "
                    "so the person cannot be deleted",
                    certificates,
                ).format(name=person.full_name, n=certificates)
            )
        now = utcnow()
        for rows in found.values():
            for row in rows:
                row.deleted_at = now  # type: ignore[attr-defined]
        person.deleted_at = now
        return _deletion(person, found)


def restore_person(ctx: Context, person_id: int) -> PersonDeletion:
    """Bring back a deleted person with what their delete took with them (undo).

    Only rows stamped in the same moment come back, so those removed earlier stay
    removed; links to a programme, session, project or neighbourhood deleted since stay
    out. Refused, writing nothing, when the person has been entered again meanwhile or
    their enrolment's neighbourhood is gone. Returns what came back; a live person is
    left as is.
    """
    with ctx.db.write(ctx.operator) as s:
        person = load_even_deleted(s, Person, person_id)
        if person is None:
            raise NotFound(_("The person no longer exists"))
        if person.deleted_at is None:
            return _deletion(person, _dependants(s, person))
        _refuse_twin(s, person)
        enrolments = _stamped_with(s, person, Enrolment, Enrolment.programme_id, Programme)
        hoods = live_ids(s, Neighbourhood, [e.neighbourhood_id for e in enrolments])
        if any(e.neighbourhood_id not in (None, *hoods) for e in enrolments):
            raise RuleViolation(
                _(
                    "The neighbourhood of {name} has been deleted since; "
                    "bring it back first, then the person"
                ).format(name=person.full_name)
            )
        consents = [
            c
            for c in deleted_with(s, Consent, Consent.person_id, person)
            if c.programme_id is None or c.programme_id in live_ids(s, Programme, [c.programme_id])
        ]
        found: dict[str, list[object]] = {
            "enrolments": list(enrolments),
            "roles": [
                r
                for e in enrolments
                for r in deleted_with(s, EnrolmentRole, EnrolmentRole.enrolment_id, e)
            ],
            "attendance_marks": list(
                _stamped_with(s, person, Attendance, Attendance.session_id, TrainingSession)
            ),
            "consents": list(consents),
            "project_memberships": list(
                _stamped_with(s, person, ProjectMember, ProjectMember.project_id, Project)
            ),
            "mentor_assignments": list(
                _stamped_with(
                    s,
                    person,
                    NeighbourhoodMentor,
                    NeighbourhoodMentor.neighbourhood_id,
                    Neighbourhood,
                )
            ),
        }
        for rows in found.values():
            for row in rows:
                row.deleted_at = None  # type: ignore[attr-defined]
        person.deleted_at = None
        s.flush()
        return _deletion(person, found)


def _stamped_with(
    s: Session,
    person: Person,
    model: type[_Link],
    parent_key: InstrumentedAttribute[int],
    parent: type[Tracked],
) -> list[_Link]:
    """The person's ``model`` rows deleted with them whose parent is still live."""
    rows = deleted_with(s, model, model.person_id, person)  # type: ignore[attr-defined]
    live = live_ids(s, parent, [getattr(r, parent_key.key) for r in rows])
    return [r for r in rows if getattr(r, parent_key.key) in live]


def _refuse_twin(s: Session, person: Person) -> None:
    """Refuse when the same person has been entered again since the delete."""
    twins = _duplicates_query(
        person.first_name, person.last_name, person.email, person.phone, person.birth_date
    )
    same = twins is not None and s.execute(twins.limit(1)).first() is not None
    if person.pesel and not same:
        same = (
            s.execute(select(Person.id).where(Person.pesel == person.pesel).limit(1)).first()
            is not None
        )
    if same:
        raise RuleViolation(
            _(
                "{name} has been entered again since the delete; "
                "the deleted record cannot come back beside the new one"
            ).format(name=person.full_name)
        )


# --- reading ---------------------------------------------------------------


def _detail(
    ctx: Context, s: Session, person: Person, programme_id: int | None, today: date
) -> PersonDetail:
    data = PersonInput(
        person.first_name,
        person.last_name,
        person.gender,
        person.birth_date,
        person.birth_year,
        person.email,
        person.phone,
        person.pesel,
        person.postal_code,
        person.notes,
    )
    if programme_id is None:
        return PersonDetail(person.id, person.row_version, data, None, None, None, None, ())
    programme = s.execute(
        select(Programme).where(Programme.id == programme_id)
    ).scalar_one_or_none()
    if programme is None:
        raise NotFound(_("The programme no longer exists"))
    enrolment = None
    record = _enrolment_of(s, person.id, programme_id)
    if record is not None:
        hood = None
        if record.neighbourhood_id is not None:
            hood = s.execute(
                select(Neighbourhood.name).where(Neighbourhood.id == record.neighbourhood_id)
            ).scalar_one_or_none()
        roles = frozenset(r.role for r in record.roles if r.deleted_at is None)
        enrolment = EnrolmentDetail(
            record.id,
            EnrolmentInput(
                programme_id, record.neighbourhood_id, record.status, roles, record.applied_on
            ),
            hood,
            record.status_changed_on,
        )
    state = consent_states(
        s, programme, {person.id: (person.birth_date, person.birth_year)}, today=today
    )[person.id]
    return PersonDetail(
        person.id,
        person.row_version,
        data,
        programme_id,
        enrolment,
        age_group(programme, person.birth_date, person.birth_year),
        state,
        (),
    )


def get_person(
    ctx: Context, person_id: int, programme_id: int, *, today: date | None = None
) -> PersonDetail:
    today = today or date.today()
    with ctx.db.read() as s:
        person = _live_person(s, person_id)
        detail = _detail(ctx, s, person, programme_id, today)
    consents = tuple(list_consents(ctx, person_id, programme_id, today=today))
    return replace(detail, consents=consents)


def _duplicates_query(
    first_name: str,
    last_name: str,
    email: str | None,
    phone: str | None,
    birth_date: date | None,
) -> Select[int] | None:
    """Live people with the same name who also share the e-mail, phone or birth date."""
    clean_email = v.normalise_email(email)
    clean_phone = v.normalise_phone(phone) if phone and v.phone(phone.strip()) is None else None
    alike = []
    if clean_email:
        alike.append(func.lower(Person.email) == clean_email.lower())
    if clean_phone:
        alike.append(Person.phone == clean_phone)
    if birth_date is not None:
        alike.append(Person.birth_date == birth_date)
    if not alike:
        return None
    return select(Person.id).where(
        Person.search_key == person_key(first_name, last_name),
        Person.deleted_at.is_(None),
        or_(*alike),
    )


def find_duplicates(
    ctx: Context,
    first_name: str,
    last_name: str,
    email: str | None = None,
    phone: str | None = None,
    birth_date: date | None = None,
    *,
    exclude_id: int | None = None,
) -> list[int]:
    """Ids of live people with the same name (case and Polish letters ignored) who also
    share the e-mail (case ignored), the phone number or the birth date."""
    query = _duplicates_query(first_name, last_name, email, phone, birth_date)
    if query is None:
        return []
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    with ctx.db.read() as s:
        return list(s.execute(query.order_by(Person.id)).scalars())
