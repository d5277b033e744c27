"""Issued certificates and the register of exports sent out."""

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wall_desktop.db.base import Base, Tracked
from wall_desktop.db.column_types import Hours
from wall_desktop.db.enums import CertificateStatus
from wall_desktop.db.models._columns import enum_column, fk


class Certificate(Tracked, Base):
    """A Leader Certificate; revoked ones keep their number in the register."""

    __tablename__ = "certificate"

    enrolment_id: Mapped[int] = fk("enrolment.id")
    number: Mapped[str] = mapped_column(String(60), unique=True)
    issue_date: Mapped[date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Hours())
    status: Mapped[CertificateStatus] = enum_column(
        CertificateStatus, default=CertificateStatus.ISSUED
    )
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    signature: Mapped[str | None] = mapped_column(String(200))


class ExportRecord(Tracked, Base):
    """A file sent out (a funder workbook, ...): what, when, by whom, and its SHA-256."""

    __tablename__ = "export_record"

    programme_id: Mapped[int | None] = fk("programme.id", nullable=True)
    kind: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str | None] = mapped_column(Text)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
