"""A body row rendered straight to the sheet's XML, as openpyxl's own writer would render it.

openpyxl builds an ElementTree element per cell and serialises it: about
ten microseconds a cell, most of a large workbook's time.  A row whose
cells all have a style the sheet knows is written here as one string with
the same elements, attributes and values (``t="inlineStr"`` text, numbers
as ``%.16g``, dates as Excel serials, formulas without a cached value).  A
row with anything else (a date in a column without a date format, a
datetime with a time zone) returns None and goes through openpyxl.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from decimal import Decimal

from openpyxl.utils.datetime import to_excel

from wall_desktop.exports.workbook.styles import Formula, Template, clean_text

_NUMBERS = (Decimal, int, float)
_DATES = (dt.date, dt.time)


class RawRow(tuple[str]):
    """One ``<row>`` element, already serialised (a tuple: ``ws.append`` takes only sequences)."""


def escape(text: str) -> str:
    """Character data as ElementTree escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _number(value: float | int | Decimal) -> str:
    return "%.16g" % value if math.isfinite(value) else ""  # noqa: UP031 - openpyxl's format


def _cell(ref: str, template: Template, value: object, epoch: dt.datetime) -> str | None:
    head = f'<c r="{ref}" s="{template.sid}"'
    if value is None:
        return head + ' t="n" />'
    if isinstance(value, str):
        text = clean_text(value)[:32767]
        if not text:
            return head + ' t="inlineStr" />'
        stripped = text.strip()
        space = ' xml:space="preserve"' if stripped and stripped != text else ""
        return f'{head} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'
    if isinstance(value, bool):
        return f'{head} t="b"><v>{_number(value)}</v></c>'
    if isinstance(value, _NUMBERS):
        return f'{head} t="n"><v>{_number(value)}</v></c>'
    if isinstance(value, Formula):
        return f"{head}><f>{escape(value.text[1:])}</f><v /></c>"
    if isinstance(value, _DATES):
        if not template.dates or getattr(value, "tzinfo", None) is not None:
            return None  # openpyxl gives it a format of its own, or refuses it
        return f'{head} t="n"><v>{_number(to_excel(value, epoch))}</v></c>'
    return _cell(ref, template, str(value), epoch)


def render_row(
    row_idx: int,
    letters: Sequence[str],
    templates: Sequence[Template],
    values: Sequence[object],
    epoch: dt.datetime,
) -> RawRow | None:
    """The row's XML, or None when one of its values needs openpyxl's own handling."""
    parts = [f'<row r="{row_idx}">']
    for letter, template, value in zip(letters, templates, values, strict=False):
        cell = _cell(f"{letter}{row_idx}", template, value, epoch)
        if cell is None:
            return None
        parts.append(cell)
    parts.append("</row>")
    return RawRow(("".join(parts),))
