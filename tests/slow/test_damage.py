"""Damaged files: truncations, bit flips, zeroed headers, random bytes, orphan and
foreign WAL journals.  Structural damage is detected every time (at open, or
by the full check the GUI runs once the window is painted), the damaged file
is kept byte for byte, and the newest verified backup is offered."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from wall_desktop.app import damage_found, open_database
from wall_desktop.db.models import Person
from wall_desktop.services.backup import make_backup
from wall_desktop.services.damage import damaged_copies, full_check, wal_path
from wall_desktop.services.storage_errors import DamagedDatabase

# Header fields SQLite treats as advisory (schema cookie, cache size, user version,
# application id, the version that wrote the file): a flip there is not structural.
ADVISORY_HEADER = {*range(40, 44), *range(48, 52), *range(60, 64), *range(68, 72), *range(96, 100)}


@dataclass(frozen=True)
class Case:
    kind: str
    db: bytes | None  # None: no database file at all
    wal: bytes | None
    structural: bool


@dataclass(frozen=True)
class Material:
    db: bytes
    own_wal_db: bytes  # a database caught mid-write, with its own WAL
    own_wal: bytes
    foreign_wal: bytes  # the WAL of another WALL database, same page size
    backup: Path


def _fill(path: Path, n: int, tag: str) -> None:
    db = open_database(path)
    with db.write("t") as s:
        for i in range(n):
            s.add(Person(first_name=f"{tag}{i}", last_name="Kowalska", notes="ż" * 150))
    db.dispose()


def _snapshot_with_wal(path: Path, tag: str) -> tuple[bytes, bytes]:
    """The files of a database whose last writes are still only in its WAL (as after a crash)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE database_info SET change_seq = change_seq + 1")
    conn.execute("UPDATE person SET notes = ? WHERE id % 3 = 0", (tag * 100,))
    snapshot = path.read_bytes(), wal_path(path).read_bytes()
    conn.close()
    return snapshot


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    folder = tmp_path_factory.mktemp("material")
    base = folder / "wall.sqlite"
    _fill(base, 120, "A")
    backup = make_backup(base).path
    raw = base.read_bytes()
    own = folder / "own.sqlite"
    shutil.copy(base, own)
    own_db, own_wal = _snapshot_with_wal(own, "o")
    other = folder / "other.sqlite"
    _fill(other, 120, "Z")
    _other_db, foreign_wal = _snapshot_with_wal(other, "f")
    return Material(raw, own_db, own_wal, foreign_wal, backup)


def _flip(data: bytes, offset: int, bit: int) -> bytes:
    out = bytearray(data)
    out[offset] ^= 1 << bit
    return bytes(out)


def _cases(m: Material, rng: random.Random) -> Iterator[Case]:
    size = len(m.db)
    page = int.from_bytes(m.db[16:18], "big")
    for _ in range(60):
        yield Case("truncated", m.db[: rng.randrange(0, size)], None, True)
    for _ in range(50):
        offset = rng.randrange(0, 100)
        flipped = _flip(m.db, offset, rng.randrange(8))
        yield Case("header flip", flipped, None, offset not in ADVISORY_HEADER)
    for _ in range(60):
        offset = rng.randrange(page, size)
        flipped = _flip(m.db, offset, rng.randrange(8))
        # The first byte of a b-tree page is its type: flipping it is always structural.
        yield Case("page flip", flipped, None, offset % page == 0)
    for _ in range(30):
        # A b-tree page's type byte and cell count: its structure, never record data.
        offset = rng.randrange(1, size // page) * page + rng.choice((0, 3, 4))
        yield Case("b-tree page header flip", _flip(m.db, offset, rng.randrange(8)), None, True)
    for n in (16, 32, 100, 512, page):
        yield Case("zeroed header", bytes(n) + m.db[n:], None, True)
    for _ in range(15):
        junk = rng.randbytes(rng.randrange(0, 3 * page))
        yield Case("random bytes", junk, None, True)
    for _ in range(5):
        junk = m.db[:16] + rng.randbytes(rng.randrange(100, 3 * page))
        yield Case("random bytes after the magic", junk, None, True)
    for _ in range(5):
        yield Case("orphan WAL (database missing)", None, m.own_wal, True)
    for _ in range(5):
        yield Case("foreign WAL", m.db, m.foreign_wal, True)
    for _ in range(5):
        yield Case("random WAL", m.db, rng.randbytes(rng.randrange(32, 3 * page)), True)


def _read_everything(path: Path) -> None:
    """Use the opened database: every row of every table; a DB error is fine, a crash is not."""
    db = open_database(path, create=False, read_only=True)
    try:
        with db.read() as s:
            tables = s.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).all()
            for (name,) in tables:
                s.execute(text(f'SELECT * FROM "{name}"')).all()
    except DatabaseError:
        pass
    finally:
        db.dispose()


@pytest.mark.slow
def test_damaged_files_are_detected_kept_and_a_backup_offered(
    material: Material, tmp_path: Path
) -> None:
    rng = random.Random(20240612)
    outcomes: Counter[str] = Counter()
    cases = list(_cases(material, rng))
    for number, case in enumerate(cases):
        folder = tmp_path / f"case{number}"
        (folder / "backups").mkdir(parents=True)
        shutil.copy(material.backup, folder / "backups" / material.backup.name)
        path = folder / "wall.sqlite"
        if case.db is not None:
            path.write_bytes(case.db)
        if case.wal is not None:
            wal_path(path).write_bytes(case.wal)
        opened = False
        try:
            db = open_database(path, writer=True)
            opened = True
            db.dispose()
            # What the GUI runs once the window is painted: the check that reads every page.
            report = full_check(path)
            if not report.ok:
                raise damage_found(path, report.problems[0])
        except DamagedDatabase as err:
            outcomes[f"{case.kind}: detected {'after opening' if opened else 'at open'}"] += 1
            assert err.newest_backup == folder / "backups" / material.backup.name
            assert not path.exists() and not wal_path(path).exists()
            kept = err.kept_as
            assert kept is not None
            if case.db is None:  # only the orphan journal was there to keep
                assert kept.read_bytes() == case.wal
            else:
                assert kept.read_bytes() == case.db  # kept byte for byte
                if case.wal is not None:
                    assert wal_path(kept).read_bytes() == case.wal
            # Never an empty database silently in its place.
            with pytest.raises(DamagedDatabase):
                open_database(path).dispose()
            assert not path.exists()
            continue
        outcomes[f"{case.kind}: opened, sound"] += 1
        assert not case.structural, f"case {number} ({case.kind}) was not detected"
        assert path.read_bytes() == case.db  # opening changed nothing
        _read_everything(path)
        assert damaged_copies(path) == []
    print(f"\ndamage test: {len(cases)} cases")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome}: {count}")
    assert len(cases) >= 200


@pytest.mark.slow
def test_a_database_with_its_own_wal_after_a_crash_opens(
    material: Material, tmp_path: Path
) -> None:
    path = tmp_path / "wall.sqlite"
    path.write_bytes(material.own_wal_db)
    wal_path(path).write_bytes(material.own_wal)
    db = open_database(path, create=False)
    with db.read() as s:
        notes = s.execute(text("SELECT notes FROM person WHERE id = 3")).scalar_one()
    db.dispose()
    assert notes == "o" * 100  # the write that was only in the WAL is there
