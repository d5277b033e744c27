"""Keys computed from names: one to search by, one to sort by in Polish order.

Pure Python with no imports from the rest of the package, so that storage,
services and the window all derive the same keys. SQLite's ``LIKE`` and
``lower()`` fold ASCII only and its binary collation knows nothing of "Ł"
coming after "L", so both keys are computed here, stored beside the name
and indexed.
"""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "đ": "d", "Đ": "d"})

POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_ORDER = {ch: i for i, ch in enumerate(POLISH_ALPHABET)}
# Sort-key code points: word breaks lowest, then digits, then letters in Polish order.
_NAME_BREAK = " "  # between the last and the first name
_WORD_BREAK = "!"  # a space or hyphen inside a name
_LETTER_BASE = 0x41  # "A" for "a"; the 35 Polish letters run to 0x63
_UNKNOWN = chr(_LETTER_BASE + len(POLISH_ALPHABET))


def fold(text: str) -> str:
    """Lower-case, strip diacritics and collapse white space."""
    text = text.translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def person_key(first_name: str, last_name: str) -> str:
    """The search key stored for a person: last name first, so a prefix search is useful."""
    return fold(f"{last_name} {first_name}")


def sort_key(text: str) -> str:
    """A string whose plain (binary) order is Polish alphabetical order, ignoring case.

    Lis < Łukasiewicz < Mazur, Zieliński < Żak, Nowak < Nowak-Jeleń < Nowakowska.
    Letters outside the Polish alphabet sort as their folded base letter
    ("Müller" as "muller"); other symbols count as a break between words.
    """
    out: list[str] = []
    for ch in " ".join(text.split()).lower():
        position = _ORDER.get(ch)
        if position is not None:
            out.append(chr(_LETTER_BASE + position))
        elif ch.isdigit() and ch.isascii():
            out.append(ch)
        else:
            base = fold(ch)
            if base and base.isalnum():
                out.extend(_letter(b) for b in base)
            elif not out or out[-1] != _WORD_BREAK:
                out.append(_WORD_BREAK)
    return "".join(out).strip(_WORD_BREAK)


def _letter(ch: str) -> str:
    if ch in _ORDER:
        return chr(_LETTER_BASE + _ORDER[ch])
    return ch if ch.isdigit() else _UNKNOWN


def person_sort_key(first_name: str, last_name: str) -> str:
    """By last name, then first name, in Polish order."""
    return f"{sort_key(last_name)}{_NAME_BREAK}{sort_key(first_name)}"
