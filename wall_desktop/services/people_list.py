"""The list of people in a programme: filtered, searched and paged in SQL.

Built for 100,000 people: one query for the page (joined with the
neighbourhood), then one query each for the page's roles and consents; the
count uses the same filters without loading rows.  Rows come in Polish
alphabetical order (``Person.sort_key``, then id).  ``people_page`` is what a
window asks for as the user types or scrolls: one page, with the hours and
eligibility of its people only.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import EnrolmentStatus, Gender, Role, SessionStatus
from wall_desktop.db.models import (
    Attendance,
    Enrolment,
    EnrolmentRole,
    Neighbourhood,
    Person,
    Programme,
    TrainingSession,
)
from wall_desktop.i18n import _
from wall_desktop.services.consent_batch import WHOLE_PROGRAMME_FROM, consent_states_bulk
from wall_desktop.services.consents import ConsentState, is_minor_on
from wall_desktop.services.context import Context
from wall_desktop.services.eligibility import PersonProgress, progress
from wall_desktop.services.errors import NotFound
from wall_desktop.services.hours import CYCLE_ROLES, ZERO, cycle_hours
from wall_desktop.services.search import name_filter, people_with_words


class AgeGroup(enum.StrEnum):
    """Age on the programme's start date, as the funder counts it."""

    CHILD_YOUTH = "child_youth"
    ADULT = "adult"
    UNKNOWN = "unknown"


def age_group(programme: Programme, birth_date: date | None, birth_year: int | None) -> AgeGroup:
    """Child/youth when younger than the programme's age of majority on its start date."""
    if birth_date is None and birth_year is None:
        return AgeGroup.UNKNOWN
    if is_minor_on(programme.start_date, birth_date, birth_year, programme.minor_age):
        return AgeGroup.CHILD_YOUTH
    return AgeGroup.ADULT


@dataclass(frozen=True)
class RosterRow:
    """A person as a report lists them; ``PersonRow`` adds the consent state."""

    id: int  # the person's id
    enrolment_id: int
    first_name: str
    last_name: str
    roles: tuple[Role, ...]  # in the order of the Role enum
    neighbourhood_id: int | None
    neighbourhood_name: str | None
    status: EnrolmentStatus
    gender: Gender
    birth_year: int | None
    age_group: AgeGroup
    email: str | None
    phone: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class PersonRow(RosterRow):
    consent_state: ConsentState


_COLUMNS = (
    Enrolment.id,
    Person.id,
    Person.first_name,
    Person.last_name,
    Enrolment.neighbourhood_id,
    Neighbourhood.name,
    Enrolment.status,
    Person.gender,
    Person.birth_date,
    Person.birth_year,
    Person.email,
    Person.phone,
)


def _enrolment_terms(
    programme_id: int,
    neighbourhood_id: int | None,
    role: Role | None,
    status: EnrolmentStatus | None,
) -> list[ColumnElement[bool]]:
    """The list's filters, as conditions on a live enrolment of the programme."""
    terms: list[ColumnElement[bool]] = [
        Enrolment.programme_id == programme_id,
        Enrolment.deleted_at.is_(None),
    ]
    if neighbourhood_id is not None:
        terms.append(Enrolment.neighbourhood_id == neighbourhood_id)
    if status is not None:
        terms.append(Enrolment.status == status)
    if role is not None:
        terms.append(
            exists().where(
                EnrolmentRole.enrolment_id == Enrolment.id,
                EnrolmentRole.role == role,
                EnrolmentRole.deleted_at.is_(None),
            )
        )
    return terms


def _filtered(
    query: Select,
    programme_id: int,
    search: str | None,
    neighbourhood_id: int | None,
    role: Role | None,
    status: EnrolmentStatus | None,
) -> Select:
    query = query.where(
        Person.deleted_at.is_(None),
        *_enrolment_terms(programme_id, neighbourhood_id, role, status),
    )
    if search and search.strip():
        query = query.where(*name_filter(search))
    return query


def _programme(s: Session, programme_id: int) -> Programme:
    programme = s.execute(
        select(Programme).where(Programme.id == programme_id)
    ).scalar_one_or_none()
    if programme is None:
        raise NotFound(_("The programme no longer exists"))
    return programme


def _rows(
    s: Session,
    programme: Programme,
    query: Select,
    today: date | None,
) -> list[PersonRow]:
    found = s.execute(query).all()
    roles = _roles(s, programme.id, [r[0] for r in found])
    born = {r[1]: (r[8], r[9]) for r in found}
    # plain rows (the programme's consents at once when many), the rule of consent_states
    states = consent_states_bulk(s, programme, born, today=today)
    return [PersonRow(*shared, states[r[1]]) for r, shared in _shaped(programme, found, roles)]


