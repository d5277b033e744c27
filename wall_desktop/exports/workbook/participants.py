"""The participants sheet: one row per enrolled person, contacts only when asked for."""

from __future__ import annotations

from openpyxl import Workbook

from wall_desktop.exports.workbook import labels
from wall_desktop.exports.workbook.data import WorkbookData
from wall_desktop.exports.workbook.sheet import Column, TableSheet, Ticker
from wall_desktop.i18n import _


def sheet_title() -> str:
    return _("Participants")


def columns(with_contacts: bool) -> list[Column]:
    found = [
        Column(_("Last name")),
        Column(_("First name")),
        Column(_("Neighbourhood")),
        Column(_("Roles")),
        Column(_("Gender")),
        Column(_("Age group")),
        Column(_("Status")),
        Column(_("Hours attended"), "hours"),
        Column(_("Share of the cycle"), "percent"),
        Column(_("Eligible for the certificate")),
        Column(_("Certificate number")),
    ]
    if with_contacts:
        found += [Column(_("Birth date"), "date"), Column(_("E-mail")), Column(_("Phone"))]
    return found


def rows(data: WorkbookData) -> list[list[object]]:
    found: list[list[object]] = []

    def role_names(held: tuple[str, ...]) -> str:
        return ", ".join(labels.role(r) for r in held)

    roles = labels.remembered(role_names)
    gender = labels.remembered(labels.gender)
    age_group = labels.remembered(labels.age_group)
    status = labels.remembered(labels.enrolment_status)
    yes_no = labels.remembered(labels.yes_no)
    for p in data.people:
        progress = data.progress.get(p.id)
        row: list[object] = [
            p.last_name,
            p.first_name,
            p.neighbourhood_name or "",
            roles(p.roles),
            gender(p.gender),
            age_group(p.age_group),
            status(p.status),
            progress.attended_hours if progress else None,
            progress.share / 100 if progress else None,
            yes_no(progress.eligible) if progress else "",
            data.certificate_numbers.get(p.id, ""),
        ]
        if data.options.with_contacts:
            row += [data.birth_dates.get(p.id), p.email or "", p.phone or ""]
        found.append(row)
    return found


def write_participants(wb: Workbook, data: WorkbookData, ticker: Ticker) -> None:
    body = rows(data)
    sheet = TableSheet(
        wb,
        sheet_title(),
        columns(data.options.with_contacts),
        widths_from=body,
        page_header=data.programme.name,
        freeze_columns=2,
    )
    for row in body:
        sheet.append(row)
        ticker.step()
    sheet.close()
