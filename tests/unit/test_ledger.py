"""The grant ledger: plans, moves between lines, expenses, corrections, locks, documents."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from wall_desktop.db.enums import DocumentKind, FundingSource, ProjectStatus
from wall_desktop.db.models import Neighbourhood, Person, Programme
from wall_desktop.i18n import set_language
from wall_desktop.services import ledger, projects
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.ledger import BudgetLineInput, ExpenseInput
from wall_desktop.services.projects import ProjectInput

D = Decimal
ON = date(2022, 5, 10)
TABLES = ("budget_line", "budget_transfer", "expense", "expense_document", "project_lock_event")


# ---------------------------------------------------------------- builders


def make_programme(ctx: Context) -> int:
    with ctx.db.write("Tester") as s:
        p = Programme(name="WALL 2022", start_date=date(2022, 2, 1), end_date=date(2023, 9, 30))
        s.add(p)
        s.flush()
        return p.id


def make_project(
    ctx: Context, programme_id: int, name: str = "Nadodrze", grant: str = "4000.00"
) -> int:
    with ctx.db.write("Tester") as s:
        n = Neighbourhood(programme_id=programme_id, name=name)
        s.add(n)
        s.flush()
        neighbourhood_id = n.id
    row = projects.create_project(
        ctx, ProjectInput(neighbourhood_id, f"Podwórko {name}", grant_amount=D(grant))
    )
    return row.id


def make_line(
    ctx: Context,
    programme_id: int,
    project_id: int | None,
    planned: str,
    category: str = "Materiały",
    source: FundingSource = FundingSource.GRANT,
    **kw: Any,
) -> int:
    data = BudgetLineInput(programme_id, project_id, category, None, source, D(planned), **kw)
    return ledger.create_budget_line(ctx, data).id


def expense(line_id: int, amount: str, number: str = "FV/1/2022", **kw: Any) -> ExpenseInput:
    fields: dict[str, Any] = {
        "budget_line_id": line_id,
        "date": ON,
        "document_number": number,
        "document_kind": DocumentKind.INVOICE,
        "vendor": "Castorama Wrocław",
        "description": "farby i pędzle",
        "amount": D(amount),
    }
    fields.update(kw)
    return ExpenseInput(**fields)


def counts(ctx: Context) -> dict[str, int]:
    """Every row of the ledger's tables, soft-deleted ones included, and the change log."""
    with ctx.db.read() as s:
        found = {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
        found["change_log"] = s.execute(text("SELECT count(*) FROM change_log")).scalar_one()
        return found


@contextmanager
def writes_nothing(ctx: Context) -> Iterator[None]:
    before = counts(ctx)
    yield
    assert counts(ctx) == before


def refused(
    ctx: Context, error: type[Exception], call: Callable[[], object], match: str | None = None
) -> str:
    """Run a call that must be refused and write nothing; returns the message."""
    with writes_nothing(ctx), pytest.raises(error, match=match) as info:
        call()
    return str(info.value)


@pytest.fixture
def prog(ctx: Context) -> int:
    return make_programme(ctx)


@pytest.fixture
def project(ctx: Context, prog: int) -> int:
    return make_project(ctx, prog)


def balance(ctx: Context, prog: int, line_id: int) -> ledger.LineBalance:
    return next(b for b in ledger.line_balances(ctx, prog) if b.id == line_id)


# ---------------------------------------------------------------- plans


def test_grant_lines_may_plan_exactly_the_grant_but_not_a_grosz_more(
    ctx: Context, prog: int, project: int
) -> None:
    make_line(ctx, prog, project, "2500.00")
    message = refused(
        ctx,
        RuleViolation,
        lambda: make_line(ctx, prog, project, "1500.01", category="Catering"),
    )
    assert "0,01\u00a0zł" in message and "4\u00a0000,00\u00a0zł" in message
    make_line(ctx, prog, project, "1500.00", category="Catering")
    assert sum(b.planned for b in ledger.line_balances(ctx, prog, project)) == D("4000.00")


def test_own_lines_do_not_count_against_the_grant(ctx: Context, prog: int, project: int) -> None:
    make_line(ctx, prog, project, "4000.00")
    make_line(ctx, prog, project, "900.00", "Wkład własny", FundingSource.OWN_MONEY)


def test_raising_a_line_over_the_grant_is_refused(ctx: Context, prog: int, project: int) -> None:
    line = make_line(ctx, prog, project, "3000.00")
    data = BudgetLineInput(prog, project, "Materiały", None, FundingSource.GRANT, D("4000.10"))
    refused(ctx, RuleViolation, lambda: ledger.update_budget_line(ctx, line, data), "0,10")
    assert ledger.update_budget_line(
        ctx, line, data.__class__(**{**data.__dict__, "planned": D("4000")})
    ).planned == D("4000.00")


def test_a_line_form_is_validated(ctx: Context, prog: int, project: int) -> None:
    bad = BudgetLineInput(prog, project, " ", None, FundingSource.GRANT, D("10.001"))
    with writes_nothing(ctx), pytest.raises(ValidationError) as info:
        ledger.create_budget_line(ctx, bad)
    assert set(info.value.errors) == {"category", "planned"}
    negative = BudgetLineInput(prog, project, "X", None, FundingSource.GRANT, D("-1"))
    refused(ctx, ValidationError, lambda: ledger.create_budget_line(ctx, negative))
    other = make_programme(ctx)
    foreign = BudgetLineInput(other, project, "X", None, FundingSource.GRANT, D("1"))
    refused(ctx, ValidationError, lambda: ledger.create_budget_line(ctx, foreign))


def test_lowering_a_grant_line_below_what_is_spent_is_refused(
    ctx: Context, prog: int, project: int
) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    ledger.add_expense(ctx, expense(line, "600.00"))
    data = BudgetLineInput(prog, project, "Materiały", None, FundingSource.GRANT, D("599.99"))
    refused(ctx, RuleViolation, lambda: ledger.update_budget_line(ctx, line, data), "600,00")
    moved = BudgetLineInput(prog, project, "Materiały", None, FundingSource.OWN_MONEY, D("1000"))
    refused(ctx, RuleViolation, lambda: ledger.update_budget_line(ctx, line, moved))
    refused(ctx, RuleViolation, lambda: ledger.delete_budget_line(ctx, line))


def test_an_empty_line_is_deleted(ctx: Context, prog: int, project: int) -> None:
    line = make_line(ctx, prog, project, "100.00")
    ledger.delete_budget_line(ctx, line)
    assert ledger.line_balances(ctx, prog) == []
    with pytest.raises(NotFound):
        ledger.delete_budget_line(ctx, line)


# ---------------------------------------------------------------- expenses over plan


def test_an_expense_exactly_at_plan_is_booked_and_a_grosz_more_is_refused(
    ctx: Context, prog: int, project: int
) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    ledger.add_expense(ctx, expense(line, "999.99", "FV/1"))
    refused(ctx, RuleViolation, lambda: ledger.add_expense(ctx, expense(line, "0.02", "FV/2")))
    row = ledger.add_expense(ctx, expense(line, "0.01", "FV/2"))
    assert not row.line_over_plan
    message = refused(
        ctx, RuleViolation, lambda: ledger.add_expense(ctx, expense(line, "0.01", "FV/3"))
    )
    assert message == "Wydatek przekracza plan pozycji „Materiały” o 0,01\u00a0zł"
    got = balance(ctx, prog, line)
    assert (got.spent, got.remaining, got.over_plan) == (D("1000.00"), D("0.00"), False)


def test_the_refusal_says_by_how_much_in_polish_and_in_english(
    ctx: Context, prog: int, project: int
) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    ledger.add_expense(ctx, expense(line, "1000.00"))
    message = refused(ctx, RuleViolation, lambda: ledger.add_expense(ctx, expense(line, "120")))
    assert message == "Wydatek przekracza plan pozycji „Materiały” o 120,00\u00a0zł"
    set_language("en")
    message = refused(ctx, RuleViolation, lambda: ledger.add_expense(ctx, expense(line, "1200")))
    assert message == "The expense exceeds the plan of line “Materiały” by 1,200.00\u00a0zł"


def test_raising_a_booked_expense_over_plan_is_refused(
    ctx: Context, prog: int, project: int
) -> None:
    line = make_line(ctx, prog, project, "500.00")
    first = ledger.add_expense(ctx, expense(line, "300.00"))
    ledger.add_expense(ctx, expense(line, "200.00", "FV/2"))
    refused(
        ctx, RuleViolation, lambda: ledger.update_expense(ctx, first.id, expense(line, "300.01"))
    )
    changed = ledger.update_expense(ctx, first.id, expense(line, "250.00", vendor="Leroy Merlin"))
    assert (changed.amount, changed.vendor) == (D("250.00"), "Leroy Merlin")


def test_moving_an_expense_to_a_full_line_is_refused(ctx: Context, prog: int, project: int) -> None:
    small = make_line(ctx, prog, project, "100.00")
    big = make_line(ctx, prog, project, "1000.00", category="Catering")
    booked = ledger.add_expense(ctx, expense(big, "150.00"))
    refused(
        ctx,
        RuleViolation,
        lambda: ledger.update_expense(ctx, booked.id, expense(small, "150.00")),
        "50,00",
    )
    assert ledger.update_expense(ctx, booked.id, expense(small, "100.00")).budget_line_id == small


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"amount": D("10.001")}, "amount"),
        ({"amount": D("0")}, "amount"),
        ({"document_number": "  "}, "document_number"),
        ({"date": date(2022, 1, 31)}, "date"),
        ({"date": date(2023, 10, 1)}, "date"),
        ({"vendor": "x" * 301}, "vendor"),
        ({"handled_by_id": 999}, "handled_by_id"),
        ({"hours": D("2")}, "hours"),
    ],
)
def test_bad_expense_input_is_refused_field_by_field(
    ctx: Context, prog: int, project: int, changes: dict[str, Any], field: str
) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    fields = dict(changes)
    amount = str(fields.pop("amount", "10.00"))
    with writes_nothing(ctx), pytest.raises(ValidationError) as info:
        ledger.add_expense(ctx, expense(line, amount, **fields))
    assert field in info.value.errors


