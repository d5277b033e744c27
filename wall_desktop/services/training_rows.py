"""The rows of a neighbourhood's training sessions, with their trainer and mark counts.

Shared by the sessions list and the attendance grid (its columns), so both
show the same figures.  The grid reads every live mark of the neighbourhood
anyway, so it takes the plain rows and counts the marks itself
(``plain_session_rows`` and ``with_counts``) instead of having SQL count
them a second time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import BindParameter, ColumnElement, Connection, bindparam, case, func, select
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


def _count(status: AttendanceStatus) -> ColumnElement[int]:
    return func.sum(case((Attendance.status == status, 1), else_=0))


# The statements are built once: building one cost about what running it does.
_HOOD: BindParameter[int] = bindparam("hood")
_MARKS = (
    select(
        Attendance.session_id.label("sid"),
        _count(AttendanceStatus.PRESENT).label("present"),
        _count(AttendanceStatus.EXCUSED).label("excused"),
        _count(AttendanceStatus.ABSENT).label("absent"),
        func.sum(Attendance.hours).label("hours"),
    )
    .join(TrainingSession, TrainingSession.id == Attendance.session_id)
    .where(
        TrainingSession.neighbourhood_id == _HOOD,
        TrainingSession.deleted_at.is_(None),
        Attendance.deleted_at.is_(None),
    )
    .group_by(Attendance.session_id)
    .subquery()
)
# Plain columns, not the ORM entity; the filters are explicit: a trainer
# deleted since still names their sessions.
_COLUMNS = (
    TrainingSession.id,
    TrainingSession.row_version,
    TrainingSession.neighbourhood_id,
    TrainingSession.date,
    TrainingSession.start_time,
    TrainingSession.end_time,
    TrainingSession.hours,
    TrainingSession.topic,
    TrainingSession.trainer_id,
    Person.first_name,
    Person.last_name,
    TrainingSession.place,
    TrainingSession.status,
    TrainingSession.notes,
)
_PLAIN = (
    select(*_COLUMNS)
    .outerjoin(Person, Person.id == TrainingSession.trainer_id)
    .where(
        TrainingSession.neighbourhood_id == _HOOD,
        TrainingSession.deleted_at.is_(None),
    )
    .order_by(
        TrainingSession.date,
        TrainingSession.start_time.is_(None),
        TrainingSession.start_time,
        TrainingSession.id,
    )
)
_COUNTED = _PLAIN.add_columns(
    _MARKS.c.present, _MARKS.c.excused, _MARKS.c.absent, _MARKS.c.hours
).outerjoin(_MARKS, _MARKS.c.sid == TrainingSession.id)
_ONE_COUNTED = _COUNTED.where(TrainingSession.id == bindparam("session"))


class MarkCounts(NamedTuple):
    present: int = 0
    excused: int = 0
    absent: int = 0
    hours: Decimal = ZERO  # the hours of everyone marked, summed


def session_rows(
    s: Session, neighbourhood_id: int, session_id: int | None = None
) -> list[SessionRow]:
    """A neighbourhood's live sessions (or one of them), by date and start time."""
    conn = s.connection()
    if session_id is None:
        result = conn.execute(_COUNTED, {"hood": neighbourhood_id})
    else:
        result = conn.execute(_ONE_COUNTED, {"hood": neighbourhood_id, "session": session_id})
    rows = []
    for values in result:
        present, excused, absent, hours = values[-4:]
        counts = MarkCounts(
            int(present or 0),
            int(excused or 0),
            int(absent or 0),
            hours if hours is not None else ZERO,
        )
        rows.append(_row(values[:-4], counts))
    return rows


def plain_session_rows(conn: Connection, neighbourhood_id: int) -> list[tuple[Any, ...]]:
    """The sessions' own columns, for a caller that counts the marks itself (the grid)."""
    return [tuple(r) for r in conn.execute(_PLAIN, {"hood": neighbourhood_id})]


def with_counts(plain: tuple[Any, ...], counts: MarkCounts | None) -> SessionRow:
    """A row of ``plain_session_rows`` with its marks counted by the caller."""
    return _row(plain, counts or MarkCounts())


def _row(values: Sequence[Any], counts: MarkCounts) -> SessionRow:
    (
        sid,
        version,
        hood,
        date,
        start,
        end,
        hours,
        topic,
        trainer,
        first,
        last,
        place,
        status,
        notes,
    ) = values
    return SessionRow(
        id=sid,
        row_version=version,
        neighbourhood_id=hood,
        date=date,
        start_time=start,
        end_time=end,
        hours=hours,
        topic=topic,
        trainer_id=trainer,
        trainer_name=f"{first} {last}" if first is not None else None,
        place=place,
        status=status,
        notes=notes,
        present=counts.present,
        excused=counts.excused,
        absent=counts.absent,
        attended_hours=counts.hours,
    )
