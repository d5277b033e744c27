"""``people_page``: the full list cut in pages, each with its people's hours."""

from __future__ import annotations

import pytest

from wall_desktop.db.enums import EnrolmentStatus, Role
from wall_desktop.services import people_list
from wall_desktop.services.context import Context
from wall_desktop.services.demo import fill_demo
from wall_desktop.services.eligibility import progress_for_programme
from wall_desktop.services.people_list import count_people, list_people, people_page
from wall_desktop.services.programmes import list_programmes


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from wall_desktop.app import open_database

    db = open_database(tmp_path_factory.mktemp("page") / "demo.sqlite")
    ctx = Context(db=db, operator="Tester")
    fill_demo(ctx)
    biggest = max(list_programmes(ctx), key=lambda p: count_people(ctx, p.id))
    yield ctx, biggest.id
    db.dispose()


FILTERS = [
    {},
    {"search": "a"},
    {"search": "now"},
    {"search": "ZOL"},
    {"search": "anna k"},
    {"search": "qqq"},
    {"role": Role.MENTOR},
    {"status": EnrolmentStatus.ACCEPTED, "search": "k"},
]


@pytest.mark.parametrize("dense", [0, 10**9], ids=["walk the sort index", "sort the matches"])
@pytest.mark.parametrize("filters", FILTERS, ids=[str(f) for f in FILTERS])
def test_pages_put_together_are_the_full_list(
    demo, monkeypatch: pytest.MonkeyPatch, dense: int, filters: dict[str, object]
) -> None:  # type: ignore[no-untyped-def]
    ctx, pid = demo
    monkeypatch.setattr(people_list, "_DENSE", dense)
    everyone = list_people(ctx, pid, **filters)  # type: ignore[arg-type]
    pages = []
    offset = 0
    while True:
        page = people_page(ctx, pid, offset=offset, limit=7, **filters)  # type: ignore[arg-type]
        pages.extend(page.rows)
        offset += 7
        if not page.more:
            break
    assert [r.id for r in pages] == [r.id for r in everyone]
    assert pages == everyone  # the same rows, field by field


def test_a_page_carries_the_hours_and_eligibility_of_its_people_only(demo) -> None:  # type: ignore[no-untyped-def]
    ctx, pid = demo
    full = progress_for_programme(ctx, pid)
    page = people_page(ctx, pid, offset=10, limit=40)
    ids = {r.id for r in page.rows}
    assert page.progress == {k: v for k, v in full.items() if k in ids}
    assert page.progress and any(not p.eligible for p in page.progress.values())


def test_the_list_is_in_polish_order(demo) -> None:  # type: ignore[no-untyped-def]
    from wall_desktop.text_keys import person_sort_key

    ctx, pid = demo
    rows = people_page(ctx, pid, limit=500).rows
    keys = [person_sort_key(r.first_name, r.last_name) for r in rows]
    assert keys == sorted(keys)
    assert any(r.last_name[0] in "ŁŚŻĆ" for r in rows)  # the demo has such names to order
