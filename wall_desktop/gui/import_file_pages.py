"""The import wizard's first pages: what to import and from which file, then the file
as read (sheet, encoding, separator) with its first rows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QComboBox, QFileDialog, QRadioButton, QWidget, QWizardPage

from wall_desktop.gui.app import settings_store
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_import_file_page import Ui_ImportFilePage
from wall_desktop.gui.designer.ui_import_source_page import Ui_ImportSourcePage
from wall_desktop.gui.import_model import RawRowsModel
from wall_desktop.gui.import_work import FileLook, look_at_file
from wall_desktop.services.importing import Kind

if TYPE_CHECKING:
    from wall_desktop.gui.import_wizard import ImportWizard

FOLDER_KEY = "import/folder"


# --- what tests replace ------------------------------------------------------------------
def ask_open_path(parent: QWidget | None, caption: str, folder: Path, filters: str) -> str:
    path, _chosen = QFileDialog.getOpenFileName(parent, caption, str(folder), filters)
    return path


def import_folder() -> Path:
    remembered = settings_store().value(FOLDER_KEY)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


# --- page 1: what and from which file ------------------------------------------------------
class ImportSourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.ui = Ui_ImportSourcePage()
        self.ui.setupUi(self)
        self.w = wizard
        self.kind_buttons: dict[Kind, QRadioButton] = {
            Kind.PEOPLE: self.ui.kind_people,
            Kind.SESSIONS: self.ui.kind_sessions,
            Kind.ATTENDANCE: self.ui.kind_attendance,
        }
        self.kind_buttons[wizard.state.kind].setChecked(True)
        self.kinds = self.ui.kinds
        self.path_edit = self.ui.path
        self.browse_button = self.ui.browse
        self.browse_button.clicked.connect(self.browse)
        self.status = self.ui.status
        self.path_edit.textChanged.connect(lambda _t: self._changed())
        self.kinds.idToggled.connect(lambda _i, _on: self._changed())

    def kind(self) -> Kind:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        current = self.path()
        start = current.parent if current is not None else import_folder()
        chosen = ask_open_path(
            self,
            self.tr("Choose the file to import"),
            start,
            self.tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)")
            + ";;"
            + self.tr("All files (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _changed(self) -> None:
        self.status.idle()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.w.busy and self.path() is not None

    def validatePage(self) -> bool:
        kind, path = self.kind(), self.path()
        if path is None:
            return False
        state = self.w.state
        if state.looked_for == (kind, path) and state.detection is not None:
            return True
        if state.looked_for is None or state.looked_for != (kind, path):
            state.overrides.clear()
            state.decisions.clear()
            state.report_path = None
        state.kind, state.path = kind, path

        def seen(look: FileLook) -> None:
            state.take_look(look)
            state.looked_for = (kind, path)
            settings_store().setValue(FOLDER_KEY, str(path.parent))
            self.w.advance()

        self.w.run(
            lambda progress, cancelled: look_at_file(kind, path, dict(state.overrides)),
            seen,
            self.status,
            self.tr("Reading the file…"),
        )
        return False


# --- page 2: the file as read ------------------------------------------------------------
ENCODINGS = ("utf-8-sig", "utf-8", "cp1250")
SEPARATORS = (";", ",", "\t")


class ImportFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.ui = Ui_ImportFilePage()
        self.ui.setupUi(self)
        self.format_label = self.ui.format
        self.sheet = self.ui.sheet
        self.encoding = self.ui.encoding
        self.separator = self.ui.separator
        self.form = self.ui.form
        self.table = self.ui.raw_rows
        self.status = self.ui.status
        for code, text in zip(
            ENCODINGS,
            (
                self.tr("UTF-8 with a byte order mark"),
                self.tr("UTF-8"),
                self.tr("Windows-1250 (Polish Windows)"),
            ),
            strict=True,
        ):
            self.encoding.addItem(text, code)
        for code, text in zip(
            SEPARATORS,
            (self.tr("semicolon ( ; )"), self.tr("comma ( , )"), self.tr("tab")),
            strict=True,
        ):
            self.separator.addItem(text, code)
        self.rows_model = RawRowsModel()
        self.table.setModel(self.rows_model)
        for combo in (self.sheet, self.encoding, self.separator):
            combo.activated.connect(lambda _i: self.reread())

    def initializePage(self) -> None:
        self.show_look()

    def show_look(self) -> None:
        d = self.w.state.detection
        csv = d is not None and d.format == "csv"
        self.form.setRowVisible(self.sheet, d is not None and not csv)
        self.form.setRowVisible(self.encoding, csv)
        self.form.setRowVisible(self.separator, csv)
        if d is None:
            self.rows_model.set_rows([], None)
            self.completeChanged.emit()
            return
        size = QLocale().formattedDataSize(d.size)
        if csv:
            self.format_label.setText(self.tr("a csv text file, {size}").replace("{size}", size))
            _select(self.encoding, d.encoding)
            _select(self.separator, d.delimiter)
        else:
            self.format_label.setText(
                self.tr("an Excel workbook (xlsx), {size}").replace("{size}", size)
            )
            self.sheet.clear()
            self.sheet.addItems(list(d.sheets))
            self.sheet.setCurrentText(d.sheet or "")
        columns = self.w.state.columns
        self.rows_model.set_rows(self.w.state.sample, columns.header_row if columns else None)
        self.table.resizeColumnsToContents()
        for column in range(self.rows_model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.completeChanged.emit()

    def reread(self) -> None:
        state = self.w.state
        path, kind = state.path, state.kind
        if path is None:
            return
        d = state.detection
        csv = d.format == "csv" if d is not None else self.encoding.isVisibleTo(self)
        sheet = None if csv else self.sheet.currentText() or None
        encoding = combo_value(self.encoding) if csv else None
        delimiter = combo_value(self.separator) if csv else None
        overrides = dict(state.overrides)

        def seen(look: FileLook) -> None:
            state.take_look(look)
            self.show_look()

        def failed(error: BaseException) -> bool:
            state.detection = None
            state.sample = ()
            state.take_columns(None, None)
            self.rows_model.set_rows([], None)
            self.completeChanged.emit()
            return False  # the status area shows the message

        self.w.run(
            lambda progress, cancelled: look_at_file(
                kind, path, overrides, sheet=sheet, encoding=encoding, delimiter=delimiter
            ),
            seen,
            self.status,
            self.tr("Reading the file again…"),
            on_error=failed,
        )

    def isComplete(self) -> bool:
        return not self.w.busy and self.w.state.detection is not None


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index < 0 and value is not None:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
