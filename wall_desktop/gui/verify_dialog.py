"""Verify a certificate: paste or type the text of its QR code; checked offline."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from wall_desktop.gui.designer.ui_verify_dialog import Ui_VerifyDialog
from wall_desktop.gui.forms import show_unexpected
from wall_desktop.gui.worker import run_task
from wall_desktop.services.certificates import Verification, VerifyStatus, verify_certificate
from wall_desktop.services.context import Context
from wall_desktop.services.formatting import format_date, format_hours

STYLES = {
    VerifyStatus.GENUINE: "background: #e3f4e8; color: #145c2c;",
    VerifyStatus.REVOKED: "background: #fff4e5; color: #7a4100;",
    VerifyStatus.ALTERED: "background: #fde7ea; color: #8e0018;",
    VerifyStatus.NO_KEY: "background: #eeeeee; color: #333333;",
}


class VerifyDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.verification: Verification | None = None
        self.payload = self.ui.payload
        self.check_button = self.ui.check_button
        self.verdict = self.ui.verdict
        self.number, self.name, self.hours = self.ui.number, self.ui.name, self.ui.hours
        self.issued, self.programme = self.ui.issued, self.ui.programme
        self.check_button.clicked.connect(self.check)
        self.payload.textChanged.connect(self._edited)
        self.ui.buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())
        self._edited()

    def _edited(self) -> None:
        self.check_button.setEnabled(bool(self.payload.toPlainText().strip()))

    def check(self) -> None:
        text = self.payload.toPlainText().strip()
        if not text:
            return
        ctx = self.ctx
        run_task(
            lambda: verify_certificate(ctx, text), self._show, lambda e: show_unexpected(self, e)
        )

    def _show(self, result: Verification) -> None:
        self.verification = result
        self.verdict.setText(result.message)
        self.verdict.setStyleSheet(STYLES.get(result.status, ""))
        self.verdict.show()
        self.number.setText(result.number or "")
        self.name.setText(result.full_name or "")
        self.hours.setText(format_hours(result.hours) if result.hours is not None else "")
        self.issued.setText(format_date(result.issue_date))
        self.programme.setText(result.programme or "")
