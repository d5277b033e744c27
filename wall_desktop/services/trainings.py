"""Training sessions of a neighbourhood's cycle: forms, deletion and the list.

Attendance at them is kept by ``services/attendance.py`` and shown by
``services/attendance_grid.py``; both are offered from here too, so the
trainings tab needs one module.

A session's hours are the most anyone can attend at it, so changing them
carries the marks along: a "present" mark that had the session's full hours
keeps having them; a mark with more hours than the new figure refuses the
change (the user lowers that mark first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import AttendanceStatus, SessionStatus
from wall_desktop.db.models import Attendance, Neighbourhood, Person, TrainingSession
from wall_desktop.i18n import _, ngettext
from wall_desktop.services import validation as v
from wall_desktop.services.attendance import AttendanceMark, MarkRefused, set_attendance
from wall_desktop.services.attendance_grid import (
    AttendanceGrid,
    GridCell,
    GridPerson,
    SessionTotal,
    attendance_grid,
)
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Conflict, NotFound, RuleViolation
from wall_desktop.services.formatting import format_date, format_hours
from wall_desktop.services.training_rows import SessionRow, session_rows
from wall_desktop.services.undelete import deleted_with, load_even_deleted, undelete
from wall_desktop.services.validation import Checker

__all__ = [
    "AttendanceGrid",
    "AttendanceMark",
    "GridCell",
    "GridPerson",
    "MarkRefused",
    "SessionDeleted",
    "SessionInput",
    "SessionRow",
    "SessionTotal",
    "attendance_grid",
    "create_session",
    "delete_session",
    "list_sessions",
    "restore_session",
    "set_attendance",
    "update_session",
]

MAX_SESSION_HOURS = Decimal(24)


@dataclass(frozen=True)
class SessionInput:
    neighbourhood_id: int
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    hours: Decimal
    topic: str
    trainer_id: int | None = None
    place: str | None = None
    status: SessionStatus = SessionStatus.PLANNED
    notes: str | None = None


@dataclass(frozen=True)
class SessionDeleted:
    """What a delete took with it, for the GUI to confirm or report."""

    session_id: int
    topic: str
    date: dt.date
    marks_deleted: int
    message: str  # e.g. "Deleted the session of 05.03.2022 and its 12 attendance marks"


# --- checks ---------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    return " ".join(text.split()) if text and text.strip() else None


class SessionFields(Protocol):
    """What a form row and an imported row share: the fields checked without the database."""

    @property
    def date(self) -> dt.date | None: ...
    @property
    def start_time(self) -> dt.time | None: ...
    @property
    def end_time(self) -> dt.time | None: ...
    @property
    def hours(self) -> Decimal | None: ...
    @property
    def topic(self) -> str | None: ...
    @property
    def place(self) -> str | None: ...


def session_field_errors(
    data: SessionFields, label: Callable[[str], str] | None = None
) -> dict[str, str]:
    """Problems per field of a session, the same for the form and the importer.

    ``label`` names a field as the caller's user sees it (an import column's
    header); by default the form's labels are used.
    """
    names = {"topic": _("Topic"), "place": _("Venue"), "date": _("Date"), "hours": _("Hours")}
    name = label or names.__getitem__
    c = Checker()
    topic = _clean(data.topic)
    c.add("topic", v.required(topic, name("topic")))
    c.add("topic", v.max_length(topic, 300, name("topic")))
    c.add("place", v.max_length(_clean(data.place), 300, name("place")))
    c.add("date", v.required(data.date, name("date")))
    c.add("end_time", v.time_order(data.start_time, data.end_time))
    c.add("hours", v.required(data.hours, name("hours")))
    if data.hours is not None:
        if not isinstance(data.hours, Decimal):
            c.add("hours", _("{field} must be a number").format(field=name("hours")))
        else:
            c.add("hours", v.decimal_places(data.hours, name("hours")))
            c.add("hours", v.positive(data.hours, name("hours")))
            if data.hours.is_finite() and data.hours > MAX_SESSION_HOURS:
                c.add("hours", _("{field} cannot exceed 24").format(field=name("hours")))
    return c.errors


def _check(s: Session, data: SessionInput) -> None:
    c = Checker()
    c.errors.update(session_field_errors(data))
    if not isinstance(data.status, SessionStatus):
        c.add("status", _("Choose a status from the list"))
    hood = s.execute(
        select(Neighbourhood.id).where(Neighbourhood.id == data.neighbourhood_id)
    ).scalar_one_or_none()
    if hood is None:
        c.add("neighbourhood_id", _("The neighbourhood no longer exists"))
    if data.trainer_id is not None:
        trainer = s.execute(
            select(Person.id).where(Person.id == data.trainer_id)
        ).scalar_one_or_none()
        if trainer is None:
            c.add("trainer_id", _("The trainer no longer exists"))
    c.raise_if_any()


def _apply(row: TrainingSession, data: SessionInput) -> None:
    row.neighbourhood_id = data.neighbourhood_id
    row.date = data.date
    row.start_time = data.start_time
    row.end_time = data.end_time
    row.hours = data.hours
    row.topic = _clean(data.topic) or ""
    row.trainer_id = data.trainer_id
    row.place = _clean(data.place)
    row.status = data.status
    row.notes = data.notes.strip() if data.notes and data.notes.strip() else None


def _load(s: Session, session_id: int) -> TrainingSession:
    row = s.execute(
        select(TrainingSession).where(TrainingSession.id == session_id)
    ).scalar_one_or_none()
    if row is None:
        raise NotFound(_("The training session no longer exists"))
    return row


def _marks(s: Session, session_id: int) -> list[Attendance]:
    return list(s.execute(select(Attendance).where(Attendance.session_id == session_id)).scalars())


def _row(s: Session, row: TrainingSession) -> SessionRow:
    s.flush()
    return session_rows(s, row.neighbourhood_id, row.id)[0]


# --- writing ---------------------------------------------------------------


def create_session(ctx: Context, data: SessionInput) -> SessionRow:
    with ctx.db.write(ctx.operator) as s:
        _check(s, data)
        row = TrainingSession()
        _apply(row, data)
        s.add(row)
        return _row(s, row)


def update_session(
    ctx: Context,
    session_id: int,
    data: SessionInput,
    *,
    expected_version: int | None = None,
) -> SessionRow:
    """Change a session; its marks follow a change of hours (see the module's note)."""
    with ctx.db.write(ctx.operator) as s:
        row = _load(s, session_id)
        if expected_version is not None and row.row_version != expected_version:
            raise Conflict(_("Someone else changed this session; reopen it and try again"))
        _check(s, data)
        marks = _marks(s, session_id)
        if marks and data.neighbourhood_id != row.neighbourhood_id:
            raise RuleViolation(
                _("A session with attendance marks cannot move to another neighbourhood")
            )
        if data.hours != row.hours:
            _follow_hours(marks, row.hours, data.hours)
        _apply(row, data)
        return _row(s, row)


def _follow_hours(marks: list[Attendance], old: Decimal, new: Decimal) -> None:
    over = [
        m
        for m in marks
        if m.hours > new and not (m.status is AttendanceStatus.PRESENT and m.hours == old)
    ]
    if over:
        raise RuleViolation(
            ngettext(
                "{n} person has more than {hours} marked at this session; lower their hours first",
                "{n} people have more than {hours} marked at this session; lower their hours first",
                len(over),
            ).format(n=len(over), hours=format_hours(new))
        )
    for m in marks:
        if m.status is AttendanceStatus.PRESENT and m.hours == old:
            m.hours = new


def delete_session(ctx: Context, session_id: int) -> SessionDeleted:
    """Soft-delete a session together with its attendance marks; say how many went."""
    with ctx.db.write(ctx.operator) as s:
        row = _load(s, session_id)
        now = utcnow()
        marks = _marks(s, session_id)
        for m in marks:
            m.deleted_at = now
        row.deleted_at = now
        n = len(marks)
        when = format_date(row.date)
        if n:
            message = ngettext(
                "Deleted the session of {date} and its {n} attendance mark",
                "Deleted the session of {date} and its {n} attendance marks",
                n,
            ).format(date=when, n=n)
        else:
            message = _("Deleted the session of {date}").format(date=when)
        return SessionDeleted(row.id, row.topic, row.date, n, message)


def restore_session(ctx: Context, session_id: int) -> SessionRow:
    """Bring back a deleted session with the attendance marks deleted with it (undo).

    Refused when its neighbourhood is gone; marks of people deleted since stay out.
    Restoring a live session changes nothing.
    """
    with ctx.db.write(ctx.operator) as s:
        row = load_even_deleted(s, TrainingSession, session_id)
        if row is None:
            raise NotFound(_("The training session no longer exists"))
        if row.deleted_at is None:
            return _row(s, row)
        hood = s.execute(
            select(Neighbourhood.id).where(Neighbourhood.id == row.neighbourhood_id)
        ).scalar_one_or_none()
        if hood is None:
            raise RuleViolation(_("The neighbourhood of this session no longer exists"))
        undelete(s, row, deleted_with(s, Attendance, Attendance.session_id, row))
        return _row(s, row)


def count_marks(ctx: Context, session_id: int) -> int:
    """Live marks of a session: what a delete would take with it (for the confirmation)."""
    with ctx.db.read() as s:
        _load(s, session_id)
        return int(
            s.execute(
                select(func.count(Attendance.id)).where(Attendance.session_id == session_id)
            ).scalar_one()
        )


# --- reading ----------------------------------------------------------------


def list_sessions(ctx: Context, neighbourhood_id: int) -> list[SessionRow]:
    """A neighbourhood's sessions by date and time, with trainer and mark counts."""
    with ctx.db.read() as s:
        return session_rows(s, neighbourhood_id)


def get_session(ctx: Context, session_id: int) -> SessionRow:
    with ctx.db.read() as s:
        row = _load(s, session_id)
        return session_rows(s, row.neighbourhood_id, row.id)[0]
