"""Marking attendance: many cells of the grid in one unit of work, undoable.

``set_attendance`` applies a batch of marks and returns each touched cell as
it was before, so undo is ``set_attendance(ctx, previous)``.  A cell has at
most one live row (a partial unique index says so): re-marking a cell reuses
its row, undeleting it when the mark had been removed, never a second row.

A batch is all or nothing: one refused mark refuses the batch and nothing is
written; ``MarkRefused.cells`` says which cells and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import AttendanceStatus, SessionStatus
from wall_desktop.db.models import Attendance, Enrolment, Neighbourhood, Person, TrainingSession
from wall_desktop.i18n import _
from wall_desktop.services import validation as v
from wall_desktop.services.context import Context
from wall_desktop.services.errors import ValidationError
from wall_desktop.services.formatting import format_date, format_hours
from wall_desktop.services.hours import in_cycle_role

CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on bound values
ZERO = Decimal("0.00")

Cell = tuple[int, int]  # (person_id, session_id)


@dataclass(frozen=True)
class AttendanceMark:
    """A cell of the grid: ``status`` None means no mark; ``hours`` None means the default.

    The default is the session's hours when present and 0 otherwise.
    """

    person_id: int
    session_id: int
    status: AttendanceStatus | None
    hours: Decimal | None = None


class MarkRefused(ValidationError):
    """Some marks of a batch break a rule; ``cells`` maps each such cell to its message."""

    def __init__(self, cells: dict[Cell, str]) -> None:
        self.cells = dict(cells)
        super().__init__({f"{pid}:{sid}": msg for (pid, sid), msg in self.cells.items()})


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def _sessions(s: Session, ids: Iterable[int]) -> dict[int, tuple[TrainingSession, int]]:
    """Live sessions by id, each with its neighbourhood's programme."""
    found: dict[int, tuple[TrainingSession, int]] = {}
    for chunk in _chunks(ids):
        for t, programme_id in s.execute(
            select(TrainingSession, Neighbourhood.programme_id)
            .join(Neighbourhood, Neighbourhood.id == TrainingSession.neighbourhood_id)
            .where(TrainingSession.id.in_(chunk))
        ):
            found[t.id] = (t, programme_id)
    return found


def _enrolled(s: Session, person_ids: Iterable[int]) -> set[tuple[int, int]]:
    """(person, neighbourhood) pairs of live participant or leader enrolments."""
    pairs: set[tuple[int, int]] = set()
    for chunk in _chunks(person_ids):
        for pid, nid in s.execute(
            select(Enrolment.person_id, Enrolment.neighbourhood_id)
            .join(Person, Person.id == Enrolment.person_id)
            .where(
                Enrolment.person_id.in_(chunk),
                Enrolment.neighbourhood_id.is_not(None),
                in_cycle_role(Enrolment.id),
            )
        ):
            if nid is not None:
                pairs.add((pid, nid))
    return pairs


