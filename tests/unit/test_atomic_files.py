"""Atomic file writes: the whole file or the older one, never half, no temp left behind."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from wall_desktop.services.atomic_files import atomic_path, atomic_write, write_text_atomically
from wall_desktop.services.errors import Cancelled
from wall_desktop.services.storage_errors import WriteFailed


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_the_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "raport.csv"
    target.write_text("old")
    write_text_atomically(target, "nowa treść")
    assert target.read_text(encoding="utf-8") == "nowa treść"
    assert _leftovers(tmp_path) == []


def test_an_error_half_way_keeps_the_older_file_and_removes_the_temporary(tmp_path: Path) -> None:
    target = tmp_path / "raport.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write(b"half")
        raise RuntimeError("exporter bug")
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_a_full_disk_is_a_write_failure_naming_the_file(tmp_path: Path) -> None:
    target = tmp_path / "raport.xlsx"
    target.write_text("old")
    with pytest.raises(WriteFailed) as failed, atomic_write(target) as fh:
        fh.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert failed.value.kind == "full" and failed.value.path == target
    assert str(target) in str(failed.value)
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_cancel_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.pdf"
    with pytest.raises(Cancelled), atomic_write(target, cancelled=lambda: True) as fh:
        fh.write(b"%PDF")
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_atomic_path_keeps_the_suffix_for_writers_that_want_a_name(tmp_path: Path) -> None:
    target = tmp_path / "lista.xlsx"
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp.suffix == ".xlsx"
        tmp.write_bytes(b"PK")
    assert target.read_bytes() == b"PK"
    assert _leftovers(tmp_path) == []
