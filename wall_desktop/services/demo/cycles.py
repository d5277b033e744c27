"""Each estate's cycle in the demo: weekend sessions, attendance, the micro-project
and its residents' meetings.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from wall_desktop.db.enums import AttendanceStatus, ProjectStatus, SessionStatus
from wall_desktop.db.models import (
    Attendance,
    Neighbourhood,
    Person,
    Project,
    ProjectMember,
    ResidentsMeeting,
    TrainingSession,
)
from wall_desktop.services.demo.estates import TOPICS, EstateText
from wall_desktop.services.demo.people import Member

SESSION_HOURS = Decimal("6")
START = dt.time(9, 30)
END = dt.time(15, 30)
TASKS = (
    "Kontakt z mieszkańcami",
    "Zakupy i rozliczenia",
    "Promocja i media społecznościowe",
    "Logistyka wydarzeń",
    "Dokumentacja zdjęciowa",
)


@dataclass
class Cycle:
    """One estate's part of the programme, as the demo builds it."""

    index: int
    estate: EstateText
    start: dt.date
    end: dt.date
    mentor: Person
    group: list[Member]
    neighbourhood: Neighbourhood | None = None
    sessions: list[TrainingSession] = field(default_factory=list)
    project: Project | None = None

    @property
    def held(self) -> list[TrainingSession]:
        return [s for s in self.sessions if s.status == SessionStatus.HELD]

    @property
    def training_over(self) -> bool:
        return all(s.status != SessionStatus.PLANNED for s in self.sessions)