def test_the_programme_dates_themselves_are_accepted(ctx: Context, prog: int, project: int) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    ledger.add_expense(ctx, expense(line, "1", date=date(2022, 2, 1)))
    ledger.add_expense(ctx, expense(line, "1", "FV/2", date=date(2023, 9, 30)))


def test_an_expense_records_who_handled_it_and_the_payment(
    ctx: Context, prog: int, project: int
) -> None:
    with ctx.db.write("Tester") as s:
        person = Person(first_name="Żaneta", last_name="Łuczak")
        s.add(person)
        s.flush()
        person_id = person.id
    line = make_line(ctx, prog, project, "1000.00")
    row = ledger.add_expense(
        ctx,
        expense(line, "99.90", handled_by_id=person_id, payment_date=date(2022, 5, 12)),
    )
    assert (row.handled_by_name, row.payment_date, row.project_id) == (
        "Żaneta Łuczak",
        date(2022, 5, 12),
        project,
    )
    with ctx.db.read() as s:
        who = s.execute(text("SELECT updated_by FROM expense WHERE id = :i"), {"i": row.id})
        assert who.scalar_one() == "Tester"


# ---------------------------------------------------------------- corrections


def test_a_correction_points_at_an_expense_of_its_line_and_not_beyond_it(
    ctx: Context, prog: int, project: int
) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    other = make_line(ctx, prog, project, "1000.00", category="Catering")
    invoice = ledger.add_expense(ctx, expense(line, "300.00", "FV/7"))
    elsewhere = ledger.add_expense(ctx, expense(other, "50.00", "FV/8"))
    refused(ctx, ValidationError, lambda: ledger.add_expense(ctx, expense(line, "-10")))
    refused(
        ctx,
        RuleViolation,
        lambda: ledger.add_expense(ctx, expense(line, "-10", corrects_id=elsewhere.id)),
    )
    refused(
        ctx,
        ValidationError,
        lambda: ledger.add_expense(ctx, expense(line, "10", corrects_id=invoice.id)),
    )
    refused(
        ctx,
        RuleViolation,
        lambda: ledger.add_expense(ctx, expense(line, "-300.01", "KOR/1", corrects_id=invoice.id)),
        "0,01",
    )
    first = ledger.add_expense(ctx, expense(line, "-100.00", "KOR/1", corrects_id=invoice.id))
    assert first.corrects_id == invoice.id
    message = refused(
        ctx,
        RuleViolation,
        lambda: ledger.add_expense(ctx, expense(line, "-200.01", "KOR/2", corrects_id=invoice.id)),
    )
    assert "FV/7" in message and "200,00" in message
    ledger.add_expense(ctx, expense(line, "-200.00", "KOR/2", corrects_id=invoice.id))
    assert balance(ctx, prog, line).spent == D("0.00")
    refused(
        ctx,
        RuleViolation,
        lambda: ledger.add_expense(ctx, expense(line, "-1", "KOR/3", corrects_id=first.id)),
    )