# RosterRow's fields in order, so that rows are built positionally (100,000 at a time).
_RosterFields = tuple[
    int,
    int,
    str,
    str,
    tuple[Role, ...],
    int | None,
    str | None,
    EnrolmentStatus,
    Gender,
    int | None,
    AgeGroup,
    str | None,
    str | None,
]


def _shaped(
    programme: Programme, found: Sequence[Sequence[Any]], roles: dict[int, set[Role]]
) -> Iterator[tuple[Sequence[Any], _RosterFields]]:
    """Each row of ``_COLUMNS`` with the ``RosterRow`` fields made of it, in their order."""
    order = {r: i for i, r in enumerate(Role)}
    groups: dict[tuple[date | None, int | None], AgeGroup] = {}  # many share a birth date
    in_order: dict[frozenset[Role], tuple[Role, ...]] = {}  # a handful of role sets
    for r in found:
        group = groups.get((r[8], r[9]))
        if group is None:
            group = groups[(r[8], r[9])] = age_group(programme, r[8], r[9])
        key = frozenset(roles.get(r[0], ()))
        held = in_order.get(key)
        if held is None:
            held = in_order[key] = tuple(sorted(key, key=order.__getitem__))
        yield r, (r[1], r[0], r[2], r[3], held, r[4], r[5], r[6], r[7], r[9], group, r[10], r[11])


def _roles(s: Session, programme_id: int, enrolment_ids: list[int]) -> dict[int, set[Role]]:
    """The live roles of these enrolments (all of the programme's read at once when many)."""
    roles: dict[int, set[Role]] = {}
    if len(enrolment_ids) > WHOLE_PROGRAMME_FROM:
        wanted = set(enrolment_ids)
        for enrolment_id, role in s.execute(
            select(EnrolmentRole.enrolment_id, EnrolmentRole.role)
            .join(Enrolment, Enrolment.id == EnrolmentRole.enrolment_id)
            .where(Enrolment.programme_id == programme_id, EnrolmentRole.deleted_at.is_(None))
        ):
            if enrolment_id in wanted:
                roles.setdefault(enrolment_id, set()).add(role)
        return roles
    for start in range(0, len(enrolment_ids), 500):
        chunk = enrolment_ids[start : start + 500]
        for enrolment_id, role in s.execute(
            select(EnrolmentRole.enrolment_id, EnrolmentRole.role).where(
                EnrolmentRole.enrolment_id.in_(chunk), EnrolmentRole.deleted_at.is_(None)
            )
        ):
            roles.setdefault(enrolment_id, set()).add(role)
    return roles


def _base() -> Select:
    return (
        select(*_COLUMNS)
        .select_from(Enrolment)
        .join(Person, Person.id == Enrolment.person_id)
        .outerjoin(
            Neighbourhood,
            (Neighbourhood.id == Enrolment.neighbourhood_id) & Neighbourhood.deleted_at.is_(None),
        )
    )


def list_people(
    ctx: Context,
    programme_id: int,
    *,
    search: str | None = None,
    neighbourhood_id: int | None = None,
    role: Role | None = None,
    status: EnrolmentStatus | None = None,
    limit: int | None = None,
    offset: int = 0,
    today: date | None = None,
) -> list[PersonRow]:
    """People enrolled in the programme, by name ("last first", Polish letters ignored).

    ``search`` matches the start of any word of the name ("zolc" finds "Żółć");
    people come in Polish alphabetical order, last name first.
    """
    query = _filtered(_base(), programme_id, search, neighbourhood_id, role, status)
    query = query.order_by(Person.sort_key, Person.id).offset(max(offset, 0))
    if limit is not None:
        query = query.limit(max(limit, 0))
    with ctx.db.read() as s:
        return _rows(s, _programme(s, programme_id), query, today)


def roster(
    ctx: Context, programme_id: int, *, neighbourhood_id: int | None = None
) -> list[RosterRow]:
    """Everyone ``list_people`` gives (same filter, same order), without reading consents."""
    query = _filtered(_base(), programme_id, None, neighbourhood_id, None, None)
    query = query.order_by(Person.sort_key, Person.id)
    with ctx.db.read() as s:
        programme = _programme(s, programme_id)
        found = s.connection().execute(query).all()  # plain Core rows: no ORM result layer
        roles = _roles(s, programme.id, [r[0] for r in found])
    return [RosterRow(*shared) for _r, shared in _shaped(programme, found, roles)]


