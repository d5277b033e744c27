#!/usr/bin/env python3
"""PNGs of File → Import on the demo data at 1366×768 (the import wizard engineer's script).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_import.py [--lang pl]

Writes a recruitment list (new people, one already in the demo programme,
a bad e-mail, an impossible date, an unknown neighbourhood) into a
throw-away folder, walks the wizard through every page (the import page
as it refuses a file with errors, then the valid rows imported) and shoots
them over the main window.  The user's files and databases are not touched.
"""

from __future__ import annotations

import time

from shot_window import OUT, start

HEADER = ["Imię", "Nazwisko", "E-mail", "Telefon", "Osiedle", "Płeć", "Data urodzenia", "Uwagi"]


def _rows(known: tuple[str, str, str]) -> list[list[str]]:
    first, last, email = known
    return [
        ["Rekrutacja – jesień, formularz online"],
        [],
        HEADER,
        [
            "Żaneta",
            "Łęcka-Źróbek",
            "zaneta@example.pl",
            "600 100 200",
            "Nadodrze",
            "K",
            "05.03.1990",
            "",
        ],
        [
            "Grzegorz",
            "Ślązak",
            "grzes@example.pl",
            "600100201",
            "Księże Małe",
            "M",
            "1985-11-30",
            "",
        ],
        [first, last, email, "", "Nadodrze", "", "", "zgłosiła się drugi raz"],
        ["Jan", "Kowalczyk", "jan(at)example.pl", "600 100 203", "Nadodrze", "M", "", ""],
        ["Ewa", "Zięba", "ewa@example.pl", "", "Kozanów", "K", "31.02.2002", ""],
        ["Oliwia", "Mróz", "oliwia@example.pl", "", "Zalesie Górne", "K", "12.07.2004", ""],
        ["Paweł", "Dąbrowski", "pawel.d@example.pl", "511 222 333", "Popowice", "M", "1979", ""],
        ["Zofia", "Wróbel", "zofia@example.pl", "", "Huby", "K", "02.01.1961", ""],
        ["Zofia", "Wróbel", "zofia@example.pl", "", "Huby", "K", "02.01.1961", ""],
        ["Łukasz", "Gęsiński", "lukasz@example.pl", "", "Sępolno", "M", "", "student"],
    ]


def main() -> int:
    app, scratch, language = start("wall-import-shots-")
    from openpyxl import Workbook
    from PySide6.QtWidgets import QApplication

    from wall_desktop.gui.actions.importing import import_actions
    from wall_desktop.gui.main_window import MainWindow
    from wall_desktop.gui.workspace import open_demo
    from wall_desktop.services.importing import Kind
    from wall_desktop.services.people_list import list_people

    ws = open_demo("Anna Nowak")
    known = next(p for p in list_people(ws.ctx, ws.programme_id) if p.email)
    folder = scratch / ("Dokumenty" if language == "pl" else "Documents")
    folder.mkdir()
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = "Zgłoszenia"
    for row in _rows((known.first_name, known.last_name, known.email or "")):
        sheet.append(row)
    source = folder / "rekrutacja-jesień.xlsx"
    wb.save(source)

    window = MainWindow(ws)
    window.remember_layout = False
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.load_all()

    def settle() -> None:
        for _ in range(20):
            QApplication.processEvents()
            time.sleep(0.05)

    def shoot(name: str) -> None:
        settle()
        target = OUT / f"{name}-{language}.png"
        app.primaryScreen().grabWindow(0, 0, 0, 1366, 768).save(str(target))
        print(target)

    wizard = import_actions(window).open_wizard(Kind.PEOPLE)
    assert wizard is not None
    wizard.move(max(0, (1366 - wizard.width()) // 2), max(0, (768 - wizard.height()) // 2 - 20))
    wizard.source_page.path_edit.setText(str(source))
    shoot("import-source")
    shots = {"FILE": "import-file", "MAPPING": "import-mapping", "PREVIEW": "import-preview"}
    for step in ("FILE", "MAPPING", "PREVIEW"):
        wizard.next()
        settle()
        shoot(shots[step])
    # all or nothing while rows have errors: the run page says why and nothing is written
    wizard.next()
    settle()
    shoot("import-run")
    wizard.back()
    settle()
    wizard.preview_page.valid_only.setChecked(True)
    wizard.next()
    settle()
    shoot("import-summary")
    wizard.close()
    window.close()
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
