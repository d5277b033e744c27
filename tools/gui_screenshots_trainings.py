#!/usr/bin/env python3
"""PNGs of the Trainings and People tabs on the demo data at 1366×768 (the trainings work).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/gui_screenshots_trainings.py

Like ``gui_screenshots.py`` but only these two tabs, with the grid focused, so
other tabs' pictures are left alone.  Works on a throw-away copy of the demo.
"""

from __future__ import annotations

from shot_window import demo_window, save_shot, start


def main() -> int:
    app, _scratch, language = start("wall-shots-")

    from wall_desktop.gui.tabs.people import PeopleTab
    from wall_desktop.gui.tabs.trainings import TrainingsTab

    window, ws = demo_window()
    for cls, name in ((TrainingsTab, "trainings"), (PeopleTab, "people")):
        page = window.page(cls)
        window.tabs.setCurrentWidget(page)
        if isinstance(page, TrainingsTab):
            page.panel.view.setFocus()
        save_shot(window, name, language)
    window.close()
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