def session_rows(
    cycle: Cycle, trainers: list[Person], topic_trainer: dict[int, int], today: dt.date
) -> list[TrainingSession]:
    """Ten 6-hour sessions on five weekends a fortnight apart (Saturday and Sunday)."""
    assert cycle.neighbourhood is not None
    rows = []
    for n, topic in enumerate(TOPICS):
        day = cycle.start + dt.timedelta(days=14 * (n // 2) + n % 2)
        rows.append(
            TrainingSession(
                neighbourhood_id=cycle.neighbourhood.id,
                date=day,
                start_time=START,
                end_time=END,
                hours=SESSION_HOURS,
                topic=topic,
                trainer_id=trainers[topic_trainer[n]].id,
                place=cycle.estate.venue,
                status=SessionStatus.HELD if day < today else SessionStatus.PLANNED,
            )
        )
    return rows


def cancel_one(rng: random.Random, cycle: Cycle) -> TrainingSession:
    """Cancel one held session of a finished cycle and hold it again a fortnight after the last."""
    victim = cycle.sessions[rng.randrange(1, len(cycle.sessions) - 1)]
    makeup_day = cycle.sessions[-1].date + dt.timedelta(days=13)
    victim.status = SessionStatus.CANCELLED
    victim.notes = f"Odwołane z powodu choroby trenera; termin zastępczy {makeup_day:%d.%m.%Y}."
    makeup = TrainingSession(
        neighbourhood_id=victim.neighbourhood_id,
        date=makeup_day,
        start_time=START,
        end_time=END,
        hours=victim.hours,
        topic=victim.topic,
        trainer_id=victim.trainer_id,
        place=victim.place,
        status=SessionStatus.HELD,
        notes="Termin zastępczy za odwołane zajęcia.",
    )
    cycle.sessions.append(makeup)
    return makeup


def attendance_rows(
    rng: random.Random, member: Member, held: list[TrainingSession]
) -> list[Attendance]:
    """Marks for one person over the held sessions, following their attendance profile."""
    n = len(held)
    missed: set[int] = set()
    half: set[int] = set()
    profile = member.profile
    if profile == "good" and n:
        missed = {rng.randrange(n)}
    elif profile == "partial" and n:
        half = {rng.randrange(n)}
        if rng.random() < 0.5:
            missed = {rng.randrange(n)} - half
    elif profile == "edge":
        missed = set(rng.sample(range(n), min(2, n)))
    elif profile == "low":
        missed = set(rng.sample(range(n), min(n, rng.randint(3, 5))))
    rows = []
    for i, session in enumerate(held):
        if profile == "resigned" and i >= 3:
            break  # resigned after the third session: no marks after that
        if i in missed:
            status = AttendanceStatus.EXCUSED if rng.random() < 0.6 else AttendanceStatus.ABSENT
            hours = Decimal("0")
        else:
            status = AttendanceStatus.PRESENT
            hours = session.hours / 2 if i in half else session.hours
        rows.append(
            Attendance(
                session_id=session.id, person_id=member.person.id, status=status, hours=hours
            )
        )
    return rows


def held_share(rows: list[Attendance], held: list[TrainingSession]) -> Decimal:
    total = sum((s.hours for s in held), Decimal("0"))
    attended = sum((r.hours for r in rows), Decimal("0"))
    return attended * 100 / total if total else Decimal("0")


def project_status(start: dt.date, end: dt.date, today: dt.date) -> ProjectStatus:
    if today < start:
        return ProjectStatus.PLANNED
    if today <= end:
        return ProjectStatus.IN_PROGRESS
    if (today - end).days > 45:
        return ProjectStatus.SETTLED
    return ProjectStatus.COMPLETED


def project_row(rng: random.Random, cycle: Cycle, grant: Decimal, today: dt.date) -> Project:
    """The estate's micro-project; started mid-cycle, after the needs were diagnosed."""
    assert cycle.neighbourhood is not None
    text = cycle.estate
    start = cycle.start + dt.timedelta(days=35)
    status = project_status(start, cycle.end, today)
    done = status in (ProjectStatus.COMPLETED, ProjectStatus.SETTLED)
    beneficiaries = rng.randrange(60, 400, 10) if done else None
    return Project(
        neighbourhood_id=cycle.neighbourhood.id,
        title=text.title,
        needs=text.needs,
        goals=text.goals,
        planned_actions=text.actions,
        status=status,
        start_date=start,
        end_date=cycle.end,
        grant_amount=grant,
        beneficiaries=beneficiaries,
        beneficiaries_note="Mieszkańcy osiedla, w tym dzieci i seniorzy." if done else None,
        outcome=text.outcome or None if done else None,
        good_practice=text.good_practice or None if done else None,
    )


def team_rows(rng: random.Random, project: Project, members: list[Member]) -> list[ProjectMember]:
    rows = []
    for member in members:
        task = "Koordynacja zespołu" if member.leader else rng.choice(TASKS)
        rows.append(ProjectMember(project_id=project.id, person_id=member.person.id, task=task))
    return rows


def meeting_rows(rng: random.Random, cycle: Cycle, today: dt.date) -> list[ResidentsMeeting]:
    """One to three residents' meetings: needs, then the plan, then a summary."""
    project = cycle.project
    assert project is not None and project.start_date is not None
    text = cycle.estate
    plans = [
        (
            cycle.start + dt.timedelta(days=20),
            text.needs,
            f"Wybrano pomysł „{text.title}”. {text.decisions}",
        ),
        (
            project.start_date + dt.timedelta(days=12),
            "Podział zadań i harmonogram działań.",
            f"Ustalono zadania zespołu i terminy. {text.actions}",
        ),
        (
            cycle.end - dt.timedelta(days=4),
            "Podsumowanie projektu i dalsze plany.",
            "Mieszkańcy chcą kontynuować działania; zespół spotyka się raz w miesiącu.",
        ),
    ]
    wanted = rng.randint(1, 3)
    rows = []
    for day, needs, decisions in plans[:wanted]:
        if day > today:
            break
        rows.append(
            ResidentsMeeting(
                project_id=project.id,
                date=day,
                start_time=dt.time(18, 0),
                place=text.venue,
                residents_present=rng.randint(8, 40),
                needs=needs,
                decisions=decisions,
            )
        )
    return rows
