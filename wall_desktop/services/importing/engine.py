"""Running an import: one pass over the file inside one unit of work.

The same pass serves the preview and the import.  Each row is checked and,
when valid, written into the open transaction, so later rows see earlier
ones (a person twice in a file is caught).  A preview or dry run then rolls
everything back; a real import commits only if every row passed (or the
user chose to import the valid rows only).  Cancel rolls back too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from wall_desktop.db.models import Programme
from wall_desktop.i18n import _, ngettext
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Cancelled
from wall_desktop.services.importing.attendance import AttendanceImport
from wall_desktop.services.importing.backup import backup_before_import
from wall_desktop.services.importing.errors import ImportError_, ImportRefused
from wall_desktop.services.importing.fields import ColumnMap, Kind
from wall_desktop.services.importing.people import PeopleImport
from wall_desktop.services.importing.plan import (
    MAX_ROWS_KEPT,
    ImportOptions,
    ImportSummary,
    OnDuplicate,
    Outcome,
    Preview,
    RowResult,
)
from wall_desktop.services.importing.reading import Detection, Progress, detect, iter_rows
from wall_desktop.services.importing.records import Record, find_header, iter_records
from wall_desktop.services.importing.report import LeftOutReport, default_report_path
from wall_desktop.services.importing.sessions import SessionsImport
from wall_desktop.services.programmes import choose_programme

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
FLUSH_EVERY = 200


class _Handler(Protocol):
    def handle(self, s: Session, rec: Record, decision: OnDuplicate) -> RowResult: ...
    def after_flush(self) -> None: ...
    @property
    def created_neighbourhoods(self) -> list[str]: ...


class _RollBack(Exception):
    """Ends a preview's unit of work without committing it."""


def preview(
    ctx: Context,
    kind: Kind | str,
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Preview:
    """What importing the file would do, row by row; nothing is written."""
    opts = options or ImportOptions()
    summary = run_import(
        ctx, kind, path, replace(opts, dry_run=True), progress=progress, cancelled=cancelled
    )
    return summary.preview


def run_import(
    ctx: Context,
    kind: Kind | str,
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportSummary:
    """Import the file (or only look, with ``options.dry_run``); see the module docstring."""
    opts = options or ImportOptions()
    kind = Kind(kind)
    source = Path(path)
    detection = detect(source, sheet=opts.sheet, encoding=opts.encoding, delimiter=opts.delimiter)
    columns = find_header(kind, detection, opts.mapping)
    programme = choose_programme(ctx, opts.programme)
    backup = None
    if not opts.dry_run and opts.backup:
        backup = backup_before_import(ctx)
    report = None
    if opts.valid_only and not opts.dry_run:
        target = opts.report_path or default_report_path(source)
        report = LeftOutReport(target, [c.header for c in columns.columns])
    run = _Run(kind, detection, opts, report, progress, cancelled)
    try:
        with ctx.db.write(ctx.operator) as s:
            handler = _handler(kind, s, programme.id, opts)
            run.go(s, handler, columns)
            result = run.preview(columns, programme.id, programme.name, handler)
            errors = result.count(Outcome.ERROR)
            if opts.dry_run:
                raise _RollBack
            if errors and not opts.valid_only:
                raise ImportRefused(_refusal(errors), result)
    except _RollBack:
        if report is not None:  # pragma: no cover - a dry run makes no report
            report.discard()
        return _summary(result, written=False, backup=backup, report_path=None)
    except SQLAlchemyError as exc:
        _discard(report, backup)
        raise ImportError_(
            _("The import could not be saved; nothing was written ({error})").format(
                error=type(exc).__name__
            )
        ) from exc
    except BaseException:
        _discard(report, backup)
        raise
    report_path = report.commit() if report is not None and report.count else None
    if report is not None and not report.count:
        report.discard()
    written = result.count(Outcome.NEW) + result.count(Outcome.UPDATE) > 0
    return _summary(result, written=written, backup=backup, report_path=report_path)


def _discard(report: LeftOutReport | None, backup: Path | None) -> None:
    """Nothing was committed: the report is void and the backup equals the database."""
    if report is not None:
        report.discard()
    if backup is not None:
        backup.unlink(missing_ok=True)


def _refusal(errors: int) -> str:
    return ngettext(
        "Nothing was imported: {n} row has errors. Correct it, or import the valid rows only.",
        "Nothing was imported: {n} rows have errors. Correct them, or import the valid rows only.",
        errors,
    ).format(n=errors)


def _handler(kind: Kind, s: Session, programme_id: int, opts: ImportOptions) -> _Handler:
    if kind is Kind.PEOPLE:
        minor_age = s.execute(
            select(Programme.minor_age).where(Programme.id == programme_id)
        ).scalar_one()
        return PeopleImport(s, programme_id, minor_age, opts.create_neighbourhoods)
    if kind is Kind.SESSIONS:
        return SessionsImport(s, programme_id, opts.create_neighbourhoods)
    return AttendanceImport(s, programme_id)


class _Run:
    """The state of one pass: counts, kept rows, the report and the callbacks."""

    def __init__(
        self,
        kind: Kind,
        detection: Detection,
        opts: ImportOptions,
        report: LeftOutReport | None,
        progress: ProgressFn | None,
        cancelled: CancelledFn | None,
    ) -> None:
        self.kind, self.detection, self.opts, self.report = kind, detection, opts, report
        self.progress, self.cancelled = progress, cancelled
        self.counts: dict[Outcome, int] = {}
        self.kept: list[RowResult] = []
        self.total = 0

    def _where(self, at: Progress) -> None:
        if self.progress is not None:
            self.progress(at.done, at.total)

    def go(self, s: Session, handler: _Handler, columns: ColumnMap) -> None:
        rows = iter_rows(self.detection, self._where)
        for rec in iter_records(self.detection, columns, rows):
            if self.cancelled is not None and self.cancelled():
                raise Cancelled(_("The import was cancelled; nothing was written"))
            result = handler.handle(s, rec, self.opts.decision(rec.row))
            self.total += 1
            self.counts[result.outcome] = self.counts.get(result.outcome, 0) + 1
            if len(self.kept) < MAX_ROWS_KEPT:
                self.kept.append(result)
            if self.report is not None and result.outcome in (Outcome.ERROR, Outcome.DUPLICATE):
                self.report.add(result, rec.cells)
            if self.total % FLUSH_EVERY == 0:
                s.flush()
                handler.after_flush()
                s.expunge_all()
        s.flush()
        handler.after_flush()
        if self.progress is not None:
            self.progress(self.detection.size, self.detection.size)

    def preview(
        self, columns: ColumnMap, programme_id: int, programme_name: str, handler: _Handler
    ) -> Preview:
        return Preview(
            kind=self.kind,
            detection=self.detection,
            header_row=columns.header_row,
            columns=columns.columns,
            rows=tuple(self.kept),
            counts=dict(self.counts),
            total_rows=self.total,
            new_neighbourhoods=tuple(handler.created_neighbourhoods),
            programme_id=programme_id,
            programme_name=programme_name,
        )


def _summary(
    result: Preview, *, written: bool, backup: Path | None, report_path: Path | None
) -> ImportSummary:
    left_out = result.count(Outcome.ERROR) + result.count(Outcome.DUPLICATE)
    return ImportSummary(
        preview=result,
        written=written,
        created=result.count(Outcome.NEW),
        updated=result.count(Outcome.UPDATE),
        skipped=result.count(Outcome.DUPLICATE),
        left_out=left_out,
        report_path=report_path,
        backup_path=backup,
    )
