"""The workbook's roster: list_people's rows and order, without the consent state."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields

import pytest
from sqlalchemy import update

from wall_desktop.db.models import Neighbourhood
from wall_desktop.services.context import Context
from wall_desktop.services.demo import fill_demo
from wall_desktop.services.neighbourhoods import list_neighbourhoods
from wall_desktop.services.people_list import RosterRow, count_people, list_people, roster
from wall_desktop.services.programmes import list_programmes


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Context, int]]:
    from wall_desktop.app import open_database

    db = open_database(tmp_path_factory.mktemp("roster") / "demo.sqlite")
    ctx = Context(db=db, operator="Tester")
    fill_demo(ctx)
    biggest = max(list_programmes(ctx), key=lambda p: count_people(ctx, p.id))
    yield ctx, biggest.id
    db.dispose()


def _same(rows: list[RosterRow]) -> list[tuple[object, ...]]:
    return [tuple(getattr(r, f.name) for f in fields(RosterRow)) for r in rows]


def test_the_roster_is_the_people_list_without_consents(demo: tuple[Context, int]) -> None:
    ctx, pid = demo
    everyone = list_people(ctx, pid)
    found = roster(ctx, pid)
    assert len(found) > 20
    assert _same(found) == _same(everyone)  # type: ignore[arg-type]
    assert any(r.roles for r in found) and any(r.neighbourhood_name for r in found)


def test_one_neighbourhood_and_a_deleted_one(demo: tuple[Context, int]) -> None:
    ctx, pid = demo
    hood = list_neighbourhoods(ctx, pid)[0]
    found = roster(ctx, pid, neighbourhood_id=hood.id)
    assert found and {r.neighbourhood_id for r in found} == {hood.id}
    assert _same(found) == _same(list_people(ctx, pid, neighbourhood_id=hood.id))  # type: ignore[arg-type]
    with ctx.db.write(ctx.operator) as s:  # a soft-deleted neighbourhood's name is not shown
        s.execute(
            update(Neighbourhood)
            .where(Neighbourhood.id == hood.id)
            .values(deleted_at=Neighbourhood.created_at)
        )
    try:
        found = roster(ctx, pid, neighbourhood_id=hood.id)
        assert found and all(r.neighbourhood_name is None for r in found)
        assert _same(found) == _same(list_people(ctx, pid, neighbourhood_id=hood.id))  # type: ignore[arg-type]
    finally:
        with ctx.db.write(ctx.operator) as s:
            s.execute(
                update(Neighbourhood).where(Neighbourhood.id == hood.id).values(deleted_at=None)
            )
