"""Child side of the crash test: a stream of writes, each commit reported on stdout.

Run as ``python -m tests.slow.crash_worker DB``: this process imports
everything once and then, for every ``run BASE`` line on stdin, forks a
writer (so a hundred kills do not pay a hundred interpreter start-ups),
prints ``PID n``, waits for the writer to die and prints ``DONE``.  The
writer prints ``C i`` after transaction ``i`` has committed.

Transaction ``i`` writes ``k = size(i)`` rows tagged ``txn:i:k``: people
(notes), expenses (description) or a training session (topic) with ``k``
attendance rows, so a half-applied transaction shows as a tag with fewer
than ``k`` rows.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from wall_desktop.app import open_database
from wall_desktop.db.enums import AttendanceStatus
from wall_desktop.db.models import (
    Attendance,
    BudgetLine,
    Expense,
    Neighbourhood,
    Person,
    TrainingSession,
)

KINDS = ("person", "expense", "attendance")


def kind_of(i: int) -> str:
    return KINDS[i % 3]


def size_of(i: int) -> int:
    return 1 if (i // 3) % 2 == 0 else 2 + i % 5  # single- and multi-row transactions


def tag(i: int) -> str:
    return f"txn:{i}:{size_of(i)}"


def write_stream(db_path: str, base: int) -> None:
    db = open_database(db_path, create=False, writer=True, operator="crash")
    with db.read() as s:
        line_id = s.execute(select(BudgetLine.id)).scalars().first()
        area_id = s.execute(select(Neighbourhood.id)).scalars().first()
        pool = list(
            s.execute(select(Person.id).where(Person.notes == "pool").order_by(Person.id)).scalars()
        )
    i = base
    while True:
        k = size_of(i)
        with db.write("crash") as s:
            if kind_of(i) == "person":
                for n in range(k):
                    s.add(Person(first_name=f"Osoba{n}", last_name=f"Próba{i}", notes=tag(i)))
            elif kind_of(i) == "expense":
                for n in range(k):
                    s.add(
                        Expense(
                            budget_line_id=line_id,
                            date=date(2022, 5, 1),
                            document_number=f"T{i}/{n}",
                            amount=Decimal("1.23"),
                            description=tag(i),
                        )
                    )
            else:
                session = TrainingSession(
                    neighbourhood_id=area_id,
                    date=date(2022, 3, 1),
                    hours=Decimal("2"),
                    topic=tag(i),
                )
                s.add(session)
                s.flush()
                for n in range(k):
                    s.add(
                        Attendance(
                            session_id=session.id,
                            person_id=pool[n],
                            status=AttendanceStatus.PRESENT,
                            hours=Decimal("2"),
                        )
                    )
        os.write(1, f"C {i}\n".encode())
        i += 1


def main() -> None:
    db_path = sys.argv[1]
    for line in sys.stdin:
        command, _sep, arg = line.strip().partition(" ")
        if command != "run":
            break
        pid = os.fork()
        if pid == 0:
            try:
                write_stream(db_path, int(arg))
            finally:
                os._exit(3)
        os.write(1, f"PID {pid}\n".encode())
        _pid, status = os.waitpid(pid, 0)
        os.write(1, f"DONE {status}\n".encode())


if __name__ == "__main__":
    main()
