"""Figures without a window: saving a mark, the funder's workbook, certificates.

Each product call is the real service or exporter; each baseline does the
same job with the bare library (sqlite3, openpyxl write-only, reportlab).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.gui_figures import connect_raw
from bench.measure import Stats
from wall_desktop.services.context import Context

# --- saving one attendance change ---------------------------------------------------


def a_mark(path: Path, programme_id: int) -> tuple[int, int, int]:
    """(attendance id, person id, session id) of a mark in a held session of the programme."""
    conn = connect_raw(path)
    row = conn.execute(
        "SELECT a.id, a.person_id, a.session_id FROM attendance a "
        "JOIN training_session t ON t.id = a.session_id "
        "JOIN neighbourhood n ON n.id = t.neighbourhood_id "
        "JOIN enrolment e ON e.person_id = a.person_id AND e.neighbourhood_id = n.id "
        "WHERE n.programme_id = ? AND t.status = 'held' AND e.status = 'accepted' "
        "ORDER BY a.id DESC LIMIT 1",
        (programme_id,),
    ).fetchone()
    conn.close()
    return int(row[0]), int(row[1]), int(row[2])


def save_mark(ctx: Context, person_id: int, session_id: int, times: int) -> Stats:
    """``set_attendance`` of one cell, alternating present and excused."""
    from wall_desktop.db.enums import AttendanceStatus
    from wall_desktop.services.trainings import AttendanceMark, set_attendance

    values = []
    for n in range(times):
        status = AttendanceStatus.EXCUSED if n % 2 == 0 else AttendanceStatus.PRESENT
        start = time.perf_counter()
        set_attendance(ctx, [AttendanceMark(person_id, session_id, status)])
        values.append((time.perf_counter() - start) * 1000)
    return Stats(tuple(values), "ms")


def raw_save(path: Path, attendance_id: int, times: int) -> Stats:
    """One UPDATE and COMMIT with the application's pragmas (synchronous=FULL, WAL)."""
    conn = connect_raw(path)
    values = []
    for n in range(times):
        status, hours = ("excused", 0) if n % 2 == 0 else ("present", 600)
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "UPDATE attendance SET status = ?, hours = ?, row_version = row_version + 1, "
            "updated_at = ? WHERE id = ?",
            (status, hours, dt.datetime.now().isoformat(" "), attendance_id),
        )
        conn.execute("COMMIT")
        values.append((time.perf_counter() - start) * 1000)
    conn.close()
    return Stats(tuple(values), "ms")


# --- the funder's workbook ----------------------------------------------------------


def workbook_job(ctx: Context, programme_id: int, target: Path) -> Any:
    """The export as the GUI's worker runs it (read, write, register)."""
    from wall_desktop.exports.workbook.data import WorkbookOptions
    from wall_desktop.exports.workbook.writer import export_workbook

    def job() -> Any:
        return export_workbook(ctx, WorkbookOptions(programme_id=programme_id), target)

    return job


def read_cells(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's values, to be dumped again by the baseline (not timed)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        return [(ws.title, list(ws.iter_rows(values_only=True))) for ws in book.worksheets]
    finally:
        book.close()


def raw_workbook(sheets: Sequence[tuple[str, list[tuple[Any, ...]]]], target: Path) -> float:
    """Seconds to write the same cells with a bare write-only openpyxl workbook."""
    from openpyxl import Workbook

    start = time.perf_counter()
    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(target)
    return time.perf_counter() - start


def cell_count(sheets: Sequence[tuple[str, list[tuple[Any, ...]]]]) -> int:
    return sum(sum(1 for v in row if v is not None) for _t, rows in sheets for row in rows)


# --- certificates -------------------------------------------------------------------


def certificate_ids(path: Path, limit: int) -> tuple[int, list[int]]:
    """The programme holding the most issued certificates, and up to ``limit`` of their ids."""
    conn = connect_raw(path)
    found = conn.execute(
        "SELECT e.programme_id, count(*) FROM certificate c "
        "JOIN enrolment e ON e.id = c.enrolment_id "
        "WHERE c.status = 'issued' AND c.deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    if found is None:
        conn.close()
        return 0, []
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT c.id FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id "
            "WHERE e.programme_id = ? AND c.status = 'issued' AND c.deleted_at IS NULL "
            "ORDER BY c.number LIMIT ?",
            (found[0], limit),
        )
    ]
    conn.close()
    return int(found[0]), ids


def certificates_job(ctx: Context, programme_id: int, ids: list[int], target: Path) -> Any:
    """The batch as the GUI runs it: the pages read from the register, one PDF written."""
    from wall_desktop.services.documents import write_certificate_batch

    def job() -> Any:
        return write_certificate_batch(ctx, programme_id, target, certificate_ids=ids)

    return job


def raw_certificates(pages: Sequence[Any], target: Path, *, with_qr: bool = True) -> float:
    """Seconds for bare reportlab to draw the same text and QR code on as many pages.

    Same fonts; the QR code by reportlab's stock widget; no shared background.
    ``with_qr=False``: the text alone, the least a certificate page can be.
    """
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

    from wall_desktop.exports.pdf import fonts

    start = time.perf_counter()
    fonts.register_fonts()
    c = Canvas(str(target), pagesize=(595.27, 841.89), initialFontName=fonts.REGULAR)
    for page in pages:
        c.setFont(fonts.BOLD, 30)
        c.drawCentredString(297, 580, page.full_name)
        c.setFont(fonts.REGULAR, 13)
        c.drawCentredString(297, 538, page.programme)
        c.drawCentredString(297, 510, page.neighbourhood or "")
        c.setFont(fonts.BOLD, 17)
        c.drawCentredString(297, 418, f"{page.hours} godzin zajęć")
        c.setFont(fonts.REGULAR, 12)
        c.drawCentredString(297, 348, f"{page.place}, {page.issue_date:%d.%m.%Y}")
        c.drawString(56, 116, page.number)
        if with_qr:
            qr = QrCodeWidget(page.qr_payload, barWidth=92, barHeight=92)
            drawing = Drawing(92, 92)
            drawing.add(qr)
            renderPDF.draw(drawing, c, 447, 76)
        c.showPage()
    c.save()
    return time.perf_counter() - start


def libreoffice_per_document(pages: Sequence[Any], count: int) -> tuple[Stats, str] | None:
    """One ``soffice --headless --convert-to pdf`` per person (mail-merge style), timed each.

    None when LibreOffice is not installed.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    values = []
    with tempfile.TemporaryDirectory(prefix="bench-lo-") as folder:
        work = Path(folder)
        profile = (work / "profile").as_uri()
        # the first conversion also creates LibreOffice's profile: a warm-up, not counted
        for n, page in enumerate(pages[: count + 1]):
            doc = work / f"certyfikat-{n}.html"
            doc.write_text(
                "<html><meta charset='utf-8'><body style='text-align:center'>"
                f"<h1>Certyfikat Lidera</h1><h2>{page.full_name}</h2><p>{page.programme}</p>"
                f"<p>{page.hours} godzin zajęć</p><p>{page.place}, {page.issue_date}</p>"
                f"<p>{page.number}</p></body></html>",
                encoding="utf-8",
            )
            start = time.perf_counter()
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(doc),
                ],
                capture_output=True,
                check=True,
                timeout=120,
            )
            if n > 0:
                values.append((time.perf_counter() - start) * 1000)
    version = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout
    return Stats(tuple(values), "ms"), version.strip()
