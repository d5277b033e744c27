"""Bookkeeping helpers of the demo: budget lines, document numbers, expenses."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from wall_desktop.db.enums import DocumentKind, FundingSource, PaymentMethod
from wall_desktop.db.models import BudgetLine, Expense, Person, Programme

VOLUNTEER_RATE = Decimal("40.00")
CENT = Decimal("0.01")


@dataclass
class Books:
    """Running document numbers per issuer, so numbers look like a real register."""

    rng: random.Random
    counters: dict[str, int] = field(default_factory=dict)
    expenses: list[Expense] = field(default_factory=list)

    def number(self, kind: DocumentKind, issuer: str, day: dt.date) -> str:
        if kind == DocumentKind.BILL:
            n = self.counters[issuer] = self.counters.get(issuer, 0) + 1
            return f"R/{n}/{day.year}"
        if kind == DocumentKind.RECEIPT:
            return f"PAR {self.rng.randint(1000, 9999)}/{day:%m}/{day.year}"
        if kind == DocumentKind.OTHER:
            return f"LP/{day:%m}/{day.year}"
        return f"FV/{day.year}/{day:%m}/{self.rng.randint(11, 480)}"

    def add(
        self,
        line: BudgetLine,
        day: dt.date,
        kind: DocumentKind,
        vendor: str,
        description: str,
        amount: Decimal,
        handled_by: Person,
    ) -> Expense:
        if kind in (DocumentKind.RECEIPT,):
            paid_on, method = day, self.rng.choice((PaymentMethod.CASH, PaymentMethod.CARD))
        else:
            paid_on, method = (
                day + dt.timedelta(days=self.rng.randint(2, 14)),
                PaymentMethod.TRANSFER,
            )
        expense = Expense(
            budget_line_id=line.id,
            date=day,
            document_number=self.number(kind, vendor, day),
            document_kind=kind,
            vendor=vendor,
            description=description,
            amount=amount,
            payment_date=paid_on,
            payment_method=method,
            handled_by_id=handled_by.id,
        )
        self.expenses.append(expense)
        return expense


def line(
    programme: Programme,
    category: str,
    description: str,
    source: FundingSource,
    planned: Decimal,
    *,
    project_id: int | None = None,
    hours: Decimal | None = None,
) -> BudgetLine:
    return BudgetLine(
        programme_id=programme.id,
        project_id=project_id,
        category=category,
        description=description,
        funding_source=source,
        planned=planned,
        in_kind_hours=hours,
        in_kind_rate=VOLUNTEER_RATE if hours is not None else None,
    )


def split(rng: random.Random, total: Decimal, parts: int) -> list[Decimal]:
    """``total`` cut into ``parts`` amounts of uneven size that add up exactly to the grosz."""
    weights = [rng.randint(2, 6) for _ in range(max(1, parts))]
    amounts = [(total * w / sum(weights)).quantize(CENT) for w in weights[:-1]]
    return [*amounts, total - sum(amounts, Decimal("0"))]


def volunteer_sheet(
    books: Books,
    budget_line: BudgetLine,
    day: dt.date,
    hours: Decimal,
    handled_by: Person,
    what: str,
) -> Expense:
    """Own contribution in kind: a volunteers' time sheet valued at the line's rate, not paid."""
    assert budget_line.in_kind_rate is not None
    n = books.counters["KW"] = books.counters.get("KW", 0) + 1
    expense = Expense(
        budget_line_id=budget_line.id,
        date=day,
        document_number=f"KW/{n}/{day.year}",
        document_kind=DocumentKind.OTHER,
        vendor=None,
        description=f"Karta pracy wolontariuszy: {what}",
        amount=hours * budget_line.in_kind_rate,
        handled_by_id=handled_by.id,
    )
    books.expenses.append(expense)
    return expense
