"""Revoking a certificate: the reason is required, and the form says what revoking means."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from wall_desktop.gui.designer.ui_revoke_form import Ui_RevokeForm
from wall_desktop.gui.forms import FormDialog
from wall_desktop.services.certificates import CertificateRow, revoke_certificate
from wall_desktop.services.context import Context


class RevokeForm(FormDialog):
    def __init__(self, ctx: Context, row: CertificateRow, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Revoke certificate {number}").replace("{number}", row.number), parent
        )
        self.setObjectName("revoke_form")
        self.ctx, self.row = ctx, row
        self.ui = Ui_RevokeForm()
        self.use_form(self.ui)
        self.ui.explanation.setText(
            self.tr(
                "The certificate of {name} will be marked revoked. It keeps its number in the "
                "register, and checking its QR code will say it is no longer valid. This "
                "cannot be undone."
            ).replace("{name}", row.full_name)
        )
        self.reason = self.ui.reason
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Revoke"))
        self.resize(480, self.sizeHint().height())

    def collect(self) -> Callable[[], CertificateRow]:
        ctx, certificate_id, reason = self.ctx, self.row.id, self.reason.toPlainText()
        # The service refuses an empty reason; its message is shown under the field.
        return lambda: revoke_certificate(ctx, certificate_id, reason)
