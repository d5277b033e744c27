"""Typed errors about the database file and the files the program writes.

Each carries the facts the GUI needs (which file, who holds a lock, the
newest verified backup) and a message in plain words for the user.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from wall_desktop.i18n import _
from wall_desktop.services.errors import StorageError, WallError

FailureKind = Literal["full", "io"]
Action = Literal["save", "file", "backup", "restore"]

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_SQLITE_FULL = 13
_SQLITE_IOERR = 10


@dataclass(frozen=True)
class LockHolder:
    """Who writes to a database now: from the lock file next to it."""

    operator: str | None
    machine: str
    pid: int
    since: datetime


class DamagedDatabase(StorageError):
    """The database file (or its journal) is damaged; it was kept, never overwritten."""

    def __init__(
        self,
        path: Path,
        reason: str,
        *,
        kept_as: Path | None,
        newest_backup: Path | None,
    ) -> None:
        self.path = path
        self.reason = reason
        self.kept_as = kept_as
        self.newest_backup = newest_backup
        parts = [
            _("{path} is not a WALL Desktop database or is damaged: {reason}.").format(
                path=path, reason=reason
            )
        ]
        if kept_as is not None:
            parts.append(
                _("The damaged file was kept as {kept} and nothing in it was changed.").format(
                    kept=kept_as
                )
            )
        if newest_backup is not None:
            parts.append(
                _("You can restore the newest verified backup: {backup}.").format(
                    backup=newest_backup
                )
            )
        else:
            parts.append(_("No verified backup was found."))
        super().__init__(" ".join(parts))


class ReadOnlyDatabase(StorageError):
    """A change was attempted on a database opened read-only."""


class WriterLockHeld(StorageError):
    """Another program already writes to this database."""

    def __init__(self, path: Path, holder: LockHolder | None) -> None:
        self.path = path
        self.holder = holder
        if holder is None:
            message = _(
                "The database {path} is open for changes in another window or program. "
                "Close it there first, or open this one read-only."
            ).format(path=path)
        else:
            message = _(
                "The database {path} is open for changes by {operator} on {machine} "
                "(process {pid}) since {since}. Close it there first, or open this one "
                "read-only."
            ).format(
                path=path,
                operator=holder.operator or "?",
                machine=holder.machine,
                pid=holder.pid,
                since=holder.since.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        super().__init__(message)


class WriteFailed(StorageError):
    """The disk refused a write: full, over a size limit, or an I/O error."""

    def __init__(self, action: Action, kind: FailureKind, detail: str, path: Path | None) -> None:
        self.action = action
        self.kind = kind
        self.detail = detail
        self.path = path
        super().__init__(_failure_message(action, kind, detail, path))


def _failure_message(action: Action, kind: FailureKind, detail: str, path: Path | None) -> str:
    where = str(path) if path is not None else ""
    if action == "save":
        if kind == "full":
            return _(
                "The change was not saved: the disk is full. Nothing of it was written; "
                "free some space on the disk and try again."
            )
        return _(
            "The change was not saved: the disk reported a write error ({detail}). Nothing of "
            "it was written; check the disk or USB stick and try again."
        ).format(detail=detail)
    if action == "backup":
        if kind == "full":
            return _(
                "The backup was not made: the disk is full. Older backups are untouched; "
                "free some space or pick another folder."
            )
        return _(
            "The backup was not made: the disk reported a write error ({detail}). Older "
            "backups are untouched; check the disk or pick another folder."
        ).format(detail=detail)
    if action == "restore":
        return _(
            "The restore did not finish ({detail}). The current database is unchanged; "
            "free some space or check the disk and try again."
        ).format(detail=detail)
    if kind == "full":
        return _(
            "Could not write {path}: the disk is full. An older file with this name is "
            "untouched; free some space or pick another folder."
        ).format(path=where)
    return _(
        "Could not write {path}: the disk reported a write error ({detail}). An older file "
        "with this name is untouched; check the disk or pick another folder."
    ).format(path=where, detail=detail)


def failure_kind(exc: BaseException) -> FailureKind | None:
    """ "full" or "io" when ``exc`` (or what it wraps) is a refused write, else None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            return "full" if current.errno in _FULL_ERRNOS else "io"
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            text = str(current).lower()
            if (code is not None and code & 0xFF == _SQLITE_FULL) or "disk is full" in text:
                return "full"
            if (code is not None and code & 0xFF == _SQLITE_IOERR) or "i/o error" in text:
                return "io"
            return None
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def as_write_failure(
    exc: BaseException, action: Action, path: Path | None = None
) -> WriteFailed | None:
    """The typed error for a refused write, or None when ``exc`` is something else."""
    if isinstance(exc, WallError):
        return None
    kind = failure_kind(exc)
    if kind is None:
        return None
    return WriteFailed(action, kind, _short_detail(exc), path)


def _short_detail(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    source = orig if isinstance(orig, BaseException) else exc
    if isinstance(source, OSError) and source.strerror:
        return source.strerror
    return str(source).splitlines()[0] if str(source) else type(source).__name__
