"""The Leader Certificate ("Certyfikat Lidera"): one A4 page per person.

The frame, skyline, headings and funder line are the same on every page,
so they are drawn once per document as a form XObject and reused; a page
only adds the person's text and QR code.  That keeps a batch of a thousand
close to the cost of the text itself.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from wall_desktop.exports.pdf import fonts
from wall_desktop.exports.pdf.certificate_logos import Logo, draw_logos
from wall_desktop.exports.pdf.files import CancelCheck, Progress, atomic_output, safe_file_name
from wall_desktop.exports.pdf.grammar import completion_phrase, hours_phrase, mentor_title
from wall_desktop.exports.pdf.qr import draw_qr
from wall_desktop.exports.pdf.styles import (
    CREAM,
    DEMO_NOTE,
    FUNDER_LINE,
    GREY,
    INK,
    ORANGE,
    ORANGE_LIGHT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TEAL,
    TEAL_LIGHT,
    TEAL_MID,
    demo_watermark,
    fit_size,
    spaced,
    wrap,
)
from wall_desktop.i18n import _

CX = PAGE_WIDTH / 2
TEXT_WIDTH = 440


@dataclass(frozen=True)
class Signatory:
    name: str
    gender: str | None = None


@dataclass(frozen=True)
class CertificatePage:
    """Everything printed on one certificate; plain values, no database rows."""

    number: str
    full_name: str
    gender: str | None
    programme: str
    neighbourhood: str | None
    hours: Decimal
    issue_date: date
    place: str | None
    coordinator: str | None
    mentors: tuple[Signatory, ...]
    qr_payload: str
    demo: bool = False
    funder_line: str = FUNDER_LINE
    logos: tuple[Logo, ...] = ()  # the programme's, left to right; none: the band stays empty


def _background(canvas: Canvas, demo: bool, funder_line: str, logos: tuple[Logo, ...]) -> None:
    """The parts every certificate shares (the logos too: their images are stored once)."""
    c = canvas
    c.setFillColor(CREAM)
    c.rect(0, 0, PAGE_WIDTH, PAGE_HEIGHT, stroke=0, fill=1)
    if demo:
        demo_watermark(c)
    c.setStrokeColor(TEAL)
    c.setLineWidth(3)
    c.rect(22, 22, PAGE_WIDTH - 44, PAGE_HEIGHT - 44, stroke=1, fill=0)
    c.setStrokeColor(ORANGE)
    c.setLineWidth(0.8)
    c.rect(30, 30, PAGE_WIDTH - 60, PAGE_HEIGHT - 60, stroke=1, fill=0)
    _skyline(c, left=46, right=PAGE_WIDTH - 46, ground=770)

    c.setFillColor(TEAL)
    spaced(c, "CERTYFIKAT", CX, 682, fonts.DISPLAY, 48, 3)
    c.setFillColor(ORANGE)
    spaced(c, "LIDERA", CX, 648, fonts.LIGHT, 24, 11)
    c.setStrokeColor(ORANGE)
    c.setLineWidth(1)
    c.line(CX - 70, 630, CX - 10, 630)
    c.line(CX + 10, 630, CX + 70, 630)
    c.setFillColor(ORANGE)
    c.circle(CX, 630, 2.6, stroke=0, fill=1)

    c.setFillColor(GREY)
    c.setFont(fonts.REGULAR, 8)
    c.drawCentredString(CX, 334, "miejsce i data wydania")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.setDash(1, 2)
    for x in (170, 425):
        c.line(x - 85, 262, x + 85, 262)
    c.setDash()

    c.setFillColor(GREY)
    c.setFont(fonts.REGULAR, 7.5)
    c.drawString(56, 134, "Numer certyfikatu")
    c.drawString(56, 96, "Kod QR zawiera dane certyfikatu i podpis cyfrowy programu;")
    c.drawString(56, 86, "jego autentyczność można sprawdzić bez dostępu do internetu.")

    c.setStrokeColor(TEAL_LIGHT)
    c.setLineWidth(0.8)
    c.line(56, 66, PAGE_WIDTH - 56, 66)
    c.setFillColor(TEAL)
    c.setFont(fonts.REGULAR, 8)
    c.drawCentredString(CX, 50, funder_line)
    draw_logos(c, logos)
    if demo:
        c.setFillColor(ORANGE)
        c.setFont(fonts.BOLD, 9)
        c.drawCentredString(CX, 38, DEMO_NOTE)


def _skyline(c: Canvas, *, left: float, right: float, ground: float) -> None:
    """A row of small houses: the estates the programme works in."""
    rng = random.Random(13)  # the same street on every page and every run
    palette = (TEAL, TEAL_MID, TEAL_LIGHT, ORANGE_LIGHT, TEAL_MID, ORANGE)
    x = left
    i = 0
    while x < right - 14:
        w = min(rng.choice((18, 22, 26, 30, 34)), right - x)
        h = rng.choice((10, 14, 18, 22, 28))
        c.setFillColor(palette[i % len(palette)])
        if i % 3 == 1:  # a block of flats: flat roof
            c.rect(x, ground, w - 2, h + 8, stroke=0, fill=1)
        else:
            c.rect(x, ground, w - 2, h, stroke=0, fill=1)
            p = c.beginPath()
            p.moveTo(x - 1, ground + h)
            p.lineTo(x + (w - 2) / 2, ground + h + 9)
            p.lineTo(x + w - 1, ground + h)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        x += w + 1
        i += 1
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.2)
    c.line(left, ground, right, ground)


def _signature(c: Canvas, x: float, name: str, title: str) -> None:
    c.setFillColor(INK)
    size = fit_size(name, fonts.BOLD, 10, 200)
    c.setFont(fonts.BOLD, size)
    c.drawCentredString(x, 248, name)
    c.setFillColor(GREY)
    c.setFont(fonts.REGULAR, 8.5)
    c.drawCentredString(x, 236, title)


def _mentors_line(mentors: Sequence[Signatory]) -> tuple[str, str]:
    if not mentors:
        return "", "mentor / mentorka"
    if len(mentors) == 1:
        return mentors[0].name, mentor_title(mentors[0].gender)
    women = all(m.gender == "woman" for m in mentors)
    return ", ".join(m.name for m in mentors), "mentorki" if women else "mentorzy"


def draw_certificate(c: Canvas, page: CertificatePage) -> None:
    """The person's part of one page (the background is drawn by the caller)."""
    c.setFillColor(GREY)
    programme_caps = page.programme.upper()
    spaced(
        c, programme_caps, CX, 746, fonts.BOLD, fit_size(programme_caps, fonts.BOLD, 8.5, 420), 1.6
    )

    c.setFillColor(INK)
    size = fit_size(page.full_name, fonts.BOLD, 32, TEXT_WIDTH, 14)
    c.setFont(fonts.BOLD, size)
    c.drawCentredString(CX, 580, page.full_name)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(CX - 130, 566, CX + 130, 566)

    c.setFillColor(INK)
    c.setFont(fonts.REGULAR, 13)
    c.drawCentredString(CX, 538, f"{completion_phrase(page.gender)} w ramach programu")
    c.setFillColor(TEAL)
    lines = wrap(page.programme, fonts.BOLD, 16, TEXT_WIDTH)[:2]
    y = 514.0
    for line in lines:
        c.setFont(fonts.BOLD, fit_size(line, fonts.BOLD, 16, TEXT_WIDTH))
        c.drawCentredString(CX, y, line)
        y -= 20
    if page.neighbourhood:
        c.setFillColor(INK)
        text = f"osiedle: {page.neighbourhood}"
        c.setFont(fonts.ITALIC, fit_size(text, fonts.ITALIC, 12.5, TEXT_WIDTH))
        c.drawCentredString(CX, y - 6, text)

    hours = f"{hours_phrase(page.hours)} zajęć"
    width = max(190.0, c.stringWidth(hours, fonts.BOLD, 17) + 48)
    c.setFillColor(TEAL_LIGHT)
    c.roundRect(CX - width / 2, 404, width, 40, 20, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont(fonts.BOLD, 17)
    c.drawCentredString(CX, 418, hours)

    when = page.issue_date.strftime("%d.%m.%Y")
    c.setFillColor(INK)
    c.setFont(fonts.REGULAR, 12)
    c.drawCentredString(CX, 348, f"{page.place}, {when}" if page.place else when)

    _signature(c, 170, page.coordinator or "", "koordynator / koordynatorka programu")
    names, title = _mentors_line(page.mentors)
    _signature(c, 425, names, title)

    c.setFillColor(INK)
    c.setFont(fonts.BOLD, 13)
    c.drawString(56, 116, page.number)
    draw_qr(c, page.qr_payload, PAGE_WIDTH - 56 - 92, 76, 92)


def _canvas(target: BinaryIO, title: str) -> Canvas:
    fonts.register_fonts()
    # The initial font would otherwise be Helvetica, listed (not embedded) on every page.
    c = Canvas(
        target,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageCompression=1,
        initialFontName=fonts.REGULAR,
    )
    c.setTitle(title)
    c.setAuthor("WALL Desktop")
    c.setCreator("WALL Desktop")
    return c


def render_certificates(
    pages: Sequence[CertificatePage],
    target: BinaryIO,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Every certificate on its own page of one PDF written to ``target``.

    Raises ``Cancelled`` (from ``services.errors``) when ``cancelled()`` says so;
    the caller discards ``target``.
    """
    from wall_desktop.services.errors import Cancelled

    title = "Certyfikat Lidera" if len(pages) == 1 else "Certyfikaty Lidera"
    c = _canvas(target, title)
    forms: dict[tuple[bool, str, tuple[Logo, ...]], str] = {}
    total = len(pages)
    for i, page in enumerate(pages):
        if cancelled is not None and cancelled():
            raise Cancelled(_("Printing was cancelled; no file was written"))
        key = (page.demo, page.funder_line, page.logos)
        if key not in forms:
            name = f"bg{len(forms)}"
            c.beginForm(name)
            _background(c, *key)
            c.endForm()
            forms[key] = name
        c.doForm(forms[key])
        draw_certificate(c, page)
        c.showPage()
        if progress is not None:
            progress(i + 1, total)
    c.save()


def certificates_pdf(pages: Sequence[CertificatePage]) -> bytes:
    """The PDF in memory, for a preview or a print."""
    buffer = io.BytesIO()
    render_certificates(pages, buffer)
    return buffer.getvalue()


def write_certificates(
    pages: Sequence[CertificatePage],
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """One PDF with a page per certificate, written atomically."""
    with atomic_output(path) as fh:
        render_certificates(pages, fh, progress=progress, cancelled=cancelled)
    return Path(path)


def person_file_name(page: CertificatePage) -> str:
    """ "Kowalska Zuzanna – WALL-2023-0007.pdf": readable, sortable, unique by number."""
    parts = page.full_name.split()
    name = " ".join([*parts[1:], *parts[:1]]) if len(parts) > 1 else page.full_name
    return safe_file_name(f"{name} – {page.number.replace('/', '-')}") + ".pdf"


def write_certificates_per_person(
    pages: Sequence[CertificatePage],
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> list[Path]:
    """A file per certificate in ``folder``; all of them appear, or none (on Cancel or error)."""
    import shutil
    import tempfile

    from wall_desktop.services.errors import Cancelled

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".certificates-", dir=folder))
    try:
        staged: list[tuple[Path, Path]] = []
        for i, page in enumerate(pages):
            if cancelled is not None and cancelled():
                raise Cancelled(_("Printing was cancelled; no file was written"))
            name = person_file_name(page)
            with (staging / name).open("wb") as fh:
                render_certificates([page], fh)
            staged.append((staging / name, folder / name))
            if progress is not None:
                progress(i + 1, len(pages))
        for source, target in staged:
            source.replace(target)
        return [target for _source, target in staged]
    finally:
        shutil.rmtree(staging, ignore_errors=True)
