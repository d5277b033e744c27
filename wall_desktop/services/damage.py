"""Recognising a damaged database file before it is used, and keeping it safe.

``inspect_database_file`` is the cheap check run at every open: the 100-byte
header against the file's size, the WAL journal's header and whether it
belongs to this database, the schema, and ``PRAGMA quick_check`` when the
file is small enough for it to be quick.  Everything reads through
read-only connections, so the check never changes the file it looks at.
``full_check`` reads every page (``integrity_check``) and is meant to run
after the window is painted.  A damaged file is renamed aside, never
overwritten or deleted.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from wall_desktop.i18n import _
from wall_desktop.services.atomic_files import fsync_folder

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
QUICK_CHECK_LIMIT = 64 * 1024 * 1024  # bytes of database and journal read at open
DAMAGED_SUFFIX = ".damaged"


@dataclass(frozen=True)
class IntegrityReport:
    """The result of the full check: ``ok`` or the problems SQLite names."""

    ok: bool
    problems: list[str] = field(default_factory=list)


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def sqlite_uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path.absolute()))}" + (f"?{query}" if query else "")


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that cannot change the file (``immutable`` also ignores the WAL)."""
    params = {"mode": "ro"}
    if immutable:
        params["immutable"] = "1"
    return sqlite3.connect(sqlite_uri(path, **params), uri=True, isolation_level=None)


