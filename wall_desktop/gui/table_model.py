"""A table model over rows the services return (frozen dataclasses), and its sort proxy.

Each column says how to show a row (display), how to sort it (sort key),
its alignment, tooltip and colour.  ``SORT_ROLE`` gives the sort key (text
columns: ``text_keys.sort_key`` of the shown text, so "Łukasiewicz" comes
after "Lis" and "Żak" after "Źdźbło"), ``ROW_ROLE`` the row object itself,
so views and tabs never re-read data.  Sort keys are computed once per row
and column, when a sort first asks, not at every comparison.  Rows are
handed to the view in batches (``canFetchMore``/``fetchMore``) so a large
list does not make the view lay out every row at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from wall_desktop.gui.text import sort_key

R = TypeVar("R")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
WARNING = QColor("#b00020")

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None  # default: the shown text in Polish order
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[R], str | None] | None = None
    warn: Callable[[R], bool] | None = None  # shown in red when true


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], batch: int = 500) -> None:
        super().__init__()
        self.columns = list(columns)
        self._rows: list[R] = []
        self._shown = 0
        self._batch = batch
        self._keys: dict[int, list[Any]] = {}  # column -> each row's sort key, made on demand

    # --- content ----------------------------------------------------------
    def set_rows(self, rows: Sequence[R], *, show_all: bool = False) -> None:
        """Replace the rows; the view gets the first batch (all of them with ``show_all``)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys.clear()
        self._shown = len(self._rows) if show_all else min(len(self._rows), self._batch)
        self.endResetModel()

    def append_rows(self, rows: Sequence[R]) -> None:
        """Add rows after the last one, all shown at once (a page fetched as the view scrolls)."""
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), self._shown, len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        for column, keys in self._keys.items():
            keys.extend(self._sort_key_of(self.columns[column], r) for r in rows)
        self._shown = len(self._rows)
        self.endInsertRows()

    def rows(self) -> list[R]:
        return list(self._rows)

    def shown_texts(self, column: int) -> list[str]:
        """The texts the view shows in ``column`` (the rows it was given so far)."""
        display = self.columns[column].display
        return [display(row) for row in self._rows[: self._shown]]

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def total_rows(self) -> int:
        """All rows loaded, shown to the view yet or not."""
        return len(self._rows)

    def replace_row(self, row: int, value: R) -> None:
        self._rows[row] = value
        for column, keys in self._keys.items():
            keys[row] = self._sort_key_of(self.columns[column], value)
        if row < self._shown:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def find(self, predicate: Callable[[R], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    # --- sort keys, once per row and column ---------------------------------------
    @staticmethod
    def _sort_key_of(column: Column[R], row: R) -> Any:
        if column.sort_key is not None:
            return column.sort_key(row)
        return sort_key(column.display(row))

    def sort_value(self, row: int, column: int) -> Any:
        """The sort key of a cell; a column's keys are all made the first time one is asked."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [
                self._sort_key_of(self.columns[column], r) for r in self._rows
            ]
        return keys[row]

    def forget_sort_keys(self) -> None:
        """After something a key depends on changed outside the rows (figures of a tab)."""
        self._keys.clear()

    # --- incremental loading ---------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(self._batch, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # --- the model interface ------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks a dozen roles per cell per paint: unknown ones leave before any other work.
        if role not in _ROLES:
            return None
        r = index.row()
        if r >= self._shown or r < 0 or not index.isValid():
            return None
        row = self._rows[r]
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return column.display(row)
        if role == SORT_ROLE:
            return self.sort_value(r, index.column())
        if role == ROW_ROLE:
            return row
        if role == _ALIGN:
            return int(column.align)
        if role == _TOOLTIP:
            return column.tooltip(row) if column.tooltip is not None else None
        if column.warn is not None and column.warn(row):  # the foreground
            return QBrush(WARNING)
        return None


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset(
    {_DISPLAY, _ALIGN, _TOOLTIP, Qt.ItemDataRole.ForegroundRole, SORT_ROLE, ROW_ROLE}
)


class RowSortProxy(QSortFilterProxyModel):
    """Sorts by the Python sort keys (Decimal, date, tuples) and filters by a predicate."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            self._predicate = predicate
            self.endFilterChange()
        else:
            self._predicate = predicate
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._predicate is None:
            return True
        model = self.sourceModel()
        return bool(self._predicate(model.data(model.index(source_row, 0), ROW_ROLE)))

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        source = self.sourceModel()
        if isinstance(source, RowTableModel):  # the cached keys, without a trip through data()
            a = source.sort_value(left.row(), left.column())
            b = source.sort_value(right.row(), right.column())
        else:
            a = left.data(SORT_ROLE)
            b = right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None  # empty values first
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)


def make_proxy(model: RowTableModel[Any]) -> RowSortProxy:
    proxy = RowSortProxy()
    proxy.setSourceModel(model)
    return proxy
