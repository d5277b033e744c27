"""Budżety / Budgets: a budget's lines by funding source, its expenses, moves and scans.

The budget selector picks the programme's own lines or one project's; a
settled (locked) project is shown read-only under a banner that says why
and offers to unlock it with a reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from wall_desktop.gui.budget_forms import BudgetLineForm, ExpenseForm, TransferForm
from wall_desktop.gui.budget_view import (
    PROGRAMME,
    BudgetData,
    SourceTotal,
    banner_text,
    expense_columns,
    line_columns,
    source_totals,
    totals_columns,
)
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_budgets_tab import Ui_BudgetsTab
from wall_desktop.gui.forms import confirm_delete
from wall_desktop.gui.lock_dialog import LockReasonForm
from wall_desktop.gui.record_table import RecordTable, prepare_table
from wall_desktop.gui.scans import ScansDialog
from wall_desktop.gui.table_model import Column, RowTableModel, make_proxy
from wall_desktop.gui.tabs.base import TableTab
from wall_desktop.gui.tabs.projects import stretch
from wall_desktop.gui.text import matches
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.context import Context
from wall_desktop.services.expenses import restore_expense
from wall_desktop.services.formatting import format_money
from wall_desktop.services.ledger import (
    ExpenseRow,
    LineBalance,
    TransferRow,
    delete_budget_line,
    delete_expense,
    ledger_summary,
    line_balances,
    list_expenses,
    list_transfers,
)
from wall_desktop.services.projects import list_projects, lock_history


def read_budget(ctx: Context, programme_id: int, key: int) -> BudgetData:
    """Everything one budget shows (runs in the worker)."""
    project_id = None if key == PROGRAMME else key
    projects = list_projects(ctx, programme_id)
    if project_id is not None and all(p.id != project_id for p in projects):
        key, project_id = PROGRAMME, None  # the project was deleted meanwhile
    lines = [
        ln for ln in line_balances(ctx, programme_id, project_id) if ln.project_id == project_id
    ]
    ids = {ln.id for ln in lines}
    expenses = [e for e in list_expenses(ctx, programme_id, project_id) if e.budget_line_id in ids]
    transfers = [t for t in list_transfers(ctx, programme_id, project_id) if t.from_line_id in ids]
    summary = ledger_summary(ctx, programme_id)
    totals = summary.programme_lines
    if project_id is not None:
        totals = next(b for b in summary.projects if b.project_id == project_id)
    history = lock_history(ctx, project_id) if project_id is not None else []
    return BudgetData(key, projects, lines, expenses, transfers, totals, history)


class BudgetsTab(TableTab):
    """The main table (``self.table``) holds the expenses; ``lines_table`` the budget lines."""

    def __init__(self, workspace: Workspace, undo: QUndoStack, parent: QWidget | None = None):
        self.transfers: list[TransferRow] = []
        super().__init__(workspace, undo, parent)
        self.data: BudgetData | None = None
        self.add_button.setText(self.tr("Add expense…"))
        self.scans_button = QPushButton(self.tr("Scans…"))
        self.scans_button.setObjectName("scans_button")
        self.scans_button.clicked.connect(self.show_scans)
        self.bar.addWidget(self.scans_button)

        # over the expenses: the budget selector, the lock banner, the lines and their totals
        lines_panel = QWidget()
        ui = self.lines_ui = Ui_BudgetsTab()
        ui.setupUi(lines_panel)
        self.budget_box = ui.budget_selector
        self.budget_box.currentIndexChanged.connect(lambda _i: self.load())
        self.move_button = ui.move_button
        self.add_line_button = ui.add_line_button
        self.edit_line_button = ui.edit_line_button
        self.delete_line_button = ui.delete_line_button
        self.move_button.clicked.connect(self.move_money)
        self.add_line_button.clicked.connect(self.add_line)
        self.edit_line_button.clicked.connect(self.edit_current_line)
        self.delete_line_button.clicked.connect(self.delete_current_line)
        self.banner, self.banner_label = ui.lock_banner, ui.banner_label
        self.unlock_button = ui.unlock_button
        self.unlock_button.clicked.connect(self.unlock)

        self.lines_model: RowTableModel[LineBalance] = RowTableModel(line_columns(self.transfers))
        self.lines_proxy = make_proxy(self.lines_model)
        self.lines_table: RecordTable = ui.lines_table
        prepare_table(self.lines_table, self.lines_proxy)
        self.lines_table.activated_row.connect(lambda _r: self.edit_current_line())
        self.lines_table.selectionModel().currentRowChanged.connect(lambda *_a: self.apply_filter())
        self.totals_model: RowTableModel[SourceTotal] = RowTableModel(totals_columns())
        self.totals: RecordTable = ui.totals_table
        prepare_table(self.totals, make_proxy(self.totals_model))
        self.totals.setSortingEnabled(False)

        self.add_detail(lines_panel, "budgets_split", above=True, sizes=[330, 300])
        self.setTabOrder(self.budget_box, self.lines_table)
        self.setTabOrder(self.lines_table, self.search)

    def title(self) -> str:
        return self.tr("Budgets")

    def columns(self) -> Sequence[Column[ExpenseRow]]:
        return expense_columns()

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.only_line = QCheckBox(self.tr("Only the selected line"))
        self.only_line.setObjectName("only_line")
        self.only_line.toggled.connect(self.apply_filter)
        bar.addWidget(self.only_line)

    def budget_key(self) -> int:
        key = combo_value(self.budget_box)
        return PROGRAMME if key is None else int(key)

    def fetch(self) -> Callable[[], Any]:
        ctx, programme_id, key = self.workspace.ctx, self.workspace.programme_id, self.budget_key()
        return lambda: read_budget(ctx, programme_id, key)

    def _fill(self, rows: Any) -> None:
        data: BudgetData = rows
        self.data = data
        self._fill_selector(data)
        line = self.current_line()
        self.transfers[:] = data.transfers
        self.lines_model.set_rows(data.lines)
        self.lines_table.resizeColumnsToContents()
        for column in range(self.lines_model.columnCount()):
            width = self.lines_table.columnWidth(column)
            self.lines_table.setColumnWidth(column, min(max(width, 60), 260))
        stretch(self.lines_table, 2)  # the description takes the spare width
        if line is not None:
            self._select_line(line.id)
        self.totals_model.set_rows(source_totals(data.totals))
        self.totals.resizeColumnsToContents()
        stretch(self.totals, 4)
        text = banner_text(data)
        self.banner_label.setText(text)
        self.banner.setVisible(bool(text))
        locked = data.locked
        for b in (
            self.add_button,
            self.delete_button,
            self.move_button,
            self.add_line_button,
            self.delete_line_button,
        ):
            b.setEnabled(not locked)
        self.edit_button.setText(self.tr("View…") if locked else self.tr("Edit…"))
        self.edit_line_button.setText(self.tr("View line…") if locked else self.tr("Edit line…"))
        super()._fill(data.expenses)
        self.apply_filter()

    def _fill_selector(self, data: BudgetData) -> None:
        box = self.budget_box
        box.blockSignals(True)
        box.clear()
        box.addItem(
            self.tr("Programme's own lines (coordination, trainings, promotion)"), PROGRAMME
        )
        for p in data.projects:
            text = f"{p.neighbourhood_name}: {p.title}"
            if p.locked:
                text += " — " + self.tr("locked")
            box.addItem(text, p.id)
        box.setCurrentIndex(max(box.findData(data.key), 0))
        box.blockSignals(False)

    def matches(self, row: ExpenseRow, text: str) -> bool:
        line = self.current_line() if self.only_line.isChecked() else None
        if line is not None and row.budget_line_id != line.id:
            return False
        return matches(text, row.document_number, row.vendor, row.description, row.handled_by_name)

    # --- selection ------------------------------------------------------------------
    def current_line(self) -> LineBalance | None:
        index = self.lines_table.currentIndex()
        return self.lines_proxy.row_at(index.row()) if index.isValid() else None

    def _select_line(self, line_id: int) -> None:
        for r in range(self.lines_proxy.rowCount()):
            if self.lines_proxy.row_at(r).id == line_id:
                self.lines_table.setCurrentIndex(self.lines_proxy.index(r, 0))
                return

    def select_budget(self, key: int) -> None:
        self.budget_box.setCurrentIndex(self.budget_box.findData(key))

    @property
    def locked(self) -> bool:
        return self.data is not None and self.data.locked

    # --- expenses -------------------------------------------------------------------
    def _expense_form(self, expense: ExpenseRow | None) -> None:
        if self.data is None:
            return
        line = self.current_line()
        form = ExpenseForm(
            self.workspace.ctx,
            self.data.lines,
            self.data.expenses,
            self.workspace.programme_id,
            expense,
            line.id if line else None,
            read_only=self.locked,
            parent=self,
        )
        self.open_form(form)

    def add_record(self) -> None:
        if self.lines_table.hasFocus():
            self.add_line()
        elif not self.locked and self.data is not None:
            self._expense_form(None)

    def edit_row(self, row: ExpenseRow) -> None:
        self._expense_form(row)

    def delete_selected(self) -> None:
        if self.lines_table.hasFocus():
            self.delete_current_line()
            return
        expense = self.current_row()
        if expense is None or self.locked:
            return
        what = self.tr("the expense {number} ({amount})")
        what = what.replace("{number}", expense.document_number).replace(
            "{amount}", format_money(expense.amount)
        )
        goes = self.tr("Its attached scans are deleted with it: {n}.").replace(
            "{n}", str(expense.document_count)
        )
        if confirm_delete(self, what, goes):
            ctx = self.workspace.ctx
            self.delete_undoably(
                self.tr("delete expense {number}").replace("{number}", expense.document_number),
                lambda: delete_expense(ctx, expense.id),
                lambda: restore_expense(ctx, expense.id),
            )

    def show_scans(self) -> None:
        expense = self.current_row()
        if expense is None:
            return
        dialog = ScansDialog(self.workspace.ctx, expense, expense.locked, self)
        self.active_form = dialog
        dialog.finished.connect(lambda _r: self.load() if dialog.changed else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- lines and moves --------------------------------------------------------------
    def move_money(self) -> None:
        if self.data is None or self.locked:
            return
        line = self.current_line()
        self.open_form(
            TransferForm(self.workspace.ctx, self.data.lines, line.id if line else None, self)
        )

    def _line_form(self, line: LineBalance | None) -> None:
        if self.data is None or self.workspace.programme is None:
            return
        project_id = None if self.data.key == PROGRAMME else self.data.key
        form = BudgetLineForm(
            self.workspace.ctx,
            self.workspace.programme_id,
            project_id,
            line,
            read_only=self.locked,
            parent=self,
        )
        self.open_form(form)

    def add_line(self) -> None:
        if not self.locked:
            self._line_form(None)

    def edit_current_line(self) -> None:
        line = self.current_line()
        if line is not None:
            self._line_form(line)

    def delete_current_line(self) -> None:
        line = self.current_line()
        if line is None or self.locked:
            return
        what = self.tr("the budget line “{category}”").replace("{category}", line.category)
        goes = self.tr("Nothing goes with it: a line with expenses or moves cannot be deleted.")
        if confirm_delete(self, what, goes):
            ctx = self.workspace.ctx
            run_task(
                lambda: delete_budget_line(ctx, line.id), lambda _r: self.load(), self.show_error
            )

    def unlock(self) -> None:
        project = self.data.project if self.data is not None else None
        if project is not None:
            self.open_form(
                LockReasonForm(self.workspace.ctx, project.id, project.title, True, self)
            )
