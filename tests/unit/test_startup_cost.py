"""What start-up must not pay for: heavy libraries imported by the parser, tables counted."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import update

from wall_desktop.db.models import DatabaseInfo, Programme
from wall_desktop.services.context import Context
from wall_desktop.services.info import database_state, summarise

HEAVY = ("openpyxl", "reportlab", "alembic", "wall_desktop.exports.workbook")
# What the window may import only when an entry is first used (exports, certificates).
HEAVY_FOR_THE_WINDOW = (*HEAVY, "cryptography", "wall_desktop.exports.table_export")
# Built when first shown or used: the other tabs, the dialogs of menus and of the first start.
LATER_FOR_THE_WINDOW = (
    "wall_desktop.gui.tabs.people",
    "wall_desktop.gui.tabs.trainings",
    "wall_desktop.gui.tabs.projects",
    "wall_desktop.gui.tabs.budgets",
    "wall_desktop.gui.attendance_grid",
    "wall_desktop.gui.dialogs",
    "wall_desktop.gui.backup_dialogs",
    "wall_desktop.gui.storage_dialogs",
    "wall_desktop.commands.planned",  # the command map: not built when argv names no command
    "wall_desktop.gui.neighbourhood_form",  # the first tab's form, and the people list it needs
    "wall_desktop.services.people_list",
)


def test_building_the_command_parser_imports_no_exporter() -> None:
    code = (
        "import sys\n"
        "from wall_desktop.cli import build_parser\n"
        "build_parser().parse_args([])\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_table_command_still_checks_its_names() -> None:
    from wall_desktop.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(["table", "people", "--out", "x.csv"])
    assert args.name == "people"
    done = subprocess.run(
        [sys.executable, "-m", "wall_desktop", "table", "nobody", "--out", "x.csv"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "people" in done.stderr


def test_the_window_is_recognised_without_the_command_map() -> None:
    from wall_desktop.cli import _window_arguments

    args = _window_arguments(["--db", "x.sqlite", "--smoke", "--lang", "en"])
    assert args is not None and (args.db, args.smoke, args.lang, args.command) == (
        "x.sqlite",
        True,
        "en",
        None,
    )
    assert _window_arguments(["--db", "x.sqlite", "people", "list"]) is None  # a command
    assert _window_arguments(["--lang", "xx"]) is None  # the full parser says what is wrong
    assert _window_arguments(["--help"]) is None


def test_database_state_matches_the_summary(ctx: Context) -> None:
    assert database_state(ctx).is_demo is False
    with ctx.db.write("Tester") as s:
        s.execute(update(DatabaseInfo).values(is_demo=True))
    state, summary = database_state(ctx), summarise(ctx)
    assert state.is_demo is True
    assert (state.is_demo, state.change_seq) == (summary.is_demo, summary.change_seq)


def test_painting_the_window_imports_no_exporter(ctx: Context, db_path: Path) -> None:
    """A fresh process opens the database, builds and paints the window with its first tab."""
    with ctx.db.write("Tester") as s:
        s.add(Programme(name="WALL", start_date=date(2022, 2, 1), end_date=date(2023, 9, 30)))
    ctx.db.dispose()
    code = (
        "import sys\n"
        "from wall_desktop.cli import main\n"
        f"main(['--db', {str(db_path)!r}, '--operator', 'Tester', '--smoke'])\n"
        f"print([m for m in {HEAVY_FOR_THE_WINDOW!r} if m in sys.modules])\n"
        f"print([m for m in {LATER_FOR_THE_WINDOW!r} if m in sys.modules])\n"
        "print('wall_desktop.gui.tabs.neighbourhoods' in sys.modules)\n"
        "from wall_desktop.db.models import Person\n"
        "print(Person.__mapper__.configured)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows, imported, later, first, configured = done.stdout.strip().splitlines()[-5:]
    assert rows == "0"  # the first tab was loaded (an empty programme)
    assert imported == "[]"
    assert later == "[]"
    assert first == "True"
    assert configured == "False"  # no ORM query before the first paint (16 ms of set-up)


def test_the_entry_point_ends_the_window_process_whole(ctx: Context, db_path: Path) -> None:
    """``python -m wall_desktop`` skips Python's teardown after the window, losing no output."""
    with ctx.db.write("Tester") as s:
        s.add(Programme(name="WALL", start_date=date(2022, 2, 1), end_date=date(2023, 9, 30)))
    ctx.db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = ["--db", str(db_path), "--operator", "Tester", "--smoke"]
    done = subprocess.run(
        [sys.executable, "-m", "wall_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert (done.returncode, done.stdout) == (0, "0\n"), done.stderr[-2000:]
    # the database was closed before the process ended: SQLite folded its log back in
    assert not Path(f"{db_path}-wal").exists()


def test_a_command_runs_with_the_collector_back_on(ctx: Context, db_path: Path) -> None:
    ctx.db.dispose()
    code = (
        "import gc, sys\n"
        "from wall_desktop.__main__ import run\n"
        f"sys.argv = ['wall-desktop', '--db', {str(db_path)!r}, 'info']\n"
        "code = run()\n"
        "print(code, gc.isenabled())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1] == "0 True"
