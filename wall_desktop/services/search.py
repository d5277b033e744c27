"""Finding people by name, ignoring case and Polish letters."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from wall_desktop.db.models import Person
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
    for token in fold(query).replace("-", " ").split():
        conditions.append(
            or_(
                and_(Person.search_key >= token, Person.search_key < token + _AFTER_ALL),
                func.instr(Person.search_key, " " + token) > 0,
                func.instr(Person.search_key, "-" + token) > 0,
            )
        )
    return conditions


def people_matching(query: str) -> Select[Person]:
    return select(Person).where(and_(*name_filter(query))).order_by(Person.sort_key, Person.id)


def find_people(ctx: Context, query: str, limit: int = 200) -> list[PersonHit]:
    with ctx.db.read() as s:
        rows = s.execute(people_matching(query).limit(limit)).scalars()
        return [PersonHit(p.id, p.first_name, p.last_name) for p in rows]
