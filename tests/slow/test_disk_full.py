"""Disk full: a save, an export and a backup hit a file-size limit in a child process.

With SIGXFSZ ignored SQLite reports an I/O error, Python writes "File too
large"; either way the user gets ``WriteFailed``, nothing committed is lost,
the older export and backup are intact and the program goes on.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.factories import make_person
from wall_desktop.app import open_database
from wall_desktop.db.models import Person
from wall_desktop.services.backup import list_backups, make_backup, read_backup_info
from wall_desktop.services.damage import full_check

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_disk_full_during_save_export_and_backup(tmp_path: Path) -> None:
    path = tmp_path / "wall.sqlite"
    db = open_database(path)
    for i in range(20):
        make_person(db, "Anna", f"Zapisana{i}")
    db.dispose()
    old_backup = make_backup(path).path
    old_backup_bytes = old_backup.read_bytes()
    export = tmp_path / "raport.xlsx"
    export.write_bytes(b"the older export")

    done = subprocess.run(
        [sys.executable, "-m", "tests.slow.disk_full_worker", str(path), str(export)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    print("\ndisk-full test:", json.dumps(result, ensure_ascii=False, indent=1))

    for step in ("save", "export", "backup"):
        assert result[step]["error"] == "WriteFailed", (step, result[step])
        assert result[step]["kind"] in ("full", "io")
    assert "Nothing of it was written" in result["save"]["message"]
    assert "Older backups are untouched" in result["backup"]["message"]
    assert result["people_after"] == 21  # 20 committed + 1 after the failure, none of the 400

    assert export.read_bytes() == b"the older export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left
    assert old_backup.read_bytes() == old_backup_bytes
    assert [b.path for b in list_backups(path)] == [old_backup]
    assert read_backup_info(old_backup, verify=True).verified
    assert full_check(path).ok
    db = open_database(path, create=False)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 21
    db.dispose()
