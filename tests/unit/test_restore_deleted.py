"""Undoing a delete: a neighbourhood or a training session comes back with what went with it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.training_factories import Academy, attendance_rows, make_academy
from wall_desktop.db.models import Neighbourhood, Programme, TrainingSession
from wall_desktop.services.attendance_grid import attendance_grid
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.neighbourhoods import (
    NeighbourhoodInput,
    create_neighbourhood,
    delete_neighbourhood,
    get_neighbourhood,
    list_neighbourhoods,
    restore_neighbourhood,
    update_neighbourhood,
)
from wall_desktop.services.people import EnrolmentInput, PersonInput, create_person, delete_person
from wall_desktop.services.people_list import Role
from wall_desktop.services.trainings import delete_session, list_sessions, restore_session


def _programme(ctx: Context) -> int:
    with ctx.db.write("Tester") as s:
        p = Programme(name="WALL", start_date=date(2022, 2, 1), end_date=date(2023, 9, 30))
        s.add(p)
        s.flush()
        return p.id


def _mentor(ctx: Context, pid: int, first: str) -> int:
    roles = frozenset({Role.MENTOR})
    return create_person(ctx, PersonInput(first, "Nowak"), EnrolmentInput(pid, roles=roles)).id


def _deleted(ctx: Context, model: type[Neighbourhood] | type[TrainingSession], rid: int) -> bool:
    with ctx.db.read() as s:
        row = s.execute(
            select(model).where(model.id == rid).execution_options(include_deleted=True)
        ).scalar_one()
        return row.deleted_at is not None


def test_a_neighbourhood_comes_back_with_the_mentors_deleted_with_it(ctx: Context) -> None:
    pid = _programme(ctx)
    ewa, jan, ola = (_mentor(ctx, pid, n) for n in ("Ewa", "Jan", "Ola"))
    made = create_neighbourhood(
        ctx, NeighbourhoodInput(pid, "Huby", mentor_ids=frozenset({ewa, jan, ola}))
    )
    kept = update_neighbourhood(  # Ola stopped mentoring before the delete: she stays out
        ctx, made.id, NeighbourhoodInput(pid, "Huby", mentor_ids=frozenset({ewa, jan}))
    )
    delete_neighbourhood(ctx, made.id)
    delete_person(ctx, jan)  # deleted meanwhile: not brought back as a mentor

    back = restore_neighbourhood(ctx, made.id)

    assert back.data.name == "Huby" and back.data.mentor_ids == {ewa}
    assert [n.name for n in list_neighbourhoods(ctx, pid)] == ["Huby"]
    assert get_neighbourhood(ctx, made.id).row_version > kept.row_version
    assert restore_neighbourhood(ctx, made.id) == get_neighbourhood(ctx, made.id)  # no change


def test_a_neighbourhood_whose_name_was_taken_meanwhile_stays_deleted(ctx: Context) -> None:
    pid = _programme(ctx)
    old = create_neighbourhood(ctx, NeighbourhoodInput(pid, "Huby")).id
    delete_neighbourhood(ctx, old)
    create_neighbourhood(ctx, NeighbourhoodInput(pid, "Huby"))
    with pytest.raises(ValidationError) as err:
        restore_neighbourhood(ctx, old)
    assert "name" in err.value.errors
    assert _deleted(ctx, Neighbourhood, old)
    with pytest.raises(NotFound):
        restore_neighbourhood(ctx, 9999)


@pytest.fixture
def academy(ctx: Context) -> Academy:
    return make_academy(ctx, hoods=("Nadodrze", "Szczepin"))


def test_a_session_comes_back_with_the_marks_deleted_with_it(
    ctx: Context, academy: Academy
) -> None:
    sid = academy.session("6")
    anna, jan, ola = (academy.person(f, "Nowak") for f in ("Anna", "Jan", "Ola"))
    academy.mark(anna, sid, "present", "4")
    academy.mark(jan, sid, "excused")
    academy.mark(ola, sid)
    academy.mark(ola, sid, None)  # cleared before the delete: stays cleared
    delete_session(ctx, sid)
    delete_person(ctx, jan)

    back = restore_session(ctx, sid)

    assert back.id == sid and (back.present, back.excused, back.absent) == (1, 0, 0)
    assert [r.id for r in list_sessions(ctx, academy.hoods["Nadodrze"])] == [sid]
    grid = attendance_grid(ctx, academy.hoods["Nadodrze"])
    assert grid.cells[(anna, sid)].hours == Decimal("4") and (ola, sid) not in grid.cells
    assert attendance_rows(ctx, live_only=True) == 1
    assert restore_session(ctx, sid) == back  # restoring a live session changes nothing


def test_a_session_of_a_deleted_neighbourhood_stays_deleted(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6", hood="Szczepin")
    delete_session(ctx, sid)
    delete_neighbourhood(ctx, academy.hoods["Szczepin"])
    with pytest.raises(RuleViolation):
        restore_session(ctx, sid)
    assert _deleted(ctx, TrainingSession, sid)
    with pytest.raises(NotFound):
        restore_session(ctx, 9999)
