"""A table model over a query that the worker runs one page at a time.

For lists too long to load whole (100,000 people): the first page replaces
the rows, the next ones are asked for as the view scrolls to the end
(``canFetchMore``/``fetchMore``).  A new query (a keystroke in the search)
discards whatever an older one still delivers, and while one page is on its
way only the newest query waits behind it, so fast typing never queues a
query per key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, Signal

from wall_desktop.gui.table_model import AnyIndex, Column, RowTableModel
from wall_desktop.gui.worker import run_task

R = TypeVar("R")


class Page(Protocol):
    """What a page query returns: its rows and whether more follow."""

    @property
    def rows(self) -> Sequence[Any]: ...

    @property
    def more(self) -> bool: ...


PageQuery = Callable[[int, int], Page]  # (offset, limit) -> the page; runs in the worker


class PagedRowModel(RowTableModel[R]):
    page_loaded = Signal(bool)  # a page arrived: True for a first page (the rows were replaced)
    failed = Signal(object)  # the query raised: the exception

    def __init__(self, columns: Sequence[Column[R]], page_size: int = 100) -> None:
        super().__init__(columns, batch=page_size)
        self.page_size = page_size
        self._query: PageQuery | None = None
        self._generation = 0  # bumped by each new query; older pages are dropped
        self._busy = False
        self._restart = False  # a newer query waits for the page on its way
        self._more = False
        # Called with each page of the current query before its rows are shown.
        self.on_page: Callable[[Any, bool], None] | None = None

    def set_query(self, query: PageQuery) -> None:
        """Show the first page of ``query``; the rows shown stay until it arrives."""
        self._generation += 1
        self._query = query
        self._more = False
        if self._busy:
            self._restart = True
        else:
            self._request(0)

    def has_more(self) -> bool:
        return self._more

    def _request(self, offset: int) -> None:
        query = self._query
        if query is None:
            return
        self._busy = True
        generation, limit = self._generation, self.page_size
        run_task(
            lambda: query(offset, limit),
            lambda page: self._arrived(generation, offset, page),
            lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, offset: int, page: Page) -> None:
        self._busy = False
        if generation == self._generation and not self._restart:
            first = offset == 0
            if self.on_page is not None:
                self.on_page(page, first)
            if first:
                self.set_rows(page.rows, show_all=True)  # a page is as long as asked for
            else:
                self.append_rows(page.rows)
            self._more = page.more
            self.page_loaded.emit(first)
        self._next()

    def _failed(self, generation: int, error: BaseException) -> None:
        self._busy = False
        if generation == self._generation and not self._restart:
            self.failed.emit(error)
        self._next()

    def _next(self) -> None:
        if self._restart:
            self._restart = False
            self._request(0)

    # --- the view asks for more as it scrolls --------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return super().canFetchMore(parent) or (self._more and not self._busy)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        if super().canFetchMore(parent):
            super().fetchMore(parent)
        elif self._more and not self._busy:
            self._request(self.total_rows())
