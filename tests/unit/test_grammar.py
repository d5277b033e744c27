"""Polish on certificates agrees with the number of hours and with the person's gender."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wall_desktop.exports.pdf.grammar import (
    completion_phrase,
    hours_phrase,
    mentor_title,
    polish_number,
)


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        ("0", "0 godzin"),
        ("1", "1 godzina"),
        ("1.00", "1 godzina"),
        ("2", "2 godziny"),
        ("3", "3 godziny"),
        ("4", "4 godziny"),
        ("5", "5 godzin"),
        ("11", "11 godzin"),
        ("12", "12 godzin"),
        ("13", "13 godzin"),
        ("14", "14 godzin"),
        ("15", "15 godzin"),
        ("21", "21 godzin"),
        ("22", "22 godziny"),
        ("23", "23 godziny"),
        ("24", "24 godziny"),
        ("25", "25 godzin"),
        ("60", "60 godzin"),
        ("60.00", "60 godzin"),
        ("101", "101 godzin"),
        ("102", "102 godziny"),
        ("112", "112 godzin"),
        ("114", "114 godzin"),
        ("122", "122 godziny"),
        ("0.5", "0,5 godziny"),
        ("1.5", "1,5 godziny"),
        ("48.5", "48,5 godziny"),
        ("48.50", "48,5 godziny"),
        ("12.25", "12,25 godziny"),
        ("5.75", "5,75 godziny"),
    ],
)
def test_hours_phrase(hours: str, expected: str) -> None:
    assert hours_phrase(Decimal(hours)) == expected


def test_negative_hours_are_refused() -> None:
    with pytest.raises(ValueError):
        hours_phrase(Decimal("-1"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("48.50", "48,5"), ("60.00", "60"), ("0.25", "0,25"), ("100", "100"), ("1E+2", "100")],
)
def test_polish_number(value: str, expected: str) -> None:
    assert polish_number(Decimal(value)) == expected


@pytest.mark.parametrize(
    ("gender", "expected"),
    [
        ("woman", "ukończyła cykl szkoleń"),
        ("man", "ukończył cykl szkoleń"),
        ("other", "za ukończenie cyklu szkoleń"),
        ("not_given", "za ukończenie cyklu szkoleń"),
        (None, "za ukończenie cyklu szkoleń"),
    ],
)
def test_completion_phrase(gender: str | None, expected: str) -> None:
    assert completion_phrase(gender) == expected


@pytest.mark.parametrize(
    ("gender", "expected"),
    [
        ("woman", "mentorka"),
        ("man", "mentor"),
        ("other", "mentor / mentorka"),
        (None, "mentor / mentorka"),
    ],
)
def test_mentor_title(gender: str | None, expected: str) -> None:
    assert mentor_title(gender) == expected
