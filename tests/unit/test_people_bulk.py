"""The bulk reader (plain rows, the programme's roles and consents at once) gives the
same rows as the per-chunk reader, and consent_batch the same states as consents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from wall_desktop.db.models import Person, Programme
from wall_desktop.services import consent_batch, people_list
from wall_desktop.services.consents import consent_states
from wall_desktop.services.context import Context
from wall_desktop.services.demo import fill_demo
from wall_desktop.services.people_list import list_people
from wall_desktop.services.programmes import list_programmes


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    from wall_desktop.app import open_database

    db = open_database(tmp_path_factory.mktemp("bulk") / "demo.sqlite")
    ctx = Context(db=db, operator="Tester")
    fill_demo(ctx)
    yield ctx
    db.dispose()


def _bulk_from(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    monkeypatch.setattr(people_list, "WHOLE_PROGRAMME_FROM", size)
    monkeypatch.setattr(consent_batch, "WHOLE_PROGRAMME_FROM", size)


@pytest.mark.parametrize("today", [None, date(2020, 1, 1)])
def test_bulk_rows_equal_chunked_rows(
    demo: Context, monkeypatch: pytest.MonkeyPatch, today: date | None
) -> None:
    states = set()
    for programme in list_programmes(demo):
        chunked = list_people(demo, programme.id, today=today)
        hoods = {r.neighbourhood_id for r in chunked if r.neighbourhood_id is not None}
        _bulk_from(monkeypatch, 0)
        bulk = list_people(demo, programme.id, today=today)
        one_hood = [list_people(demo, programme.id, neighbourhood_id=h, today=today) for h in hoods]
        monkeypatch.undo()
        assert bulk == chunked
        states |= {r.consent_state for r in bulk}
        for h, rows in zip(hoods, one_hood, strict=True):
            assert rows == list_people(demo, programme.id, neighbourhood_id=h, today=today)
    assert any(r.roles for r in bulk) and states  # the comparison saw rows


@pytest.mark.parametrize("whole", [True, False], ids=["whole programme", "by chunks"])
def test_consent_states_bulk_equals_consent_states(
    demo: Context, monkeypatch: pytest.MonkeyPatch, whole: bool
) -> None:
    _bulk_from(monkeypatch, 0 if whole else 10**9)
    with demo.db.read() as s:
        everyone = {p.id: (p.birth_date, p.birth_year) for p in s.query(Person).all()}
        seen = set()
        for programme in s.query(Programme).all():
            for today in (None, date(2019, 6, 1)):
                expected = consent_states(s, programme, everyone, today=today)
                found = consent_batch.consent_states_bulk(s, programme, everyone, today=today)
                assert found == expected
                seen |= set(found.values())
    assert len(seen) == 3  # complete, missing and a minor without a guardian all occur
