#!/usr/bin/env python3
"""PNGs of the Trainings and People tabs on the demo data at 1366×768 (the trainings work).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/gui_screenshots_trainings.py

Like ``gui_screenshots.py`` but only these two tabs, with the grid focused, so
other tabs' pictures are left alone.  Works on a throw-away copy of the demo.
"""

from __future__ import annotations

from shot_window import OUT, start


def main() -> int:
    app, _scratch, language = start("wall-shots-")
    from PySide6.QtWidgets import QApplication

    from wall_desktop.gui.main_window import MainWindow
    from wall_desktop.gui.tabs.people import PeopleTab
    from wall_desktop.gui.tabs.trainings import TrainingsTab
    from wall_desktop.gui.workspace import open_demo

    ws = open_demo("Anna Nowak")
    window = MainWindow(ws)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.load_all()
    for cls, name in ((TrainingsTab, "trainings"), (PeopleTab, "people")):
        page = window.page(cls)
        window.tabs.setCurrentWidget(page)
        if isinstance(page, TrainingsTab):
            page.panel.view.setFocus()
        for _ in range(5):
            QApplication.processEvents()
        target = OUT / f"{name}-{language}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
