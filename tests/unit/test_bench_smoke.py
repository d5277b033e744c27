"""The benchmark cannot rot: its generator's small mode and its runner's smoke mode work.

No timing is asserted here; speed is reported by ``python -m bench``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import HELD_PER_HOOD, SESSIONS_PER_HOOD, TRAINEES_PER_HOOD, Sizes, build
from wall_desktop.app import open_database
from wall_desktop.services.check import check_database
from wall_desktop.services.context import Context
from wall_desktop.services.info import summarise
from wall_desktop.services.people_list import count_people, list_people
from wall_desktop.services.programmes import list_programmes
from wall_desktop.text_keys import person_key

ROOT = Path(__file__).resolve().parents[2]


def test_small_database_has_the_promised_shape(tmp_path: Path) -> None:
    sizes = Sizes.at(0.001)
    path = tmp_path / "small.sqlite"
    build(path, sizes)
    db = open_database(path)
    try:
        ctx = Context(db, "test")
        assert check_database(ctx).ok
        counts = summarise(ctx).counts
        assert counts["programme"] == 10
        assert counts["neighbourhood"] == sizes.hoods
        assert counts["person"] == sizes.people
        assert counts["training_session"] == sizes.hoods * SESSIONS_PER_HOOD
        assert counts["attendance"] == sizes.hoods * TRAINEES_PER_HOOD * HELD_PER_HOOD
        assert counts["expense"] == counts["project"] * 10
        assert counts["certificate"] > 0  # issued through the service: someone is eligible
        # the newest edition enrols everyone, and the search finds Polish names unaccented
        newest = list_programmes(ctx)[-1].id  # the one the window opens
        assert count_people(ctx, newest) == sizes.people
        row = next(r for r in list_people(ctx, newest) if not r.last_name.isascii())
        found = list_people(ctx, newest, search=person_key("", row.last_name))
        assert row.id in {r.id for r in found}
    finally:
        db.dispose()


def test_generation_is_reproducible(tmp_path: Path) -> None:
    import sqlite3

    def names(path: Path) -> list[tuple[str, str, str]]:
        build(path, Sizes.at(0.001))
        with sqlite3.connect(path) as conn:
            return conn.execute(
                "SELECT first_name, last_name, uuid FROM person ORDER BY id"
            ).fetchall()

    assert names(tmp_path / "a.sqlite") == names(tmp_path / "b.sqlite")


@pytest.mark.slow
def test_smoke_run_exercises_every_figure() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for figure in (
        "start → main window painted",
        "one keystroke in the People search",
        "attendance grid",
        "save one attendance change",
        "the funder's workbook",
        "certificates in one PDF",
        "longest GUI stall during the workbook export",
        "longest GUI stall during a certificate batch",
        "peak memory",
    ):
        line = next((x for x in done.stdout.splitlines() if figure in x), None)
        assert line is not None, f"{figure!r} missing from:\n{done.stdout}"
        assert "not measured" not in line