def test_an_expense_with_corrections_keeps_its_line_amount_and_life(
    ctx: Context, prog: int, project: int
) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    other = make_line(ctx, prog, project, "1000.00", category="Catering")
    invoice = ledger.add_expense(ctx, expense(line, "300.00", "FV/7"))
    ledger.add_expense(ctx, expense(line, "-100.00", "KOR/1", corrects_id=invoice.id))
    refused(ctx, RuleViolation, lambda: ledger.delete_expense(ctx, invoice.id))
    refused(
        ctx,
        RuleViolation,
        lambda: ledger.update_expense(ctx, invoice.id, expense(line, "99.99", "FV/7")),
    )
    refused(
        ctx,
        RuleViolation,
        lambda: ledger.update_expense(ctx, invoice.id, expense(other, "300", "FV/7")),
    )
    assert ledger.update_expense(ctx, invoice.id, expense(line, "100.00", "FV/7")).amount == D(
        "100.00"
    )


def test_deleting_a_correction_that_would_overspend_the_line_is_refused(
    ctx: Context, prog: int, project: int
) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    invoice = ledger.add_expense(ctx, expense(line, "1000.00", "FV/1"))
    correction = ledger.add_expense(ctx, expense(line, "-50.00", "KOR/1", corrects_id=invoice.id))
    ledger.add_expense(ctx, expense(line, "50.00", "FV/2"))
    refused(ctx, RuleViolation, lambda: ledger.delete_expense(ctx, correction.id), "50,00")
    extra = ledger.list_expenses(ctx, prog, line_id=line)[-1]
    ledger.delete_expense(ctx, extra.id)
    ledger.delete_expense(ctx, correction.id)
    assert balance(ctx, prog, line).spent == D("1000.00")
    listed = ledger.list_expenses(ctx, prog, line_id=line)  # the deleted ones left out
    assert [(e.document_number, e.amount) for e in listed] == [("FV/1", D("1000.00"))]


