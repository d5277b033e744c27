"""Marking attendance: many cells of the grid in one unit of work, undoable.

``set_attendance`` applies a batch of marks and returns each touched cell as
it was before, so undo is ``set_attendance(ctx, previous)``.  A cell has at
most one live row (a partial unique index says so): re-marking a cell reuses
its row, undeleting it when the mark had been removed, never a second row.

A batch is all or nothing: one refused mark refuses the batch and nothing is
written; ``MarkRefused.cells`` says which cells and why.

Marking is the grid's every keystroke, so it reads and writes plain rows
rather than ORM objects (one cell: ``Database.write_core``, no ORM session,
statements prepared once and run on the driver's connection):
one read for a single cell (three for a batch), then the change counter,
the rows and their change log entries by hand, with the bookkeeping the
flush hooks give ORM writes
(``db.session.stamp`` and ``log_changes``: change_seq, row_version, times,
operator, one log entry per changed row).  The soft-delete filters are
written out, as Core queries do not get them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import (
    BindParameter,
    Connection,
    and_,
    bindparam,
    exists,
    insert,
    select,
    update,
)
from sqlalchemy.orm.exc import StaleDataError

from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import AttendanceStatus, SessionStatus
from wall_desktop.db.models import Attendance, Enrolment, Neighbourhood, Person, TrainingSession
from wall_desktop.db.session import CoreWrite, Stamp, log_changes, stamp
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


class _Session(NamedTuple):
    id: int
    neighbourhood_id: int
    status: SessionStatus
    hours: Decimal
    date: dt.date


class _Row(NamedTuple):
    """A cell's stored row (live or soft-deleted)."""

    id: int
    uuid: uuid.UUID
    row_version: int
    person_id: int
    session_id: int
    status: AttendanceStatus
    hours: Decimal
    deleted_at: dt.datetime | None


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


# The statements are built once: building one costs more than running it.
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_PEOPLE: BindParameter[list[int]] = bindparam("people", expanding=True)
_SESSIONS = (
    select(
        TrainingSession.id,
        TrainingSession.neighbourhood_id,
        TrainingSession.status,
        TrainingSession.hours,
        TrainingSession.date,
    )
    .join(Neighbourhood, Neighbourhood.id == TrainingSession.neighbourhood_id)
    .where(
        TrainingSession.id.in_(_IDS),
        TrainingSession.deleted_at.is_(None),
        Neighbourhood.deleted_at.is_(None),
    )
)
_ENROLLED = (
    select(Enrolment.person_id, Enrolment.neighbourhood_id)
    .join(Person, Person.id == Enrolment.person_id)
    .where(
        Enrolment.person_id.in_(_IDS),
        Enrolment.neighbourhood_id.is_not(None),
        Enrolment.deleted_at.is_(None),
        Person.deleted_at.is_(None),
        in_cycle_role(Enrolment.id),
    )
)
_NAMES = select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(_IDS))
_NAME_ONE = select(Person.id, Person.first_name, Person.last_name).where(
    Person.id == bindparam("person")
)
_ROWS = select(
    Attendance.id,
    Attendance.uuid,
    Attendance.row_version,
    Attendance.person_id,
    Attendance.session_id,
    Attendance.status,
    Attendance.hours,
    Attendance.deleted_at,
).where(Attendance.session_id.in_(_IDS))
# a few people (one cell, a column of the grid): their rows only, not the whole
# session's; the cell's index serves it
_ROWS_OF_PEOPLE = _ROWS.where(Attendance.person_id.in_(_PEOPLE))
# One cell, the grid's every key: the session, whether the person may be marked at
# it and the cell's rows in one statement.
_ONE = (
    select(
        *_SESSIONS.selected_columns,
        exists()
        .where(
            Enrolment.person_id == bindparam("person"),
            Enrolment.neighbourhood_id == TrainingSession.neighbourhood_id,
            Enrolment.deleted_at.is_(None),
            Person.id == Enrolment.person_id,
            Person.deleted_at.is_(None),
            in_cycle_role(Enrolment.id),
        )
        .label("enrolled"),
        *_ROWS.selected_columns,
    )
    .join(Neighbourhood, Neighbourhood.id == TrainingSession.neighbourhood_id)
    .outerjoin(
        Attendance,
        and_(
            Attendance.session_id == TrainingSession.id,
            Attendance.person_id == bindparam("person"),
        ),
    )
    .where(
        TrainingSession.id == bindparam("session"),
        TrainingSession.deleted_at.is_(None),
        Neighbourhood.deleted_at.is_(None),
    )
)
_INSERT = insert(Attendance)
_UPDATE = (
    update(Attendance)
    .where(Attendance.id == bindparam("b_id"), Attendance.row_version == bindparam("b_version"))
    .values(
        status=bindparam("b_status"),
        hours=bindparam("b_hours"),
        deleted_at=bindparam("b_deleted_at"),
        row_version=bindparam("b_version") + 1,
        change_seq=bindparam("b_change_seq"),
        updated_at=bindparam("b_updated_at"),
        updated_by=bindparam("b_updated_by"),
    )
)


