"""Each neighbourhood's micro-project, its team and its residents' meetings."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from wall_desktop.db.base import Base, Tracked
from wall_desktop.db.column_types import Money
from wall_desktop.db.enums import ProjectStatus
from wall_desktop.db.models._columns import enum_column, fk, live_unique


class Project(Tracked, Base):
    __tablename__ = "project"

    neighbourhood_id: Mapped[int] = fk("neighbourhood.id")
    title: Mapped[str] = mapped_column(String(300))
    needs: Mapped[str | None] = mapped_column(Text)
    goals: Mapped[str | None] = mapped_column(Text)
    planned_actions: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ProjectStatus] = enum_column(ProjectStatus, default=ProjectStatus.IDEA)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    grant_amount: Mapped[Decimal] = mapped_column(Money())
    beneficiaries: Mapped[int | None] = mapped_column(Integer)
    beneficiaries_note: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    good_practice: Mapped[str | None] = mapped_column(Text)


class ProjectMember(Tracked, Base):
    """A person on a project's team."""

    __tablename__ = "project_member"
    __table_args__ = (live_unique("uq_project_member_pair", "project_id", "person_id"),)

    project_id: Mapped[int] = fk("project.id")
    person_id: Mapped[int] = fk("person.id")
    task: Mapped[str | None] = mapped_column(String(300))


class ResidentsMeeting(Tracked, Base):
    __tablename__ = "residents_meeting"

    project_id: Mapped[int] = fk("project.id")
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(300))
    residents_present: Mapped[int] = mapped_column(Integer, default=0)
    needs: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)


class ProjectLockEvent(Tracked, Base):
    """A settled project's lines are locked; every unlock (and re-lock) is recorded with why."""

    __tablename__ = "project_lock_event"

    project_id: Mapped[int] = fk("project.id")
    action: Mapped[str] = mapped_column(String(10))  # "unlock" or "lock"
    reason: Mapped[str] = mapped_column(Text)
