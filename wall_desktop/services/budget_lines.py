"""Budget lines of the programme and of each project, and moves of money between them.

Rules (each refused change raises a typed error and writes nothing):

- A project's grant-funded lines together may not plan more than its grant.
- A line's ``planned`` column keeps the original plan; moves are recorded as
  ``BudgetTransfer`` rows and the effective plan is
  planned + moves in − moves out.
- A move stays inside one budget: both lines belong to the same project (or
  both to the programme itself) and have the same funding source.  Moving
  grant money to another project would change that project's grant (edit the
  grant instead); moving between funding sources would turn own contribution
  into grant or back.  In-kind lines are valued hours, not money, and are not
  moved.  Because moves stay inside one project and source, they can never
  push a project's grant lines over its grant.
- A move may not leave the source line's effective plan below what is
  already spent on it.
- Own contribution in money is tracked like the grant but never refused for
  being over plan (``LineBalance.over_plan`` flags it); in kind, the plan is
  volunteer hours × an hourly rate.
- A locked (settled) project's lines and moves do not change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import FundingSource
from wall_desktop.db.models import BudgetLine, BudgetTransfer, Programme, Project
from wall_desktop.i18n import _
from wall_desktop.services import validation as v
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.formatting import format_date, format_money
from wall_desktop.services.ledger_queries import (
    ZERO,
    grant_plan_of_project,
    line_figures,
    locked_project_ids,
    project_programme_id,
)
from wall_desktop.services.project_locks import refuse_if_locked

GROSZ = Decimal("0.01")


@dataclass(frozen=True)
class BudgetLineInput:
    programme_id: int
    project_id: int | None
    category: str
    description: str | None
    funding_source: FundingSource
    planned: Decimal
    in_kind_hours: Decimal | None = None
    in_kind_rate: Decimal | None = None


@dataclass(frozen=True)
class LineBalance:
    id: int
    programme_id: int
    project_id: int | None
    project_title: str | None
    category: str
    description: str | None
    funding_source: FundingSource
    planned: Decimal
    transfers_in: Decimal
    transfers_out: Decimal
    effective_plan: Decimal
    spent: Decimal
    remaining: Decimal
    over_plan: bool
    in_kind_hours: Decimal | None
    in_kind_rate: Decimal | None
    spent_hours: Decimal | None  # in-kind lines: the valued hours booked so far
    expense_count: int
    locked: bool


@dataclass(frozen=True)
class TransferRow:
    id: int
    from_line_id: int
    from_category: str
    to_line_id: int
    to_category: str
    amount: Decimal
    date: dt.date
    reason: str


def in_kind_value(hours: Decimal, rate: Decimal) -> Decimal:
    """Hours × rate in whole grosze (a plan is a valuation, so it is rounded)."""
    return (hours * rate).quantize(GROSZ, rounding=ROUND_HALF_UP)


def hours_of(value: Decimal, rate: Decimal | None) -> Decimal | None:
    if not rate:
        return None
    return (value / rate).quantize(GROSZ, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- balances


def balances_in(
    session: Session,
    programme_id: int,
    project_id: int | None = None,
    line_ids: list[int] | None = None,
) -> list[LineBalance]:
    """Line balances of a programme (or of one project, or of given lines)."""
    query = (
        select(BudgetLine, Project.title)
        .outerjoin(Project, Project.id == BudgetLine.project_id)
        .where(BudgetLine.programme_id == programme_id)
        .order_by(BudgetLine.project_id.is_not(None), Project.title, BudgetLine.funding_source)
        .order_by(BudgetLine.category, BudgetLine.id)
    )
    if project_id is not None:
        query = query.where(BudgetLine.project_id == project_id)
    if line_ids is not None:
        query = query.where(BudgetLine.id.in_(line_ids))
    found = session.execute(query).all()
    figures = line_figures(session, [line.id for line, _title in found])
    locked = locked_project_ids(session, {line.project_id for line, _t in found if line.project_id})
    rows = []
    for line, title in found:
        f = figures[line.id]
        in_kind = line.funding_source == FundingSource.OWN_IN_KIND
        rows.append(
            LineBalance(
                line.id,
                line.programme_id,
                line.project_id,
                title,
                line.category,
                line.description,
                line.funding_source,
                f.planned,
                f.transfers_in,
                f.transfers_out,
                f.effective_plan,
                f.spent,
                f.remaining,
                f.spent > f.effective_plan,
                line.in_kind_hours,
                line.in_kind_rate,
                hours_of(f.spent, line.in_kind_rate) if in_kind else None,
                f.expense_count,
                line.project_id in locked,
            )
        )
    return rows


def line_balances(
    ctx: Context, programme_id: int, project_id: int | None = None
) -> list[LineBalance]:
    """Planned, moves in and out, effective plan, spent and remaining of each line."""
    with ctx.db.read() as s:
        return balances_in(s, programme_id, project_id)


def _balance(session: Session, line: BudgetLine) -> LineBalance:
    return balances_in(session, line.programme_id, line_ids=[line.id])[0]


# ---------------------------------------------------------------- checks


def live_line(session: Session, line_id: int) -> BudgetLine:
    row = session.get(BudgetLine, line_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("The budget line no longer exists"))
    return row


def refuse_grant_over_project_grant(session: Session, project_id: int | None) -> None:
    """Call after a flush: the project's grant lines must fit in its grant."""
    if project_id is None:
        return
    grant = session.scalar(select(Project.grant_amount).where(Project.id == project_id))
    assert grant is not None
    planned = grant_plan_of_project(session, project_id)
    if planned > grant:
        raise RuleViolation(
            _(
                "The project's grant-funded lines would plan {excess} more than its grant "
                "of {grant}"
            ).format(excess=format_money(planned - grant), grant=format_money(grant))
        )


