"""Cell styles, number formats and the guard that keeps user text from becoming a formula.

Styles are built once per sheet as template cells.  A written cell shares
its template's style array and knows its style index (``StyledCell``), and
its value is bound without openpyxl's general type dispatch: a million
cells must cost little more than a raw dump of their values.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.numbers import is_date_format
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

Kind = Literal["text", "integer", "number", "money", "hours", "percent", "date", "time", "datetime"]

MONEY_FORMAT = '#,##0.00 "zł"'
HOURS_FORMAT = "0.0#"
DATE_FORMAT = "DD.MM.YYYY"
TIME_FORMAT = "HH:MM"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
PERCENT_FORMAT = "0.0%"
INTEGER_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.##"

FORMATS: dict[str, str] = {
    "text": "@",
    "integer": INTEGER_FORMAT,
    "number": NUMBER_FORMAT,
    "money": MONEY_FORMAT,
    "hours": HOURS_FORMAT,
    "percent": PERCENT_FORMAT,
    "date": DATE_FORMAT,
    "time": TIME_FORMAT,
    "datetime": DATETIME_FORMAT,
}

ACCENT = "1F4E79"  # dark blue of the headers
LIGHT = "DDEBF7"  # subtotal rows
DEMO_RED = "C00000"
FONT_NAME = "Calibri"

# Characters the xlsx XML cannot hold (openpyxl refuses them); tab, LF and CR are allowed.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_THIN = Side(style="thin", color="8EA9C1")


@dataclass(frozen=True)
class Formula:
    """An Excel formula written on purpose; any plain ``str`` is always text."""

    text: str  # starts with "="


def column_sum(column: str, last_row: int, first_row: int = 2) -> Formula | Decimal:
    """=SUM over a column's data rows; zero when there are none (never a circular sum)."""
    if last_row < first_row:
        return Decimal("0.00")
    return Formula(f"=SUM({column}{first_row}:{column}{last_row})")


def clean_text(value: str) -> str:
    return _ILLEGAL.sub("", value)


class StyledCell(Cell):
    """A cell sharing its template's style array, with the style's index known.

    openpyxl looks the index up for every cell it writes (hashing the style
    array); here it is found once per template.  The style must not be
    changed on such a cell: it is shared.
    """

    __slots__ = ("_sid",)

    @property
    def style_id(self) -> int:
        return int(self._sid)

    @property
    def has_style(self) -> bool:
        return True


@dataclass(frozen=True)
class Template:
    style: Any  # openpyxl's StyleArray
    sid: int  # its index in the workbook's cell styles
    dates: bool  # its number format shows dates (a date value needs no other format)


_NUMBERS = (Decimal, int, float)
_DATES = (dt.date, dt.time)  # datetime is a date


_BY_WORKBOOK: weakref.WeakKeyDictionary[
    Any, tuple[dict[tuple[str, str], Any], dict[tuple[str, str], Template]]
] = weakref.WeakKeyDictionary()


