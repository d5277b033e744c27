"""The 2020 pilot on Przedmieście Oławskie: a handful of people, five sessions and
one small project.  Three of its leaders became mentors of the 2022–2023 edition.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy.orm import Session

from wall_desktop.db.enums import (
    AttendanceStatus,
    DocumentKind,
    EnrolmentStatus,
    FundingSource,
    PaymentMethod,
    ProjectStatus,
    RecruitmentStatus,
    Role,
    SessionStatus,
)
from wall_desktop.db.models import (
    Attendance,
    BudgetLine,
    Expense,
    Neighbourhood,
    NeighbourhoodMentor,
    Person,
    Programme,
    Project,
    ProjectMember,
    ResidentsMeeting,
    TrainingSession,
)
from wall_desktop.services.demo.estates import PILOT_ESTATE, PILOT_NAME, PILOT_TOPICS
from wall_desktop.services.demo.people import NameMaker, consents_for, enrol, new_person

START = dt.date(2020, 6, 1)
END = dt.date(2020, 11, 30)
FIRST_SESSION = dt.date(2020, 9, 5)
GRANT = Decimal("2000.00")
PLACE = "Świetlica stowarzyszenia, ul. Traugutta"


def programme() -> Programme:
    return Programme(
        name=PILOT_NAME,
        funder="Gmina Wrocław",
        funding_programme="Mikrogranty na inicjatywy lokalne",
        agreement_number="WSS/MG/2020/117",
        start_date=START,
        end_date=END,
        default_grant=GRANT,
        nominal_hours=Decimal("30"),
        certificate_threshold=Decimal("80"),
        minor_age=18,
        certificate_pattern="ALL/{year}/{number:04d}",
        place="Wrocław",
        coordinator_name="Magdalena Wróblewska",
        notes="Pilotaż na Przedmieściu Oławskim; z jego uczestników powstała grupa partnerska.",
    )


def group(rng: random.Random, names: NameMaker) -> list[Person]:
    """Seven residents; the first three become the next edition's mentors."""
    people = []
    for woman in (True, False, True, True, False, True, True):
        people.append(new_person(rng, *names.pick(woman), woman, (1958, 1996)))
    return people


def fill(
    s: Session,
    rng: random.Random,
    pilot: Programme,
    people: list[Person],
    coordinator: Person,
    trainers: list[Person],
) -> None:
    """The pilot's estate, enrolments, sessions, attendance, project and budget."""
    estate = Neighbourhood(
        programme_id=pilot.id,
        name=PILOT_ESTATE,
        notes="REKRUTACJA ZAKOŃCZONA",
        recruitment_status=RecruitmentStatus.CLOSED,
        recruitment_start=dt.date(2020, 7, 1),
        recruitment_end=dt.date(2020, 8, 28),
        cycle_start=FIRST_SESSION,
        cycle_end=dt.date(2020, 11, 28),
    )
    s.add(estate)
    s.flush()
    s.add(NeighbourhoodMentor(neighbourhood_id=estate.id, person_id=coordinator.id))
    given = dt.date(2020, 8, 20)
    for n, person in enumerate(people):
        roles = (Role.PARTICIPANT, Role.LEADER) if n < 3 else (Role.PARTICIPANT,)
        enrolment, role_rows = enrol(
            person.id,
            pilot.id,
            roles,
            EnrolmentStatus.COMPLETED,
            neighbourhood_id=estate.id,
            applied_on=given,
            changed_on=dt.date(2020, 10, 4),
        )
        s.add_all([enrolment, *role_rows, *consents_for(person.id, pilot.id, given, image=True)])
    # The coordinator mentored the pilot group herself.
    crew: list[tuple[Person, tuple[Role, ...]]] = [
        (coordinator, (Role.STAFF, Role.MENTOR)),
        *((t, (Role.TRAINER,)) for t in trainers),
    ]
    for person, crew_roles in crew:
        enrolment, role_rows = enrol(person.id, pilot.id, crew_roles, EnrolmentStatus.ACCEPTED)
        s.add_all([enrolment, *role_rows, *consents_for(person.id, pilot.id, given, image=True)])
    sessions = [
        TrainingSession(
            neighbourhood_id=estate.id,
            date=FIRST_SESSION + dt.timedelta(weeks=n),
            start_time=dt.time(10, 0),
            end_time=dt.time(16, 0),
            hours=Decimal("6"),
            topic=topic,
            trainer_id=trainers[n % len(trainers)].id,
            place=PLACE,
            status=SessionStatus.HELD,
        )
        for n, topic in enumerate(PILOT_TOPICS)
    ]
    s.add_all(sessions)
    s.flush()
    for person in people:
        missed = rng.randrange(len(sessions)) if rng.random() < 0.3 else None
        for n, session in enumerate(sessions):
            here = n != missed
            s.add(
                Attendance(
                    session_id=session.id,
                    person_id=person.id,
                    status=AttendanceStatus.PRESENT if here else AttendanceStatus.EXCUSED,
                    hours=session.hours if here else Decimal("0"),
                )
            )
    _project(s, rng, pilot, estate, people, coordinator)


