"""The rows of a neighbourhood's training sessions, with their trainer and mark counts.

Shared by the sessions list and the attendance grid (its columns), so both
show the same figures from the same two queries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import AttendanceStatus, SessionStatus
from wall_desktop.db.models import Attendance, Person, TrainingSession

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class SessionRow:
    id: int
    row_version: int
    neighbourhood_id: int
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    hours: Decimal
    topic: str
    trainer_id: int | None
    trainer_name: str | None  # "first last"; None without a trainer
    place: str | None
    status: SessionStatus
    notes: str | None
    present: int
    excused: int
    absent: int
    attended_hours: Decimal  # the hours of everyone marked at it, summed


def _count(status: AttendanceStatus) -> object:
    return func.sum(case((Attendance.status == status, 1), else_=0))


def session_rows(
    s: Session, neighbourhood_id: int, session_id: int | None = None
) -> list[SessionRow]:
    """A neighbourhood's live sessions (or one of them), by date and start time."""
    marks = (
        select(
            Attendance.session_id.label("sid"),
            _count(AttendanceStatus.PRESENT).label("present"),  # type: ignore[attr-defined]
            _count(AttendanceStatus.EXCUSED).label("excused"),  # type: ignore[attr-defined]
            _count(AttendanceStatus.ABSENT).label("absent"),  # type: ignore[attr-defined]
            func.sum(Attendance.hours).label("hours"),
        )
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .where(
            TrainingSession.neighbourhood_id == neighbourhood_id,
            TrainingSession.deleted_at.is_(None),
            Attendance.deleted_at.is_(None),
        )
        .group_by(Attendance.session_id)
        .subquery()
    )
    query = (
        select(
            TrainingSession,
            Person.first_name,
            Person.last_name,
            marks.c.present,
            marks.c.excused,
            marks.c.absent,
            marks.c.hours,
        )
        .outerjoin(Person, Person.id == TrainingSession.trainer_id)
        .outerjoin(marks, marks.c.sid == TrainingSession.id)
        .where(
            TrainingSession.neighbourhood_id == neighbourhood_id,
            TrainingSession.deleted_at.is_(None),
        )
        .order_by(
            TrainingSession.date,
            TrainingSession.start_time.is_(None),
            TrainingSession.start_time,
            TrainingSession.id,
        )
    )
    if session_id is not None:
        query = query.where(TrainingSession.id == session_id)
    rows = []
    # The filters are explicit: a trainer deleted since still names their sessions.
    for t, first, last, present, excused, absent, hours in s.execute(
        query.execution_options(include_deleted=True)
    ):
        rows.append(
            SessionRow(
                id=t.id,
                row_version=t.row_version,
                neighbourhood_id=t.neighbourhood_id,
                date=t.date,
                start_time=t.start_time,
                end_time=t.end_time,
                hours=t.hours,
                topic=t.topic,
                trainer_id=t.trainer_id,
                trainer_name=f"{first} {last}" if first is not None else None,
                place=t.place,
                status=t.status,
                notes=t.notes,
                present=int(present or 0),
                excused=int(excused or 0),
                absent=int(absent or 0),
                attended_hours=hours if hours is not None else ZERO,
            )
        )
    return rows
