"""The Qt application: one QApplication, its language and translators, its settings store."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from wall_desktop import __version__
from wall_desktop.i18n import set_language

ORGANISATION = "WALL"
APPLICATION = "WALL Desktop"
I18N_DIR = Path(__file__).with_name("i18n")
LOCALES = {
    "pl": QLocale(QLocale.Language.Polish, QLocale.Country.Poland),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_translators: list[QTranslator] = []


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication (made on first use), named so QSettings find their place."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    assert isinstance(app, QApplication)
    return app


def install_language(language: str) -> str:
    """Load our Polish catalogue and Qt's own (standard buttons) unless English is asked for.

    The services' messages follow too (``wall_desktop.i18n``). Returns the language used.
    """
    app = QCoreApplication.instance()
    chosen = set_language(language)
    for old in _translators:
        if app is not None:
            app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(LOCALES[chosen])
    if chosen == "en":
        return chosen
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{chosen}", qt_dir), (f"wall_desktop_{chosen}", str(I18N_DIR))):
        translator = QTranslator()
        if translator.load(name, folder) and app is not None:
            app.installTranslator(translator)
            _translators.append(translator)
    return chosen


def settings_store() -> QSettings:
    """Window geometry and splitters (tests point QSettings' user scope at a temp dir)."""
    return QSettings(ORGANISATION, APPLICATION)
