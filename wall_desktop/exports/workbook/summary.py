"""The summary sheet: who, what and when, and every indicator of ``services/indicators``."""

from __future__ import annotations

from collections.abc import Iterator

from openpyxl import Workbook

from wall_desktop.exports.workbook import labels
from wall_desktop.exports.workbook.data import WorkbookData
from wall_desktop.exports.workbook.sheet import Ticker, print_setup, unique_title
from wall_desktop.exports.workbook.styles import Kind, StyleBook
from wall_desktop.i18n import _
from wall_desktop.services.formatting import format_date
from wall_desktop.services.indicators import Indicators

# (label, value, kind, variant); a None label is an empty row, a None value a section title.
Row = tuple[str | None, object, Kind, str]


def sheet_title() -> str:
    return _("Summary")


def _period(data: WorkbookData) -> str:
    return f"{format_date(data.programme.start_date)} – {format_date(data.programme.end_date)}"


def date_range_text(data: WorkbookData) -> str:
    o = data.options
    if o.date_from is None and o.date_to is None:
        return _("all dates")
    if o.date_to is None:
        return _("from {date}").format(date=format_date(o.date_from))
    if o.date_from is None:
        return _("until {date}").format(date=format_date(o.date_to))
    return f"{format_date(o.date_from)} – {format_date(o.date_to)}"


def _heading_rows(data: WorkbookData) -> Iterator[Row]:
    yield (_("Programme"), None, "text", "section")
    yield (_("Funder"), data.programme.funder or "", "text", "label")
    yield (_("Funding programme"), data.programme.funding_programme or "", "text", "label")
    yield (_("Agreement number"), data.programme.agreement_number or "", "text", "label")
    yield (_("Programme period"), _period(data), "text", "label")
    scope = data.scope_name or _("the whole programme")
    yield (_("Scope of this report"), scope, "text", "label")
    yield (_("Dates covered"), date_range_text(data), "text", "label")
    yield (_("Prepared by"), data.operator, "text", "label")
    yield (_("Exported at"), data.exported_at, "datetime", "label")


def indicator_rows(ind: Indicators) -> Iterator[Row]:
    """The indicators in the order the funder reads them; tests look them up by label."""
    yield (None, None, "text", "")
    yield (_("Participants"), None, "text", "section")
    yield (_("People reached"), ind.people_reached, "integer", "label")
    for gender, n in ind.reached_by_gender.items():
        yield (labels.gender(gender), n, "integer", "sublabel")
    for group, n in ind.reached_by_age_group.items():
        yield (labels.age_group(group), n, "integer", "sublabel")
    for role, n in ind.reached_by_role.items():
        yield (_("in the role: {role}").format(role=labels.role(role)), n, "integer", "sublabel")
    for name, n in ind.reached_by_neighbourhood.items():
        yield (_("neighbourhood: {name}").format(name=name), n, "integer", "sublabel")
    yield (
        _("Completed the cycle (eligible for the certificate)"),
        ind.completed_cycle,
        "integer",
        "label",
    )
    yield (_("Resigned"), ind.resigned, "integer", "label")
    yield (_("Leader Certificates issued"), ind.certificates_issued, "integer", "label")
    yield (None, None, "text", "")
    yield (_("Training"), None, "text", "section")
    yield (_("Training hours planned"), ind.training_hours_planned, "hours", "label")
    yield (_("Training hours held"), ind.training_hours_held, "hours", "label")
    yield (_("Sessions held"), ind.sessions_held, "integer", "label")
    yield (_("Sessions cancelled"), ind.sessions_cancelled, "integer", "label")
    yield (None, None, "text", "")
    yield (_("Micro-projects"), None, "text", "section")
    for status, n in ind.projects_by_status.items():
        yield (
            _("projects: {status}").format(status=labels.project_status(status)),
            n,
            "integer",
            "sublabel",
        )
    yield (_("Beneficiaries of the projects"), ind.beneficiaries, "integer", "label")
    yield (_("Residents' meetings"), ind.residents_meetings, "integer", "label")
    yield (_("Residents present at the meetings"), ind.residents_present, "integer", "label")
    yield (None, None, "text", "")
    yield (_("Budget"), None, "text", "section")
    yield (_("Grant planned"), ind.grant_planned, "money", "label")
    yield (_("Grant spent"), ind.grant_spent, "money", "label")
    yield (_("Grant remaining"), ind.grant_remaining, "money", "label")
    yield (_("Own contribution in money"), ind.own_contribution_money, "money", "label")
    yield (_("Own contribution in kind"), ind.own_contribution_in_kind, "money", "label")
    yield (_("Own contribution in total"), ind.own_contribution, "money", "label")


def write_summary(wb: Workbook, data: WorkbookData, ticker: Ticker) -> None:
    ws = wb.create_sheet(unique_title(wb, sheet_title()))
    book = StyleBook(ws)
    ws.column_dimensions["A"].width = 58
    ws.column_dimensions["B"].width = 30
    print_setup(ws, landscape=False, title_rows=None, header=data.programme.name)
    ws.append([book.cell(_("Report for the funder"), "text", "title")])
    ws.row_dimensions[1].height = 24
    ws.append([book.cell(data.programme.name, "text", "subtitle")])
    if data.is_demo:
        banner = _("DEMO — sample data from the demo database, not for the funder")
        ws.append([book.cell(banner, "text", "demo"), book.cell(None, "text", "demo")])
    ws.append([])
    rows = [*_heading_rows(data), *indicator_rows(data.indicators)]
    for label, value, kind, variant in rows:
        if label is None:
            ws.append([])
        elif value is None:
            ws.append([book.cell(label, "text", variant), book.cell(None, "text", variant)])
        else:
            ws.append([book.cell(label, "text", variant), book.cell(value, kind, "value")])
        ticker.step()
    ws.append([])
    for note in [*data.indicators.notes, _definitions()]:
        ws.append([book.cell(note, "text", "sublabel")])
    ticker.step()


def _definitions() -> str:
    return _(
        "People, projects and the budget are counted whole; a date range limits sessions, "
        "residents' meetings and certificates to those dated in it."
    )


__all__ = ["indicator_rows", "sheet_title", "write_summary"]
