"""Matching typed words against names the way the services do: case and Polish letters ignored."""

from __future__ import annotations

import unicodedata

_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "đ": "d", "ø": "o"})


def fold(text: str) -> str:
    """ "Żółć" -> "zolc": lower case, no diacritics (ł is not decomposed by Unicode)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return fold(text).replace("-", " ").split()


def matches(query: str, *fields: str | None) -> bool:
    """Every typed word starts some word of the fields ("zol" finds "Żółć")."""
    wanted = words(query)
    if not wanted:
        return True
    have = words(" ".join(f for f in fields if f))
    return all(any(h.startswith(w) for h in have) for w in wanted)
