"""Matching typed words against names the way the services do, and sorting text the Polish way.

One implementation below the window (``wall_desktop.text_keys``): the same
folding as the stored search key, the same order as the stored sort key.
"""

from __future__ import annotations

from wall_desktop.text_keys import fold, person_sort_key, sort_key

__all__ = ["fold", "matches", "person_sort_key", "sort_key", "words"]


def words(text: str) -> list[str]:
    return fold(text).replace("-", " ").split()


def matches(query: str, *fields: str | None) -> bool:
    """Every typed word starts some word of the fields ("zol" finds "Żółć")."""
    wanted = words(query)
    if not wanted:
        return True
    have = words(" ".join(f for f in fields if f))
    return all(any(h.startswith(w) for h in have) for w in wanted)
