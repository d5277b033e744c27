"""What a database holds: its identity, schema revision and row counts per table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, func, select

from wall_desktop.db.base import Base, Tracked
from wall_desktop.db.migrate import current_revision
from wall_desktop.db.models import DatabaseInfo
from wall_desktop.services.context import Context


@dataclass(frozen=True)
class DatabaseSummary:
    url: str
    database_uuid: str
    schema_revision: str | None
    change_seq: int
    is_demo: bool
    counts: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DatabaseState:
    """The one-row facts a caller often needs alone: cheap, no table is counted."""

    is_demo: bool
    change_seq: int


def database_state(ctx: Context) -> DatabaseState:
    """Whether the file is the demo and its change counter: one row of ``database_info``.

    ``summarise`` counts every table (a million attendance rows on a large
    file); use this where only these two facts are wanted (start-up, backups).
    """
    info = DatabaseInfo.__table__.c  # Core: start-up runs this before any ORM query
    with ctx.db.read_core() as conn:
        row = conn.execute(select(info.is_demo, info.change_seq)).one()
    return DatabaseState(is_demo=bool(row.is_demo), change_seq=int(row.change_seq))


def summarise(ctx: Context) -> DatabaseSummary:
    """Counts of live rows in every table, and of soft-deleted ones where there are any."""
    counts: dict[str, int] = {}
    deleted: dict[str, int] = {}
    with ctx.db.read() as s:
        meta = s.execute(select(DatabaseInfo)).scalar_one()
        mapped = [(cast(Table, m.local_table), m.class_) for m in Base.registry.mappers]
        for table, cls in sorted(mapped, key=lambda pair: pair[0].name):
            if issubclass(cls, Tracked):
                live = s.scalar(
                    select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))
                )
                gone = s.scalar(
                    select(func.count()).select_from(table).where(table.c.deleted_at.isnot(None))
                )
                counts[table.name] = int(live or 0)
                if gone:
                    deleted[table.name] = int(gone)
            else:
                counts[table.name] = int(s.scalar(select(func.count()).select_from(table)) or 0)
        revision = current_revision(s.connection())
    return DatabaseSummary(
        url=ctx.db.url.render_as_string(hide_password=True),
        database_uuid=str(meta.database_uuid),
        schema_revision=revision,
        change_seq=meta.change_seq,
        is_demo=meta.is_demo,
        counts=counts,
        deleted=deleted,
    )


@dataclass(frozen=True)
class ProgrammeCounts:
    """What one programme edition holds (the table counts above cover every edition)."""

    id: int
    name: str
    neighbourhoods: int
    people: int
    projects: int
    sessions: int
    attendance_marks: int
    expenses: int


def programme_counts(ctx: Context, programme_id: int) -> ProgrammeCounts:
    from wall_desktop.db.models import (
        Attendance,
        BudgetLine,
        Enrolment,
        Expense,
        Neighbourhood,
        Programme,
        Project,
        TrainingSession,
    )

    with ctx.db.read() as s:
        programme = s.get_one(Programme, programme_id)
        estates = select(Neighbourhood.id).where(Neighbourhood.programme_id == programme_id)
        sessions = select(TrainingSession.id).where(TrainingSession.neighbourhood_id.in_(estates))

        def count(query: Any) -> int:
            return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)

        return ProgrammeCounts(
            id=programme.id,
            name=programme.name,
            neighbourhoods=count(estates),
            people=count(
                select(Enrolment.person_id).where(Enrolment.programme_id == programme_id).distinct()
            ),
            projects=count(select(Project.id).where(Project.neighbourhood_id.in_(estates))),
            sessions=count(sessions),
            attendance_marks=count(
                select(Attendance.id).where(Attendance.session_id.in_(sessions))
            ),
            expenses=count(
                select(Expense.id)
                .join(BudgetLine, BudgetLine.id == Expense.budget_line_id)
                .where(BudgetLine.programme_id == programme_id)
            ),
        )
