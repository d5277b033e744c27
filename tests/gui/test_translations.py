"""Every window string is translated to Polish; in English mode no Polish is on screen."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tools.gui_i18n import ts_path, unfinished, update
from wall_desktop.gui.app import I18N_DIR, install_language
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs.people import PeopleTab
from wall_desktop.gui.workspace import Workspace

POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def test_every_ts_entry_is_finished_and_nothing_is_missing(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(ts_path("pl"), copy)
    update(copy)  # new tr() strings in the code show up here as unfinished
    assert unfinished(copy) == []
    assert (I18N_DIR / "wall_desktop_pl.qm").stat().st_mtime >= 0


def test_the_checker_notices_an_unfinished_entry(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="pl_PL"><context>'
        "<name>A</name><message><source>Save</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert unfinished(ts) == [("A", "Save")]


def _polish_translations() -> set[str]:
    root = ET.parse(ts_path("pl")).getroot()
    found = set()
    for message in root.iter("message"):
        source, text = message.findtext("source"), message.findtext("translation")
        if text and text != source:
            found.add(text.replace("&", ""))
    return found


def _chrome_texts(window: MainWindow) -> list[str]:
    """What the user reads apart from the data itself (names, places)."""
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for menu in window.findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if not a.isSeparator() and "/" not in a.text()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.objectName() != "database_path"
        ):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox) and widget.objectName() in (
            "role_filter",
            "status_filter",
        ):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox) and widget.objectName() == "neighbourhood_filter":
            texts.append(widget.itemText(0))
        if hasattr(widget, "placeholderText"):
            texts.append(widget.placeholderText())
    for view in window.findChildren(QTableView):
        model = view.model()
        texts += [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
    return [t.replace("&", "") for t in texts if t]


def test_no_polish_on_screen_in_english(demo_ws: Workspace, qtbot: QtBot) -> None:
    install_language("en")
    window = MainWindow(demo_ws)
    window.remember_layout = False
    qtbot.addWidget(window)
    window.show()
    window.load_all()
    people = window.page(PeopleTab)
    assert isinstance(people, PeopleTab)
    status_texts = [people.model.index(r, 3).data() for r in range(people.model.rowCount())]
    texts = _chrome_texts(window) + status_texts
    assert "People" in texts and "Neighbourhoods" in texts
    polish = _polish_translations()
    offenders = [t for t in texts if t in polish or POLISH_LETTERS & set(t)]
    assert offenders == []


def test_polish_mode_shows_polish(window: MainWindow) -> None:
    texts = _chrome_texts(window)
    assert "Osoby" in texts and "Szukaj… (Ctrl+F)" in texts and "People" not in texts
