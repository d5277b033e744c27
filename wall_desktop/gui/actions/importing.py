"""File → Import: people, training sessions or attendance from a spreadsheet (the wizard)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

if TYPE_CHECKING:
    from wall_desktop.gui.import_wizard import ImportWizard
    from wall_desktop.services.importing import ImportSummary, Kind

MENU_NAME = "import_menu"
# The kinds' values (``Kind`` is a StrEnum: Kind.PEOPLE == "people"); the wizard and
# the import services (openpyxl, the engine) are imported when an entry is first used.
KINDS = ("people", "sessions", "attendance")


class ImportActions(QObject):
    """The window's import entries; ``wizard`` is the one open (tests drive it)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("import_actions")
        self.window = window
        self.wizard: ImportWizard | None = None
        self.menu = QMenu(self.tr("&Import"), window)
        self.menu.setObjectName(MENU_NAME)
        self.actions: dict[str, QAction] = {}  # by the Kind's value: a Kind finds it too
        texts = (self.tr("&People…"), self.tr("Training &sessions…"), self.tr("&Attendance…"))
        for kind, text in zip(KINDS, texts, strict=True):
            action = QAction(text, window)
            action.setObjectName(f"import_{kind}")
            action.setProperty("edits", True)  # off with every editing action when read-only
            action.triggered.connect(lambda _checked=False, k=kind: self.open_wizard(k))
            self.menu.addAction(action)
            self.actions[kind] = action
        window.menus.add("file", "import", self.menu)

    def open_wizard(self, kind: Kind | str = "people") -> ImportWizard | None:
        from wall_desktop.gui.import_wizard import ImportWizard
        from wall_desktop.services.importing import Kind

        workspace = self.window.workspace
        if workspace.read_only:
            return None
        if workspace.programme is None:
            QMessageBox.information(
                self.window, self.tr("Import"), self.tr("Create or open a programme first.")
            )
            return None
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = ImportWizard(workspace, self.window, Kind(kind))
        wizard.imported.connect(self._imported)
        wizard.finished.connect(lambda _r: self._closed(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _imported(self, _summary: ImportSummary) -> None:
        """Every tab reads its data again: new people, sessions, neighbourhoods show up."""
        self.window.load_all()

    def _closed(self, wizard: ImportWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()


def install(window: Any) -> None:
    ImportActions(window)


def import_actions(window: QWidget) -> ImportActions:
    found = window.findChild(ImportActions, "import_actions")
    assert isinstance(found, ImportActions)
    return found
