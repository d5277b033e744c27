"""The fast QR encoder: the same symbol as reportlab's, and it still decodes to its text."""

from __future__ import annotations

import random

import pytest
from PIL import Image

from wall_desktop.exports.pdf.qr import qr_matrix

ALPHABET = "abcdefghijklmnopqrstuvwxyzĄĆĘŁŃÓŚŹŻąćęłńóśźż0123456789|:/?=&-_. "


def reportlab_matrix(text: str, level: str) -> list[list[bool]]:
    """reportlab's own encoder, all eight masks tried by ``QRCode.make``."""
    from reportlab.graphics.barcode import qrencoder as q

    version = None
    while True:
        code = q.QRCode(version, getattr(q.QRErrorCorrectLevel, level))
        if not text.isascii():
            code.addData(q.QRECI(26))
        code.addData(q.QR8bitByte(text))
        try:
            code.make()
        except Exception:
            version = (code.version or 0) + 1
            continue
        return [list(row) for row in code.modules]


def payloads() -> list[str]:
    rnd = random.Random(9)
    found = ["", "a", "WALL-2026-000123|Zuzanna Łęcka-Żółć|48.5|2023-09-12|" + "Q" * 86]
    found += ["".join(rnd.choice(ALPHABET) for _ in range(n)) for n in range(1, 260, 9)]
    return found


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_same_modules_as_reportlab(level: str) -> None:
    for text in payloads():
        assert qr_matrix(text, level) == reportlab_matrix(text, level), (level, len(text))


def _image(matrix: list[list[bool]], scale: int = 4, quiet: int = 4) -> Image.Image:
    size = (len(matrix) + 2 * quiet) * scale
    image = Image.new("L", (size, size), 255)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                x, y = (c + quiet) * scale, (r + quiet) * scale
                image.paste(0, (x, y, x + scale, y + scale))
    return image


def test_decodes_to_the_payload() -> None:
    import zxingcpp

    for text in payloads()[1::4]:
        result = zxingcpp.read_barcode(_image(qr_matrix(text)))
        assert result is not None and result.text == text
