"""Hour sums behind eligibility: what counts, what does not, and exactness."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.training_factories import Academy, make_academy
from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import SessionStatus
from wall_desktop.db.models import Attendance, Enrolment, Person
from wall_desktop.services.context import Context
from wall_desktop.services.hours import cycle_hours, enrolment_hours
from wall_desktop.services.trainings import delete_session

D = Decimal


@pytest.fixture
def academy(ctx: Context) -> Academy:
    return make_academy(ctx, hoods=("Nadodrze", "Szczepin", "Biskupin"))


def _attended(ctx: Context, programme_id: int) -> dict[int, Decimal]:
    with ctx.db.read() as s:
        return {r.person_id: r.attended for r in enrolment_hours(s, programme_id)}


def test_cycle_hours_count_held_and_planned_apart(ctx: Context, academy: Academy) -> None:
    academy.session("6")
    academy.session("4.5")
    academy.session("3", SessionStatus.PLANNED)
    academy.session("5", SessionStatus.CANCELLED)
    gone = academy.session("8")
    delete_session(ctx, gone)
    academy.session("2", hood="Szczepin")
    with ctx.db.read() as s:
        cycles = cycle_hours(s, academy.programme_id)
        one = cycle_hours(s, academy.programme_id, academy.hoods["Szczepin"])
    nadodrze = cycles[academy.hoods["Nadodrze"]]
    assert (nadodrze.held, nadodrze.planned) == (D("10.5"), D("3"))
    assert (cycles[academy.hoods["Szczepin"]].held, cycles[academy.hoods["Szczepin"]].planned) == (
        D("2"),
        D("0"),
    )
    biskupin = cycles[academy.hoods["Biskupin"]]  # no sessions at all: zeros, not missing
    assert (biskupin.held, biskupin.planned) == (D("0"), D("0"))
    assert list(one) == [academy.hoods["Szczepin"]]


def test_only_held_sessions_of_the_own_neighbourhood_count(ctx: Context, academy: Academy) -> None:
    held = academy.session("6")
    planned = academy.session("6", SessionStatus.PLANNED)
    to_delete = academy.session("6")
    anna = academy.person("Anna", "Nowak")
    for sid in (held, planned, to_delete):
        academy.mark(anna, sid)
    delete_session(ctx, to_delete)
    assert _attended(ctx, academy.programme_id) == {anna: D("6")}


def test_removed_marks_do_not_count(ctx: Context, academy: Academy) -> None:
    s1, s2 = academy.session("6"), academy.session("6")
    anna = academy.person("Anna", "Nowak")
    academy.mark(anna, s1)
    academy.mark(anna, s2)
    academy.mark(anna, s2, None)
    assert _attended(ctx, academy.programme_id) == {anna: D("6")}


def test_sums_are_exact(ctx: Context, academy: Academy) -> None:
    sessions = [academy.session("0.1") for _ in range(3)] + [academy.session("0.2")]
    anna = academy.person("Anna", "Nowak")
    for sid in sessions:
        academy.mark(anna, sid)
    got = _attended(ctx, academy.programme_id)[anna]
    assert got == D("0.5") and str(got) == "0.50"  # 0.1 + 0.1 + 0.1 + 0.2, no float noise
    with ctx.db.read() as s:
        assert cycle_hours(s, academy.programme_id)[academy.hoods["Nadodrze"]].held == D("0.50")


def test_deleted_people_and_enrolments_are_left_out(ctx: Context, academy: Academy) -> None:
    sid = academy.session("6")
    stays = academy.person("Anna", "Nowak")
    erased = academy.person("Jan", "Kowalski")
    unenrolled = academy.person("Ewa", "Lis")
    for p in (stays, erased, unenrolled):
        academy.mark(p, sid)
    with ctx.db.write("Tester") as s:
        person = s.get(Person, erased)
        assert person is not None
        person.deleted_at = utcnow()
        e = s.execute(select(Enrolment).where(Enrolment.person_id == unenrolled)).scalar_one()
        e.deleted_at = utcnow()
    assert _attended(ctx, academy.programme_id) == {stays: D("6")}


def test_a_person_without_a_neighbourhood_has_no_hours(ctx: Context, academy: Academy) -> None:
    academy.session("6")
    nobody = academy.person("Olga", "Kamińska", hood=None)
    with ctx.db.read() as s:
        rows = enrolment_hours(s, academy.programme_id, person_id=nobody)
    assert [(r.person_id, r.neighbourhood_id, r.attended) for r in rows] == [(nobody, None, D("0"))]


def test_one_grouped_row_per_enrolment_however_many_marks(ctx: Context, academy: Academy) -> None:
    sessions = [academy.session("2") for _ in range(5)]
    people = [academy.person(f"Osoba{i}", "Testowa") for i in range(4)]
    for sid in sessions:
        for p in people:
            academy.mark(p, sid)
    with ctx.db.read() as s:
        rows = enrolment_hours(s, academy.programme_id, neighbourhood_id=academy.hoods["Nadodrze"])
        marks = len(s.execute(select(Attendance)).all())
    assert marks == 20
    assert sorted(r.person_id for r in rows) == sorted(people)
    assert {r.attended for r in rows} == {D("10")}
