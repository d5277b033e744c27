"""Checking a database: SQLite's integrity and foreign-key checks and the schema revision."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from wall_desktop.db.migrate import current_revision
from wall_desktop.db.migrations import HEAD
from wall_desktop.i18n import _
from wall_desktop.services.context import Context


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: list[str] = field(default_factory=list)


def check_database(ctx: Context) -> CheckResult:
    problems: list[str] = []
    with ctx.db.read() as s:
        conn = s.connection()
        revision = current_revision(conn)
        if revision != HEAD:
            problems.append(
                _("Schema revision is {found}, expected {expected}").format(
                    found=revision, expected=HEAD
                )
            )
        if ctx.db.dialect == "sqlite":
            for (line,) in conn.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    problems.append(_("Integrity check: {detail}").format(detail=line))
            for row in conn.execute(text("PRAGMA foreign_key_check")):
                problems.append(
                    _("Broken reference in table {table}, row {row}").format(
                        table=row[0], row=row[1]
                    )
                )
    return CheckResult(ok=not problems, problems=problems)
