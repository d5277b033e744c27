"""The paged model: pages fetched as the view scrolls, stale pages of an older query dropped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRunnable
from PySide6.QtTest import QAbstractItemModelTester

from wall_desktop.gui.paged_model import PagedRowModel
from wall_desktop.gui.table_model import Column
from wall_desktop.gui.worker import set_pool

NAMES = [f"Osoba {n:02d}" for n in range(10)]


@dataclass(frozen=True)
class Page:
    rows: tuple[str, ...]
    more: bool


def _query(names: list[str], asked: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    def query(offset: int, limit: int) -> Page:
        asked.append((offset, limit))
        return Page(tuple(names[offset : offset + limit]), offset + limit < len(names))

    return query


def _model() -> PagedRowModel[str]:
    model: PagedRowModel[str] = PagedRowModel([Column("Name", lambda r: r)], page_size=4)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def test_pages_arrive_as_the_view_asks_for_more() -> None:
    model = _model()
    asked: list[tuple[int, int]] = []
    model.set_query(_query(NAMES, asked))
    assert model.rowCount() == 4 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert [model.row_at(r) for r in range(model.rowCount())] == NAMES
    assert not model.canFetchMore()
    assert asked == [(0, 4), (4, 4), (8, 4)]


class HeldPool:
    """Runs nothing until told: the worker's threads, one step at a time."""

    def __init__(self) -> None:
        self.waiting: list[QRunnable] = []

    def start(self, runnable: QRunnable) -> None:
        self.waiting.append(runnable)

    def run_next(self) -> None:
        self.waiting.pop(0).run()


def test_typing_fast_runs_only_the_newest_query_and_drops_the_stale_page() -> None:
    pool = HeldPool()
    set_pool(pool)
    model = _model()
    asked: list[tuple[int, int]] = []
    model.set_query(_query(["Nowak"], asked))  # "n"
    model.set_query(_query(["Nowacka"], asked))  # "no": waits, replaces nothing yet
    model.set_query(_query(["Nowakowska"], asked))  # "now": replaces "no"
    assert len(pool.waiting) == 1 and model.rowCount() == 0
    pool.run_next()  # the page for "n" arrives late: dropped, the newest query starts
    assert model.rowCount() == 0 and len(pool.waiting) == 1
    pool.run_next()
    assert [model.row_at(0)] == ["Nowakowska"] and model.rowCount() == 1
    assert len(asked) == 2 and not pool.waiting  # "no" never ran


def test_a_failed_query_is_reported() -> None:
    model = _model()
    errors: list[BaseException] = []
    model.failed.connect(errors.append)

    def broken(_offset: int, _limit: int) -> Page:
        raise RuntimeError("disk gone")

    model.set_query(broken)
    assert [str(e) for e in errors] == ["disk gone"]
    assert not model.canFetchMore()
