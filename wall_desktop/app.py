"""Composition root: settings, the database, and the services built on it.

Opening a database file goes through these steps:

1. a damaged file (not a database, cut short, a bad header, a journal that
   is not its own, failing SQLite's quick check) is renamed ``.damaged`` and
   ``DamagedDatabase`` names the newest verified backup; an empty database
   is never created silently in its place;
2. on read-only media the database opens read-only (``db.read_only`` and
   ``db.read_only_reason`` for the GUI's banner);
3. a cloud-synced folder or a network filesystem adds a warning to
   ``db.warnings``;
4. the writer lock is taken before the first write (or at once with
   ``writer=True``, as the GUI does), so a second writer is refused while
   readers still work.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from wall_desktop.db.engine import (
    default_database_path,
    make_engine,
    read_only_url,
    resolve_url,
    sqlite_path,
)
from wall_desktop.db.migrate import SchemaError, is_up_to_date, upgrade
from wall_desktop.db.session import Database
from wall_desktop.i18n import _
from wall_desktop.services.damage import (
    damaged_copies,
    inspect_database_file,
    set_aside,
    shm_path,
    wal_path,
)
from wall_desktop.services.errors import StorageError
from wall_desktop.services.placement import placement_warnings, read_only_reason
from wall_desktop.services.storage_errors import (
    DamagedDatabase,
    ReadOnlyDatabase,
    WriterLockHeld,
    as_write_failure,
)
from wall_desktop.services.writer_lock import WriterLock, acquire_writer_lock, current_holder

DEMO_FILE_NAME = "wall-demo.sqlite"


def demo_database_path() -> Path:
    """The demo database: its own file beside, never instead of, the user's database."""
    return default_database_path().with_name(DEMO_FILE_NAME)


class WriteGate:
    """Refuses writes to a read-only database; takes the writer lock before the first one."""

    def __init__(self, path: Path, read_only_reason: str | None) -> None:
        self.path = path
        self.read_only_reason = read_only_reason
        self.lock: WriterLock | None = None

    def __call__(self, operator: str | None) -> None:
        if self.read_only_reason is not None:
            raise ReadOnlyDatabase(
                _("Nothing can be changed: the database is open read-only ({reason}).").format(
                    reason=self.read_only_reason
                )
            )
        if self.lock is None:
            self.lock = acquire_writer_lock(self.path, operator)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    writer: bool | None = None,
    operator: str | None = None,
    read_only: bool = False,
    accept_damaged: bool = False,
) -> Database:
    """Open (and if needed create or migrate) the database named by ``target``.

    ``writer=True`` takes the writer lock now (the GUI: refuse at start, offer
    read-only); ``None`` takes it before the first write; ``read_only=True``
    never writes.  ``accept_damaged=True`` creates a new database although an
    earlier one at this path was set aside as damaged (the user chose so).
    """
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is None:
        return Database(url, _open_engine(url, None, read_only=False))
    if path.exists() and path.is_dir():
        raise StorageError(_("{path} is a folder, not a database file").format(path=path))
    reason = _("opened read-only on request") if read_only else None
    if path.exists():
        reason = reason or read_only_reason(path)
        # A database another program is writing to is in use, not damaged: leave it be.
        if current_holder(path) is None:
            _refuse_if_damaged(path, may_set_aside=reason is None)
    else:
        _refuse_if_damaged(path, may_set_aside=True)
        if not create:
            raise StorageError(_("Database file not found: {path}").format(path=path))
        if damaged_copies(path) and not accept_damaged:
            raise DamagedDatabase(
                path,
                _("it was set aside as damaged earlier"),
                kept_as=damaged_copies(path)[-1],
                newest_backup=_newest_backup(path),
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                _("Cannot create the folder {path}: {error}").format(path=path.parent, error=exc)
            ) from exc
    gate = WriteGate(path, reason)
    if writer and reason is None:
        gate(operator)
    try:
        engine = _open_engine(url, path, read_only=reason is not None)
    except BaseException:
        gate.release()
        raise
    db = Database(
        url,
        engine,
        read_only=reason is not None,
        read_only_reason=reason,
        warnings=placement_warnings(path),
        write_guard=gate,
        error_translator=lambda exc: as_write_failure(exc, "save"),
    )
    db.on_dispose(gate.release)
    return db


def _open_engine(url: URL, path: Path | None, *, read_only: bool) -> Engine:
    if path is not None and read_only:
        # On read-only media SQLite cannot make the WAL's side files; immutable needs none.
        side_files = wal_path(path).exists() or shm_path(path).exists()
        immutable = read_only_reason(path) is not None and not side_files
        engine_url = read_only_url(path, immutable=immutable)
    else:
        engine_url = url
    engine = make_engine(engine_url)
    try:
        if not is_up_to_date(engine):
            if read_only:
                raise SchemaError(_("it needs an update, which cannot be written read-only"))
            upgrade(engine)
    except SchemaError as exc:
        engine.dispose()
        raise StorageError(_("This file cannot be opened: {error}").format(error=exc)) from exc
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        failure = as_write_failure(exc, "save")
        if failure is not None:
            raise failure from exc
        raise StorageError(
            _("{path} is not a WALL Desktop database or is damaged ({error})").format(
                path=path or url, error=exc.orig
            )
        ) from exc
    return engine


def _refuse_if_damaged(path: Path, *, may_set_aside: bool) -> None:
    problem = inspect_database_file(path)
    if problem is None:
        return
    if may_set_aside:
        raise damage_found(path, problem)
    raise DamagedDatabase(path, problem, kept_as=None, newest_backup=_newest_backup(path))


def damage_found(path: Path, reason: str) -> DamagedDatabase:
    """Set a damaged database aside and return the error to show (with the newest backup).

    For the GUI when ``full_check`` fails after painting: close the
    ``Database`` first, then call this and offer ``restore_backup``.
    """
    kept: Path | None = None
    try:
        with acquire_writer_lock(path, None):
            kept = set_aside(path)
    except (WriterLockHeld, OSError):
        kept = None  # in use elsewhere, or the folder cannot be written: leave it where it is
    return DamagedDatabase(path, reason, kept_as=kept, newest_backup=_newest_backup(path))


def _newest_backup(path: Path) -> Path | None:
    from wall_desktop.services.backup import newest_verified_backup

    return newest_verified_backup(path)
