"""File → Export → Register of sent files: what was exported, when, by whom, with its SHA-256.

“Check a file…” takes a file (the one the funder has, say) and tells whether
exactly that content is in the register, so staff can prove what was sent.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from wall_desktop.gui import export_dialogs
from wall_desktop.gui.designer.ui_register_dialog import Ui_RegisterDialog
from wall_desktop.gui.forms import ERROR_STYLE, show_unexpected
from wall_desktop.gui.table_model import Column, RowTableModel, make_proxy
from wall_desktop.gui.tabs.base import make_table
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.errors import WallError
from wall_desktop.services.export_register import ExportRow, list_exports, matching_exports

OK_STYLE = "color: #1b5e20;"


def local_time(moment: dt.datetime) -> dt.datetime:
    """The register keeps UTC; people read their own clock."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone().replace(tzinfo=None)


def shown_time(moment: dt.datetime) -> str:
    return local_time(moment).strftime("%d.%m.%Y %H:%M")


def _kind(row: ExportRow) -> str:
    return (
        QCoreApplication.translate("export_register", "Report for the funder")
        if row.kind == "funder_workbook"
        else row.kind
    )


def register_columns() -> list[Column[ExportRow]]:
    return [
        Column(
            QCoreApplication.translate("export_register", "Exported"),
            lambda r: shown_time(r.exported_at),
            lambda r: (r.exported_at, r.id),
        ),
        Column(
            QCoreApplication.translate("export_register", "Operator"), lambda r: r.operator or ""
        ),
        Column(QCoreApplication.translate("export_register", "What"), _kind),
        Column(
            QCoreApplication.translate("export_register", "Scope"),
            lambda r: r.scope or "",
            tooltip=lambda r: r.scope,
        ),
        Column(
            QCoreApplication.translate("export_register", "File"),
            lambda r: Path(r.file_name).name,
            tooltip=lambda r: r.file_name,
        ),
        Column(
            QCoreApplication.translate("export_register", "SHA-256"),
            lambda r: r.sha256,
            tooltip=lambda r: r.sha256,
        ),
    ]


class RegisterDialog(QDialog):
    """The register of the open programme, newest first, and the check of a file."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegisterDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.model: RowTableModel[ExportRow] = RowTableModel(register_columns())
        self.proxy = make_proxy(self.model)
        self.table = make_table(self.proxy, "register")
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a checksum's both ends show
        self.ui.outer.insertWidget(1, self.table, 1)  # under the introduction
        QWidget.setTabOrder(self.table, self.ui.check_file)
        self.check_button = self.ui.check_file
        self.check_button.clicked.connect(self.check_file)
        self.verdict = self.ui.verdict
        self.ui.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        ctx = self.workspace.ctx
        pid = self.workspace.programme.id if self.workspace.programme else None
        run_task(lambda: list_exports(ctx, pid), self._fill, self._failed)

    def _fill(self, rows: list[ExportRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))

    def rows_shown(self) -> list[ExportRow]:
        return [self.proxy.row_at(r) for r in range(self.proxy.rowCount())]

    # --- checking a file ---------------------------------------------------------------
    def check_file(self) -> None:
        chosen = export_dialogs.ask_open_path(
            self, self.tr("Which file was sent?"), export_dialogs.export_folder()
        )
        if chosen:
            self.check(Path(chosen))

    def check(self, path: Path) -> None:
        ctx = self.workspace.ctx
        self.verdict.setText(self.tr("Computing the checksum…"))
        run_task(
            lambda: matching_exports(ctx, path),
            lambda found: self._show_verdict(path, found),
            self._failed,
        )

    def _show_verdict(self, path: Path, found: list[ExportRow]) -> None:
        if not found:
            self.verdict.setStyleSheet(ERROR_STYLE)
            self.verdict.setText(
                self.tr(
                    "{name} is not in the register: no exported file had exactly this content "
                    "(it was changed after the export, or never exported from here)."
                ).replace("{name}", path.name)
            )
            self.table.clearSelection()
            return
        first = found[-1]  # the oldest entry: when this content was first sent
        text = self.tr("{name} is in the register: exported on {when} by {operator} ({scope}).")
        if len(found) > 1:
            text += " " + self.tr("Entered {count} times; the latest on {latest}.")
        self.verdict.setStyleSheet(OK_STYLE)
        self.verdict.setText(
            text.replace("{name}", path.name)
            .replace("{when}", shown_time(first.exported_at))
            .replace("{operator}", first.operator or "?")
            .replace("{scope}", first.scope or _kind(first))
            .replace("{count}", str(len(found)))
            .replace("{latest}", shown_time(found[0].exported_at))
        )
        ids = {r.id for r in found}
        for r in range(self.proxy.rowCount()):
            if self.proxy.row_at(r).id in ids:
                self.table.selectRow(r)
                self.table.scrollTo(self.proxy.index(r, 0))
                break

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WallError):
            self.verdict.setStyleSheet(ERROR_STYLE)
            self.verdict.setText(str(error))
        elif isinstance(error, OSError):
            self.verdict.setStyleSheet(ERROR_STYLE)
            self.verdict.setText(
                self.tr("The file could not be read: {reason}").replace(
                    "{reason}", error.strerror or str(error)
                )
            )
        else:
            show_unexpected(self, error)
