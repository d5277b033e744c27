#!/usr/bin/env python3
"""PNGs of the small dialogs laid out from Designer forms, each at its normal size.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_dialogs.py [--lang pl]

Start, new programme (with a refused date), settings, the guide, the unlock
reason (refused empty), the pick dialog, the scans of an expense, a scan
viewed and the print preview; on a throw-away copy of the demo programme.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from shot_window import OUT, start


def main() -> int:
    app, scratch, language = start("wall-shots-dialogs-")
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

    from wall_desktop.gui.dialogs import GuideDialog, ProgrammeForm, SettingsDialog, StartDialog
    from wall_desktop.gui.lock_dialog import LockReasonForm
    from wall_desktop.gui.pdf_preview import PdfPreviewDialog
    from wall_desktop.gui.pick_dialog import PickDialog
    from wall_desktop.gui.scans import ImageViewer, ScansDialog
    from wall_desktop.gui.workspace import open_demo
    from wall_desktop.services.expenses import list_expenses
    from wall_desktop.services.ledger import attach_document
    from wall_desktop.services.neighbourhoods import list_neighbourhoods
    from wall_desktop.services.projects import list_projects
    from wall_desktop.settings import Settings

    ws = open_demo("Anna Nowak")
    ctx, pid = ws.ctx, ws.programme_id

    def shoot(dialog: QDialog, name: str) -> None:
        dialog.show()
        for _ in range(10):
            QApplication.processEvents()
            time.sleep(0.03)
        target = OUT / f"dialog-{name}-{language}.png"
        dialog.grab().save(str(target))
        print(target)
        dialog.close()

    shoot(StartDialog(), "start")
    programme = ProgrammeForm(ctx)
    programme.ui.name.setText("WALL 2025")
    programme.ui.end_date.setDate(programme.ui.start_date.date().addDays(-1))
    programme.show()
    programme.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    shoot(programme, "programme")
    shoot(SettingsDialog(Settings()), "settings")
    shoot(GuideDialog(), "guide")

    project = next(p for p in list_projects(ctx, pid) if p.locked)
    lock = LockReasonForm(ctx, project.id, project.title, unlock=True)
    lock.show()
    lock.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # no reason: refused
    shoot(lock, "lock-reason")

    hoods = list_neighbourhoods(ctx, pid)
    pick = PickDialog(
        "Arkusz obecności" if language == "pl" else "Attendance sheet",
        "Podgląd" if language == "pl" else "Preview",
        "&Zajęcia" if language == "pl" else "&Sessions",
        lambda hood: (
            [(f"{n}. {h.name}", n) for n, h in enumerate(hoods, 1) if h.id == hood]
            + [("12.03.2024 · Komunikacja w grupie", 100), ("19.03.2024 · Żółta kartka", 101)]
        ),
        group_label="&Osiedle" if language == "pl" else "&Neighbourhood",
        groups=[(h.name, h.id) for h in hoods],
    )
    shoot(pick, "pick")

    expense = list_expenses(ctx, pid)[0]
    image = QImage(1400, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#fdfdf8"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 40))
    painter.drawText(QRectF(60, 60, 1300, 200), "Paragon fiskalny — Żółć Sp. z o.o.")
    painter.end()
    png = scratch / "paragon.png"
    image.save(str(png))
    attach_document(ctx, expense.id, "paragon_żółty.png", png.read_bytes(), "image/png")
    shoot(ScansDialog(ctx, expense, read_only=False), "scans")
    shoot(ImageViewer("paragon_żółty.png", png.read_bytes()), "image-viewer")

    pdf = scratch / "lista.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 18))
    painter.drawText(
        QRectF(600, 600, 8000, 1000), Qt.AlignmentFlag.AlignLeft, "Lista obecności — Źródła"
    )
    writer.newPage()
    painter.drawText(QRectF(600, 600, 8000, 1000), Qt.AlignmentFlag.AlignLeft, "Strona 2")
    painter.end()
    preview = PdfPreviewDialog(Path(pdf).read_bytes(), "Lista obecności", "lista.pdf")
    shoot(preview, "pdf-preview")
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