# ---------------------------------------------------------------- locked projects


def settle(ctx: Context, project_id: int) -> None:
    row = projects.get_project(ctx, project_id)
    data = ProjectInput(row.neighbourhood_id, row.title, status=ProjectStatus.SETTLED)
    projects.update_project(ctx, project_id, data)


def test_a_settled_project_refuses_ledger_changes_until_unlocked_with_a_reason(
    ctx: Context, prog: int, project: int
) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    other = make_line(ctx, prog, project, "1000.00", category="Catering")
    booked = ledger.add_expense(ctx, expense(line, "100.00"))
    doc = ledger.attach_document(ctx, booked.id, "fv.pdf", b"%PDF-1.4", "application/pdf")
    settle(ctx, project)
    assert balance(ctx, prog, line).locked and ledger.list_expenses(ctx, prog)[0].locked
    message = refused(ctx, RuleViolation, lambda: ledger.add_expense(ctx, expense(line, "1")))
    assert "rozliczony" in message and "odblokuj" in message
    for call in (
        lambda: ledger.update_expense(ctx, booked.id, expense(line, "90")),
        lambda: ledger.delete_expense(ctx, booked.id),
        lambda: ledger.transfer(ctx, line, other, D("10"), "zmiana", ON),
        lambda: make_line(ctx, prog, project, "1.00", category="Nowa"),
        lambda: ledger.delete_budget_line(ctx, other),
        lambda: ledger.attach_document(ctx, booked.id, "b.pdf", b"x", "application/pdf"),
        lambda: ledger.remove_document(ctx, doc.id),
    ):
        refused(ctx, RuleViolation, call, "unlock|odblokuj")
    refused(ctx, ValidationError, lambda: projects.unlock_project(ctx, project, "  "))
    projects.unlock_project(ctx, project, "Korekta faktury od dostawcy")
    assert not projects.is_locked(ctx, project)
    ledger.add_expense(ctx, expense(line, "1.00", "FV/9"))
    projects.lock_project(ctx, project, "Korekta wprowadzona")
    assert projects.is_locked(ctx, project)
    refused(ctx, RuleViolation, lambda: ledger.add_expense(ctx, expense(line, "1", "FV/10")))
    history = projects.lock_history(ctx, project)
    assert [(e.action, e.operator) for e in history] == [
        ("lock", "Tester"),
        ("unlock", "Tester"),
        ("lock", "Tester"),
    ]
    assert history[1].reason == "Korekta faktury od dostawcy"


