"""From raw rows to records: finding the header row and checking each row's shape."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from wall_desktop.i18n import _
from wall_desktop.services.importing.errors import ImportMappingError
from wall_desktop.services.importing.fields import (
    ColumnMap,
    Kind,
    check_overrides,
    check_required,
    field_label,
    map_columns,
    score,
)
from wall_desktop.services.importing.reading import Detection, Row, iter_rows
from wall_desktop.services.importing.values import BadValue, Cell, is_empty

HEADER_SEARCH_ROWS = 30
T = TypeVar("T")


@dataclass
class Record:
    """One data row: its source row number, cells, and problems of its shape."""

    row: int
    cells: list[Cell]
    columns: ColumnMap
    problems: list[str] = field(default_factory=list)
    bad: set[str] = field(default_factory=set)  # fields whose cell could not be read

    def raw(self, key: str) -> Cell:
        index = self.columns.field_index(key)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def has(self, key: str) -> bool:
        return self.columns.field_index(key) is not None


def find_header(
    kind: Kind, detection: Detection, overrides: Mapping[str, str | None] | None
) -> ColumnMap:
    """The row among the first ones naming the most fields (title and blank rows skipped)."""
    check_overrides(kind, overrides or {})
    best: tuple[int, Row] | None = None
    for number, cells in islice(iter_rows(detection), HEADER_SEARCH_ROWS):
        points = score(kind, cells, overrides)
        if points and (best is None or points > best[0]):
            best = (points, (number, cells))
    if best is None:
        raise ImportMappingError(
            _(
                "No column of the file was recognised (looked for headers such as “Imię”, "
                "“Nazwisko”, “E-mail”); choose the columns yourself"
            )
        )
    number, cells = best[1]
    columns = map_columns(kind, number, cells, overrides)
    check_required(kind, columns)
    return columns


def iter_records(
    detection: Detection, columns: ColumnMap, rows: Iterator[Row] | None = None
) -> Iterator[Record]:
    """Data rows below the header; blank rows are skipped, misshapen ones flagged."""
    width = columns.width
    for number, cells in rows if rows is not None else iter_rows(detection):
        if number <= columns.header_row or all(is_empty(c) for c in cells):
            continue
        record = Record(number, cells, columns)
        extra = [c for c in cells[width:] if not is_empty(c)]
        if extra:
            record.problems.append(
                _("the row has {n} cells, more than the {width} columns of the header").format(
                    n=width + len(extra), width=width
                )
            )
        elif detection.format == "csv" and len(cells) < width:
            record.problems.append(
                _("the row has {n} cells where the header has {width}").format(
                    n=len(cells), width=width
                )
            )
        yield record


def read_field(record: Record, kind: Kind, key: str, parse: Callable[[Cell], T]) -> T | None:
    """``parse(cell)``; a bad value adds "Field: message" to the record's problems."""
    try:
        return parse(record.raw(key))
    except BadValue as exc:
        record.problems.append(f"{field_label(kind, key)}: {exc}")
        record.bad.add(key)
        return None
