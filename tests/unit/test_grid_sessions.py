"""The grid's columns count the marks themselves: the same figures as the sessions list."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from tests.training_factories import make_academy
from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import SessionStatus
from wall_desktop.db.models import Enrolment, EnrolmentRole
from wall_desktop.services.context import Context
from wall_desktop.services.trainings import attendance_grid, list_sessions


def test_grid_columns_equal_the_sessions_list(ctx: Context) -> None:
    academy = make_academy(ctx, hoods=("Nadodrze", "Szczepin"))
    held, other, empty = academy.session("6"), academy.session("4"), academy.session("3")
    academy.session("2", SessionStatus.CANCELLED)
    elsewhere = academy.session("5", hood="Szczepin")
    anna, jan = academy.person("Anna", "Nowak"), academy.person("Jan", "Kowalski")
    ola = academy.person("Ola", "Wrona")
    academy.mark(anna, held, "present", "2.5")
    academy.mark(jan, held, "excused")
    academy.mark(ola, held, "absent")
    academy.mark(anna, other, "present")
    academy.mark(jan, other, "present")
    academy.mark(jan, other, None)  # removed: not counted
    academy.mark(academy.person("Ewa", "Lis", hood="Szczepin"), elsewhere)
    with ctx.db.write("Tester") as s:  # Ola loses her role: off the grid, her mark counts
        enrolment = s.execute(select(Enrolment.id).where(Enrolment.person_id == ola)).scalar_one()
        for role in s.execute(
            select(EnrolmentRole).where(EnrolmentRole.enrolment_id == enrolment)
        ).scalars():
            role.deleted_at = utcnow()

    hood = academy.hoods["Nadodrze"]
    grid = attendance_grid(ctx, hood)
    assert list(grid.sessions) == list_sessions(ctx, hood)
    by_id = {t.id: t for t in grid.sessions}
    assert (by_id[held].present, by_id[held].excused, by_id[held].absent) == (1, 1, 1)
    assert by_id[held].attended_hours == Decimal("2.5")
    assert (by_id[other].present, by_id[other].attended_hours) == (1, Decimal("4"))
    assert (by_id[empty].present, by_id[empty].attended_hours) == (0, Decimal("0"))
    assert ola not in {p.person_id for p in grid.people}