# ---------------------------------------------------------------- moves between lines


def test_a_move_is_recorded_and_changes_the_effective_plans_only(
    ctx: Context, prog: int, project: int
) -> None:
    materials = make_line(ctx, prog, project, "1000.00")
    catering = make_line(ctx, prog, project, "500.00", category="Catering")
    ledger.add_expense(ctx, expense(materials, "1000.00"))
    refused(ctx, RuleViolation, lambda: ledger.add_expense(ctx, expense(materials, "120", "FV/2")))
    moved = ledger.transfer(ctx, catering, materials, D("120.00"), "Droższe farby", ON)
    assert (moved.from_category, moved.to_category, moved.amount) == (
        "Catering",
        "Materiały",
        D("120.00"),
    )
    ledger.add_expense(ctx, expense(materials, "120.00", "FV/2"))
    m, c = balance(ctx, prog, materials), balance(ctx, prog, catering)
    assert (m.planned, m.transfers_in, m.effective_plan, m.remaining) == (
        D("1000.00"),
        D("120.00"),
        D("1120.00"),
        D("0.00"),
    )
    assert (c.planned, c.transfers_out, c.effective_plan) == (D("500.00"), D("120.00"), D("380.00"))
    assert [t.reason for t in ledger.list_transfers(ctx, prog, project)] == ["Droższe farby"]
    # The grant lines still plan what they planned together.
    assert sum(b.effective_plan for b in ledger.line_balances(ctx, prog, project)) == D("1500.00")


def test_a_move_may_not_take_what_the_source_already_spent(
    ctx: Context, prog: int, project: int
) -> None:
    materials = make_line(ctx, prog, project, "1000.00")
    catering = make_line(ctx, prog, project, "500.00", category="Catering")
    ledger.add_expense(ctx, expense(catering, "300.00"))
    message = refused(
        ctx, RuleViolation, lambda: ledger.transfer(ctx, catering, materials, D("200.01"), "x", ON)
    )
    assert "200,00" in message and "300,00" in message
    ledger.transfer(ctx, catering, materials, D("200.00"), "reszta", ON)
    assert balance(ctx, prog, catering).remaining == D("0.00")


