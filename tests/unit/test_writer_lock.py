"""One writer per database: a second writer is refused, readers are not, a lock
left by a killed process is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.factories import make_person
from wall_desktop.app import open_database
from wall_desktop.cli import main
from wall_desktop.db.session import Database
from wall_desktop.services.storage_errors import WriterLockHeld
from wall_desktop.services.writer_lock import acquire_writer_lock, current_holder, lock_path_for

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from wall_desktop.app import open_database
db = open_database(sys.argv[1], create=False, writer=True, operator="Ewa")
print("held", flush=True)
sys.stdin.read()
"""


def _start_holder(db_path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.close()
    proc.wait(timeout=30)
    proc.stdout.close()


def test_a_second_writer_is_refused_naming_the_holder_and_a_reader_is_not(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_person(db, "Anna", "Nowak")
    db.dispose()
    holder = _start_holder(db_path)
    try:
        other = open_database(db_path, create=False)
        with pytest.raises(WriterLockHeld) as refused:
            make_person(other, "Jan", "Kowal")
        assert refused.value.holder is not None
        assert refused.value.holder.operator == "Ewa"
        assert refused.value.holder.pid == holder.pid
        assert "Ewa" in str(refused.value)
        with other.read() as s:  # reading still works
            assert s.execute(text("SELECT count(*) FROM person")).scalar() == 1
        other.dispose()
        with pytest.raises(WriterLockHeld):
            open_database(db_path, create=False, writer=True)
        assert main(["--db", str(db_path), "info", "--json"]) == 0  # a read-only command
        assert main(["--db", str(db_path), "check"]) == 0
        assert main(["--db", str(db_path), "backup"]) == 0
        capsys.readouterr()
    finally:
        _stop(holder)
    # Once the holder has gone, writing works again.
    again = open_database(db_path, create=False, writer=True)
    make_person(again, "Jan", "Kowal")
    again.dispose()


def test_a_lock_left_by_a_killed_process_is_recovered(db: Database, db_path: Path) -> None:
    db.dispose()
    holder = _start_holder(db_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    assert holder.stdout is not None and holder.stdin is not None
    holder.stdout.close()
    holder.stdin.close()
    assert lock_path_for(db_path).read_text()  # the text of the dead holder is still there
    assert current_holder(db_path) is None
    lock = acquire_writer_lock(db_path, "Ola")
    try:
        assert lock.recovered_from is not None and lock.recovered_from.pid == holder.pid
        assert current_holder(db_path) == lock.holder
    finally:
        lock.release()
    assert current_holder(db_path) is None


def test_the_lock_is_shared_within_one_process_and_released_with_the_last_user(
    db_path: Path,
) -> None:
    first = acquire_writer_lock(db_path, "A")
    second = acquire_writer_lock(db_path, "B")
    assert second.holder == first.holder
    first.release()
    assert current_holder(db_path) == second.holder
    second.release()
    assert current_holder(db_path) is None
    assert lock_path_for(db_path).read_text() == ""


def test_writes_take_the_lock_lazily_and_dispose_releases_it(db: Database, db_path: Path) -> None:
    assert current_holder(db_path) is None  # opening alone does not take it
    make_person(db, "Anna", "Nowak")
    holder = current_holder(db_path)
    assert holder is not None and holder.operator == "Tester" and holder.pid == os.getpid()
    db.dispose()
    assert current_holder(db_path) is None
