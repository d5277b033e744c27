"""Undoing a soft delete: the record and what was deleted with it, in one go.

A delete stamps the record and its dependants with the same ``deleted_at``;
undo finds them by that stamp, so dependants removed earlier stay removed,
and leaves out those whose person has been deleted since.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from wall_desktop.db.base import Tracked
from wall_desktop.db.models import Person

T = TypeVar("T", bound=Tracked)


class _PersonLink(Protocol):
    person_id: int
    deleted_at: Any


def load_even_deleted(s: Session, model: type[T], row_id: int) -> T | None:
    """The row by id, whether deleted or not."""
    return s.execute(
        select(model).where(model.id == row_id).execution_options(include_deleted=True)
    ).scalar_one_or_none()


def deleted_with(
    s: Session, model: type[T], parent_key: InstrumentedAttribute[Any], parent: Tracked
) -> list[T]:
    """Rows of ``model`` pointing at ``parent`` that were deleted in the same moment as it."""
    rows = s.execute(
        select(model).where(parent_key == parent.id).execution_options(include_deleted=True)
    ).scalars()
    return [r for r in rows if r.deleted_at == parent.deleted_at]


def undelete(s: Session, parent: Tracked, links: Sequence[_PersonLink]) -> None:
    """Bring ``parent`` back with its person links, except links to people deleted since."""
    live = set(
        s.execute(
            select(Person.id).where(Person.id.in_([link.person_id for link in links]))
        ).scalars()
    )
    parent.deleted_at = None
    for link in links:
        if link.person_id in live:
            link.deleted_at = None


def live_ids(s: Session, model: type[T], ids: Iterable[int | None]) -> set[int]:
    """Those of ``ids`` whose ``model`` row is live (not deleted)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return set()
    return set(s.execute(select(model.id).where(model.id.in_(wanted))).scalars())
