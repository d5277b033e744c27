"""Attendance: every session with its counts, then one matrix per neighbourhood.

The matrix has people down and sessions across, in hours attended (blank:
no mark).  Each person's hours, share and eligibility are the figures of
``services/eligibility`` (held sessions only); each session's column has
its total as a formula, which the LibreOffice test compares with the grid
service's own session total.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from wall_desktop.exports.workbook import labels
from wall_desktop.exports.workbook.data import NeighbourhoodAttendance, WorkbookData
from wall_desktop.exports.workbook.sheet import Column, TableSheet, Ticker
from wall_desktop.exports.workbook.styles import column_sum
from wall_desktop.i18n import _
from wall_desktop.services.training_rows import SessionRow

MATRIX_LEAD = 3  # last name, first name, status
SESSION_WIDTH = 5.5


def sheet_title() -> str:
    return _("Attendance")


def matrix_title(name: str) -> str:
    return _("Attendance – {name}").format(name=name)


def session_columns() -> list[Column]:
    return [
        Column(_("Neighbourhood")),
        Column(_("Date"), "date"),
        Column(_("Start"), "time"),
        Column(_("End"), "time"),
        Column(_("Hours"), "hours"),
        Column(_("Topic"), width=40),
        Column(_("Trainer")),
        Column(_("Venue")),
        Column(_("Status")),
        Column(_("Present"), "integer"),
        Column(_("Excused"), "integer"),
        Column(_("Absent"), "integer"),
    ]


def session_row(hood: str, t: SessionRow) -> list[object]:
    return [
        hood,
        t.date,
        t.start_time,
        t.end_time,
        t.hours,
        t.topic,
        t.trainer_name or "",
        t.place or "",
        labels.session_status(t.status),
        t.present,
        t.excused,
        t.absent,
    ]


def write_sessions(wb: Workbook, data: WorkbookData, ticker: Ticker) -> None:
    body = [session_row(hood, t) for hood, t in data.sessions]
    sheet = TableSheet(
        wb, sheet_title(), session_columns(), widths_from=body, page_header=data.programme.name
    )
    for row in body:
        sheet.append(row)
        ticker.step()
    sheet.close()


def matrix_columns(part: NeighbourhoodAttendance) -> list[Column]:
    return [
        Column(_("Last name")),
        Column(_("First name")),
        Column(_("Status")),
        *(Column("", "hours", width=SESSION_WIDTH) for _t in part.sessions),
        Column(_("Hours attended"), "hours", width=11),
        Column(_("Share of the cycle"), "percent", width=11),
        Column(_("Eligible for the certificate"), width=12),
    ]


def write_matrix(
    wb: Workbook, data: WorkbookData, part: NeighbourhoodAttendance, ticker: Ticker
) -> None:
    grid = part.grid
    status = labels.remembered(labels.enrolment_status)
    yes_no = labels.remembered(labels.yes_no)
    lead: list[list[object]] = [[p.last_name, p.first_name, status(p.status)] for p in grid.people]
    columns = matrix_columns(part)
    sheet = TableSheet(
        wb,
        matrix_title(part.name),
        columns,
        widths_from=lead,
        page_header=f"{data.programme.name} – {part.name}",
        freeze_columns=MATRIX_LEAD,
        rotated_from=MATRIX_LEAD,
        header_height=78,
        write_header=False,
    )
    header: list[object] = [
        sheet.styles.cell(c.header, "text", "header") for c in columns[:MATRIX_LEAD]
    ]
    header += [sheet.styles.cell(t.date, "date", "header_rotated") for t in part.sessions]
    header += [sheet.styles.cell(c.header, "text", "header") for c in columns[-3:]]
    sheet.append_cells(header)
    for person, start in zip(grid.people, lead, strict=True):
        progress = grid.person_totals[person.person_id]
        marks = [grid.cell(person.person_id, t.id) for t in part.sessions]
        row = [
            *start,
            *(m.hours if m is not None else None for m in marks),
            progress.attended_hours,
            progress.share / 100,
            yes_no(progress.eligible),
        ]
        sheet.append(row)
        ticker.step()
    sheet.end_data()
    total: list[object] = [_("Total"), None, None]
    for index in range(len(part.sessions)):
        total.append(column_sum(get_column_letter(MATRIX_LEAD + 1 + index), sheet.row_count))
    sheet.append(total, "total")
    ticker.step()
    sheet.close()


def write_attendance(wb: Workbook, data: WorkbookData, ticker: Ticker) -> None:
    write_sessions(wb, data, ticker)
    for part in data.attendance:
        write_matrix(wb, data, part, ticker)
