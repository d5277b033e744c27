"""The report of rows left out of an import (xlsx): the row, why, and its cells.

Written while the rows stream past (openpyxl's write-only mode keeps rows in
a temporary file, not in memory), into a temporary file beside the target
that replaces it only once the import has been committed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wall_desktop.i18n import _
from wall_desktop.services.importing.errors import ImportFileError
from wall_desktop.services.importing.plan import Outcome, RowResult
from wall_desktop.services.importing.values import Cell, Formula

_OUTCOMES = {
    Outcome.ERROR: "error",
    Outcome.DUPLICATE: "duplicate",
}


def default_report_path(source: Path) -> Path:
    return source.with_name(_("{stem} - rows left out.xlsx").format(stem=source.stem))


class LeftOutReport:
    """Collects left-out rows into an xlsx; ``commit()`` puts it in place."""

    def __init__(self, target: Path, headers: Sequence[str]) -> None:
        from openpyxl import Workbook

        self.target = target
        self.count = 0
        try:
            fd, name = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
        except OSError as exc:
            raise ImportFileError(
                _("Cannot write the report {path}: {error}").format(
                    path=target, error=exc.strerror or exc
                )
            ) from exc
        os.close(fd)
        self.temp = Path(name)
        self.wb: Any = Workbook(write_only=True)
        self.ws = self.wb.create_sheet(_("Rows left out"))
        self.ws.append([_("Row"), _("Outcome"), _("Reason"), *headers])

    def add(self, result: RowResult, cells: Sequence[Cell]) -> None:
        outcome = _("error") if result.outcome is Outcome.ERROR else _("duplicate, skipped")
        self.ws.append([result.row, outcome, "; ".join(result.reasons), *map(_plain, cells)])
        self.count += 1

    def commit(self) -> Path:
        try:
            self.wb.save(self.temp)
            os.replace(self.temp, self.target)
        except OSError as exc:
            self.discard()
            raise ImportFileError(
                _("Cannot write the report {path}: {error}").format(
                    path=self.target, error=exc.strerror or exc
                )
            ) from exc
        return self.target

    def discard(self) -> None:
        """Drop the report: close the sheet's stream and remove its temporary files."""
        if not self.ws.closed:
            with contextlib.suppress(Exception):  # openpyxl's own clean-up; nothing to report
                self.ws.close()
                self.ws._writer.cleanup()
        with contextlib.suppress(OSError):
            self.temp.unlink()


def _plain(cell: Cell) -> Any:
    """Cells as they were; a formula as its text, so the report never computes anything."""
    if isinstance(cell, Formula):
        return "'" + cell.text
    if isinstance(cell, str) and cell.startswith("="):
        return "'" + cell
    if cell is None or isinstance(cell, (str, int, float, bool, dt.date, dt.datetime, dt.time)):
        return cell
    return str(cell)
