"""Sign-in sheets ("lista obecności") for a training session or a residents' meeting.

Every page repeats the header with the event's details, so a loose page
still says what it belongs to; rows are numbered across pages and blank
rows at the end take late arrivals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from wall_desktop.exports.pdf import fonts
from wall_desktop.exports.pdf.files import atomic_output
from wall_desktop.exports.pdf.grammar import hours_phrase
from wall_desktop.exports.pdf.page import (
    CONTENT_WIDTH,
    FOOTER_TOP,
    HEADER_BOTTOM,
    MARGIN,
    draw_frame,
    new_canvas,
    to_bytes,
)
from wall_desktop.exports.pdf.styles import FUNDER_LINE, GREY, INK, TEAL, clip_text

ROW_HEIGHT = 25
DETAILS_HEIGHT = 118
TABLE_HEADER = 20
COL_NO, COL_NAME = 30, 250  # widths; the signature column takes the rest


@dataclass(frozen=True)
class SignInSheet:
    kind: str  # "session" or "meeting"
    programme: str
    neighbourhood: str | None
    day: date | None  # None: a blank sheet to fill in by hand
    start: time | None
    end: time | None
    hours: Decimal | None
    topic: str | None
    lead: str | None  # the trainer (session) or the purpose (meeting)
    place: str | None
    people: tuple[str, ...]
    blank_rows: int = 6
    demo: bool = False
    funder_line: str = FUNDER_LINE


def _rows_per_page() -> int:
    top = HEADER_BOTTOM - DETAILS_HEIGHT - TABLE_HEADER
    return int((top - FOOTER_TOP) // ROW_HEIGHT)


def page_count(sheet: SignInSheet) -> int:
    rows = len(sheet.people) + sheet.blank_rows
    per_page = _rows_per_page()
    return max(1, -(-rows // per_page))


def _details(c: Canvas, sheet: SignInSheet) -> None:
    title = "Lista obecności" + (
        " — szkolenie" if sheet.kind == "session" else " — spotkanie z mieszkańcami"
    )
    c.setFillColor(INK)
    c.setFont(fonts.BODY_BOLD, 17)
    c.drawString(MARGIN, HEADER_BOTTOM, title)
    when = sheet.day.strftime("%d.%m.%Y") if sheet.day else "...................."
    if sheet.start and sheet.end:
        when += f", {sheet.start:%H:%M}–{sheet.end:%H:%M}"
    elif sheet.start:
        when += f", od {sheet.start:%H:%M}"
    lead_label = "Prowadzący/a" if sheet.kind == "session" else "Cel spotkania"
    topic_label = "Temat" if sheet.kind == "session" else "Projekt"
    items = [
        ("Osiedle", sheet.neighbourhood or ""),
        ("Data i godzina", when),
        ("Miejsce", sheet.place or ""),
        (topic_label, sheet.topic or ""),
        (lead_label, sheet.lead or ""),
    ]
    if sheet.hours is not None:
        items.insert(2, ("Liczba godzin", hours_phrase(sheet.hours)))
    y = HEADER_BOTTOM - 22
    for label, value in items:
        c.setFillColor(GREY)
        c.setFont(fonts.BODY, 9)
        c.drawString(MARGIN, y, label)
        c.setFillColor(INK)
        c.setFont(fonts.BODY_SEMIBOLD, 10)
        c.drawString(MARGIN + 92, y, clip_text(value, fonts.BODY_SEMIBOLD, 10, CONTENT_WIDTH - 92))
        y -= 14


def _table_header(c: Canvas, top: float) -> None:
    c.setFillColor(TEAL)
    c.rect(MARGIN, top - TABLE_HEADER, CONTENT_WIDTH, TABLE_HEADER, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(fonts.BODY_BOLD, 9.5)
    base = top - 14
    c.drawCentredString(MARGIN + COL_NO / 2, base, "Lp.")
    c.drawString(MARGIN + COL_NO + 6, base, "Imię i nazwisko")
    c.drawString(MARGIN + COL_NO + COL_NAME + 6, base, "Podpis")


def render_sign_in(sheet: SignInSheet, target: BinaryIO) -> None:
    c = new_canvas(target, "Lista obecności")
    names: list[str] = [*sheet.people, *([""] * sheet.blank_rows)]
    per_page = _rows_per_page()
    pages = page_count(sheet)
    for page in range(pages):
        draw_frame(
            c,
            programme=sheet.programme,
            kind="Lista obecności",
            funder_line=sheet.funder_line,
            page=page + 1,
            pages=pages,
            demo=sheet.demo,
        )
        _details(c, sheet)
        top = HEADER_BOTTOM - DETAILS_HEIGHT
        _table_header(c, top)
        y = top - TABLE_HEADER
        chunk = names[page * per_page : (page + 1) * per_page]
        for i, name in enumerate(chunk):
            number = page * per_page + i + 1
            if number % 2 == 0:
                c.setFillColorRGB(0.965, 0.975, 0.975)
                c.rect(MARGIN, y - ROW_HEIGHT, CONTENT_WIDTH, ROW_HEIGHT, stroke=0, fill=1)
            c.setFillColor(GREY)
            c.setFont(fonts.BODY, 9.5)
            c.drawCentredString(MARGIN + COL_NO / 2, y - 16, f"{number}.")
            c.setFillColor(INK)
            c.setFont(fonts.BODY, 10.5)
            c.drawString(
                MARGIN + COL_NO + 6, y - 16, clip_text(name, fonts.BODY, 10.5, COL_NAME - 12)
            )
            y -= ROW_HEIGHT
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        bottom = y
        table_top = top - TABLE_HEADER
        c.rect(MARGIN, bottom, CONTENT_WIDTH, table_top - bottom + TABLE_HEADER, stroke=1, fill=0)
        for x in (MARGIN + COL_NO, MARGIN + COL_NO + COL_NAME):
            c.line(x, bottom, x, table_top)
        row_y = table_top
        while row_y > bottom + 1:
            c.line(MARGIN, row_y, MARGIN + CONTENT_WIDTH, row_y)
            row_y -= ROW_HEIGHT
        c.showPage()
    c.save()


def sign_in_pdf(sheet: SignInSheet) -> bytes:
    return to_bytes(lambda fh: render_sign_in(sheet, fh))


def write_sign_in(sheet: SignInSheet, path: Path) -> Path:
    with atomic_output(path) as fh:
        render_sign_in(sheet, fh)
    return Path(path)
