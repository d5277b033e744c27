"""A consent form for one person, pre-filled: data, image, and for a minor the guardian's."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas

from wall_desktop.exports.pdf import fonts
from wall_desktop.exports.pdf.files import atomic_output
from wall_desktop.exports.pdf.page import (
    CONTENT_WIDTH,
    HEADER_BOTTOM,
    MARGIN,
    SMALL_STYLE,
    draw_frame,
    new_canvas,
    paragraph,
    signature_line,
    to_bytes,
)
from wall_desktop.exports.pdf.styles import FUNDER_LINE, GREY, INK, TEAL, TEAL_LIGHT

MISSING = "…………………………………………"


@dataclass(frozen=True)
class ConsentForm:
    programme: str
    full_name: str
    birth: str | None  # "12.03.2009" or "2009"
    neighbourhood: str | None
    controller: str | None
    purpose: str | None
    minor: bool
    guardian_name: str | None
    demo: bool = False
    funder_line: str = FUNDER_LINE


def _box(c: Canvas, x: float, y: float) -> None:
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.rect(x, y - 9, 10, 10, stroke=1, fill=0)


def _section(c: Canvas, text: str, y: float) -> float:
    c.setFillColor(TEAL)
    c.setFont(fonts.BODY_BOLD, 11)
    c.drawString(MARGIN, y, text)
    return y - 8


def render_consent(form: ConsentForm, target: BinaryIO) -> None:
    c = new_canvas(target, "Zgody uczestnika")
    draw_frame(
        c,
        programme=form.programme,
        kind="Formularz zgód",
        funder_line=form.funder_line,
        page=1,
        pages=1,
        demo=form.demo,
    )
    c.setFillColor(INK)
    c.setFont(fonts.BODY_BOLD, 17)
    c.drawString(MARGIN, HEADER_BOTTOM, "Zgoda na przetwarzanie danych osobowych")
    c.setFont(fonts.BODY_BOLD, 17)
    c.drawString(MARGIN, HEADER_BOTTOM - 20, "i wykorzystanie wizerunku")

    y = HEADER_BOTTOM - 40
    c.setFillColor(TEAL_LIGHT)
    c.roundRect(MARGIN, y - 62, CONTENT_WIDTH, 58, 6, stroke=0, fill=1)
    rows = [
        ("Uczestnik / uczestniczka", form.full_name),
        ("Data lub rok urodzenia", form.birth or MISSING),
        ("Osiedle", form.neighbourhood or MISSING),
    ]
    if form.minor:
        rows.append(("Rodzic / opiekun prawny", form.guardian_name or MISSING))
    line_y = y - 18
    for label, value in rows:
        c.setFillColor(GREY)
        c.setFont(fonts.BODY, 9)
        c.drawString(MARGIN + 10, line_y, label)
        c.setFillColor(INK)
        c.setFont(fonts.BODY_SEMIBOLD, 10.5)
        c.drawString(MARGIN + 150, line_y, value)
        line_y -= 13
    y -= 80 if not form.minor else 86

    y = _section(c, "Informacja o przetwarzaniu danych osobowych", y)
    controller = escape(form.controller) if form.controller else MISSING
    purpose = (
        escape(form.purpose) if form.purpose else "udziału w programie " + escape(form.programme)
    )
    notice = (
        f"Administratorem danych osobowych jest {controller}. Dane są przetwarzane w celu: "
        f"{purpose}, a także rozliczenia dotacji i sprawozdawczości wobec grantodawcy, "
        "na podstawie art. 6 ust. 1 lit. a i c RODO. Dane będą przechowywane przez okres "
        "wymagany zasadami rozliczania projektu. Przysługuje Pani/Panu prawo dostępu do danych, "
        "ich sprostowania, usunięcia lub ograniczenia przetwarzania oraz prawo wniesienia skargi "
        "do Prezesa Urzędu Ochrony Danych Osobowych. Zgodę można wycofać w dowolnym momencie, "
        "bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej wycofaniem. "
        "Podanie danych jest dobrowolne, ale niezbędne do udziału w programie."
    )
    y = paragraph(c, notice, MARGIN, y - 4, CONTENT_WIDTH, SMALL_STYLE) - 16

    whose = "mojego dziecka / podopiecznego" if form.minor else "moich"
    consents = [
        (
            "Zgoda na przetwarzanie danych osobowych",
            f"Wyrażam zgodę na przetwarzanie danych osobowych {whose} w celu udziału "
            f"w programie {escape(form.programme)}, zgodnie z powyższą informacją.",
        ),
        (
            "Zgoda na wykorzystanie wizerunku",
            f"Wyrażam zgodę na nieodpłatne utrwalanie i rozpowszechnianie wizerunku {whose} "
            "na zdjęciach i nagraniach z zajęć i działań programu, w materiałach informacyjnych "
            "i sprawozdawczych programu oraz grantodawcy (strony internetowe, media "
            "społecznościowe, publikacje).",
        ),
    ]
    if form.minor:
        consents.append(
            (
                "Zgoda rodzica lub opiekuna prawnego na udział",
                "Jako rodzic / opiekun prawny wyrażam zgodę na udział mojego dziecka / "
                f"podopiecznego w zajęciach i działaniach programu {escape(form.programme)}.",
            )
        )
    for heading, text in consents:
        y = _section(c, heading, y)
        _box(c, MARGIN, y - 4)
        c.setFont(fonts.BODY, 8)
        y = paragraph(c, text, MARGIN + 18, y - 2, CONTENT_WIDTH - 18) - 4
        c.setFillColor(GREY)
        c.setFont(fonts.BODY, 8)
        c.drawString(MARGIN + 18, y - 6, "TAK  /  NIE  (proszę zaznaczyć)")
        y -= 28

    y = max(y - 24, 120)
    who = "rodzica / opiekuna prawnego" if form.minor else "uczestnika / uczestniczki"
    signature_line(c, MARGIN, y, 160, "miejscowość i data")
    signature_line(
        c,
        MARGIN + CONTENT_WIDTH - 250,
        y,
        250,
        f"czytelny podpis {who}",
        (form.guardian_name or "") if form.minor else form.full_name,
    )
    c.showPage()
    c.save()


def consent_pdf(form: ConsentForm) -> bytes:
    return to_bytes(lambda fh: render_consent(form, fh))


def write_consent(form: ConsentForm, path: Path) -> Path:
    with atomic_output(path) as fh:
        render_consent(form, fh)
    return Path(path)
