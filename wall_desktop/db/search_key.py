"""A normalised key so that "zolc", "ŻÓŁĆ" and "żółć" find "Żółć".

SQLite's ``LIKE`` and ``lower()`` fold ASCII only, so the key is computed
in Python, stored beside the name and indexed.
"""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics and collapse white space."""
    text = text.translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def person_key(first_name: str, last_name: str) -> str:
    """The key stored for a person: last name first, so prefix search on it is useful."""
    return fold(f"{last_name} {first_name}")
