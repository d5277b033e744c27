"""Opening a database: damaged files are kept and refused, read-only media open
read-only, cloud and network folders are warned about, saves that hit a full disk fail
cleanly."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from tests.factories import make_person
from wall_desktop import app
from wall_desktop.app import damage_found, open_database
from wall_desktop.db.session import Database
from wall_desktop.services.backup import make_backup
from wall_desktop.services.damage import full_check, wal_path
from wall_desktop.services.placement import cloud_sync_folder, placement_warnings
from wall_desktop.services.storage_errors import DamagedDatabase, ReadOnlyDatabase, WriteFailed


def test_a_truncated_file_is_kept_refused_and_the_backup_offered(
    db: Database, db_path: Path
) -> None:
    make_person(db, "Anna", "Nowak")
    backup = make_backup(db_path).path
    db.dispose()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2 + 10])
    with pytest.raises(DamagedDatabase) as err:
        open_database(db_path)
    assert err.value.newest_backup == backup
    assert err.value.kept_as is not None
    assert err.value.kept_as.read_bytes() == data[: len(data) // 2 + 10]
    assert not db_path.exists()
    with pytest.raises(DamagedDatabase):  # no empty database silently in its place
        open_database(db_path)
    fresh = open_database(db_path, accept_damaged=True)  # only when the user chooses so
    fresh.dispose()


def test_a_read_only_command_reports_damage_without_renaming(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"not a database at all" * 10)
    with pytest.raises(DamagedDatabase) as err:
        open_database(path, read_only=True)
    assert err.value.kept_as is None and path.exists()


def test_an_orphan_journal_is_never_applied_to_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "wall.sqlite"
    wal_path(path).write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    with pytest.raises(DamagedDatabase):
        open_database(path)
    assert not path.exists() and not wal_path(path).exists()


def test_the_full_check_after_painting_and_setting_aside(db: Database, db_path: Path) -> None:
    make_person(db, "Anna", "Nowak")
    assert full_check(db_path).ok
    db.dispose()
    err = damage_found(db_path, "test")
    assert err.kept_as is not None and err.kept_as.exists() and not db_path.exists()


def test_read_only_media_open_read_only_and_refuse_changes(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_person(db, "Anna", "Nowak")
    db.dispose()
    monkeypatch.setattr(app, "read_only_reason", lambda path: "the USB stick is read-only")
    ro = open_database(db_path, writer=True)
    assert ro.read_only and ro.read_only_reason == "the USB stick is read-only"
    with pytest.raises(ReadOnlyDatabase):
        make_person(ro, "Jan", "Kowal")
    with ro.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM person").scalar() == 1
    ro.dispose()
    assert (
        not (db_path.parent / (db_path.name + ".lock")).exists()
        or (db_path.parent / (db_path.name + ".lock")).read_text() == ""
    )


def test_cloud_folders_are_recognised_by_name_and_marker(tmp_path: Path) -> None:
    one = tmp_path / "OneDrive - Fundacja" / "WALL" / "wall.sqlite"
    one.parent.mkdir(parents=True)
    assert cloud_sync_folder(one) == ("OneDrive", tmp_path / "OneDrive - Fundacja")
    nc = tmp_path / "chmura" / "dane" / "wall.sqlite"
    nc.parent.mkdir(parents=True)
    (tmp_path / "chmura" / ".sync_3f2a1b.db").write_bytes(b"")
    assert cloud_sync_folder(nc) == ("Nextcloud", tmp_path / "chmura")
    drop = tmp_path / "x" / "wall.sqlite"
    drop.parent.mkdir()
    (tmp_path / "x" / ".dropbox").write_text("{}")
    assert cloud_sync_folder(drop) == ("Dropbox", tmp_path / "x")
    assert cloud_sync_folder(tmp_path / "plain" / "wall.sqlite") is None


def test_an_open_database_carries_the_warnings(tmp_path: Path) -> None:
    path = tmp_path / "Dropbox" / "wall.sqlite"
    path.parent.mkdir()
    db = open_database(path)
    assert [w.kind for w in db.warnings] == ["cloud"]
    assert "Dropbox" in db.warnings[0].message
    db.dispose()
    network = placement_warnings(tmp_path / "wall.sqlite", fs_type="cifs")
    assert [(w.kind, w.service) for w in network] == [("network", "cifs")]


def test_a_save_that_hits_a_full_disk_is_a_write_failure_and_nothing_is_kept(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wall_desktop.db.models import Person

    make_person(db, "Anna", "Nowak")
    with pytest.raises(WriteFailed) as failed, db.write("Tester") as s:
        s.add(Person(first_name="Jan", last_name="Kowal"))
        s.flush()
        raise OSError(errno.ENOSPC, "No space left on device")
    assert failed.value.action == "save" and failed.value.kind == "full"
    with db.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM person").scalar() == 1
