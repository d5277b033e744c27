"""Sub-commands of ``wall-desktop``.

Every module in this package that defines ``PARSERS`` (functions that add a
sub-parser with a ``handler`` default) is found automatically, so adding a
command is adding a module.  Names of the command map not built yet come
from ``planned.py`` and say so when run.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

from wall_desktop.commands.options import GlobalOptions

__all__ = ["GlobalOptions", "add_commands"]

_NOT_COMMANDS = {"options", "planned", "gui"}


def add_commands(
    sub: Any, decorate: Callable[[argparse.ArgumentParser], None] = lambda p: None
) -> None:
    """Add every built command, then the planned ones not built yet."""
    from wall_desktop.commands import planned

    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name in _NOT_COMMANDS:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for add in getattr(module, "PARSERS", ()):
            decorate(add(sub))
    for name, add in planned.ADDERS.items():
        if name not in sub.choices:
            decorate(add(sub))
