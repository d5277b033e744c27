#!/usr/bin/env python3
"""PNGs of File → Export on the demo data at 1366×768 (the export engineer's script).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_export.py [--lang pl]

The report dialog over the main window (as opened, and after an export),
and the register of sent files after “Check a file”; on a throw-away demo
database, writing into a throw-away folder.
"""

from __future__ import annotations

import sys
import time

from shot_window import OUT, start


def main() -> int:
    app, scratch, language = start("wall-export-shots-")
    from PySide6.QtWidgets import QApplication

    from wall_desktop.gui.actions.export import export_actions
    from wall_desktop.gui.app import settings_store
    from wall_desktop.gui.export_dialogs import FOLDER_KEY
    from wall_desktop.gui.main_window import MainWindow
    from wall_desktop.gui.workspace import open_demo

    folder = scratch / ("Dokumenty" if language == "pl" else "Documents")
    folder.mkdir()
    settings_store().setValue(FOLDER_KEY, str(folder))
    ws = open_demo("Anna Nowak")
    window = MainWindow(ws)
    window.remember_layout = False
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.load_all()

    def shoot(name: str) -> None:
        for _ in range(20):
            QApplication.processEvents()
            time.sleep(0.05)
        target = OUT / f"{name}-{language}.png"
        screen = app.primaryScreen()
        screen.grabWindow(0, 0, 0, 1366, 768).save(str(target))
        print(target)

    actions = export_actions(window)
    actions.workbook_action.trigger()
    dialog = actions.dialog
    assert dialog is not None
    shoot("export-dialog")

    dialog.start()
    shoot("export-dialog-done")
    sent = dialog.outcome.path if dialog.outcome else None
    dialog.close()

    actions.register_action.trigger()
    register = actions.register
    assert register is not None and sent is not None
    register.check(sent)
    shoot("export-register")
    register.close()
    window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
