"""Micro-projects: forms, figures, team, residents' meetings, delete and the settled lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, text

from wall_desktop.db.enums import DocumentKind, FundingSource, ProjectStatus
from wall_desktop.db.models import Neighbourhood, Person, Programme
from wall_desktop.services import ledger, projects
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.ledger import BudgetLineInput, ExpenseInput
from wall_desktop.services.projects import MeetingInput, ProjectInput

D = Decimal
TABLES = (
    "project",
    "project_member",
    "residents_meeting",
    "project_lock_event",
    "budget_line",
    "budget_transfer",
    "expense",
    "change_log",
)


# ---------------------------------------------------------------- builders


def make_programme(ctx: Context, grant: str = "4000.00") -> int:
    with ctx.db.write("Tester") as s:
        p = Programme(
            name="WALL 2022",
            start_date=date(2022, 2, 1),
            end_date=date(2023, 9, 30),
            default_grant=D(grant),
        )
        s.add(p)
        s.flush()
        return p.id


def make_neighbourhood(ctx: Context, programme_id: int, name: str) -> int:
    with ctx.db.write("Tester") as s:
        n = Neighbourhood(programme_id=programme_id, name=name)
        s.add(n)
        s.flush()
        return n.id


def make_person(ctx: Context, first: str, last: str) -> int:
    with ctx.db.write("Tester") as s:
        person = Person(first_name=first, last_name=last)
        s.add(person)
        s.flush()
        return person.id


def counts(ctx: Context) -> dict[str, int]:
    with ctx.db.read() as s:
        return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


@contextmanager
def writes_nothing(ctx: Context) -> Iterator[None]:
    before = counts(ctx)
    yield
    assert counts(ctx) == before


def refused(ctx: Context, error: type[Exception], call: Callable[[], object]) -> Any:
    with writes_nothing(ctx), pytest.raises(error) as info:
        call()
    return info.value


@pytest.fixture
def prog(ctx: Context) -> int:
    return make_programme(ctx)


@pytest.fixture
def estate(ctx: Context, prog: int) -> int:
    return make_neighbourhood(ctx, prog, "Przedmieście Oławskie")


def form(neighbourhood_id: int, **kw: Any) -> ProjectInput:
    return ProjectInput(neighbourhood_id, kw.pop("title", "Zielone podwórko"), **kw)


# ---------------------------------------------------------------- projects


def test_a_new_project_gets_the_programme_default_grant_unless_given(
    ctx: Context, prog: int, estate: int
) -> None:
    row = projects.create_project(ctx, form(estate, needs="  ", goals="Ławki i zieleń"))
    assert (row.grant_amount, row.grant_spent, row.grant_remaining) == (
        D("4000.00"),
        D("0.00"),
        D("4000.00"),
    )
    assert (row.neighbourhood_name, row.needs, row.goals, row.status, row.locked) == (
        "Przedmieście Oławskie",
        None,
        "Ławki i zieleń",
        ProjectStatus.IDEA,
        False,
    )
    other = make_neighbourhood(ctx, prog, "Kozanów")
    assert projects.create_project(ctx, form(other, grant_amount=D("3500.50"))).grant_amount == D(
        "3500.50"
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"start_date": date(2022, 6, 1), "end_date": date(2022, 5, 31)}, "end_date"),
        ({"grant_amount": D("-1")}, "grant_amount"),
        ({"grant_amount": D("1.001")}, "grant_amount"),
        ({"beneficiaries": -3}, "beneficiaries"),
    ],
)
def test_a_bad_project_form_is_refused(
    ctx: Context, estate: int, changes: dict[str, Any], field: str
) -> None:
    error = refused(
        ctx, ValidationError, lambda: projects.create_project(ctx, form(estate, **changes))
    )
    assert field in error.errors


def test_one_project_per_neighbourhood_and_a_real_neighbourhood(ctx: Context, estate: int) -> None:
    projects.create_project(ctx, form(estate))
    error = refused(ctx, ValidationError, lambda: projects.create_project(ctx, form(estate)))
    assert error.errors == {"neighbourhood_id": "To osiedle ma już mikroprojekt"}
    refused(ctx, ValidationError, lambda: projects.create_project(ctx, form(9999)))


def test_an_update_saves_every_field(ctx: Context, estate: int) -> None:
    row = projects.create_project(ctx, form(estate))
    data = form(
        estate,
        title="Podwórko na Ołbinie",
        needs="miejsce spotkań",
        goals="integracja",
        planned_actions="sadzenie, ławki",
        status=ProjectStatus.IN_PROGRESS,
        start_date=date(2022, 5, 1),
        end_date=date(2022, 7, 31),
        beneficiaries=120,
        beneficiaries_note="mieszkańcy dwóch kamienic",
        outcome="zrobione",
        good_practice="pytać sąsiadów",
    )
    saved = projects.update_project(ctx, row.id, data)
    assert saved.grant_amount == D("4000.00")  # None keeps the grant as it was
    for name in ("title", "needs", "goals", "planned_actions", "status", "start_date"):
        assert getattr(saved, name) == getattr(data, name)
    assert (saved.beneficiaries, saved.good_practice) == (120, "pytać sąsiadów")
    assert projects.get_project(ctx, row.id) == saved


def test_the_grant_cannot_drop_below_its_planned_grant_lines(
    ctx: Context, prog: int, estate: int
) -> None:
    row = projects.create_project(ctx, form(estate))
    line = BudgetLineInput(prog, row.id, "Materiały", None, FundingSource.GRANT, D("3000.00"))
    ledger.create_budget_line(ctx, line)
    refused(
        ctx,
        RuleViolation,
        lambda: projects.update_project(ctx, row.id, form(estate, grant_amount=D("2999.99"))),
    )
    assert projects.update_project(
        ctx, row.id, form(estate, grant_amount=D("3000"))
    ).grant_amount == D("3000.00")


def test_list_projects_figures_come_from_grouped_queries(ctx: Context, prog: int) -> None:
    people = [make_person(ctx, "Anna", f"Nowak{i}") for i in range(3)]
    ids = []
    for i, name in enumerate(("Nadodrze", "Kozanów", "Gądów")):
        n = make_neighbourhood(ctx, prog, name)
        ids.append(projects.create_project(ctx, form(n, title=f"Projekt {name}")).id)
        projects.set_members(ctx, ids[-1], people[: i + 1])
        for present in range(i):
            projects.create_meeting(
                ctx, ids[-1], MeetingInput(date(2022, 4, 2), residents_present=10 + present)
            )
    line = ledger.create_budget_line(
        ctx, BudgetLineInput(prog, ids[0], "Materiały", None, FundingSource.GRANT, D("1000"))
    )
    own = ledger.create_budget_line(
        ctx, BudgetLineInput(prog, ids[0], "Wkład", None, FundingSource.OWN_MONEY, D("100"))
    )
    for line_id, amount in ((line.id, "123.45"), (own.id, "50.00")):
        ledger.add_expense(
            ctx,
            ExpenseInput(
                line_id, date(2022, 4, 3), "FV/1", DocumentKind.RECEIPT, None, None, D(amount)
            ),
        )
    statements: list[str] = []
    engine = ctx.db.engine

    def seen(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine, "before_cursor_execute", seen)
    try:
        rows = projects.list_projects(ctx, prog)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    figures = {
        r.neighbourhood_name: (r.team_size, r.meetings_count, r.residents_present) for r in rows
    }
    assert figures == {"Gądów": (3, 2, 21), "Kozanów": (2, 1, 10), "Nadodrze": (1, 0, 0)}
    assert [r.neighbourhood_name for r in rows] == ["Gądów", "Kozanów", "Nadodrze"]
    nadodrze = rows[-1]
    assert (nadodrze.grant_spent, nadodrze.grant_remaining) == (D("123.45"), D("3876.55"))
    # A fixed number of queries whatever the number of projects (no query per row).
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 3
    assert projects.list_projects(ctx, make_programme(ctx)) == []


# ---------------------------------------------------------------- delete


def test_delete_says_what_goes_with_it_and_takes_it(ctx: Context, prog: int, estate: int) -> None:
    row = projects.create_project(ctx, form(estate))
    projects.set_members(ctx, row.id, [make_person(ctx, "Ewa", "Kowalska")])
    projects.create_meeting(ctx, row.id, MeetingInput(date(2022, 4, 2), residents_present=12))
    projects.create_meeting(ctx, row.id, MeetingInput(date(2022, 5, 2), residents_present=8))
    a = ledger.create_budget_line(
        ctx, BudgetLineInput(prog, row.id, "A", None, FundingSource.GRANT, D("10"))
    )
    b = ledger.create_budget_line(
        ctx, BudgetLineInput(prog, row.id, "B", None, FundingSource.GRANT, D("10"))
    )
    ledger.transfer(ctx, a.id, b.id, D("5"), "zmiana", date(2022, 5, 3))
    found = projects.project_dependants(ctx, row.id)
    assert (found.meetings, found.members, found.budget_lines, found.transfers, found.expenses) == (
        2,
        1,
        2,
        1,
        0,
    )
    assert found.describe() == (
        "Usunięcie projektu usunie także: 2 spotkania z mieszkańcami, 1 członek zespołu, "
        "2 pozycje budżetowe, 1 przesunięcie między pozycjami."
    )
    before = counts(ctx)
    assert projects.delete_project(ctx, row.id) == found
    assert counts(ctx)["project"] == before["project"]  # soft delete: rows stay, marked
    assert projects.list_projects(ctx, prog) == []
    assert ledger.line_balances(ctx, prog) == []
    assert projects.list_meetings(ctx, row.id) == []
    assert projects.list_members(ctx, row.id) == []
    with ctx.db.read() as s:
        live = s.execute(
            text("SELECT count(*) FROM residents_meeting WHERE deleted_at IS NULL")
        ).scalar_one()
    assert live == 0
    with pytest.raises(NotFound):
        projects.get_project(ctx, row.id)
    # The neighbourhood is free for a new project.
    projects.create_project(ctx, form(estate))


def test_a_project_with_expenses_is_not_deleted(ctx: Context, prog: int, estate: int) -> None:
    row = projects.create_project(ctx, form(estate))
    line = ledger.create_budget_line(
        ctx, BudgetLineInput(prog, row.id, "A", None, FundingSource.GRANT, D("10"))
    )
    ledger.add_expense(
        ctx,
        ExpenseInput(line.id, date(2022, 4, 3), "FV/1", DocumentKind.INVOICE, None, None, D("5")),
    )
    error = refused(ctx, RuleViolation, lambda: projects.delete_project(ctx, row.id))
    assert str(error) == "Projekt ma 1 wydatek; usuń go lub przenieś przed usunięciem projektu."
    assert projects.project_dependants(ctx, row.id).expenses == 1


# ---------------------------------------------------------------- team


def test_set_members_makes_the_team_exactly_the_people_given(ctx: Context, estate: int) -> None:
    row = projects.create_project(ctx, form(estate))
    ewa = make_person(ctx, "Ewa", "Żak")
    jan = make_person(ctx, "Jan", "Ąbecki")
    ola = make_person(ctx, "Ola", "Nowak")
    projects.set_members(ctx, row.id, [ewa, jan, jan])
    assert [m.full_name for m in projects.list_members(ctx, row.id)] == ["Jan Ąbecki", "Ewa Żak"]
    projects.set_members(ctx, row.id, [ola])
    assert [m.person_id for m in projects.list_members(ctx, row.id)] == [ola]
    projects.set_members(ctx, row.id, [ola, ewa])  # a removed member comes back
    assert projects.get_project(ctx, row.id).team_size == 2
    refused(ctx, ValidationError, lambda: projects.set_members(ctx, row.id, [ola, 9999]))
    refused(ctx, NotFound, lambda: projects.set_members(ctx, 9999, [ola]))


# ---------------------------------------------------------------- meetings


def test_meetings_are_kept_in_date_order_and_edited(ctx: Context, estate: int) -> None:
    row = projects.create_project(ctx, form(estate))
    later = projects.create_meeting(
        ctx,
        row.id,
        MeetingInput(
            date(2022, 6, 4), time(17, 30), "Świetlica przy ul. Prusa", 25, "zieleń", "ławki"
        ),
    )
    projects.create_meeting(ctx, row.id, MeetingInput(date(2022, 5, 7), residents_present=14))
    assert [m.date for m in projects.list_meetings(ctx, row.id)] == [
        date(2022, 5, 7),
        date(2022, 6, 4),
    ]
    edited = projects.update_meeting(
        ctx, later.id, replace(MeetingInput(date(2022, 6, 5)), residents_present=30)
    )
    assert (edited.date, edited.residents_present, edited.place) == (date(2022, 6, 5), 30, None)
    assert projects.get_project(ctx, row.id).residents_present == 44
    projects.delete_meeting(ctx, later.id)
    assert [m.residents_present for m in projects.list_meetings(ctx, row.id)] == [14]
    with pytest.raises(NotFound):
        projects.delete_meeting(ctx, later.id)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MeetingInput(date(2022, 1, 31)), "date"),
        (MeetingInput(date(2023, 10, 1)), "date"),
        (MeetingInput(date(2022, 5, 1), residents_present=-1), "residents_present"),
        (MeetingInput(date(2022, 5, 1), place="x" * 301), "place"),
    ],
)
def test_a_bad_meeting_is_refused(
    ctx: Context, estate: int, data: MeetingInput, field: str
) -> None:
    row = projects.create_project(ctx, form(estate))
    error = refused(ctx, ValidationError, lambda: projects.create_meeting(ctx, row.id, data))
    assert field in error.errors
    refused(
        ctx, NotFound, lambda: projects.create_meeting(ctx, 9999, MeetingInput(date(2022, 5, 1)))
    )


# ---------------------------------------------------------------- lock


def test_settling_locks_and_unlocking_needs_a_reason(ctx: Context, estate: int) -> None:
    row = projects.create_project(ctx, form(estate, status=ProjectStatus.COMPLETED))
    refused(ctx, RuleViolation, lambda: projects.unlock_project(ctx, row.id, "bo tak"))
    refused(ctx, RuleViolation, lambda: projects.lock_project(ctx, row.id, "bo tak"))
    settled = projects.update_project(ctx, row.id, form(estate, status=ProjectStatus.SETTLED))
    assert settled.locked and projects.is_locked(ctx, row.id)
    refused(ctx, RuleViolation, lambda: projects.lock_project(ctx, row.id, "jeszcze raz"))
    for reason in ("", "   "):
        refused(ctx, ValidationError, lambda r=reason: projects.unlock_project(ctx, row.id, r))
    # Locked: the status and the grant stay; the texts may still be written.
    refused(
        ctx,
        RuleViolation,
        lambda: projects.update_project(
            ctx, row.id, form(estate, status=ProjectStatus.IN_PROGRESS)
        ),
    )
    refused(
        ctx,
        RuleViolation,
        lambda: projects.update_project(
            ctx, row.id, form(estate, status=ProjectStatus.SETTLED, grant_amount=D("5000"))
        ),
    )
    noted = projects.update_project(
        ctx, row.id, form(estate, status=ProjectStatus.SETTLED, good_practice="Plakaty na klatkach")
    )
    assert noted.good_practice == "Plakaty na klatkach" and noted.locked
    event_row = projects.unlock_project(ctx, row.id, "  Korekta faktury  ")
    assert (event_row.action, event_row.reason, event_row.operator) == (
        "unlock",
        "Korekta faktury",
        "Tester",
    )
    assert not projects.is_locked(ctx, row.id)
    refused(ctx, RuleViolation, lambda: projects.unlock_project(ctx, row.id, "znowu"))
    # Reopened and settled again: locked again by the settling itself.
    projects.update_project(ctx, row.id, form(estate, status=ProjectStatus.IN_PROGRESS))
    assert not projects.is_locked(ctx, row.id)
    projects.update_project(ctx, row.id, form(estate, status=ProjectStatus.SETTLED))
    assert projects.is_locked(ctx, row.id)
    assert [e.action for e in projects.lock_history(ctx, row.id)] == ["lock", "unlock", "lock"]
    refused(ctx, RuleViolation, lambda: projects.delete_project(ctx, row.id))


def test_a_project_created_settled_is_locked(ctx: Context, estate: int) -> None:
    row = projects.create_project(ctx, form(estate, status=ProjectStatus.SETTLED))
    assert row.locked
    assert [(e.action, e.reason) for e in projects.lock_history(ctx, row.id)] == [
        ("lock", "Projekt rozliczony")
    ]
