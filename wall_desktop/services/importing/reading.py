"""Reading a file as rows of cells: xlsx through openpyxl, csv with detected encoding.

Rows are streamed (never the whole file in memory) and numbered as the user
sees them: the Excel row number, or the record number of a csv file.  Any
failure of the underlying readers becomes an ``ImportFileError``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from wall_desktop.i18n import _
from wall_desktop.services.importing.errors import ImportFileError
from wall_desktop.services.importing.values import Cell, Formula

CSV_ENCODINGS = ("utf-8-sig", "utf-8", "cp1250")
DELIMITERS = (";", ",", "\t")
_SAMPLE = 1 << 20
# Letters of ISO-8859-2 read as Windows-1250 ("±" for "ą", "¶" for "ś", "Ľ" for "ź").
_LATIN2_SIGNS = re.compile(r"\w[±¶Ľ]|[±¶Ľ]\w")


@dataclass(frozen=True)
class Detection:
    """What was found about the file, shown to the user to confirm or change."""

    path: str
    format: str  # "xlsx" or "csv"
    size: int
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()


Row = tuple[int, list[Cell]]


def detect(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> Detection:
    """Recognise the file's format, csv encoding and separator, or xlsx sheet."""
    file = Path(path)
    try:
        size = file.stat().st_size
        with file.open("rb") as f:
            head = f.read(_SAMPLE)
    except OSError as exc:
        raise ImportFileError(
            _("Cannot read the file {path}: {error}").format(path=file, error=exc.strerror or exc)
        ) from exc
    if not head.strip():
        raise ImportFileError(_("The file {name} is empty").format(name=file.name))
    if head.startswith(b"PK\x03\x04"):
        return _detect_xlsx(file, size, sheet)
    _refuse_binary(file, head)
    chosen = encoding or _detect_encoding(file, head)
    sample = _decode_sample(head, chosen, file)
    if encoding is None and chosen == "cp1250" and _LATIN2_SIGNS.search(sample):
        raise ImportFileError(_unexpected_encoding(file))
    sep = delimiter or _detect_delimiter(sample)
    return Detection(str(file), "csv", size, encoding=chosen, delimiter=sep)


def _refuse_binary(file: Path, head: bytes) -> None:
    if head.startswith(b"%PDF"):
        raise ImportFileError(
            _("{name} is a PDF document, not a spreadsheet; choose an xlsx or csv file").format(
                name=file.name
            )
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            _("{name} is an old Excel file (xls); save it as xlsx and try again").format(
                name=file.name
            )
        )
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(_unexpected_encoding(file))
    if b"\x00" in head[:4096]:
        # UTF-16 without a mark has a zero in every other byte of Latin text.
        if head[1:400:2].count(0) > 0.8 * len(head[1:400:2]):
            raise ImportFileError(_unexpected_encoding(file))
        raise ImportFileError(_not_a_table(file))


def _not_a_table(file: Path) -> str:
    return _("{name} is not a spreadsheet or a csv file").format(name=file.name)


def _unexpected_encoding(file: Path) -> str:
    return _(
        "{name} is in an unexpected text encoding; save it as “CSV UTF-8” "
        "or as an xlsx workbook and try again"
    ).format(name=file.name)


def _detect_encoding(file: Path, head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    for candidate in ("utf-8", "cp1250"):
        try:
            codecs.getincrementaldecoder(candidate)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return candidate
    raise ImportFileError(_unexpected_encoding(file))


def _decode_sample(head: bytes, encoding: str, file: Path) -> str:
    try:
        sample = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except (UnicodeDecodeError, LookupError):
        raise ImportFileError(_unexpected_encoding(file)) from None
    controls = sum(1 for ch in sample[:4096] if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > 0:
        raise ImportFileError(_not_a_table(file))
    return sample


def _detect_delimiter(sample: str) -> str:
    """The separator giving the most rows with the same number (> 1) of cells."""
    lines = [line for line in sample.splitlines()[:60] if line.strip()]
    best, best_score = DELIMITERS[0], (0, 0)
    for sep in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=sep)]
        except csv.Error:
            continue
        usable = [n for n in counts if n > 1]
        if not usable:
            continue
        mode = max(set(usable), key=usable.count)
        score = (usable.count(mode), mode)
        if score > best_score:
            best, best_score = sep, score
    return best


def _detect_xlsx(file: Path, size: int, sheet: str | None) -> Detection:
    with _Workbook(file) as wb:
        names = tuple(wb.sheetnames)
    if not names:
        raise ImportFileError(_("The workbook {name} has no sheets").format(name=file.name))
    if sheet is not None and sheet not in names:
        raise ImportFileError(
            _("The workbook has no sheet “{sheet}”; its sheets: {sheets}").format(
                sheet=sheet, sheets=", ".join(names)
            )
        )
    return Detection(str(file), "xlsx", size, sheet=sheet or names[0], sheets=names)