def _sessions(conn: Connection, ids: Iterable[int]) -> dict[int, _Session]:
    """Live sessions (of live neighbourhoods) by id."""
    found: dict[int, _Session] = {}
    for chunk in _chunks(ids):
        for row in conn.execute(_SESSIONS, {"ids": chunk}):
            found[row[0]] = _Session(*row)
    return found


def _enrolled(conn: Connection, person_ids: Iterable[int]) -> set[tuple[int, int]]:
    """(person, neighbourhood) pairs of live participant or leader enrolments."""
    pairs: set[tuple[int, int]] = set()
    for chunk in _chunks(person_ids):
        for pid, nid in conn.execute(_ENROLLED, {"ids": chunk}):
            if nid is not None:
                pairs.add((pid, nid))
    return pairs


def _names(conn: Connection, person_ids: Iterable[int]) -> dict[int, str]:
    """Names for the refusal message; a person deleted since is still named."""
    names: dict[int, str] = {}
    for chunk in _chunks(person_ids):
        for pid, first, last in conn.execute(_NAMES, {"ids": chunk}):
            names[pid] = f"{first} {last}"
    return names


def _name_one(work: CoreWrite, person_id: int) -> dict[int, str]:
    found, _count = work.run(_NAME_ONE, {"person": person_id})
    return {pid: f"{first} {last}" for pid, first, last in found}


@contextmanager
def _batch(ctx: Context) -> Iterator[CoreWrite]:
    """Many cells: the reads need IN lists, so the unit of work has a Connection."""
    with ctx.db.write(ctx.operator) as s:
        yield ctx.db.core(s)


def _rows(conn: Connection, cells: set[Cell]) -> dict[Cell, _Row]:
    """Each cell's live row, else its most recently deleted one (to be reused)."""
    by_session: dict[int, set[int]] = {}
    for pid, sid in cells:
        by_session.setdefault(sid, set()).add(pid)
    found: dict[Cell, _Row] = {}
    people = sorted({pid for pid, _sid in cells})
    for chunk in _chunks(by_session):
        if len(people) <= CHUNK:
            result = conn.execute(_ROWS_OF_PEOPLE, {"ids": chunk, "people": people})
        else:
            result = conn.execute(_ROWS, {"ids": chunk})
        for values in result:
            row = _Row(*values)
            cell = (row.person_id, row.session_id)
            if cell not in cells:
                continue
            kept = found.get(cell)
            if kept is None or _better(row, kept):
                found[cell] = row
    return found


def _read_one(
    work: CoreWrite, cell: Cell
) -> tuple[dict[int, _Session], set[tuple[int, int]], dict[Cell, _Row]]:
    """What the three reads give, for one cell in one statement."""
    sessions: dict[int, _Session] = {}
    enrolled: set[tuple[int, int]] = set()
    rows: dict[Cell, _Row] = {}
    width = len(_Session._fields)
    found, _count = work.run(_ONE, {"person": cell[0], "session": cell[1]})
    for values in found:
        session = sessions[cell[1]] = _Session(*values[:width])
        if values[width]:
            enrolled.add((cell[0], session.neighbourhood_id))
        if values[width + 1] is not None:
            row = _Row(*values[width + 1 :])
            kept = rows.get(cell)
            if kept is None or _better(row, kept):
                rows[cell] = row
    return sessions, enrolled, rows


def _better(row: _Row, kept: _Row) -> bool:
    if (row.deleted_at is None) != (kept.deleted_at is None):
        return row.deleted_at is None
    return (row.deleted_at or utcnow(), row.id) > (kept.deleted_at or utcnow(), kept.id)


