"""The demo's budget: programme and project lines from both funding sources, and
expenses with realistic documents that never take a grant line over its plan.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from wall_desktop.db.enums import DocumentKind, FundingSource, PaymentMethod, ProjectStatus
from wall_desktop.db.models import BudgetLine, Expense, Person, Programme
from wall_desktop.services.demo_cycles import Cycle
from wall_desktop.services.demo_estates import PROJECT_LINES, VENDORS

TRAINER_RATE = Decimal("150.00")
ROOM_RATE = Decimal("200.00")
MENTOR_FEE = Decimal("2400.00")
MONTHLY_COORDINATION = Decimal("3500.00")
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


def programme_lines(programme: Programme, estates: int) -> dict[str, BudgetLine]:
    months = 20
    lines = {
        "trainers": line(
            programme,
            "Wynagrodzenia trenerów",
            f"Szkolenia weekendowe: {estates} cykli po 60 h",
            FundingSource.GRANT,
            TRAINER_RATE * 60 * estates,
        ),
        "rooms": line(
            programme,
            "Wynajem sal",
            "Sale szkoleniowe na osiedlach",
            FundingSource.GRANT,
            ROOM_RATE * 11 * estates,
        ),
        "catering": line(
            programme,
            "Catering",
            "Poczęstunek podczas szkoleń",
            FundingSource.GRANT,
            Decimal("2600.00") * estates,
        ),
        "mentors": line(
            programme,
            "Wynagrodzenia mentorów",
            "Opieka mentorska nad mikroprojektami",
            FundingSource.GRANT,
            MENTOR_FEE * estates,
        ),
        "promotion": line(
            programme,
            "Promocja i rekrutacja",
            "Plakaty, ulotki, kampania w internecie",
            FundingSource.GRANT,
            Decimal("9000.00"),
        ),
        "coordination": line(
            programme,
            "Koordynacja projektu",
            "Wynagrodzenie koordynatorki",
            FundingSource.GRANT,
            MONTHLY_COORDINATION * months,
        ),
        "own_money": line(
            programme,
            "Wkład własny finansowy",
            "Składki członkowskie i darowizny partnera",
            FundingSource.OWN_MONEY,
            Decimal("3000.00"),
        ),
        "own_kind": line(
            programme,
            "Wkład własny osobowy",
            "Praca wolontariuszy grupy partnerskiej",
            FundingSource.OWN_IN_KIND,
            VOLUNTEER_RATE * 400,
            hours=Decimal("400"),
        ),
    }
    return lines


def split(rng: random.Random, total: Decimal, parts: int) -> list[Decimal]:
    """``total`` cut into ``parts`` amounts of uneven size that add up exactly to the grosz."""
    weights = [rng.randint(2, 6) for _ in range(max(1, parts))]
    amounts = [(total * w / sum(weights)).quantize(CENT) for w in weights[:-1]]
    return [*amounts, total - sum(amounts, Decimal("0"))]


def programme_expenses(
    rng: random.Random,
    books: Books,
    lines: dict[str, BudgetLine],
    cycles: list[Cycle],
    trainers: list[Person],
    coordinator: Person,
    accountant: Person,
    today: dt.date,
) -> Expense:
    """Bills, invoices and pay lists of the programme's own lines; returns one catering invoice
    that the caller corrects."""
    by_id = {t.id: t for t in trainers}
    to_correct: Expense | None = None
    for cycle in cycles:
        held = cycle.held
        if not held:
            continue
        estate = cycle.estate.name
        last = max(s.date for s in held)
        per_trainer: dict[int, Decimal] = {}
        for session in held:
            assert session.trainer_id is not None
            per_trainer[session.trainer_id] = per_trainer.get(session.trainer_id, 0) + session.hours
        for trainer_id, hours in sorted(per_trainer.items()):
            trainer = by_id[trainer_id]
            books.add(
                lines["trainers"],
                last + dt.timedelta(days=2),
                DocumentKind.BILL,
                trainer.full_name,
                f"Szkolenia {estate}: {hours} h",
                hours * TRAINER_RATE,
                accountant,
            )
        venue = cycle.estate.venue.split(",")[0]
        books.add(
            lines["rooms"],
            last + dt.timedelta(days=3),
            DocumentKind.INVOICE,
            venue,
            f"Wynajem sali – {estate}, {len(held)} dni",
            ROOM_RATE * len(held),
            accountant,
        )
        people = len(cycle.group) + 1
        per_head = Decimal(rng.randint(2000, 2600)) / 100
        catering = min((per_head * people * len(held)).quantize(CENT), Decimal("2600.00"))
        invoice = books.add(
            lines["catering"],
            last + dt.timedelta(days=4),
            DocumentKind.INVOICE,
            "Catering „Smaki Odry”",
            f"Poczęstunek na szkoleniach – {estate}",
            catering,
            accountant,
        )
        if to_correct is None and cycle.index >= 2:
            to_correct = invoice
        project = cycle.project
        if project is not None and project.status in (
            ProjectStatus.COMPLETED,
            ProjectStatus.SETTLED,
        ):
            assert project.end_date is not None
            books.add(
                lines["mentors"],
                project.end_date + dt.timedelta(days=5),
                DocumentKind.BILL,
                cycle.mentor.full_name,
                f"Mentoring mikroprojektu – {estate}",
                MENTOR_FEE,
                accountant,
            )
    month = dt.date(2022, 2, 28)
    while month < today:
        books.add(
            lines["coordination"],
            month,
            DocumentKind.OTHER,
            coordinator.full_name,
            f"Wynagrodzenie koordynatorki za {month:%m.%Y}",
            MONTHLY_COORDINATION,
            accountant,
        )
        month = (month + dt.timedelta(days=32)).replace(day=1) + dt.timedelta(days=27)
    for day in (
        dt.date(2022, 1, 24),
        dt.date(2022, 6, 13),
        dt.date(2022, 11, 7),
        dt.date(2023, 4, 3),
    ):
        amount = Decimal(rng.randint(60000, 150000)) / 100
        books.add(
            lines["promotion"],
            day,
            DocumentKind.INVOICE,
            "Drukarnia Poligraf s.c.",
            "Plakaty i ulotki rekrutacyjne",
            amount,
            coordinator,
        )
    for day in (dt.date(2022, 3, 1), dt.date(2023, 2, 1)):
        amount = Decimal(rng.randint(30000, 80000)) / 100
        books.add(
            lines["own_money"],
            day,
            DocumentKind.RECEIPT,
            "Sklep Papierniczy „Ołówek”",
            "Materiały biurowe na szkolenia",
            amount,
            coordinator,
        )
    assert to_correct is not None
    return to_correct


def correction(books: Books, original: Expense, rng: random.Random, handled_by: Person) -> Expense:
    """A credit note for fewer meals than invoiced: a negative amount pointing at the invoice."""
    meals = rng.randint(3, 8)
    amount = -(Decimal("25.00") * meals)
    day = original.date + dt.timedelta(days=rng.randint(7, 20))
    expense = Expense(
        budget_line_id=original.budget_line_id,
        date=day,
        document_number=f"FK/{day.year}/{day:%m}/{rng.randint(2, 40)}",
        document_kind=DocumentKind.INVOICE,
        vendor=original.vendor,
        description=f"Korekta faktury {original.document_number}: {meals} posiłków mniej",
        amount=amount,
        corrects_id=original.id,
        payment_date=day + dt.timedelta(days=5),
        payment_method=PaymentMethod.TRANSFER,
        handled_by_id=handled_by.id,
    )
    books.expenses.append(expense)
    return expense


def project_lines(
    rng: random.Random, programme: Programme, cycle: Cycle
) -> list[tuple[BudgetLine, str]]:
    """The grant split over four lines (adding up to the grant), and own contribution."""
    project = cycle.project
    assert project is not None
    grant = project.grant_amount
    rows: list[tuple[BudgetLine, str]] = []
    left = grant
    for n, (category, description, share) in enumerate(PROJECT_LINES):
        planned = (
            left if n == len(PROJECT_LINES) - 1 else (grant * share / 100).quantize(Decimal("1"))
        )
        left -= planned
        rows.append(
            (
                line(
                    programme,
                    category,
                    description,
                    FundingSource.GRANT,
                    planned,
                    project_id=project.id,
                ),
                category,
            )
        )
    own = Decimal(rng.randrange(200, 650, 50))
    rows.append(
        (
            line(
                programme,
                "Wkład własny finansowy",
                "Zbiórka sąsiedzka",
                FundingSource.OWN_MONEY,
                own,
                project_id=project.id,
            ),
            "Materiały i zakupy",
        )
    )
    hours = Decimal(rng.randrange(30, 90, 5))
    rows.append(
        (
            line(
                programme,
                "Wkład własny osobowy",
                "Praca wolontariuszy przy projekcie",
                FundingSource.OWN_IN_KIND,
                hours * VOLUNTEER_RATE,
                project_id=project.id,
                hours=hours,
            ),
            "",
        )
    )
    return rows


def project_expenses(
    rng: random.Random,
    books: Books,
    cycle: Cycle,
    rows: list[tuple[BudgetLine, str]],
    today: dt.date,
) -> None:
    """Finished projects spend 85–100 % of each line; a running one part of a few lines."""
    project = cycle.project
    assert project is not None and project.start_date is not None and project.end_date is not None
    status = project.status
    if status in (ProjectStatus.IDEA, ProjectStatus.PLANNED):
        return
    finished = status in (ProjectStatus.COMPLETED, ProjectStatus.SETTLED)
    last_day = min(project.end_date, today - dt.timedelta(days=1))
    span = max(1, (last_day - project.start_date).days)
    for budget_line, vendor_kind in rows:
        if budget_line.funding_source == FundingSource.OWN_IN_KIND:
            continue  # volunteer hours: valued, not paid
        if not finished and rng.random() < 0.5:
            continue
        share = Decimal(rng.randint(85, 100) if finished else rng.randint(20, 60)) / 100
        target = (budget_line.planned * share).quantize(CENT)
        for amount in split(rng, target, rng.randint(1, 3)):
            small = amount < 300
            kind = DocumentKind.RECEIPT if small else DocumentKind.INVOICE
            books.add(
                budget_line,
                project.start_date + dt.timedelta(days=rng.randrange(span)),
                kind,
                rng.choice(VENDORS[vendor_kind]),
                f"{budget_line.description} – {project.title}",
                amount,
                cycle.mentor,
            )


def add_budget(
    s: Session,
    rng: random.Random,
    programme: Programme,
    cycles: list[Cycle],
    trainers: list[Person],
    coordinator: Person,
    accountant: Person,
    today: dt.date,
) -> tuple[int, int]:
    """Every line and expense of the programme; returns (lines, expenses)."""
    books = Books(rng)
    lines = programme_lines(programme, len(cycles))
    per_project = [(cycle, project_lines(rng, programme, cycle)) for cycle in cycles]
    all_lines = list(lines.values()) + [bl for _, rows in per_project for bl, _ in rows]
    s.add_all(all_lines)
    s.flush()
    original = programme_expenses(
        rng, books, lines, cycles, trainers, coordinator, accountant, today
    )
    for cycle, rows in per_project:
        project_expenses(rng, books, cycle, rows, today)
    s.add_all(books.expenses)
    s.flush()
    correction(books, original, rng, accountant)
    s.add(books.expenses[-1])
    s.flush()
    return len(all_lines), len(books.expenses)
