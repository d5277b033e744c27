"""Polish that agrees with the person and the number on printed documents.

The documents are Polish whatever the interface language: they are handed to
Polish residents and shown to a Polish funder.
"""

from __future__ import annotations

from decimal import Decimal

WOMAN = "woman"
MAN = "man"


def polish_number(value: Decimal) -> str:
    """48.50 -> "48,5"; 60.00 -> "60" (a decimal comma, no trailing zeros)."""
    text = f"{value.normalize():f}" if value != value.to_integral_value() else f"{int(value)}"
    return text.replace(".", ",")


def hours_word(value: Decimal) -> str:
    """The form of "godzina" after a number of hours.

    Whole numbers follow the Polish plural (1 godzina, 2–4 godziny except
    12–14, otherwise godzin); any fraction takes the genitive singular
    ("48,5 godziny", "0,5 godziny").
    """
    if value < 0:
        raise ValueError("hours cannot be negative")
    if value != value.to_integral_value():
        return "godziny"
    n = int(value)
    if n == 1:
        return "godzina"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "godziny"
    return "godzin"


def hours_phrase(value: Decimal) -> str:
    """ "1 godzina", "22 godziny", "12 godzin", "48,5 godziny"."""
    return f"{polish_number(value)} {hours_word(value)}"


def completion_phrase(gender: str | None) -> str:
    """What follows the name on a certificate.

    A woman "ukończyła", a man "ukończył"; when the gender is other or not
    given the award formula "za ukończenie" needs no verb that agrees.
    """
    if gender == WOMAN:
        return "ukończyła cykl szkoleń"
    if gender == MAN:
        return "ukończył cykl szkoleń"
    return "za ukończenie cyklu szkoleń"


def mentor_title(gender: str | None) -> str:
    if gender == WOMAN:
        return "mentorka"
    if gender == MAN:
        return "mentor"
    return "mentor / mentorka"
