"""Benchmark: the attendance grid and eligibility on a large database.

Run: .venv/bin/python bench/bench_attendance.py [--hoods 1000] [--people 100] [--sessions 10]
Builds (once, in a temporary folder unless --db is given) a programme with
hoods × people enrolments and hoods × people × sessions attendance marks,
then times ``attendance_grid`` for one neighbourhood, ``progress_for_programme``
for everyone and for one neighbourhood, and a ``set_attendance`` batch.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from wall_desktop.app import open_database
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
from wall_desktop.services.context import Context
from wall_desktop.services.eligibility import progress_for_programme
from wall_desktop.services.trainings import AttendanceMark, attendance_grid, set_attendance
from wall_desktop.text_keys import person_key, person_sort_key

BATCH = 20_000
NAMES = ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Łukasiewicz", "Żak", "Zieliński", "Ćwik"]


def _audit() -> dict[str, Any]:
    now = datetime(2022, 3, 1)
    return {"row_version": 1, "change_seq": 1, "created_at": now, "updated_at": now}


def _chunked(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def build(ctx: Context, hoods: int, people: int, sessions: int) -> int:
    rnd = random.Random(7)
    with ctx.db.write("bench") as s:
        programme = Programme(name="Bench", start_date=date(2022, 2, 1), end_date=date(2023, 9, 30))
        s.add(programme)
        s.flush()
        pid = programme.id
        s.execute(
            insert(Neighbourhood),
            [
                {"programme_id": pid, "name": f"Osiedle {i}", "uuid": uuid.uuid4(), **_audit()}
                for i in range(hoods)
            ],
        )
        hood_ids = list(
            s.scalars(select(Neighbourhood.id).where(Neighbourhood.programme_id == pid))
        )
        session_rows = [
            {
                "neighbourhood_id": h,
                "date": date(2022, 3, 1) + timedelta(days=7 * k),
                "hours": Decimal("6"),
                "topic": f"Zjazd {k + 1}",
                "status": SessionStatus.CANCELLED if k == 1 else SessionStatus.HELD,
                "uuid": uuid.uuid4(),
                **_audit(),
            }
            for h in hood_ids
            for k in range(sessions)
        ]
        for chunk in _chunked(iter(session_rows)):
            s.execute(insert(TrainingSession), chunk)
        by_hood: dict[int, list[int]] = {}
        for sid, h in s.execute(select(TrainingSession.id, TrainingSession.neighbourhood_id)):
            by_hood.setdefault(h, []).append(sid)
        for start in range(0, len(hood_ids), max(1, BATCH // people)):
            part = hood_ids[start : start + max(1, BATCH // people)]
            rows = []
            for _hood in part:
                for i in range(people):
                    first, last = f"Osoba{i}", rnd.choice(NAMES)
                    rows.append(
                        {
                            "first_name": first,
                            "last_name": last,
                            "search_key": person_key(first, last),
                            "sort_key": person_sort_key(first, last),
                            "uuid": uuid.uuid4(),
                            **_audit(),
                        }
                    )
            ids = s.execute(insert(Person).returning(Person.id), rows).scalars().all()
            enrol = [
                {
                    "person_id": person_id,
                    "programme_id": pid,
                    "neighbourhood_id": part[n // people],
                    "status": EnrolmentStatus.ACCEPTED,
                    "uuid": uuid.uuid4(),
                    **_audit(),
                }
                for n, person_id in enumerate(ids)
            ]
            eids = s.execute(insert(Enrolment).returning(Enrolment.id), enrol).scalars().all()
            s.execute(
                insert(EnrolmentRole),
                [
                    {"enrolment_id": e, "role": Role.PARTICIPANT, "uuid": uuid.uuid4(), **_audit()}
                    for e in eids
                ],
            )
            marks = []
            for n, person_id in enumerate(ids):
                for sid in by_hood[part[n // people]]:
                    status = (
                        AttendanceStatus.PRESENT if rnd.random() < 0.85 else AttendanceStatus.ABSENT
                    )
                    marks.append(
                        {
                            "session_id": sid,
                            "person_id": person_id,
                            "status": status,
                            "hours": Decimal("6")
                            if status is AttendanceStatus.PRESENT
                            else Decimal(0),
                            "uuid": uuid.uuid4(),
                            **_audit(),
                        }
                    )
            for chunk in _chunked(iter(marks)):
                s.execute(insert(Attendance), chunk)
        return pid


def timed(label: str, fn: Callable[[], Any], repeat: int = 3) -> Any:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best * 1000:9.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hoods", type=int, default=1000)
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    fresh = not path.exists()
    db = open_database(path)
    ctx = Context(db, "bench")
    if fresh:
        start = time.perf_counter()
        programme_id = build(ctx, args.hoods, args.people, args.sessions)
        print(f"built {path} in {time.perf_counter() - start:.0f} s")
    else:
        with db.read() as s:
            programme_id = s.scalars(select(Programme.id)).first() or 0
    with db.read() as s:
        marks = s.query(Attendance).count()
        hood = s.scalars(select(Neighbourhood.id).order_by(Neighbourhood.id.desc())).first()
    print(f"{marks} attendance marks")
    assert hood is not None
    grid = timed("attendance_grid (one neighbourhood)", lambda: attendance_grid(ctx, hood))
    print(f"  {len(grid.people)} people × {len(grid.sessions)} sessions, {len(grid.cells)} cells")
    everyone = timed(
        "progress_for_programme (everyone)", lambda: progress_for_programme(ctx, programme_id), 1
    )
    print(f"  {len(everyone)} people, {sum(p.eligible for p in everyone.values())} eligible")
    timed(
        "progress_for_programme (one neighbourhood)",
        lambda: progress_for_programme(ctx, programme_id, hood),
    )
    batch = [
        AttendanceMark(p.person_id, t.id, AttendanceStatus.EXCUSED)
        for p in grid.people
        for t in grid.sessions
        if t.status is not SessionStatus.CANCELLED
    ]
    previous = timed(
        "set_attendance (a whole neighbourhood)", lambda: set_attendance(ctx, batch), 1
    )
    timed("set_attendance (its undo)", lambda: set_attendance(ctx, previous), 1)
    db.dispose()


if __name__ == "__main__":
    main()
