"""The QR signature text is accepted only in its one canonical spelling."""

from __future__ import annotations

import base64
from datetime import date
from decimal import Decimal

from wall_desktop.services import certificate_signing as signing

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def test_a_last_character_that_decodes_to_the_same_bytes_is_refused() -> None:
    private, public = signing.new_key_pair()
    fields = signing.SignedFields(
        "WALL/2023/0001", "Zofia Żółć", Decimal("48.50"), date(2023, 9, 1)
    )
    signature = signing.sign(fields, private)
    assert signing.signature_matches(fields, signature, public)
    # 64 bytes are 86 characters: the last one carries 4 unused bits, so 15 other
    # characters decode to exactly the same signature bytes.
    twins = [
        signature[:-1] + ch
        for ch in ALPHABET
        if ch != signature[-1]
        and base64.urlsafe_b64decode(signature[:-1] + ch + "==")
        == base64.urlsafe_b64decode(signature + "==")
    ]
    assert len(twins) == 15
    for twin in twins:
        assert not signing.signature_matches(fields, twin, public)
