"""``python -m wall_desktop`` and the ``wall-desktop`` command."""

from __future__ import annotations

import os
import sys


def run() -> int:
    from wall_desktop import startup_gc

    startup_gc.pause()  # before the imports below: see startup_gc
    from wall_desktop.cli import main

    code = main()
    gui = sys.modules.get("wall_desktop.commands.gui")
    if gui is not None and gui.window_done:
        # Python's teardown of every module and Qt object took 20 ms and saves
        # nothing: the database is closed, files are written whole when made
        # (settings, backups and exports by rename, QSettings when dropped).
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    raise SystemExit(run())
