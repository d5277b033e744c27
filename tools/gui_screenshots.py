#!/usr/bin/env python3
"""PNGs of each tab on the demo data at 1366×768, for docs/screenshots/.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/gui_screenshots.py [--lang pl]

Works on a throw-away copy of the demo programme; the user's files are not touched.
"""

from __future__ import annotations

from shot_window import OUT, demo_window, start


def main() -> int:
    app, _scratch, language = start("wall-shots-")
    from PySide6.QtWidgets import QApplication

    window, ws = demo_window()
    for i, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(i)
        page.setFocus()
        for _ in range(5):
            QApplication.processEvents()
        name = type(page).__name__.removesuffix("Tab").lower()
        target = OUT / f"{name}-{language}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