def programme_dates(session: Session, programme_id: int) -> tuple[dt.date, dt.date]:
    dates = session.execute(
        select(Programme.start_date, Programme.end_date).where(Programme.id == programme_id)
    ).one_or_none()
    if dates is None:
        raise NotFound(_("The programme no longer exists"))
    return dates[0], dates[1]


def date_in_programme(value: dt.date | None, start: dt.date, end: dt.date) -> str | None:
    if value is not None and not start <= value <= end:
        return _("The date must fall within the programme ({start} – {end})").format(
            start=format_date(start), end=format_date(end)
        )
    return None


def _checked_plan(session: Session, data: BudgetLineInput) -> Decimal:
    """Validate a line's form; returns the plan to store (hours × rate in kind)."""
    check = v.Checker()
    check.add("category", v.required(data.category, _("Category")))
    check.add("category", v.max_length(data.category, 100, _("Category")))
    check.add("planned", v.required(data.planned, _("Planned amount")))
    check.add("planned", v.decimal_places(data.planned, _("Planned amount")))
    check.add("planned", v.non_negative(data.planned, _("Planned amount")))
    programme_dates(session, data.programme_id)
    if data.project_id is not None and (
        project_programme_id(session, data.project_id) != data.programme_id
    ):
        check.add("project_id", _("The project is not part of this programme"))
    plan = data.planned
    if data.funding_source == FundingSource.OWN_IN_KIND:
        check.add("in_kind_hours", v.required(data.in_kind_hours, _("Volunteer hours")))
        check.add("in_kind_hours", v.decimal_places(data.in_kind_hours, _("Volunteer hours")))
        check.add("in_kind_hours", v.non_negative(data.in_kind_hours, _("Volunteer hours")))
        check.add("in_kind_rate", v.required(data.in_kind_rate, _("Hourly rate")))
        check.add("in_kind_rate", v.decimal_places(data.in_kind_rate, _("Hourly rate")))
        if data.in_kind_rate is not None and data.in_kind_rate <= 0:
            check.add("in_kind_rate", _("The hourly rate must be more than zero"))
        check.raise_if_any()
        assert data.in_kind_hours is not None and data.in_kind_rate is not None
        plan = in_kind_value(data.in_kind_hours, data.in_kind_rate)
        if data.planned not in (None, ZERO) and data.planned != plan:
            raise ValidationError(
                {
                    "planned": _("In kind, the plan is hours × rate = {value}").format(
                        value=format_money(plan)
                    )
                }
            )
    elif data.in_kind_hours is not None or data.in_kind_rate is not None:
        check.add("in_kind_hours", _("Hours and a rate belong to in-kind contribution only"))
    check.raise_if_any()
    return plan


