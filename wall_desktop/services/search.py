"""Finding people by name, ignoring case and Polish letters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, func, intersect, or_, select

from wall_desktop.db.models import Person, PersonWord
from wall_desktop.services.context import Context
from wall_desktop.text_keys import fold

# Above every string that starts with a given prefix (SQLite compares UTF-8 bytes).
_AFTER_ALL = "\U0010ffff"


@dataclass(frozen=True)
class PersonHit:
    id: int
    first_name: str
    last_name: str


def name_filter(query: str) -> list[ColumnElement[bool]]:
    """Conditions on ``Person.search_key``: every typed word starts a word of the name.

    The start of the key (the last name) is an index range; a later word (a first
    name, the second half of "Nowak-Jeleń") is found by ``instr`` after a space or
    hyphen, which reads the key from the index without touching the table.
    Typed wildcards are plain text: nothing here is a pattern.
    """
    conditions: list[ColumnElement[bool]] = []
    for token in tokens(query):
        conditions.append(
            or_(
                and_(Person.search_key >= token, Person.search_key < token + _AFTER_ALL),
                func.instr(Person.search_key, " " + token) > 0,
                func.instr(Person.search_key, "-" + token) > 0,
            )
        )
    return conditions


def tokens(query: str) -> list[str]:
    """The typed words as the keys hold them: folded, split at spaces and hyphens."""
    return fold(query).replace("-", " ").split()


def people_with_words(query: str) -> Select[Any] | CompoundSelect[Any] | None:
    """Ids of the people (deleted ones too) whose name has a word starting with each
    typed word: what ``name_filter`` selects, found by ranges of ``person_word``'s index
    (an id may come twice for one typed word).  None when nothing was typed that a name
    could match.
    """
    parts = [
        select(PersonWord.person_id).where(
            PersonWord.word >= token, PersonWord.word < token + _AFTER_ALL
        )
        for token in tokens(query)
    ]
    if not parts:
        return None
    if len(parts) == 1:
        # not DISTINCT: two words of one name rarely start alike, and a repeated id
        # changes no result, while DISTINCT made SQLite collect every match first
        return parts[0]
    return intersect(*parts)


def people_matching(query: str) -> Select[Person]:
    return select(Person).where(and_(*name_filter(query))).order_by(Person.sort_key, Person.id)


def find_people(ctx: Context, query: str, limit: int = 200) -> list[PersonHit]:
    with ctx.db.read() as s:
        rows = s.execute(people_matching(query).limit(limit)).scalars()
        return [PersonHit(p.id, p.first_name, p.last_name) for p in rows]
