"""The programme's certificate signing key: created once, as an office step.

The private half lives only in the database that issues certificates (the
office's); a copy without it can verify and reprint but never issue.
Replacing a key would make every certificate issued with the old one read
as altered, so a key is never replaced.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy.orm import Session

from wall_desktop.db.models import Programme
from wall_desktop.i18n import _
from wall_desktop.services import certificate_signing as signing
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, RuleViolation


class KeyState(enum.StrEnum):
    NONE = "none"  # no key yet: create one in the office database before issuing
    PUBLIC_ONLY = "public_only"  # a copy: verifies and reprints, cannot issue
    PRIVATE = "private"  # the issuing database


@dataclass(frozen=True)
class SigningKey:
    programme_id: int
    state: KeyState
    fingerprint: str | None  # the public key in short hex groups, for comparing copies


def _programme(s: Session, programme_id: int) -> Programme:
    p = s.get(Programme, programme_id)
    if p is None or p.deleted_at is not None:
        raise NotFound(_("No programme with id {id}").format(id=programme_id))
    return p


def _state(p: Programme) -> KeyState:
    if p.signing_private_key is not None:
        return KeyState.PRIVATE
    if p.signing_public_key is not None:
        return KeyState.PUBLIC_ONLY
    return KeyState.NONE


def fingerprint(raw_public: bytes) -> str:
    text = raw_public[:8].hex().upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def _info(p: Programme) -> SigningKey:
    public = p.signing_public_key
    return SigningKey(p.id, _state(p), fingerprint(public) if public else None)


def signing_key(ctx: Context, programme_id: int) -> SigningKey:
    """Which half of the key this database holds for the programme."""
    with ctx.db.read() as s:
        return _info(_programme(s, programme_id))


def create_signing_key(ctx: Context, programme_id: int) -> SigningKey:
    """Make the programme's key pair here; refused when the programme has one already."""
    with ctx.db.write(ctx.operator) as s:
        p = _programme(s, programme_id)
        if _state(p) is not KeyState.NONE:
            raise RuleViolation(
                _(
                    "The programme “{name}” already has a signing key. It is never replaced: "
                    "certificates issued with it could no longer be verified"
                ).format(name=p.name)
            )
        set_new_key(p)
        s.flush()
        return _info(p)


def set_new_key(programme: Programme, private: bytes | None = None) -> None:
    """Give a programme row being written a key pair (``private`` fixes it, for the demo)."""
    if private is None:
        private, public = signing.new_key_pair()
    else:
        public = signing.public_key_of(private)
    programme.signing_private_key = private
    programme.signing_public_key = public


def private_key_for_issue(programme: Programme) -> bytes:
    """The private key, or a refusal that says what to do instead."""
    if programme.signing_private_key is not None:
        return programme.signing_private_key
    if programme.signing_public_key is not None:
        raise RuleViolation(
            _(
                "This database holds only the public key of the programme, so it can verify "
                "certificates but not issue them; issue them in the office database"
            )
        )
    raise RuleViolation(
        _(
            "The programme has no signing key yet, so no certificate can be issued. Create it "
            "once, in the office database: “wall-desktop certificates keygen”, or Create "
            "signing key… in the Leader certificates window"
        )
    )