def _apply(row: BudgetLine, data: BudgetLineInput, plan: Decimal) -> None:
    row.programme_id = data.programme_id
    row.project_id = data.project_id
    row.category = data.category.strip()
    row.description = data.description.strip() if data.description else None
    row.funding_source = data.funding_source
    row.planned = plan
    in_kind = data.funding_source == FundingSource.OWN_IN_KIND
    row.in_kind_hours = data.in_kind_hours if in_kind else None
    row.in_kind_rate = data.in_kind_rate if in_kind else None


# ---------------------------------------------------------------- lines


def create_budget_line(ctx: Context, data: BudgetLineInput) -> LineBalance:
    with ctx.db.write(ctx.operator) as s:
        plan = _checked_plan(s, data)
        refuse_if_locked(s, data.project_id)
        row = BudgetLine()
        _apply(row, data, plan)
        s.add(row)
        s.flush()
        refuse_grant_over_project_grant(s, row.project_id)
        return _balance(s, row)


def update_budget_line(ctx: Context, line_id: int, data: BudgetLineInput) -> LineBalance:
    """A line with expenses or moves keeps its project and funding source."""
    with ctx.db.write(ctx.operator) as s:
        row = live_line(s, line_id)
        plan = _checked_plan(s, data)
        refuse_if_locked(s, row.project_id)
        refuse_if_locked(s, data.project_id)
        before = line_figures(s, [row.id])[row.id]
        moved = (row.programme_id, row.project_id, row.funding_source) != (
            data.programme_id,
            data.project_id,
            data.funding_source,
        )
        if moved and (before.expense_count or before.transfers_in or before.transfers_out):
            raise RuleViolation(
                _(
                    "The line has expenses or moves between lines; its programme, project "
                    "and funding source cannot change"
                )
            )
        old_project = row.project_id
        _apply(row, data, plan)
        s.flush()
        after = line_figures(s, [row.id])[row.id]
        if data.funding_source == FundingSource.GRANT and after.spent > after.effective_plan:
            raise RuleViolation(
                _("The plan cannot be lower than what is already spent ({spent})").format(
                    spent=format_money(after.spent)
                )
            )
        refuse_grant_over_project_grant(s, row.project_id)
        if old_project != row.project_id:
            refuse_grant_over_project_grant(s, old_project)
        return _balance(s, row)


def delete_budget_line(ctx: Context, line_id: int) -> None:
    """Refused while the line has expenses or moves (they would lose their line)."""
    with ctx.db.write(ctx.operator) as s:
        row = live_line(s, line_id)
        refuse_if_locked(s, row.project_id)
        figures = line_figures(s, [row.id])[row.id]
        if figures.expense_count:
            raise RuleViolation(_("The line has expenses; delete or move them first"))
        if figures.transfers_in or figures.transfers_out:
            raise RuleViolation(_("Money was moved to or from this line; undo the moves first"))
        row.deleted_at = utcnow()


# ---------------------------------------------------------------- moves


def _transfer_row(session: Session, t: BudgetTransfer) -> TransferRow:
    categories = dict(
        session.execute(
            select(BudgetLine.id, BudgetLine.category)
            .where(BudgetLine.id.in_([t.from_line_id, t.to_line_id]))
            .execution_options(include_deleted=True)
        ).all()
    )
    return TransferRow(
        t.id,
        t.from_line_id,
        categories[t.from_line_id],
        t.to_line_id,
        categories[t.to_line_id],
        t.amount,
        t.date,
        t.reason,
    )


