"""The record table every tab shows: Enter or double-click edits the current row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from wall_desktop.gui.table_model import RowSortProxy


class RecordTable(QTableView):
    """A table whose Enter edits the current row (double-click does too).

    Laid out in Designer forms as a promoted ``QTableView``; ``prepare_table``
    gives it its model and the settings every record table shares.
    """

    activated_row = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self._double_clicked)

    def _double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.activated_row.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


def prepare_table(table: QTableView, proxy: RowSortProxy) -> None:
    """Model, sorting, whole-row single selection, no in-place editing, compact rows."""
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's default indicator is descending
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def make_table(proxy: RowSortProxy, name: str) -> RecordTable:
    """A record table made in code, for panels that show a data-dependent number of them."""
    table = RecordTable()
    table.setObjectName(name)
    prepare_table(table, proxy)
    return table
