"""The data of printed documents (sign-in sheets, consent forms, expense descriptions),
and writing them and certificate batches to files.

Each ``*_document`` function reads one unit of work and returns the plain
dataclass the PDF writer draws; ``write_*`` functions also write the file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import (
    DocumentKind,
    EnrolmentStatus,
    FundingSource,
    PaymentMethod,
    Role,
)
from wall_desktop.db.models import (
    BudgetLine,
    Consent,
    DatabaseInfo,
    Enrolment,
    EnrolmentRole,
    Expense,
    Neighbourhood,
    Person,
    Programme,
    Project,
    ResidentsMeeting,
    TrainingSession,
)
from wall_desktop.exports.pdf.certificate import write_certificates, write_certificates_per_person
from wall_desktop.exports.pdf.consent import ConsentForm
from wall_desktop.exports.pdf.expense import ExpenseDescription
from wall_desktop.exports.pdf.sign_in import SignInSheet
from wall_desktop.i18n import _
from wall_desktop.services.certificates import certificate_pages
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation

DOCUMENT_KINDS = {
    DocumentKind.INVOICE: "faktura",
    DocumentKind.RECEIPT: "paragon",
    DocumentKind.BILL: "rachunek",
    DocumentKind.OTHER: "dokument",
}
FUNDING = {
    FundingSource.GRANT: "dotacja",
    FundingSource.OWN_MONEY: "wkład własny finansowy",
    FundingSource.OWN_IN_KIND: "wkład własny niefinansowy",
}
PAYMENT = {
    PaymentMethod.TRANSFER: "przelew",
    PaymentMethod.CASH: "gotówka",
    PaymentMethod.CARD: "karta",
}
LIVE = (EnrolmentStatus.ACCEPTED, EnrolmentStatus.COMPLETED)


def _demo(s: Session) -> bool:
    return bool(s.execute(select(DatabaseInfo.is_demo)).scalar())


def _get(s: Session, model: type, row_id: int, what: str) -> Any:
    row = s.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("No {what} with id {id}").format(what=what, id=row_id))
    return row


def _participants(s: Session, neighbourhood_id: int) -> tuple[str, ...]:
    """Accepted participants and leaders of a neighbourhood, by last and first name."""
    query = (
        select(Person)
        .join(Enrolment, Enrolment.person_id == Person.id)
        .join(EnrolmentRole, EnrolmentRole.enrolment_id == Enrolment.id)
        .where(
            Enrolment.neighbourhood_id == neighbourhood_id,
            Enrolment.status.in_(LIVE),
            EnrolmentRole.role.in_((Role.PARTICIPANT, Role.LEADER)),
        )
        .order_by(Person.sort_key, Person.id)
        .distinct()
    )
    return tuple(p.full_name for p in s.execute(query).scalars())


def session_sheet(ctx: Context, session_id: int) -> SignInSheet:
    with ctx.db.read() as s:
        ts = _get(s, TrainingSession, session_id, _("training session"))
        hood = _get(s, Neighbourhood, ts.neighbourhood_id, _("neighbourhood"))
        programme = _get(s, Programme, hood.programme_id, _("programme"))
        trainer = s.get(Person, ts.trainer_id) if ts.trainer_id else None
        return SignInSheet(
            kind="session",
            programme=programme.name,
            neighbourhood=hood.name,
            day=ts.date,
            start=ts.start_time,
            end=ts.end_time,
            hours=ts.hours,
            topic=ts.topic,
            lead=trainer.full_name if trainer else None,
            place=ts.place,
            people=_participants(s, hood.id),
            demo=_demo(s),
        )


def meeting_sheet(ctx: Context, meeting_id: int) -> SignInSheet:
    """Residents come in unknown numbers: the group's names, then many blank rows."""
    with ctx.db.read() as s:
        meeting = _get(s, ResidentsMeeting, meeting_id, _("residents' meeting"))
        project = _get(s, Project, meeting.project_id, _("project"))
        hood = _get(s, Neighbourhood, project.neighbourhood_id, _("neighbourhood"))
        programme = _get(s, Programme, hood.programme_id, _("programme"))
        return SignInSheet(
            kind="meeting",
            programme=programme.name,
            neighbourhood=hood.name,
            day=meeting.date,
            start=meeting.start_time,
            end=None,
            hours=None,
            topic=project.title,
            lead="spotkanie z mieszkańcami: potrzeby osiedla i planowane działania",
            place=meeting.place,
            people=_participants(s, hood.id),
            blank_rows=20,
            demo=_demo(s),
        )


