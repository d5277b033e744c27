"""Small dialogs: who is working, the start on an empty database, a new programme,
settings, the user guide and About."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_guide_dialog import Ui_GuideDialog
from wall_desktop.gui.designer.ui_programme_form import Ui_ProgrammeForm
from wall_desktop.gui.designer.ui_settings_dialog import Ui_SettingsDialog
from wall_desktop.gui.designer.ui_start_dialog import Ui_StartDialog
from wall_desktop.gui.forms import FormDialog, date_of, set_date
from wall_desktop.i18n import get_language
from wall_desktop.services.context import Context
from wall_desktop.services.programmes import (
    ProgrammeDetail,
    ProgrammeInput,
    check_programme,
    create_programme,
)
from wall_desktop.settings import Settings, save_settings

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def ask_operator(parent: QWidget | None, current: str | None = None) -> str | None:
    """Who is working at this laptop; ``None`` when the user cancels."""
    while True:
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("dialogs", "Who is working?"),
            QCoreApplication.translate(
                "dialogs", "Your name (recorded with every change you make):"
            ),
            QLineEdit.EchoMode.Normal,
            current or "",
        )
        if not ok:
            return None
        if name.strip():
            return " ".join(name.split())


class StartDialog(QDialog):
    """Shown on a database with no programme: create one, or open the demo database."""

    CREATE, DEMO = 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StartDialog()
        self.ui.setupUi(self)
        self.create_button = self.ui.create_button
        self.demo_button = self.ui.demo_button
        self.create_button.clicked.connect(lambda: self.done(self.CREATE))
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        self.ui.quit_button.clicked.connect(self.reject)


class ProgrammeForm(FormDialog):
    """A new programme edition: its name, dates and funder (the rest keeps its defaults)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New programme"), parent)
        self.ctx = ctx
        ui = self.ui = Ui_ProgrammeForm()
        self.use_form(ui)
        year = date.today().year
        set_date(ui.start_date, date(year, 1, 1), optional=False)
        set_date(ui.end_date, date(year, 12, 31), optional=False)
        self.resize(480, self.sizeHint().height())  # room for a message under a field

    def collect(self) -> Callable[[], ProgrammeDetail]:
        data = ProgrammeInput(
            name=self.ui.name.text(),
            start_date=date_of(self.ui.start_date) or date.today(),
            end_date=date_of(self.ui.end_date) or date.today(),
            funder=self.ui.funder.text() or None,
        )
        check_programme(data)  # at once, on the GUI thread: it reads nothing
        return lambda: create_programme(self.ctx, data)


class SettingsDialog(QDialog):
    LANGUAGES = (("pl", "Polski"), ("en", "English"))

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.language = self.ui.language
        for code, name in self.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self.settings.language = str(combo_value(self.language))
        save_settings(self.settings)
        super().accept()


def guide_path(language: str | None = None) -> Path:
    lang = language or get_language()
    path = RESOURCES / f"guide_{lang}.html"
    return path if path.exists() else RESOURCES / "guide_pl.html"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GuideDialog()
        self.ui.setupUi(self)
        self.browser = self.ui.browser
        self.browser.setHtml(guide_path().read_text(encoding="utf-8"))
        self.ui.buttons.rejected.connect(self.reject)


def show_about(parent: QWidget, version: str, database: str, operator: str) -> QMessageBox:
    text = QCoreApplication.translate(
        "dialogs",
        "<h3>WALL Desktop {version}</h3><p>Records of a local leaders academy: people, "
        "trainings, micro-projects and budgets.</p><p><b>Database:</b> {database}<br>"
        "<b>Operator:</b> {operator}</p>",
    )
    for key, value in (("{version}", version), ("{database}", database), ("{operator}", operator)):
        text = text.replace(key, value.replace("&", "&amp;").replace("<", "&lt;"))
    box = QMessageBox(parent)
    box.setObjectName("about")
    box.setWindowTitle(QCoreApplication.translate("dialogs", "About WALL Desktop"))
    box.setText(text)
    box.open()
    return box
