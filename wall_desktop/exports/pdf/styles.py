"""Colours, page sizes and small text helpers shared by every document."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from wall_desktop.exports.pdf import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4

TEAL = HexColor("#1E5B66")
TEAL_MID = HexColor("#4F8C94")
TEAL_LIGHT = HexColor("#DDEDEE")
ORANGE = HexColor("#E07A2E")
ORANGE_LIGHT = HexColor("#F6D9C2")
INK = HexColor("#23313A")
GREY = HexColor("#6B7780")
RULE = HexColor("#B8C2C8")
CREAM = HexColor("#FCFAF5")
# Solid, not translucent: drawn first, under the text, so no transparency groups are needed.
DEMO_TINT = HexColor("#F4D9D2")

FUNDER_LINE = (
    "Projekt realizowany z dotacji programu Aktywni Obywatele – Fundusz Krajowy, "
    "finansowanego z Funduszy EOG"
)
DEMO_NOTE = "DEMO — dane fikcyjne, dokument nieważny"


def fit_size(text: str, font: str, size: float, max_width: float, minimum: float = 7) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``max_width``."""
    width = stringWidth(text, font, size)
    if width <= max_width:
        return size
    return max(minimum, size * max_width / width)


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; a single word longer than the line stays whole."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and stringWidth(trial, font, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


def clip_text(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``max_width``."""
    if stringWidth(text, font, size) <= max_width:
        return text
    while text and stringWidth(text + "…", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def spaced(
    canvas: Canvas, text: str, x: float, y: float, font: str, size: float, gap: float
) -> None:
    """Letter-spaced text centred on ``x``."""
    width = stringWidth(text, font, size) + gap * (len(text) - 1)
    t = canvas.beginText(x - width / 2, y)
    t.setFont(font, size)
    t.setCharSpace(gap)
    t.textOut(text)
    t.setCharSpace(0)  # the spacing would otherwise leak into later text
    canvas.drawText(t)


def demo_watermark(canvas: Canvas, width: float = PAGE_WIDTH, height: float = PAGE_HEIGHT) -> None:
    """A large pale "DEMO" across the page (drawn before the text): a demo print never passes."""
    canvas.saveState()
    canvas.setFillColor(DEMO_TINT)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.setFont(fonts.DISPLAY, 170)
    canvas.drawCentredString(0, -60, "DEMO")
    canvas.restoreState()
