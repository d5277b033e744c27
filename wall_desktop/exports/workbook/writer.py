"""Writing the funder's workbook to a file, atomically, and recording it in the register."""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from wall_desktop.exports.workbook.attendance import write_attendance
from wall_desktop.exports.workbook.budget import write_budget
from wall_desktop.exports.workbook.certificates import write_certificates
from wall_desktop.exports.workbook.data import WorkbookData, WorkbookOptions, gather
from wall_desktop.exports.workbook.expenses import write_expenses
from wall_desktop.exports.workbook.participants import write_participants
from wall_desktop.exports.workbook.projects import write_projects
from wall_desktop.exports.workbook.sheet import Ticker, discard
from wall_desktop.exports.workbook.summary import write_summary
from wall_desktop.i18n import _
from wall_desktop.services.context import Context
from wall_desktop.services.errors import WallError
from wall_desktop.services.export_register import ExportRow, record_export

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
WORKBOOK_KIND = "funder_workbook"

SHEETS = (
    write_summary,
    write_participants,
    write_attendance,
    write_projects,
    write_budget,
    write_expenses,
    write_certificates,
)


@dataclass(frozen=True)
class WorkbookResult:
    path: Path
    sha256: str
    record: ExportRow | None  # the register's entry (None when not recorded)
    rows: int


class TargetUnavailable(WallError):
    """The chosen file cannot be written: missing folder, read-only, or open elsewhere."""


def check_target(target: Path) -> None:
    """Refuse early, in plain words, a target that cannot be written."""
    folder = target.parent
    if not folder.is_dir():
        raise TargetUnavailable(
            _("The folder {folder} does not exist; choose another place.").format(folder=folder)
        )
    if not os.access(folder, os.W_OK):
        raise TargetUnavailable(
            _("The folder {folder} is read-only; choose another place.").format(folder=folder)
        )
    if target.is_dir():
        raise TargetUnavailable(_("{path} is a folder; give a file name.").format(path=target))
    if target.exists() and not os.access(target, os.W_OK):
        raise TargetUnavailable(
            _("{path} is read-only; choose another name or folder.").format(path=target)
        )


def explain_write_error(exc: BaseException, target: Path) -> WallError | None:
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, OSError):
        cause = cause.__cause__
    if isinstance(cause, PermissionError) or (
        isinstance(cause, OSError) and cause.errno in (errno.EACCES, errno.EBUSY, errno.EROFS)
    ):
        return TargetUnavailable(
            _(
                "{path} could not be replaced: it is open in another program (Excel?) or "
                "read-only. Close it there and try again; nothing was written."
            ).format(path=target)
        )
    if isinstance(cause, FileNotFoundError):
        return TargetUnavailable(
            _("The folder of {path} is gone; choose another place.").format(path=target)
        )
    return None


def _workbook(data: WorkbookData, ticker: Ticker) -> Workbook:
    wb = Workbook(write_only=True)
    wb.properties.title = _("Report for the funder: {name}").format(name=data.programme.name)
    wb.properties.creator = data.operator or None
    wb.properties.lastModifiedBy = data.operator or None
    wb.properties.subject = data.scope_name or data.programme.name
    wb.properties.keywords = "WALL; DEMO" if data.is_demo else "WALL"
    wb.calculation.fullCalcOnLoad = True  # totals are formulas without cached values
    try:
        for write in SHEETS:
            ticker.check()
            write(wb, data, ticker)
    except BaseException:
        discard(wb)
        raise
    return wb


def write_workbook(
    data: WorkbookData,
    target: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write ``data`` to ``target`` (a temporary file renamed at the end; nothing on failure)."""
    from wall_desktop.services.atomic_files import atomic_path

    final = Path(target)
    check_target(final)
    ticker = Ticker(data.row_count, progress, cancelled)
    try:
        with atomic_path(final, cancelled=cancelled) as tmp:
            _workbook(data, ticker).save(tmp)
    except WallError as exc:
        raise (explain_write_error(exc, final) or exc) from exc
    except OSError as exc:
        raise (explain_write_error(exc, final) or exc) from exc
    if progress is not None:
        progress(ticker.total, ticker.total)
    return final


def check_options(options: WorkbookOptions) -> None:
    """Refuse a scope the workbook cannot cover, before anything is read or written."""
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise WallError(_("The first day comes after the last day"))


def export_workbook(
    ctx: Context,
    options: WorkbookOptions,
    target: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    now: dt.datetime | None = None,
) -> WorkbookResult:
    """Read, write and register the funder's workbook: run off the GUI thread."""
    check_options(options)
    check_target(Path(target))
    data = gather(ctx, options, now=now)
    path = write_workbook(data, target, progress=progress, cancelled=cancelled)
    record = record_export(
        ctx,
        path,
        kind=WORKBOOK_KIND,
        programme_id=options.programme_id,
        scope=describe_scope(data),
    )
    return WorkbookResult(path, record.sha256, record, data.row_count)


def describe_scope(data: WorkbookData) -> str:
    """The scope in words, as the register lists it."""
    from wall_desktop.exports.workbook.summary import date_range_text

    parts = [data.programme.name, data.scope_name or _("the whole programme")]
    parts.append(date_range_text(data))
    if data.options.with_contacts:
        parts.append(_("with contact data"))
    return "; ".join(parts)
