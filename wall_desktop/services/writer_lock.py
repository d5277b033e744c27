"""One writer per database: a lock file next to it, shared by the GUI and the CLI.

The lock is an OS file lock (``flock``) on ``<database>.lock``, so the kernel
releases it when the holder exits or is killed; the file's text names the
holder (operator, machine, process, since when) for the refusal message.
Text left by a process that died is a stale lock: the next writer takes the
lock and reports whom it recovered it from.  Within one process the lock is
re-entrant, so several ``Database`` objects of one program share it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wall_desktop.services.storage_errors import LockHolder, WriterLockHeld

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_SUFFIX = ".lock"
_NO_FLOCK = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS}


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


@dataclass
class _Held:
    fd: int
    count: int
    holder: LockHolder
    recovered_from: LockHolder | None


_held: dict[str, _Held] = {}
_guard = threading.Lock()


class WriterLock:
    """A held writer lock; ``release()`` once per ``acquire_writer_lock``."""

    def __init__(self, key: str, path: Path, holder: LockHolder, recovered_from: LockHolder | None):
        self._key = key
        self.path = path
        self.holder = holder
        self.recovered_from = recovered_from
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self._key]
            with contextlib.suppress(OSError):
                os.ftruncate(held.fd, 0)
            _unlock(held.fd)
            os.close(held.fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire_writer_lock(
    db_path: Path, operator: str | None, *, now: datetime | None = None
) -> WriterLock:
    """Take the lock or raise ``WriterLockHeld`` naming who has it."""
    path = lock_path_for(db_path)
    key = os.path.realpath(path)
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return WriterLock(key, path, held.holder, held.recovered_from)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            previous = _read_holder(fd)
            if not _try_lock(fd, previous):
                raise WriterLockHeld(db_path, previous)
            me = LockHolder(
                operator=operator,
                machine=socket.gethostname(),
                pid=os.getpid(),
                since=now or datetime.now(UTC),
            )
            _write_holder(fd, me)
        except BaseException:
            os.close(fd)
            raise
        _held[key] = _Held(fd=fd, count=1, holder=me, recovered_from=previous)
        return WriterLock(key, path, me, previous)


def current_holder(db_path: Path) -> LockHolder | None:
    """Who writes to the database now, or None when nobody does (stale text ignored)."""
    path = lock_path_for(db_path)
    with _guard:
        held = _held.get(os.path.realpath(path))
        if held is not None:
            return held.holder
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        holder = _read_holder(fd)
        if holder is None:
            return None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return holder
            except OSError as exc:
                if exc.errno in _NO_FLOCK:
                    return holder if _alive(holder) else None
                raise
            fcntl.flock(fd, fcntl.LOCK_UN)
            return None
        return holder if _alive(holder) else None
    finally:
        os.close(fd)


def _try_lock(fd: int, previous: LockHolder | None) -> bool:
    if fcntl is None:
        return _try_lock_windows(fd)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError as exc:
        # Some network filesystems have no flock: trust the text, as a pid file.
        if exc.errno in _NO_FLOCK:
            return previous is None or not _alive(previous)
        raise


def _try_lock_windows(fd: int) -> bool:  # pragma: no cover - exercised on Windows only
    import msvcrt

    os.lseek(fd, 1 << 20, os.SEEK_SET)  # lock a byte far past the text, which stays readable
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _alive(holder: LockHolder) -> bool:
    if holder.machine != socket.gethostname():
        return True  # a process on another machine cannot be checked from here
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_holder(fd: int) -> LockHolder | None:
    try:
        raw = os.pread(fd, 4096, 0)
        data = json.loads(raw.decode("utf-8")) if raw.strip() else None
        if not isinstance(data, dict):
            return None
        return LockHolder(
            operator=data.get("operator"),
            machine=str(data["machine"]),
            pid=int(data["pid"]),
            since=datetime.fromisoformat(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_holder(fd: int, holder: LockHolder) -> None:
    text = json.dumps(
        {
            "operator": holder.operator,
            "machine": holder.machine,
            "pid": holder.pid,
            "since": holder.since.isoformat(),
        },
        ensure_ascii=False,
    ).encode("utf-8")
    os.ftruncate(fd, 0)
    os.pwrite(fd, text, 0)
    with contextlib.suppress(OSError):
        os.fsync(fd)
