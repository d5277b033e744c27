"""Reading a combo box's item data without PySide6's reference leak on None.

PySide6 6.12 drops a reference to ``None`` every time ``currentData()`` or
``itemData()`` hands an empty QVariant back to Python; after a few thousand
calls (a filter read on every keystroke) the interpreter aborts with
"deallocating None".  The model's ``itemData`` map has no entry for an empty
value, so reading through it never converts one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def combo_value(combo: QComboBox, index: int | None = None) -> Any:
    """The user data of item ``index`` (default: the current one); None when it has none."""
    row = combo.currentIndex() if index is None else index
    if row < 0 or row >= combo.count():
        return None
    model = combo.model()
    roles = model.itemData(model.index(row, combo.modelColumn(), combo.rootModelIndex()))
    return roles.get(Qt.ItemDataRole.UserRole)
