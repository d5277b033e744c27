"""Budget lines, moves between them, expenses and the scans of their documents."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from wall_desktop.db.base import Base, Tracked
from wall_desktop.db.column_types import Hours, Money
from wall_desktop.db.enums import DocumentKind, FundingSource, PaymentMethod
from wall_desktop.db.models._columns import enum_column, fk


class BudgetLine(Tracked, Base):
    """A planned amount of the programme's budget, or of one project's."""

    __tablename__ = "budget_line"

    programme_id: Mapped[int] = fk("programme.id")
    project_id: Mapped[int | None] = fk("project.id", nullable=True)
    category: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    funding_source: Mapped[FundingSource] = enum_column(FundingSource)
    planned: Mapped[Decimal] = mapped_column(Money())
    # Own contribution in kind: volunteer hours valued at a rate.
    in_kind_hours: Mapped[Decimal | None] = mapped_column(Hours())
    in_kind_rate: Mapped[Decimal | None] = mapped_column(Money())


class BudgetTransfer(Tracked, Base):
    """Money moved from one line's plan to another's, with the reason."""

    __tablename__ = "budget_transfer"

    from_line_id: Mapped[int] = fk("budget_line.id")
    to_line_id: Mapped[int] = fk("budget_line.id")
    amount: Mapped[Decimal] = mapped_column(Money())
    date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)


class Expense(Tracked, Base):
    __tablename__ = "expense"

    budget_line_id: Mapped[int] = fk("budget_line.id")
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    document_number: Mapped[str] = mapped_column(String(100))
    document_kind: Mapped[DocumentKind] = enum_column(DocumentKind, default=DocumentKind.INVOICE)
    vendor: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(Money())  # negative for a correction
    corrects_id: Mapped[int | None] = fk("expense.id", nullable=True)
    payment_date: Mapped[dt.date | None] = mapped_column(Date)
    payment_method: Mapped[PaymentMethod | None] = enum_column(PaymentMethod, nullable=True)
    handled_by_id: Mapped[int | None] = fk("person.id", nullable=True)


class ExpenseDocument(Tracked, Base):
    """A scan of an expense's document, kept in the database so backups carry it."""

    __tablename__ = "expense_document"

    expense_id: Mapped[int] = fk("expense.id")
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
