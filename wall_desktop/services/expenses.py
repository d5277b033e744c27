"""Expenses booked on budget lines, their corrections, and the scans of their documents.

Rules (each refused change raises a typed error and writes nothing):

- A document number and a date within the programme are required; amounts
  have at most two decimals and are not zero.
- An expense that would take a grant line over its effective plan is
  refused with the excess in the message.  Own contribution (money or in
  kind) is never refused for that; the row's ``line_over_plan`` flags it.
- A correction has a negative amount, points at a (positive) expense on the
  same line, and all corrections of one expense together never exceed it.
  A positive amount corrects nothing.  An expense with corrections keeps its
  line, cannot shrink below them and cannot be deleted before them.
- On an in-kind line the expense records volunteer hours; its amount is
  hours × the line's rate and must come to whole grosze.
- Nothing on a locked (settled) project changes, documents included.
- Scans are kept in the database (backups carry them), 1 byte to 20 MB.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import DocumentKind, FundingSource, PaymentMethod
from wall_desktop.db.models import BudgetLine, Expense, ExpenseDocument, Person, Project
from wall_desktop.i18n import _
from wall_desktop.services import validation as v
from wall_desktop.services.budget_lines import (
    date_in_programme,
    hours_of,
    live_line,
    programme_dates,
)
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.formatting import format_hours, format_money
from wall_desktop.services.ledger_queries import ZERO, line_figures, locked_project_ids
from wall_desktop.services.project_locks import refuse_if_locked
from wall_desktop.services.undelete import deleted_with, load_even_deleted

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ExpenseInput:
    budget_line_id: int
    date: dt.date
    document_number: str
    document_kind: DocumentKind
    vendor: str | None
    description: str | None
    amount: Decimal
    corrects_id: int | None = None
    payment_date: dt.date | None = None
    payment_method: PaymentMethod | None = None
    handled_by_id: int | None = None
    hours: Decimal | None = None  # in-kind lines only: the volunteer hours valued


@dataclass(frozen=True)
class ExpenseRow:
    id: int
    budget_line_id: int
    line_category: str
    funding_source: FundingSource
    project_id: int | None
    project_title: str | None
    date: dt.date
    document_number: str
    document_kind: DocumentKind
    vendor: str | None
    description: str | None
    amount: Decimal
    hours: Decimal | None
    corrects_id: int | None
    payment_date: dt.date | None
    payment_method: PaymentMethod | None
    handled_by_id: int | None
    handled_by_name: str | None
    document_count: int
    locked: bool
    line_over_plan: bool


@dataclass(frozen=True)
class DocumentRow:
    id: int
    expense_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime


# ---------------------------------------------------------------- reading


def _rows(
    session: Session,
    programme_id: int,
    project_id: int | None = None,
    line_id: int | None = None,
    expense_id: int | None = None,
) -> list[ExpenseRow]:
    docs = (
        select(ExpenseDocument.expense_id.label("eid"), func.count(ExpenseDocument.id).label("n"))
        .group_by(ExpenseDocument.expense_id)
        .subquery()
    )
    # Columns, not entities: no identity map or instance state for each expense and line
    # (the ORM's loading was 40 % of reading a programme's expenses for the workbook).
    query = (
        select(
            Expense.id,
            Expense.date,
            Expense.document_number,
            Expense.document_kind,
            Expense.vendor,
            Expense.description,
            Expense.amount,
            Expense.corrects_id,
            Expense.payment_date,
            Expense.payment_method,
            Expense.handled_by_id,
            BudgetLine.id.label("line_id"),
            BudgetLine.category,
            BudgetLine.funding_source,
            BudgetLine.project_id,
            BudgetLine.in_kind_rate,
            Project.title,
            Person.first_name,
            Person.last_name,
            docs.c.n,
        )
        .join(BudgetLine, BudgetLine.id == Expense.budget_line_id)
        .outerjoin(Project, Project.id == BudgetLine.project_id)
        .outerjoin(Person, Person.id == Expense.handled_by_id)
        .outerjoin(docs, docs.c.eid == Expense.id)
        .where(BudgetLine.programme_id == programme_id)
        .order_by(Expense.date, Expense.id)
    )
    if project_id is not None:
        query = query.where(BudgetLine.project_id == project_id)
    if line_id is not None:
        query = query.where(Expense.budget_line_id == line_id)
    if expense_id is not None:
        query = query.where(Expense.id == expense_id)
    found = session.execute(query).all()
    line_projects = {r.line_id: r.project_id for r in found}
    figures = line_figures(session, line_projects)
    locked = locked_project_ids(session, {p for p in line_projects.values() if p})
    rows = []
    for r in found:
        f = figures[r.line_id]
        in_kind = r.funding_source == FundingSource.OWN_IN_KIND
        rows.append(
            ExpenseRow(
                r.id,
                r.line_id,
                r.category,
                r.funding_source,
                r.project_id,
                r.title,
                r.date,
                r.document_number,
                r.document_kind,
                r.vendor,
                r.description,
                r.amount,
                hours_of(r.amount, r.in_kind_rate) if in_kind else None,
                r.corrects_id,
                r.payment_date,
                r.payment_method,
                r.handled_by_id,
                f"{r.first_name} {r.last_name}" if r.first_name is not None else None,
                r.n or 0,
                r.project_id in locked,
                f.spent > f.effective_plan,
            )
        )
    return rows


def list_expenses(
    ctx: Context, programme_id: int, project_id: int | None = None, line_id: int | None = None
) -> list[ExpenseRow]:
    """Expenses of a programme (or one project, or one line), by date."""
    with ctx.db.read() as s:
        return _rows(s, programme_id, project_id, line_id)


def _expense(session: Session, expense_id: int) -> Expense:
    row = session.get(Expense, expense_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("The expense no longer exists"))
    return row


def _row(session: Session, expense: Expense) -> ExpenseRow:
    line = session.get(BudgetLine, expense.budget_line_id)
    assert line is not None
    return _rows(session, line.programme_id, expense_id=expense.id)[0]


# ---------------------------------------------------------------- writing


def _corrections_total(session: Session, expense_id: int, leave_out: int | None) -> Decimal:
    query = select(func.sum(Expense.amount)).where(Expense.corrects_id == expense_id)
    if leave_out is not None:
        query = query.where(Expense.id != leave_out)
    return session.scalar(query) or ZERO


def _check_fields(data: ExpenseInput) -> v.Checker:
    check = v.Checker()
    check.add("document_number", v.required(data.document_number, _("Document number")))
    check.add("document_number", v.max_length(data.document_number, 100, _("Document number")))
    check.add("date", v.required(data.date, _("Date")))
    check.add("vendor", v.max_length(data.vendor, 300, _("Vendor")))
    check.add("amount", v.required(data.amount, _("Amount")))
    check.add("amount", v.decimal_places(data.amount, _("Amount")))
    check.add("hours", v.decimal_places(data.hours, _("Hours")))
    return check


def _amount(check: v.Checker, line: BudgetLine, data: ExpenseInput) -> Decimal:
    """The amount to book: as given, or hours × rate on an in-kind line."""
    if line.funding_source != FundingSource.OWN_IN_KIND:
        if data.hours is not None:
            check.add("hours", _("Hours are recorded on in-kind lines only"))
        if data.amount is not None and data.amount == 0:
            check.add("amount", _("The amount cannot be zero"))
        return data.amount
    rate = line.in_kind_rate
    assert rate is not None
    if not data.hours:
        check.add("hours", _("Give the volunteer hours"))
        return data.amount
    value = data.hours * rate
    if value != value.quantize(Decimal("0.01")):
        check.add(
            "hours",
            _("{hours} × {rate} does not come to whole grosze").format(
                hours=format_hours(data.hours), rate=format_money(rate)
            ),
        )
        return data.amount
    if data.amount not in (None, ZERO) and data.amount != value:
        check.add(
            "amount",
            _("In kind, the amount is hours × rate = {value}").format(value=format_money(value)),
        )
    return value


def _check_correction(
    session: Session, data: ExpenseInput, amount: Decimal, own_id: int | None
) -> None:
    if amount > 0:
        if data.corrects_id is not None:
            raise ValidationError(
                {"corrects_id": _("Only a negative amount corrects another expense")}
            )
        return
    if data.corrects_id is None:
        raise ValidationError(
            {"corrects_id": _("A negative amount is a correction: choose the expense it corrects")}
        )
    target = session.get(Expense, data.corrects_id)
    if target is None or target.deleted_at is not None or target.id == own_id:
        raise ValidationError({"corrects_id": _("The corrected expense no longer exists")})
    if target.budget_line_id != data.budget_line_id:
        raise RuleViolation(_("A correction must be booked on the line of the expense it corrects"))
    if target.amount <= 0:
        raise RuleViolation(_("A correction cannot correct another correction"))
    left = target.amount + _corrections_total(session, target.id, own_id)
    if -amount > left:
        raise RuleViolation(
            _(
                "The correction is {excess} more than what is left of document {number} ({left})"
            ).format(
                excess=format_money(-amount - left),
                number=target.document_number,
                left=format_money(left),
            )
        )


def _refuse_over_plan(session: Session, line: BudgetLine, old_spent: Decimal) -> None:
    """Call after a flush: a grant line may not end up over plan by this change."""
    if line.funding_source != FundingSource.GRANT:
        return
    f = line_figures(session, [line.id])[line.id]
    if f.spent > f.effective_plan and f.spent > old_spent:
        raise RuleViolation(
            _("The expense exceeds the plan of line “{category}” by {excess}").format(
                category=line.category, excess=format_money(f.spent - f.effective_plan)
            )
        )


def _apply(row: Expense, data: ExpenseInput, amount: Decimal) -> None:
    row.budget_line_id = data.budget_line_id
    row.date = data.date
    row.document_number = data.document_number.strip()
    row.document_kind = data.document_kind
    row.vendor = data.vendor.strip() if data.vendor and data.vendor.strip() else None
    row.description = (
        data.description.strip() if data.description and data.description.strip() else None
    )
    row.amount = amount
    row.corrects_id = data.corrects_id
    row.payment_date = data.payment_date
    row.payment_method = data.payment_method
    row.handled_by_id = data.handled_by_id


def _save(session: Session, row: Expense | None, data: ExpenseInput) -> Expense:
    check = _check_fields(data)
    check.raise_if_any()
    line = live_line(session, data.budget_line_id)
    start, end = programme_dates(session, line.programme_id)
    check.add("date", date_in_programme(data.date, start, end))
    if data.handled_by_id is not None:
        person = session.get(Person, data.handled_by_id)
        if person is None or person.deleted_at is not None:
            check.add("handled_by_id", _("The person who handled it no longer exists"))
    amount = _amount(check, line, data)
    check.raise_if_any()
    old_line = live_line(session, row.budget_line_id) if row is not None else None
    refuse_if_locked(session, line.project_id)
    if old_line is not None:
        refuse_if_locked(session, old_line.project_id)
    _check_correction(session, data, amount, row.id if row is not None else None)
    if row is not None:
        corrected = -_corrections_total(session, row.id, None)
        if corrected and (data.budget_line_id != row.budget_line_id or amount < corrected):
            raise RuleViolation(
                _(
                    "The expense has corrections of {total}; it keeps its line and cannot be less"
                ).format(total=format_money(corrected))
            )
    old_spent = line_figures(session, [line.id])[line.id].spent
    if row is None:
        row = Expense()
        session.add(row)
    _apply(row, data, amount)
    session.flush()
    _refuse_over_plan(session, line, old_spent)
    return row


def add_expense(ctx: Context, data: ExpenseInput) -> ExpenseRow:
    """Book an expense (or a correction); refused over a grant line's plan."""
    with ctx.db.write(ctx.operator) as s:
        return _row(s, _save(s, None, data))