class _Workbook:
    """A read-only workbook, closed on exit; damage becomes an ``ImportFileError``."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.wb: Any = None

    def __enter__(self) -> Any:
        import openpyxl

        try:
            self.wb = openpyxl.load_workbook(
                self.file, read_only=True, data_only=False, keep_links=False
            )
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise ImportFileError(_damaged(self.file)) from exc
        return self.wb

    def __exit__(self, *exc: object) -> None:
        if self.wb is not None:
            self.wb.close()


def _damaged(file: Path) -> str:
    return _("{name} is damaged or is not an xlsx workbook").format(name=file.name)


@dataclass(frozen=True)
class Progress:
    """Where a stream of rows is: ``done`` out of ``total`` (bytes or rows)."""

    done: int
    total: int


def iter_rows(
    detection: Detection, where: Callable[[Progress], None] | None = None
) -> Iterator[Row]:
    """Every row of the file from the top, numbered as the user sees it."""
    if detection.format == "xlsx":
        yield from _xlsx_rows(detection, where)
    else:
        yield from _csv_rows(detection, where)


def _csv_rows(detection: Detection, where: Callable[[Progress], None] | None) -> Iterator[Row]:
    file = Path(detection.path)
    try:
        raw = file.open("rb")
    except OSError as exc:
        raise ImportFileError(
            _("Cannot read the file {path}: {error}").format(path=file, error=exc.strerror or exc)
        ) from exc
    number = 0
    with raw:
        stream: IO[str] = io.TextIOWrapper(raw, encoding=detection.encoding or "utf-8", newline="")
        reader = csv.reader(stream, delimiter=detection.delimiter or ";", strict=False)
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                raise ImportFileError(
                    _("Row {row}: the text is not in the encoding {encoding}").format(
                        row=number + 1, encoding=detection.encoding
                    )
                ) from None
            except csv.Error as exc:
                raise ImportFileError(
                    _("Row {row} cannot be read: {error}").format(row=number + 1, error=exc)
                ) from None
            number += 1
            if where is not None and number % 200 == 0:
                where(Progress(raw.tell(), detection.size))
            yield number, list(record)


def _xlsx_rows(detection: Detection, where: Callable[[Progress], None] | None) -> Iterator[Row]:
    file = Path(detection.path)
    with _Workbook(file) as wb:
        try:
            ws = wb[detection.sheet] if detection.sheet else wb.worksheets[0]
            total = ws.max_row or 0
            merges = _merge_ranges(ws)
            # The stored dimension may be wrong; read every row and column there is.
            ws.reset_dimensions()
            rows = ws.iter_rows(min_row=1, min_col=1)
        except Exception as exc:
            raise ImportFileError(_damaged(file)) from exc
        filler = _MergeFiller(merges)
        number = 0
        while True:
            try:
                cells = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # a truncated or corrupt part of the archive
                raise ImportFileError(_damaged(file)) from exc
            number += 1
            values = [_cell_value(c) for c in cells]
            if where is not None and number % 200 == 0:
                where(Progress(number, max(total, number)))
            yield number, filler.fill(number, values)


def _cell_value(cell: Any) -> Cell:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" or (
        value is not None
        and not isinstance(value, (str, int, float, bool))
        and hasattr(value, "text")
    ):
        return Formula(str(getattr(value, "text", value)))
    return value


MergeRange = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col


def _merge_ranges(ws: Any) -> list[MergeRange]:
    """Read-only sheets do not expose merged cells, so read the sheet's merge list here."""
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.xml.functions import iterparse

    found: list[MergeRange] = []
    # ReadOnlyWorksheet keeps its archive and part name privately; the merge list
    # sits after the cell data, so stream past the rows and clear them as we go.
    with ws.parent._archive.open(ws._worksheet_path) as source:
        for _event, element in iterparse(source):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "mergeCell":
                ref = element.get("ref")
                if ref:
                    min_col, min_row, max_col, max_row = range_boundaries(ref)
                    found.append((min_row, min_col, max_row, max_col))
            if tag in ("row", "mergeCell"):
                element.clear()
    return found


class _MergeFiller:
    """Gives every cell of a merged range the value of its top-left cell."""

    def __init__(self, ranges: list[MergeRange]) -> None:
        self.pending = sorted(ranges)
        self.active: list[tuple[MergeRange, Cell]] = []

    def fill(self, number: int, values: list[Cell]) -> list[Cell]:
        self.active = [(r, v) for r, v in self.active if r[2] >= number]
        while self.pending and self.pending[0][0] == number:
            r = self.pending.pop(0)
            top_left = values[r[1] - 1] if r[1] - 1 < len(values) else None
            self.active.append((r, top_left))
        while self.pending and self.pending[0][0] < number:
            self.pending.pop(0)
        for (_r0, c0, _r1, c1), value in self.active:
            if len(values) < c1:
                values.extend([None] * (c1 - len(values)))
            for col in range(c0, c1 + 1):
                values[col - 1] = value
        return values
