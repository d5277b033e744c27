"""The description of an accounting document ("opis dokumentu księgowego") for one expense."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from wall_desktop.exports.pdf import fonts
from wall_desktop.exports.pdf.files import atomic_output
from wall_desktop.exports.pdf.page import (
    BODY_STYLE,
    CONTENT_WIDTH,
    HEADER_BOTTOM,
    MARGIN,
    draw_frame,
    new_canvas,
    paragraph,
    polish_money,
    signature_line,
    to_bytes,
)
from wall_desktop.exports.pdf.styles import FUNDER_LINE, GREY, INK, RULE, TEAL_LIGHT

LABEL_WIDTH = 170
VALUE_STYLE = ParagraphStyle("value", parent=BODY_STYLE, fontName=fonts.BODY_SEMIBOLD, fontSize=10)


@dataclass(frozen=True)
class ExpenseDescription:
    programme: str
    agreement_number: str | None
    funder: str | None
    project: str | None
    neighbourhood: str | None
    budget_line: str
    funding_source: str  # already in Polish: "dotacja", "wkład własny finansowy", ...
    amount_charged: Decimal
    document_kind: str  # "faktura", "rachunek", ...
    document_number: str
    document_date: date
    vendor: str | None
    description: str | None
    payment: str | None  # "przelew, 12.05.2023"
    demo: bool = False
    funder_line: str = FUNDER_LINE


def render_expense(doc: ExpenseDescription, target: BinaryIO) -> None:
    c = new_canvas(target, "Opis dokumentu księgowego")
    draw_frame(
        c,
        programme=doc.programme,
        kind="Opis dokumentu księgowego",
        funder_line=doc.funder_line,
        page=1,
        pages=1,
        demo=doc.demo,
    )
    c.setFillColor(INK)
    c.setFont(fonts.BODY_BOLD, 17)
    c.drawString(MARGIN, HEADER_BOTTOM, "Opis dokumentu księgowego")
    c.setFillColor(GREY)
    c.setFont(fonts.BODY, 10)
    c.drawString(
        MARGIN,
        HEADER_BOTTOM - 16,
        f"{doc.document_kind.capitalize()} nr {doc.document_number} "
        f"z dnia {doc.document_date:%d.%m.%Y}",
    )
    rows = [
        ("Numer umowy", doc.agreement_number or ""),
        ("Grantodawca", doc.funder or ""),
        ("Program", doc.programme),
        ("Projekt", doc.project or "koszty programu (poza mikroprojektami)"),
        ("Osiedle", doc.neighbourhood or ""),
        ("Pozycja budżetowa", doc.budget_line),
        ("Źródło finansowania", doc.funding_source),
        ("Kwota wydatku kwalifikowalnego", polish_money(doc.amount_charged)),
        ("Rodzaj i numer dokumentu", f"{doc.document_kind} nr {doc.document_number}"),
        ("Data wystawienia", f"{doc.document_date:%d.%m.%Y}"),
        ("Wystawca (sprzedawca)", doc.vendor or ""),
        ("Opis wydatku", doc.description or ""),
        ("Zapłata", doc.payment or ""),
    ]
    y = HEADER_BOTTOM - 34
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    for i, (label, value) in enumerate(rows):
        para = Paragraph(escape(value) or "&nbsp;", VALUE_STYLE)
        _w, h = para.wrapOn(c, CONTENT_WIDTH - LABEL_WIDTH - 16, 400)
        height = max(22.0, h + 10)
        if i % 2 == 0:
            c.setFillColor(TEAL_LIGHT)
            c.rect(MARGIN, y - height, CONTENT_WIDTH, height, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont(fonts.BODY, 9)
        c.drawString(MARGIN + 8, y - 14.5, label)
        para.drawOn(c, MARGIN + LABEL_WIDTH + 8, y - 5 - h)
        c.line(MARGIN, y - height, MARGIN + CONTENT_WIDTH, y - height)
        y -= height
    y -= 22
    statement = (
        "Wydatek jest zgodny z umową i budżetem projektu, został poniesiony w okresie realizacji "
        f"projektu i jest kwalifikowalny w kwocie <b>{polish_money(doc.amount_charged)}</b>. "
        "Sprawdzono pod względem merytorycznym i formalno-rachunkowym."
    )
    y = paragraph(c, statement, MARGIN, y, CONTENT_WIDTH)
    y -= 70
    signature_line(c, MARGIN, y, 200, "sprawdził/a (data i podpis)")
    signature_line(
        c, MARGIN + CONTENT_WIDTH - 220, y, 220, "zatwierdził/a do wypłaty (data i podpis)"
    )
    c.showPage()
    c.save()


def expense_pdf(doc: ExpenseDescription) -> bytes:
    return to_bytes(lambda fh: render_expense(doc, fh))


def write_expense(doc: ExpenseDescription, path: Path) -> Path:
    with atomic_output(path) as fh:
        render_expense(doc, fh)
    return Path(path)
