"""Verified backups of the database, listing them, and restoring one.

A backup is made with SQLite's online backup API from a read-only
connection (never by copying the live file), into a temporary file in the
backups folder; that copy is switched to a self-contained journal mode,
checked with ``PRAGMA integrity_check``, synced, and only then renamed to its
final name.  Names carry the database's name, the UTC time and the reason:
``wall-20240612-143000Z-auto.sqlite``.  Automatic backups live in a
``backups`` folder next to the database, so they travel with it; "Backup
now" may write to any folder (a USB stick).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from wall_desktop.db.migrations import HEAD
from wall_desktop.i18n import _
from wall_desktop.services.atomic_files import (
    atomic_path,
    fsync_file,
    fsync_folder,
    temporary_sibling,
)
from wall_desktop.services.backup_rotation import DEFAULT_POLICY, RotationPolicy, choose_kept
from wall_desktop.services.damage import (
    connect_read_only,
    inspect_database_file,
    set_aside,
    shm_path,
    wal_path,
)
from wall_desktop.services.errors import StorageError
from wall_desktop.services.storage_errors import as_write_failure
from wall_desktop.services.writer_lock import acquire_writer_lock

BACKUP_FOLDER = "backups"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})Z(?:-(?P<n>\d+))?-(?P<reason>[a-z][a-z-]*)\.sqlite$"
)
_STAMP = "%Y%m%d-%H%M%S"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupInfo:
    """A backup as the user picks it: when, why, how big, and what it holds."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    verified: bool
    problem: str | None = None
    database_uuid: str | None = None
    change_seq: int | None = None
    schema_revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    before_restore: Path | None
    set_aside_as: Path | None
    counts: dict[str, int]


def default_backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def backup_name(db_path: Path, taken_at: datetime, reason: str, n: int = 1) -> str:
    stamp = taken_at.astimezone(UTC).strftime(_STAMP)
    extra = f"-{n}" if n > 1 else ""
    return f"{db_path.stem}-{stamp}Z{extra}-{reason}.sqlite"


def parse_backup_name(name: str) -> tuple[str, datetime, str] | None:
    """(database stem, time taken, reason) from a backup's file name."""
    match = _NAME.match(name)
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return match["stem"], taken, match["reason"]


def make_backup(
    db_path: Path,
    *,
    reason: str = "auto",
    folder: Path | None = None,
    clock: Clock = utc_now,
    rotate: bool | None = None,
    policy: RotationPolicy = DEFAULT_POLICY,
) -> BackupInfo:
    """A verified backup of the database at ``db_path``; returns what it holds.

    Rotation runs after an automatic backup into the default folder (or when
    ``rotate`` says so).  A full disk or an I/O error raises ``WriteFailed``
    and leaves older backups untouched.
    """
    if not db_path.exists():
        raise StorageError(_("Database file not found: {path}").format(path=db_path))
    target_folder = folder or default_backup_folder(db_path)
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise as_write_failure(exc, "backup", target_folder) or StorageError(
            _("Cannot create the folder {path}: {error}").format(path=target_folder, error=exc)
        ) from exc
    taken_at = clock()
    target = _unused_name(target_folder, db_path, taken_at, reason)
    try:
        with atomic_path(target, action="backup") as tmp:
            _copy_database(db_path, tmp)
            info = read_backup_info(tmp, verify=True)
            if not info.verified:
                raise StorageError(
                    _("The backup was not made: the copy failed its check ({problem}).").format(
                        problem=info.problem
                    )
                )
    except sqlite3.Error as exc:
        failure = as_write_failure(exc, "backup", target)
        if failure is not None:
            raise failure from exc
        raise StorageError(
            _("The backup was not made: SQLite reported {error}.").format(error=exc)
        ) from exc
    made = BackupInfo(
        path=target,
        taken_at=taken_at,
        reason=reason,
        size=target.stat().st_size,
        verified=True,
        database_uuid=info.database_uuid,
        change_seq=info.change_seq,
        schema_revision=info.schema_revision,
        counts=info.counts,
    )
    if rotate if rotate is not None else folder is None:
        rotate_backups(db_path, target_folder, now=taken_at, policy=policy, keep=target)
    return made


def _unused_name(folder: Path, db_path: Path, taken_at: datetime, reason: str) -> Path:
    n = 1
    while True:
        candidate = folder / backup_name(db_path, taken_at, reason, n)
        if not candidate.exists():
            return candidate
        n += 1


