"""Menu entries that other parts of the program add to the window.

Every module in this package that defines ``install(window: MainWindow)``
is called once the window is built; it creates its ``QAction``s and places
them with ``window.menus.add("file", "export", action)`` (sections are listed
in ``wall_desktop.gui.menus.SECTIONS``).  Nothing else needs editing, so the
export, print, import, backup and exchange work can land independently.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any


def installers() -> list[Callable[[Any], None]]:
    found: list[Callable[[Any], None]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        install = getattr(module, "install", None)
        if callable(install):
            found.append(install)
    return found
