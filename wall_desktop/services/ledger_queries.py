"""Grouped SQL shared by the project and ledger services (inside an open session).

Each function runs one grouped query; callers turn the results into rows.
Soft-deleted rows are skipped by the session's loader criteria.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import FundingSource, ProjectStatus
from wall_desktop.db.models import (
    BudgetLine,
    BudgetTransfer,
    Expense,
    Neighbourhood,
    Project,
    ProjectLockEvent,
)

ZERO = Decimal("0.00")
LOCK = "lock"
UNLOCK = "unlock"


@dataclass(frozen=True)
class LineFigures:
    """A line's plan and money so far; the effective plan counts moves between lines."""

    planned: Decimal
    transfers_in: Decimal
    transfers_out: Decimal
    spent: Decimal
    expense_count: int

    @property
    def effective_plan(self) -> Decimal:
        return self.planned + self.transfers_in - self.transfers_out

    @property
    def remaining(self) -> Decimal:
        return self.effective_plan - self.spent


# Up to this many lines asked for, the sums are taken over their own expenses only
# (the budget_line index); beyond it over every expense, and no IN list grows unbounded.
FEW_LINES = 1000


def line_figures(session: Session, line_ids: Iterable[int] | None = None) -> dict[int, LineFigures]:
    """Figures of the given live lines (all lines when ``line_ids`` is None), in one query."""
    ids = None if line_ids is None else list(line_ids)
    spent_q = select(
        Expense.budget_line_id.label("line_id"),
        func.sum(Expense.amount).label("spent"),
        func.count(Expense.id).label("n"),
    ).group_by(Expense.budget_line_id)
    in_q = select(
        BudgetTransfer.to_line_id.label("line_id"), func.sum(BudgetTransfer.amount).label("s")
    ).group_by(BudgetTransfer.to_line_id)
    out_q = select(
        BudgetTransfer.from_line_id.label("line_id"), func.sum(BudgetTransfer.amount).label("s")
    ).group_by(BudgetTransfer.from_line_id)
    if ids is not None and len(ids) <= FEW_LINES:
        # without this a single project's figures summed all 100,000 expenses of the file
        spent_q = spent_q.where(Expense.budget_line_id.in_(ids))
        in_q = in_q.where(BudgetTransfer.to_line_id.in_(ids))
        out_q = out_q.where(BudgetTransfer.from_line_id.in_(ids))
    spent, t_in, t_out = spent_q.subquery(), in_q.subquery(), out_q.subquery()
    query = (
        select(BudgetLine.id, BudgetLine.planned, t_in.c.s, t_out.c.s, spent.c.spent, spent.c.n)
        .outerjoin(spent, spent.c.line_id == BudgetLine.id)
        .outerjoin(t_in, t_in.c.line_id == BudgetLine.id)
        .outerjoin(t_out, t_out.c.line_id == BudgetLine.id)
    )
    if ids is not None:
        query = query.where(BudgetLine.id.in_(ids))
    return {
        line_id: LineFigures(
            planned, t_in_sum or ZERO, t_out_sum or ZERO, spent_sum or ZERO, n or 0
        )
        for line_id, planned, t_in_sum, t_out_sum, spent_sum, n in session.execute(query)
    }


def grant_plan_of_project(session: Session, project_id: int) -> Decimal:
    """The effective plan of a project's grant-funded lines together."""
    ids = session.scalars(
        select(BudgetLine.id).where(
            BudgetLine.project_id == project_id,
            BudgetLine.funding_source == FundingSource.GRANT,
        )
    ).all()
    return sum((f.effective_plan for f in line_figures(session, ids).values()), ZERO)


def grant_spent_by_project(session: Session, programme_id: int) -> dict[int, Decimal]:
    """Money spent on each project's grant lines."""
    query = (
        select(BudgetLine.project_id, func.sum(Expense.amount))
        .join(Expense, Expense.budget_line_id == BudgetLine.id)
        .where(
            BudgetLine.programme_id == programme_id,
            BudgetLine.project_id.is_not(None),
            BudgetLine.funding_source == FundingSource.GRANT,
        )
        .group_by(BudgetLine.project_id)
    )
    return {pid: total or ZERO for pid, total in session.execute(query) if pid is not None}


def locked_project_ids(session: Session, project_ids: Iterable[int] | None = None) -> set[int]:
    """Settled projects whose latest lock event (if any) is not an unlock."""
    latest = (
        select(
            ProjectLockEvent.project_id.label("project_id"),
            func.max(ProjectLockEvent.id).label("last_id"),
        )
        .group_by(ProjectLockEvent.project_id)
        .subquery()
    )
    query = (
        select(Project.id, ProjectLockEvent.action)
        .outerjoin(latest, latest.c.project_id == Project.id)
        .outerjoin(ProjectLockEvent, ProjectLockEvent.id == latest.c.last_id)
        .where(Project.status == ProjectStatus.SETTLED)
    )
    if project_ids is not None:
        query = query.where(Project.id.in_(list(project_ids)))
    return {pid for pid, action in session.execute(query) if action != UNLOCK}


def project_programme_id(session: Session, project_id: int) -> int | None:
    return session.scalar(
        select(Neighbourhood.programme_id)
        .join(Project, Project.neighbourhood_id == Neighbourhood.id)
        .where(Project.id == project_id)
    )
