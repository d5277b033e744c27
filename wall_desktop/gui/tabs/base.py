"""What every tab shares: the workspace, loading through the worker, a searchable table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QTableView,
    QWidget,
)

from wall_desktop.gui.column_widths import fit_columns
from wall_desktop.gui.designer.ui_table_tab import Ui_TableTab
from wall_desktop.gui.forms import FormDialog, show_unexpected
from wall_desktop.gui.record_table import RecordTable, make_table, prepare_table
from wall_desktop.gui.table_model import Column, RowTableModel, make_proxy
from wall_desktop.gui.undo import DoneCommand
from wall_desktop.gui.worker import Task, run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.errors import WallError

# make_table moved to gui/record_table.py; panels import it from here too
__all__ = ["RecordTable", "TabPage", "TableTab", "make_table"]


class TabPage(QWidget):
    """A tab of the main window. ``load`` re-reads its data through the worker."""

    loaded = Signal()

    def __init__(self, workspace: Workspace, undo: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.undo = undo
        self.active_form: QDialog | None = None
        self.context_menu: QMenu | None = None  # the last one shown (tests pick from it)
        self.read_only = False

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def row_count(self) -> int:
        return 0

    def focus_search(self) -> None:
        """Ctrl+F."""

    def add_record(self) -> None:
        """Insert / the Add button."""

    def delete_selected(self) -> None:
        """Delete key / the Delete button."""

    def set_read_only(self, read_only: bool) -> None:
        """The database cannot be changed: turn off everything in the tab that would.

        The main window calls it once the tab is built; subclasses extend it.
        """
        self.read_only = read_only

    def open_form(self, form: QDialog) -> None:
        """Show a form window-modally; the tab reloads when it was saved.

        On a read-only database a form is a view: its fields are off and it only closes.
        """
        self.active_form = form
        if self.read_only and isinstance(form, FormDialog):
            form.body.setEnabled(False)
            form.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        form.accepted.connect(self.load)
        form.finished.connect(form.deleteLater)
        form.open()

    def delete_undoably(
        self, text: str, delete: Callable[[], object], restore: Callable[[], object]
    ) -> None:
        """Run ``delete`` in the worker; once done, Edit → Undo ``text`` runs ``restore``."""

        def done(_result: object) -> None:
            self.undo.push(DeleteCommand(self, text, delete, restore))
            self.load()

        run_task(delete, done, self.show_error)

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, WallError):
            QMessageBox.warning(
                self, QCoreApplication.translate("TableTab", "Not saved"), str(error)
            )
        else:
            show_unexpected(self, error)

    # --- “Export this table” (File → Export, Ctrl+E, a table's context menu) -----------
    def export_view(self) -> QTableView | None:
        """The table to export: the one last focused in this tab, else ``self.table``,
        else the first one shown."""
        widget: QWidget | None = self.focusWidget()
        while widget is not None and widget is not self:
            if isinstance(widget, QTableView):
                return widget
            widget = widget.parentWidget()
        main = getattr(self, "table", None)
        if isinstance(main, QTableView):
            return main
        shown = [v for v in self.findChildren(QTableView) if v.isVisibleTo(self)]
        return shown[0] if shown else None

    def export_title(self, view: QTableView) -> str:
        """The sheet's name and the file name's middle: the tab's title unless overridden."""
        return self.title()

    def export_table(self, view: QTableView | None = None) -> Task | None:
        """Write the rows and columns ``view`` (default: ``export_view()``) shows, as seen."""
        target = view if view is not None else self.export_view()
        if target is None:
            return None
        # views of the same model beside it (a frozen first column) add their columns
        siblings = [v for v in self.findChildren(QTableView) if v.model() is target.model()]
        # Imported on use: the export dialogs are not needed to show the window.
        from wall_desktop.gui.export_dialogs import export_view_table

        return export_view_table(
            self, target, self.export_title(target), self.workspace.operator or None, siblings
        )

    def _view_at(self, global_pos: QPoint) -> QTableView | None:
        widget: QWidget | None = self.childAt(self.mapFromGlobal(global_pos))
        while widget is not None and widget is not self:
            if isinstance(widget, QTableView):
                return widget
            widget = widget.parentWidget()
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A right click on any table of the tab (one without a menu of its own)."""
        view = self._view_at(event.globalPos())
        if view is None:
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        menu.setObjectName("table_context_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(QCoreApplication.translate("TabPage", "Export this table…"))
        action.setObjectName("export_this_table")
        action.triggered.connect(lambda _checked=False: self.export_table(view))
        self.context_menu = menu
        menu.popup(event.globalPos())
        event.accept()


class DeleteCommand(DoneCommand):
    """A delete already done; undo restores the record through its service, redo deletes
    it again. Either may be refused (the record changed meanwhile): the tab says why."""

    def __init__(
        self,
        page: TabPage,
        text: str,
        delete: Callable[[], object],
        restore: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self.page, self.delete, self.restore = page, delete, restore

    def do_again(self) -> None:
        run_task(self.delete, lambda _r: self.page.load(), self.page.show_error)

    def undo(self) -> None:
        run_task(self.restore, lambda _r: self.page.load(), self.page.show_error)


class TableTab(TabPage):
    """A tab whose heart is one table with a search box and Add / Edit / Delete buttons.

    Subclasses give the columns, ``fetch`` (runs in the worker), ``matches``
    (the search filter) and the form / delete actions.
    """

    def __init__(self, workspace: Workspace, undo: QUndoStack, parent: QWidget | None = None):
        super().__init__(workspace, undo, parent)
        self.ui = Ui_TableTab()
        self.ui.setupUi(self)
        self.model: RowTableModel[Any] = RowTableModel(self.columns())
        self.proxy = make_proxy(self.model)
        self.search = self.ui.search
        self.search.textChanged.connect(self.apply_filter)
        self.add_button = self.ui.add_button
        self.edit_button = self.ui.edit_button
        self.delete_button = self.ui.delete_button
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table: RecordTable = self.ui.table
        prepare_table(self.table, self.proxy)
        self.table.activated_row.connect(lambda _r: self.edit_current())
        self.layout_ = self.ui.layout_
        self.bar = self.ui.bar  # search, filters, then the buttons; a tab may add its own
        self.splitter = self.ui.splitter
        self.add_filters(self.ui.filters)

    def add_detail(
        self, widget: QWidget, name: str, *, above: bool = False, sizes: Sequence[int] = ()
    ) -> None:
        """Show ``widget`` under the table (``above``: over the bar and table), split.

        ``name`` becomes the splitter's object name: its sizes are remembered under it.
        """
        self.splitter.setObjectName(name)
        self.splitter.insertWidget(0 if above else 1, widget)
        main = self.splitter.indexOf(self.ui.main_panel)
        self.splitter.setStretchFactor(main, 2)
        self.splitter.setStretchFactor(1 - main, 3)
        if sizes:
            self.splitter.setSizes(list(sizes))

    def set_read_only(self, read_only: bool) -> None:
        """No Add, Edit or Delete; Enter and double-click still open a row, as a view."""
        super().set_read_only(read_only)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(not read_only)

    # --- for subclasses -------------------------------------------------------------
    def columns(self) -> Sequence[Column[Any]]:
        raise NotImplementedError

    def fetch(self) -> Callable[[], Sequence[Any]]:
        """The service call that reads the rows (run in the worker)."""
        raise NotImplementedError

    def matches(self, row: Any, text: str) -> bool:
        return True

    def add_filters(self, bar: QHBoxLayout) -> None:
        """Extra filter widgets: ``bar.addWidget`` places them after the search box."""

    def edit_row(self, row: Any) -> None:
        """Open the form on ``row``."""

    # --- shared behaviour -----------------------------------------------------------
    def load(self) -> None:
        if self.workspace.programme is None:
            self.model.set_rows([])
            self.loaded.emit()
            return
        run_task(self.fetch(), self._fill, self.show_error)

    def _fill(self, rows: Sequence[Any]) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        fit_columns(self.table, self.model)
        if current is not None:
            self.select_where(lambda r: getattr(r, "id", None) == getattr(current, "id", None))
        self.loaded.emit()

    def apply_filter(self, *_args: object) -> None:
        text = self.search.text().strip()
        self.proxy.set_predicate(lambda row: self.matches(row, text))

    def row_count(self) -> int:
        return self.proxy.rowCount()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        for r in range(self.proxy.rowCount()):
            if predicate(self.proxy.row_at(r)):
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                self.table.selectRow(r)
                return True
        return False

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.edit_row(row)

    def index_of(self, row: int, column: int) -> QModelIndex:
        return self.proxy.index(row, column)
