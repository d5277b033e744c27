"""Undoing an expense's delete: it comes back with its scans, only if the ledger allows it."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from tests.training_factories import change_seq
from tests.unit.test_ledger import expense, make_line, make_programme, make_project
from wall_desktop.db.enums import ProjectStatus
from wall_desktop.db.models import Expense
from wall_desktop.services import ledger, projects
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation
from wall_desktop.services.expenses import (
    attach_document,
    list_documents,
    remove_document,
    restore_expense,
)


def _refused(ctx: Context, expense_id: int, match: str | None = None) -> None:
    before = change_seq(ctx)
    with pytest.raises(RuleViolation, match=match):
        restore_expense(ctx, expense_id)
    assert change_seq(ctx) == before
    with ctx.db.read() as s:
        row = s.execute(
            select(Expense).where(Expense.id == expense_id).execution_options(include_deleted=True)
        ).scalar_one()
        assert row.deleted_at is not None


def _spent(ctx: Context, programme_id: int, line_id: int) -> D:
    return next(b for b in ledger.line_balances(ctx, programme_id) if b.id == line_id).spent


def test_an_expense_comes_back_with_the_scans_deleted_with_it(ctx: Context) -> None:
    prog = make_programme(ctx)
    line = make_line(ctx, prog, make_project(ctx, prog), "1000.00")
    row = ledger.add_expense(ctx, expense(line, "600.00"))
    kept = attach_document(ctx, row.id, "fv.pdf", b"%PDF-1 fv", "application/pdf")
    dropped = attach_document(ctx, row.id, "old.pdf", b"%PDF-1 old", "application/pdf")
    remove_document(ctx, dropped.id)  # removed before the delete: stays removed
    assert ledger.delete_expense(ctx, row.id) == 1
    assert _spent(ctx, prog, line) == D("0")

    back = restore_expense(ctx, row.id)

    assert back.id == row.id and back.amount == D("600.00")
    assert [d.id for d in list_documents(ctx, row.id)] == [kept.id]
    assert _spent(ctx, prog, line) == D("600.00")
    assert restore_expense(ctx, row.id) == back  # a live expense is left as is
    with pytest.raises(NotFound):
        restore_expense(ctx, 9999)


def test_an_expense_that_would_go_over_plan_stays_deleted(ctx: Context) -> None:
    prog = make_programme(ctx)
    line = make_line(ctx, prog, make_project(ctx, prog), "1000.00")
    row = ledger.add_expense(ctx, expense(line, "600.00"))
    ledger.delete_expense(ctx, row.id)
    ledger.add_expense(ctx, expense(line, "500.00", "FV/2/2022"))
    _refused(ctx, row.id, match="100,00")
    assert _spent(ctx, prog, line) == D("500.00")


def test_an_expense_of_a_locked_project_stays_deleted(ctx: Context) -> None:
    prog = make_programme(ctx)
    pid = make_project(ctx, prog)
    line = make_line(ctx, prog, pid, "1000.00")
    row = ledger.add_expense(ctx, expense(line, "600.00"))
    ledger.delete_expense(ctx, row.id)
    project = projects.get_project(ctx, pid)
    data = projects.ProjectInput(project.neighbourhood_id, project.title)
    projects.update_project(
        ctx, pid, replace(data, status=ProjectStatus.SETTLED, grant_amount=project.grant_amount)
    )
    assert projects.is_locked(ctx, pid)
    _refused(ctx, row.id)


def test_a_correction_comes_back_only_if_the_original_has_enough_left(ctx: Context) -> None:
    prog = make_programme(ctx)
    line = make_line(ctx, prog, make_project(ctx, prog), "1000.00")
    original = ledger.add_expense(ctx, expense(line, "500.00"))
    fix = ledger.add_expense(ctx, expense(line, "-100.00", "KOR/1", corrects_id=original.id))
    ledger.delete_expense(ctx, fix.id)
    assert restore_expense(ctx, fix.id).amount == D("-100.00")
    ledger.delete_expense(ctx, fix.id)
    ledger.add_expense(ctx, expense(line, "-450.00", "KOR/2", corrects_id=original.id))
    _refused(ctx, fix.id)
