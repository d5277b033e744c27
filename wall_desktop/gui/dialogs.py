"""Small dialogs: who is working, the start on an empty database, a new programme,
settings, the user guide and About."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.forms import FormDialog, date_edit, date_of
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
        self.setWindowTitle(self.tr("Welcome to WALL Desktop"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "This database has no programme yet. Create your programme, or look around "
                "in the demo database first (a separate file: nothing you do there touches "
                "your own data)."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.create_button = QPushButton(self.tr("&Create a programme…"))
        self.demo_button = QPushButton(self.tr("Open the &demo database"))
        quit_button = QPushButton(self.tr("&Quit"))
        self.create_button.clicked.connect(lambda: self.done(self.CREATE))
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        quit_button.clicked.connect(self.reject)
        for b in (self.create_button, self.demo_button, quit_button):
            layout.addWidget(b)
        self.create_button.setDefault(True)


class ProgrammeForm(FormDialog):
    """A new programme edition: its name, dates and funder (the rest keeps its defaults)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New programme"), parent)
        self.ctx = ctx
        self.name = QLineEdit()
        self.start = date_edit(date(date.today().year, 1, 1), optional=False)
        self.end = date_edit(date(date.today().year, 12, 31), optional=False)
        self.funder = QLineEdit()
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("start_date", self.tr("Start date"), self.start)
        self.add_field("end_date", self.tr("End date"), self.end)
        self.add_field("funder", self.tr("Funder"), self.funder)

    def collect(self) -> Callable[[], ProgrammeDetail]:
        data = ProgrammeInput(
            name=self.name.text(),
            start_date=date_of(self.start) or date.today(),
            end_date=date_of(self.end) or date.today(),
            funder=self.funder.text() or None,
        )
        check_programme(data)  # at once, on the GUI thread: it reads nothing
        return lambda: create_programme(self.ctx, data)


class SettingsDialog(QDialog):
    LANGUAGES = (("pl", "Polski"), ("en", "English"))

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in self.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A change of language applies after a restart."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

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
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_path().read_text(encoding="utf-8"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


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
