"""``python -m wall_desktop`` and the ``wall-desktop`` command."""

from __future__ import annotations


def run() -> int:
    from wall_desktop import startup_gc

    startup_gc.pause()  # before the imports below: see startup_gc
    from wall_desktop.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
