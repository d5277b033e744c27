"""Undoing the delete of a micro-project or of a residents' meeting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from tests.training_factories import change_seq
from wall_desktop.db.enums import FundingSource
from wall_desktop.db.models import Neighbourhood, Person, Programme
from wall_desktop.services import ledger, projects
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.ledger import BudgetLineInput
from wall_desktop.services.neighbourhoods import delete_neighbourhood
from wall_desktop.services.people import delete_person
from wall_desktop.services.projects import MeetingInput, ProjectInput


@pytest.fixture
def prog(ctx: Context) -> int:
    with ctx.db.write("Tester") as s:
        p = Programme(
            name="WALL 2022",
            start_date=date(2022, 2, 1),
            end_date=date(2023, 9, 30),
            default_grant=D("4000.00"),
        )
        s.add(p)
        s.flush()
        return p.id


def _hood(ctx: Context, prog: int, name: str = "Nadodrze") -> int:
    with ctx.db.write("Tester") as s:
        n = Neighbourhood(programme_id=prog, name=name)
        s.add(n)
        s.flush()
        return n.id


def _people(ctx: Context, *names: str) -> list[int]:
    with ctx.db.write("Tester") as s:
        rows = [Person(first_name=n, last_name="Nowak") for n in names]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def _refused(ctx: Context, error: type[Exception], call: object) -> None:
    before = change_seq(ctx)
    with pytest.raises(error):
        call()  # type: ignore[operator]
    assert change_seq(ctx) == before


def test_a_project_comes_back_with_what_its_delete_took(ctx: Context, prog: int) -> None:
    hood = _hood(ctx, prog)
    made = projects.create_project(ctx, ProjectInput(hood, "Zielone podwórko"))
    ewa, jan, ola = _people(ctx, "Ewa", "Jan", "Ola")
    projects.set_members(ctx, made.id, [ewa, jan, ola])
    projects.set_members(ctx, made.id, [ewa, jan])  # Ola left before: stays out
    kept = projects.create_meeting(ctx, made.id, MeetingInput(date(2022, 5, 10), place="Klub"))
    dropped = projects.create_meeting(ctx, made.id, MeetingInput(date(2022, 6, 1)))
    projects.delete_meeting(ctx, dropped.id)  # deleted earlier: stays deleted
    grant = FundingSource.GRANT
    a = ledger.create_budget_line(
        ctx, BudgetLineInput(prog, made.id, "Farby", None, grant, D("1000"))
    )
    b = ledger.create_budget_line(
        ctx, BudgetLineInput(prog, made.id, "Ziemia", None, grant, D("500"))
    )
    ledger.transfer(ctx, a.id, b.id, D("200"), "Więcej ziemi", date(2022, 5, 1))
    before = ledger.line_balances(ctx, prog, made.id)
    went = projects.delete_project(ctx, made.id)
    delete_person(ctx, jan)  # deleted since: not brought back into the team

    back = projects.restore_project(ctx, made.id)

    assert (went.meetings, went.members, went.budget_lines, went.transfers) == (1, 2, 2, 1)
    assert back.id == made.id and back.title == "Zielone podwórko"
    assert [p.id for p in projects.list_projects(ctx, prog)] == [made.id]
    assert [m.id for m in projects.list_meetings(ctx, made.id)] == [kept.id]
    assert [m.person_id for m in projects.list_members(ctx, made.id)] == [ewa]
    assert ledger.line_balances(ctx, prog, made.id) == before  # plans as they were
    assert projects.restore_project(ctx, made.id) == back  # a live project: no change


def test_a_project_restore_is_refused_when_its_place_is_taken_or_gone(
    ctx: Context, prog: int
) -> None:
    hood = _hood(ctx, prog)
    old = projects.create_project(ctx, ProjectInput(hood, "Zielone podwórko")).id
    projects.delete_project(ctx, old)
    newer = projects.create_project(ctx, ProjectInput(hood, "Ławki")).id
    _refused(ctx, ValidationError, lambda: projects.restore_project(ctx, old))
    projects.delete_project(ctx, newer)
    delete_neighbourhood(ctx, hood)
    _refused(ctx, RuleViolation, lambda: projects.restore_project(ctx, old))
    _refused(ctx, NotFound, lambda: projects.restore_project(ctx, 9999))


def test_a_meeting_comes_back_unless_its_project_went(ctx: Context, prog: int) -> None:
    hood = _hood(ctx, prog)
    pid = projects.create_project(ctx, ProjectInput(hood, "Zielone podwórko")).id
    meeting = projects.create_meeting(ctx, pid, MeetingInput(date(2022, 5, 10), place="Klub"))
    projects.delete_meeting(ctx, meeting.id)
    assert projects.restore_meeting(ctx, meeting.id) == meeting
    assert projects.list_meetings(ctx, pid) == [meeting]
    assert projects.get_project(ctx, pid).meetings_count == 1
    projects.delete_meeting(ctx, meeting.id)
    projects.delete_project(ctx, pid)
    _refused(ctx, RuleViolation, lambda: projects.restore_meeting(ctx, meeting.id))
    _refused(ctx, NotFound, lambda: projects.restore_meeting(ctx, 9999))
