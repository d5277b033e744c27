"""Money fields: shown "4 000,00", typed as "4 000,50", "4000.50" or "4 000,50 zł"."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from wall_desktop.services.formatting import format_number
from wall_desktop.services.validation import parse_decimal


def set_money(edit: QLineEdit, value: Decimal | None) -> None:
    """Prepare a Designer money field: right-aligned, a "0,00 zł" hint, ``value`` shown."""
    edit.setText("" if value is None else format_number(value, 2))
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setPlaceholderText("0,00 zł")


def money_of(edit: QLineEdit, field: str) -> Decimal | None:
    """The typed amount (None when empty); a ValidationError under ``field`` when not a number."""
    return parse_decimal(edit.text(), field)
