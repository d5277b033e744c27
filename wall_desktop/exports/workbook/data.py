"""Everything the workbook shows, read from the services before a single cell is written.

No figure is computed here: each comes from the service that owns it
(indicators, people, eligibility, trainings, projects, ledger,
certificates).  Reading first keeps the database transaction short and
lets the writer know how many rows there are (for the progress bar).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wall_desktop.db.enums import CertificateStatus
from wall_desktop.services import ledger, neighbourhoods, people_list, trainings
from wall_desktop.services import projects as project_service
from wall_desktop.services.context import Context
from wall_desktop.services.eligibility import PersonProgress, progress_for_programme
from wall_desktop.services.indicators import Indicators, indicators
from wall_desktop.services.info import database_state
from wall_desktop.services.ledger import ExpenseRow, LineBalance
from wall_desktop.services.people_list import RosterRow
from wall_desktop.services.programmes import ProgrammeInput, get_programme
from wall_desktop.services.projects import ProjectRow
from wall_desktop.services.trainings import AttendanceGrid, SessionRow

if TYPE_CHECKING:  # the certificates service pulls in reportlab: imported when gathering
    from wall_desktop.services.certificates import CertificateRow


@dataclass(frozen=True)
class WorkbookOptions:
    """What the export dialog (or ``wall-desktop report``) asks for."""

    programme_id: int
    neighbourhood_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    with_contacts: bool = False  # birth dates, e-mail and phone of the participants


@dataclass(frozen=True)
class NeighbourhoodAttendance:
    name: str
    grid: AttendanceGrid
    sessions: tuple[SessionRow, ...]  # the grid's sessions inside the date range


@dataclass(frozen=True)
class WorkbookData:
    options: WorkbookOptions
    programme: ProgrammeInput
    scope_name: str | None  # the neighbourhood's name, None for the whole programme
    operator: str
    exported_at: dt.datetime
    is_demo: bool
    indicators: Indicators
    people: list[RosterRow]
    birth_dates: dict[int, dt.date | None]
    progress: dict[int, PersonProgress]
    sessions: list[tuple[str, SessionRow]]  # (neighbourhood name, session)
    attendance: list[NeighbourhoodAttendance]
    projects: list[ProjectRow]
    lines: list[LineBalance]
    line_budget: dict[int | None, tuple[str, str | None]]  # project id -> (title, neighbourhood)
    expenses: list[ExpenseRow]
    certificates: list[CertificateRow]
    certificate_numbers: dict[int, str] = field(default_factory=dict)  # person id -> live number

    @property
    def row_count(self) -> int:
        matrix = sum(len(a.grid.people) + 2 for a in self.attendance)
        return (
            len(self.people)
            + len(self.sessions)
            + matrix
            + len(self.projects)
            + len(self.lines) * 2
            + len(self.expenses)
            + len(self.certificates)
            + 60
        )


def _in_range(day: dt.date, options: WorkbookOptions) -> bool:
    if options.date_from is not None and day < options.date_from:
        return False
    return options.date_to is None or day <= options.date_to


def gather(
    ctx: Context, options: WorkbookOptions, *, now: dt.datetime | None = None
) -> WorkbookData:
    """Read the workbook's content from the services (each call is one read)."""
    from wall_desktop.services import certificates
    from wall_desktop.services.tables import birth_dates

    pid, hood = options.programme_id, options.neighbourhood_id
    progress = progress_for_programme(ctx, pid, hood)
    every_line = ledger.line_balances(ctx, pid)
    figures = indicators(  # with what the sheets show too, read once
        ctx,
        pid,
        neighbourhood_id=hood,
        date_from=options.date_from,
        date_to=options.date_to,
        progress=progress,
        lines=every_line,
    )
    programme = get_programme(ctx, pid).data
    hoods = [n for n in neighbourhoods.list_neighbourhoods(ctx, pid) if hood in (None, n.id)]
    sessions: list[tuple[str, SessionRow]] = []
    attendance: list[NeighbourhoodAttendance] = []
    for n in hoods:
        grid = trainings.attendance_grid(ctx, n.id)
        shown = tuple(t for t in grid.sessions if _in_range(t.date, options))
        sessions.extend((n.name, t) for t in shown)
        if grid.people or shown:
            attendance.append(NeighbourhoodAttendance(n.name, grid, shown))
    project_rows = [
        p for p in project_service.list_projects(ctx, pid) if hood in (None, p.neighbourhood_id)
    ]
    project_ids = {p.id for p in project_rows}
    lines = every_line
    expenses = ledger.list_expenses(ctx, pid)
    if hood is not None:  # the neighbourhood's project's budget only, as the indicators count it
        lines = [ln for ln in lines if ln.project_id in project_ids]
        expenses = [e for e in expenses if e.project_id in project_ids]
    every_certificate = certificates.list_certificates(ctx, pid, neighbourhood_id=hood)
    register = [c for c in every_certificate if _in_range(c.issue_date, options)]
    people = people_list.roster(ctx, pid, neighbourhood_id=hood)
    return WorkbookData(
        options=options,
        programme=programme,
        scope_name=hoods[0].name if hood is not None and hoods else None,
        operator=ctx.operator or "",
        exported_at=(now or dt.datetime.now()).replace(microsecond=0),
        is_demo=database_state(ctx).is_demo,
        indicators=figures,
        people=people,
        birth_dates=birth_dates(ctx, pid) if options.with_contacts else {},
        progress=progress,
        sessions=sessions,
        attendance=attendance,
        projects=project_rows,
        lines=lines,
        line_budget={p.id: (p.title, p.neighbourhood_name) for p in project_rows},
        expenses=expenses,
        certificates=register,
        certificate_numbers={
            c.person_id: c.number
            for c in every_certificate  # read once: the register and the numbers share it
            if c.status == CertificateStatus.ISSUED
        },
    )
