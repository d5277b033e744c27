"""Backups: verified, named by time, listed with their counts; restore puts them back."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.factories import make_person
from wall_desktop.app import open_database
from wall_desktop.cli import main
from wall_desktop.db.models import Person
from wall_desktop.db.session import Database
from wall_desktop.services.backup import (
    list_backups,
    make_backup,
    newest_verified_backup,
    parse_backup_name,
    read_backup_info,
    restore_backup,
)
from wall_desktop.services.errors import StorageError

T0 = datetime(2024, 6, 12, 14, 30, tzinfo=UTC)


def _people(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Person)) or 0)


def test_a_backup_is_verified_named_by_time_and_holds_the_counts(
    db: Database, db_path: Path
) -> None:
    for i in range(3):
        make_person(db, "Anna", f"Nowak{i}")
    info = make_backup(db_path, clock=lambda: T0)
    assert info.verified and info.path.parent == db_path.parent / "backups"
    assert info.path.name == "wall-20240612-143000Z-auto.sqlite"
    assert parse_backup_name(info.path.name) == ("wall", T0, "auto")
    assert info.counts["person"] == 3
    again = read_backup_info(info.path, verify=True)
    assert again.verified and again.counts["person"] == 3 and again.change_seq == info.change_seq
    # A self-contained file: no journal beside it.
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    second = make_backup(db_path, clock=lambda: T0)
    assert second.path.name == "wall-20240612-143000Z-2-auto.sqlite"


def test_restore_backs_up_the_current_database_and_gives_the_backup_counts(
    db: Database, db_path: Path
) -> None:
    make_person(db, "Anna", "Nowak")
    backup = make_backup(db_path, clock=lambda: T0).path
    make_person(db, "Jan", "Kowal")
    make_person(db, "Ewa", "Lis")
    db.dispose()
    result = restore_backup(db_path, backup, clock=lambda: T0 + timedelta(hours=1))
    assert result.counts["person"] == 1
    assert result.before_restore is not None
    assert read_backup_info(result.before_restore, verify=True).counts["person"] == 3
    reopened = open_database(db_path, create=False)
    assert _people(reopened) == 1
    make_person(reopened, "Po", "Przywróceniu")  # the restored database takes writes
    assert _people(reopened) == 2
    reopened.dispose()


def test_a_damaged_backup_is_not_restored_and_the_database_is_untouched(
    db: Database, db_path: Path
) -> None:
    make_person(db, "Anna", "Nowak")
    backup = make_backup(db_path).path
    data = bytearray(backup.read_bytes())
    data[4096 * 2 : 4096 * 2 + 64] = bytes(64)
    backup.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        restore_backup(db_path, backup)
    assert _people(db) == 1
    assert newest_verified_backup(db_path) is None


def test_the_cli_makes_lists_and_restores_backups(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_person(db, "Anna", "Nowak")
    stick = tmp_path / "usb"
    assert main(["--db", str(db_path), "--lang", "en", "backup", "--out", str(stick)]) == 0
    out = capsys.readouterr().out
    assert "verified" in out and "person" in out
    made = next(stick.iterdir())
    assert main(["--db", str(db_path), "--lang", "en", "backup"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "--lang", "en", "backups", "--verify"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and "verified" in listing
    make_person(db, "Jan", "Kowal")
    db.dispose()
    assert main(["--db", str(db_path), "--lang", "en", "restore", str(made), "--yes"]) == 0
    assert "Restored" in capsys.readouterr().out
    reopened = open_database(db_path, create=False)
    assert _people(reopened) == 1
    reopened.dispose()
    assert len(list_backups(db_path)) == 2  # the manual one and the one before the restore


def test_a_backup_reads_consistently_while_another_connection_writes(
    db: Database, db_path: Path
) -> None:
    make_person(db, "Anna", "Nowak")
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE person SET notes = 'in progress'")
    try:
        info = make_backup(db_path)  # does not wait for, nor see, the open transaction
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert info.verified and info.counts["person"] == 1
