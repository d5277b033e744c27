"""The sessions half of the attendance grid: keys that mark cells, and the hours editor.

A module of its own so that the Designer form of the panel can promote its view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from wall_desktop.gui.table_model import AnyIndex

HOURS_KEYS = set("0123456789,.")


class HoursDelegate(QStyledItemDelegate):
    """A small editor for hours: opened by the first digit typed, saved by Enter."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("hours_editor")
        editor.setValidator(QRegularExpressionValidator(r"\d{0,2}([.,]\d{0,2})?", editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()  # the typed key replaces the old value

    def setModelData(self, editor: QWidget, model: object, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit) and editor.text().strip():
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class AttendanceView(QTableView):
    """The sessions part of the grid; keys that mark cells never reach the window's shortcuts."""

    cycle_requested = Signal()
    clear_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._marking_key(event)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()  # Delete clears cells here instead of deleting the session
            return True
        return super().event(event)

    @staticmethod
    def _marking_key(event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        clears = (Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        return event.key() in clears or (bool(event.text()) and event.text() in HOURS_KEYS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() == Qt.Key.Key_Space:
            self.cycle_requested.emit()
            return
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
            return
        text = event.text()
        if plain and text and text.isprintable() and text not in HOURS_KEYS:
            return  # letters would jump to a row by keyboard search: not wanted here
        super().keyPressEvent(event)
