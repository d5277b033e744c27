"""What the Budgets tab shows: the columns of lines and expenses, the totals, the lock banner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from wall_desktop.gui import budget_labels
from wall_desktop.gui.table_model import RIGHT, Column
from wall_desktop.services.formatting import format_date, format_hours, format_money
from wall_desktop.services.ledger import (
    BudgetTotals,
    ExpenseRow,
    LineBalance,
    TransferRow,
)
from wall_desktop.services.projects import LockEventRow, ProjectRow

PROGRAMME = -1  # the budget selector's key for the programme's own lines


@dataclass(frozen=True)
class BudgetData:
    """One budget as read by the worker: its lines, expenses, moves, totals and lock state."""

    key: int
    projects: list[ProjectRow]
    lines: list[LineBalance]
    expenses: list[ExpenseRow]
    transfers: list[TransferRow]
    totals: BudgetTotals | None
    history: list[LockEventRow] = field(default_factory=list)

    @property
    def project(self) -> ProjectRow | None:
        return next((p for p in self.projects if p.id == self.key), None)

    @property
    def locked(self) -> bool:
        return self.project is not None and self.project.locked


def _money(value: Decimal) -> str:
    return format_money(value)


def _moves(transfers: Sequence[TransferRow], line_id: int) -> str | None:
    found = [
        f"{format_date(t.date)}: {t.from_category} → {t.to_category}, {format_money(t.amount)}"
        f" ({t.reason})"
        for t in transfers
        if line_id in (t.from_line_id, t.to_line_id)
    ]
    return "\n".join(found) or None


def _moves_column(
    title: str, amount: Callable[[LineBalance], Decimal], transfers: list[TransferRow]
) -> Column[LineBalance]:
    """Money moved into or out of a line; the tooltip lists the line's moves."""
    return Column(
        title,
        lambda r: _money(amount(r)) if amount(r) else "",
        amount,
        RIGHT,
        tooltip=lambda r: _moves(transfers, r.id),
    )


def line_columns(transfers: list[TransferRow]) -> list[Column[LineBalance]]:
    """``transfers`` is read when a tooltip is shown, so the tab refills it in place."""
    return [
        Column(
            QCoreApplication.translate("BudgetsTab", "Funding source"),
            lambda r: budget_labels.funding_source(r.funding_source),
            lambda r: (budget_labels.FUNDING_ORDER.get(str(r.funding_source), 9), r.category),
        ),
        Column(QCoreApplication.translate("BudgetsTab", "Category"), lambda r: r.category),
        Column(
            QCoreApplication.translate("BudgetsTab", "Description"),
            lambda r: r.description or "",
            tooltip=lambda r: r.description,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Planned"),
            lambda r: _money(r.planned),
            lambda r: r.planned,
            RIGHT,
        ),
        _moves_column(
            QCoreApplication.translate("BudgetsTab", "Moves in"),
            lambda r: r.transfers_in,
            transfers,
        ),
        _moves_column(
            QCoreApplication.translate("BudgetsTab", "Moves out"),
            lambda r: r.transfers_out,
            transfers,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Plan after moves"),
            lambda r: _money(r.effective_plan),
            lambda r: r.effective_plan,
            RIGHT,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Spent"),
            lambda r: _money(r.spent),
            lambda r: r.spent,
            RIGHT,
            warn=lambda r: r.over_plan,
            tooltip=lambda r: format_hours(r.spent_hours) if r.spent_hours is not None else None,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Remaining"),
            lambda r: _money(r.remaining),
            lambda r: r.remaining,
            RIGHT,
            warn=lambda r: r.over_plan,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Expenses"),
            lambda r: str(r.expense_count),
            lambda r: r.expense_count,
            RIGHT,
        ),
    ]