class StyleBook:
    """Template style arrays of one workbook, by (kind, variant)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._ws = ws
        # styles belong to the workbook: its sheets share the templates, built once
        shared = _BY_WORKBOOK.get(ws.parent)
        if shared is None:
            shared = _BY_WORKBOOK[ws.parent] = ({}, {})
        self._cache: dict[tuple[str, str], Any] = shared[0]
        self._templates: dict[tuple[str, str], Template] = shared[1]

    def _template(self, kind: str, variant: str) -> Any:
        key = (kind, variant)
        if key not in self._cache:
            cell = WriteOnlyCell(self._ws)
            cell.number_format = FORMATS.get(kind, "General") if kind != "text" else "General"
            if variant == "header":
                cell.font = Font(name=FONT_NAME, bold=True, color="FFFFFF")
                cell.fill = PatternFill("solid", fgColor=ACCENT)
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                cell.border = Border(bottom=_THIN)
            elif variant == "header_rotated":
                cell.font = Font(name=FONT_NAME, bold=True, color="FFFFFF")
                cell.fill = PatternFill("solid", fgColor=ACCENT)
                cell.alignment = Alignment(text_rotation=90, horizontal="center")
            elif variant == "total":
                cell.font = Font(name=FONT_NAME, bold=True)
                cell.border = Border(top=_THIN, bottom=Side(style="double", color=ACCENT))
            elif variant == "subtotal":
                cell.font = Font(name=FONT_NAME, bold=True)
                cell.fill = PatternFill("solid", fgColor=LIGHT)
            elif variant == "title":
                cell.font = Font(name=FONT_NAME, bold=True, size=16, color=ACCENT)
            elif variant == "subtitle":
                cell.font = Font(name=FONT_NAME, bold=True, size=12)
            elif variant == "section":
                cell.font = Font(name=FONT_NAME, bold=True, size=12, color=ACCENT)
                cell.border = Border(bottom=Side(style="medium", color=ACCENT))
            elif variant == "label":
                cell.font = Font(name=FONT_NAME)
                cell.alignment = Alignment(indent=0)
            elif variant == "sublabel":
                cell.font = Font(name=FONT_NAME, color="404040")
                cell.alignment = Alignment(indent=2)
            elif variant == "demo":
                cell.font = Font(name=FONT_NAME, bold=True, size=14, color="FFFFFF")
                cell.fill = PatternFill("solid", fgColor=DEMO_RED)
            elif variant == "value":  # the summary's figures and facts, in one right-aligned column
                cell.font = Font(name=FONT_NAME)
                cell.alignment = Alignment(horizontal="right")
            elif variant == "wrap":
                cell.font = Font(name=FONT_NAME)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.font = Font(name=FONT_NAME)
                if kind in ("date", "time", "datetime"):
                    cell.alignment = Alignment(horizontal="center")
            self._cache[key] = cell._style
        return self._cache[key]

    def shared(self, kind: str, variant: str) -> Template:
        """The shared style of ``kind`` and ``variant``, added to the workbook once."""
        key = (kind, variant)
        found = self._templates.get(key)
        if found is None:
            style = self._template(kind, variant)
            sid = self._ws.parent._cell_styles.add(style)
            found = Template(style, sid, is_date_format(FORMATS.get(kind, "General")))
            self._templates[key] = found
        return found

    def cell(self, value: object, kind: Kind = "text", variant: str = "") -> Cell:
        """A cell of ``value``: text stays text, numbers and dates keep their type."""
        t = self.shared(kind, variant)
        if isinstance(value, _DATES) and not t.dates:
            # openpyxl gives a date a date format of its own: a style of its own
            cell = WriteOnlyCell(self._ws)
            cell._style = type(t.style)(t.style)
            cell.value = value
            return cell
        cell = StyledCell.__new__(StyledCell)
        cell.parent = self._ws
        cell._style = t.style
        cell._sid = t.sid
        cell.row = cell.column = 1
        cell._hyperlink = cell._comment = None
        if value is None:
            cell._value, cell.data_type = None, "n"
        elif isinstance(value, Formula):
            cell._value, cell.data_type = value.text, "f"
        elif isinstance(value, bool):
            cell._value, cell.data_type = value, "b"
        elif isinstance(value, _NUMBERS):
            cell._value, cell.data_type = value, "n"
        elif isinstance(value, _DATES):
            cell._value, cell.data_type = value, "d"
        else:
            # text stays text: a string beginning with "=" must never turn into a formula
            cell._value, cell.data_type = clean_text(str(value))[:32767], "s"
        return cell


def display_width(value: object, kind: Kind) -> int:
    """About how many characters ``value`` takes when shown in a cell of ``kind``."""
    if value is None or isinstance(value, Formula):
        return 12 if kind == "money" else 0
    if kind == "money":
        return len(f"{value:,.2f}") + 4
    if kind in ("date", "datetime"):
        return 10 if kind == "date" else 16
    if kind == "time":
        return 5
    if kind == "percent":
        return 6
    text = str(value)
    return max((len(part) for part in text.splitlines()), default=0)
