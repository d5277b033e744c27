"""File → Print: the submenu that the certificate and document entries share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

OBJECT_NAME = "print_menu"


def print_menu(window: Any) -> QMenu:
    """The window's Print submenu, made and placed in the File menu's print section once."""
    menu = window.findChild(QMenu, OBJECT_NAME)
    if isinstance(menu, QMenu):
        return menu
    menu = QMenu(QCoreApplication.translate("print_menu", "&Print"), window)
    menu.setObjectName(OBJECT_NAME)
    window.menus.add("file", "print", menu)
    return menu


def add_entry(window: Any, menu: QMenu, name: str, text: str, slot: Any) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def has_programme(window: Any) -> bool:
    """True with a programme open; otherwise says so (nothing to print without one)."""
    if window.workspace.programme is not None:
        return True
    # Imported here: the preview module loads QtPdf, which start-up does not need.
    from wall_desktop.gui.pdf_preview import show_message

    show_message(
        window,
        QCoreApplication.translate("print_menu", "Print"),
        QCoreApplication.translate("print_menu", "Create or open a programme first."),
        QMessageBox.Icon.Information,
    )
    return False
