"""File → Export: the funder's workbook dialog, and “Export this table” for any view.

Both write through the Qt-free exporters (``exports.workbook``,
``exports.table_export``) in the worker, with a progress bar and a Cancel
that leaves the folder as it was, then offer to open the file or its folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTableView,
    QWidget,
)

from wall_desktop.gui.app import settings_store
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_workbook_dialog import Ui_WorkbookDialog
from wall_desktop.gui.forms import ERROR_STYLE, set_date, show_unexpected
from wall_desktop.gui.worker import Task, run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.errors import Cancelled, WallError
from wall_desktop.services.neighbourhoods import NeighbourhoodRow, list_neighbourhoods

if TYPE_CHECKING:
    from wall_desktop.exports.workbook import WorkbookOptions, WorkbookResult

# The exporters (openpyxl, the workbook package: ~0.3 s; ``view_export`` brings
# ``table_export``) are imported at first use, on the
# GUI thread, not when the window starts: see tests/unit/test_startup_cost.py.

FOLDER_KEY = "export/folder"
NOTE_STYLE = "color: #555;"


# --- shared helpers (tests replace ask_save_path and open_url) --------------------------
def ask_save_path(parent: QWidget | None, caption: str, suggested: Path, filters: str) -> str:
    """The file the user chose ("" when cancelled); Qt's dialog asks before overwriting."""
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    return path


