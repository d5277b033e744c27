"""Opening the window (the command map's default), and ``--smoke`` for benchmarks."""

from __future__ import annotations

from wall_desktop.commands.options import GlobalOptions

# Set once the window has closed and every background task has finished: nothing
# is left to write, so the entry point may end the process without Python's teardown.
window_done = False


def run_gui(options: GlobalOptions, *, smoke: bool = False) -> int:
    global window_done
    from PySide6.QtCore import QThreadPool

    from wall_desktop.gui.launcher import run  # Qt is loaded only when the window opens

    code = run(options, smoke=smoke)
    QThreadPool.globalInstance().waitForDone()  # what Qt's own teardown would wait for
    window_done = True
    return code
