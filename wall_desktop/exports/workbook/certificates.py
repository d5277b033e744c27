"""The certificate register: every certificate of the scope, revoked ones with their reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl import Workbook

from wall_desktop.exports.workbook import labels
from wall_desktop.exports.workbook.data import WorkbookData
from wall_desktop.exports.workbook.sheet import Column, TableSheet, Ticker
from wall_desktop.i18n import _

if TYPE_CHECKING:  # the certificates service pulls in reportlab
    from wall_desktop.services.certificates import CertificateRow


def sheet_title() -> str:
    return _("Certificates")


def columns() -> list[Column]:
    return [
        Column(_("Number")),
        Column(_("Person")),
        Column(_("Neighbourhood")),
        Column(_("Issue date"), "date"),
        Column(_("Hours"), "hours"),
        Column(_("Status")),
        Column(_("Revoked on"), "date"),
        Column(_("Reason for revoking"), width=40),
    ]


def row(c: CertificateRow) -> list[object]:
    return [
        c.number,
        c.full_name,
        c.neighbourhood or "",
        c.issue_date,
        c.hours,
        labels.certificate_status(c.status),
        c.revoked_on,
        c.revoke_reason or "",
    ]


def write_certificates(wb: Workbook, data: WorkbookData, ticker: Ticker) -> None:
    body = [row(c) for c in data.certificates]
    sheet = TableSheet(
        wb, sheet_title(), columns(), widths_from=body, page_header=data.programme.name
    )
    for values in body:
        sheet.append(values)
        ticker.step()
    sheet.close()
