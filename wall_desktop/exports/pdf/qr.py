"""QR codes drawn straight onto a canvas as one filled path.

reportlab's QR encoder (``reportlab.graphics.barcode.qrencoder``) computes the
modules; drawing them as a single path is much faster than a Drawing of one
rectangle per module.  Text is UTF-8 announced by an ECI header, so readers
do not mistake Polish letters for Latin-1.
"""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

UTF8_ECI = 26
QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_matrix(text: str, level: str = "M") -> list[list[bool]]:
    """Rows of dark (True) and light modules for ``text``."""
    version: int | None = None
    while True:
        code = qrencoder.QRCode(version, getattr(qrencoder.QRErrorCorrectLevel, level))
        if not text.isascii():
            code.addData(qrencoder.QRECI(UTF8_ECI))
        code.addData(qrencoder.QR8bitByte(text))
        try:
            code.make()
        except Exception:
            # The encoder's version guess leaves out the ECI header's 8 bits,
            # so a text near a version's capacity overflows: take the next size.
            version = (code.version or 0) + 1
            if version > 40:
                raise
            continue
        return [list(row) for row in code.modules]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The code for ``text`` with its quiet zone inside the square at (x, y) of side ``size``."""
    matrix = qr_matrix(text)
    count = len(matrix)
    module = size / (count + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * module
    top = y + size - QUIET_ZONE * module
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                # One rectangle per run of dark modules; a hair of overlap avoids seams.
                path.rect(
                    left + start * module,
                    top - (r + 1) * module,
                    (c - start) * module + 0.01,
                    module + 0.01,
                )
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
