"""A programme edition and its neighbourhoods."""

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wall_desktop.db.base import Base, Tracked
from wall_desktop.db.column_types import FixedDecimal, Hours, Money
from wall_desktop.db.enums import RecruitmentStatus
from wall_desktop.db.models._columns import enum_column, fk, live_unique

DEFAULT_CERTIFICATE_PATTERN = "WALL/{year}/{number:04d}"


class Programme(Tracked, Base):
    """One edition of the academy (the 2020 pilot, the 2022–2023 edition, ...)."""

    __tablename__ = "programme"

    name: Mapped[str] = mapped_column(String(200))
    funder: Mapped[str | None] = mapped_column(String(200))
    funding_programme: Mapped[str | None] = mapped_column(String(200))
    agreement_number: Mapped[str | None] = mapped_column(String(100))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    default_grant: Mapped[Decimal] = mapped_column(Money(), default=Decimal("4000.00"))
    nominal_hours: Mapped[Decimal] = mapped_column(Hours(), default=Decimal("60"))
    certificate_threshold: Mapped[Decimal] = mapped_column(
        FixedDecimal(2), default=Decimal("80")
    )  # per cent of the held hours
    minor_age: Mapped[int] = mapped_column(Integer, default=18)
    certificate_pattern: Mapped[str] = mapped_column(
        String(100), default=DEFAULT_CERTIFICATE_PATTERN
    )
    place: Mapped[str | None] = mapped_column(String(100))  # printed as the place of issue
    coordinator_name: Mapped[str | None] = mapped_column(String(200))
    data_controller: Mapped[str | None] = mapped_column(Text)
    data_purpose: Mapped[str | None] = mapped_column(Text)
    # Ed25519 key pair for certificates; the private half only in the issuing database.
    signing_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    signing_private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    notes: Mapped[str | None] = mapped_column(Text)

    neighbourhoods: Mapped[list["Neighbourhood"]] = relationship(back_populates="programme")


class ProgrammeLogo(Tracked, Base):
    """A logo printed on the programme's certificates (the centre's, the funder's).

    Printed left to right by ``position``.
    """

    __tablename__ = "programme_logo"

    programme_id: Mapped[int] = fk("programme.id")
    position: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(50))  # image/png or image/jpeg
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Neighbourhood(Tracked, Base):
    """An estate ("osiedle") taking part in one programme."""

    __tablename__ = "neighbourhood"
    __table_args__ = (live_unique("uq_neighbourhood_programme_name", "programme_id", "name"),)

    programme_id: Mapped[int] = fk("programme.id")
    name: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    recruitment_status: Mapped[RecruitmentStatus] = enum_column(
        RecruitmentStatus, default=RecruitmentStatus.PLANNED
    )
    recruitment_start: Mapped[date | None] = mapped_column(Date)
    recruitment_end: Mapped[date | None] = mapped_column(Date)
    cycle_start: Mapped[date | None] = mapped_column(Date)
    cycle_end: Mapped[date | None] = mapped_column(Date)

    programme: Mapped[Programme] = relationship(back_populates="neighbourhoods")
    mentors: Mapped[list["NeighbourhoodMentor"]] = relationship(back_populates="neighbourhood")


class NeighbourhoodMentor(Tracked, Base):
    """A mentor assigned to a neighbourhood."""

    __tablename__ = "neighbourhood_mentor"
    __table_args__ = (live_unique("uq_neighbourhood_mentor_pair", "neighbourhood_id", "person_id"),)

    neighbourhood_id: Mapped[int] = fk("neighbourhood.id")
    person_id: Mapped[int] = fk("person.id")

    neighbourhood: Mapped[Neighbourhood] = relationship(back_populates="mentors")
