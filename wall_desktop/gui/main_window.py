"""The main window: programme selector, the tabs, menus, status bar, remembered layout."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QWidget,
)

from wall_desktop import __version__
from wall_desktop.gui.actions import installers
from wall_desktop.gui.app import settings_store
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_main_window import Ui_MainWindow
from wall_desktop.gui.menus import MenuRegistry
from wall_desktop.gui.tabs import TABS
from wall_desktop.gui.tabs.base import TabPage
from wall_desktop.gui.workspace import Workspace
from wall_desktop.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from wall_desktop.gui import storage_dialogs
    from wall_desktop.gui.backup_dialogs import AutoBackup
    from wall_desktop.services.storage_errors import DamagedDatabase

Shortcut = QKeySequence | QKeySequence.StandardKey | str

BANNER_STYLES = {
    "info": "background: #e8f0fe; border: 1px solid #8ab4f8; color: #1a3a6b;",
    "warning": "background: #fff4ce; border: 1px solid #e0c060; color: #4a3b00;",
    "error": "background: #fde7e9; border: 1px solid #e08a8a; color: #6b1010;",
}
# Buttons of the tabs that change data (by attribute name): disabled on a read-only database.
EDITING_BUTTON = re.compile(
    r"^(add|edit|delete|remove|move|unlock|lock|team|issue|revoke|import|new)(_\w+)?_button$"
)


class KeepDisabled(QObject):
    """Turns an editing button off again when a tab enables it (read-only database)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


