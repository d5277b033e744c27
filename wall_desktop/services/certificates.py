"""The register of Leader Certificates: issue, list, revoke, reprint and verify.

A certificate stores its number, issue date and the hours counted when it
was issued, so a reprint is the same document even if attendance changes
later.  Numbers follow the programme's pattern and are never reused (a
revoked certificate keeps its number, with its status).  Certificates are
signed with the programme's Ed25519 key; only the database holding the
private half (the office's) can issue, any database with the public half
can verify.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import CertificateStatus
from wall_desktop.db.models import (
    Certificate,
    DatabaseInfo,
    Enrolment,
    Neighbourhood,
    NeighbourhoodMentor,
    Person,
    Programme,
)
from wall_desktop.exports.pdf.certificate import CertificatePage, Signatory
from wall_desktop.i18n import _
from wall_desktop.services import certificate_signing as signing
from wall_desktop.services.certificate_keys import (
    KeyState,
    SigningKey,
    create_signing_key,
    private_key_for_issue,
    signing_key,
)
from wall_desktop.services.certificate_verify import Verification, VerifyStatus, verify_certificate
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation, ValidationError
from wall_desktop.services.programme_logos import logo_images_in
from wall_desktop.text_keys import fold, sort_key

__all__ = [
    "CertificateRow",
    "IssueResult",
    "KeyState",
    "SigningKey",
    "Verification",
    "VerifyStatus",
    "can_issue",
    "certificate_pages",
    "check_issue_date",
    "create_signing_key",
    "find_neighbourhood",
    "get_certificate",
    "issue_certificates",
    "list_certificates",
    "next_numbers",
    "revoke_certificate",
    "signing_key",
    "verify_certificate",
]


@dataclass(frozen=True)
class CertificateRow:
    id: int
    uuid: str
    number: str
    programme_id: int
    enrolment_id: int
    person_id: int
    full_name: str
    gender: str
    neighbourhood_id: int | None
    neighbourhood: str | None
    issue_date: date
    hours: Decimal
    status: CertificateStatus
    revoked_on: date | None
    revoke_reason: str | None


@dataclass(frozen=True)
class IssueResult:
    issued: list[CertificateRow]
    already_held: list[CertificateRow]  # people who hold a live certificate already


# --- keys -----------------------------------------------------------------


def can_issue(ctx: Context, programme_id: int) -> bool:
    """Whether this database may issue: it holds the programme's private key."""
    return signing_key(ctx, programme_id).state is KeyState.PRIVATE


def check_issue_date(day: date, programme_start: date, today: date) -> None:
    """An issue date lies between the programme's start and today (no back- or post-dating)."""
    if day > today:
        raise ValidationError(
            {"issue_date": _("The issue date {day} is in the future").format(day=f"{day:%d.%m.%Y}")}
        )
    if day < programme_start:
        raise ValidationError(
            {
                "issue_date": _(
                    "The issue date {day} is before the programme started ({start})"
                ).format(day=f"{day:%d.%m.%Y}", start=f"{programme_start:%d.%m.%Y}")
            }
        )


# --- numbers --------------------------------------------------------------


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    seen: set[str] = set()
    for literal, field, _spec, _conv in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if field is None:
            continue
        group = f"(?P<{field}>\\d+)" if field not in seen else "\\d+"
        seen.add(field)
        parts.append(group)
    return re.compile("".join(parts))


def _numbers_in_use(s: Session) -> set[str]:
    query = select(Certificate.number).execution_options(include_deleted=True)
    return set(s.execute(query).scalars())


def next_numbers(pattern: str, year: int, used: set[str], count: int) -> list[str]:
    """The next ``count`` numbers after the highest one of ``year`` already used."""
    regex = _pattern_regex(pattern)
    highest = 0
    for number in used:
        m = regex.fullmatch(number)
        if m is None:
            continue
        if "year" in m.groupdict() and int(m.group("year")) != year:
            continue
        highest = max(highest, int(m.group("number")))
    result: list[str] = []
    n = highest
    while len(result) < count:
        n += 1
        candidate = pattern.format(year=year, number=n)
        if candidate not in used:
            result.append(candidate)
    return result


# --- reading --------------------------------------------------------------


