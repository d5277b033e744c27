"""Starting the window: language, who is working, which database, the first-start choices."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from wall_desktop import startup_gc
from wall_desktop.commands.options import OPERATOR_ENV, GlobalOptions
from wall_desktop.gui.app import application, install_language
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.worker import SyncPool, set_pool
from wall_desktop.gui.workspace import Workspace, open_demo, open_workspace
from wall_desktop.i18n import LANG_ENV
from wall_desktop.services.errors import WallError
from wall_desktop.settings import Settings, load_settings, save_settings


def last_database(settings: Settings) -> str | None:
    """The most recent database that still exists (None: the user's default file)."""
    for path in settings.recent_databases:
        if Path(path).is_file():
            return path
    return None


class Launcher:
    """Owns the window; reopens it when the user picks another database."""

    def __init__(self, settings: Settings, operator: str) -> None:
        self.settings = settings
        self.operator = operator
        self.window: MainWindow | None = None

    def first_workspace(self, target: str | None) -> Workspace | None:
        from wall_desktop.gui.storage_dialogs import open_carefully

        # a writer elsewhere -> read-only offer; a damaged file -> restore offer
        ws = open_carefully(None, target, self.operator)
        if ws is None:
            return None
        if ws.programme is not None or ws.read_only:
            return ws
        return self.offer_start(ws)

    def offer_start(self, ws: Workspace) -> Workspace | None:
        """An empty database: create a programme in it, or open the demo instead."""
        from wall_desktop.gui import dialogs

        choice = dialogs.StartDialog().exec()
        if choice == dialogs.StartDialog.CREATE:
            if dialogs.ProgrammeForm(ws.ctx).exec() == QDialog.DialogCode.Accepted:
                ws.refresh_programmes()
                return ws
            return self.offer_start(ws)
        if choice == dialogs.StartDialog.DEMO:
            ws.close()
            return self.demo()
        ws.close()
        return None

    def demo(self) -> Workspace | None:
        try:
            return open_demo(self.operator)
        except (ImportError, WallError) as exc:
            QMessageBox.warning(None, "WALL Desktop", str(exc))
            return None

    def show(self, ws: Workspace) -> MainWindow:
        if ws.path is not None:
            self.settings.remember_database(str(ws.path))
            save_settings(self.settings)
        old = self.window
        self.operator = ws.operator
        window = MainWindow(ws, self.settings)
        window.database_requested.connect(self.switch)
        window.demo_requested.connect(self.switch_to_demo)
        self.window = window
        window.show()
        window.load_shown()  # the other tabs load when first shown
        window.start_background_work()  # the full check and first backup, after painting
        # What start-up built (modules, classes, the window) lives as long as the program:
        # out of the collector's sight, a full collection walks only what came after.
        QTimer.singleShot(0, lambda: startup_gc.resume(freeze=True))
        if old is not None:
            old.close()  # its exit backup runs before its database is closed
            old.workspace.close()
            old.deleteLater()
        return window

    def switch(self, path: str) -> None:
        from wall_desktop.gui.storage_dialogs import open_carefully

        operator = self.window.workspace.operator if self.window else self.operator
        ws = open_carefully(self.window, path, operator)
        if ws is None:
            if self.window is not None and self.window.workspace.path == Path(path):
                self.window.close()  # its database was closed for a restore that came to nothing
            return
        if ws.programme is None and not ws.read_only:
            chosen = self.offer_start(ws)
            if chosen is None:
                return
            ws = chosen
        self.show(ws)

    def switch_to_demo(self) -> None:
        if self.window is not None:
            self.operator = self.window.workspace.operator
        ws = self.demo()
        if ws is not None:
            self.show(ws)


def run(options: GlobalOptions, *, smoke: bool = False) -> int:
    app = application()
    settings = load_settings()
    install_language(options.lang or os.environ.get(LANG_ENV) or settings.language)
    operator = options.operator or os.environ.get(OPERATOR_ENV) or settings.operator
    if operator is None:
        if smoke:
            operator = options.operator_name()
        else:
            from wall_desktop.gui import dialogs

            operator = dialogs.ask_operator(None)
            if operator is None:
                return 0
            settings.operator = operator
            save_settings(settings)
    target = options.database_target() or last_database(settings)
    if smoke:
        return smoke_run(open_demo(operator) if options.demo else open_workspace(target, operator))
    launcher = Launcher(settings, operator)
    ws = launcher.demo() if options.demo else launcher.first_workspace(target)
    if ws is None:
        return 0
    launcher.show(ws)
    code = app.exec()
    if launcher.window is not None:
        # closed here, not left to the end of the process (which skips Python's teardown)
        launcher.window.workspace.close()
    return code


def smoke_run(ws: Workspace) -> int:
    """Open the window, load and paint the first tab, print its row count."""
    set_pool(SyncPool())  # loads finish before we count
    window = MainWindow(ws)
    window.remember_layout = False
    window.resize(1366, 768)
    window.show()
    page = window.page_at(0)
    page.load()
    page.grab()
    startup_gc.resume(freeze=True)  # as the window does once painted
    print(page.row_count())
    sys.stdout.flush()
    window.close()
    ws.close()
    return 0