def neighbourhood_sheet(ctx: Context, neighbourhood_id: int) -> SignInSheet:
    """A sheet with the neighbourhood's people and blank date, topic and place."""
    with ctx.db.read() as s:
        hood = _get(s, Neighbourhood, neighbourhood_id, _("neighbourhood"))
        programme = _get(s, Programme, hood.programme_id, _("programme"))
        return SignInSheet(
            kind="session",
            programme=programme.name,
            neighbourhood=hood.name,
            day=None,
            start=None,
            end=None,
            hours=None,
            topic=None,
            lead=None,
            place=None,
            people=_participants(s, hood.id),
            demo=_demo(s),
        )


def consent_form(
    ctx: Context, person_id: int, programme_id: int, *, today: date | None = None
) -> ConsentForm:
    from wall_desktop.services.consents import is_minor_on

    day = today or date.today()
    with ctx.db.read() as s:
        person = _get(s, Person, person_id, _("person"))
        programme = _get(s, Programme, programme_id, _("programme"))
        enrolment = s.execute(
            select(Enrolment).where(
                Enrolment.person_id == person_id, Enrolment.programme_id == programme_id
            )
        ).scalar_one_or_none()
        hood = (
            s.get(Neighbourhood, enrolment.neighbourhood_id)
            if enrolment and enrolment.neighbourhood_id
            else None
        )
        guardian = (
            s.execute(
                select(Consent.guardian_name)
                .where(Consent.person_id == person_id, Consent.guardian_name.is_not(None))
                .order_by(Consent.given_on.desc())
            )
            .scalars()
            .first()
        )
        birth = (
            person.birth_date.strftime("%d.%m.%Y")
            if person.birth_date
            else (str(person.birth_year) if person.birth_year else None)
        )
        return ConsentForm(
            programme=programme.name,
            full_name=person.full_name,
            birth=birth,
            neighbourhood=hood.name if hood else None,
            controller=programme.data_controller,
            purpose=programme.data_purpose,
            minor=is_minor_on(day, person.birth_date, person.birth_year, programme.minor_age),
            guardian_name=guardian,
            demo=_demo(s),
        )


def expense_description(ctx: Context, expense_id: int) -> ExpenseDescription:
    with ctx.db.read() as s:
        expense = _get(s, Expense, expense_id, _("expense"))
        line = _get(s, BudgetLine, expense.budget_line_id, _("budget line"))
        programme = _get(s, Programme, line.programme_id, _("programme"))
        project = s.get(Project, line.project_id) if line.project_id else None
        hood = s.get(Neighbourhood, project.neighbourhood_id) if project else None
        payment = None
        if expense.payment_date or expense.payment_method:
            parts = [PAYMENT[expense.payment_method]] if expense.payment_method else []
            if expense.payment_date:
                parts.append(expense.payment_date.strftime("%d.%m.%Y"))
            payment = ", ".join(parts)
        return ExpenseDescription(
            programme=programme.name,
            agreement_number=programme.agreement_number,
            funder=programme.funder,
            project=project.title if project else None,
            neighbourhood=hood.name if hood else None,
            budget_line=line.category + (f" — {line.description}" if line.description else ""),
            funding_source=FUNDING[line.funding_source],
            amount_charged=expense.amount,
            document_kind=DOCUMENT_KINDS[expense.document_kind],
            document_number=expense.document_number,
            document_date=expense.date,
            vendor=expense.vendor,
            description=expense.description,
            payment=payment,
            demo=_demo(s),
        )


def write_certificate_batch(
    ctx: Context,
    programme_id: int,
    out: Path,
    *,
    neighbourhood_id: int | None = None,
    certificate_ids: list[int] | None = None,
    per_person: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Live certificates into one PDF at ``out``, or a file each in the folder ``out``."""
    pages = certificate_pages(
        ctx, programme_id, neighbourhood_id=neighbourhood_id, certificate_ids=certificate_ids
    )
    if not pages:
        raise RuleViolation(_("There are no issued certificates to print"))
    if per_person:
        return write_certificates_per_person(pages, out, progress=progress, cancelled=cancelled)
    return [write_certificates(pages, out, progress=progress, cancelled=cancelled)]


__all__ = [
    "consent_form",
    "expense_description",
    "meeting_sheet",
    "neighbourhood_sheet",
    "session_sheet",
    "write_certificate_batch",
]
