"""The frame of the office documents (sheets, forms, descriptions): header band and footer."""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from wall_desktop.exports.pdf import fonts
from wall_desktop.exports.pdf.styles import (
    DEMO_NOTE,
    GREY,
    INK,
    ORANGE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEAL,
    TEAL_LIGHT,
    clip_text,
    demo_watermark,
)

MARGIN = 42
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_BOTTOM = PAGE_HEIGHT - 84  # content starts below this line
FOOTER_TOP = 64
NBSP = "\u00a0"


def new_canvas(target: BinaryIO, title: str) -> Canvas:
    fonts.register_fonts()
    c = Canvas(
        target, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1, initialFontName=fonts.BODY
    )
    c.setTitle(title)
    c.setAuthor("WALL Desktop")
    c.setCreator("WALL Desktop")
    return c


def to_bytes(render: Callable[[BinaryIO], None]) -> bytes:
    buffer = io.BytesIO()
    render(buffer)
    return buffer.getvalue()


def draw_frame(
    c: Canvas, *, programme: str, kind: str, funder_line: str, page: int, pages: int, demo: bool
) -> None:
    """Header band (programme, kind of document) and footer (funder, page x of y)."""
    if demo:
        demo_watermark(c)
    c.setFillColor(TEAL)
    c.rect(0, PAGE_HEIGHT - 14, PAGE_WIDTH, 14, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, PAGE_HEIGHT - 17, PAGE_WIDTH, 3, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont(fonts.BODY_BOLD, 10.5)
    c.drawString(MARGIN, PAGE_HEIGHT - 44, clip_text(programme, fonts.BODY_BOLD, 10.5, 330))
    c.setFillColor(GREY)
    c.setFont(fonts.BODY, 9)
    c.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 44, kind)
    c.setStrokeColor(TEAL_LIGHT)
    c.setLineWidth(1)
    c.line(MARGIN, PAGE_HEIGHT - 56, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 56)

    c.line(MARGIN, FOOTER_TOP - 18, PAGE_WIDTH - MARGIN, FOOTER_TOP - 18)
    c.setFillColor(TEAL)
    c.setFont(fonts.BODY, 7.5)
    c.drawString(MARGIN, FOOTER_TOP - 30, funder_line)
    c.setFillColor(GREY)
    c.setFont(fonts.BODY, 8)
    c.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_TOP - 42, f"Strona {page} z {pages}")
    if demo:
        c.setFillColor(ORANGE)
        c.setFont(fonts.BODY_BOLD, 8)
        c.drawString(MARGIN, FOOTER_TOP - 42, DEMO_NOTE)


def title(c: Canvas, text: str, y: float, subtitle: str | None = None) -> float:
    """A document's title; returns the y below it."""
    c.setFillColor(INK)
    c.setFont(fonts.BODY_BOLD, 17)
    c.drawString(MARGIN, y, text)
    if subtitle:
        c.setFillColor(GREY)
        c.setFont(fonts.BODY, 10)
        c.drawString(MARGIN, y - 16, subtitle)
        return y - 30
    return y - 14


BODY_STYLE = ParagraphStyle("body", fontName=fonts.BODY, fontSize=9.5, leading=12.5, textColor=INK)
SMALL_STYLE = ParagraphStyle("small", parent=BODY_STYLE, fontSize=8.5, leading=11)


def paragraph(
    c: Canvas,
    markup: str,
    x: float,
    y: float,
    width: float,
    style: ParagraphStyle = BODY_STYLE,
) -> float:
    """Draw wrapped text with its top at ``y``; returns the y below it."""
    fonts.register_fonts()
    p = Paragraph(markup, style)
    _w, h = p.wrapOn(c, width, PAGE_HEIGHT)
    p.drawOn(c, x, y - h)
    return y - h


def signature_line(
    c: Canvas, x: float, y: float, width: float, caption: str, name: str = ""
) -> None:
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.setDash(1, 2)
    c.line(x, y, x + width, y)
    c.setDash()
    if name:
        c.setFillColor(INK)
        c.setFont(fonts.BODY, 9.5)
        c.drawCentredString(x + width / 2, y + 4, name)
    c.setFillColor(GREY)
    c.setFont(fonts.BODY, 8)
    c.drawCentredString(x + width / 2, y - 11, caption)


def polish_money(value: Decimal) -> str:
    """4000 -> "4 000,00 zł" (documents are Polish whatever the interface language)."""
    q = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _dot, cents = f"{abs(q):.2f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{NBSP.join(groups)},{cents}{NBSP}zł"