def test_moves_across_budgets_and_funding_sources_are_refused(ctx: Context, prog: int) -> None:
    one = make_project(ctx, prog, "Nadodrze")
    two = make_project(ctx, prog, "Kozanów")
    grant_one = make_line(ctx, prog, one, "1000.00")
    grant_two = make_line(ctx, prog, two, "1000.00")
    own_one = make_line(ctx, prog, one, "300.00", "Wkład", FundingSource.OWN_MONEY)
    kind_one = make_line(
        ctx,
        prog,
        one,
        "0",
        "Wolontariat",
        FundingSource.OWN_IN_KIND,
        in_kind_hours=D("10"),
        in_kind_rate=D("30"),
    )
    kind_two = make_line(
        ctx,
        prog,
        one,
        "0",
        "Wolontariat 2",
        FundingSource.OWN_IN_KIND,
        in_kind_hours=D("10"),
        in_kind_rate=D("30"),
    )
    central = make_line(ctx, prog, None, "5000.00", "Koordynacja")
    for source, target in (
        (grant_one, grant_two),
        (grant_one, own_one),
        (own_one, grant_one),
        (grant_one, central),
        (kind_one, kind_two),
    ):
        refused(
            ctx,
            RuleViolation,
            lambda s=source, t=target: ledger.transfer(ctx, s, t, D("1"), "x", ON),
        )


@pytest.mark.parametrize(
    ("amount", "reason", "on", "field"),
    [
        (D("0"), "x", ON, "amount"),
        (D("-5"), "x", ON, "amount"),
        (D("1.005"), "x", ON, "amount"),
        (D("1"), " ", ON, "reason"),
        (D("1"), "x", date(2021, 12, 31), "date"),
    ],
)
def test_bad_move_input_is_refused(
    ctx: Context, prog: int, project: int, amount: Decimal, reason: str, on: date, field: str
) -> None:
    a = make_line(ctx, prog, project, "100.00")
    b = make_line(ctx, prog, project, "100.00", category="B")
    with writes_nothing(ctx), pytest.raises(ValidationError) as info:
        ledger.transfer(ctx, a, b, amount, reason, on)
    assert field in info.value.errors
    refused(ctx, ValidationError, lambda: ledger.transfer(ctx, a, a, D("1"), "x", ON))


def test_undoing_a_move_whose_money_was_spent_is_refused(
    ctx: Context, prog: int, project: int
) -> None:
    a = make_line(ctx, prog, project, "100.00")
    b = make_line(ctx, prog, project, "100.00", category="B")
    moved = ledger.transfer(ctx, a, b, D("50"), "x", ON)
    ledger.add_expense(ctx, expense(b, "100.01"))
    refused(ctx, RuleViolation, lambda: ledger.delete_transfer(ctx, moved.id), "0,01")
    refused(ctx, RuleViolation, lambda: ledger.delete_budget_line(ctx, a))
    ledger.update_expense(ctx, ledger.list_expenses(ctx, prog)[0].id, expense(b, "100.00"))
    ledger.delete_transfer(ctx, moved.id)
    assert balance(ctx, prog, b).effective_plan == D("100.00")


# ---------------------------------------------------------------- own contribution


def test_own_money_over_plan_is_booked_and_flagged(ctx: Context, prog: int, project: int) -> None:
    own = make_line(ctx, prog, project, "200.00", "Wkład własny", FundingSource.OWN_MONEY)
    ledger.add_expense(ctx, expense(own, "150.00"))
    row = ledger.add_expense(ctx, expense(own, "80.00", "FV/2"))
    assert row.line_over_plan
    got = balance(ctx, prog, own)
    assert (got.spent, got.remaining, got.over_plan) == (D("230.00"), D("-30.00"), True)