def update_expense(ctx: Context, expense_id: int, data: ExpenseInput) -> ExpenseRow:
    with ctx.db.write(ctx.operator) as s:
        return _row(s, _save(s, _expense(s, expense_id), data))


def delete_expense(ctx: Context, expense_id: int) -> int:
    """Soft-delete the expense with its scans; returns how many scans went with it."""
    with ctx.db.write(ctx.operator) as s:
        row = _expense(s, expense_id)
        line = live_line(s, row.budget_line_id)
        refuse_if_locked(s, line.project_id)
        if _corrections_total(s, row.id, None):
            raise RuleViolation(_("The expense has corrections; delete them first"))
        old_spent = line_figures(s, [line.id])[line.id].spent
        now = utcnow()
        documents = list(
            s.scalars(select(ExpenseDocument).where(ExpenseDocument.expense_id == row.id))
        )
        for document in documents:
            document.deleted_at = now
        row.deleted_at = now
        s.flush()
        _refuse_over_plan(s, line, old_spent)
        return len(documents)


def restore_expense(ctx: Context, expense_id: int) -> ExpenseRow:
    """Bring back a deleted expense with the scans deleted with it (undo).

    It passes the rules of a booking again: its line must be live and its project not
    locked, a correction needs its live original with enough left to correct, and the
    ledger's own over-plan check runs on the line; refused, nothing is written.
    A live expense is left as is.
    """
    with ctx.db.write(ctx.operator) as s:
        row = load_even_deleted(s, Expense, expense_id)
        if row is None:
            raise NotFound(_("The expense no longer exists"))
        if row.deleted_at is None:
            return _row(s, row)
        line = live_line(s, row.budget_line_id)
        refuse_if_locked(s, line.project_id)
        if row.corrects_id is not None or row.amount < 0:
            data = ExpenseInput(
                row.budget_line_id,
                row.date,
                row.document_number,
                row.document_kind,
                row.vendor,
                row.description,
                row.amount,
                row.corrects_id,
            )
            _check_correction(s, data, row.amount, row.id)
        old_spent = line_figures(s, [line.id])[line.id].spent
        for document in deleted_with(s, ExpenseDocument, ExpenseDocument.expense_id, row):
            document.deleted_at = None
        row.deleted_at = None
        s.flush()
        _refuse_over_plan(s, line, old_spent)
        return _row(s, row)


