"""A neighbourhood's attendance grid: people down, sessions across, totals both ways.

Built from a handful of set-based queries (the neighbourhood, its sessions,
its people with their roles, its marks), never one query per person, so it
stays quick with a million marks in the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, select

from wall_desktop.db.enums import AttendanceStatus, EnrolmentStatus, Role, SessionStatus
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
from wall_desktop.services.context import Context
from wall_desktop.services.eligibility import PersonProgress, progress
from wall_desktop.services.errors import NotFound
from wall_desktop.services.hours import CYCLE_ROLES
from wall_desktop.services.training_rows import (
    MarkCounts,
    SessionRow,
    plain_session_rows,
    with_counts,
)
from wall_desktop.text_keys import sort_key

ZERO = Decimal("0.00")
CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on bound values
GRID_STATUSES = (
    EnrolmentStatus.CANDIDATE,
    EnrolmentStatus.ACCEPTED,
    EnrolmentStatus.COMPLETED,
    EnrolmentStatus.RESIGNED,
)


@dataclass(frozen=True)
class GridPerson:
    person_id: int
    enrolment_id: int
    first_name: str
    last_name: str
    status: EnrolmentStatus
    roles: tuple[Role, ...]  # participant and/or leader

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class GridCell:
    status: AttendanceStatus
    hours: Decimal


@dataclass(frozen=True)
class SessionTotal:
    """A column's totals over the grid's people."""

    session_id: int
    present: int
    hours: Decimal  # hours attended at it, summed over the people


@dataclass(frozen=True)
class AttendanceGrid:
    neighbourhood_id: int
    programme_id: int
    threshold: Decimal  # per cent of the held hours
    sessions: tuple[SessionRow, ...]  # columns, by date and time
    people: tuple[GridPerson, ...]  # rows, by last then first name in Polish order
    cells: dict[tuple[int, int], GridCell]  # (person_id, session_id) -> mark; no key, no mark
    person_totals: dict[int, PersonProgress]  # by person_id: hours, share, eligibility
    session_totals: dict[int, SessionTotal]  # by session_id

    def cell(self, person_id: int, session_id: int) -> GridCell | None:
        return self.cells.get((person_id, session_id))


# The statements are built once (building one costs about what running it does).
_HOOD: BindParameter[int] = bindparam("hood")
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_PROGRAMME = (
    select(Programme.id, Programme.certificate_threshold, Programme.nominal_hours)
    .join(Neighbourhood, Neighbourhood.programme_id == Programme.id)
    .where(
        Neighbourhood.id == _HOOD,
        Neighbourhood.deleted_at.is_(None),
        Programme.deleted_at.is_(None),
    )
)
_ROLES = (
    select(Enrolment.id, Enrolment.person_id, Enrolment.status, EnrolmentRole.role)
    .join(EnrolmentRole, EnrolmentRole.enrolment_id == Enrolment.id)
    .where(
        Enrolment.neighbourhood_id == _HOOD,
        Enrolment.deleted_at.is_(None),
        Enrolment.status.in_(GRID_STATUSES),
        EnrolmentRole.role.in_(CYCLE_ROLES),
        EnrolmentRole.deleted_at.is_(None),
    )
)
_NAMES = select(Person.sort_key, Person.id, Person.first_name, Person.last_name).where(
    Person.id.in_(_IDS), Person.deleted_at.is_(None)
)
_MARKS = (
    select(Attendance.person_id, Attendance.session_id, Attendance.status, Attendance.hours)
    .join(TrainingSession, TrainingSession.id == Attendance.session_id)
    .where(
        TrainingSession.neighbourhood_id == _HOOD,
        TrainingSession.deleted_at.is_(None),
        Attendance.deleted_at.is_(None),
    )
)

_TALLY = {AttendanceStatus.PRESENT: 0, AttendanceStatus.EXCUSED: 1, AttendanceStatus.ABSENT: 2}

# Kept under its old name for callers that sort names themselves; one implementation.
polish_key = sort_key


def attendance_grid(ctx: Context, neighbourhood_id: int) -> AttendanceGrid:
    """The grid of one neighbourhood, from four set-based queries.

    The people's hours and eligibility come from the marks the grid reads
    anyway (their hours at the neighbourhood's held sessions, the same sum as
    ``hours.enrolment_hours``), decided by ``eligibility.progress``; reading
    them again through the programme-wide query cost more than the grid.
    """
    with ctx.db.read_core() as conn:  # plain rows: the soft-delete filters are written out
        found = conn.execute(_PROGRAMME, {"hood": neighbourhood_id}).first()
        if found is None:
            raise NotFound(_("The neighbourhood no longer exists"))
        # a detached copy with what the certificate rule reads (loading the
        # ORM object cost more than the grid's people)
        programme = Programme(id=found[0], certificate_threshold=found[1], nominal_hours=found[2])
        plain = plain_session_rows(conn, neighbourhood_id)
        people = _people(conn, neighbourhood_id)
        listed = {p.person_id for p in people}
        cells: dict[tuple[int, int], GridCell] = {}
        shared: dict[tuple[AttendanceStatus, Decimal], GridCell] = {}  # frozen: one per value
        # every live mark of the neighbourhood: the columns' counts (as the
        # sessions list shows them) and the listed people's cells
        counted: dict[int, list[Any]] = {}
        for pid, sid, status, hours in conn.execute(_MARKS, {"hood": neighbourhood_id}):
            tally = counted.get(sid)
            if tally is None:
                tally = counted[sid] = [0, 0, 0, ZERO]
            tally[_TALLY[status]] += 1
            tally[3] += hours
            if pid in listed:
                cell = shared.get((status, hours))
                if cell is None:
                    cell = shared[(status, hours)] = GridCell(status, hours)
                cells[(pid, sid)] = cell
        sessions = [
            with_counts(row, MarkCounts(*counted[row[0]]) if row[0] in counted else None)
            for row in plain
        ]
    return AttendanceGrid(
        neighbourhood_id=neighbourhood_id,
        programme_id=programme.id,
        threshold=programme.certificate_threshold,
        sessions=tuple(sessions),
        people=people,
        cells=cells,
        person_totals=_progress(programme, neighbourhood_id, people, sessions, cells),
        session_totals=_session_totals(sessions, cells),
    )


def _people(conn: Connection, neighbourhood_id: int) -> tuple[GridPerson, ...]:
    """Participants and leaders in Polish name order, each with their cycle roles.

    Two queries: the enrolments with a cycle role first, then only their
    people (joining every enrolment of the neighbourhood to its person first,
    candidates by the thousand, cost twice as much).
    """
    enrolments: dict[int, tuple[int, EnrolmentStatus, list[Role]]] = {}
    for eid, pid, status, role in conn.execute(_ROLES, {"hood": neighbourhood_id}):
        enrolments.setdefault(eid, (pid, status, []))[2].append(role)
    by_person = {pid: (eid, status, roles) for eid, (pid, status, roles) in enrolments.items()}
    found: list[tuple[str, int, str, str]] = []
    for chunk in _chunks(by_person):
        found.extend(conn.execute(_NAMES, {"ids": chunk}).all())
    found.sort(key=lambda row: (row[0], row[1]))  # Polish order (text_keys.person_sort_key)
    people = []
    for _key, pid, first, last in found:
        eid, status, roles = by_person[pid]
        people.append(GridPerson(pid, eid, first, last, status, tuple(sorted(roles))))
    return tuple(people)


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def _progress(
    programme: Programme,
    neighbourhood_id: int,
    people: tuple[GridPerson, ...],
    sessions: list[SessionRow],
    cells: dict[tuple[int, int], GridCell],
) -> dict[int, PersonProgress]:
    """Each person's hours at the held sessions, and the certificate rule applied to them."""
    held_ids = {t.id for t in sessions if t.status is SessionStatus.HELD}
    held = sum((t.hours for t in sessions if t.status is SessionStatus.HELD), ZERO)
    planned = sum((t.hours for t in sessions if t.status is SessionStatus.PLANNED), ZERO)
    attended = {p.person_id: ZERO for p in people}
    for (pid, sid), cell in cells.items():
        if sid in held_ids:
            attended[pid] += cell.hours
    return {
        p.person_id: progress(
            p.status,
            attended[p.person_id],
            held,
            planned,
            programme,
            enrolment_id=p.enrolment_id,
            person_id=p.person_id,
            neighbourhood_id=neighbourhood_id,
        )
        for p in people
    }


def _session_totals(
    sessions: list[SessionRow], cells: dict[tuple[int, int], GridCell]
) -> dict[int, SessionTotal]:
    present = {t.id: 0 for t in sessions}
    hours = {t.id: ZERO for t in sessions}
    for (_pid, sid), cell in cells.items():
        if sid in present:
            present[sid] += cell.status is AttendanceStatus.PRESENT
            hours[sid] += cell.hours
    return {t.id: SessionTotal(t.id, present[t.id], hours[t.id]) for t in sessions}
