"""Neighbourhoods (estates) of a programme: forms, mentors, deletion and the live list.

Deleting a neighbourhood is refused while it still has people, training
sessions or a project: those hold attendance, hours and money that must not
vanish with an estate's row, so the user moves or deletes them first (the
message says how many of each are left).  Mentor assignments go with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, Select, case, func, select
from sqlalchemy.orm import Session

from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import (
    EnrolmentStatus,
    ProjectStatus,
    RecruitmentStatus,
    Role,
    SessionStatus,
)
from wall_desktop.db.models import (
    Enrolment,
    EnrolmentRole,
    Neighbourhood,
    NeighbourhoodMentor,
    Person,
    Programme,
    Project,
    TrainingSession,
)
from wall_desktop.i18n import _, ngettext
from wall_desktop.services import validation as v
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Conflict, NotFound, RuleViolation
from wall_desktop.services.undelete import deleted_with, load_even_deleted, undelete
from wall_desktop.services.validation import Checker
from wall_desktop.text_keys import fold


@dataclass(frozen=True)
class NeighbourhoodInput:
    programme_id: int
    name: str
    notes: str | None = None
    recruitment_status: RecruitmentStatus = RecruitmentStatus.PLANNED
    recruitment_start: date | None = None
    recruitment_end: date | None = None
    cycle_start: date | None = None
    cycle_end: date | None = None
    mentor_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class NeighbourhoodDetail:
    id: int
    row_version: int
    data: NeighbourhoodInput


@dataclass(frozen=True)
class NeighbourhoodRow:
    id: int
    name: str
    mentors: tuple[str, ...]  # full names, sorted by last name
    recruitment_status: RecruitmentStatus
    recruitment_start: date | None
    recruitment_end: date | None
    cycle_start: date | None
    cycle_end: date | None
    people: int  # live enrolments in it, resigned ones not counted
    sessions_held: int
    sessions_planned: int
    hours_delivered: Decimal  # the hours of its held sessions
    project_id: int | None
    project_title: str | None
    project_status: ProjectStatus | None
    project_grant: Decimal | None


# --- checks ---------------------------------------------------------------


def _check(s: Session, data: NeighbourhoodInput, own_id: int | None) -> None:
    c = Checker()
    name = " ".join((data.name or "").split())
    c.add("name", v.required(name, _("Name")))
    c.add("name", v.max_length(name, 200, _("Name")))
    c.add("recruitment_end", v.date_order(data.recruitment_start, data.recruitment_end))
    c.add("cycle_end", v.date_order(data.cycle_start, data.cycle_end))
    if not isinstance(data.recruitment_status, RecruitmentStatus):
        c.add("recruitment_status", _("Choose a status from the list"))
    exists = s.execute(
        select(Programme.id).where(Programme.id == data.programme_id)
    ).scalar_one_or_none()
    if exists is None:
        c.add("programme_id", _("The programme no longer exists"))
    if name and "name" not in c.errors:
        others = s.execute(
            select(Neighbourhood.id, Neighbourhood.name).where(
                Neighbourhood.programme_id == data.programme_id
            )
        ).all()
        wanted = fold(name)
        if any(fold(other) == wanted and nid != own_id for nid, other in others):
            c.add(
                "name",
                _("The programme already has a neighbourhood called “{name}”").format(name=name),
            )
    if data.mentor_ids:
        mentors = set(
            s.execute(
                select(Enrolment.person_id)
                .join(Person, Person.id == Enrolment.person_id)
                .join(EnrolmentRole, EnrolmentRole.enrolment_id == Enrolment.id)
                .where(
                    Enrolment.programme_id == data.programme_id,
                    Enrolment.person_id.in_(data.mentor_ids),
                    EnrolmentRole.role == Role.MENTOR,
                    Enrolment.deleted_at.is_(None),
                    EnrolmentRole.deleted_at.is_(None),
                    Person.deleted_at.is_(None),
                )
            ).scalars()
        )
        if set(data.mentor_ids) - mentors:
            c.add("mentor_ids", _("Only people enrolled as mentors in the programme can mentor"))
    c.raise_if_any()


# --- writing ---------------------------------------------------------------


def _apply(s: Session, row: Neighbourhood, data: NeighbourhoodInput) -> None:
    row.name = " ".join(data.name.split())
    row.notes = data.notes.strip() if data.notes and data.notes.strip() else None
    row.recruitment_status = data.recruitment_status
    row.recruitment_start = data.recruitment_start
    row.recruitment_end = data.recruitment_end
    row.cycle_start = data.cycle_start
    row.cycle_end = data.cycle_end
    current = {m.person_id: m for m in _mentor_rows(s, row.id)}
    now = utcnow()
    for person_id, assignment in current.items():
        if person_id not in data.mentor_ids:
            assignment.deleted_at = now
    for person_id in sorted(data.mentor_ids - current.keys()):
        s.add(NeighbourhoodMentor(neighbourhood_id=row.id, person_id=person_id))


def _mentor_rows(s: Session, neighbourhood_id: int) -> list[NeighbourhoodMentor]:
    return list(
        s.execute(
            select(NeighbourhoodMentor).where(
                NeighbourhoodMentor.neighbourhood_id == neighbourhood_id
            )
        ).scalars()
    )


def _load(s: Session, neighbourhood_id: int) -> Neighbourhood:
    row = s.execute(
        select(Neighbourhood).where(Neighbourhood.id == neighbourhood_id)
    ).scalar_one_or_none()
    if row is None:
        raise NotFound(_("The neighbourhood no longer exists"))
    return row


def _detail(s: Session, row: Neighbourhood) -> NeighbourhoodDetail:
    mentors = frozenset(m.person_id for m in _mentor_rows(s, row.id))
    data = NeighbourhoodInput(
        row.programme_id,
        row.name,
        row.notes,
        row.recruitment_status,
        row.recruitment_start,
        row.recruitment_end,
        row.cycle_start,
        row.cycle_end,
        mentors,
    )
    return NeighbourhoodDetail(row.id, row.row_version, data)


def get_neighbourhood(ctx: Context, neighbourhood_id: int) -> NeighbourhoodDetail:
    with ctx.db.read() as s:
        return _detail(s, _load(s, neighbourhood_id))


def create_neighbourhood(ctx: Context, data: NeighbourhoodInput) -> NeighbourhoodDetail:
    with ctx.db.write(ctx.operator) as s:
        _check(s, data, None)
        row = Neighbourhood(programme_id=data.programme_id, name=data.name)
        s.add(row)
        s.flush()
        _apply(s, row, data)
        s.flush()
        return _detail(s, row)


def update_neighbourhood(
    ctx: Context,
    neighbourhood_id: int,
    data: NeighbourhoodInput,
    *,
    expected_version: int | None = None,
) -> NeighbourhoodDetail:
    """A neighbourhood stays in its programme; ``programme_id`` must be its own."""
    with ctx.db.write(ctx.operator) as s:
        row = _load(s, neighbourhood_id)
        if expected_version is not None and row.row_version != expected_version:
            raise Conflict(_("Someone else changed this neighbourhood; reopen it and try again"))
        if data.programme_id != row.programme_id:
            raise RuleViolation(_("A neighbourhood cannot move to another programme"))
        _check(s, data, row.id)
        _apply(s, row, data)
        s.flush()
        return _detail(s, row)


def delete_neighbourhood(ctx: Context, neighbourhood_id: int) -> None:
    """Soft-delete an empty neighbourhood and its mentor assignments; refuse otherwise."""
    with ctx.db.write(ctx.operator) as s:
        row = _load(s, neighbourhood_id)
        people, sessions, projects = _dependants(s, neighbourhood_id)
        if people or sessions or projects:
            left = [
                ngettext("{n} person", "{n} people", people).format(n=people),
                ngettext("{n} training session", "{n} training sessions", sessions).format(
                    n=sessions
                ),
                ngettext("{n} project", "{n} projects", projects).format(n=projects),
            ]
            counts = (people, sessions, projects)
            listed = ", ".join(t for t, n in zip(left, counts, strict=True) if n)
            raise RuleViolation(
                _(
                    "“{name}” cannot be deleted while it still has: {items}. "
                    "Move or delete them first."
                ).format(name=row.name, items=listed)
            )
        now = utcnow()
        for assignment in _mentor_rows(s, row.id):
            assignment.deleted_at = now
        row.deleted_at = now


def restore_neighbourhood(ctx: Context, neighbourhood_id: int) -> NeighbourhoodDetail:
    """Bring back a deleted neighbourhood with the mentor assignments deleted with it (undo).

    Refused when its programme is gone or a neighbourhood of the same name was made
    meanwhile; a mentor deleted since stays out. Restoring a live one changes nothing.
    """
    with ctx.db.write(ctx.operator) as s:
        row = load_even_deleted(s, Neighbourhood, neighbourhood_id)
        if row is None:
            raise NotFound(_("The neighbourhood no longer exists"))
        if row.deleted_at is None:
            return _detail(s, row)
        live_programme = s.execute(
            select(Programme.id).where(Programme.id == row.programme_id)
        ).scalar_one_or_none()
        if live_programme is None:
            raise RuleViolation(_("The programme of this neighbourhood no longer exists"))
        _check(s, _detail(s, row).data, row.id)  # the name may have been taken meanwhile
        mentors = deleted_with(s, NeighbourhoodMentor, NeighbourhoodMentor.neighbourhood_id, row)
        undelete(s, row, mentors)
        s.flush()
        return _detail(s, row)


def _dependants(s: Session, neighbourhood_id: int) -> tuple[int, int, int]:
    people = s.execute(
        select(func.count(Enrolment.id))
        .join(Person, Person.id == Enrolment.person_id)
        .where(
            Enrolment.neighbourhood_id == neighbourhood_id,
            Enrolment.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
    ).scalar_one()
    sessions = s.execute(
        select(func.count(TrainingSession.id)).where(
            TrainingSession.neighbourhood_id == neighbourhood_id,
            TrainingSession.deleted_at.is_(None),
        )
    ).scalar_one()
    projects = s.execute(
        select(func.count(Project.id)).where(
            Project.neighbourhood_id == neighbourhood_id, Project.deleted_at.is_(None)
        )
    ).scalar_one()
    return int(people), int(sessions), int(projects)


# --- the live list ------------------------------------------------------------

# The list is the window's first paint: its statements are Core ones on the tables, with
# the soft-delete filters written out, so that no ORM query (and no configuration of the
# mappers, 16 ms) comes before that paint (#9).
_HOOD = Neighbourhood.__table__
_ENROLMENT = Enrolment.__table__
_PERSON = Person.__table__
_SESSION = TrainingSession.__table__
_MENTOR = NeighbourhoodMentor.__table__
_PROJECT = Project.__table__


def list_neighbourhoods(ctx: Context, programme_id: int) -> list[NeighbourhoodRow]:
    """Every neighbourhood of the programme with its figures, in a fixed number of queries.

    Each figure is one grouped query restricted to the programme (its enrolments through
    ``ix_enrolment_programme_counts``, its sessions through its neighbourhoods), so a
    city-size database costs what the programme holds, not what every programme holds.
    """
    h = _HOOD.c
    with ctx.db.read_core() as conn:
        hoods = conn.execute(
            select(
                h.id,
                h.name,
                h.recruitment_status,
                h.recruitment_start,
                h.recruitment_end,
                h.cycle_start,
                h.cycle_end,
            ).where(h.programme_id == programme_id, h.deleted_at.is_(None))
        ).all()
        people = _people_counts(conn, programme_id)
        sessions = _session_figures(conn, programme_id)
        mentors = _mentor_names(conn, programme_id)
        projects = _projects(conn, programme_id)
    rows = []
    for hood in hoods:
        held, planned, hours = sessions.get(hood.id, (0, 0, None))
        project = projects.get(hood.id)
        rows.append(
            NeighbourhoodRow(
                id=hood.id,
                name=hood.name,
                mentors=tuple(mentors.get(hood.id, ())),
                recruitment_status=hood.recruitment_status,
                recruitment_start=hood.recruitment_start,
                recruitment_end=hood.recruitment_end,
                cycle_start=hood.cycle_start,
                cycle_end=hood.cycle_end,
                people=people.get(hood.id, 0),
                sessions_held=held,
                sessions_planned=planned,
                hours_delivered=_hours(hours),
                project_id=project[0] if project else None,
                project_title=project[1] if project else None,
                project_status=project[2] if project else None,
                project_grant=project[3] if project else None,
            )
        )
    return sorted(rows, key=lambda r: (fold(r.name), r.id))


def _live_hoods(programme_id: int) -> Select[tuple[int]]:
    return select(_HOOD.c.id).where(
        _HOOD.c.programme_id == programme_id, _HOOD.c.deleted_at.is_(None)
    )


def _people_counts(conn: Connection, programme_id: int) -> dict[int, int]:
    """Live, not resigned enrolments per neighbourhood.

    A person's deletion takes their enrolments with it; the few deleted people are still
    left out by one uncorrelated set (``ix_person_deleted_at``) instead of a lookup per
    enrolment, which cost 0.1 s for 100,000 enrolments.
    """
    e = _ENROLMENT.c
    deleted_people = select(_PERSON.c.id).where(_PERSON.c.deleted_at.is_not(None))
    query = (
        select(e.neighbourhood_id, func.count())
        .where(
            e.programme_id == programme_id,
            e.neighbourhood_id.is_not(None),
            e.status != EnrolmentStatus.RESIGNED,
            e.deleted_at.is_(None),
            e.person_id.not_in(deleted_people),
        )
        .group_by(e.neighbourhood_id)
    )
    return {nid: int(n) for nid, n in conn.execute(query) if nid is not None}


def _session_figures(
    conn: Connection, programme_id: int
) -> dict[int, tuple[int, int, Decimal | None]]:
    """Held and planned sessions and the held hours of each of the programme's neighbourhoods."""
    t = _SESSION.c
    held = t.status == SessionStatus.HELD
    query = (
        select(
            t.neighbourhood_id,
            func.sum(case((held, 1), else_=0)),
            func.sum(case((t.status == SessionStatus.PLANNED, 1), else_=0)),
            func.sum(case((held, t.hours), else_=None)),
        )
        .where(t.neighbourhood_id.in_(_live_hoods(programme_id)), t.deleted_at.is_(None))
        .group_by(t.neighbourhood_id)
    )
    return {
        nid: (int(n_held), int(n_planned), hours)
        for nid, n_held, n_planned, hours in conn.execute(query)
    }


