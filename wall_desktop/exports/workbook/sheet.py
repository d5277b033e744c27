"""One table-shaped sheet in write-only mode: widths that fit, header, rows, print set-up.

Rows are streamed to the file as they are appended; only the column widths
are worked out first, from the rows the caller already holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from openpyxl import LXML, Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties

from wall_desktop.exports.workbook.rowxml import RawRow, render_row
from wall_desktop.exports.workbook.styles import (
    Formula,
    Kind,
    StyleBook,
    Template,
    display_width,
)
from wall_desktop.i18n import _
from wall_desktop.services.errors import Cancelled

MAX_WIDTH = 60
MIN_WIDTH = 6
RAW_ROWS = not LXML  # rendered rows are written through et_xmlfile's writer
WIDE = 9  # sheets with more columns than this print in landscape
PAPER_A4 = 9  # the ECMA-376 code of A4


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"
    width: float | None = None  # fixed; None fits the header and the rows


class Ticker:
    """Progress over every row of the workbook, and the Cancel check between rows."""

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(_("Export cancelled: no file was written."))

    def step(self, n: int = 1) -> None:
        before = self.done
        self.done = min(self.done + n, self.total)
        if self.done // 100 != before // 100 or self.done == self.total:
            # Let a waiting GUI thread take the GIL: without this it loses the race to
            # re-take it for as long as the export runs in the worker's thread.
            time.sleep(0)
            self.check()
            if self._progress is not None:
                self._progress(self.done, self.total)


def discard(wb: Workbook) -> None:
    """Close and delete the streamed temporary files of a workbook that stopped half-way."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        with suppress(Exception):
            if not ws.closed:
                ws.close()
        if writer is not None:
            with suppress(Exception):
                writer.cleanup()


def unique_title(wb: Workbook, wanted: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\, not used yet."""
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in wanted).strip("'")[:31] or "_"
    taken = {ws.title.casefold() for ws in wb.worksheets}
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    return name


def _text_width(value: object) -> int:
    if value is None or isinstance(value, Formula):
        return 0
    text = value if isinstance(value, str) else str(value)
    if text.isprintable():  # no line break: display_width's answer without splitting
        return len(text)
    return max((len(part) for part in text.splitlines()), default=0)


def fit_widths(columns: Sequence[Column], rows: Iterable[Sequence[object]]) -> list[float]:
    widest = [len(c.header) if c.width is None else 0 for c in columns]
    fitted = [i for i, c in enumerate(columns) if c.width is None]
    texts = {i for i in fitted if columns[i].kind in ("text", "integer", "number", "hours")}
    for row in rows:
        for i in fitted:
            if i >= len(row):
                break
            # text-like columns (most cells) skip the general per-kind dispatch
            width = _text_width(row[i]) if i in texts else display_width(row[i], columns[i].kind)
            if width > widest[i]:
                widest[i] = width
    return [
        c.width if c.width is not None else float(min(max(w + 2, MIN_WIDTH), MAX_WIDTH))
        for c, w in zip(columns, widest, strict=True)
    ]


def stream_cells(ws: WriteOnlyWorksheet) -> None:
    """Let ``ws.append`` take our ready-made cells and rendered rows as they are.

    openpyxl's write-only sheet first tries to store each appended item as
    a value and, for a cell, catches the ValueError that raises: an
    exception per cell.  Only this sheet's row conversion is replaced; a
    ``RawRow`` passes through it and its writer writes it verbatim.
    """

    def values_to_row(values: Iterable[object], row_idx: int) -> Iterable[object]:
        if isinstance(values, RawRow):
            return values
        return _cells(values, row_idx)

    def _cells(values: Iterable[object], row_idx: int) -> Iterator[Cell]:
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            cell = value if isinstance(value, Cell) else WriteOnlyCell(ws, value)
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    make_writer = ws._get_writer

    def get_writer() -> None:
        fresh = ws._writer is None
        make_writer()
        if fresh:
            write_row = ws._writer.write_row

            def write_raw_or_cells(xf: Any, row: Any, row_idx: int) -> None:
                if isinstance(row, RawRow):
                    xf._file(row[0])  # et_xmlfile's writer of already escaped text
                else:
                    write_row(xf, row, row_idx)

            ws._writer.write_row = write_raw_or_cells

    ws._values_to_row = values_to_row
    ws._get_writer = get_writer


def print_setup(
    ws: WriteOnlyWorksheet, *, landscape: bool, title_rows: str | None, header: str
) -> None:
    """Fit to one page wide, repeated header rows, the sheet's name on top, page numbers below."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.left.text = header.replace("&", "&&")
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = "&A"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = _("Page &P of &N")
    ws.oddFooter.center.size = 9


class TableSheet:
    """A sheet with one header row, frozen below it, filterable, printable."""

    def __init__(
        self,
        wb: Workbook,
        title: str,
        columns: Sequence[Column],
        *,
        widths_from: Iterable[Sequence[object]] = (),
        page_header: str = "",
        freeze_columns: int = 0,
        rotated_from: int | None = None,
        header_height: float | None = None,
        write_header: bool = True,
    ) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(unique_title(wb, title))
        stream_cells(self.ws)
        self.columns = list(columns)
        self.styles = StyleBook(self.ws)
        for i, width in enumerate(fit_widths(self.columns, widths_from), start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}2"
        self.row_count = 0
        self._data_end = 1
        self._letters = [get_column_letter(i) for i in range(1, len(self.columns) + 1)]
        self._row_templates: dict[str, list[Template]] = {}
        self._epoch = wb.epoch
        print_setup(
            self.ws,
            landscape=len(self.columns) > WIDE or rotated_from is not None,
            title_rows="1:1",
            header=page_header,
        )
        if header_height is not None:
            self.ws.row_dimensions[1].height = header_height
        if write_header:  # else the caller appends its own header cells first
            self.append_cells([self.styles.cell(c.header, "text", "header") for c in self.columns])

    def append_cells(self, cells: Sequence[object]) -> None:
        self.ws.append(cells)
        self.row_count += 1

    def append(self, values: Sequence[object], variant: str = "") -> int:
        """Write one row; returns its row number (1 is the header)."""
        row_idx = self.row_count + 1
        if RAW_ROWS and row_idx not in self.ws.row_dimensions:  # no height of its own
            templates = self._row_templates.get(variant)
            if templates is None:
                templates = [self.styles.shared(c.kind, variant) for c in self.columns]
                self._row_templates[variant] = templates
            raw = render_row(row_idx, self._letters, templates, values, self._epoch)
            if raw is not None:
                self.append_cells(raw)
                return self.row_count
        self.append_cells(
            [
                self.styles.cell(value, column.kind, variant)
                for column, value in zip(self.columns, values, strict=False)
            ]
        )
        return self.row_count

    def end_data(self) -> None:
        """The rows so far are the table's data: the autofilter covers them (not the totals)."""
        self._data_end = self.row_count

    def close(self) -> None:
        if self._data_end == 1:
            self._data_end = self.row_count
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{max(self._data_end, 1)}"
