"""Combo box data is read without losing references to None (PySide6 6.12 leaks one per read)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from wall_desktop.gui.combo import combo_value


def test_reading_empty_item_data_keeps_none_alive(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Wszystkie", None)
    combo.addItem("bez danych")
    combo.addItem("Żabka", 7)
    before = sys.getrefcount(None)
    for _ in range(2000):
        for row in range(3):
            combo.setCurrentIndex(row)
            combo_value(combo)
    assert sys.getrefcount(None) >= before - 50  # a leak would lose 4,000
    assert [combo_value(combo, i) for i in range(3)] == [None, None, 7]
    combo.setCurrentIndex(-1)
    assert combo_value(combo) is None