def _hours(value: Decimal | None) -> Decimal:
    # The CASE takes the hours column's type, so its sum comes back as a Decimal.
    return Decimal("0.00") if value is None else value


def _mentor_names(conn: Connection, programme_id: int) -> dict[int, list[str]]:
    m, person = _MENTOR.c, _PERSON.c
    found: dict[int, list[str]] = {}
    for nid, first, last in conn.execute(
        select(m.neighbourhood_id, person.first_name, person.last_name)
        .join(_PERSON, person.id == m.person_id)
        .where(
            m.neighbourhood_id.in_(_live_hoods(programme_id)),
            m.deleted_at.is_(None),
            person.deleted_at.is_(None),
        )
        .order_by(person.sort_key, person.id)
    ):
        found.setdefault(nid, []).append(f"{first} {last}")
    return found


def _projects(
    conn: Connection, programme_id: int
) -> dict[int, tuple[int, str, ProjectStatus, Decimal]]:
    """Each neighbourhood's project (the first made, should there be more than one)."""
    p = _PROJECT.c
    first = (
        select(func.min(p.id))
        .where(p.neighbourhood_id.in_(_live_hoods(programme_id)), p.deleted_at.is_(None))
        .group_by(p.neighbourhood_id)
    )
    found = conn.execute(
        select(p.neighbourhood_id, p.id, p.title, p.status, p.grant_amount).where(p.id.in_(first))
    )
    return {nid: (pid, title, status, grant) for nid, pid, title, status, grant in found}
