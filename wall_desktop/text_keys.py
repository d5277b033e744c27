"""Keys computed from names: one to search by, one to sort by in Polish order.

Pure Python with no imports from the rest of the package, so that storage,
services and the window all derive the same keys. SQLite's ``LIKE`` and
``lower()`` fold ASCII only and its binary collation knows nothing of "Ł"
coming after "L", so both keys are computed here, stored beside the name
and indexed.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "đ": "d", "Đ": "d"})

POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_ORDER = {ch: i for i, ch in enumerate(POLISH_ALPHABET)}
# Sort-key code points: word breaks lowest, then numbers, then letters in Polish order.
_NAME_BREAK = " "  # between the last and the first name
_WORD_BREAK = "!"  # a space or hyphen inside a name
_LETTER_BASE = 0x41  # "A" for "a"; the 35 Polish letters run to 0x63
_UNKNOWN = chr(_LETTER_BASE + len(POLISH_ALPHABET))
# A number is its digit count ("1".."9" for 1-9 digits, ":" beyond) then its digits,
# so numbers compare by value and still sort before letters.
_NUMBER_BASE = 0x30
_LONGEST_NUMBER = 10
_DIGITS = re.compile(r"([0-9]+)")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and collapse white space."""
    text = text.translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def person_key(first_name: str, last_name: str) -> str:
    """The search key stored for a person: last name first, so a prefix search is useful."""
    return fold(f"{last_name} {first_name}")


def key_words(key: str) -> list[str]:
    """The words of a search key that a typed word may start: split at spaces and hyphens."""
    return sorted(set(key.replace("-", " ").split()))


def sort_key(text: str) -> str:
    """A string whose plain (binary) order is Polish alphabetical order, ignoring case.

    Lis < Łukasiewicz < Mazur, Zieliński < Żak, Nowak < Nowak-Jeleń < Nowakowska;
    numbers by value ("Osiedle 2" < "Osiedle 10") and before letters.
    Letters outside the Polish alphabet sort as their folded base letter
    ("Müller" as "muller"); other symbols count as a break between words.
    """
    out: list[str] = []
    for run in _DIGITS.split(" ".join(text.split()).lower()):
        if run.isascii() and run.isdigit():
            out.append(_number(run))
            continue
        for ch in run:
            _append_char(out, ch)
    return "".join(out).strip(_WORD_BREAK)


def _append_char(out: list[str], ch: str) -> None:
    position = _ORDER.get(ch)
    if position is not None:
        out.append(chr(_LETTER_BASE + position))
    else:
        base = fold(ch)
        if base and base.isalnum():
            out.extend(_letter(b) for b in base)
        elif not out or out[-1] != _WORD_BREAK:
            out.append(_WORD_BREAK)


def _number(digits: str) -> str:
    """A run of digits by its value: its length first, so "2" < "10" ("Osiedle 2" first)."""
    digits = digits.lstrip("0") or "0"
    return chr(_NUMBER_BASE + min(len(digits), _LONGEST_NUMBER)) + digits


def _letter(ch: str) -> str:
    if ch in _ORDER:
        return chr(_LETTER_BASE + _ORDER[ch])
    return ch if ch.isdigit() else _UNKNOWN


def person_sort_key(first_name: str, last_name: str) -> str:
    """By last name, then first name, in Polish order."""
    return f"{sort_key(last_name)}{_NAME_BREAK}{sort_key(first_name)}"
