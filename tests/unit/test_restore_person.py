"""Undoing a person's delete: they come back with what went with them, and only that."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from tests.training_factories import Academy, attendance_rows, make_academy
from wall_desktop.db.enums import ConsentKind, Role
from wall_desktop.db.models import Person
from wall_desktop.services.consents import ConsentInput, add_consent
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation
from wall_desktop.services.neighbourhoods import delete_neighbourhood
from wall_desktop.services.people import (
    EnrolmentInput,
    PersonInput,
    create_person,
    delete_person,
    get_person,
    restore_person,
    update_person,
)
from wall_desktop.services.trainings import delete_session


@pytest.fixture
def academy(ctx: Context) -> Academy:
    return make_academy(ctx, hoods=("Nadodrze", "Szczepin"))


def _deleted(ctx: Context, person_id: int) -> bool:
    with ctx.db.read() as s:
        row = s.execute(
            select(Person).where(Person.id == person_id).execution_options(include_deleted=True)
        ).scalar_one()
        return row.deleted_at is not None


def test_a_person_comes_back_with_what_their_delete_took(ctx: Context, academy: Academy) -> None:
    pid = academy.programme_id
    kept, gone_since = academy.session("6"), academy.session("4")
    ewa = academy.person("Ewa", "Nowak", roles=(Role.PARTICIPANT, Role.MENTOR))
    academy.mark(ewa, kept, "present", "6")
    academy.mark(ewa, gone_since, "present", "4")
    add_consent(ctx, ConsentInput(ewa, pid, ConsentKind.IMAGE, date(2022, 3, 1)))
    before = get_person(ctx, ewa, pid)
    assert before.enrolment is not None
    # the mentor role was dropped before the delete: it stays dropped
    update_person(
        ctx,
        ewa,
        before.data,
        replace(before.enrolment.data, roles=frozenset({Role.PARTICIPANT})),
    )
    went = delete_person(ctx, ewa)
    delete_session(ctx, gone_since)  # deleted since: its mark stays out

    back = restore_person(ctx, ewa)

    assert (went.enrolments, went.attendance_marks, went.consents) == (1, 2, 1)
    assert (back.enrolments, back.attendance_marks, back.consents) == (1, 1, 1)
    now = get_person(ctx, ewa, pid)
    assert now.data == before.data and now.enrolment is not None
    assert now.enrolment.data.roles == {Role.PARTICIPANT}
    assert now.enrolment.data.neighbourhood_id == academy.hoods["Nadodrze"]
    assert [c.kind for c in now.consents] == [ConsentKind.IMAGE]
    assert attendance_rows(ctx, live_only=True) == 1
    assert restore_person(ctx, ewa) == back  # a live person is left as is


def test_a_person_entered_again_meanwhile_stays_deleted(ctx: Context, academy: Academy) -> None:
    pid = academy.programme_id
    data = PersonInput("Anna", "Kowalska", email="anna@example.pl")
    anna = create_person(ctx, data, EnrolmentInput(pid)).id
    delete_person(ctx, anna)
    create_person(
        ctx, PersonInput("ANNA", "Kowalska", email="Anna@example.pl"), EnrolmentInput(pid)
    )
    with pytest.raises(RuleViolation, match="Anna Kowalska"):
        restore_person(ctx, anna)
    assert _deleted(ctx, anna)


def test_the_same_pesel_entered_again_refuses_the_restore(ctx: Context, academy: Academy) -> None:
    pid = academy.programme_id
    born = date(1990, 5, 17)
    old = create_person(
        ctx,
        PersonInput("Jan", "Wiśniewski", birth_date=born, pesel="90051712344"),
        EnrolmentInput(pid),
    ).id
    delete_person(ctx, old)
    create_person(
        ctx, PersonInput("Janusz", "Wiśniewski", pesel="90051712344"), EnrolmentInput(pid)
    )
    with pytest.raises(RuleViolation):
        restore_person(ctx, old)
    assert _deleted(ctx, old)


def test_a_person_whose_neighbourhood_went_since_stays_deleted(
    ctx: Context, academy: Academy
) -> None:
    ola = academy.person("Ola", "Lis", hood="Szczepin")
    delete_person(ctx, ola)
    delete_neighbourhood(ctx, academy.hoods["Szczepin"])
    with pytest.raises(RuleViolation, match="Ola Lis"):
        restore_person(ctx, ola)
    assert _deleted(ctx, ola)
    with pytest.raises(NotFound):
        restore_person(ctx, 9999)