def expense_columns() -> list[Column[ExpenseRow]]:
    return [
        Column(
            QCoreApplication.translate("BudgetsTab", "Date"),
            lambda r: format_date(r.date),
            lambda r: (r.date, r.id),
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Document"),
            lambda r: r.document_number,
            tooltip=lambda r: r.description,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Kind"),
            lambda r: budget_labels.document_kind(r.document_kind),
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Vendor"),
            lambda r: r.vendor or "",
            tooltip=lambda r: r.description,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Amount"),
            lambda r: _money(r.amount),
            lambda r: r.amount,
            RIGHT,
            warn=lambda r: r.line_over_plan,
            tooltip=lambda r: format_hours(r.hours) if r.hours is not None else None,
        ),
        Column(QCoreApplication.translate("BudgetsTab", "Line"), lambda r: r.line_category),
        Column(
            QCoreApplication.translate("BudgetsTab", "Paid on"),
            lambda r: format_date(r.payment_date),
            lambda r: (r.payment_date is not None, r.payment_date),
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Payment"),
            lambda r: budget_labels.payment_method(r.payment_method),
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Handled by"),
            lambda r: r.handled_by_name or "",
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Scans"),
            lambda r: str(r.document_count) if r.document_count else "",
            lambda r: r.document_count,
            RIGHT,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Description"),
            lambda r: (r.description or "").replace("\n", " "),
            tooltip=lambda r: r.description,
        ),
    ]


@dataclass(frozen=True)
class SourceTotal:
    """One funding source of the selected budget: planned (after moves), spent, remaining."""

    source: str
    planned: Decimal
    spent: Decimal
    hours: str | None = None  # in kind: hours booked / planned
    grant_amount: Decimal | None = None  # the project's grant, on the grant row

    @property
    def remaining(self) -> Decimal:
        return self.planned - self.spent


def source_totals(totals: BudgetTotals | None) -> list[SourceTotal]:
    if totals is None:
        return []
    k = totals.in_kind
    return [
        SourceTotal("grant", totals.grant.planned, totals.grant.spent, None, totals.grant_amount),
        SourceTotal("own_money", totals.own_money.planned, totals.own_money.spent),
        SourceTotal(
            "own_in_kind",
            k.planned,
            k.spent,
            f"{format_hours(k.spent_hours)} / {format_hours(k.planned_hours)}",
        ),
    ]


def _grant_tip(t: SourceTotal) -> str | None:
    if t.grant_amount is None:
        return t.hours
    return QCoreApplication.translate("BudgetsTab", "Project grant: {grant}").replace(
        "{grant}", _money(t.grant_amount)
    )


def totals_columns() -> list[Column[SourceTotal]]:
    return [
        Column(
            QCoreApplication.translate("BudgetsTab", "Total by funding source"),
            lambda t: budget_labels.funding_source(t.source),
            lambda t: budget_labels.FUNDING_ORDER.get(t.source, 9),
            tooltip=_grant_tip,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Plan after moves"),
            lambda t: _money(t.planned),
            lambda t: t.planned,
            RIGHT,
            tooltip=_grant_tip,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Spent"),
            lambda t: _money(t.spent),
            lambda t: t.spent,
            RIGHT,
            tooltip=lambda t: t.hours,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Remaining"),
            lambda t: _money(t.remaining),
            lambda t: t.remaining,
            RIGHT,
            warn=lambda t: t.remaining < 0,
        ),
        Column(
            QCoreApplication.translate("BudgetsTab", "Volunteer hours"),
            lambda t: t.hours or "",
            lambda t: t.hours or "",
            RIGHT,
        ),
    ]


def banner_text(data: BudgetData) -> str:
    project = data.project
    if project is None or not project.locked:
        return ""
    text = QCoreApplication.translate(
        "BudgetsTab",
        "“{title}” is settled and locked: its budget lines, expenses and scans are read-only.",
    ).replace("{title}", project.title)
    last = next((e for e in reversed(data.history) if e.action == "lock"), None)
    if last is not None:
        text += " " + QCoreApplication.translate(
            "BudgetsTab", "Locked on {date}: {reason}"
        ).replace("{date}", format_date(last.at.date())).replace("{reason}", last.reason)
    return text
