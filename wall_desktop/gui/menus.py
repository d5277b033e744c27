"""Menus built from named sections, so other parts of the program add entries cleanly.

``registry.add("file", "export", action)`` puts an action into the File
menu's export section; sections appear in a fixed order, separated, and an
empty section shows nothing (no dead entries).  Modules in
``wall_desktop/gui/actions/`` that define ``install(window)`` are found and
called when the window is built (see that package).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

SECTIONS: dict[str, tuple[str, ...]] = {
    "file": (
        "database",
        "recent",
        "export",
        "print",
        "import",
        "backup",
        "exchange",
        "settings",
        "quit",
    ),
    "edit": ("undo", "records", "find"),
    "help": ("guide", "about"),
}


class MenuRegistry:
    def __init__(self, bar: QMenuBar) -> None:
        self._bar = bar
        self._menus: dict[str, QMenu] = {}
        self._actions: dict[str, dict[str, list[QAction | QMenu]]] = {}

    def create_menu(self, name: str, title: str) -> QMenu:
        menu = self._bar.addMenu(title)
        menu.setObjectName(f"menu_{name}")
        return self.adopt(name, menu)

    def adopt(self, name: str, menu: QMenu) -> QMenu:
        """Fill ``menu`` (already on the bar, e.g. from the window's Designer form) by sections."""
        self._menus[name] = menu
        self._actions[name] = {section: [] for section in SECTIONS.get(name, ())}
        return menu

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def add(self, menu: str, section: str, item: QAction | QMenu) -> QAction | QMenu:
        """Add ``item`` at the end of ``section`` of ``menu`` (sections: ``SECTIONS``)."""
        sections = self._actions[menu]
        if section not in sections:
            raise KeyError(f"menu {menu!r} has no section {section!r}: {list(sections)}")
        sections[section].append(item)
        self._rebuild(menu)
        return item

    def items(self, menu: str, section: str) -> list[QAction | QMenu]:
        return list(self._actions[menu][section])

    def _rebuild(self, name: str) -> None:
        menu = self._menus[name]
        # removeAction, not clear(): clear() deletes the actions, which belong to their makers
        for action in menu.actions():
            menu.removeAction(action)
        first = True
        for items in self._actions[name].values():
            if not items:
                continue
            if not first:
                menu.addSeparator()
            first = False
            for item in items:
                if isinstance(item, QMenu):
                    menu.addMenu(item)
                else:
                    menu.addAction(item)
