"""One table to xlsx or csv, exactly as given: the rows and columns the user sees.

The GUI passes its visible columns and its filtered, sorted rows; the CLI
passes a named table from ``services/tables``.  Values keep their types
(``Decimal``, ``int``, ``date``, ``time``) so xlsx gets real numbers and
dates; text stays text:

- xlsx: a string is always written as a string cell, never as a formula;
- csv: UTF-8 with a BOM and ``;`` separators, as Polish Excel opens it;
  a text cell beginning with ``=``, ``+``, ``-``, ``@``, tab or carriage
  return gets a leading ``'`` so no spreadsheet runs it as a formula.
  Numbers are written as numbers (a negative amount stays ``-12,50``).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal

from openpyxl import Workbook

from wall_desktop.exports.workbook.sheet import Column, TableSheet, Ticker, discard
from wall_desktop.exports.workbook.styles import clean_text
from wall_desktop.exports.workbook.writer import check_target, explain_write_error
from wall_desktop.i18n import _, get_language
from wall_desktop.services.errors import ValidationError, WallError

Format = Literal["xlsx", "csv"]
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")

__all__ = [
    "Column",
    "Format",
    "Table",
    "format_of",
    "neutralise",
    "write_table",
]


@dataclass(frozen=True)
class Table:
    """A table to export: its title (the sheet's name), columns and rows in display order."""

    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[object]]

    @classmethod
    def of_text(cls, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Table:
        """A table whose columns are all text (what a view shows when it has no types)."""
        return cls(title, tuple(Column(h) for h in headers), rows)


def neutralise(text: str) -> str:
    """``'`` before text that a spreadsheet would take for a formula."""
    return "'" + text if text.startswith(DANGEROUS_START) else text


def format_of(target: str | os.PathLike[str], wanted: str | None = None) -> Format:
    """The format asked for, or the one the file name's suffix says."""
    name = (wanted or Path(target).suffix.lstrip(".")).lower()
    if name in ("xlsx", "csv"):
        return name  # type: ignore[return-value]
    raise ValidationError(
        {"format": _("Choose a file ending in .xlsx or .csv (got “{name}”)").format(name=name)}
    )


def _number(value: Decimal | int | float, places: int | None) -> str:
    text = f"{value:.{places}f}" if places is not None else str(value)
    return text.replace(".", ",") if get_language() == "pl" else text


def csv_value(value: object, column: Column) -> str:
    """One cell as csv text in the user's language (numbers without grouping, so they parse)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, Decimal | int | float):
        if column.kind == "percent":
            return _number(Decimal(str(value)) * 100, 1) + "%"
        return _number(value, 2 if column.kind == "money" else None)
    return neutralise(clean_text(str(value)))


def _write_csv(table: Table, path: Path, ticker: Ticker) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        out.writerow([neutralise(clean_text(c.header)) for c in table.columns])
        for row in table.rows:
            out.writerow([csv_value(v, c) for v, c in zip(row, table.columns, strict=False)])
            ticker.step()


def _write_xlsx(table: Table, path: Path, ticker: Ticker, operator: str | None) -> None:
    wb = Workbook(write_only=True)
    wb.properties.title = table.title
    wb.properties.creator = operator or None
    sheet = TableSheet(
        wb, table.title, table.columns, widths_from=table.rows, page_header=table.title
    )
    try:
        for row in table.rows:
            sheet.append(row)
            ticker.step()
    except BaseException:
        discard(wb)
        raise
    sheet.close()
    wb.save(path)


def write_table(
    table: Table,
    target: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    operator: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write ``table`` to ``target`` atomically; ``fmt`` defaults to the file's suffix."""
    from wall_desktop.services.atomic_files import atomic_path

    final = Path(target)
    kind = format_of(final, fmt)
    check_target(final)
    ticker = Ticker(len(table.rows), progress, cancelled)
    try:
        with atomic_path(final, cancelled=cancelled) as tmp:
            if kind == "csv":
                _write_csv(table, tmp, ticker)
            else:
                _write_xlsx(table, tmp, ticker, operator)
    except (WallError, OSError) as exc:
        raise (explain_write_error(exc, final) or exc) from exc
    return final