class MainWindow(QMainWindow):
    """``switch_database(path)`` asks the launcher to reopen on another file."""

    database_requested = Signal(str)  # a path to open (new or existing)
    demo_requested = Signal()

    def __init__(self, workspace: Workspace, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.workspace = workspace
        self.settings = settings or load_settings()
        self.remember_layout = True  # off for --smoke: it must not touch the user's layout
        self.undo = QUndoStack(self)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.tabs = self.ui.tabs
        # Only the first tab is built now; the others (and their modules) when first shown.
        self._built: list[TabPage | None] = [None] * len(TABS)
        self._on_built: list[Callable[[TabPage], object]] = []
        self._load_when_built = False  # set once the window started loading its tabs
        for entry in TABS:
            self.tabs.addTab(QWidget(), entry.title())
        self.tabs.currentChanged.connect(self.page_at)
        self.page_at(self.tabs.currentIndex())
        # banners (read-only, a risky folder, a failed backup) sit between toolbar and tabs
        self.banner_area = self.ui.banner_area
        self.banner_layout = self.ui.banner_layout
        self.banners: dict[str, QLabel] = {}
        self._keep_disabled = KeepDisabled(self)
        self.auto_backup: AutoBackup | None = None
        self.integrity: storage_dialogs.IntegrityWatch | None = None
        self._build_toolbar()
        self.menus = MenuRegistry(self.ui.menu_bar)
        self._build_menus()
        self._build_status_bar()
        for install in installers():
            install(self)
        self.update_title()
        self.restore_layout()
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self._update_actions()
        self._show_storage_state()

    # --- building -------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = self.ui.programme_bar
        label = QLabel(self.tr("Programme:"))
        label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(label)
        self.programme_box = QComboBox()
        self.programme_box.setObjectName("programme_selector")
        self.programme_box.setMinimumContentsLength(40)
        label.setBuddy(self.programme_box)
        bar.addWidget(self.programme_box)
        self._fill_programmes()
        self.programme_box.currentIndexChanged.connect(self._programme_chosen)

    def _fill_programmes(self) -> None:
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        for p in self.workspace.programmes:
            self.programme_box.addItem(
                f"{p.name} ({p.start_date:%m.%Y} – {p.end_date:%m.%Y})", p.id
            )
        if self.workspace.programme is not None:
            self.programme_box.setCurrentIndex(
                self.programme_box.findData(self.workspace.programme.id)
            )
        self.programme_box.blockSignals(False)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        m = self.menus
        m.adopt("file", self.ui.menu_file)
        m.adopt("edit", self.ui.menu_edit)
        m.adopt("help", self.ui.menu_help)
        std = QKeySequence.StandardKey
        m.add(
            "file", "database", self._action(self.tr("&New database…"), self.new_database, std.New)
        )
        m.add(
            "file",
            "database",
            self._action(self.tr("&Open database…"), self.open_database, std.Open),
        )
        m.add(
            "file",
            "database",
            self._action(self.tr("Open the &demo database"), self.demo_requested.emit),
        )
        self.recent_menu = QMenu(self.tr("&Recent databases"), self)
        self.recent_menu.setObjectName("recent_menu")
        self._fill_recent()
        m.add("file", "recent", self.recent_menu)
        m.add("file", "settings", self._action(self.tr("&Settings…"), self.open_settings))
        m.add("file", "quit", self._action(self.tr("&Quit"), self.close, std.Quit))

        undo = self.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(std.Undo))
        redo = self.undo.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        m.add("edit", "undo", undo)
        m.add("edit", "undo", redo)
        self.add_action = self._action(self.tr("&Add…"), self._add, "Ins")
        self.delete_action = self._action(self.tr("&Delete…"), self._delete, std.Delete)
        m.add("edit", "records", self.add_action)
        m.add("edit", "records", self.delete_action)
        m.add("edit", "find", self._action(self.tr("&Find"), self._find, std.Find))
        m.add(
            "help", "guide", self._action(self.tr("User &guide"), self.open_guide, std.HelpContents)
        )
        m.add("help", "about", self._action(self.tr("&About WALL Desktop"), self.about))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_databases:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.database_requested.emit(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_databases))

    def _build_status_bar(self) -> None:
        bar = self.ui.status_bar
        self.path_label = QLabel(str(self.workspace.path or self.workspace.ctx.db.url))
        self.path_label.setObjectName("database_path")
        self.operator_button = QPushButton()
        self.operator_button.setObjectName("operator_button")
        self.operator_button.setFlat(True)
        self.operator_button.setToolTip(self.tr("Click to change who is working"))
        self.operator_button.clicked.connect(self.change_operator)
        bar.addWidget(self.path_label, 1)
        bar.addPermanentWidget(self.operator_button)
        self._show_operator()

    def _show_operator(self) -> None:
        self.operator_button.setText(
            self.tr("Operator: {name}").replace("{name}", self.workspace.operator)
        )

    # --- state ---------------------------------------------------------------------
    def update_title(self) -> None:
        name = (
            self.workspace.programme.name if self.workspace.programme else self.tr("no programme")
        )
        title = f"WALL Desktop — {name}"
        if self.workspace.is_demo:
            title += " [DEMO]"
        if self.workspace.read_only:
            title += " — " + self.tr("read-only")
        self.setWindowTitle(title)

    def current_page(self) -> TabPage | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, TabPage) else None

    @property
    def pages(self) -> list[TabPage]:
        """Every tab's page, in order (builds those not built yet)."""
        return [self.page_at(i) for i in range(len(TABS))]

    def built_pages(self) -> list[TabPage]:
        return [p for p in self._built if p is not None]

    def page(self, cls: type[TabPage]) -> TabPage:
        """The tab of class ``cls``, built now if it was not yet."""
        for i, entry in enumerate(TABS):
            if entry.names(cls):
                return self.page_at(i)
        return next(p for p in self.pages if isinstance(p, cls))

    def when_built(self, hook: Callable[[TabPage], object]) -> None:
        """Call ``hook`` for every page built so far and for each one built later."""
        self._on_built.append(hook)
        for page in self.built_pages():
            hook(page)

    def page_at(self, index: int) -> TabPage:
        page = self._built[index]
        if page is not None:
            return page
        page = TABS[index].load()(self.workspace, self.undo)
        self._built[index] = page
        current = self.tabs.currentIndex()
        # swap the placeholder for the page without the tab bar noticing a change
        self.tabs.setUpdatesEnabled(False)
        self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, TABS[index].title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.tabs.setUpdatesEnabled(True)
        if placeholder is not None:
            placeholder.deleteLater()
        self._restore_splitters(page)
        for hook in self._on_built:
            hook(page)
        if self._load_when_built:
            page.load()
        return page

    def _update_actions(self) -> None:
        editable = self.workspace.programme is not None and not self.workspace.read_only
        self.add_action.setEnabled(editable and self.current_page() is not None)
        self.delete_action.setEnabled(editable and self.current_page() is not None)

    # --- banners and the state of the file -------------------------------------------
    def add_banner(self, key: str, text: str, level: str = "warning") -> QLabel:
        """Show (or replace) the banner ``key`` under the toolbar."""
        self.remove_banner(key)
        banner = QLabel(text, self.banner_area)
        banner.setObjectName(f"banner_{key}")
        banner.setStyleSheet(f"QLabel#banner_{key} {{ {BANNER_STYLES[level]} padding: 4px 8px; }}")
        banner.setWordWrap(True)
        banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_layout.addWidget(banner)
        self.banners[key] = banner
        self.banner_area.show()
        return banner

    def remove_banner(self, key: str) -> None:
        banner = self.banners.pop(key, None)
        if banner is not None:
            banner.hide()
            banner.deleteLater()
        self.banner_area.setVisible(bool(self.banners))

    def banner_text(self, key: str) -> str:
        banner = self.banners.get(key)
        return banner.text() if banner is not None else ""

    def _show_storage_state(self) -> None:
        db = self.workspace.ctx.db
        if db.read_only:
            if self.workspace.notice:  # a writer elsewhere: say who, not "on request"
                text = self.tr(
                    "Read-only: you can look at everything and print, "
                    "but nothing can be changed in this window."
                )
                text += "\n" + self.workspace.notice
            else:
                text = self.tr(
                    "Read-only ({reason}): you can look at everything and print, "
                    "but nothing can be changed in this window."
                ).replace("{reason}", db.read_only_reason or "")
            self.add_banner("read_only", text, "info")
            self.when_built(self._read_only_page)
            self.apply_read_only()
        for i, warning in enumerate(db.warnings):
            self.add_banner(f"placement_{i}", str(getattr(warning, "message", warning)))

    def apply_read_only(self) -> None:
        """Disable every action and button that would change the database."""
        if not self.workspace.read_only:
            return
        self._update_actions()
        for section in ("import", "exchange"):
            for item in self.menus.items("file", section):
                item.setEnabled(False)
        for action in self.findChildren(QAction):
            if action.property("edits"):
                action.setEnabled(False)
        for page in self.built_pages():
            self._page_read_only(page)

    def _read_only_page(self, page: TabPage) -> None:
        page.loaded.connect(self.apply_read_only)  # tabs re-enable buttons as they load
        self._page_read_only(page)

    def _page_read_only(self, page: TabPage) -> None:
        page.set_read_only(True)
        # a safety net for buttons of tabs that do not say so themselves yet
        for widget in [page, *page.findChildren(QWidget)]:
            for name, value in getattr(widget, "__dict__", {}).items():
                if isinstance(value, QPushButton) and EDITING_BUTTON.match(name):
                    value.setEnabled(False)
                    value.installEventFilter(self._keep_disabled)
        for view in page.findChildren(QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    # --- after painting: the full check and automatic backups ---------------------------
    def start_background_work(self, clock: Callable[[], datetime] | None = None) -> None:
        """Once painted: check the whole file, then make automatic backups (the launcher)."""
        from wall_desktop.gui import storage_dialogs
        from wall_desktop.gui.backup_dialogs import AutoBackup, utc_now

        keeper = AutoBackup(self.workspace, self, clock=clock or utc_now)
        keeper.failed.connect(lambda text: self.add_banner("backup_failed", text, "error"))
        keeper.finished.connect(lambda _made: self.remove_banner("backup_failed"))
        self.when_built(lambda page: page.loaded.connect(keeper.saved))  # re-read after saves
        self.undo.indexChanged.connect(lambda _i: keeper.saved())
        self.auto_backup = keeper
        self.integrity = storage_dialogs.IntegrityWatch(
            self, self.workspace, keeper.start, self._damaged_while_open
        )

    def stop_background_work(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.stop()

    def _damaged_while_open(self, err: DamagedDatabase) -> None:
        """The full check failed: the file was closed and set aside; offer the way back."""
        from wall_desktop.gui import storage_dialogs
        from wall_desktop.gui.workspace import open_workspace
        from wall_desktop.services.errors import WallError

        self.stop_background_work()
        choice = storage_dialogs.explain_damage(self, err)
        operator = self.workspace.operator
        if choice == "restore" and err.newest_backup is not None:
            if storage_dialogs.restore_now(self, err.path, err.newest_backup, operator):
                self.database_requested.emit(str(err.path))
                return
        elif choice == "empty":
            try:
                open_workspace(err.path, operator, accept_damaged=True).close()
            except WallError as exc:
                QMessageBox.warning(self, "WALL Desktop", str(exc))
            else:
                self.database_requested.emit(str(err.path))
                return
        self.remember_layout = False
        self.close()  # the database is closed: this window cannot work on it any more

    def load_all(self) -> None:
        """Build every tab and load each (tests, screenshots)."""
        self._load_when_built = True
        for page in self.pages:
            page.load()

    def load_shown(self) -> None:
        """Load the tabs built so far; a tab built later loads when it is built."""
        self._load_when_built = True
        for page in self.built_pages():
            page.load()

    def _programme_chosen(self, index: int) -> None:
        programme_id = combo_value(self.programme_box, index)
        self.workspace.refresh_programmes(keep=programme_id)
        self.undo.clear()  # undo entries belong to the edition they were made in
        self.update_title()
        self.load_shown()

    def _find(self) -> None:
        if page := self.current_page():
            page.focus_search()

    def _add(self) -> None:
        if page := self.current_page():
            page.add_record()

    def _delete(self) -> None:
        if page := self.current_page():
            page.delete_selected()

    # --- commands -------------------------------------------------------------------
    def new_database(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home()), self.tr("WALL database (*.sqlite)")
        )
        if path:
            if not path.endswith(".sqlite"):
                path += ".sqlite"
            self.database_requested.emit(path)

    def open_database(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path.home()), self.tr("WALL database (*.sqlite)")
        )
        if path:
            self.database_requested.emit(path)

    def open_settings(self) -> None:
        from wall_desktop.gui import dialogs

        dialogs.SettingsDialog(self.settings, self).exec()

    def change_operator(self) -> None:
        from wall_desktop.gui import dialogs

        name = dialogs.ask_operator(self, self.workspace.operator)
        if name and name != self.workspace.operator:
            self.settings.operator = name
            save_settings(self.settings)
            new = self.workspace.with_operator(name)
            self.workspace.ctx = new.ctx
            self._show_operator()

    def open_guide(self) -> None:
        from wall_desktop.gui import dialogs

        dialogs.GuideDialog(self).show()

    def about(self) -> None:
        from wall_desktop.gui import dialogs

        dialogs.show_about(self, __version__, str(self.path_label.text()), self.workspace.operator)

    # --- remembered layout ------------------------------------------------------------
    def restore_layout(self) -> None:
        store = settings_store()
        geometry = store.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 740)
        self._restore_splitters(self)

    def _restore_splitters(self, widget: QWidget) -> None:
        store = settings_store()
        for splitter in widget.findChildren(QSplitter):
            state = store.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_layout(self) -> None:
        store = settings_store()
        store.setValue("main/geometry", self.saveGeometry())
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_layout:
            self.save_layout()
        if self.auto_backup is not None:
            self.auto_backup.at_exit(self)
        super().closeEvent(event)