def _names(s: Session, person_ids: Iterable[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in _chunks(person_ids):
        for pid, first, last in s.execute(
            select(Person.id, Person.first_name, Person.last_name)
            .where(Person.id.in_(chunk))
            .execution_options(include_deleted=True)
        ):
            names[pid] = f"{first} {last}"
    return names


def _rows(s: Session, cells: set[Cell]) -> dict[Cell, Attendance]:
    """Each cell's live row, else its most recently deleted one (to be reused)."""
    by_session: dict[int, set[int]] = {}
    for pid, sid in cells:
        by_session.setdefault(sid, set()).add(pid)
    found: dict[Cell, Attendance] = {}
    people = {pid for pid, _sid in cells}
    for chunk in _chunks(by_session):
        query = (
            select(Attendance)
            .where(Attendance.session_id.in_(chunk))
            .execution_options(include_deleted=True)
        )
        if len(people) <= CHUNK:
            # a few people (one cell, a column of the grid): their rows only, not the
            # whole session's; the cell's index serves it
            query = query.where(Attendance.person_id.in_(people))
        for row in s.execute(query).scalars():
            cell = (row.person_id, row.session_id)
            if cell not in cells:
                continue
            kept = found.get(cell)
            if kept is None or _better(row, kept):
                found[cell] = row
    return found


def _better(row: Attendance, kept: Attendance) -> bool:
    if (row.deleted_at is None) != (kept.deleted_at is None):
        return row.deleted_at is None
    return (row.deleted_at or utcnow(), row.id) > (kept.deleted_at or utcnow(), kept.id)


def _state(cell: Cell, row: Attendance | None) -> AttendanceMark:
    if row is None or row.deleted_at is not None:
        return AttendanceMark(cell[0], cell[1], None, None)
    return AttendanceMark(cell[0], cell[1], row.status, row.hours)


def _resolve(mark: AttendanceMark, session: TrainingSession) -> tuple[Decimal | None, str | None]:
    """The hours to store for a mark, or the reason it is refused."""
    if mark.status is None:
        return None, None
    if not isinstance(mark.status, AttendanceStatus):
        return None, _("Choose present, excused or absent")
    label = _("Hours")
    hours = mark.hours
    if hours is not None and not isinstance(hours, Decimal):
        return None, _("{field} must be a number").format(field=label)
    if mark.status is not AttendanceStatus.PRESENT:
        if hours:
            return None, _("Only a person who was present can have hours")
        return ZERO, None
    if hours is None:
        return session.hours, None
    problem = v.decimal_places(hours, label) or v.non_negative(hours, label)
    if problem:
        return None, problem
    if hours > session.hours:
        return None, _("{hours} is more than the session's {limit}").format(
            hours=format_hours(hours), limit=format_hours(session.hours)
        )
    return hours, None


def set_attendance(ctx: Context, marks: Sequence[AttendanceMark]) -> list[AttendanceMark]:
    """Apply the marks in one unit of work; return each cell's previous state.

    One previous state per distinct cell, in the order the cells first
    appear; a cell given twice takes its last mark.  Removing a mark (status
    None) is always allowed; setting one is refused for a cancelled or
    deleted session, a person without a live participant or leader
    enrolment in the session's neighbourhood, hours below zero, over the
    session's hours, with more than two decimals, or hours for someone not
    present.
    """
    wanted: dict[Cell, AttendanceMark] = {}
    for m in marks:
        wanted[(m.person_id, m.session_id)] = m
    if not wanted:
        return []
    with ctx.db.write(ctx.operator) as s:
        sessions = _sessions(s, (sid for _pid, sid in wanted))
        enrolled = _enrolled(s, (pid for pid, _sid in wanted))
        rows = _rows(s, set(wanted))
        refused: dict[Cell, str] = {}
        hours: dict[Cell, Decimal | None] = {}
        for cell, m in wanted.items():
            found = sessions.get(m.session_id)
            if found is None:
                refused[cell] = _("The training session no longer exists")
                continue
            session = found[0]
            if m.status is None:
                hours[cell] = None
                continue
            if session.status is SessionStatus.CANCELLED:
                refused[cell] = _("The session of {date} was cancelled").format(
                    date=format_date(session.date)
                )
                continue
            if (m.person_id, session.neighbourhood_id) not in enrolled:
                refused[cell] = _("not enrolled as a participant or leader in this neighbourhood")
                continue
            value, problem = _resolve(m, session)
            if problem:
                refused[cell] = problem
            else:
                hours[cell] = value
        if refused:
            names = _names(s, (pid for pid, _sid in refused))
            raise MarkRefused(
                {cell: f"{names.get(cell[0], '?')}: {msg}" for cell, msg in sorted(refused.items())}
            )
        previous = [_state(cell, rows.get(cell)) for cell in wanted]
        now = utcnow()
        for cell, m in wanted.items():
            _write(s, cell, m.status, hours[cell], rows.get(cell), now)
    return previous


def _write(
    s: Session,
    cell: Cell,
    status: AttendanceStatus | None,
    hours: Decimal | None,
    row: Attendance | None,
    now: object,
) -> None:
    live = row is not None and row.deleted_at is None
    if status is None:
        if row is not None and live:
            row.deleted_at = now  # type: ignore[assignment]
        return
    assert hours is not None
    if row is None:
        s.add(Attendance(person_id=cell[0], session_id=cell[1], status=status, hours=hours))
        return
    if live and row.status is status and row.hours == hours:
        return  # unchanged: no new version, no change-log entry
    row.status, row.hours, row.deleted_at = status, hours, None