def header_problem(path: Path, *, has_wal: bool) -> str | None:
    """What is wrong with the file's header and size, in plain words, or None."""
    size = path.stat().st_size
    if size == 0:
        return _("the file is empty")
    with open(path, "rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC[:15]) or header[:16] != SQLITE_MAGIC:
        return _("the file is not an SQLite database (its first bytes are wrong)")
    if len(header) < 100:
        return _("the file is cut short ({size} bytes)").format(size=size)
    (raw_page,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page == 1 else raw_page
    if page_size < 512 or page_size & (page_size - 1):
        return _header_field(_("page size"))
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        return _header_field(_("file format version"))
    reserved = header[20]
    if page_size - reserved < 480:
        return _header_field(_("reserved space"))
    if header[21:24] != b"\x40\x20\x20":
        return _header_field(_("payload fractions"))
    change_counter, page_count, free_trunk, free_count = struct.unpack(">IIII", header[24:40])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if change_counter != valid_for:
        return _header_field(_("change counter"))
    # Schema format and encoding are 0 while the file itself holds no schema yet
    # (a new database whose tables are all still in the WAL).
    unset_allowed = has_wal or page_count <= 1
    (schema_format,) = struct.unpack(">I", header[44:48])
    if schema_format > 4 or (schema_format == 0 and not unset_allowed):
        return _header_field(_("schema format"))
    (encoding,) = struct.unpack(">I", header[56:60])
    if encoding > 3 or (encoding == 0 and not unset_allowed):
        return _header_field(_("text encoding"))
    if any(header[72:92]):
        return _header_field(_("reserved bytes"))
    (version,) = struct.unpack(">I", header[96:100])
    if not 3_000_000 <= version < 4_000_000:
        return _header_field(_("SQLite version"))
    if size % page_size:
        return _("the file is cut short ({size} bytes)").format(size=size)
    expected = page_count * page_size
    # A checkpoint cut short by a crash leaves the file shorter or longer than its
    # header says; the WAL then still holds every page, and SQLite's check decides.
    if not has_wal and (page_count == 0 or size < expected):
        return _("the file is cut short: it has {have} bytes, its header says {want}").format(
            have=size, want=expected
        )
    if not has_wal and size > expected:
        return _header_field(_("page count"))
    if free_count >= page_count or free_trunk > page_count:
        return _header_field(_("free page list"))
    return None


def _header_field(name: str) -> str:
    return _("its header is damaged ({field})").format(field=name)


def wal_problem(path: Path, page_size: int) -> str | None:
    """A WAL journal that is not one, or has another page size, cannot belong here."""
    wal = wal_path(path)
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None
    with open(wal, "rb") as fh:
        head = fh.read(32)
    if len(head) < 32:
        return _("its journal file ({name}) is cut short").format(name=wal.name)
    magic, version, wal_page_size = struct.unpack(">III", head[:12])
    if magic not in WAL_MAGICS or version != WAL_VERSION:
        return _("its journal file ({name}) is not an SQLite journal").format(name=wal.name)
    if wal_page_size != page_size:
        return _("its journal file ({name}) belongs to another database").format(name=wal.name)
    return None


def database_page_size(path: Path) -> int:
    with open(path, "rb") as fh:
        fh.seek(16)
        (raw,) = struct.unpack(">H", fh.read(2))
    return 65536 if raw == 1 else raw


def inspect_database_file(path: Path, *, quick_check_limit: int = QUICK_CHECK_LIMIT) -> str | None:
    """The reason the database at ``path`` must not be used, or None when it looks sound.

    A missing database with a journal left beside it is damage too: SQLite
    would apply that orphan journal to a new, empty file.
    """
    wal = wal_path(path)
    if not path.exists():
        if wal.exists() and wal.stat().st_size > 0:
            return _("the database file is missing but its journal file ({name}) is there").format(
                name=wal.name
            )
        return None
    has_wal = wal.exists() and wal.stat().st_size > 0
    problem = header_problem(path, has_wal=has_wal)
    if problem is not None:
        return problem
    if has_wal:
        problem = wal_problem(path, database_page_size(path))
        if problem is not None:
            return problem
    total = path.stat().st_size + (wal.stat().st_size if has_wal else 0)
    return _sqlite_problem(path, has_wal=has_wal, quick=total <= quick_check_limit)


def _sqlite_problem(path: Path, *, has_wal: bool, quick: bool) -> str | None:
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return _sqlite_said(exc)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        identity = _identity(conn)
        if quick:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            if rows != ["ok"]:
                return _("SQLite found damage: {detail}").format(detail="; ".join(rows[:3]))
        if has_wal and identity is not None:
            # Every write bumps database_info, so a journal holding another
            # database's writes shows another id (or a counter going backwards).
            without_wal = _identity_without_wal(path)
            if without_wal is not None and (
                without_wal[0] != identity[0] or without_wal[1] > identity[1]
            ):
                return _("its journal file ({name}) belongs to another database").format(
                    name=wal_path(path).name
                )
    except sqlite3.Error as exc:
        return _sqlite_said(exc)
    finally:
        conn.close()
    return None


def _identity_without_wal(path: Path) -> tuple[bytes, int] | None:
    """The id in the file alone; None when that cannot be read, as happens legitimately
    after a crash in the middle of a checkpoint (the WAL still has every page)."""
    try:
        plain = connect_read_only(path, immutable=True)
    except sqlite3.Error:
        return None
    try:
        return _identity(plain)
    except sqlite3.Error:
        return None
    finally:
        plain.close()


def _identity(conn: sqlite3.Connection) -> tuple[bytes, int] | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='database_info'"
    ).fetchone()
    if has_table is None:
        return None
    row = conn.execute(
        "SELECT database_uuid, change_seq FROM database_info WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    raw = row[0]
    key = raw if isinstance(raw, bytes) else str(raw).encode()
    return key, int(row[1] or 0)


def _sqlite_said(exc: sqlite3.Error) -> str:
    return _("SQLite cannot read it ({detail})").format(detail=exc)


def full_check(path: Path) -> IntegrityReport:
    """Every page read and checked (``integrity_check``, foreign keys); slow on big files."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return IntegrityReport(ok=False, problems=[_sqlite_said(exc)])
    problems: list[str] = []
    try:
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(_("Integrity check: {detail}").format(detail=line))
        for row in conn.execute("PRAGMA foreign_key_check"):
            problems.append(
                _("Broken reference in table {table}, row {row}").format(table=row[0], row=row[1])
            )
    except sqlite3.Error as exc:
        problems.append(_sqlite_said(exc))
    finally:
        conn.close()
    return IntegrityReport(ok=not problems, problems=problems)


def set_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename the damaged database (and its journal files) to an unused ``.damaged`` name.

    Returns the new name of the database (of the journal, when only that existed).
    Nothing is copied over or deleted.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.name}.{stamp}{DAMAGED_SUFFIX}")
    n = 1
    while base.exists() or wal_path(base).exists():
        n += 1
        base = path.with_name(f"{path.name}.{stamp}-{n}{DAMAGED_SUFFIX}")
    kept: Path | None = None
    if path.exists():
        os.rename(path, base)
        kept = base
    for source, target in ((wal_path(path), wal_path(base)), (shm_path(path), shm_path(base))):
        if source.exists():
            os.rename(source, target)
            kept = kept or target
    fsync_folder(path.parent)
    return kept or base


def damaged_copies(path: Path) -> list[Path]:
    """Files set aside as damaged for the database at ``path``, oldest first."""
    prefix = path.name + "."
    found = [
        p
        for p in path.parent.glob(f"{path.name}.*")
        if p.name.startswith(prefix) and (p.name.endswith(DAMAGED_SUFFIX) or "damaged-" in p.name)
    ]
    return sorted(found, key=lambda p: p.name)