def test_in_kind_lines_value_volunteer_hours(ctx: Context, prog: int, project: int) -> None:
    line = make_line(
        ctx,
        prog,
        project,
        "0",
        "Praca wolontariuszy",
        FundingSource.OWN_IN_KIND,
        in_kind_hours=D("40"),
        in_kind_rate=D("35.50"),
    )
    assert balance(ctx, prog, line).planned == D("1420.00")
    row = ledger.add_expense(ctx, expense(line, "0", "KP/1", hours=D("2.5")))
    assert (row.amount, row.hours) == (D("88.75"), D("2.50"))
    refused(ctx, ValidationError, lambda: ledger.add_expense(ctx, expense(line, "50", "KP/2")))
    refused(
        ctx,
        ValidationError,
        lambda: ledger.add_expense(ctx, expense(line, "1", "KP/2", hours=D("1"))),
    )
    # 0.01 h × 35.50 zł = 0.355 zł: not a whole grosz.
    refused(
        ctx,
        ValidationError,
        lambda: ledger.add_expense(ctx, expense(line, "0", "KP/2", hours=D("0.01"))),
    )
    ledger.add_expense(ctx, expense(line, "1420.00", "KP/3", hours=D("40")))
    over = balance(ctx, prog, line)
    assert (over.spent, over.spent_hours, over.over_plan) == (D("1508.75"), D("42.50"), True)
    wrong_plan = BudgetLineInput(
        prog, project, "W", None, FundingSource.OWN_IN_KIND, D("100"), D("40"), D("35.50")
    )
    refused(
        ctx, ValidationError, lambda: ledger.create_budget_line(ctx, wrong_plan), "1\u00a0420,00"
    )
    no_rate = BudgetLineInput(prog, project, "W", None, FundingSource.OWN_IN_KIND, D("0"), D("4"))
    refused(ctx, ValidationError, lambda: ledger.create_budget_line(ctx, no_rate))
    hours_on_grant = BudgetLineInput(prog, project, "W", None, FundingSource.GRANT, D("1"), D("4"))
    refused(ctx, ValidationError, lambda: ledger.create_budget_line(ctx, hours_on_grant))


# ---------------------------------------------------------------- documents


def test_documents_are_kept_with_their_checksum(ctx: Context, prog: int, project: int) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    booked = ledger.add_expense(ctx, expense(line, "10.00"))
    scan = b"%PDF-1.4 faktura \xc5\xbc\xc3\xb3\xc5\x82\xc4\x87"
    doc = ledger.attach_document(
        ctx, booked.id, "C:\\skany\\faktura żółć.pdf", scan, "application/pdf"
    )
    assert (doc.file_name, doc.size, doc.sha256) == (
        "faktura żółć.pdf",
        len(scan),
        hashlib.sha256(scan).hexdigest(),
    )
    assert ledger.document_content(ctx, doc.id) == scan
    assert ledger.list_expenses(ctx, prog)[0].document_count == 1
    assert [d.id for d in ledger.list_documents(ctx, booked.id)] == [doc.id]
    ledger.remove_document(ctx, doc.id)
    assert ledger.list_documents(ctx, booked.id) == []
    with pytest.raises(NotFound):
        ledger.document_content(ctx, doc.id)


def test_empty_and_oversized_documents_are_refused(ctx: Context, prog: int, project: int) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    booked = ledger.add_expense(ctx, expense(line, "10.00"))
    refused(
        ctx,
        ValidationError,
        lambda: ledger.attach_document(ctx, booked.id, "a.pdf", b"", "application/pdf"),
    )
    too_big = b"\0" * (ledger.MAX_DOCUMENT_BYTES + 1)
    refused(
        ctx,
        ValidationError,
        lambda: ledger.attach_document(ctx, booked.id, "a.pdf", too_big, "application/pdf"),
    )
    refused(
        ctx,
        ValidationError,
        lambda: ledger.attach_document(ctx, booked.id, " ", b"x", "application/pdf"),
    )
    at_limit = ledger.attach_document(ctx, booked.id, "a.pdf", too_big[:-1], "application/pdf")
    assert at_limit.size == 20 * 1024 * 1024


def test_deleting_an_expense_takes_its_documents(ctx: Context, prog: int, project: int) -> None:
    line = make_line(ctx, prog, project, "1000.00")
    booked = ledger.add_expense(ctx, expense(line, "10.00"))
    ledger.attach_document(ctx, booked.id, "a.jpg", b"\xff\xd8", "image/jpeg")
    ledger.attach_document(ctx, booked.id, "b.jpg", b"\xff\xd9", "image/jpeg")
    assert ledger.delete_expense(ctx, booked.id) == 2
    assert ledger.list_expenses(ctx, prog) == []
    assert ledger.list_documents(ctx, booked.id) == []


# ---------------------------------------------------------------- summaries