def transfer(
    ctx: Context, from_line_id: int, to_line_id: int, amount: Decimal, reason: str, on: dt.date
) -> TransferRow:
    """Move ``amount`` of plan from one line to another of the same budget (see module doc)."""
    check = v.Checker()
    check.add("amount", v.required(amount, _("Amount")))
    check.add("amount", v.decimal_places(amount, _("Amount")))
    if amount is not None and amount <= 0:
        check.add("amount", _("The amount to move must be more than zero"))
    check.add("reason", v.required(reason, _("Reason")))
    check.add("date", v.required(on, _("Date")))
    if from_line_id == to_line_id:
        check.add("to_line_id", _("Choose two different lines"))
    check.raise_if_any()
    with ctx.db.write(ctx.operator) as s:
        source = live_line(s, from_line_id)
        target = live_line(s, to_line_id)
        start, end = programme_dates(s, source.programme_id)
        check.add("date", date_in_programme(on, start, end))
        check.raise_if_any()
        if (source.programme_id, source.project_id) != (target.programme_id, target.project_id):
            raise RuleViolation(_("Money moves only between lines of the same budget"))
        if source.funding_source != target.funding_source:
            raise RuleViolation(_("Money moves only between lines of the same funding source"))
        if source.funding_source == FundingSource.OWN_IN_KIND:
            raise RuleViolation(_("In-kind contribution is valued work; it is not moved"))
        refuse_if_locked(s, source.project_id)
        figures = line_figures(s, [source.id])[source.id]
        if figures.effective_plan - amount < figures.spent:
            raise RuleViolation(
                _(
                    "Only {available} can be moved from “{category}”: {spent} of it is "
                    "already spent"
                ).format(
                    available=format_money(max(figures.remaining, ZERO)),
                    category=source.category,
                    spent=format_money(figures.spent),
                )
            )
        row = BudgetTransfer(
            from_line_id=source.id,
            to_line_id=target.id,
            amount=amount,
            date=on,
            reason=reason.strip(),
        )
        s.add(row)
        s.flush()
        return _transfer_row(s, row)


def list_transfers(
    ctx: Context, programme_id: int, project_id: int | None = None
) -> list[TransferRow]:
    source = aliased(BudgetLine)
    target = aliased(BudgetLine)
    query = (
        select(BudgetTransfer, source.category, target.category)
        .join(source, source.id == BudgetTransfer.from_line_id)
        .join(target, target.id == BudgetTransfer.to_line_id)
        .where(source.programme_id == programme_id)
        .order_by(BudgetTransfer.date, BudgetTransfer.id)
    )
    if project_id is not None:
        query = query.where(source.project_id == project_id)
    with ctx.db.read() as s:
        return [
            TransferRow(
                t.id, t.from_line_id, from_cat, t.to_line_id, to_cat, t.amount, t.date, t.reason
            )
            for t, from_cat, to_cat in s.execute(query)
        ]


def delete_transfer(ctx: Context, transfer_id: int) -> None:
    """Undo a move; refused if the receiving line already spent the money moved in."""
    with ctx.db.write(ctx.operator) as s:
        row = s.get(BudgetTransfer, transfer_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(_("The move no longer exists"))
        target = live_line(s, row.to_line_id)
        refuse_if_locked(s, target.project_id)
        row.deleted_at = utcnow()
        s.flush()
        figures = line_figures(s, [target.id])[target.id]
        if target.funding_source == FundingSource.GRANT and figures.spent > figures.effective_plan:
            raise RuleViolation(
                _("Undoing the move would leave “{category}” {excess} over its plan").format(
                    category=target.category,
                    excess=format_money(figures.spent - figures.effective_plan),
                )
            )


__all__ = [
    "BudgetLineInput",
    "LineBalance",
    "TransferRow",
    "balances_in",
    "create_budget_line",
    "delete_budget_line",
    "delete_transfer",
    "line_balances",
    "list_transfers",
    "transfer",
    "update_budget_line",
]
