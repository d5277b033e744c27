"""The signed text a certificate's QR code carries, and checking it offline.

Payload: ``WALL1|<number>|<full name>|<hours>|<issue date>|<signature>``.
The signature is Ed25519 over everything before the last "|" (UTF-8),
written in unpadded base64url (86 characters).  Hours are a plain decimal
("48.5"), the date ISO ("2023-09-12").  Ed25519 signatures are
deterministic, so signing the same certificate again gives the same code.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

PREFIX = "WALL1"
SEPARATOR = "|"


@dataclass(frozen=True)
class SignedFields:
    number: str
    full_name: str
    hours: Decimal
    issue_date: date


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public), both raw 32 bytes, as stored on the programme."""
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes_raw()
    raw_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return raw_private, raw_public


def public_key_of(raw_private: bytes) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(raw_private)
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def plain_hours(value: Decimal) -> str:
    """48.50 -> "48.5", 60.00 -> "60"."""
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value.normalize():f}"


def message(fields: SignedFields) -> str:
    return SEPARATOR.join(
        (
            PREFIX,
            fields.number,
            fields.full_name,
            plain_hours(fields.hours),
            fields.issue_date.isoformat(),
        )
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    """Strict decoding: base64 lets the last character carry unused bits, so another
    character there can decode to the same bytes; only the canonical text is accepted."""
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64(data) != text:
        raise ValueError("not the canonical base64url text of its bytes")
    return data


def sign(fields: SignedFields, raw_private: bytes) -> str:
    """The signature (base64url) of ``fields``."""
    key = Ed25519PrivateKey.from_private_bytes(raw_private)
    return _b64(key.sign(message(fields).encode("utf-8")))


def payload(fields: SignedFields, signature: str) -> str:
    return f"{message(fields)}{SEPARATOR}{signature}"


def signature_matches(fields: SignedFields, signature: str, raw_public: bytes) -> bool:
    return _valid(message(fields), signature, raw_public)


def _valid(text: str, signature: str, raw_public: bytes) -> bool:
    try:
        raw_signature = _unb64(signature)
        Ed25519PublicKey.from_public_bytes(raw_public).verify(raw_signature, text.encode("utf-8"))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def parse(text: str) -> tuple[SignedFields, str, str] | None:
    """(fields, signed text, signature) of a payload; ``None`` when it is not one of ours.

    The name is whatever lies between the number and the hours, so a "|"
    in a name cannot shift the other fields.
    """
    text = text.strip()
    signed, sep, signature = text.rpartition(SEPARATOR)
    parts = signed.split(SEPARATOR)
    if not sep or len(parts) < 5 or parts[0] != PREFIX:
        return None
    try:
        hours = Decimal(parts[-2])
        issued = date.fromisoformat(parts[-1])
    except (InvalidOperation, ValueError):
        return None
    if not hours.is_finite():
        return None
    fields = SignedFields(parts[1], SEPARATOR.join(parts[2:-2]), hours, issued)
    return fields, signed, signature


def verify_with(text: str, raw_public: bytes) -> tuple[SignedFields | None, bool]:
    """(the fields it claims, whether ``raw_public`` signed exactly this text)."""
    parsed = parse(text)
    if parsed is None:
        return None, False
    fields, signed, signature = parsed
    return fields, _valid(signed, signature, raw_public)