def _copy_database(source: Path, target: Path) -> None:
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)  # one step: a consistent snapshot even while others write
            # A backup is one self-contained file, readable from read-only media.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def read_backup_info(path: Path, *, verify: bool = False) -> BackupInfo:
    """A backup's date, reason, identity and row counts, read without opening it as live.

    With ``verify`` the whole file is checked (``integrity_check``).
    """
    parsed = parse_backup_name(path.name)
    size = path.stat().st_size
    if parsed is not None:
        taken_at, reason = parsed[1], parsed[2]
    else:
        taken_at, reason = datetime.fromtimestamp(path.stat().st_mtime, UTC), "copy"
    base = {"path": path, "taken_at": taken_at, "reason": reason, "size": size}
    problem = inspect_database_file(path, quick_check_limit=0)
    if problem is not None:
        return BackupInfo(**base, verified=False, problem=problem)  # type: ignore[arg-type]
    try:
        conn = connect_read_only(path, immutable=not wal_path(path).exists())
    except sqlite3.Error as exc:
        return BackupInfo(**base, verified=False, problem=str(exc))  # type: ignore[arg-type]
    try:
        problem = None
        if verify:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
            if rows != ["ok"]:
                problem = "; ".join(rows)
        meta = conn.execute(
            "SELECT database_uuid, change_seq FROM database_info WHERE id = 1"
        ).fetchone()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        counts = _live_counts(conn)
    except sqlite3.Error as exc:
        return BackupInfo(**base, verified=False, problem=str(exc))  # type: ignore[arg-type]
    finally:
        conn.close()
    if meta is None:
        problem = problem or _("it is not a WALL Desktop database")
    raw_uuid = meta[0] if meta else None
    return BackupInfo(
        **base,  # type: ignore[arg-type]
        verified=verify and problem is None,
        problem=problem,
        database_uuid=raw_uuid.hex() if isinstance(raw_uuid, bytes) else raw_uuid,
        change_seq=int(meta[1]) if meta else None,
        schema_revision=str(revision[0]) if revision else None,
        counts=counts,
    )


def _live_counts(conn: sqlite3.Connection) -> dict[str, int]:
    counts: dict[str, int] = {}
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('alembic_version') ORDER BY name"
        )
    ]
    for table in tables:
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
        counts[table] = int(conn.execute(f'SELECT count(*) FROM "{table}"{where}').fetchone()[0])
    return counts


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The database's backups in ``folder`` (default: next to it), newest first, unverified."""
    found = []
    for path in _backup_files(db_path, folder or default_backup_folder(db_path)):
        try:
            found.append(read_backup_info(path))
        except OSError:
            continue
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _backup_files(db_path: Path, folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    files = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is not None and parsed[0] == db_path.stem and path.is_file():
            files.append(path)
    return files


def newest_verified_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    """The newest backup that passes the full check (older ones are tried in turn)."""
    candidates = sorted(
        _backup_files(db_path, folder or default_backup_folder(db_path)),
        key=lambda p: parse_backup_name(p.name)[1],  # type: ignore[index]
        reverse=True,
    )
    for path in candidates:
        if read_backup_info(path, verify=True).verified:
            return path
    return None


def rotate_backups(
    db_path: Path,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
    policy: RotationPolicy = DEFAULT_POLICY,
    keep: Path | None = None,
) -> list[Path]:
    """Delete the automatic backups the schedule no longer keeps; returns those deleted."""
    folder = folder or default_backup_folder(db_path)
    files = _backup_files(db_path, folder)
    dated = [(p, parse_backup_name(p.name)[1], p.stat().st_size) for p in files]  # type: ignore[index]
    kept = choose_kept(dated, now or utc_now(), policy, when=lambda d: d[1], size=lambda d: d[2])
    keep_paths = {d[0] for d in kept} | ({keep} if keep else set())
    deleted = []
    for path, _when, _size in dated:
        if path not in keep_paths:
            path.unlink(missing_ok=True)
            deleted.append(path)
    return deleted


def restore_backup(
    db_path: Path,
    backup: Path,
    *,
    operator: str | None = None,
    folder: Path | None = None,
    clock: Clock = utc_now,
) -> RestoreResult:
    """Replace the database with a verified backup; the current one is backed up first.

    The caller closes its own connections first; the writer lock is held
    throughout, so no other program writes meanwhile.  A current file that
    is too damaged to back up is set aside (renamed ``.damaged``) instead.
    """
    info = read_backup_info(backup, verify=True)
    if not info.verified:
        raise StorageError(
            _("The backup {path} cannot be restored: {problem}.").format(
                path=backup, problem=info.problem
            )
        )
    if info.schema_revision is None or info.schema_revision > HEAD:
        raise StorageError(
            _("The backup {path} was made by a newer version of WALL Desktop.").format(path=backup)
        )
    with acquire_writer_lock(db_path, operator):
        before: Path | None = None
        aside: Path | None = None
        if db_path.exists() or wal_path(db_path).exists():
            if inspect_database_file(db_path) is None:
                before = make_backup(
                    db_path, reason="before-restore", folder=folder, clock=clock, rotate=False
                ).path
                _fold_journal(db_path)
            else:
                aside = set_aside(db_path)
        tmp = temporary_sibling(db_path)
        try:
            _copy_database(backup, tmp)
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=WAL")  # as every live database is
            finally:
                conn.close()
            fsync_file(tmp)
            for stale in (wal_path(db_path), shm_path(db_path)):
                stale.unlink(missing_ok=True)
            os.replace(tmp, db_path)
            fsync_folder(db_path.parent)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            failure = as_write_failure(exc, "restore", db_path)
            if failure is not None:
                raise failure from exc
            raise
    return RestoreResult(
        restored_from=backup, before_restore=before, set_aside_as=aside, counts=info.counts
    )


def _fold_journal(db_path: Path) -> None:
    """Checkpoint the WAL into the file so that nothing lives only in the journal."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
