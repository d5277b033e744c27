"""Hours of the training cycle: what each person attended, what was held, what is to come.

A person's hours count only at *held* sessions of the neighbourhood they are
enrolled in; cancelled sessions count nowhere and planned ones are shown as
still to come.  Everything is summed in SQL (hours are integers of
hundredths there, so the sums are exact) with one grouped query for the
people and one for the neighbourhoods, however many people there are.

The rule that turns these numbers into a certificate decision lives in
``services/eligibility.py``; ``progress_for_programme`` is offered here too
because the hour figures are what most callers come for.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.expression import Exists

from wall_desktop.db.enums import EnrolmentStatus, Role, SessionStatus
from wall_desktop.db.models import (
    Attendance,
    Enrolment,
    EnrolmentRole,
    Neighbourhood,
    Person,
    TrainingSession,
)
from wall_desktop.services.context import Context

if TYPE_CHECKING:
    from wall_desktop.services.eligibility import PersonProgress

ZERO = Decimal("0.00")
# Who follows the cycle (and so has hours and may get a certificate).
CYCLE_ROLES = (Role.PARTICIPANT, Role.LEADER)


@dataclass(frozen=True)
class CycleHours:
    """A neighbourhood's cycle: hours of its held and of its planned sessions."""

    neighbourhood_id: int
    held: Decimal
    planned: Decimal


@dataclass(frozen=True)
class EnrolmentHours:
    """One enrolment's attended hours (at held sessions of its own neighbourhood)."""

    enrolment_id: int
    person_id: int
    neighbourhood_id: int | None
    status: EnrolmentStatus
    attended: Decimal


def in_cycle_role(enrolment_id: QueryableAttribute[int]) -> Exists:
    """SQL condition: the enrolment holds a live participant or leader role."""
    return exists().where(
        EnrolmentRole.enrolment_id == enrolment_id,
        EnrolmentRole.role.in_(CYCLE_ROLES),
        EnrolmentRole.deleted_at.is_(None),
    )


def cycle_hours(
    s: Session, programme_id: int, neighbourhood_id: int | None = None
) -> dict[int, CycleHours]:
    """Held and planned hours of every neighbourhood of the programme (or of one)."""
    status = TrainingSession.status
    query = (
        select(
            Neighbourhood.id,
            func.sum(case((status == SessionStatus.HELD, TrainingSession.hours), else_=None)),
            func.sum(case((status == SessionStatus.PLANNED, TrainingSession.hours), else_=None)),
        )
        .outerjoin(
            TrainingSession,
            and_(
                TrainingSession.neighbourhood_id == Neighbourhood.id,
                TrainingSession.deleted_at.is_(None),
            ),
        )
        .where(Neighbourhood.programme_id == programme_id, Neighbourhood.deleted_at.is_(None))
        .group_by(Neighbourhood.id)
    )
    if neighbourhood_id is not None:
        query = query.where(Neighbourhood.id == neighbourhood_id)
    return {
        nid: CycleHours(nid, held or ZERO, planned or ZERO)
        for nid, held, planned in s.execute(query).all()
    }


def enrolment_hours(
    s: Session,
    programme_id: int,
    *,
    neighbourhood_id: int | None = None,
    person_id: int | None = None,
) -> list[EnrolmentHours]:
    """Attended hours of every live participant or leader enrolment, in one grouped query.

    The query is driven from the enrolments, so the indexes on attendance's
    person and on the session's key do the work: one neighbourhood's people
    cost only their own marks, not a scan of every mark in the database.
    """
    counted = and_(
        TrainingSession.id == Attendance.session_id,
        TrainingSession.neighbourhood_id == Enrolment.neighbourhood_id,
        TrainingSession.status == SessionStatus.HELD,
        TrainingSession.deleted_at.is_(None),
    )
    query = (
        select(
            Enrolment.id,
            Enrolment.person_id,
            Enrolment.neighbourhood_id,
            Enrolment.status,
            func.sum(case((TrainingSession.id.is_not(None), Attendance.hours), else_=None)),
        )
        .join(Person, Person.id == Enrolment.person_id)
        .outerjoin(
            Attendance,
            and_(Attendance.person_id == Enrolment.person_id, Attendance.deleted_at.is_(None)),
        )
        .outerjoin(TrainingSession, counted)
        .where(
            Enrolment.programme_id == programme_id,
            Enrolment.deleted_at.is_(None),
            Person.deleted_at.is_(None),
            in_cycle_role(Enrolment.id),
        )
        .group_by(Enrolment.id)
        .order_by(Enrolment.id)
    )
    if neighbourhood_id is not None:
        query = query.where(Enrolment.neighbourhood_id == neighbourhood_id)
    if person_id is not None:
        query = query.where(Enrolment.person_id == person_id)
    # Plain rows through the session's connection: no ORM loading for a 100,000-row
    # result, so the soft-delete filters are written out above (the joins need them
    # in their ON clauses anyway).
    rows = s.connection().execute(query).all()
    return [
        EnrolmentHours(eid, pid, nid, status, attended or ZERO)
        for eid, pid, nid, status, attended in rows
    ]


def progress_for_programme(
    ctx: Context, programme_id: int, neighbourhood_id: int | None = None
) -> dict[int, PersonProgress]:
    """Each participant's or leader's hours and eligibility, keyed by person id.

    The same function as ``eligibility.progress_for_programme``.
    """
    from wall_desktop.services import eligibility  # it builds on this module

    return eligibility.progress_for_programme(ctx, programme_id, neighbourhood_id)