def count_people(
    ctx: Context,
    programme_id: int,
    *,
    search: str | None = None,
    neighbourhood_id: int | None = None,
    role: Role | None = None,
    status: EnrolmentStatus | None = None,
) -> int:
    """How many rows ``list_people`` gives with the same filters and no paging."""
    query = (
        select(func.count(Enrolment.id))
        .select_from(Enrolment)
        .join(Person, Person.id == Enrolment.person_id)
    )
    query = _filtered(query, programme_id, search, neighbourhood_id, role, status)
    with ctx.db.read() as s:
        return int(s.execute(query).scalar_one())


def person_row(
    s: Session, programme_id: int, enrolment_id: int, *, today: date | None = None
) -> PersonRow:
    """One enrolment's row, read in the caller's session (after a write)."""
    query = _base().where(Enrolment.id == enrolment_id)
    rows = _rows(s, _programme(s, programme_id), query, today)
    if not rows:
        raise NotFound(_("The person no longer exists"))
    return rows[0]


# --- one page for the window ----------------------------------------------------------

# With more people than this matching the typed name, walking the sort index finds a
# page soonest; with fewer, sorting just them is quicker than walking past the rest.
_DENSE = 10_000


@dataclass(frozen=True)
class PeoplePage:
    rows: tuple[PersonRow, ...]
    progress: dict[int, PersonProgress]  # by person id: the page's participants and leaders
    more: bool  # rows follow this page


def people_page(
    ctx: Context,
    programme_id: int,
    *,
    search: str | None = None,
    neighbourhood_id: int | None = None,
    role: Role | None = None,
    status: EnrolmentStatus | None = None,
    offset: int = 0,
    limit: int = 100,
    today: date | None = None,
) -> PeoplePage:
    """``limit`` rows of ``list_people`` from ``offset``, with their hours and eligibility.

    Quick at any size: the page is chosen on the person table alone (its sort
    index, or the few people whose name matches), then only its rows are read.
    """
    with ctx.db.read() as s:
        programme = _programme(s, programme_id)
        enrolled = exists().where(
            Enrolment.person_id == Person.id,
            *_enrolment_terms(programme_id, neighbourhood_id, role, status),
        )
        chosen = select(Person.id).where(Person.deleted_at.is_(None), enrolled)
        words = people_with_words(search) if search else None
        if words is not None:
            # The word index alone answers this: a range per typed word, no person rows
            # read (deleted people are left out by ``chosen``).  Only as many as decide
            # the plan: past _DENSE the ids are not used.
            matching = s.execute(words.limit(_DENSE + 1)).scalars().all()
            if len(matching) > _DENSE:
                chosen = chosen.where(*name_filter(search or ""))
            else:
                listed = func.json_each(json.dumps(matching)).table_valued("value")
                chosen = chosen.where(Person.id.in_(select(listed.c.value)))
        ids = list(
            s.execute(
                chosen.order_by(Person.sort_key, Person.id)
                .offset(max(offset, 0))
                .limit(max(limit, 0) + 1)
            ).scalars()
        )
        more = len(ids) > limit
        ids = ids[:limit]
        query = _base().where(Enrolment.person_id.in_(ids), Enrolment.programme_id == programme_id)
        found = {r.id: r for r in _rows(s, programme, query, today)}
        rows = tuple(found[i] for i in ids if i in found)
        return PeoplePage(rows, _page_progress(s, programme, rows), more)


def _page_progress(
    s: Session, programme: Programme, rows: tuple[PersonRow, ...]
) -> dict[int, PersonProgress]:
    """``progress_for_programme`` for these rows only: one grouped query for their hours."""
    following = [r for r in rows if any(role in CYCLE_ROLES for role in r.roles)]
    if not following:
        return {}
    counted = and_(
        TrainingSession.id == Attendance.session_id,
        TrainingSession.neighbourhood_id == Enrolment.neighbourhood_id,
        TrainingSession.status == SessionStatus.HELD,
        TrainingSession.deleted_at.is_(None),
    )
    attended = dict(
        s.execute(
            select(Enrolment.id, func.sum(Attendance.hours))
            .join(
                Attendance,
                and_(Attendance.person_id == Enrolment.person_id, Attendance.deleted_at.is_(None)),
            )
            .join(TrainingSession, counted)
            .where(Enrolment.id.in_([r.enrolment_id for r in following]))
            .group_by(Enrolment.id)
        ).all()
    )
    cycles = cycle_hours(s, programme.id)
    found: dict[int, PersonProgress] = {}
    for r in following:
        cycle = cycles.get(r.neighbourhood_id) if r.neighbourhood_id is not None else None
        found[r.id] = progress(
            r.status,
            attended.get(r.enrolment_id) or ZERO,
            cycle.held if cycle else ZERO,
            cycle.planned if cycle else ZERO,
            programme,
            enrolment_id=r.enrolment_id,
            person_id=r.id,
            neighbourhood_id=r.neighbourhood_id,
        )
    return found
