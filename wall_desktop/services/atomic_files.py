"""Writing a file so that a crash, a full disk or Cancel never leaves half of it.

Every exporter writes through here: a temporary file in the target's folder
(so the rename stays on one filesystem), flushed and fsynced, then renamed
over the target with ``os.replace``.  On any error or on cancel the
temporary file is removed and an older file with the target's name is
untouched.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from wall_desktop.i18n import _
from wall_desktop.services.errors import Cancelled
from wall_desktop.services.storage_errors import Action, as_write_failure


def temporary_sibling(target: Path) -> Path:
    """A hidden, unused name in the target's folder, keeping the target's suffix."""
    return target.with_name(f".{target.stem}.{secrets.token_hex(6)}.tmp{target.suffix}")


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_path(
    target: str | os.PathLike[str],
    *,
    cancelled: Callable[[], bool] | None = None,
    action: Action = "file",
) -> Iterator[Path]:
    """A temporary path for writers that want a file name (openpyxl, reportlab, SQLite).

    When the block ends normally the file is synced and renamed over ``target``.
    """
    final = Path(target)
    tmp = temporary_sibling(final)
    try:
        yield tmp
        if cancelled is not None and cancelled():
            raise Cancelled(_("Cancelled: no file was written."))
        if not tmp.exists():
            raise FileNotFoundError(f"nothing was written to {tmp}")
        fsync_file(tmp)
        os.replace(tmp, final)
        fsync_folder(final.parent)
    except BaseException as exc:
        _remove_quietly(tmp)
        failure = as_write_failure(exc, action, final)
        if failure is not None:
            raise failure from exc
        raise


@contextmanager
def atomic_write(
    target: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = None,
    cancelled: Callable[[], bool] | None = None,
    action: Action = "file",
) -> Iterator[IO[Any]]:
    """An open temporary file (``mode`` "wb" or "w"); renamed over ``target`` at the end."""
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_write writes whole files; mode {mode!r} is not supported")
    text_encoding = encoding or ("utf-8" if mode == "w" else None)
    with (
        atomic_path(target, cancelled=cancelled, action=action) as tmp,
        open(tmp, mode, encoding=text_encoding) as fh,
    ):
        yield fh
        fh.flush()


def write_bytes_atomically(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_write(target, "wb") as fh:
        fh.write(data)


def write_text_atomically(
    target: str | os.PathLike[str], text: str, encoding: str = "utf-8"
) -> None:
    with atomic_write(target, "w", encoding=encoding) as fh:
        fh.write(text)


def _remove_quietly(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)
