#!/usr/bin/env python3
"""PNGs of the People tab searching and sorting in Polish order (the People search work).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/people_search_screenshots.py

Two shots at 1366×768 on a throw-away copy of the demo: the name typed as
"z" (Z, Ź and Ż names, in Polish order) and the name column sorted down.
"""

from __future__ import annotations

from shot_window import demo_window, save_shot, start


def main() -> int:
    app, _scratch, language = start("wall-people-shots-")
    from PySide6.QtCore import Qt

    from wall_desktop.gui.tabs.people import PeopleTab

    window, ws = demo_window()
    tab = window.page(PeopleTab)
    assert isinstance(tab, PeopleTab)
    window.tabs.setCurrentWidget(tab)
    shots = [
        ("people-search-z", lambda: tab.search.setText("ż")),
        ("people-sorted-down", lambda: tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)),
    ]
    for name, act in shots:
        act()
        save_shot(window, name, language)
    window.close()
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
