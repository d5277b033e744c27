"""People, their enrolments in programmes (with roles) and their consents."""

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wall_desktop.db.base import Base, Tracked
from wall_desktop.db.enums import ConsentKind, EnrolmentStatus, Gender, Role
from wall_desktop.db.models._columns import enum_column, fk, live_unique, partial_index


class Person(Tracked, Base):
    """Identity only; what a person does in a programme lives on the enrolment."""

    __tablename__ = "person"
    # the few deleted people, which lists leave out as one small set
    __table_args__ = (
        partial_index("ix_person_deleted_at", "deleted_at", where="deleted_at IS NOT NULL"),
    )

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # Folded "last first" (no case, no diacritics), kept by a flush hook.
    search_key: Mapped[str] = mapped_column(String(210), index=True, default="")
    # Polish alphabetical order "last first" as a binary-sortable string, same hook.
    sort_key: Mapped[str] = mapped_column(String(210), index=True, default="")
    gender: Mapped[Gender] = enum_column(Gender, default=Gender.NOT_GIVEN)
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    pesel: Mapped[str | None] = mapped_column(String(11))
    postal_code: Mapped[str | None] = mapped_column(String(6))
    notes: Mapped[str | None] = mapped_column(Text)

    enrolments: Mapped[list["Enrolment"]] = relationship(back_populates="person")
    consents: Mapped[list["Consent"]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class PersonWord(Base):
    """One word of a person's search key (split at spaces and hyphens).

    A name search finds who has a word starting with each typed word by a range
    of this index, instead of reading every key with ``instr`` (14 ms a
    keystroke for 100,000 people, #9).  Derived from ``search_key`` by the flush
    hook: not versioned or logged, and gone with a person erased for good.
    """

    __tablename__ = "person_word"
    __table_args__ = (Index("ix_person_word_word", "word", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    word: Mapped[str] = mapped_column(String(210))


class Enrolment(Tracked, Base):
    """A person in one programme: neighbourhood, status and roles."""

    __tablename__ = "enrolment"
    __table_args__ = (
        live_unique("uq_enrolment_person_programme", "person_id", "programme_id"),
        # the neighbourhoods list counts each one's people from this index alone
        partial_index(
            "ix_enrolment_programme_counts",
            "programme_id",
            "neighbourhood_id",
            "status",
            "person_id",
            where="deleted_at IS NULL",
        ),
    )

    person_id: Mapped[int] = fk("person.id")
    programme_id: Mapped[int] = fk("programme.id")
    neighbourhood_id: Mapped[int | None] = fk("neighbourhood.id", nullable=True)
    status: Mapped[EnrolmentStatus] = enum_column(
        EnrolmentStatus, default=EnrolmentStatus.CANDIDATE
    )
    applied_on: Mapped[date | None] = mapped_column(Date)
    status_changed_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="enrolments")
    roles: Mapped[list["EnrolmentRole"]] = relationship(back_populates="enrolment")


class EnrolmentRole(Tracked, Base):
    """One role of an enrolment; a person may hold several at once."""

    __tablename__ = "enrolment_role"
    __table_args__ = (live_unique("uq_enrolment_role_pair", "enrolment_id", "role"),)

    enrolment_id: Mapped[int] = fk("enrolment.id")
    role: Mapped[Role] = enum_column(Role)

    enrolment: Mapped[Enrolment] = relationship(back_populates="roles")


class Consent(Tracked, Base):
    """A consent given (and maybe withdrawn); a minor's needs a guardian's name."""

    __tablename__ = "consent"

    person_id: Mapped[int] = fk("person.id")
    programme_id: Mapped[int | None] = fk("programme.id", nullable=True)
    kind: Mapped[ConsentKind] = enum_column(ConsentKind)
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    scope: Mapped[str | None] = mapped_column(Text)
    guardian_name: Mapped[str | None] = mapped_column(String(200))

    person: Mapped[Person] = relationship(back_populates="consents")
