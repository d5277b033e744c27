"""Training sessions of a neighbourhood's cycle and who attended them."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, Index, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from wall_desktop.db.base import Base, Tracked
from wall_desktop.db.column_types import Hours
from wall_desktop.db.enums import AttendanceStatus, SessionStatus
from wall_desktop.db.models._columns import enum_column, fk, live_unique


class TrainingSession(Tracked, Base):
    __tablename__ = "training_session"

    neighbourhood_id: Mapped[int] = fk("neighbourhood.id")
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    hours: Mapped[Decimal] = mapped_column(Hours())
    topic: Mapped[str] = mapped_column(String(300))
    trainer_id: Mapped[int | None] = fk("person.id", nullable=True)
    place: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[SessionStatus] = enum_column(SessionStatus, default=SessionStatus.PLANNED)
    notes: Mapped[str | None] = mapped_column(Text)


class Attendance(Tracked, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        live_unique("uq_attendance_person_session", "person_id", "session_id"),
        # also the deleted rows of a cell (saving a mark reuses one), and a person's marks
        Index("ix_attendance_person_session", "person_id", "session_id"),
    )

    session_id: Mapped[int] = fk("training_session.id")
    person_id: Mapped[int] = fk("person.id", index=False)
    status: Mapped[AttendanceStatus] = enum_column(AttendanceStatus)
    hours: Mapped[Decimal] = mapped_column(Hours(), default=Decimal("0"))
