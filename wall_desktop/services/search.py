"""Finding people by name, ignoring case and Polish letters."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, or_, select

from wall_desktop.db.models import Person
from wall_desktop.services.context import Context
from wall_desktop.text_keys import fold


@dataclass(frozen=True)
class PersonHit:
    id: int
    first_name: str
    last_name: str


def name_filter(query: str) -> list[ColumnElement[bool]]:
    """Conditions on ``Person.search_key``: every typed word starts a word of the name."""
    conditions: list[ColumnElement[bool]] = []
    for token in fold(query).split():
        escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(
            or_(
                Person.search_key.like(f"{escaped}%", escape="\\"),
                Person.search_key.like(f"% {escaped}%", escape="\\"),
            )
        )
    return conditions


def people_matching(query: str) -> Select[Person]:
    return select(Person).where(and_(*name_filter(query))).order_by(Person.search_key, Person.id)


def find_people(ctx: Context, query: str, limit: int = 200) -> list[PersonHit]:
    with ctx.db.read() as s:
        rows = s.execute(people_matching(query).limit(limit)).scalars()
        return [PersonHit(p.id, p.first_name, p.last_name) for p in rows]
