"""The cyclic garbage collector paused while the program starts.

Importing Qt, SQLAlchemy and the models creates a few hundred thousand
objects, which sets off full collections that find next to nothing: 57 ms
of collections before the first paint of the window (#9).  The program's
entry point pauses the collector; a command resumes it as soon as its
arguments are read, the window once it is painted.  What start-up built
lives as long as the program, so the window freezes it first (keeps it out
of every later collection's walk).
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Switch the collector off until ``resume`` (the entry point's first step)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume(*, freeze: bool = False) -> None:
    """The collector back on if ``pause`` switched it off; ``freeze``: what exists now first."""
    global _paused
    if freeze:
        gc.freeze()
    if _paused:
        _paused = False
        gc.enable()
