"""Every expense of the scope, with the total as a formula under the amounts."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from wall_desktop.exports.workbook import labels
from wall_desktop.exports.workbook.data import WorkbookData
from wall_desktop.exports.workbook.sheet import Column, TableSheet, Ticker
from wall_desktop.exports.workbook.styles import column_sum
from wall_desktop.i18n import _
from wall_desktop.services.ledger import ExpenseRow

AMOUNT = 9  # 1-based column of the amount


def sheet_title() -> str:
    return _("Expenses")


def columns() -> list[Column]:
    return [
        Column(_("Date"), "date"),
        Column(_("Document number")),
        Column(_("Document kind")),
        Column(_("Vendor")),
        Column(_("Budget")),
        Column(_("Budget line")),
        Column(_("Funding source")),
        Column(_("Description"), width=40),
        Column(_("Amount"), "money"),
        Column(_("Payment date"), "date"),
        Column(_("Payment method")),
    ]


def row(e: ExpenseRow) -> list[object]:
    return rows([e])[0]


def rows(expenses: list[ExpenseRow]) -> list[list[object]]:
    kind = labels.remembered(labels.document_kind)
    source = labels.remembered(labels.funding_source)
    method = labels.remembered(labels.payment_method)
    own_lines = _("the programme's own lines")
    return [
        [
            e.date,
            e.document_number,
            kind(e.document_kind),
            e.vendor or "",
            e.project_title or own_lines,
            e.line_category,
            source(e.funding_source),
            e.description or "",
            e.amount,
            e.payment_date,
            method(e.payment_method),
        ]
        for e in expenses
    ]


def write_expenses(wb: Workbook, data: WorkbookData, ticker: Ticker) -> None:
    body = rows(data.expenses)
    sheet = TableSheet(
        wb, sheet_title(), columns(), widths_from=body, page_header=data.programme.name
    )
    for values in body:
        sheet.append(values)
        ticker.step()
    sheet.end_data()
    col = get_column_letter(AMOUNT)
    total: list[object] = [None] * len(sheet.columns)
    total[0] = _("Total")
    total[AMOUNT - 1] = column_sum(col, sheet.row_count)
    sheet.append(total, "total")
    sheet.close()
