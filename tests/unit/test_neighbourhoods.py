"""Neighbourhoods: unique names, mentors, refused deletion, and the live figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from wall_desktop.db.base import utcnow
from wall_desktop.db.enums import EnrolmentStatus, ProjectStatus, Role, SessionStatus
from wall_desktop.db.models import (
    Neighbourhood,
    NeighbourhoodMentor,
    Person,
    Programme,
    Project,
    TrainingSession,
)
from wall_desktop.services.context import Context
from wall_desktop.services.errors import RuleViolation, ValidationError
from wall_desktop.services.neighbourhoods import (
    NeighbourhoodInput,
    create_neighbourhood,
    delete_neighbourhood,
    get_neighbourhood,
    list_neighbourhoods,
    update_neighbourhood,
)
from wall_desktop.services.people import EnrolmentInput, PersonInput, create_person, delete_person


def programme(ctx: Context, name: str = "WALL") -> int:
    with ctx.db.write("Tester") as s:
        p = Programme(name=name, start_date=date(2022, 2, 1), end_date=date(2023, 9, 30))
        s.add(p)
        s.flush()
        return p.id


def mentor(ctx: Context, pid: int, first: str, last: str) -> int:
    roles = frozenset({Role.MENTOR})
    return create_person(ctx, PersonInput(first, last), EnrolmentInput(pid, roles=roles)).id


def hoods(ctx: Context) -> int:
    with ctx.db.read() as s:
        return int(s.execute(select(func.count(Neighbourhood.id))).scalar_one())


def test_create_and_update_with_mentors(ctx: Context) -> None:
    pid = programme(ctx)
    ewa, jan = mentor(ctx, pid, "Ewa", "Źródło"), mentor(ctx, pid, "Jan", "Adamski")
    made = create_neighbourhood(
        ctx,
        NeighbourhoodInput(
            pid, "  Nadodrze ", cycle_start=date(2022, 3, 1), mentor_ids=frozenset({ewa})
        ),
    )
    assert made.data.name == "Nadodrze" and made.data.mentor_ids == {ewa}
    changed = update_neighbourhood(
        ctx,
        made.id,
        NeighbourhoodInput(pid, "Nadodrze", mentor_ids=frozenset({jan})),
        expected_version=made.row_version,
    )
    assert changed.data.mentor_ids == {jan}
    assert get_neighbourhood(ctx, made.id).data.mentor_ids == {jan}
    with ctx.db.read() as s:
        assert s.execute(select(NeighbourhoodMentor.updated_by)).scalars().all() == ["Tester"]


@pytest.mark.parametrize("name", ["nadodrze", "NADODRZE", "Nadódrze", " Nadodrze "])
def test_names_are_unique_per_programme_ignoring_case_and_accents(ctx: Context, name: str) -> None:
    pid = programme(ctx)
    create_neighbourhood(ctx, NeighbourhoodInput(pid, "Nadodrze"))
    with pytest.raises(ValidationError) as err:
        create_neighbourhood(ctx, NeighbourhoodInput(pid, name))
    assert err.value.errors["name"].startswith("Program ma już osiedle o nazwie")
    assert hoods(ctx) == 1
    create_neighbourhood(ctx, NeighbourhoodInput(programme(ctx, "Pilot"), name))
    assert hoods(ctx) == 2


def test_bad_input_is_refused(ctx: Context) -> None:
    pid = programme(ctx)
    outsider = create_person(ctx, PersonInput("Ala", "Kot"), EnrolmentInput(pid)).id
    with pytest.raises(ValidationError) as err:
        create_neighbourhood(
            ctx,
            NeighbourhoodInput(
                pid,
                "",
                recruitment_start=date(2022, 3, 1),
                recruitment_end=date(2022, 2, 1),
                cycle_start=date(2022, 5, 1),
                cycle_end=date(2022, 4, 1),
                mentor_ids=frozenset({outsider}),
            ),
        )
    assert set(err.value.errors) == {"name", "recruitment_end", "cycle_end", "mentor_ids"}
    assert hoods(ctx) == 0


def test_delete_refused_with_counts_then_allowed(ctx: Context) -> None:
    pid = programme(ctx)
    hood = create_neighbourhood(ctx, NeighbourhoodInput(pid, "Huby")).id
    people = [
        create_person(ctx, PersonInput(f, "Nowak"), EnrolmentInput(pid, neighbourhood_id=hood)).id
        for f in ("Anna", "Ewa")
    ]
    with ctx.db.write("Tester") as s:
        s.add(
            TrainingSession(
                neighbourhood_id=hood, date=date(2022, 3, 5), hours=Decimal("5"), topic="Zjazd"
            )
        )
    with pytest.raises(RuleViolation) as err:
        delete_neighbourhood(ctx, hood)
    assert str(err.value) == (
        "Nie można usunąć osiedla „Huby”, dopóki ma: 2 osoby, 1 szkolenie. "
        "Najpierw je przenieś lub usuń."
    )
    for pid_ in people:
        delete_person(ctx, pid_)
    with ctx.db.write("Tester") as s:
        s.execute(select(TrainingSession)).scalar_one().deleted_at = utcnow()
    delete_neighbourhood(ctx, hood)
    assert list_neighbourhoods(ctx, pid) == []


def test_list_figures(ctx: Context) -> None:
    pid = programme(ctx)
    ewa = mentor(ctx, pid, "Ewa", "Źródło")
    north = create_neighbourhood(
        ctx, NeighbourhoodInput(pid, "Nadodrze", mentor_ids=frozenset({ewa}))
    ).id
    south = create_neighbourhood(ctx, NeighbourhoodInput(pid, "Biskupin")).id
    for first, status in (
        ("Anna", EnrolmentStatus.ACCEPTED),
        ("Ola", EnrolmentStatus.CANDIDATE),
        ("Iga", EnrolmentStatus.RESIGNED),
    ):
        create_person(
            ctx,
            PersonInput(first, "Lis"),
            EnrolmentInput(pid, neighbourhood_id=north, status=status),
        )
    with ctx.db.write("Tester") as s:
        for day, hours, held in (
            (5, "5.5", SessionStatus.HELD),
            (6, "4.25", SessionStatus.HELD),
            (12, "5", SessionStatus.CANCELLED),
            (13, "5", SessionStatus.PLANNED),
        ):
            s.add(
                TrainingSession(
                    neighbourhood_id=north,
                    date=date(2022, 3, day),
                    hours=Decimal(hours),
                    topic="Zjazd",
                    status=held,
                )
            )
        s.add(
            Project(
                neighbourhood_id=north,
                title="Zielone podwórko",
                grant_amount=Decimal("4000.00"),
                status=ProjectStatus.IN_PROGRESS,
            )
        )
    rows = list_neighbourhoods(ctx, pid)
    assert [r.name for r in rows] == ["Biskupin", "Nadodrze"]
    empty, full = rows
    assert (empty.id, empty.people, empty.sessions_held, empty.hours_delivered) == (
        south,
        0,
        0,
        Decimal("0.00"),
    )
    assert empty.project_title is None
    assert full.mentors == ("Ewa Źródło",)
    assert (full.people, full.sessions_held, full.sessions_planned) == (2, 2, 1)
    assert full.hours_delivered == Decimal("9.75")
    assert isinstance(full.hours_delivered, Decimal)
    assert (full.project_title, full.project_status, full.project_grant) == (
        "Zielone podwórko",
        ProjectStatus.IN_PROGRESS,
        Decimal("4000.00"),
    )


def test_list_figures_stay_within_the_programme(ctx: Context) -> None:
    """Other programmes' people and sessions, deleted people, sessions and projects stay out."""
    pid, other = programme(ctx), programme(ctx, "WALL 2")
    mine = create_neighbourhood(ctx, NeighbourhoodInput(pid, "Nadodrze")).id
    theirs = create_neighbourhood(ctx, NeighbourhoodInput(other, "Nadodrze")).id
    people = [
        create_person(
            ctx, PersonInput(first, "Lis"), EnrolmentInput(prog, neighbourhood_id=hood)
        ).id
        for first, prog, hood in (
            ("Anna", pid, mine),
            ("Ola", pid, mine),
            ("Iga", pid, mine),
            ("Ewa", other, theirs),
        )
    ]
    with ctx.db.write("Tester") as s:
        # a person row deleted on its own (older data): their live enrolment is not counted
        s.execute(select(Person).where(Person.id == people[2])).scalar_one().deleted_at = utcnow()
        for hood, day, status in (
            (mine, 5, SessionStatus.HELD),
            (mine, 6, SessionStatus.HELD),
            (theirs, 5, SessionStatus.HELD),
            (theirs, 6, SessionStatus.PLANNED),
        ):
            s.add(
                TrainingSession(
                    neighbourhood_id=hood,
                    date=date(2022, 3, day),
                    hours=Decimal("2"),
                    topic="Zjazd",
                    status=status,
                )
            )
        first = Project(
            neighbourhood_id=mine,
            title="Pierwszy",
            grant_amount=Decimal("1.00"),
            status=ProjectStatus.IN_PROGRESS,
        )
        s.add(first)
        s.flush()
        s.add(
            Project(
                neighbourhood_id=mine,
                title="Drugi",
                grant_amount=Decimal("2.00"),
                status=ProjectStatus.IN_PROGRESS,
            )
        )
        s.add(
            Project(
                neighbourhood_id=theirs,
                title="Cudzy",
                grant_amount=Decimal("3.00"),
                status=ProjectStatus.IN_PROGRESS,
            )
        )
        s.flush()
        s.execute(
            select(TrainingSession).where(
                TrainingSession.neighbourhood_id == mine, TrainingSession.date == date(2022, 3, 6)
            )
        ).scalar_one().deleted_at = utcnow()
    (row,) = list_neighbourhoods(ctx, pid)
    assert (row.people, row.project_title) == (2, "Pierwszy")
    assert (row.sessions_held, row.sessions_planned, row.hours_delivered) == (1, 0, Decimal("2"))
    with ctx.db.write("Tester") as s:
        s.execute(select(Project).where(Project.id == first.id)).scalar_one().deleted_at = utcnow()
    (row,) = list_neighbourhoods(ctx, pid)
    assert (row.project_title, row.project_grant) == ("Drugi", Decimal("2.00"))
    (theirs_row,) = list_neighbourhoods(ctx, other)
    assert (theirs_row.people, theirs_row.project_title) == (1, "Cudzy")
    assert (theirs_row.sessions_held, theirs_row.sessions_planned) == (1, 1)


def test_list_queries_are_served_by_indexes(ctx: Context) -> None:
    """No statement of the live list reads every enrolment, session or project of the file."""
    from sqlalchemy import event

    pid = programme(ctx)
    create_neighbourhood(ctx, NeighbourhoodInput(pid, "Nadodrze"))
    seen: list[tuple[str, object]] = []

    def grab(_c: object, _cur: object, statement: str, params: object, *_a: object) -> None:
        seen.append((statement, params))

    event.listen(ctx.db.engine, "before_cursor_execute", grab)
    try:
        list_neighbourhoods(ctx, pid)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", grab)
    plans: list[str] = []
    with ctx.db.engine.connect() as conn:
        for statement, params in seen:
            if statement.lstrip().upper().startswith("SELECT"):
                raw = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)  # type: ignore[arg-type]
                plans.extend(str(r[3]) for r in raw)
    assert any(
        p.startswith("SEARCH enrolment USING INDEX ix_enrolment_programme_counts") for p in plans
    )
    assert "SEARCH person USING COVERING INDEX ix_person_deleted_at (deleted_at>?)" in plans
    assert [p for p in plans if p.startswith("SCAN")] == []
