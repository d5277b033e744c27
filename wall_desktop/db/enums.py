"""Closed vocabularies of the domain, stored by their string value."""

from __future__ import annotations

import enum


class Gender(enum.StrEnum):
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"
    NOT_GIVEN = "not_given"


class EnrolmentStatus(enum.StrEnum):
    CANDIDATE = "candidate"
    ACCEPTED = "accepted"
    RESIGNED = "resigned"
    COMPLETED = "completed"


class Role(enum.StrEnum):
    PARTICIPANT = "participant"
    LEADER = "leader"
    MENTOR = "mentor"
    TRAINER = "trainer"
    STAFF = "staff"


class ConsentKind(enum.StrEnum):
    DATA_PROCESSING = "data_processing"
    IMAGE = "image"
    CONTACT = "contact"


class RecruitmentStatus(enum.StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class ProjectStatus(enum.StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    SETTLED = "settled"


class FundingSource(enum.StrEnum):
    GRANT = "grant"
    OWN_MONEY = "own_money"
    OWN_IN_KIND = "own_in_kind"


class DocumentKind(enum.StrEnum):
    INVOICE = "invoice"
    RECEIPT = "receipt"
    BILL = "bill"
    OTHER = "other"


class PaymentMethod(enum.StrEnum):
    TRANSFER = "transfer"
    CASH = "cash"
    CARD = "card"


class CertificateStatus(enum.StrEnum):
    ISSUED = "issued"
    REVOKED = "revoked"
