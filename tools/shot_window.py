"""Shared set-up of the screenshot scripts: a scratch home, the language, the worker pool.

Every ``tools/*screenshots*.py`` script runs under ``xvfb-run`` on a throw-away copy
of the demo programme, so the user's files and settings are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def language_arg() -> str:
    return sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "pl"


def start(prefix: str = "wall-shots-") -> tuple[Any, Path, str]:
    """The application on a scratch home, in the language of ``--lang``, with a synchronous pool."""
    language = language_arg()
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["WALL_DESKTOP_CONFIG_DIR"] = str(scratch / "config")
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    from PySide6.QtCore import QSettings

    from wall_desktop.gui.app import application, install_language
    from wall_desktop.gui.worker import SyncPool, set_pool

    app = application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    install_language(language)
    set_pool(SyncPool())
    OUT.mkdir(parents=True, exist_ok=True)
    return app, scratch, language


def demo_window(operator: str = "Anna Nowak") -> tuple[Any, Any]:
    """The main window on the demo programme at 1366×768, shown, every tab loaded."""
    from wall_desktop.gui.main_window import MainWindow
    from wall_desktop.gui.workspace import open_demo

    ws = open_demo(operator)
    window = MainWindow(ws)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.load_all()
    return window, ws


def save_shot(widget: Any, name: str, language: str, rounds: int = 5) -> Path:
    """Let pending paints finish, then grab ``widget`` into ``docs/screenshots/NAME-LANG.png``."""
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
    target = OUT / f"{name}-{language}.png"
    widget.grab().save(str(target))
    print(target)
    return target