def ask_open_path(parent: QWidget | None, caption: str, folder: Path) -> str:
    path, _chosen = QFileDialog.getOpenFileName(parent, caption, str(folder))
    return path


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def open_file(path: Path) -> bool:
    return open_url(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    return open_url(QUrl.fromLocalFile(str(path.parent)))


def export_folder() -> Path:
    """The folder of the last export, else Documents, else the home folder."""
    remembered = settings_store().value(FOLDER_KEY)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(path: Path) -> None:
    store = settings_store()
    store.setValue(FOLDER_KEY, str(path.parent))
    store.sync()


def offer_to_open(parent: QWidget, path: Path, text: str) -> QMessageBox:
    """A non-blocking message with “Open the file” and “Open the folder”."""
    box = QMessageBox(parent)
    box.setObjectName("export_done")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("export", "Export"))
    box.setText(text)
    open_it = box.addButton(
        QCoreApplication.translate("export", "Open the file"), QMessageBox.ButtonRole.ActionRole
    )
    folder = box.addButton(
        QCoreApplication.translate("export", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    open_it.setObjectName("open_file")
    folder.setObjectName("open_folder")
    open_it.clicked.connect(lambda: open_file(path))
    folder.clicked.connect(lambda: open_folder(path))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_refusal(parent: QWidget, error: BaseException) -> None:
    """A refusal or cancellation in the user's words; anything else as an unexpected error."""
    if isinstance(error, Cancelled):
        QMessageBox.information(parent, QCoreApplication.translate("export", "Export"), str(error))
    elif isinstance(error, WallError):
        QMessageBox.warning(parent, QCoreApplication.translate("export", "Export"), str(error))
    else:
        show_unexpected(parent, error)


# --- “Export this table” -----------------------------------------------------------------
def export_view_table(
    parent: QWidget,
    view: QTableView,
    title: str,
    operator: str | None = None,
    siblings: Sequence[QTableView] = (),
) -> Task | None:
    """Ask for a file (xlsx or csv) and write exactly what ``view`` shows into it."""
    from wall_desktop.exports.table_export import write_table
    from wall_desktop.exports.workbook import check_target
    from wall_desktop.gui.view_export import default_table_name, table_from_view, with_suffix

    table = table_from_view(view, title, siblings)  # read on the GUI thread, as shown now
    xlsx, csv = (
        QCoreApplication.translate("export", "Excel workbook (*.xlsx)"),
        QCoreApplication.translate("export", "CSV for Excel, semicolons (*.csv)"),
    )
    chosen = ask_save_path(
        parent,
        QCoreApplication.translate("export", "Export this table"),
        export_folder() / default_table_name(title),
        f"{xlsx};;{csv}",
    )
    if not chosen:
        return None
    target = with_suffix(chosen, "csv" if chosen.lower().endswith(".csv") else "xlsx")
    try:
        check_target(target)
    except WallError as error:
        show_refusal(parent, error)
        return None
    remember_folder(target)

    def done(path: Path) -> None:
        text = QCoreApplication.translate("export", "Exported {rows} rows to {path}.")
        offer_to_open(
            parent, path, text.replace("{rows}", str(len(table.rows))).replace("{path}", str(path))
        )

    return run_task(
        lambda progress, cancelled: write_table(
            table, target, operator=operator, progress=progress, cancelled=cancelled
        ),
        done,
        lambda error: show_refusal(parent, error),
        progress_parent=parent,
        progress_label=QCoreApplication.translate("export", "Exporting the table…"),
    )


# --- the funder's workbook ---------------------------------------------------------------
def default_workbook_name(neighbourhood: str | None = None, today: dt.date | None = None) -> str:
    """“WALL – zestawienie 2023-08-01.xlsx” (with the neighbourhood when it is one)."""
    from wall_desktop.gui.view_export import safe_file_name

    day = (today or dt.date.today()).isoformat()
    if neighbourhood:
        name = QCoreApplication.translate("export", "WALL – report {neighbourhood} {date}").replace(
            "{neighbourhood}", neighbourhood
        )
    else:
        name = QCoreApplication.translate("export", "WALL – report {date}")
    return safe_file_name(name.replace("{date}", day)) + ".xlsx"


def _date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class WorkbookDialog(QDialog):
    """Scope, period, contact data and target; Export runs in the worker with a Cancel."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui = Ui_WorkbookDialog()
        ui.setupUi(self)
        self.workspace = workspace
        programme = workspace.programme
        assert programme is not None, "the action checks for an open programme"
        self.programme = programme
        self.task: Task | None = None
        self._running = False
        self.outcome: WorkbookResult | None = None
        self._auto_target = True  # the name follows the scope until the user picks one

        ui.heading.setText(
            self.tr(
                "One Excel workbook for {funder}: indicators, participants, attendance, "
                "projects, budget, expenses and certificates of {programme}."
            )
            .replace("{funder}", programme.funder or self.tr("the funder"))
            .replace("{programme}", programme.name)
        )
        self.whole, self.one = ui.scope_whole, ui.scope_one
        self.scope_group = ui.scope_group
        self.neighbourhood = ui.neighbourhood
        self.limit_dates = ui.limit_dates
        self.date_from, self.date_to = ui.date_from, ui.date_to
        set_date(self.date_from, programme.start_date, optional=False)
        set_date(self.date_to, programme.end_date, optional=False)
        self.with_contacts = ui.with_contacts
        self.target = ui.target
        self.target.setText(str(export_folder() / default_workbook_name()))
        self.target.textEdited.connect(self._target_typed)
        self.choose = ui.choose_target
        self.choose.clicked.connect(self.choose_target)

        self.progress = ui.progress
        keep_place = self.progress.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # no jump in the layout when it appears
        self.progress.setSizePolicy(keep_place)
        self.status = ui.status
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)

        self.buttons = ui.buttons
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export")
        self.open_file_button = self.buttons.addButton(
            self.tr("Open the file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_file_button.setObjectName("open_file")
        self.open_folder_button = self.buttons.addButton(
            self.tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder_button.setObjectName("open_folder")
        self.cancel_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("cancel")
        self.export_button.setDefault(True)
        for button in (self.open_file_button, self.open_folder_button):
            button.hide()
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.open_file_button.clicked.connect(lambda: self._open(open_file))
        self.open_folder_button.clicked.connect(lambda: self._open(open_folder))

        self.one.toggled.connect(self._scope_changed)
        self.neighbourhood.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.limit_dates.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)
        self.resize(720, self.sizeHint().height())
        ctx, pid = workspace.ctx, programme.id
        run_task(lambda: list_neighbourhoods(ctx, pid), self._fill_neighbourhoods, self._failed)

    # --- the form ------------------------------------------------------------------
    def _fill_neighbourhoods(self, rows: list[NeighbourhoodRow]) -> None:
        self.neighbourhood.blockSignals(True)
        self.neighbourhood.clear()
        for n in rows:
            self.neighbourhood.addItem(n.name, n.id)
        self.neighbourhood.blockSignals(False)
        self.one.setEnabled(bool(rows))

    def _scope_changed(self, *_args: object) -> None:
        self.neighbourhood.setEnabled(self.one.isChecked())
        if self._auto_target:
            name = self.neighbourhood.currentText() if self.one.isChecked() else None
            folder = Path(self.target.text()).parent if self.target.text() else export_folder()
            self.target.setText(str(folder / default_workbook_name(name)))

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    def _target_typed(self, _text: str) -> None:
        self._auto_target = False

    def choose_target(self) -> None:
        from wall_desktop.gui.view_export import with_suffix

        current = Path(self.target.text()) if self.target.text() else export_folder()
        chosen = ask_save_path(
            self, self.tr("Save the report as"), current, self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self._auto_target = False
            self.target.setText(str(with_suffix(chosen, "xlsx")))

    def options(self) -> WorkbookOptions:
        from wall_desktop.exports.workbook import WorkbookOptions

        hood = combo_value(self.neighbourhood) if self.one.isChecked() else None
        limited = self.limit_dates.isChecked()
        return WorkbookOptions(
            programme_id=self.programme.id,
            neighbourhood_id=hood,
            date_from=_date(self.date_from) if limited else None,
            date_to=_date(self.date_to) if limited else None,
            with_contacts=self.with_contacts.isChecked(),
        )

    def target_path(self) -> Path:
        text = self.target.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    # --- running -------------------------------------------------------------------
    def running(self) -> bool:
        return self._running

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def start(self) -> None:
        from wall_desktop.exports.workbook import check_options, check_target
        from wall_desktop.exports.workbook import export_workbook as run_workbook_export

        if self.running():
            return
        if not self.target.text().strip():
            self._say(self.tr("Give the file to write."), error=True)
            return
        options = self.options()
        target = self.target_path()
        try:
            check_options(options)
            check_target(target)
        except WallError as error:
            self._say(str(error), error=True)
            return
        self.target.setText(str(target))
        self.outcome = None
        for button in (self.open_file_button, self.open_folder_button):
            button.hide()
        self._set_running(True)
        self.progress.show()
        self._say(self.tr("Writing {name}…").replace("{name}", target.name))
        ctx = self.workspace.ctx
        self._running = True
        task = run_task(
            lambda progress, cancelled: run_workbook_export(
                ctx, options, target, progress=progress, cancelled=cancelled
            ),
            lambda result: self._finished(self._done, result),
            lambda error: self._finished(self._failed, error),
        )
        if self._running:  # not yet finished (a synchronous pool runs it at once)
            self.task = task
            task.progressed.connect(self._progressed)

    def _set_running(self, on: bool) -> None:
        for widget in (self.export_button, self.choose, self.target, self.whole, self.one,
                       self.neighbourhood, self.limit_dates, self.date_from, self.date_to,
                       self.with_contacts):  # fmt: skip
            widget.setEnabled(not on)
        if not on:
            self.neighbourhood.setEnabled(self.one.isChecked())
            self._dates_toggled(self.limit_dates.isChecked())
        self.cancel_button.setText(self.tr("Cancel") if on else self.tr("Close"))
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0 if on else 1)  # busy until the first report
        if not on:
            self.progress.setValue(1 if self.outcome is not None else 0)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _done(self, result: WorkbookResult) -> None:
        self.outcome = result
        remember_folder(result.path)
        text = self.tr("Saved {path}. It is entered in the register of sent files (SHA-256 {sha}).")
        self._say(
            text.replace("{path}", str(result.path)).replace("{sha}", result.sha256[:16] + "…")
        )
        for button in (self.open_file_button, self.open_folder_button):
            button.show()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._say(str(error))  # “Export cancelled: no file was written.”
        elif isinstance(error, WallError):
            self._say(str(error), error=True)
        else:
            self._say(self.tr("The export failed; nothing was written."), error=True)
            show_unexpected(self, error)

    def _finished(self, report: Any, value: Any) -> None:
        self._running = False
        self.task = None
        report(value)
        self._set_running(False)

    def cancel_export(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Cancel stops a running export (the dialog stays until it has stopped)."""
        if self.running():
            self.cancel_export()
            return
        super().reject()

    def _open(self, how: Any) -> None:
        if self.outcome is not None:
            how(self.outcome.path)
