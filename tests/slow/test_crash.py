"""Crash: a writer SIGKILLed at random moments loses no reported commit and
never leaves a transaction half applied."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.slow.crash_worker import size_of
from wall_desktop.app import open_database
from wall_desktop.db.enums import FundingSource
from wall_desktop.db.models import (
    Attendance,
    BudgetLine,
    Expense,
    Neighbourhood,
    Person,
    Programme,
    TrainingSession,
)
from wall_desktop.services.damage import full_check

KILLS = 110
ROOT = Path(__file__).resolve().parents[2]
TAG = re.compile(r"^txn:(\d+):(\d+)$")


def _seed(path: Path) -> None:
    db = open_database(path)
    with db.write("seed") as s:
        programme = Programme(name="P", start_date=date(2022, 1, 1), end_date=date(2023, 1, 1))
        s.add(programme)
        s.flush()
        s.add(Neighbourhood(programme_id=programme.id, name="Nadodrze"))
        s.add(
            BudgetLine(
                programme_id=programme.id,
                category="materiały",
                funding_source=FundingSource.GRANT,
                planned=Decimal("100000"),
            )
        )
        for n in range(8):
            s.add(Person(first_name="Pula", last_name=f"Nr{n}", notes="pool"))
    db.dispose()


def _transactions_present(path: Path) -> dict[int, int]:
    """txn id -> rows found (for attendance: rows of its session)."""
    db = open_database(path, create=False, read_only=True)
    found: dict[int, int] = {}
    try:
        with db.read() as s:
            tags = [
                *s.execute(select(Person.notes, func.count()).group_by(Person.notes)).all(),
                *s.execute(
                    select(Expense.description, func.count()).group_by(Expense.description)
                ).all(),
                *s.execute(
                    select(TrainingSession.topic, func.count(Attendance.id))
                    .outerjoin(Attendance, Attendance.session_id == TrainingSession.id)
                    .group_by(TrainingSession.id)
                ).all(),
            ]
    finally:
        db.dispose()
    for text, count in tags:
        match = TAG.match(text or "")
        if match:
            found[int(match[1])] = found.get(int(match[1]), 0) + int(count)
    return found


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    _seed(path)
    rng = random.Random(8)
    zygote = subprocess.Popen(
        [sys.executable, "-m", "tests.slow.crash_worker", str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    reported: set[int] = set()
    kills = checked = losses = half = 0
    try:
        for round_no in range(KILLS):
            zygote.stdin.write(f"run {round_no * 100_000}\n")
            zygote.stdin.flush()
            first = zygote.stdout.readline().split()
            assert first[0] == "PID", first
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(int(first[1]), signal.SIGKILL)
            kills += 1
            while True:
                line = zygote.stdout.readline()
                assert line, "the worker died"
                if line.startswith("DONE"):
                    assert os.WIFSIGNALED(int(line.split()[1])), line  # killed, not failed
                    break
                reported.add(int(line.split()[1]))
            # After every kill the database opens, checks sound, and holds every commit whole.
            assert full_check(path).ok
            present = _transactions_present(path)
            checked = len(reported)
            losses = len(reported - present.keys())
            half = sum(1 for i, rows in present.items() if rows != size_of(i))
            assert losses == 0 and half == 0, (round_no, losses, half)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    print(
        f"\ncrash test: kills={kills} commits checked={checked} losses={losses} half-applied={half}"
    )
    assert kills >= 100
    assert checked > kills  # most rounds committed something before the kill
