"""The Budgets tab's models (lines and expenses) under QAbstractItemModelTester on demo data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QAbstractItemModelTester

from wall_desktop.gui.budget_view import PROGRAMME
from wall_desktop.gui.table_model import ROW_ROLE, SORT_ROLE
from wall_desktop.gui.tabs.budgets import BudgetsTab
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.expenses import DocumentKind
from wall_desktop.services.ledger import ExpenseInput, add_expense

DISPLAY = Qt.ItemDataRole.DisplayRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def _tester(model: object) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)  # type: ignore[arg-type]


def test_lines_and_expenses_models(demo_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = BudgetsTab(demo_ws, None)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    testers = [_tester(tab.lines_model), _tester(tab.model)]
    tab.load()
    assert tab.budget_key() == PROGRAMME and testers
    lines = tab.lines_model
    assert lines.rowCount() == 8  # the programme's own lines
    assert all(lines.row_at(r).project_id is None for r in range(lines.rowCount()))
    for r in range(lines.rowCount()):
        for column in range(lines.columnCount()):
            index = lines.index(r, column)
            assert isinstance(index.data(DISPLAY), str)
            assert index.data(ROW_ROLE) == lines.row_at(r)
            assert index.data(SORT_ROLE) is not None
    first = lines.row_at(0)
    assert lines.index(0, 3).data(SORT_ROLE) == first.planned
    assert lines.index(0, 8).data(DISPLAY).endswith("\u00a0zł")
    assert lines.index(0, 8).data(SORT_ROLE) == first.remaining

    # sorted by funding source first (grant, own money, in kind), by real amounts elsewhere
    tab.lines_proxy.sort(0, Qt.SortOrder.AscendingOrder)
    sources = [str(tab.lines_proxy.row_at(r).funding_source) for r in range(8)]
    assert sources == ["grant"] * 6 + ["own_money", "own_in_kind"]
    tab.lines_proxy.sort(7, Qt.SortOrder.DescendingOrder)
    spent = [tab.lines_proxy.row_at(r).spent for r in range(8)]
    assert spent == sorted(spent, reverse=True)

    expenses = tab.model
    assert expenses.total_rows() > 50
    row = expenses.row_at(0)
    assert expenses.index(0, 0).data(DISPLAY) == row.date.strftime("%d.%m.%Y")
    assert expenses.index(0, 0).data(SORT_ROLE) == (row.date, row.id)
    assert expenses.index(0, 4).data(SORT_ROLE) == row.amount
    assert expenses.index(0, 5).data(ROW_ROLE) == row


def test_amounts_over_plan_are_red(demo_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = demo_ws
    tab = BudgetsTab(ws, None)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.load()
    own = next(
        ln for ln in tab.lines_model.rows() if str(ln.funding_source) == "own_money"
    )  # own contribution may go over plan: flagged, not refused
    add_expense(
        ws.ctx,
        ExpenseInput(
            own.id,
            dt.date(2023, 6, 1),
            "PAR 1/06/2023",
            DocumentKind.RECEIPT,
            "Sklep",
            None,
            own.remaining + Decimal("10.00"),
        ),
    )
    tab.load()
    r = tab.lines_model.find(lambda ln: ln.id == own.id)
    assert tab.lines_model.row_at(r).over_plan
    assert isinstance(tab.lines_model.index(r, 8).data(FOREGROUND), QBrush)
    assert tab.lines_model.index(r, 8).data(DISPLAY) == "-10,00\u00a0zł"
    other = tab.lines_model.find(lambda ln: ln.id != own.id)
    assert tab.lines_model.index(other, 8).data(FOREGROUND) is None
    e = tab.model.find(lambda x: x.document_number == "PAR 1/06/2023")
    assert isinstance(tab.model.index(e, 4).data(FOREGROUND), QBrush)
