"""The demo's budget: programme and project lines from both funding sources, and
expenses with realistic documents that never take a grant line over its plan.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy.orm import Session

from wall_desktop.db.enums import DocumentKind, FundingSource, ProjectStatus
from wall_desktop.db.models import BudgetLine, Person, Programme
from wall_desktop.services.demo.books import (
    CENT,
    VOLUNTEER_RATE,
    Books,
    line,
    split,
    volunteer_sheet,
)
from wall_desktop.services.demo.cycles import Cycle
from wall_desktop.services.demo.estates import PROJECT_LINES, VENDORS
from wall_desktop.services.demo.programme_budget import (
    correction,
    programme_expenses,
    programme_lines,
)


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
            if finished:  # volunteer hours: valued at the line's rate, not paid
                assert budget_line.in_kind_hours is not None
                hours = budget_line.in_kind_hours - rng.randrange(0, 15, 5)
                volunteer_sheet(books, budget_line, last_day, hours, cycle.mentor, project.title)
            continue
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