def _programme(s: Session, programme_id: int) -> Programme:
    p = s.get(Programme, programme_id)
    if p is None or p.deleted_at is not None:
        raise NotFound(_("No programme with id {id}").format(id=programme_id))
    return p


def find_neighbourhood(ctx: Context, programme_id: int, name: str) -> int:
    """A neighbourhood of the programme by its name (case and Polish letters ignored) or id."""
    wanted = fold(name.strip())
    with ctx.db.read() as s:
        rows = list(
            s.execute(select(Neighbourhood).where(Neighbourhood.programme_id == programme_id))
            .scalars()
            .all()
        )
    exact = [n for n in rows if fold(n.name) == wanted or str(n.id) == name.strip()]
    matches = exact or [n for n in rows if wanted and wanted in fold(n.name)]
    if len(matches) == 1:
        return matches[0].id
    if not matches:
        raise NotFound(_("No neighbourhood called “{name}”").format(name=name))
    raise NotFound(_("“{name}” matches several neighbourhoods").format(name=name))


def _order_key(full: tuple[Certificate, Enrolment, Person, Neighbourhood | None]) -> tuple:
    cert, _enrolment, person, hood = full
    return (sort_key(hood.name) if hood else "", person.sort_key, person.id, cert.number)


def _rows_query(programme_id: int) -> Any:
    return (
        select(Certificate, Enrolment, Person, Neighbourhood)
        .join(Enrolment, Certificate.enrolment_id == Enrolment.id)
        .join(Person, Enrolment.person_id == Person.id)
        .outerjoin(Neighbourhood, Enrolment.neighbourhood_id == Neighbourhood.id)
        .where(Enrolment.programme_id == programme_id)
    )


def _to_row(
    cert: Certificate, enrolment: Enrolment, person: Person, hood: Neighbourhood | None
) -> CertificateRow:
    return CertificateRow(
        id=cert.id,
        uuid=str(cert.uuid),
        number=cert.number,
        programme_id=enrolment.programme_id,
        enrolment_id=enrolment.id,
        person_id=person.id,
        full_name=person.full_name,
        gender=str(person.gender),
        neighbourhood_id=hood.id if hood else None,
        neighbourhood=hood.name if hood else None,
        issue_date=cert.issue_date,
        hours=cert.hours,
        status=cert.status,
        revoked_on=cert.revoked_on,
        revoke_reason=cert.revoke_reason,
    )


def _select_rows(
    s: Session,
    programme_id: int,
    neighbourhood_id: int | None = None,
    certificate_ids: list[int] | None = None,
) -> list[tuple[Certificate, Enrolment, Person, Neighbourhood | None]]:
    query = _rows_query(programme_id)
    if neighbourhood_id is not None:
        query = query.where(Enrolment.neighbourhood_id == neighbourhood_id)
    if certificate_ids is not None:
        query = query.where(Certificate.id.in_(certificate_ids))
    found = [tuple(r) for r in s.execute(query).all()]
    return sorted(found, key=_order_key)


def list_certificates(
    ctx: Context, programme_id: int, *, neighbourhood_id: int | None = None
) -> list[CertificateRow]:
    """The register: all the programme's certificates, revoked ones too, in a stable order."""
    with ctx.db.read() as s:
        _programme(s, programme_id)
        return [_to_row(*r) for r in _select_rows(s, programme_id, neighbourhood_id)]


def get_certificate(ctx: Context, certificate_id: int) -> CertificateRow:
    with ctx.db.read() as s:
        return _to_row(*_one(s, certificate_id))


def _one(
    s: Session, certificate_id: int
) -> tuple[Certificate, Enrolment, Person, Neighbourhood | None]:
    cert = s.get(Certificate, certificate_id)
    if cert is None or cert.deleted_at is not None:
        raise NotFound(_("No certificate with id {id}").format(id=certificate_id))
    enrolment = s.get(Enrolment, cert.enrolment_id)
    assert enrolment is not None
    person = s.get(Person, enrolment.person_id)
    assert person is not None
    hood = s.get(Neighbourhood, enrolment.neighbourhood_id) if enrolment.neighbourhood_id else None
    return cert, enrolment, person, hood


# --- issuing and revoking -------------------------------------------------


Pending = tuple[Enrolment, Person, Neighbourhood | None, Decimal, Decimal]


