"""What the runner starts in fresh processes: ``python -m bench.child bare|tabs [DB]``.

``bare``: the baseline of the start-up figure, a bare PySide6 window plus
``import sqlalchemy.orm``, painted once.  ``tabs DB``: the main window on
DB with every tab loaded, shown and painted in turn (the memory figure).
Each prints its peak resident memory (KiB) on the last line: ``VmHWM`` of
this process image (``ru_maxrss`` would count the forked parent's pages too).
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def bare() -> None:
    import sqlalchemy.orm  # noqa: F401  (the baseline includes loading the ORM)
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab()
    window.close()


def tabs(path: str) -> None:
    from wall_desktop.gui.app import application
    from wall_desktop.gui.main_window import MainWindow
    from wall_desktop.gui.worker import SyncPool, set_pool
    from wall_desktop.gui.workspace import open_workspace

    app = application()
    set_pool(SyncPool())  # each tab's rows are loaded before it is painted
    ws = open_workspace(path, "bench")
    window = MainWindow(ws)
    window.remember_layout = False
    window.resize(1366, 768)
    window.show()
    for index, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(index)
        page.load()
        app.processEvents()
        window.grab()
        print(f"{page.title()}: {page.row_count()} rows", flush=True)
    window.close()
    ws.close()


def main() -> None:
    if sys.argv[1] == "bare":
        bare()
    else:
        tabs(sys.argv[2])
    print(peak_rss_kib())


def peak_rss_kib() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # not Linux: the best there is


if __name__ == "__main__":
    main()