def _state(cell: Cell, row: _Row | None) -> AttendanceMark:
    if row is None or row.deleted_at is not None:
        return AttendanceMark(cell[0], cell[1], None, None)
    return AttendanceMark(cell[0], cell[1], row.status, row.hours)


def _resolve(mark: AttendanceMark, session: _Session) -> tuple[Decimal | None, str | None]:
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
    present.  Unchanged cells write nothing (no change counter, no log).
    """
    wanted: dict[Cell, AttendanceMark] = {}
    for m in marks:
        wanted[(m.person_id, m.session_id)] = m
    if not wanted:
        return []
    single = len(wanted) == 1
    with ctx.db.write_core(ctx.operator) if single else _batch(ctx) as work:
        conn = work.connection
        if conn is None or single:
            sessions, enrolled, rows = _read_one(work, next(iter(wanted)))
        else:
            sessions = _sessions(conn, (sid for _pid, sid in wanted))
            enrolled = _enrolled(conn, (pid for pid, _sid in wanted))
            rows = _rows(conn, set(wanted))
        refused: dict[Cell, str] = {}
        hours: dict[Cell, Decimal | None] = {}
        for cell, m in wanted.items():
            session = sessions.get(m.session_id)
            if session is None:
                refused[cell] = _("The training session no longer exists")
                continue
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
            names = (
                _names(conn, (pid for pid, _sid in refused))
                if conn is not None
                else _name_one(work, next(iter(refused))[0])
            )
            raise MarkRefused(
                {cell: f"{names.get(cell[0], '?')}: {msg}" for cell, msg in sorted(refused.items())}
            )
        previous = [_state(cell, rows.get(cell)) for cell in wanted]
        changes = [
            change
            for cell, m in wanted.items()
            if (change := _change(cell, m.status, hours[cell], rows.get(cell))) is not None
        ]
        if changes:
            done = stamp(work)
            _write(work, changes, done)
            log_changes(work, done, Attendance.__tablename__, ((c.uuid, c.action) for c in changes))
    return previous


class _Change(NamedTuple):
    action: str  # insert, update, delete or restore (the change log's words)
    cell: Cell
    status: AttendanceStatus
    hours: Decimal
    row: _Row | None  # None: a new row
    uuid: uuid.UUID


def _change(
    cell: Cell, status: AttendanceStatus | None, hours: Decimal | None, row: _Row | None
) -> _Change | None:
    """What a mark does to its cell's row; None when it changes nothing."""
    live = row is not None and row.deleted_at is None
    if status is None:
        if row is not None and live:
            return _Change("delete", cell, row.status, row.hours, row, row.uuid)
        return None
    assert hours is not None
    if row is None:
        return _Change("insert", cell, status, hours, None, uuid.uuid4())
    if live and row.status is status and row.hours == hours:
        return None  # unchanged: no new version, no change-log entry
    return _Change("update" if live else "restore", cell, status, hours, row, row.uuid)


def _write(work: CoreWrite, changes: list[_Change], done: Stamp) -> None:
    """The rows, stamped as the flush hook stamps ORM rows; a row changed meanwhile fails."""
    audit = {"change_seq": done.change_seq, "updated_at": done.at, "updated_by": done.operator}
    new = [
        {
            "uuid": c.uuid,
            "person_id": c.cell[0],
            "session_id": c.cell[1],
            "status": c.status,
            "hours": c.hours,
            "row_version": 1,
            "created_at": done.at,
            **audit,
        }
        for c in changes
        if c.row is None
    ]
    if len(new) == 1:
        work.run(_INSERT, new[0])
    elif new:
        assert work.connection is not None  # a batch runs in write(): it has one
        work.connection.execute(_INSERT, new)
    for c in changes:
        if c.row is None:
            continue
        _rows, count = work.run(
            _UPDATE,
            {
                "b_id": c.row.id,
                "b_version": c.row.row_version,
                "b_status": c.status,
                "b_hours": c.hours,
                "b_deleted_at": done.at if c.action == "delete" else None,
                "b_change_seq": done.change_seq,
                "b_updated_at": done.at,
                "b_updated_by": done.operator,
            },
        )
        if count != 1:
            raise StaleDataError(f"attendance row {c.row.id} was changed meanwhile")
