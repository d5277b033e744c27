"""The demo programme's own budget lines (trainers, rooms, catering, mentors, ...)
and their bills, invoices and pay lists, with one corrected invoice.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from wall_desktop.db.enums import DocumentKind, FundingSource, PaymentMethod, ProjectStatus
from wall_desktop.db.models import BudgetLine, Expense, Person, Programme
from wall_desktop.services.demo.books import CENT, VOLUNTEER_RATE, Books, line, volunteer_sheet
from wall_desktop.services.demo.cycles import Cycle

TRAINER_RATE = Decimal("150.00")
ROOM_RATE = Decimal("200.00")
MENTOR_FEE = Decimal("2400.00")
MONTHLY_COORDINATION = Decimal("3500.00")


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
        dt.date(2022, 2, 3),
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
    quarter = dt.date(2022, 3, 31)
    while quarter < today:
        hours = Decimal(rng.randrange(30, 60, 5))
        volunteer_sheet(books, lines["own_kind"], quarter, hours, coordinator, "grupa partnerska")
        quarter = (quarter + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)
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
