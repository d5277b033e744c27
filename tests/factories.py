"""Small builders of rows for tests, written straight through the ORM."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from wall_desktop.db.enums import FundingSource
from wall_desktop.db.models import BudgetLine, Neighbourhood, Person, Programme, Project
from wall_desktop.db.session import Database


def make_programme(db: Database, name: str = "Wrocławska Akademia Lokalnych Liderów") -> int:
    with db.write("Tester") as s:
        p = Programme(name=name, start_date=date(2022, 2, 1), end_date=date(2023, 9, 30))
        s.add(p)
        s.flush()
        return p.id


def make_person(db: Database, first: str, last: str) -> int:
    with db.write("Tester") as s:
        person = Person(first_name=first, last_name=last)
        s.add(person)
        s.flush()
        return person.id


def make_project_line(db: Database, programme_id: int) -> int:
    """A neighbourhood, its project and one grant line; returns the line's id."""
    with db.write("Tester") as s:
        n = Neighbourhood(programme_id=programme_id, name="Nadodrze")
        s.add(n)
        s.flush()
        project = Project(neighbourhood_id=n.id, title="Podwórko", grant_amount=Decimal("4000"))
        s.add(project)
        s.flush()
        line = BudgetLine(
            programme_id=programme_id,
            project_id=project.id,
            category="materiały",
            funding_source=FundingSource.GRANT,
            planned=Decimal("4000.00"),
        )
        s.add(line)
        s.flush()
        return line.id
