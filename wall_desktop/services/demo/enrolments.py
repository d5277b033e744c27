"""The demo's enrolments: every person's place in the programme, roles, consents,
attendance marks and mentor assignments.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy.orm import Session

from wall_desktop.db.enums import EnrolmentStatus, Role
from wall_desktop.db.models import NeighbourhoodMentor, Person, Programme
from wall_desktop.services.demo.cycles import Cycle, attendance_rows, held_share
from wall_desktop.services.demo.people import (
    Member,
    NameMaker,
    consents_for,
    enrol,
    new_person,
)

# Staff, experts and mentors sign up before the programme starts.
SIGNED_BEFORE_START = dt.timedelta(days=12)


def candidates(
    rng: random.Random, names: NameMaker, cycles: list[Cycle]
) -> list[tuple[Cycle, Member]]:
    """A few applications never decided: no attendance, no team."""
    chosen = []
    for cycle in rng.sample(cycles[6:], 3):
        woman = rng.random() < 0.6
        person = new_person(rng, *names.pick(woman), woman, (1955, 2000))
        member = Member(person=person, minor=False, profile="candidate")
        assert cycle.neighbourhood is not None and cycle.neighbourhood.recruitment_end is not None
        member.applied_on = cycle.neighbourhood.recruitment_end - dt.timedelta(days=2)
        chosen.append((cycle, member))
    return chosen


def people_rows(
    s: Session,
    rng: random.Random,
    programme: Programme,
    cycles: list[Cycle],
    candidates: list[tuple[Cycle, Member]],
    staff: list[Person],
    trainers: list[Person],
    mentors: list[Person],
) -> None:
    """Attendance, enrolments with roles, consents and mentor assignments."""
    before = programme.start_date - SIGNED_BEFORE_START
    for people, role in ((staff, Role.STAFF), (trainers, Role.TRAINER), (mentors, Role.MENTOR)):
        for person in people:
            enrolment, roles = enrol(
                person.id,
                programme.id,
                (role,),
                EnrolmentStatus.ACCEPTED,
                applied_on=before,
                changed_on=before,
            )
            s.add_all([enrolment, *roles])
            s.add_all(consents_for(person.id, programme.id, before, image=True))
    for cycle in cycles:
        assert cycle.neighbourhood is not None
        s.add(
            NeighbourhoodMentor(neighbourhood_id=cycle.neighbourhood.id, person_id=cycle.mentor.id)
        )
        held = cycle.held
        for member in cycle.group:
            marks = attendance_rows(rng, member, held)
            s.add_all(marks)
            status, changed = status_of(cycle, member, held_share(marks, held))
            roles_wanted = (Role.PARTICIPANT, Role.LEADER) if member.leader else (Role.PARTICIPANT,)
            add_member(s, programme, cycle, member, status, changed, roles_wanted)
    for cycle, member in candidates:
        add_member(
            s, programme, cycle, member, EnrolmentStatus.CANDIDATE, None, (Role.PARTICIPANT,)
        )
    s.flush()


def add_member(
    s: Session,
    programme: Programme,
    cycle: Cycle,
    member: Member,
    status: EnrolmentStatus,
    changed: dt.date | None,
    roles: tuple[Role, ...],
) -> None:
    assert cycle.neighbourhood is not None and member.applied_on is not None
    enrolment, role_rows = enrol(
        member.person.id,
        programme.id,
        roles,
        status,
        neighbourhood_id=cycle.neighbourhood.id,
        applied_on=member.applied_on,
        changed_on=changed,
    )
    s.add_all([enrolment, *role_rows])
    s.add_all(
        consents_for(
            member.person.id,
            programme.id,
            member.applied_on,
            image=member.image_consent,
            guardian=member.guardian,
        )
    )


def status_of(cycle: Cycle, member: Member, share: Decimal) -> tuple[EnrolmentStatus, dt.date]:
    if member.profile == "resigned":  # after the third session
        return EnrolmentStatus.RESIGNED, cycle.held[3].date - dt.timedelta(days=2)
    accepted_on = cycle.start - dt.timedelta(days=5)
    if cycle.training_over and share >= 80:
        return EnrolmentStatus.COMPLETED, max(s.date for s in cycle.held)
    return EnrolmentStatus.ACCEPTED, accepted_on
