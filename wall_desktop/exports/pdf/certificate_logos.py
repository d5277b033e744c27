"""The row of programme logos on a certificate, between the signatures and the number.

The band is empty in the layout without logos, so the rest of the page
never moves: logos share one height (their widths follow their shapes),
shrink together when they would not fit the width, and sit centred.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from wall_desktop.exports.pdf.styles import PAGE_WIDTH

# The free band: above the QR code and the number (top 168), below the signature titles (233).
BAND_BOTTOM = 180.0
BAND_HEIGHT = 40.0
BAND_LEFT = 56.0
BAND_RIGHT = PAGE_WIDTH - 56.0
GAP = 22.0


@dataclass(frozen=True)
class Logo:
    """A PNG or JPEG file's bytes and its size in pixels (only the shape matters)."""

    content: bytes
    width: int
    height: int


@dataclass(frozen=True)
class Placed:
    x: float
    y: float
    width: float
    height: float


def place_logos(
    shapes: Sequence[tuple[int, int]],
    *,
    left: float = BAND_LEFT,
    right: float = BAND_RIGHT,
    bottom: float = BAND_BOTTOM,
    height: float = BAND_HEIGHT,
    gap: float = GAP,
) -> list[Placed]:
    """Boxes for logos of the given pixel shapes: one height, aspect ratios kept, centred."""
    if not shapes:
        return []
    aspects = [w / h for w, h in shapes]
    room = right - left - gap * (len(shapes) - 1)
    h = min(height, room / sum(aspects))
    total = h * sum(aspects) + gap * (len(shapes) - 1)
    x = left + (right - left - total) / 2
    y = bottom + (height - h) / 2
    placed = []
    for aspect in aspects:
        placed.append(Placed(x, y, h * aspect, h))
        x += h * aspect + gap
    return placed


def draw_logos(c: Canvas, logos: Sequence[Logo]) -> None:
    """Draw the row; PNG transparency is kept (the page's cream shows through)."""
    for logo, box in zip(logos, place_logos([(lg.width, lg.height) for lg in logos]), strict=True):
        c.drawImage(
            ImageReader(io.BytesIO(logo.content)),
            box.x,
            box.y,
            box.width,
            box.height,
            mask="auto",
        )
