"""Scans of an expense's documents: add (images or PDF), view, remove."""

from __future__ import annotations

import mimetypes
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wall_desktop.gui.designer.ui_image_viewer import Ui_ImageViewer
from wall_desktop.gui.designer.ui_scans_dialog import Ui_ScansDialog
from wall_desktop.gui.forms import confirm_delete, show_unexpected
from wall_desktop.gui.table_model import RIGHT, Column, RowTableModel, make_proxy
from wall_desktop.gui.tabs.base import make_table
from wall_desktop.gui.worker import run_task
from wall_desktop.services.context import Context
from wall_desktop.services.errors import WallError
from wall_desktop.services.formatting import format_date, format_number
from wall_desktop.services.ledger import (
    DocumentRow,
    ExpenseRow,
    attach_document,
    document_content,
    list_documents,
    remove_document,
)

SCAN_TYPES = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp"


def choose_files(parent: QWidget) -> list[str]:
    """The file dialog (a module function, so tests can answer it)."""
    files, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ScansDialog", "Add scans"),
        str(Path.home()),
        QCoreApplication.translate("ScansDialog", "Scans (images or PDF)") + f" ({SCAN_TYPES})",
    )
    return list(files)


def open_externally(path: Path) -> bool:
    """Hand a file to the desktop's viewer (a module function, so tests can stand in)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{format_number(Decimal(n) / 1024, 0)} kB"
    return f"{format_number(Decimal(n) / (1024 * 1024), 1)} MB"


class ImageViewer(QDialog):
    def __init__(self, name: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImageViewer()
        self.ui.setupUi(self)
        self.setWindowTitle(name)
        pixmap = QPixmap()
        pixmap.loadFromData(content)
        self.image = self.ui.image
        self.image.setPixmap(pixmap)
        self.image.adjustSize()  # the scroll area shows the picture at its own size
        self.ui.buttons.rejected.connect(self.reject)


class ScansDialog(QDialog):
    """The scans of one expense; ``read_only`` for a locked project (view only)."""

    def __init__(
        self, ctx: Context, expense: ExpenseRow, read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ScansDialog()
        self.ui.setupUi(self)
        self.ctx, self.expense, self.read_only = ctx, expense, read_only
        self.changed = False
        self.setWindowTitle(
            self.tr("Scans of {number}").replace("{number}", expense.document_number)
        )
        self.model: RowTableModel[DocumentRow] = RowTableModel(self.columns())
        self.proxy = make_proxy(self.model)
        self.table = make_table(self.proxy, "scans_table")
        self.ui.outer.insertWidget(1, self.table, 1)  # between the buttons and Close
        self.table.activated_row.connect(lambda _r: self.view_current())
        self.add_button = self.ui.add_button
        self.view_button = self.ui.view_button
        self.remove_button = self.ui.remove_button
        self.add_button.clicked.connect(self.add_files)
        self.view_button.clicked.connect(self.view_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self.note = self.ui.note
        self.note.setVisible(read_only)
        self.ui.buttons.rejected.connect(self.reject)
        QWidget.setTabOrder(self.table, self.add_button)
        self.table.setFocus()
        self.viewer: QDialog | None = None
        self.reload()

    def columns(self) -> Sequence[Column[DocumentRow]]:
        return [
            Column(self.tr("File"), lambda d: d.file_name),
            Column(self.tr("Type"), lambda d: d.media_type),
            Column(self.tr("Size"), lambda d: _size(d.size), lambda d: d.size, RIGHT),
            Column(
                self.tr("Added"), lambda d: format_date(d.added_at.date()), lambda d: d.added_at
            ),
        ]

    def reload(self) -> None:
        ctx, expense_id = self.ctx, self.expense.id
        run_task(lambda: list_documents(ctx, expense_id), self._fill, self._error)

    def _fill(self, rows: list[DocumentRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _error(self, error: BaseException) -> None:
        if isinstance(error, WallError):
            self.note.setText(str(error))
            self.note.show()
        else:
            show_unexpected(self, error)

    def current(self) -> DocumentRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def add_files(self) -> None:
        for name in choose_files(self):
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        content = path.read_bytes()
        ctx, expense_id = self.ctx, self.expense.id

        def saved(_row: DocumentRow) -> None:
            self.changed = True
            self.reload()

        run_task(
            lambda: attach_document(ctx, expense_id, path.name, content, media), saved, self._error
        )

    def view_current(self) -> None:
        document = self.current()
        if document is None:
            return
        ctx = self.ctx
        run_task(
            lambda: document_content(ctx, document.id),
            lambda content: self._show(document, content),
            self._error,
        )

    def _show(self, document: DocumentRow, content: bytes) -> None:
        if document.media_type.startswith("image/"):
            self.viewer = ImageViewer(document.file_name, content, self)
            self.viewer.open()
            return
        # a copy in a private temp folder, under its own name, for the desktop's viewer
        folder = Path(tempfile.mkdtemp(prefix="wall-scan-"))
        target = folder / document.file_name
        target.write_bytes(content)
        open_externally(target)

    def remove_current(self) -> None:
        document = self.current()
        if document is None or self.read_only:
            return
        if not confirm_delete(
            self, self.tr("the scan “{name}”").replace("{name}", document.file_name)
        ):
            return
        ctx = self.ctx

        def removed(_r: object) -> None:
            self.changed = True
            self.reload()

        run_task(lambda: remove_document(ctx, document.id), removed, self._error)
