"""A neighbourhood's attendance grid: people down, sessions across, totals both ways.

Built from a handful of set-based queries (sessions, people, roles, marks,
and the grouped hours behind eligibility), never one query per person, so
it stays quick with a million marks in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from wall_desktop.db.enums import AttendanceStatus, EnrolmentStatus, Role
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
from wall_desktop.services.eligibility import PersonProgress, progress_in_session
from wall_desktop.services.errors import NotFound
from wall_desktop.services.hours import CYCLE_ROLES, in_cycle_role
from wall_desktop.services.training_rows import SessionRow, session_rows
from wall_desktop.text_keys import sort_key

ZERO = Decimal("0.00")
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


# Kept under its old name for callers that sort names themselves; one implementation.
polish_key = sort_key


def attendance_grid(ctx: Context, neighbourhood_id: int) -> AttendanceGrid:
    with ctx.db.read() as s:
        found = s.execute(
            select(Neighbourhood.programme_id, Programme.certificate_threshold)
            .join(Programme, Programme.id == Neighbourhood.programme_id)
            .where(Neighbourhood.id == neighbourhood_id)
        ).first()
        if found is None:
            raise NotFound(_("The neighbourhood no longer exists"))
        programme_id, threshold = found
        sessions = session_rows(s, neighbourhood_id)
        enrolments = s.execute(
            select(
                Enrolment.id,
                Enrolment.person_id,
                Enrolment.status,
                Person.first_name,
                Person.last_name,
            )
            .join(Person, Person.id == Enrolment.person_id)
            .where(
                Enrolment.neighbourhood_id == neighbourhood_id,
                Enrolment.status.in_(GRID_STATUSES),
                in_cycle_role(Enrolment.id),
            )
            .order_by(Person.sort_key, Person.id)  # Polish order (text_keys.person_sort_key)
        ).all()
        roles: dict[int, list[Role]] = {}
        for eid, role in s.execute(
            select(EnrolmentRole.enrolment_id, EnrolmentRole.role)
            .join(Enrolment, Enrolment.id == EnrolmentRole.enrolment_id)
            .where(
                Enrolment.neighbourhood_id == neighbourhood_id,
                EnrolmentRole.role.in_(CYCLE_ROLES),
            )
            .order_by(EnrolmentRole.role)
        ):
            roles.setdefault(eid, []).append(role)
        people = tuple(
            GridPerson(pid, eid, first, last, status, tuple(roles.get(eid, ())))
            for eid, pid, status, first, last in enrolments
        )
        listed = {p.person_id for p in people}
        cells: dict[tuple[int, int], GridCell] = {}
        for pid, sid, status, hours in s.execute(
            select(Attendance.person_id, Attendance.session_id, Attendance.status, Attendance.hours)
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .where(TrainingSession.neighbourhood_id == neighbourhood_id)
        ):
            if pid in listed:
                cells[(pid, sid)] = GridCell(status, hours)
        progress = progress_in_session(s, programme_id, neighbourhood_id=neighbourhood_id)
    return AttendanceGrid(
        neighbourhood_id=neighbourhood_id,
        programme_id=programme_id,
        threshold=threshold,
        sessions=tuple(sessions),
        people=people,
        cells=cells,
        person_totals={p.person_id: progress[p.person_id] for p in people},
        session_totals=_session_totals(sessions, cells),
    )


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
