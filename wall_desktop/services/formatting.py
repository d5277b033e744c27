"""Numbers, money, hours and dates written the way the user's language writes them.

Polish: "4 000,00 zł", "48,5 h", "80 %", "05.03.2022". English keeps the
złoty sign and the day-first date of the programme's documents but uses
a comma for thousands and a point for decimals.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from wall_desktop.i18n import get_language

NBSP = "\u00a0"


def _group(integer_digits: str, separator: str) -> str:
    groups: list[str] = []
    while len(integer_digits) > 3:
        groups.insert(0, integer_digits[-3:])
        integer_digits = integer_digits[:-3]
    groups.insert(0, integer_digits)
    return separator.join(groups)


def format_number(value: Decimal, places: int, *, trim: bool = False) -> str:
    """``value`` rounded half-up to ``places``; ``trim`` drops trailing zeros (48,50 -> 48,5)."""
    quantised = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if quantised < 0 else ""
    text = f"{abs(quantised):.{places}f}"
    whole, _dot, fraction = text.partition(".")
    if trim:
        fraction = fraction.rstrip("0")
    polish = get_language() == "pl"
    grouped = _group(whole, NBSP if polish else ",")
    if not fraction:
        return f"{sign}{grouped}"
    return f"{sign}{grouped}{',' if polish else '.'}{fraction}"


def format_money(value: Decimal) -> str:
    """4 000,00 zł (a non-breaking space keeps the amount on one line)."""
    return f"{format_number(value, 2)}{NBSP}zł"


def format_hours(value: Decimal) -> str:
    """48,5 h; 60 h."""
    return f"{format_number(value, 2, trim=True)}{NBSP}h"


def format_percent(value: Decimal, places: int = 0) -> str:
    """80 % in Polish (with a space, as Polish typography wants), 80% in English."""
    number = format_number(value, places, trim=places > 0)
    return f"{number}{NBSP}%" if get_language() == "pl" else f"{number}%"


def format_date(value: date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")
