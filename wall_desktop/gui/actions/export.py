"""File → Export: the report for the funder, this tab's table (Ctrl+E), the register."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

if TYPE_CHECKING:
    # The dialogs (and the PDF preview's Qt modules) are imported when first opened.
    from wall_desktop.gui.export_dialogs import WorkbookDialog
    from wall_desktop.gui.export_register_dialog import RegisterDialog

MENU_NAME = "export_menu"


class ExportActions(QObject):
    """The window's export entries; ``dialog`` and ``register`` are the ones open."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("export_actions")
        self.window = window
        self.dialog: WorkbookDialog | None = None
        self.register: RegisterDialog | None = None
        self.menu = QMenu(self.tr("&Export"), window)
        self.menu.setObjectName(MENU_NAME)
        self.workbook_action = self._entry(
            "export_workbook", self.tr("&Report for the funder…"), self.open_workbook
        )
        self.table_action = self._entry(
            "export_table", self.tr("Export this &table…"), self.export_table
        )
        self.table_action.setShortcut(QKeySequence("Ctrl+E"))
        self.menu.addSeparator()
        self.register_action = self._entry(
            "export_register", self.tr("Register of &sent files…"), self.open_register
        )
        window.menus.add("file", "export", self.menu)

    def _entry(self, name: str, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _has_programme(self) -> bool:
        from wall_desktop.gui.pdf_preview import show_message

        if self.window.workspace.programme is not None:
            return True
        show_message(
            self.window,
            self.tr("Export"),
            self.tr("Create or open a programme first."),
            QMessageBox.Icon.Information,
        )
        return False

    def open_workbook(self) -> None:
        from wall_desktop.gui.export_dialogs import WorkbookDialog

        if not self._has_programme():
            return
        dialog = WorkbookDialog(self.window.workspace, self.window)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_table(self) -> None:
        page = self.window.current_page()
        if page is not None:
            page.export_table()

    def open_register(self) -> None:
        from wall_desktop.gui.export_register_dialog import RegisterDialog

        dialog = RegisterDialog(self.window.workspace, self.window)
        self.register = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def install(window: Any) -> None:
    ExportActions(window)


def export_actions(window: QWidget) -> ExportActions:
    found = window.findChild(ExportActions, "export_actions")
    assert isinstance(found, ExportActions)
    return found
