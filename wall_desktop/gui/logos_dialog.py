"""The programme's logos on its certificates: thumbnails, add, remove, order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from wall_desktop.gui.designer.ui_logos_dialog import Ui_LogosDialog
from wall_desktop.gui.forms import show_unexpected
from wall_desktop.gui.worker import run_task
from wall_desktop.services.context import Context
from wall_desktop.services.errors import ValidationError, WallError
from wall_desktop.services.programme_logos import (
    LogoRow,
    add_logo,
    list_logos,
    logo_content,
    move_logo,
    remove_logo,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def ask_logo_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("LogosDialog", "Add a logo"),
        "",
        QCoreApplication.translate("LogosDialog", "Images (*.png *.jpg *.jpeg);;All files (*)"),
    )
    return Path(name) if name else None


def read_logos(ctx: Context, programme_id: int) -> list[tuple[LogoRow, bytes]]:
    return [(row, logo_content(ctx, row.id)) for row in list_logos(ctx, programme_id)]


class LogosDialog(QDialog):
    def __init__(self, ctx: Context, programme_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LogosDialog()
        self.ui.setupUi(self)
        self.ctx, self.programme_id = ctx, programme_id
        self.rows: list[LogoRow] = []
        self.confirm_box: QMessageBox | None = None
        self.changed = False  # whether a logo was added, removed or moved
        self.ui.add_button.clicked.connect(self.ask_add)
        self.ui.remove_button.clicked.connect(self.ask_remove)
        self.ui.left_button.clicked.connect(lambda: self.move_current(-1))
        self.ui.right_button.clicked.connect(lambda: self.move_current(1))
        self.ui.logos.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.ui.buttons.rejected.connect(self.reject)
        self.load()

    # --- reading -------------------------------------------------------------------
    def load(self, select: int | None = None) -> None:
        ctx, pid = self.ctx, self.programme_id
        run_task(
            lambda: read_logos(ctx, pid), lambda found: self._fill(found, select), self._failed
        )

    def _fill(self, found: list[tuple[LogoRow, bytes]], select: int | None) -> None:
        box = self.ui.logos
        box.clear()
        self.rows = [row for row, _content in found]
        size = box.iconSize()
        for row, content in found:
            pixmap = QPixmap()
            pixmap.loadFromData(content)
            thumb = pixmap.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            text = self.tr("{name}\n{width} × {height} px").replace("{name}", row.file_name)
            item = QListWidgetItem(
                QIcon(thumb),
                text.replace("{width}", str(row.width)).replace("{height}", str(row.height)),
            )
            item.setData(ID_ROLE, row.id)
            item.setSizeHint(QSize(0, size.height() + 12))
            box.addItem(item)
        ids = [r.id for r in self.rows]
        if select in ids:
            box.setCurrentRow(ids.index(select))
        elif self.rows:
            box.setCurrentRow(0)
        self._update_buttons()

    def current(self) -> LogoRow | None:
        index = self.ui.logos.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _update_buttons(self) -> None:
        index = self.ui.logos.currentRow()
        chosen = self.current() is not None
        self.ui.remove_button.setEnabled(chosen)
        self.ui.left_button.setEnabled(chosen and index > 0)
        self.ui.right_button.setEnabled(chosen and index < len(self.rows) - 1)

    # --- changes -------------------------------------------------------------------
    def ask_add(self) -> None:
        path = ask_logo_file(self)
        if path is not None:
            self.add(path)

    def add(self, path: Path) -> None:
        ctx, pid = self.ctx, self.programme_id
        self._clear_error()
        run_task(lambda: add_logo(ctx, pid, path), self._added, self._failed)

    def _added(self, row: LogoRow) -> None:
        self.changed = True
        self.load(select=row.id)

    def ask_remove(self) -> None:
        row = self.current()
        if row is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirm_remove_logo")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove the logo"))
        box.setText(self.tr("Remove the logo “{name}”?").replace("{name}", row.file_name))
        box.setInformativeText(
            self.tr(
                "Certificates printed from now on will not show it; files printed already keep it."
            )
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        logo_id = row.id
        box.finished.connect(
            lambda _r: self._remove(logo_id) if box.clickedButton() is remove else None
        )
        self.confirm_box = box
        box.open()

    def _remove(self, logo_id: int) -> None:
        ctx = self.ctx
        run_task(lambda: remove_logo(ctx, logo_id), lambda _row: self._removed(), self._failed)

    def _removed(self) -> None:
        self.changed = True
        self.load()

    def move_current(self, offset: int) -> None:
        row = self.current()
        if row is None:
            return
        ctx, logo_id = self.ctx, row.id
        run_task(
            lambda: move_logo(ctx, logo_id, offset),
            lambda _rows: self._moved(logo_id),
            self._failed,
        )

    def _moved(self, logo_id: int) -> None:
        self.changed = True
        self.load(select=logo_id)

    # --- errors --------------------------------------------------------------------
    def _clear_error(self) -> None:
        self.ui.error.clear()
        self.ui.error.hide()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError | WallError):
            self.ui.error.setText(str(error))
            self.ui.error.show()
        else:
            show_unexpected(self, error)
