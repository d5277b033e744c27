"""The budget sheet: lines by budget and funding source, with subtotals and totals as formulas.

Each budget (the programme's own lines, then each micro-project) lists its
lines grouped by funding source; under each group a subtotal row sums its
lines, and at the bottom each funding source's total adds up its
subtotals, so an auditor can follow every figure in Excel.  The planned
figure is the effective plan (moves between lines included), as in the ledger.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from openpyxl import Workbook

from wall_desktop.db.enums import FundingSource
from wall_desktop.exports.workbook import labels
from wall_desktop.exports.workbook.data import WorkbookData
from wall_desktop.exports.workbook.sheet import Column, TableSheet, Ticker
from wall_desktop.exports.workbook.styles import Formula
from wall_desktop.i18n import _
from wall_desktop.services.ledger import LineBalance

MONEY_COLUMNS = ("F", "G", "H")  # planned, spent, remaining


def sheet_title() -> str:
    return _("Budget")


def columns() -> list[Column]:
    return [
        Column(_("Budget")),
        Column(_("Neighbourhood")),
        Column(_("Funding source")),
        Column(_("Category")),
        Column(_("Description"), width=36),
        Column(_("Planned"), "money"),
        Column(_("Spent"), "money"),
        Column(_("Remaining"), "money"),
    ]


def groups(data: WorkbookData) -> Iterator[tuple[int | None, FundingSource, list[LineBalance]]]:
    """(project id, source, lines): the programme's own lines first, then each project's."""
    order = [None, *(p.id for p in data.projects)]
    for project_id in order:
        for source in FundingSource:
            lines = [
                ln
                for ln in data.lines
                if ln.project_id == project_id and ln.funding_source == source
            ]
            if lines:
                yield project_id, source, lines


def _budget_name(data: WorkbookData, project_id: int | None) -> tuple[str, str]:
    if project_id is None:
        return _("the programme's own lines"), ""
    title, hood = data.line_budget.get(project_id, ("", None))
    return title, hood or ""


def _plus(cells: list[str]) -> Formula | Decimal:
    # "+" rather than SUM(a, b, ...): SUM takes at most 255 arguments.
    return Formula("=" + "+".join(cells)) if cells else Decimal("0.00")


def write_budget(wb: Workbook, data: WorkbookData, ticker: Ticker) -> None:
    parts = list(groups(data))
    body = [
        [*_budget_name(data, pid), labels.funding_source(src), ln.category, ln.description]
        for pid, src, lines in parts
        for ln in lines
    ]
    sheet = TableSheet(
        wb, sheet_title(), columns(), widths_from=body, page_header=data.programme.name
    )
    subtotals: dict[FundingSource, list[int]] = {s: [] for s in FundingSource}
    for project_id, source, lines in parts:
        budget, hood = _budget_name(data, project_id)
        first = sheet.row_count + 1
        for ln in lines:
            row = sheet.row_count + 1
            sheet.append(
                [
                    budget,
                    hood,
                    labels.funding_source(source),
                    ln.category,
                    ln.description or "",
                    ln.effective_plan,
                    ln.spent,
                    Formula(f"=F{row}-G{row}"),
                ]
            )
            ticker.step()
        last = sheet.row_count
        label = _("Subtotal: {budget}").format(budget=budget)
        sums: list[Formula | Decimal] = [
            Formula(f"=SUM({c}{first}:{c}{last})") for c in MONEY_COLUMNS
        ]
        subtotals[source].append(
            sheet.append([label, hood, labels.funding_source(source), "", "", *sums], "subtotal")
        )
        ticker.step()
    sheet.end_data()
    sheet.append([])
    totals: list[int] = []
    for source in FundingSource:
        label = _("Total: {source}").format(source=labels.funding_source(source))
        sums = [_plus([f"{c}{r}" for r in subtotals[source]]) for c in MONEY_COLUMNS]
        totals.append(sheet.append([label, "", "", "", "", *sums], "total"))
    grand = [_plus([f"{c}{r}" for r in totals]) for c in MONEY_COLUMNS]
    sheet.append([_("Grand total"), "", "", "", "", *grand], "total")
    sheet.close()
