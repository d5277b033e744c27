"""The print preview: a PDF's pages on screen (QtPdf), Print through QPrintDialog, Save as PDF.

The exporters hand over finished PDF bytes; the same bytes are shown,
printed page by page and saved, so what is printed is what was previewed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from wall_desktop.exports.pdf.files import safe_file_name
from wall_desktop.gui.designer.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from wall_desktop.services.atomic_files import write_bytes_atomically
from wall_desktop.services.errors import WallError
from wall_desktop.services.storage_errors import WriteFailed

PRINT_DPI_CAP = 300  # enough for text and the QR code; 600 dpi A4 pages would take 140 MB each


def show_message(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon
) -> QMessageBox:
    """A window-modal message that does not block the caller (tests read ``text()``)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_save_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Where to save a PDF; ``None`` when the user cancels."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("pdf_preview", "PDF documents (*.pdf)"),
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class PdfPreviewDialog(QDialog):
    """Shows ``data`` (a PDF); ``file_name`` is offered when saving."""

    def __init__(
        self, data: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.data = data
        self.file_name = safe_file_name(file_name.removesuffix(".pdf")) + ".pdf"
        self.last_message: QMessageBox | None = None
        self.saved_to: Path | None = None
        # The document reads from this buffer for as long as it is shown.
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = self.ui.pdf_view
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)

        self.print_button = self.ui.print_button
        self.save_button = self.ui.save_button
        self.fit_button = self.ui.fit_button
        self.close_button = self.ui.close_button
        self.pages_label = self.ui.pages_label
        self.pages_label.setText(self._pages_text())
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.fit_button.toggled.connect(self._fit)
        self.close_button.clicked.connect(self.reject)

    # --- showing -----------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def _pages_text(self) -> str:
        count = self.page_count()
        if self.document.status() != QPdfDocument.Status.Ready:
            return self.tr("The document could not be shown.")
        return self.tr("Pages: {count}").replace("{count}", str(count))

    def _fit(self, width: bool) -> None:
        self.view.setZoomMode(
            QPdfView.ZoomMode.FitToWidth if width else QPdfView.ZoomMode.FitInView
        )

    # --- printing ----------------------------------------------------------------
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name.removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_count(), 1))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Each page (of the range chosen) drawn at full page size; False when cancelled."""
        count = self.page_count()
        if count == 0:
            return False
        first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
        last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
        printer.setFullPage(True)  # the documents carry their own margins
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        progress = QProgressDialog(
            self.tr("Sending the pages to the printer…"),
            self.tr("Cancel"),
            0,
            last - first + 1,
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            self.last_message = show_message(
                self,
                self.tr("Print"),
                self.tr("The printer could not be started; nothing was printed."),
                QMessageBox.Icon.Warning,
            )
            return False
        try:
            for n, index in enumerate(range(first, last + 1)):
                if progress.wasCanceled():
                    printer.abort()
                    return False
                if n:
                    printer.newPage()
                self._draw_page(painter, printer, index, dpi)
                progress.setValue(n + 1)
                QApplication.processEvents()
        finally:
            painter.end()
            progress.close()
            progress.deleteLater()
        return True

    def _draw_page(self, painter: QPainter, printer: QPrinter, index: int, dpi: int) -> None:
        points = self.document.pagePointSize(index)
        pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = self.document.render(index, pixels, QPdfDocumentRenderOptions())
        paper = printer.pageLayout().fullRectPixels(printer.resolution())
        scale = min(paper.width() / points.width(), paper.height() / points.height())
        width, height = points.width() * scale, points.height() * scale
        target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
        painter.drawImage(target, image.convertToFormat(QImage.Format.Format_RGB32))

    # --- saving ------------------------------------------------------------------
    def save_as(self) -> None:
        target = ask_save_path(self, self.tr("Save as PDF"), default_folder() / self.file_name)
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> bool:
        """Write the bytes atomically; a refusal is explained and leaves no partial file."""
        try:
            write_bytes_atomically(target, self.data)
        except (WallError, OSError) as exc:
            self.last_message = show_message(
                self, self.tr("Not saved"), self._refusal(target, exc), QMessageBox.Icon.Warning
            )
            return False
        self.saved_to = target
        self.pages_label.setText(self.tr("Saved to {path}").replace("{path}", os.fspath(target)))
        return True

    def _refusal(self, target: Path, exc: BaseException) -> str:
        if isinstance(exc, WriteFailed) and exc.kind == "full":
            return str(exc)
        if isinstance(exc, WriteFailed):
            reason = exc.detail
        elif isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
        else:
            reason = str(exc)
        return (
            self.tr(
                "The PDF could not be saved as {path} ({reason}). Nothing was written there; "
                "choose another folder, for example your Documents folder."
            )
            .replace("{path}", os.fspath(target))
            .replace("{reason}", reason)
        )


def open_preview(
    parent: QWidget | None, data: bytes, title: str, file_name: str
) -> PdfPreviewDialog:
    """Show a preview window-modally; it deletes itself when closed."""
    dialog = PdfPreviewDialog(data, title, file_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
