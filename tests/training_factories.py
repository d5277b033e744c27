"""Builders for the training, attendance, hours and eligibility tests.

People and enrolments go straight through the ORM (their own service is
someone else's subject); sessions go through ``trainings.create_session``,
so the tests use the same door as the application.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal

from sqlalchemy import func, select, text

from wall_desktop.db.enums import AttendanceStatus, EnrolmentStatus, Role, SessionStatus
from wall_desktop.db.models import (
    Attendance,
    Enrolment,
    EnrolmentRole,
    Neighbourhood,
    Person,
    Programme,
)
from wall_desktop.services.context import Context
from wall_desktop.services.trainings import (
    AttendanceMark,
    SessionInput,
    create_session,
    list_sessions,
    set_attendance,
    update_session,
)


@dataclass
class Academy:
    """A programme with named neighbourhoods, people and sessions, for one test."""

    ctx: Context
    programme_id: int
    hoods: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    sessions: list[int] = field(default_factory=list)

    def hood(self, name: str) -> int:
        with self.ctx.db.write("Tester") as s:
            n = Neighbourhood(programme_id=self.programme_id, name=name)
            s.add(n)
            s.flush()
            self.hoods[name] = n.id
            return n.id

    def person(
        self,
        first: str,
        last: str,
        hood: str | None = "Nadodrze",
        status: EnrolmentStatus = EnrolmentStatus.ACCEPTED,
        roles: tuple[Role, ...] = (Role.PARTICIPANT,),
    ) -> int:
        """A person enrolled in the programme (in ``hood``) with the given roles."""
        with self.ctx.db.write("Tester") as s:
            p = Person(first_name=first, last_name=last)
            s.add(p)
            s.flush()
            e = Enrolment(
                person_id=p.id,
                programme_id=self.programme_id,
                neighbourhood_id=self.hoods[hood] if hood else None,
                status=status,
            )
            s.add(e)
            s.flush()
            s.add_all([EnrolmentRole(enrolment_id=e.id, role=r) for r in roles])
            self.people[f"{first} {last}"] = p.id
            return p.id

    def session(
        self,
        hours: str,
        status: SessionStatus = SessionStatus.HELD,
        hood: str = "Nadodrze",
        day: date | None = None,
        topic: str = "Diagnoza potrzeb osiedla",
    ) -> int:
        n = len(self.sessions)
        row = create_session(
            self.ctx,
            SessionInput(
                neighbourhood_id=self.hoods[hood],
                date=day or date(2022, 3, 5 + n),
                start_time=time(10, 0),
                end_time=time(16, 0),
                hours=Decimal(hours),
                topic=topic,
                status=status,
            ),
        )
        self.sessions.append(row.id)
        return row.id

    def mark(
        self, person: int, session: int, status: str | None = "present", hours: str | None = None
    ) -> list[AttendanceMark]:
        return set_attendance(
            self.ctx,
            [
                AttendanceMark(
                    person,
                    session,
                    AttendanceStatus(status) if status else None,
                    Decimal(hours) if hours is not None else None,
                )
            ],
        )


def make_academy(
    ctx: Context,
    threshold: str = "80",
    nominal: str = "60",
    hoods: tuple[str, ...] = ("Nadodrze",),
) -> Academy:
    with ctx.db.write("Tester") as s:
        p = Programme(
            name="Wrocławska Akademia Lokalnych Liderów",
            start_date=date(2022, 2, 1),
            end_date=date(2023, 9, 30),
            certificate_threshold=Decimal(threshold),
            nominal_hours=Decimal(nominal),
        )
        s.add(p)
        s.flush()
        academy = Academy(ctx, p.id)
    for name in hoods:
        academy.hood(name)
    return academy


def attendance_rows(ctx: Context, *, live_only: bool = False) -> int:
    """How many attendance rows the database holds (deleted ones too, unless asked)."""
    with ctx.db.read() as s:
        query = select(func.count(Attendance.id))
        if live_only:
            query = query.where(Attendance.deleted_at.is_(None))
        return int(s.execute(query.execution_options(include_deleted=True)).scalar_one())


def change_seq(ctx: Context) -> int:
    """The database's change counter: every write that changes a row moves it on."""
    with ctx.db.read() as s:
        return int(
            s.execute(text("SELECT change_seq FROM database_info WHERE id = 1")).scalar_one()
        )


def set_session_status(ctx: Context, hood: int, session_id: int, status: SessionStatus) -> None:
    """Change only a session's status, through the service (as the form would)."""
    row = next(r for r in list_sessions(ctx, hood) if r.id == session_id)
    data = SessionInput(
        row.neighbourhood_id,
        row.date,
        row.start_time,
        row.end_time,
        row.hours,
        row.topic,
        row.trainer_id,
        row.place,
        status,
        row.notes,
    )
    update_session(ctx, session_id, data)
