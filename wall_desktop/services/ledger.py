"""The grant ledger: one place to import lines, moves, expenses, documents and summaries.

Lines and moves live in ``budget_lines.py``, expenses and their documents in
``expenses.py`` (the rules are written at the top of each); this module
adds the summaries the workbook, the indicators and the GUI read.
Every figure is a ``Decimal`` summed from integer grosze, so it is exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from wall_desktop.db.enums import FundingSource
from wall_desktop.db.models import Neighbourhood, Project
from wall_desktop.services.budget_lines import (
    BudgetLineInput,
    LineBalance,
    TransferRow,
    balances_in,
    create_budget_line,
    delete_budget_line,
    delete_transfer,
    line_balances,
    list_transfers,
    transfer,
    update_budget_line,
)
from wall_desktop.services.context import Context
from wall_desktop.services.expenses import (
    MAX_DOCUMENT_BYTES,
    DocumentRow,
    ExpenseInput,
    ExpenseRow,
    add_expense,
    attach_document,
    delete_expense,
    document_content,
    list_documents,
    list_expenses,
    remove_document,
    update_expense,
)
from wall_desktop.services.ledger_queries import ZERO


@dataclass(frozen=True)
class Totals:
    planned: Decimal = ZERO  # effective plan: moves between lines included
    spent: Decimal = ZERO

    @property
    def remaining(self) -> Decimal:
        return self.planned - self.spent

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.planned + other.planned, self.spent + other.spent)


@dataclass(frozen=True)
class InKindTotals:
    """Own contribution in kind: the value (hours × rate) and the hours behind it."""

    planned: Decimal = ZERO
    spent: Decimal = ZERO
    planned_hours: Decimal = ZERO
    spent_hours: Decimal = ZERO

    @property
    def remaining(self) -> Decimal:
        return self.planned - self.spent

    def add(self, line: LineBalance) -> InKindTotals:
        return InKindTotals(
            self.planned + line.effective_plan,
            self.spent + line.spent,
            self.planned_hours + (line.in_kind_hours or ZERO),
            self.spent_hours + (line.spent_hours or ZERO),
        )


@dataclass(frozen=True)
class BudgetTotals:
    """One budget (a project's, or the programme's own lines) by funding source."""

    project_id: int | None
    title: str | None
    neighbourhood_name: str | None
    grant_amount: Decimal | None  # a project's grant; None for the programme's own lines
    grant: Totals
    own_money: Totals
    in_kind: InKindTotals

    @property
    def own_contribution(self) -> Decimal:
        """Own money spent plus the value of volunteer work booked."""
        return self.own_money.spent + self.in_kind.spent


@dataclass(frozen=True)
class LedgerSummary:
    programme_id: int
    grant: Totals
    own_money: Totals
    in_kind: InKindTotals
    programme_lines: BudgetTotals  # lines not tied to a project
    projects: tuple[BudgetTotals, ...]  # every live project, by neighbourhood name
    grant_awarded_to_projects: Decimal

    def by_source(self, source: FundingSource) -> Totals:
        if source == FundingSource.GRANT:
            return self.grant
        if source == FundingSource.OWN_MONEY:
            return self.own_money
        return Totals(self.in_kind.planned, self.in_kind.spent)

    @property
    def own_contribution(self) -> Decimal:
        return self.own_money.spent + self.in_kind.spent


def _budget(
    project_id: int | None,
    title: str | None,
    neighbourhood: str | None,
    grant_amount: Decimal | None,
    lines: Sequence[LineBalance],
) -> BudgetTotals:
    grant, own, in_kind = Totals(), Totals(), InKindTotals()
    for line in lines:
        money = Totals(line.effective_plan, line.spent)
        if line.funding_source == FundingSource.GRANT:
            grant += money
        elif line.funding_source == FundingSource.OWN_MONEY:
            own += money
        else:
            in_kind = in_kind.add(line)
    return BudgetTotals(project_id, title, neighbourhood, grant_amount, grant, own, in_kind)


def ledger_summary(
    ctx: Context, programme_id: int, lines: Sequence[LineBalance] | None = None
) -> LedgerSummary:
    """Totals per funding source, per project and for the programme's own lines.

    ``lines``: the programme's line balances when the caller has read them already.
    """
    with ctx.db.read() as s:
        if lines is None:
            lines = balances_in(s, programme_id)
        projects = s.execute(
            select(Project.id, Project.title, Neighbourhood.name, Project.grant_amount)
            .join(Neighbourhood, Neighbourhood.id == Project.neighbourhood_id)
            .where(Neighbourhood.programme_id == programme_id)
            .order_by(Neighbourhood.name, Project.title, Project.id)
        ).all()
    by_project: dict[int | None, list[LineBalance]] = {}
    for line in lines:
        by_project.setdefault(line.project_id, []).append(line)
    budgets = tuple(
        _budget(pid, title, n_name, grant, by_project.get(pid, []))
        for pid, title, n_name, grant in projects
    )
    everything = _budget(None, None, None, None, lines)
    return LedgerSummary(
        programme_id,
        everything.grant,
        everything.own_money,
        everything.in_kind,
        _budget(None, None, None, None, by_project.get(None, [])),
        budgets,
        sum((b.grant_amount or ZERO for b in budgets), ZERO),
    )


__all__ = [
    "MAX_DOCUMENT_BYTES",
    "BudgetLineInput",
    "BudgetTotals",
    "DocumentRow",
    "ExpenseInput",
    "ExpenseRow",
    "InKindTotals",
    "LedgerSummary",
    "LineBalance",
    "Totals",
    "TransferRow",
    "add_expense",
    "attach_document",
    "create_budget_line",
    "delete_budget_line",
    "delete_expense",
    "delete_transfer",
    "document_content",
    "ledger_summary",
    "line_balances",
    "list_documents",
    "list_expenses",
    "list_transfers",
    "remove_document",
    "transfer",
    "update_budget_line",
    "update_expense",
]
