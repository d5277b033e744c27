"""File → Backup now… and File → Restore from backup…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

translate = QCoreApplication.translate  # a bare name lupdate reads with its context

if TYPE_CHECKING:
    from wall_desktop.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    on_disk = window.workspace.path is not None
    now = QAction(translate("backup", "&Backup now…"), window)
    now.setObjectName("backup_now")
    now.setEnabled(on_disk)  # a backup only reads the database: allowed read-only too
    now.triggered.connect(lambda _c=False: _backup_now(window))
    restore = QAction(translate("backup", "&Restore from backup…"), window)
    restore.setObjectName("restore_backup")
    restore.setEnabled(on_disk)
    restore.setProperty("edits", True)  # disabled with every editing action when read-only
    restore.triggered.connect(lambda _c=False: open_restore(window))
    window.menus.add("file", "backup", now)
    window.menus.add("file", "backup", restore)


def _backup_now(window: MainWindow) -> None:
    from wall_desktop.gui.backup_dialogs import backup_now  # its dialogs load on first use

    backup_now(window, window.workspace)


def open_restore(window: MainWindow) -> None:
    from wall_desktop.gui.backup_dialogs import RestoreDialog, restore_into

    path = window.workspace.path
    if path is None or window.workspace.read_only:
        return
    dialog = RestoreDialog(path, window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
        restore_into(
            window,
            window.workspace,
            dialog.chosen,
            reopen=lambda: window.database_requested.emit(str(path)),
            before=window.stop_background_work,
        )