def _pending(
    s: Session,
    programme_id: int,
    neighbourhood_id: int | None,
    person_ids: list[int] | None,
) -> tuple[list[Pending], dict[int, Any], set[int]]:
    """Eligible people without a live certificate, in the order numbers are given.

    Returns them with the live certificates held and the eligible person ids.
    """
    from wall_desktop.services.eligibility import progress_in_session

    progress = progress_in_session(s, programme_id, neighbourhood_id=neighbourhood_id)
    eligible = {
        pid: p
        for pid, p in progress.items()
        if p.eligible and (person_ids is None or pid in person_ids)
    }
    held = {
        r[1].person_id: r
        for r in _select_rows(s, programme_id)
        if r[0].status == CertificateStatus.ISSUED
    }
    people = {
        p.id: p for p in s.execute(select(Person).where(Person.id.in_(list(eligible)))).scalars()
    }
    hoods = {
        n.id: n
        for n in s.execute(
            select(Neighbourhood).where(Neighbourhood.programme_id == programme_id)
        ).scalars()
    }
    todo: list[Pending] = []
    for pid, prog in eligible.items():
        if pid in held or pid not in people:
            continue
        enrolment = s.get(Enrolment, prog.enrolment_id)
        if enrolment is None or enrolment.deleted_at is not None:
            continue
        hood = hoods.get(enrolment.neighbourhood_id) if enrolment.neighbourhood_id else None
        todo.append((enrolment, people[pid], hood, Decimal(prog.attended_hours), prog.share))
    todo.sort(key=lambda t: (sort_key(t[2].name) if t[2] else "", t[1].sort_key, t[1].id))
    return todo, held, set(eligible)


@dataclass(frozen=True)
class PendingCertificate:
    """An eligible person of the scope who holds no live certificate yet."""

    person_id: int
    first_name: str
    last_name: str
    neighbourhood: str
    hours: Decimal
    share: Decimal


def pending_certificates(
    ctx: Context, programme_id: int, *, neighbourhood_id: int | None = None
) -> list[PendingCertificate]:
    """Who ``issue_certificates`` would issue to now, in the order it would number them."""
    with ctx.db.read() as s:
        _programme(s, programme_id)
        todo, _held, _eligible = _pending(s, programme_id, neighbourhood_id, None)
        return [
            PendingCertificate(
                person.id,
                person.first_name,
                person.last_name,
                hood.name if hood else "",
                hours,
                share,
            )
            for _enrolment, person, hood, hours, share in todo
        ]


def issue_certificates(
    ctx: Context,
    programme_id: int,
    *,
    neighbourhood_id: int | None = None,
    person_ids: list[int] | None = None,
    issue_date: date | None = None,
) -> IssueResult:
    """Issue a certificate to every eligible person (of a neighbourhood, or those listed).

    Hours are the ones counted now, and are stored; people who already hold
    a live certificate keep theirs.  The issue date (today by default) may not
    be in the future nor before the programme started; the programme's
    private key must be in this database (``create_signing_key``).  Numbers
    follow in the stable order of neighbourhood, last and first name.  All or
    nothing: one unit of work.
    """
    today = date.today()
    day = issue_date or today
    with ctx.db.write(ctx.operator) as s:
        programme = _programme(s, programme_id)
        check_issue_date(day, programme.start_date, today)
        key = private_key_for_issue(programme)
        # Read inside the same transaction, so the hours stored are the ones decided on.
        todo, held, eligible = _pending(s, programme_id, neighbourhood_id, person_ids)
        if not todo:
            return IssueResult([], [_to_row(*r) for r in sorted(held.values(), key=_order_key)])
        numbers = next_numbers(
            programme.certificate_pattern, day.year, _numbers_in_use(s), len(todo)
        )
        issued: list[CertificateRow] = []
        for (enrolment, person, hood, hours, _share), number in zip(todo, numbers, strict=True):
            if signing.SEPARATOR in number:
                raise RuleViolation(
                    _("A certificate number cannot contain “|”; change the number pattern")
                )
            fields = signing.SignedFields(
                number, person.full_name, hours.quantize(Decimal("0.01")), day
            )
            cert = Certificate(
                enrolment_id=enrolment.id,
                number=number,
                issue_date=day,
                hours=fields.hours,
                status=CertificateStatus.ISSUED,
                signature=signing.sign(fields, key),
            )
            s.add(cert)
            s.flush()
            issued.append(_to_row(cert, enrolment, person, hood))
        already = [
            _to_row(*r) for r in sorted(held.values(), key=_order_key) if r[1].person_id in eligible
        ]
        return IssueResult(issued, already)


