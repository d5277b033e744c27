"""Opening the window (the command map's default), and ``--smoke`` for benchmarks."""

from __future__ import annotations

from wall_desktop.commands.options import GlobalOptions


def run_gui(options: GlobalOptions, *, smoke: bool = False) -> int:
    from wall_desktop.gui.launcher import run  # Qt is loaded only when the window opens

    return run(options, smoke=smoke)
