"""The import wizard's later pages: the columns, the import running, and its summary.

The preview page has a module of its own (``import_preview``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QComboBox, QLabel, QWidget, QWizardPage

from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_import_mapping_page import Ui_ImportMappingPage
from wall_desktop.gui.designer.ui_import_run_page import Ui_ImportRunPage
from wall_desktop.gui.designer.ui_import_summary_page import Ui_ImportSummaryPage
from wall_desktop.gui.import_model import cell_text
from wall_desktop.gui.import_preview import ImportPreviewPage
from wall_desktop.gui.import_wizard import NOTE_STYLE
from wall_desktop.gui.import_work import Columns, match_columns
from wall_desktop.services.errors import Cancelled
from wall_desktop.services.importing import (
    FIELDS,
    ImportRefused,
    ImportSummary,
    Outcome,
    field_label,
    run_import,
)
from wall_desktop.services.importing.fields import Column

if TYPE_CHECKING:
    from wall_desktop.gui.import_wizard import ImportWizard

__all__ = ["ImportMappingPage", "ImportPreviewPage", "ImportRunPage", "ImportSummaryPage"]

translate = QCoreApplication.translate
SESSION_DATE = "@session-date"  # combo data: a date column of an attendance grid, as found
EXAMPLES = 3


def open_url(url: QUrl) -> bool:
    """Tests replace this (no desktop to open folders in)."""
    return QDesktopServices.openUrl(url)


# --- page 3: the columns -------------------------------------------------------------------
class ImportMappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.ui = Ui_ImportMappingPage()
        self.ui.setupUi(self)
        self.w = wizard
        self.header_note = self.ui.header_note
        self.reset_button = self.ui.reset_mapping
        self.reset_button.clicked.connect(self.reset)
        self.grid = self.ui.grid  # a header line and a row per column, made when shown
        self.status = self.ui.status
        self.combos: dict[str, QComboBox] = {}  # by header
        self._shown: tuple[int, tuple[str, ...]] | None = None

    def initializePage(self) -> None:
        self._shown = None
        self.show_columns()

    def show_columns(self) -> None:
        state = self.w.state
        columns = state.columns
        if state.mapping_error:
            self.status.error(state.mapping_error)
        else:
            self.status.idle()
        if columns is None:
            self._clear()
            self.header_note.setText("")
            self.completeChanged.emit()
            return
        self.header_note.setText(
            self.tr("The header is row {row} of the file.").replace(
                "{row}", str(columns.header_row)
            )
        )
        shown = [c for c in columns.columns if c.header]
        key = (columns.header_row, tuple(c.header for c in shown))
        if key != self._shown:
            self._build(shown)
            self._shown = key
        for c in shown:
            combo = self.combos.get(c.header)
            if combo is not None:
                combo.setCurrentIndex(combo.findData(_choice(c)))
        self.completeChanged.emit()

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos.clear()
        self._shown = None

    def _build(self, shown: list[Column]) -> None:
        self._clear()
        bold = QFont()
        bold.setBold(True)
        for col, text in enumerate(
            (self.tr("Column of the file"), self.tr("Imported as"), self.tr("First values"))
        ):
            head = QLabel(text)
            head.setFont(bold)
            self.grid.addWidget(head, 0, col)
        state = self.w.state
        previous: QWidget = self.reset_button
        for row, c in enumerate(shown, start=1):
            name = QLabel(c.header)
            name.setObjectName(f"header_{c.index}")
            combo = QComboBox()
            combo.setObjectName(f"field_{c.index}")
            combo.setMinimumContentsLength(24)
            combo.addItem(self.tr("— leave out —"), None)
            if c.header in state.auto_dates or c.session_date is not None:
                day = f"{c.session_date:%d.%m.%Y}" if c.session_date else c.header
                combo.addItem(self.tr("attendance on {date}").replace("{date}", day), SESSION_DATE)
            for f in FIELDS[state.kind]:
                combo.addItem(field_label(state.kind, f.key), f.key)
            name.setBuddy(combo)
            combo.activated.connect(lambda _i, h=c.header, box=combo: self.chosen(h, box))
            examples = QLabel(self._examples(c.index))
            examples.setStyleSheet(NOTE_STYLE)
            examples.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(examples, row, 2)
            self.combos[c.header] = combo
            QWidget.setTabOrder(previous, combo)
            previous = combo
        self.grid.setRowStretch(len(shown) + 1, 1)

    def _examples(self, index: int) -> str:
        state = self.w.state
        header_row = state.columns.header_row if state.columns else 0
        found: list[str] = []
        for number, cells in state.sample:
            if number > header_row and index < len(cells):
                text = cell_text(cells[index]).replace("\n", " ").strip()
                if text:
                    found.append(text if len(text) <= 40 else text[:39] + "…")
            if len(found) == EXAMPLES:
                break
        return " · ".join(found)

    def chosen(self, header: str, combo: QComboBox) -> None:
        value = combo_value(combo)
        if value == SESSION_DATE:
            self.w.state.overrides.pop(header, None)
        else:
            self.w.state.overrides[header] = value
        self.rematch()

    def reset(self) -> None:
        self.w.state.overrides.clear()
        self.rematch()

    def rematch(self) -> None:
        state = self.w.state
        detection, sample, kind = state.detection, state.sample, state.kind
        overrides = dict(state.overrides)
        if detection is None:
            return

        def matched(found: Columns) -> None:
            state.take_columns(found.columns, found.error)
            self.show_columns()

        self.w.run(
            lambda progress, cancelled: match_columns(kind, detection, sample, overrides),
            matched,
            self.status,
            self.tr("Matching the columns…"),
        )

    def isComplete(self) -> bool:
        state = self.w.state
        return not self.w.busy and state.columns is not None and state.mapping_error is None


def _choice(c: Column) -> str | None:
    if c.field is not None:
        return c.field
    return SESSION_DATE if c.session_date is not None else None


# --- page 5: the import running ------------------------------------------------------------
class ImportRunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.ui = Ui_ImportRunPage()
        self.ui.setupUi(self)
        self.w = wizard
        self.status = self.ui.status
        self.hint = self.ui.hint

    def initializePage(self) -> None:
        self.hint.setText("")
        self.w.state.summary = None
        ctx, state = self.w.workspace.ctx, self.w.state
        kind, path, options = state.kind, state.path, self.w.import_options()
        assert path is not None
        self.w.run(
            lambda progress, cancelled: run_import(
                ctx, kind, path, options, progress=progress, cancelled=cancelled
            ),
            self.done,
            self.status,
            self.tr("Importing… (the rows are checked again as they are written)"),
            on_error=self.failed,
            close_on_cancel=False,
        )

    def done(self, summary: ImportSummary) -> None:
        self.w.state.summary = summary
        self.setCommitPage(True)  # no way back once the import is in
        self.w.imported.emit(summary)
        self.completeChanged.emit()
        self.w.advance()

    def failed(self, error: BaseException) -> bool:
        back = self.tr("Go back to change the choices and try again.")
        if isinstance(error, ImportRefused):
            self.w.preview_page.show_preview(error.preview)
            self.status.error(str(error))
            self.hint.setText(back)
            return True
        if isinstance(error, Cancelled):
            self.status.info(str(error))
            self.hint.setText(back)
            return True
        self.hint.setText(back)
        return False

    def isComplete(self) -> bool:
        return not self.w.busy and self.w.state.summary is not None

    def validatePage(self) -> bool:
        return self.isComplete()


# --- page 6: the summary -------------------------------------------------------------------
class ImportSummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.ui = Ui_ImportSummaryPage()
        self.ui.setupUi(self)
        self.w = wizard
        self.setFinalPage(True)
        self.headline = self.ui.headline
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        self.numbers = self.ui.numbers
        ui = self.ui
        self.values: dict[str, QLabel] = {
            "created": ui.value_created,
            "updated": ui.value_updated,
            "skipped": ui.value_skipped,
            "errors": ui.value_errors,
            "neighbourhoods": ui.value_neighbourhoods,
            "programme": ui.value_programme,
        }
        for key in ("created", "updated"):
            self.values[key].setFont(font)
        self.backup = ui.backup
        self.report = ui.report
        self.open_report_button = ui.open_report
        self.open_folder_button = ui.open_folder
        self.open_report_button.clicked.connect(lambda: self._open(folder=False))
        self.open_folder_button.clicked.connect(lambda: self._open(folder=True))

    def initializePage(self) -> None:
        summary = self.w.state.summary
        if summary is None:
            return
        if summary.written:
            self.headline.setText(self.tr("The data was imported."))
        else:
            self.headline.setText(self.tr("Nothing was imported: every row was left out."))
        created = summary.preview.new_neighbourhoods if summary.written else ()
        for key, value in (
            ("created", str(summary.created)),
            ("updated", str(summary.updated)),
            ("skipped", str(summary.skipped)),
            ("errors", str(summary.preview.count(Outcome.ERROR))),
            ("neighbourhoods", ", ".join(created)),
            ("programme", summary.preview.programme_name),
        ):
            self.values[key].setText(value)
        self.numbers.setRowVisible(self.values["neighbourhoods"], bool(created))
        has_report = summary.report_path is not None
        self.report.setText(
            self.tr("The rows left out, and why, are listed in {path}").replace(
                "{path}", str(summary.report_path)
            )
            if has_report
            else ""
        )
        self.report.setVisible(has_report)
        self.open_report_button.setVisible(has_report)
        self.open_folder_button.setVisible(has_report)
        if summary.backup_path is not None:
            self.backup.setText(
                self.tr("A backup was made before the import: {path}").replace(
                    "{path}", str(summary.backup_path)
                )
            )
        else:
            self.backup.setText(self.tr("No backup was made (the database is not a file)."))

    def _open(self, folder: bool) -> None:
        summary = self.w.state.summary
        if summary is None or summary.report_path is None:
            return
        target: Path = summary.report_path.parent if folder else summary.report_path
        open_url(QUrl.fromLocalFile(str(target)))