def test_the_summary_adds_up_to_the_grosz(ctx: Context, prog: int) -> None:
    one = make_project(ctx, prog, "Nadodrze", "4000.00")
    two = make_project(ctx, prog, "Kozanów", "3500.00")
    a = make_line(ctx, prog, one, "0.30", "Drobne")
    b = make_line(ctx, prog, two, "3500.00")
    own = make_line(ctx, prog, one, "100.00", "Wkład", FundingSource.OWN_MONEY)
    kind = make_line(
        ctx,
        prog,
        two,
        "0",
        "Wolontariat",
        FundingSource.OWN_IN_KIND,
        in_kind_hours=D("12"),
        in_kind_rate=D("40"),
    )
    central = make_line(ctx, prog, None, "2000.00", "Koordynacja")
    for i in range(3):  # 0.10 three times: a float sum would not give 0.30
        ledger.add_expense(ctx, expense(a, "0.10", f"P/{i}"))
    invoice = ledger.add_expense(ctx, expense(b, "1234.56", "FV/1"))
    ledger.add_expense(ctx, expense(b, "-0.56", "KOR/1", corrects_id=invoice.id))
    ledger.add_expense(ctx, expense(own, "120.00", "W/1"))
    ledger.add_expense(ctx, expense(kind, "0", "KP/1", hours=D("3.25")))
    ledger.add_expense(ctx, expense(central, "999.99", "FV/9"))
    deleted = ledger.add_expense(ctx, expense(central, "500.00", "FV/10"))
    ledger.delete_expense(ctx, deleted.id)

    summary = ledger.ledger_summary(ctx, prog)
    assert (summary.grant.planned, summary.grant.spent, summary.grant.remaining) == (
        D("5500.30"),
        D("2234.29"),
        D("3266.01"),
    )
    assert (summary.own_money.spent, summary.own_money.remaining) == (D("120.00"), D("-20.00"))
    assert (summary.in_kind.planned, summary.in_kind.spent) == (D("480.00"), D("130.00"))
    assert (summary.in_kind.planned_hours, summary.in_kind.spent_hours) == (D("12.00"), D("3.25"))
    assert summary.own_contribution == D("250.00")
    assert summary.by_source(FundingSource.OWN_IN_KIND).remaining == D("350.00")
    assert summary.programme_lines.grant.spent == D("999.99")
    by_name = {p.neighbourhood_name: p for p in summary.projects}
    assert by_name["Nadodrze"].grant.spent == D("0.30")
    assert by_name["Kozanów"].grant.remaining == D("2266.00")
    assert by_name["Kozanów"].in_kind.spent == D("130.00")
    assert summary.grant_awarded_to_projects == D("7500.00")
    assert all(isinstance(x, Decimal) for x in (summary.grant.spent, summary.in_kind.spent))
    rows = projects.list_projects(ctx, prog)
    assert {r.neighbourhood_name: r.grant_spent for r in rows} == {
        "Kozanów": D("1234.00"),
        "Nadodrze": D("0.30"),
    }


def test_expenses_are_listed_by_project_and_line(ctx: Context, prog: int) -> None:
    one = make_project(ctx, prog, "Nadodrze")
    two = make_project(ctx, prog, "Kozanów")
    a = make_line(ctx, prog, one, "100.00")
    b = make_line(ctx, prog, two, "100.00")
    ledger.add_expense(ctx, expense(a, "1", "A/1", date=date(2022, 6, 1)))
    ledger.add_expense(ctx, expense(a, "2", "A/2", date=date(2022, 4, 1)))
    ledger.add_expense(ctx, expense(b, "3", "B/1"))
    assert [e.document_number for e in ledger.list_expenses(ctx, prog)] == ["A/2", "B/1", "A/1"]
    assert [e.document_number for e in ledger.list_expenses(ctx, prog, project_id=two)] == ["B/1"]
    assert [e.document_number for e in ledger.list_expenses(ctx, prog, line_id=a)] == ["A/2", "A/1"]
    assert ledger.list_expenses(ctx, make_programme(ctx)) == []
