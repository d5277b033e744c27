"""The named tables of ``wall-desktop table NAME --out FILE``, built from the services.

Each is a ``Table`` (columns with their kinds, rows with typed values) in
the order its tab shows it.  Rows reuse the workbook's row builders where
the sheet and the tab show the same thing, so both agree cell for cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from wall_desktop.db.models import Enrolment, Person
from wall_desktop.exports.table_export import Column, Table
from wall_desktop.exports.workbook import attendance, certificates, expenses, labels, projects
from wall_desktop.i18n import _
from wall_desktop.services import neighbourhoods as hood_service
from wall_desktop.services.certificates import list_certificates
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound
from wall_desktop.services.ledger import line_balances, list_expenses
from wall_desktop.services.people_list import list_people
from wall_desktop.services.projects import list_projects
from wall_desktop.services.trainings import list_sessions

Builder = Callable[[Context, int, bool], Table]


def birth_dates(ctx: Context, programme_id: int) -> dict[int, dt.date | None]:
    """Birth dates of the people enrolled in the programme, by person id.

    ``list_people`` carries the birth year only; the workbook's contact
    columns (off by default) want the full date.
    """
    with ctx.db.read() as s:
        found = s.execute(
            select(Person.id, Person.birth_date)
            .join(Enrolment, Enrolment.person_id == Person.id)
            .where(Enrolment.programme_id == programme_id)
        ).all()
    return {pid: born for pid, born in found}


def people(ctx: Context, programme_id: int, with_contacts: bool = False) -> Table:
    columns = [
        Column(_("Last name")),
        Column(_("First name")),
        Column(_("Neighbourhood")),
        Column(_("Roles")),
        Column(_("Status")),
        Column(_("Gender")),
        Column(_("Birth year"), "integer"),
        Column(_("Age group")),
    ]
    if with_contacts:
        columns += [Column(_("E-mail")), Column(_("Phone"))]
    rows = []
    for p in list_people(ctx, programme_id):
        row: list[object] = [
            p.last_name,
            p.first_name,
            p.neighbourhood_name or "",
            ", ".join(labels.role(r) for r in p.roles),
            labels.enrolment_status(p.status),
            labels.gender(p.gender),
            p.birth_year,
            labels.age_group(p.age_group),
        ]
        if with_contacts:
            row += [p.email or "", p.phone or ""]
        rows.append(row)
    return Table(_("People"), tuple(columns), rows)


def neighbourhoods(ctx: Context, programme_id: int, with_contacts: bool = False) -> Table:
    columns = (
        Column(_("Name")),
        Column(_("Mentors")),
        Column(_("Recruitment")),
        Column(_("Cycle start"), "date"),
        Column(_("Cycle end"), "date"),
        Column(_("People"), "integer"),
        Column(_("Sessions held"), "integer"),
        Column(_("Sessions planned"), "integer"),
        Column(_("Hours delivered"), "hours"),
        Column(_("Project")),
        Column(_("Grant"), "money"),
    )
    rows = [
        [
            n.name,
            ", ".join(n.mentors),
            labels.recruitment_status(n.recruitment_status),
            n.cycle_start,
            n.cycle_end,
            n.people,
            n.sessions_held,
            n.sessions_planned,
            n.hours_delivered,
            n.project_title or "",
            n.project_grant,
        ]
        for n in hood_service.list_neighbourhoods(ctx, programme_id)
    ]
    return Table(_("Neighbourhoods"), columns, rows)


def sessions(ctx: Context, programme_id: int, with_contacts: bool = False) -> Table:
    rows = [
        attendance.session_row(n.name, t)
        for n in hood_service.list_neighbourhoods(ctx, programme_id)
        for t in list_sessions(ctx, n.id)
    ]
    return Table(_("Training sessions"), tuple(attendance.session_columns()), rows)


def project_table(ctx: Context, programme_id: int, with_contacts: bool = False) -> Table:
    rows = [projects.row(p) for p in list_projects(ctx, programme_id)]
    return Table(projects.sheet_title(), tuple(projects.columns()), rows)


def expense_table(ctx: Context, programme_id: int, with_contacts: bool = False) -> Table:
    rows = [expenses.row(e) for e in list_expenses(ctx, programme_id)]
    return Table(expenses.sheet_title(), tuple(expenses.columns()), rows)


def budget_lines(ctx: Context, programme_id: int, with_contacts: bool = False) -> Table:
    columns = (
        Column(_("Budget")),
        Column(_("Funding source")),
        Column(_("Category")),
        Column(_("Description")),
        Column(_("Planned at first"), "money"),
        Column(_("Moved in"), "money"),
        Column(_("Moved out"), "money"),
        Column(_("Planned"), "money"),
        Column(_("Spent"), "money"),
        Column(_("Remaining"), "money"),
        Column(_("Volunteer hours planned"), "hours"),
        Column(_("Hourly rate"), "money"),
    )
    rows = [
        [
            ln.project_title or _("the programme's own lines"),
            labels.funding_source(ln.funding_source),
            ln.category,
            ln.description or "",
            ln.planned,
            ln.transfers_in,
            ln.transfers_out,
            ln.effective_plan,
            ln.spent,
            ln.remaining,
            ln.in_kind_hours,
            ln.in_kind_rate,
        ]
        for ln in line_balances(ctx, programme_id)
    ]
    return Table(_("Budget lines"), columns, rows)


def certificate_table(ctx: Context, programme_id: int, with_contacts: bool = False) -> Table:
    rows = [certificates.row(c) for c in list_certificates(ctx, programme_id)]
    return Table(certificates.sheet_title(), tuple(certificates.columns()), rows)


TABLES: dict[str, Builder] = {
    "people": people,
    "neighbourhoods": neighbourhoods,
    "sessions": sessions,
    "projects": project_table,
    "expenses": expense_table,
    "budget-lines": budget_lines,
    "certificates": certificate_table,
}


def build_table(
    ctx: Context, name: str, programme_id: int, *, with_contacts: bool = False
) -> Table:
    """The named table of the programme; ``NotFound`` names the tables there are."""
    builder = TABLES.get(name.strip().lower())
    if builder is None:
        raise NotFound(
            _("No table called “{name}”; choose one of: {names}").format(
                name=name, names=", ".join(TABLES)
            )
        )
    return builder(ctx, programme_id, with_contacts)
