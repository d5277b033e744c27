"""The field checks added for programmes and people."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from wall_desktop.services import validation as v


def test_positive_and_percent() -> None:
    assert v.positive(Decimal("0.01"), "x") is None
    assert v.positive(Decimal("0"), "x") is not None
    assert v.percent(Decimal("0"), "x") is None
    assert v.percent(Decimal("100"), "x") is None
    assert v.percent(Decimal("100.01"), "x") is not None


def test_birth_year_must_match_the_date() -> None:
    assert v.birth_year_matches(date(2004, 12, 31), 2004) is None
    assert v.birth_year_matches(date(2004, 12, 31), 2005) is not None
    assert v.birth_year_matches(None, 2005) is None


def test_pesel_against_birth_date() -> None:
    assert v.pesel_matches_birth_date("02070803628", date(1902, 7, 8)) is None
    assert v.pesel_matches_birth_date("02070803628", date(2002, 7, 8)) is not None
    # An invalid PESEL is reported by pesel(), not twice.
    assert v.pesel_matches_birth_date("02070803627", date(2002, 7, 8)) is None


@pytest.mark.parametrize(
    ("pattern", "ok"),
    [
        ("WALL/{year}/{number:04d}", True),
        ("{number}", True),
        ("", False),
        ("WALL/{year}", False),
        ("WALL/{number}/{x}", False),
        ("WALL/{number:s}", False),
        ("WALL/{number.real.x}", False),
        ("WALL/{number}/{", False),
        ("WALL/{}/{number}", False),
    ],
)
def test_certificate_pattern(pattern: str, ok: bool) -> None:
    assert (v.certificate_pattern(pattern) is None) is ok
