#!/usr/bin/env python3
"""PNGs of the print windows on the demo data at 1366×768, for docs/screenshots/.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/gui_screenshots_print.py [--lang pl]

The certificate preview, the certificates dialog and the verify window, on a
throw-away demo database (certificates are issued in it for one neighbourhood).
"""

from __future__ import annotations

import time

from shot_window import OUT, start


def main() -> int:
    app, _scratch, language = start("wall-print-shots-")
    from PySide6.QtWidgets import QApplication, QWidget

    from wall_desktop.exports.pdf.certificate import certificates_pdf, person_file_name
    from wall_desktop.gui.certificates_dialog import CertificatesDialog
    from wall_desktop.gui.main_window import MainWindow
    from wall_desktop.gui.pdf_preview import PdfPreviewDialog
    from wall_desktop.gui.verify_dialog import VerifyDialog
    from wall_desktop.gui.workspace import open_demo
    from wall_desktop.services.certificates import certificate_pages, issue_certificates
    from wall_desktop.services.neighbourhoods import list_neighbourhoods

    ws = open_demo("Anna Nowak")
    window = MainWindow(ws)
    window.remember_layout = False
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.load_all()
    hood = list_neighbourhoods(ws.ctx, ws.programme_id)[0]
    issued = issue_certificates(ws.ctx, ws.programme_id, neighbourhood_id=hood.id).issued
    pages = certificate_pages(ws.ctx, ws.programme_id, certificate_ids=[issued[0].id])

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(40):  # QPdfView renders its pages in a thread: give it time
            QApplication.processEvents()
            time.sleep(0.05)
        target = OUT / f"{name}-{language}.png"
        widget.grab().save(str(target))
        print(target)

    preview = PdfPreviewDialog(
        certificates_pdf(pages), "Certyfikat Lidera", person_file_name(pages[0]), window
    )
    preview.setGeometry(0, 0, 1366, 768)
    shoot(preview, "certificate-preview")
    preview.close()

    dialog = CertificatesDialog(ws, window)
    dialog.setGeometry(0, 0, 1366, 768)
    dialog.scope.setCurrentIndex(dialog.scope.findData(hood.id))
    shoot(dialog, "certificates-dialog")
    dialog.close()

    verify = VerifyDialog(ws.ctx, window)
    verify.payload.setPlainText(pages[0].qr_payload)
    verify.check()
    shoot(verify, "certificate-verify")
    verify.close()

    window.close()
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