# ---------------------------------------------------------------- documents


def _document_row(d: ExpenseDocument) -> DocumentRow:
    return DocumentRow(
        d.id, d.expense_id, d.file_name, d.media_type, d.size, d.sha256, d.created_at
    )


def _refuse_if_expense_locked(session: Session, expense: Expense) -> None:
    line = session.get(BudgetLine, expense.budget_line_id)
    refuse_if_locked(session, line.project_id if line is not None else None)


def attach_document(
    ctx: Context, expense_id: int, file_name: str, content: bytes, media_type: str
) -> DocumentRow:
    """Keep a scan of the expense's document (its SHA-256 and size are recorded)."""
    name = (file_name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    check = v.Checker()
    check.add("file_name", v.required(name, _("File name")))
    check.add("file_name", v.max_length(name, 255, _("File name")))
    check.add("media_type", v.required(media_type, _("File type")))
    check.add("media_type", v.max_length(media_type, 100, _("File type")))
    if not content:
        check.add("content", _("The file is empty"))
    elif len(content) > MAX_DOCUMENT_BYTES:
        check.add("content", _("The file is larger than 20 MB"))
    check.raise_if_any()
    with ctx.db.write(ctx.operator) as s:
        expense = _expense(s, expense_id)
        _refuse_if_expense_locked(s, expense)
        row = ExpenseDocument(
            expense_id=expense.id,
            file_name=name,
            media_type=media_type.strip(),
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
        s.add(row)
        s.flush()
        return _document_row(row)


def list_documents(ctx: Context, expense_id: int) -> list[DocumentRow]:
    with ctx.db.read() as s:
        query = (
            select(ExpenseDocument)
            .where(ExpenseDocument.expense_id == expense_id)
            .order_by(ExpenseDocument.id)
        )
        return [_document_row(d) for d in s.scalars(query)]


def _document(session: Session, document_id: int) -> ExpenseDocument:
    row = session.get(ExpenseDocument, document_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("The document no longer exists"))
    return row


def document_content(ctx: Context, document_id: int) -> bytes:
    with ctx.db.read() as s:
        return _document(s, document_id).content


def remove_document(ctx: Context, document_id: int) -> None:
    with ctx.db.write(ctx.operator) as s:
        row = _document(s, document_id)
        _refuse_if_expense_locked(s, _expense(s, row.expense_id))
        row.deleted_at = utcnow()
