"""Checking a certificate's QR payload offline: genuine, revoked or altered.

Any database holding a programme's public key can check; the register of
this database adds whether a genuine certificate was revoked since.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wall_desktop.db.enums import CertificateStatus
from wall_desktop.db.models import Certificate, Programme
from wall_desktop.i18n import _
from wall_desktop.services import certificate_signing as signing
from wall_desktop.services.context import Context


class VerifyStatus(enum.StrEnum):
    GENUINE = "genuine"
    REVOKED = "revoked"
    ALTERED = "altered"
    NO_KEY = "no_key"  # this database holds no public key to check against


@dataclass(frozen=True)
class Verification:
    status: VerifyStatus
    number: str | None
    full_name: str | None
    hours: Decimal | None
    issue_date: date | None
    programme: str | None
    message: str


def verify_certificate(ctx: Context, payload: str) -> Verification:
    """Check a QR payload offline against every programme key this database holds."""
    with ctx.db.read() as s:
        keys = [
            (p.name, p.signing_public_key)
            for p in s.execute(select(Programme)).scalars()
            if p.signing_public_key is not None
        ]
        if not keys:
            return Verification(
                VerifyStatus.NO_KEY,
                None,
                None,
                None,
                None,
                None,
                _("This database holds no certificate key, so it cannot check certificates"),
            )
        fields: signing.SignedFields | None = None
        for name, public in keys:
            fields, valid = signing.verify_with(payload, public)
            if valid and fields is not None:
                return _genuine_or_revoked(s, fields, name)
    return Verification(
        VerifyStatus.ALTERED,
        fields.number if fields else None,
        fields.full_name if fields else None,
        fields.hours if fields else None,
        fields.issue_date if fields else None,
        None,
        _("NOT GENUINE: the code was altered or not issued by this programme"),
    )


def _genuine_or_revoked(s: Session, fields: signing.SignedFields, programme: str) -> Verification:
    cert = s.execute(
        select(Certificate).where(Certificate.number == fields.number)
    ).scalar_one_or_none()
    if cert is not None and cert.status == CertificateStatus.REVOKED:
        revoked = cert.revoked_on.strftime("%d.%m.%Y") if cert.revoked_on else "?"
        return Verification(
            VerifyStatus.REVOKED,
            fields.number,
            fields.full_name,
            fields.hours,
            fields.issue_date,
            programme,
            _("REVOKED on {date}: certificate {number} was genuine but is no longer valid").format(
                date=revoked, number=fields.number
            ),
        )
    return Verification(
        VerifyStatus.GENUINE,
        fields.number,
        fields.full_name,
        fields.hours,
        fields.issue_date,
        programme,
        _("GENUINE: certificate {number} was issued by {programme}").format(
            number=fields.number, programme=programme
        ),
    )
