"""Database.write_core and Prepared: the ORM-free write path of one attendance mark."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, select

from tests.training_factories import Academy, change_seq, make_academy
from wall_desktop.db.enums import AttendanceStatus
from wall_desktop.db.models import Attendance, ChangeLog
from wall_desktop.db.session import Database, log_changes, stamp
from wall_desktop.services.context import Context
from wall_desktop.services.trainings import AttendanceMark, MarkRefused, set_attendance

PRESENT, EXCUSED = AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED


@pytest.fixture
def academy(ctx: Context) -> Academy:
    return make_academy(ctx, hoods=("Nadodrze",))


def _stored(ctx: Context, person: int, session: int) -> Attendance:
    with ctx.db.read() as s:
        return s.execute(
            select(Attendance).where(
                Attendance.person_id == person, Attendance.session_id == session
            )
        ).scalar_one()


def test_one_new_mark_is_stored_with_its_types_stamped_and_logged(
    ctx: Context, academy: Academy
) -> None:
    sid = academy.session("6")
    anna = academy.person("Anna", "Nowak")
    before = change_seq(ctx)
    set_attendance(ctx, [AttendanceMark(anna, sid, PRESENT, Decimal("2.5"))])
    row = _stored(ctx, anna, sid)
    assert (row.status, row.hours, row.row_version) == (PRESENT, Decimal("2.50"), 1)
    assert (row.change_seq, row.updated_by) == (before + 1, "Tester")
    assert row.created_at == row.updated_at
    with ctx.db.read() as s:
        log = s.execute(select(ChangeLog).where(ChangeLog.change_seq > before)).scalars().all()
    assert [(e.row_uuid, e.action, e.operator, e.at) for e in log] == [
        (row.uuid, "insert", "Tester", row.updated_at)
    ]
    # and read back by the one-cell statement for the next change
    set_attendance(ctx, [AttendanceMark(anna, sid, EXCUSED)])
    again = _stored(ctx, anna, sid)
    assert (again.id, again.status, again.hours, again.row_version) == (
        row.id,
        EXCUSED,
        Decimal("0.00"),
        2,
    )


def test_prepared_statement_gives_what_execute_gives(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    people = [academy.person("Anna", "Nowak"), academy.person("Jan", "Kowalski")]
    set_attendance(ctx, [AttendanceMark(people[0], sid, PRESENT, Decimal("1.25"))])
    set_attendance(ctx, [AttendanceMark(people[1], sid, EXCUSED)])
    query = (
        select(Attendance.uuid, Attendance.status, Attendance.hours, Attendance.updated_at)
        .where(
            Attendance.session_id == bindparam("session"),
            Attendance.status.in_([PRESENT, EXCUSED]),  # expanding, fixed values
        )
        .order_by(Attendance.person_id)
    )
    with ctx.db.write_core("Tester") as work:
        assert work.connection is None  # SQLite: straight on the driver's connection
        prepared, _count = work.run(query, {"session": sid})
    with ctx.db.read() as s:
        expected = [tuple(r) for r in s.execute(query, {"session": sid})]
    assert prepared == expected and len(prepared) == 2
    assert isinstance(prepared[0][1], AttendanceStatus) and prepared[0][2] == Decimal("1.25")


def test_a_refused_single_mark_names_the_person_and_writes_nothing(
    ctx: Context, academy: Academy
) -> None:
    sid = academy.session("6")
    stranger = academy.person("Ewa", "Zając", hood=None)
    before = change_seq(ctx)
    with pytest.raises(MarkRefused) as refused:
        set_attendance(ctx, [AttendanceMark(stranger, sid, PRESENT)])
    assert refused.value.cells[(stranger, sid)].startswith("Ewa Zając: ")
    assert change_seq(ctx) == before


def test_a_failing_core_write_is_rolled_back(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    anna = academy.person("Anna", "Nowak")
    set_attendance(ctx, [AttendanceMark(anna, sid, PRESENT)])
    before, row = change_seq(ctx), _stored(ctx, anna, sid)
    with pytest.raises(RuntimeError, match="boom"), ctx.db.write_core("Tester") as work:
        done = stamp(work)
        log_changes(work, done, "attendance", [(row.uuid, "update")])
        raise RuntimeError("boom")
    assert change_seq(ctx) == before
    with ctx.db.read() as s:
        assert s.execute(select(ChangeLog).where(ChangeLog.change_seq > before)).first() is None
    # the connection kept for these writes was given up; the next write starts clean
    set_attendance(ctx, [AttendanceMark(anna, sid, EXCUSED)])
    assert _stored(ctx, anna, sid).status is EXCUSED
    assert change_seq(ctx) == before + 1


def test_a_write_from_a_second_thread_waits_for_the_first_and_lands(
    ctx: Context, academy: Academy
) -> None:
    sid = academy.session("6")
    anna, jan = academy.person("Anna", "Nowak"), academy.person("Jan", "Kowalski")
    inside, release = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def first() -> None:
        try:
            with ctx.db.write_core("Tester") as work:
                stamp(work)  # holds SQLite's write lock from here
                inside.set()
                assert release.wait(10)
        except BaseException as exc:
            failures.append(exc)

    holder = threading.Thread(target=first)
    holder.start()
    assert inside.wait(10)
    second = threading.Thread(
        target=lambda: set_attendance(ctx, [AttendanceMark(jan, sid, PRESENT)])
    )
    second.start()  # takes a pooled connection: waits for SQLite's lock, then writes
    second.join(0.3)
    assert second.is_alive()
    release.set()
    holder.join(10)
    second.join(10)
    assert not failures and not holder.is_alive() and not second.is_alive()
    assert _stored(ctx, jan, sid).status is PRESENT
    set_attendance(ctx, [AttendanceMark(anna, sid, EXCUSED)])  # the kept one again
    assert _stored(ctx, anna, sid).status is EXCUSED


def test_core_write_runs_the_guard_and_translates_errors(db: Database) -> None:
    calls: list[str | None] = []

    class Translated(Exception):
        pass

    guarded = Database(
        db.url,
        db.engine,
        write_guard=calls.append,
        error_translator=lambda exc: Translated() if isinstance(exc, OSError) else None,
    )
    with pytest.raises(Translated), guarded.write_core("Ola"):
        raise OSError("disk full")
    assert calls == ["Ola"]
