"""A small two-step chooser: a group (neighbourhood, project…) then one of its records.

The menu's print entries use it to pick the session, meeting, person or
expense a document is for; the items of a group are read in the worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_pick_dialog import Ui_PickDialog
from wall_desktop.gui.text import matches
from wall_desktop.gui.worker import run_task
from wall_desktop.services.errors import WallError

Item = tuple[str, int]  # what the list shows, the record's id
Fetch = Callable[[Any], Sequence[Item]]  # the items of a group; runs in the worker


class PickDialog(QDialog):
    """``groups`` fills the first box (none: a single list); ``fetch(group)`` the list."""

    def __init__(
        self,
        title: str,
        ok_text: str,
        item_label: str,
        fetch: Fetch,
        *,
        group_label: str = "",
        groups: Sequence[tuple[str, Any]] = (),
        group: Any = None,
        item: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PickDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self._fetch = fetch
        self._wanted = item
        self.group = self.ui.group
        for text, value in groups:
            self.group.addItem(text, value)
        self.search = self.ui.search
        self.items = self.ui.items
        self.error = self.ui.error
        self.buttons = self.ui.buttons
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if groups:
            self.ui.group_label.setText(group_label)
            self.ui.group_label.setBuddy(self.group)
        else:  # a single list: no first box
            self.ui.form.setRowVisible(self.group, False)
        self.ui.items_label.setText(item_label)

        self.search.textChanged.connect(self._filter)
        self.items.currentItemChanged.connect(lambda *_a: self._update_ok())
        self.items.itemDoubleClicked.connect(lambda _i: self.accept())
        if groups:
            self.group.setCurrentIndex(max(self.group.findData(group), 0))
        self.group.currentIndexChanged.connect(lambda _i: self.load())
        self.load()

    # --- content -----------------------------------------------------------------
    def load(self) -> None:
        value = combo_value(self.group) if self.group.count() else None
        fetch = self._fetch
        self.items.clear()
        self._update_ok()
        run_task(lambda: list(fetch(value)), self._fill, self._failed)

    def _fill(self, items: list[Item]) -> None:
        self.error.hide()
        self.items.clear()
        for text, record_id in items:
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, record_id)
            self.items.addItem(entry)
        if not items:
            self.error.setText(self.tr("Nothing to choose here."))
            self.error.show()
        self._filter()
        wanted = self._wanted
        self._wanted = None
        if wanted is not None:
            self.select(wanted)
        elif self.items.count() == 1:
            self.items.setCurrentRow(0)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(str(error) if isinstance(error, WallError) else repr(error))
        self.error.show()

    def _filter(self, *_args: object) -> None:
        text = self.search.text()
        for row in range(self.items.count()):
            entry = self.items.item(row)
            entry.setHidden(not matches(text, entry.text()))
        current = self.items.currentItem()
        if current is not None and current.isHidden():
            self.items.setCurrentRow(-1)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    # --- choosing ----------------------------------------------------------------
    def labels(self) -> list[str]:
        """The entries the user sees (hidden ones left out)."""
        return [
            self.items.item(r).text()
            for r in range(self.items.count())
            if not self.items.item(r).isHidden()
        ]

    def select(self, record_id: int) -> bool:
        for row in range(self.items.count()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.items.setCurrentRow(row)
                return True
        return False

    def chosen(self) -> int | None:
        current = self.items.currentItem()
        if current is None or current.isHidden():
            return None
        value = current.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
