"""The micro-projects sheet, with totals of grants, meetings and beneficiaries as formulas."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from wall_desktop.exports.workbook import labels
from wall_desktop.exports.workbook.data import WorkbookData
from wall_desktop.exports.workbook.sheet import Column, TableSheet, Ticker
from wall_desktop.exports.workbook.styles import column_sum
from wall_desktop.i18n import _
from wall_desktop.services.projects import ProjectRow

# 1-based columns that get a total under them.
TOTALLED = (6, 7, 8, 9, 10, 11, 12)


def sheet_title() -> str:
    return _("Projects")


def columns() -> list[Column]:
    return [
        Column(_("Neighbourhood")),
        Column(_("Title"), width=40),
        Column(_("Status")),
        Column(_("Start"), "date"),
        Column(_("End"), "date"),
        Column(_("Grant"), "money"),
        Column(_("Grant spent"), "money"),
        Column(_("Grant remaining"), "money"),
        Column(_("Team size"), "integer"),
        Column(_("Residents' meetings"), "integer"),
        Column(_("Residents present"), "integer"),
        Column(_("Beneficiaries"), "integer"),
        Column(_("Outcome"), width=50),
    ]


def row(p: ProjectRow) -> list[object]:
    return [
        p.neighbourhood_name,
        p.title,
        labels.project_status(p.status),
        p.start_date,
        p.end_date,
        p.grant_amount,
        p.grant_spent,
        p.grant_remaining,
        p.team_size,
        p.meetings_count,
        p.residents_present,
        p.beneficiaries,
        p.outcome or "",
    ]


def write_projects(wb: Workbook, data: WorkbookData, ticker: Ticker) -> None:
    body = [row(p) for p in data.projects]
    sheet = TableSheet(
        wb, sheet_title(), columns(), widths_from=body, page_header=data.programme.name
    )
    for values in body:
        sheet.append(values)
        ticker.step()
    sheet.end_data()
    total: list[object] = [None] * len(sheet.columns)
    total[0] = _("Total")
    for index in TOTALLED:
        total[index - 1] = column_sum(get_column_letter(index), sheet.row_count)
    sheet.append(total, "total")
    sheet.close()
