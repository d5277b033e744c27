"""GUI fixtures: offscreen Qt, QSettings in a temp dir, the synchronous pool, demo data."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from wall_desktop.app import open_database
from wall_desktop.gui.app import application, install_language
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.worker import SyncPool, set_pool
from wall_desktop.gui.workspace import Workspace, open_workspace
from wall_desktop.services.context import Context
from wall_desktop.services.demo import fill_demo


@pytest.fixture(autouse=True)
def _gui_isolation(tmp_path: Path, qapp: object) -> Iterator[SyncPool]:
    application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    install_language("pl")
    pool = SyncPool()
    set_pool(pool)
    yield pool
    set_pool(None)
    install_language("pl")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo programme, made once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    fill_demo(Context(db=db, operator="Tester"))
    db.dispose()
    return path


@pytest.fixture
def demo_ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    ws = open_workspace(path, "Tester")
    yield ws
    ws.close()


@pytest.fixture
def window(demo_ws: Workspace, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_ws)
    win.remember_layout = False
    qtbot.addWidget(win)
    win.show()
    win.load_all()
    return win
