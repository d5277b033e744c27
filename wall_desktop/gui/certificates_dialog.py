"""Leader certificates: who may get one, issuing, the register, printing and revoking.

Everything is read and written through ``services.certificates`` and
``services.documents``; printing batches run in the worker with progress and
a Cancel that leaves no file behind.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from wall_desktop.exports.pdf.certificate import person_file_name, render_certificates
from wall_desktop.gui.certificate_issue import IssueForm
from wall_desktop.gui.certificate_revoke import RevokeForm
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_certificates_dialog import Ui_CertificatesDialog
from wall_desktop.gui.forms import show_unexpected
from wall_desktop.gui.logos_dialog import LogosDialog
from wall_desktop.gui.pdf_preview import (
    PdfPreviewDialog,
    ask_save_path,
    default_folder,
    open_preview,
)
from wall_desktop.gui.record_table import prepare_table
from wall_desktop.gui.table_model import RIGHT, ROW_ROLE, Column, RowTableModel, make_proxy
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.certificates import (
    CertificateRow,
    IssueResult,
    KeyState,
    PendingCertificate,
    SigningKey,
    certificate_pages,
    create_signing_key,
    list_certificates,
    pending_certificates,
    signing_key,
)
from wall_desktop.services.documents import write_certificate_batch
from wall_desktop.services.errors import Cancelled, WallError
from wall_desktop.services.formatting import format_date, format_hours, format_percent
from wall_desktop.services.neighbourhoods import NeighbourhoodRow, list_neighbourhoods

ISSUED = "issued"  # CertificateStatus.ISSUED; the GUI does not import the db layer


@dataclass(frozen=True)
class Snapshot:
    key: SigningKey
    neighbourhoods: list[NeighbourhoodRow]
    pending: list[PendingCertificate]
    register: list[CertificateRow]


def read_snapshot(ctx: Any, programme_id: int, neighbourhood_id: int | None) -> Snapshot:
    """The dialog's data in the worker: eligibility, the register and the names."""
    pending = pending_certificates(ctx, programme_id, neighbourhood_id=neighbourhood_id)
    register = list_certificates(ctx, programme_id, neighbourhood_id=neighbourhood_id)
    return Snapshot(
        signing_key(ctx, programme_id),
        list_neighbourhoods(ctx, programme_id),
        pending,
        register,
    )


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, title, str(default_folder()))
    return Path(folder) if folder else None


class CertificatesDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        neighbourhood_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CertificatesDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.programme_id = workspace.programme_id
        self.preview: PdfPreviewDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.issue_form: IssueForm | None = None
        self.revoke_form: RevokeForm | None = None
        self.logos_dialog: LogosDialog | None = None
        self._wanted_scope = neighbourhood_id
        self._select_after: set[int] = set()
        self.can_issue = False

        ui = self.ui
        self.scope, self.key_note, self.status = ui.scope, ui.key_note, ui.status
        self.scope.addItem(self.tr("The whole programme"), None)
        self.issue_button, self.preview_button = ui.issue_button, ui.preview_button
        self.save_button, self.per_person_button = ui.save_button, ui.per_person_button
        self.revoke_button, self.key_button = ui.revoke_button, ui.key_button
        self.logos_button = ui.logos_button
        self.key_button.hide()  # shown when the programme has no key yet

        self.pending_model: RowTableModel[PendingCertificate] = RowTableModel(
            self._pending_columns()
        )
        self.pending_table = ui.pending
        prepare_table(self.pending_table, make_proxy(self.pending_model))
        self.register_model: RowTableModel[CertificateRow] = RowTableModel(self._register_columns())
        self.register_table = ui.register
        prepare_table(self.register_table, make_proxy(self.register_model))
        for table in (self.pending_table, self.register_table):
            table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        ui.certificates_splitter.setStretchFactor(1, 2)

        self.issue_button.clicked.connect(self.ask_issue)
        self.preview_button.clicked.connect(self.preview_selected)
        self.save_button.clicked.connect(lambda: self.save_batch(per_person=False))
        self.per_person_button.clicked.connect(lambda: self.save_batch(per_person=True))
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.key_button.clicked.connect(self.ask_create_key)
        self.logos_button.clicked.connect(self.open_logos)
        ui.buttons.rejected.connect(self.reject)
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.pending_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.register_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.load()

    def _pending_columns(self) -> Sequence[Column[PendingCertificate]]:
        return [
            Column(self.tr("Name"), lambda r: f"{r.last_name} {r.first_name}"),
            Column(self.tr("Neighbourhood"), lambda r: r.neighbourhood),
            Column(self.tr("Hours"), lambda r: format_hours(r.hours), lambda r: r.hours, RIGHT),
            Column(
                self.tr("Attendance"),
                lambda r: format_percent(r.share, 1),
                lambda r: r.share,
                RIGHT,
            ),
        ]

    def _register_columns(self) -> Sequence[Column[CertificateRow]]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Name"), lambda r: r.full_name),
            Column(self.tr("Neighbourhood"), lambda r: r.neighbourhood or ""),
            Column(
                self.tr("Issued on"), lambda r: format_date(r.issue_date), lambda r: r.issue_date
            ),
            Column(self.tr("Hours"), lambda r: format_hours(r.hours), lambda r: r.hours, RIGHT),
            Column(
                self.tr("Status"),
                self._status_text,
                tooltip=lambda r: r.revoke_reason,
                warn=lambda r: str(r.status) != ISSUED,
            ),
        ]

    def _status_text(self, row: CertificateRow) -> str:
        if str(row.status) == ISSUED:
            return self.tr("valid")
        return self.tr("revoked on {date}").replace("{date}", format_date(row.revoked_on))

    # --- reading -----------------------------------------------------------------
    def neighbourhood_id(self) -> int | None:
        # Before the first read fills the box, the scope asked for at opening counts.
        value = self._wanted_scope if self._wanted_scope is not None else combo_value(self.scope)
        return int(value) if value is not None else None

    def load(self) -> None:
        ctx, pid, hood = self.workspace.ctx, self.programme_id, self.neighbourhood_id()
        run_task(lambda: read_snapshot(ctx, pid, hood), self._fill, self._failed)

    def _fill(self, snapshot: Snapshot) -> None:
        self._fill_scope(snapshot.neighbourhoods)
        self.pending_model.set_rows(snapshot.pending)
        self.register_model.set_rows(snapshot.register)
        for table in (self.pending_table, self.register_table):
            table.resizeColumnsToContents()
        self._show_key(snapshot.key)
        self.can_issue = snapshot.key.state is KeyState.PRIVATE
        if self._select_after:
            self._select_register(self._select_after)
            self._select_after = set()
        self._update_buttons()

    def _show_key(self, key: SigningKey) -> None:
        self.key_button.setVisible(key.state is KeyState.NONE)
        if key.state is KeyState.PRIVATE:
            self.key_note.hide()
            return
        if key.state is KeyState.PUBLIC_ONLY:
            note = self.tr(
                "This database holds only the programme's public key. It can check "
                "certificates and reprint the ones in its register, but it cannot issue "
                "new ones: issue them in the office database."
            )
        else:
            note = self.tr(
                "The programme has no signing key yet, so no certificate can be issued. "
                "The key is created once, in the office database: Create signing key…"
            )
        self.key_note.setText(note)
        self.key_note.show()

    def _fill_scope(self, neighbourhoods: list[NeighbourhoodRow]) -> None:
        chosen = self.neighbourhood_id()
        self._wanted_scope = None
        self.scope.blockSignals(True)
        while self.scope.count() > 1:
            self.scope.removeItem(1)
        for n in neighbourhoods:
            self.scope.addItem(n.name, n.id)
        self.scope.setCurrentIndex(max(self.scope.findData(chosen), 0))
        self.scope.blockSignals(False)

    def _update_buttons(self, *_args: object) -> None:
        self.issue_button.setEnabled(self.can_issue and self.pending_model.total_rows() > 0)
        has_live = any(str(r.status) == ISSUED for r in self.register_model.rows())
        for button in (self.preview_button, self.save_button, self.per_person_button):
            button.setEnabled(has_live)
        chosen = self.selected_certificates()
        self.revoke_button.setEnabled(len(chosen) == 1 and str(chosen[0].status) == ISSUED)

    # --- selections --------------------------------------------------------------
    def selected_pending(self) -> list[PendingCertificate]:
        proxy = self.pending_table.model()
        rows = {i.row() for i in self.pending_table.selectionModel().selectedRows()}
        return [proxy.index(r, 0).data(ROW_ROLE) for r in sorted(rows)]

    def selected_certificates(self) -> list[CertificateRow]:
        proxy = self.register_table.model()
        rows = {i.row() for i in self.register_table.selectionModel().selectedRows()}
        return [proxy.index(r, 0).data(ROW_ROLE) for r in sorted(rows)]

    def _select_register(self, ids: set[int]) -> None:
        table = self.register_table
        proxy = table.model()
        selection = table.selectionModel()
        table.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(ROW_ROLE).id in ids:
                selection.select(proxy.index(r, 0), flags)

    def _chosen_ids(self) -> list[int] | None:
        """The selected certificates, or ``None``: every live one of the scope."""
        chosen = self.selected_certificates()
        return [c.id for c in chosen] if chosen else None

    # --- issuing -----------------------------------------------------------------
    def ask_issue(self) -> None:
        people = self.selected_pending() or self.pending_model.rows()
        if not people:
            return
        form = IssueForm(
            self.workspace.ctx,
            self.programme_id,
            self.neighbourhood_id(),
            [p.person_id for p in people],
            self,
        )
        self.issue_form = form
        form.accepted.connect(lambda: self._issued(form.result_value))
        form.finished.connect(form.deleteLater)
        form.open()

    # --- the signing key and the logos ---------------------------------------------
    def ask_create_key(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("confirm_key")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Create signing key"))
        box.setText(self.tr("Create the programme's signing key in this database?"))
        box.setInformativeText(
            self.tr(
                "Do this once, in the office database: the database that holds the key is "
                "the one that issues certificates, and copies sent to mentors carry only the "
                "public half, which checks them. The key is never replaced, because "
                "certificates issued with it could no longer be verified."
            )
        )
        create = box.addButton(self.tr("Create key"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda _r: self._create_key() if box.clickedButton() is create else None
        )
        self.confirm_box = box
        box.open()

    def _create_key(self) -> None:
        ctx, pid = self.workspace.ctx, self.programme_id
        run_task(lambda: create_signing_key(ctx, pid), self._key_created, self._failed)

    def _key_created(self, key: SigningKey) -> None:
        self.status.setText(
            self.tr("Signing key created (fingerprint {fingerprint}).").replace(
                "{fingerprint}", key.fingerprint or ""
            )
        )
        self.load()

    def open_logos(self) -> None:
        dialog = LogosDialog(self.workspace.ctx, self.programme_id, self)
        self.logos_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _issued(self, result: IssueResult) -> None:
        if result.issued:
            text = self.tr("Certificates issued: {count} ({first} – {last}).")
            self.status.setText(
                text.replace("{count}", str(len(result.issued)))
                .replace("{first}", result.issued[0].number)
                .replace("{last}", result.issued[-1].number)
            )
        else:
            self.status.setText(self.tr("Nobody was left to issue a certificate to."))
        self._select_after = {c.id for c in result.issued}
        self.load()

    # --- printing ----------------------------------------------------------------
    def _scope_name(self) -> str:
        hood = self.neighbourhood_id()
        base = self.tr("Leader certificates")
        return f"{base} {self.scope.currentText()}" if hood is not None else base

    def preview_selected(self) -> None:
        ctx, pid, hood, ids = (
            self.workspace.ctx,
            self.programme_id,
            self.neighbourhood_id(),
            self._chosen_ids(),
        )
        scope_name = self._scope_name()

        def build(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> tuple[bytes, str]:
            pages = certificate_pages(ctx, pid, neighbourhood_id=hood, certificate_ids=ids)
            buffer = io.BytesIO()
            render_certificates(pages, buffer, progress=progress, cancelled=cancelled)
            name = person_file_name(pages[0]) if len(pages) == 1 else scope_name
            return buffer.getvalue(), name

        run_task(
            build,
            self._show_preview,
            self._failed,
            progress_parent=self,
            progress_label=self.tr("Preparing the certificates…"),
        )

    def _show_preview(self, result: tuple[bytes, str]) -> None:
        data, name = result
        self.preview = open_preview(self, data, self.tr("Leader certificates"), name)

    def save_batch(self, *, per_person: bool) -> None:
        if per_person:
            out = ask_folder(self, self.tr("Folder for the certificates"))
        else:
            out = ask_save_path(
                self, self.tr("Save as PDF"), default_folder() / f"{self._scope_name()}.pdf"
            )
        if out is None:
            return
        ctx, pid, hood, ids = (
            self.workspace.ctx,
            self.programme_id,
            self.neighbourhood_id(),
            self._chosen_ids(),
        )

        def write(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> list[Path]:
            return write_certificate_batch(
                ctx,
                pid,
                out,
                neighbourhood_id=hood,
                certificate_ids=ids,
                per_person=per_person,
                progress=progress,
                cancelled=cancelled,
            )

        self.status.setText(self.tr("Writing the certificates…"))
        run_task(
            write,
            self._written,
            self._failed,
            progress_parent=self,
            progress_label=self.tr("Writing the certificates…"),
        )

    def _written(self, paths: list[Path]) -> None:
        if len(paths) == 1:
            self.status.setText(self.tr("Saved to {path}.").replace("{path}", str(paths[0])))
            return
        self.status.setText(
            self.tr("Files saved: {count}, in the folder {path}.")
            .replace("{count}", str(len(paths)))
            .replace("{path}", str(paths[0].parent))
        )

    # --- revoking ----------------------------------------------------------------
    def ask_revoke(self) -> None:
        chosen = self.selected_certificates()
        if len(chosen) != 1 or str(chosen[0].status) != ISSUED:
            return
        form = RevokeForm(self.workspace.ctx, chosen[0], self)
        self.revoke_form = form
        form.accepted.connect(self._revoked)
        form.finished.connect(form.deleteLater)
        form.open()

    def _revoked(self) -> None:
        form = self.revoke_form
        if form is not None and isinstance(form.result_value, CertificateRow):
            self.status.setText(
                self.tr("Certificate {number} was revoked.").replace(
                    "{number}", form.result_value.number
                )
            )
        self.load()

    # --- errors ------------------------------------------------------------------
    def _failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(error, WallError):
            self.status.setText(str(error))
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Leader certificates"))
            box.setText(str(error))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            show_unexpected(self, error)
