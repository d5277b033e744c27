#!/usr/bin/env python3
"""Screenshots of certificates with programme logos (certificates-engineer's script).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/certificate_logos_screenshots.py

On a throw-away demo database: two logos are drawn (stand-ins for the
association's and the funder's), added through the service, a neighbourhood's
certificates issued; writes ``certificate-logos.png`` (the first page through
``pdftoppm``), ``certificate-logos-dialog-pl.png`` and ``certificate-issue-pl.png``.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shot_window import OUT, start


def draw_logos(folder: Path) -> list[Path]:
    from PIL import Image, ImageDraw, ImageFont

    from wall_desktop.exports.pdf.fonts import font_files

    files = {name: str(path) for name, path in font_files().items()}
    bold = next(p for p in files.values() if p.endswith("Lato-Black.ttf"))
    regular = next(p for p in files.values() if p.endswith("Lato-Regular.ttf"))
    made = []

    house = Image.new("RGBA", (520, 200), (0, 0, 0, 0))  # transparent: the page shows through
    d = ImageDraw.Draw(house)
    d.polygon([(20, 100), (100, 30), (180, 100)], fill=(0, 110, 120))
    d.rectangle([40, 100, 160, 180], fill=(0, 110, 120))
    d.rectangle([85, 130, 115, 180], fill=(240, 140, 40))
    d.text((200, 55), "Wrocławskie", font=ImageFont.truetype(bold, 48), fill=(0, 110, 120))
    d.text((200, 110), "Osiedla", font=ImageFont.truetype(bold, 48), fill=(240, 140, 40))
    made.append(folder / "wroclawskie-osiedla.png")
    house.save(made[-1])

    eea = Image.new("RGB", (360, 240), (255, 255, 255))
    d = ImageDraw.Draw(eea)
    d.rectangle([0, 0, 359, 239], outline=(30, 60, 140), width=6)
    d.text((30, 40), "Aktywni", font=ImageFont.truetype(bold, 54), fill=(30, 60, 140))
    d.text((30, 105), "Obywatele", font=ImageFont.truetype(bold, 54), fill=(30, 60, 140))
    d.text((30, 180), "Fundusz Krajowy", font=ImageFont.truetype(regular, 30), fill=(200, 30, 50))
    made.append(folder / "aktywni-obywatele.jpg")
    eea.save(made[-1], "JPEG", quality=92)
    return made


def main() -> None:
    app, scratch, _language = start("wall-logo-shots-")
    from PySide6.QtWidgets import QWidget

    from wall_desktop.exports.pdf.certificate import write_certificates
    from wall_desktop.gui.certificate_issue import IssueForm
    from wall_desktop.gui.logos_dialog import LogosDialog
    from wall_desktop.gui.workspace import open_demo
    from wall_desktop.services.certificates import certificate_pages, issue_certificates
    from wall_desktop.services.neighbourhoods import list_neighbourhoods
    from wall_desktop.services.programme_logos import add_logo

    ws = open_demo("Anna Nowak")
    for path in draw_logos(scratch):
        add_logo(ws.ctx, ws.programme_id, path)
    hood = list_neighbourhoods(ws.ctx, ws.programme_id)[0]
    day = dt.date(2023, 9, 29)  # the end of the demo edition, not the clock's today
    issued = issue_certificates(
        ws.ctx, ws.programme_id, neighbourhood_id=hood.id, issue_date=day
    ).issued
    pages = certificate_pages(ws.ctx, ws.programme_id, certificate_ids=[issued[0].id])
    pdf = write_certificates(pages, scratch / "certificate.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(OUT / "certificate-logos")],
        check=True,
    )

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}-pl.png"))

    logos = LogosDialog(ws.ctx, ws.programme_id)
    shoot(logos, "certificate-logos-dialog")
    form = IssueForm(ws.ctx, ws.programme_id, hood.id, [1, 2, 3])
    shoot(form, "certificate-issue")
    ws.close()


if __name__ == "__main__":
    main()
