from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from wall_desktop.i18n import set_language
from wall_desktop.services.formatting import (
    NBSP,
    format_date,
    format_hours,
    format_money,
    format_percent,
)


@pytest.mark.parametrize(
    ("value", "polish", "english"),
    [
        ("4000", f"4{NBSP}000,00{NBSP}zł", f"4,000.00{NBSP}zł"),
        ("0.3", f"0,30{NBSP}zł", f"0.30{NBSP}zł"),
        ("-120.5", f"-120,50{NBSP}zł", f"-120.50{NBSP}zł"),
        ("1234567.891", f"1{NBSP}234{NBSP}567,89{NBSP}zł", f"1,234,567.89{NBSP}zł"),
        ("999.995", f"1{NBSP}000,00{NBSP}zł", f"1,000.00{NBSP}zł"),
    ],
)
def test_money(value: str, polish: str, english: str) -> None:
    set_language("pl")
    assert format_money(Decimal(value)) == polish
    set_language("en")
    assert format_money(Decimal(value)) == english
    set_language("pl")


def test_hours_percent_and_dates() -> None:
    set_language("pl")
    assert format_hours(Decimal("48.50")) == f"48,5{NBSP}h"
    assert format_hours(Decimal("60.00")) == f"60{NBSP}h"
    assert format_percent(Decimal("80")) == f"80{NBSP}%"
    assert format_date(date(2022, 3, 5)) == "05.03.2022"
    assert format_date(None) == ""
