"""The window's frame: title, tabs, menus, shortcuts, status bar, remembered layout, smoke."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from wall_desktop.cli import main
from wall_desktop.gui import dialogs
from wall_desktop.gui.app import settings_store
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.menus import MenuRegistry
from wall_desktop.gui.tabs.neighbourhoods import NeighbourhoodsTab
from wall_desktop.gui.workspace import Workspace


def _texts(actions: list[QAction]) -> list[str]:
    return [a.text() for a in actions if not a.isSeparator()]


def test_title_tabs_and_status_bar_in_polish(window: MainWindow) -> None:
    ws = window.workspace
    assert window.windowTitle() == f"WALL Desktop — {ws.programme.name} [DEMO]"  # type: ignore[union-attr]
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:2] == ["Osiedla", "Osoby"]
    assert window.path_label.text() == str(ws.path)
    assert window.operator_button.text() == "Pracuje: Tester"
    assert window.menus.menu("file").title() == "&Plik"
    assert "&Cofnij" in _texts(window.menus.menu("edit").actions())


def test_programme_selector_switches_edition_and_reloads(window: MainWindow) -> None:
    box = window.programme_box
    assert box.count() == len(window.workspace.programmes) >= 2
    tab = window.page(NeighbourhoodsTab)
    newest = tab.row_count()
    box.setCurrentIndex(0)  # the pilot
    assert window.workspace.programme.id == box.itemData(0)  # type: ignore[union-attr]
    assert window.workspace.programme.name in window.windowTitle()  # type: ignore[union-attr]
    assert tab.row_count() != newest


def test_menu_sections_show_added_entries_and_no_empty_ones(window: MainWindow) -> None:
    file_menu = window.menus.menu("file")
    before = _texts(file_menu.actions())
    assert "Próbny wpis…" not in before
    export = QAction("Próbny wpis…", window)
    window.menus.add("file", "export", export)
    after = file_menu.actions()
    assert export in after
    # export sits after the recent databases and before the settings entry
    names = _texts(after)
    assert names.index("Próbny wpis…") > names.index("&Ostatnie bazy")
    assert names.index("Próbny wpis…") < names.index("&Ustawienia…")
    with pytest.raises(KeyError):
        window.menus.add("file", "nowhere", QAction("x", window))
    assert isinstance(window.menus, MenuRegistry)


def test_operator_is_changed_from_the_status_bar(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_operator", lambda _parent, _current: "Anna Żak")
    qtbot.mouseClick(window.operator_button, Qt.MouseButton.LeftButton)
    assert window.workspace.operator == "Anna Żak"
    assert window.operator_button.text() == "Pracuje: Anna Żak"
    from wall_desktop.settings import load_settings

    assert load_settings().operator == "Anna Żak"


def test_geometry_is_remembered(demo_ws: Workspace, qtbot: QtBot) -> None:
    first = MainWindow(demo_ws)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800×600: stay inside it
    first.close()
    assert settings_store().value("main/geometry") is not None
    second = MainWindow(demo_ws)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_about_names_version_database_and_operator(window: MainWindow) -> None:
    window.about()
    box = window.findChild(type(window.findChild(object, "about")), "about")
    assert box is not None
    text = box.text()  # type: ignore[attr-defined]
    assert str(window.workspace.path) in text and "Tester" in text and "Baza" in text


def test_help_opens_the_polish_guide(window: MainWindow) -> None:
    window.open_guide()
    guide = window.findChild(dialogs.GuideDialog, "guide")
    assert guide is not None and "Przewodnik" in guide.windowTitle()
    assert "Pierwsze kroki" in guide.browser.toPlainText()


def test_smoke_prints_the_first_tab_row_count(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "smoke.sqlite"
    shutil.copy(demo_template, path)
    assert main(["--db", str(path), "--smoke"]) == 0
    assert capsys.readouterr().out.strip() == "13"
    assert QSettings().value("main/geometry") is None  # smoke leaves the layout alone


def test_the_window_closes_its_database_when_the_program_ends(
    demo_template: Path, tmp_path: Path
) -> None:
    """The entry point skips Python's teardown, so the run itself must close the file."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wall_desktop.commands.options import GlobalOptions
    from wall_desktop.gui.launcher import run

    path = tmp_path / "run.sqlite"
    shutil.copy(demo_template, path)
    shown: list[MainWindow] = []

    def close_the_window() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown.extend(found)
        for window in found:
            window.close()

    QTimer.singleShot(0, close_the_window)
    options = GlobalOptions(str(path), False, None, "Tester", None, None)
    assert run(options) == 0
    assert shown and not shown[0].isVisible()
    # disposed: no connection is left open in the engine's pool
    assert shown[0].workspace.ctx.db.engine.pool.checkedin() == 0


def test_tabs_are_built_when_first_shown(demo_ws: Workspace, qtbot: QtBot) -> None:
    from wall_desktop.gui.tabs.base import TabPage
    from wall_desktop.gui.tabs.budgets import BudgetsTab
    from wall_desktop.gui.tabs.people import PeopleTab

    win = MainWindow(demo_ws)
    win.remember_layout = False
    qtbot.addWidget(win)
    win.show()
    win.load_shown()
    titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert len(titles) == 5 and titles[:2] == ["Osiedla", "Osoby"]
    built = [isinstance(win.tabs.widget(i), TabPage) for i in range(win.tabs.count())]
    assert built == [True, False, False, False, False]
    qtbot.keyClick(win.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentIndex() == 1
    people = win.current_page()
    assert isinstance(people, PeopleTab) and win.page(PeopleTab) is people
    qtbot.waitUntil(lambda: people.row_count() > 0)  # loaded as it was first shown
    budgets = win.page(BudgetsTab)  # built on request; the shown tab stays
    assert win.tabs.currentIndex() == 1 and win.tabs.indexOf(budgets) == 4
    assert [p.title() for p in win.pages] == titles
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == titles
