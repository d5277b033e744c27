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
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wall_desktop.exports.pdf.certificate import person_file_name, render_certificates
from wall_desktop.gui.certificate_revoke import RevokeForm
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.forms import show_unexpected
from wall_desktop.gui.pdf_preview import (
    PdfPreviewDialog,
    ask_save_path,
    default_folder,
    open_preview,
)
from wall_desktop.gui.table_model import RIGHT, ROW_ROLE, Column, RowTableModel, make_proxy
from wall_desktop.gui.tabs.base import make_table
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.certificates import (
    CertificateRow,
    IssueResult,
    PendingCertificate,
    can_issue,
    certificate_pages,
    issue_certificates,
    list_certificates,
    pending_certificates,
)
from wall_desktop.services.documents import write_certificate_batch
from wall_desktop.services.errors import Cancelled, WallError
from wall_desktop.services.formatting import format_date, format_hours, format_percent
from wall_desktop.services.neighbourhoods import NeighbourhoodRow, list_neighbourhoods

ISSUED = "issued"  # CertificateStatus.ISSUED; the GUI does not import the db layer
NOTE_STYLE = "background: #fff4e5; color: #7a4100; padding: 6px; border-radius: 4px;"


@dataclass(frozen=True)
class Snapshot:
    can_issue: bool
    neighbourhoods: list[NeighbourhoodRow]
    pending: list[PendingCertificate]
    register: list[CertificateRow]


def read_snapshot(ctx: Any, programme_id: int, neighbourhood_id: int | None) -> Snapshot:
    """The dialog's data in the worker: eligibility, the register and the names."""
    pending = pending_certificates(ctx, programme_id, neighbourhood_id=neighbourhood_id)
    register = list_certificates(ctx, programme_id, neighbourhood_id=neighbourhood_id)
    return Snapshot(
        can_issue(ctx, programme_id),
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
        self.setObjectName("certificates_dialog")
        self.setWindowTitle(self.tr("Leader certificates"))
        self.workspace = workspace
        self.programme_id = workspace.programme_id
        self.preview: PdfPreviewDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.revoke_form: RevokeForm | None = None
        self._wanted_scope = neighbourhood_id
        self._select_after: set[int] = set()
        self.can_issue = False

        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("The whole programme"), None)
        self.key_note = QLabel()
        self.key_note.setObjectName("key_note")
        self.key_note.setWordWrap(True)
        self.key_note.setStyleSheet(NOTE_STYLE)
        self.key_note.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.pending_model: RowTableModel[PendingCertificate] = RowTableModel(
            self._pending_columns()
        )
        self.pending_table = make_table(make_proxy(self.pending_model), "pending")
        self.register_model: RowTableModel[CertificateRow] = RowTableModel(self._register_columns())
        self.register_table = make_table(make_proxy(self.register_model), "register")
        for table in (self.pending_table, self.register_table):
            table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.issue_button = QPushButton(self.tr("&Issue certificates…"))
        self.issue_button.setObjectName("issue_button")
        self.preview_button = QPushButton(self.tr("Pre&view and print…"))
        self.save_button = QPushButton(self.tr("&Save as one PDF…"))
        self.per_person_button = QPushButton(self.tr("Save a &file per person…"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.issue_button.clicked.connect(self.ask_issue)
        self.preview_button.clicked.connect(self.preview_selected)
        self.save_button.clicked.connect(lambda: self.save_batch(per_person=False))
        self.per_person_button.clicked.connect(lambda: self.save_batch(per_person=True))
        self.revoke_button.clicked.connect(self.ask_revoke)
        self._build_layout()
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.pending_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.register_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(1000, 680)
        self.load()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        scope_label = QLabel(self.tr("&For:"))
        scope_label.setBuddy(self.scope)
        top.addWidget(scope_label)
        top.addWidget(self.scope, 1)

        pending_box = QGroupBox(self.tr("Eligible, without a certificate yet"))
        pending_layout = QVBoxLayout(pending_box)
        pending_layout.addWidget(self.pending_table)
        pending_bar = QHBoxLayout()
        hint = QLabel(self.tr("Select some people, or none to issue to everyone listed."))
        hint.setWordWrap(True)
        pending_bar.addWidget(hint, 1)
        pending_bar.addWidget(self.issue_button)
        pending_layout.addLayout(pending_bar)

        register_box = QGroupBox(self.tr("Register of issued certificates"))
        register_layout = QVBoxLayout(register_box)
        register_layout.addWidget(self.register_table)
        register_bar = QHBoxLayout()
        for button in (
            self.preview_button,
            self.save_button,
            self.per_person_button,
            self.revoke_button,
        ):
            register_bar.addWidget(button)
        register_bar.addStretch(1)
        register_layout.addLayout(register_bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("certificates_splitter")
        splitter.addWidget(pending_box)
        splitter.addWidget(register_box)
        splitter.setStretchFactor(1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.key_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)

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
        if snapshot.can_issue:
            self.key_note.hide()
        else:
            self.key_note.setText(
                self.tr(
                    "This database holds only the programme's public key. It can check "
                    "certificates and reprint the ones in its register, but it cannot issue "
                    "new ones: issue them in the office database."
                )
            )
            self.key_note.show()
        self.can_issue = snapshot.can_issue
        if self._select_after:
            self._select_register(self._select_after)
            self._select_after = set()
        self._update_buttons()

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
        box = QMessageBox(self)
        box.setObjectName("confirm_issue")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Issue certificates"))
        box.setText(
            self.tr("Issue the certificates now? Number of people: {count}.").replace(
                "{count}", str(len(people))
            )
        )
        box.setInformativeText(
            self.tr(
                "Each certificate gets the next number of the programme's register and keeps "
                "the hours counted today. Numbers are final: a certificate issued by mistake "
                "can only be revoked, and its number stays in the register."
            )
        )
        issue = box.addButton(self.tr("Issue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        ids = [p.person_id for p in people]
        box.finished.connect(lambda _r: self._issue(ids) if box.clickedButton() is issue else None)
        self.confirm_box = box
        box.open()

    def _issue(self, person_ids: list[int]) -> None:
        ctx, pid, hood = self.workspace.ctx, self.programme_id, self.neighbourhood_id()
        self.issue_button.setEnabled(False)
        run_task(
            lambda: issue_certificates(ctx, pid, neighbourhood_id=hood, person_ids=person_ids),
            self._issued,
            self._failed,
        )

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
