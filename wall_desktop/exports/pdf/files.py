"""Writing PDF files safely: atomic replace, safe names, cancellable batches."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# Illegal in file names on Windows, macOS or Linux, plus control characters.
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def safe_file_name(text: str, *, limit: int = 120) -> str:
    """A file name that every system accepts and that keeps Polish letters readable.

    "Zuzanna Łęcka-Żółć" stays as it is; only characters illegal somewhere
    are replaced with "_" and the name is composed (NFC) so macOS and
    Windows spell it the same way.
    """
    name = unicodedata.normalize("NFC", text)
    name = _ILLEGAL.sub("_", name)
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    if not name:
        name = "_"
    if name.split(".")[0].upper() in _WINDOWS_RESERVED:
        name = "_" + name
    return name[:limit].rstrip(". ") or "_"


@contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """A temporary file next to ``target``, renamed over it only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