def _project(
    s: Session,
    rng: random.Random,
    pilot: Programme,
    estate: Neighbourhood,
    people: list[Person],
    coordinator: Person,
) -> None:
    project = Project(
        neighbourhood_id=estate.id,
        title="Sąsiedzkie śniadanie na podwórku",
        needs="Sąsiedzi z kamienic przy Traugutta mijają się, ale się nie znają.",
        goals="Poznać się przy wspólnym stole i zebrać pomysły na kolejne działania.",
        planned_actions="Zaproszenia do każdej klatki, śniadanie na podwórku, skrzynka pomysłów.",
        status=ProjectStatus.SETTLED,
        start_date=dt.date(2020, 10, 10),
        end_date=dt.date(2020, 11, 21),
        grant_amount=GRANT,
        beneficiaries=85,
        outcome="Przyszło 85 sąsiadów; zebrano 23 pomysły na kolejne działania.",
        good_practice="Osobiste zaproszenie pod drzwiami działa lepiej niż plakat.",
    )
    s.add(project)
    s.flush()
    s.add_all(ProjectMember(project_id=project.id, person_id=p.id) for p in people)
    s.add(
        ResidentsMeeting(
            project_id=project.id,
            date=dt.date(2020, 10, 14),
            start_time=dt.time(18, 0),
            place=PLACE,
            residents_present=rng.randint(12, 25),
            needs="Miejsce do spotkań i lepsze poznanie sąsiadów.",
            decisions="Śniadanie sąsiedzkie w sobotę 21 listopada; każdy przynosi coś od siebie.",
        )
    )
    grant_line = BudgetLine(
        programme_id=pilot.id,
        project_id=project.id,
        category="Materiały i poczęstunek",
        description="Stoły, namiot, poczęstunek, zaproszenia",
        funding_source=FundingSource.GRANT,
        planned=GRANT,
    )
    s.add(grant_line)
    s.flush()
    food = Decimal(rng.randint(60000, 90000)) / 100
    rent = Decimal(rng.randint(70000, 100000)) / 100
    for day, number, vendor, description, amount in (
        (
            dt.date(2020, 11, 16),
            "FV/2020/11/58",
            "Eventy Śląsk Sp. z o.o.",
            "Wynajem namiotu i stołów",
            rent,
        ),
        (
            dt.date(2020, 11, 20),
            "FV/2020/11/211",
            "Piekarnia Wrocławska Kłos",
            "Pieczywo i ciasta",
            food,
        ),
    ):
        s.add(
            Expense(
                budget_line_id=grant_line.id,
                date=day,
                document_number=number,
                document_kind=DocumentKind.INVOICE,
                vendor=vendor,
                description=description,
                amount=amount,
                payment_date=day + dt.timedelta(days=7),
                payment_method=PaymentMethod.TRANSFER,
                handled_by_id=coordinator.id,
            )
        )