def revoke_certificate(
    ctx: Context, certificate_id: int, reason: str, *, on: date | None = None
) -> CertificateRow:
    """Mark a certificate revoked; it keeps its number in the register."""
    if not reason or not reason.strip():
        raise ValidationError({"reason": _("Give the reason for revoking the certificate")})
    with ctx.db.write(ctx.operator) as s:
        cert, enrolment, person, hood = _one(s, certificate_id)
        if cert.status == CertificateStatus.REVOKED:
            raise RuleViolation(
                _("Certificate {number} is already revoked").format(number=cert.number)
            )
        cert.status = CertificateStatus.REVOKED
        cert.revoked_on = on or date.today()
        cert.revoke_reason = reason.strip()
        s.flush()
        return _to_row(cert, enrolment, person, hood)


# --- reprinting -----------------------------------------------------------


def certificate_pages(
    ctx: Context,
    programme_id: int,
    *,
    neighbourhood_id: int | None = None,
    certificate_ids: list[int] | None = None,
) -> list[CertificatePage]:
    """What the PDF prints for the live certificates chosen, from the stored number and hours.

    A database without the private key reprints with the stored signature;
    if the name was corrected since, that signature no longer fits, and the
    reprint is refused rather than printing a code that reads as altered.
    """
    with ctx.db.read() as s:
        programme = _programme(s, programme_id)
        demo = bool(s.execute(select(DatabaseInfo.is_demo)).scalar())
        mentors = _mentors(s, programme_id)
        logos = logo_images_in(s, programme_id)
        pages: list[CertificatePage] = []
        for cert, _enrolment, person, hood in _select_rows(
            s, programme_id, neighbourhood_id, certificate_ids
        ):
            if cert.status != CertificateStatus.ISSUED:
                if certificate_ids is not None:
                    raise RuleViolation(
                        _("Certificate {number} is revoked and cannot be printed").format(
                            number=cert.number
                        )
                    )
                continue
            fields = signing.SignedFields(
                cert.number, person.full_name, cert.hours, cert.issue_date
            )
            signature = _signature_for(programme, cert, fields)
            pages.append(
                CertificatePage(
                    number=cert.number,
                    full_name=person.full_name,
                    gender=str(person.gender),
                    programme=programme.name,
                    neighbourhood=hood.name if hood else None,
                    hours=cert.hours,
                    issue_date=cert.issue_date,
                    place=programme.place,
                    coordinator=programme.coordinator_name,
                    mentors=tuple(mentors.get(hood.id, ())) if hood else (),
                    qr_payload=signing.payload(fields, signature),
                    demo=demo,
                    logos=logos,
                )
            )
        return pages


def _signature_for(programme: Programme, cert: Certificate, fields: signing.SignedFields) -> str:
    if programme.signing_private_key is not None:
        return signing.sign(fields, programme.signing_private_key)
    public = programme.signing_public_key
    if cert.signature and public and signing.signature_matches(fields, cert.signature, public):
        return cert.signature
    raise RuleViolation(
        _(
            "Certificate {number} cannot be reprinted here: the name changed since it was issued "
            "and only the office database can sign it again"
        ).format(number=cert.number)
    )


def _mentors(s: Session, programme_id: int) -> dict[int, list[Signatory]]:
    query = (
        select(NeighbourhoodMentor.neighbourhood_id, Person)
        .join(Person, NeighbourhoodMentor.person_id == Person.id)
        .join(Neighbourhood, NeighbourhoodMentor.neighbourhood_id == Neighbourhood.id)
        .where(Neighbourhood.programme_id == programme_id)
        .order_by(Person.sort_key, Person.id)
    )
    found: dict[int, list[Signatory]] = {}
    for hood_id, person in s.execute(query).all():
        found.setdefault(hood_id, []).append(Signatory(person.full_name, str(person.gender)))
    return found
