"""Verify a certificate: paste or type the text of its QR code; checked offline."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
        self.setObjectName("verify_dialog")
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.ctx = ctx
        self.verification: Verification | None = None
        intro = QLabel(
            self.tr(
                "Scan the QR code on the certificate with a reader that types its text, or "
                "paste the text here. It is checked against the programme's key in this "
                "database, without the internet."
            )
        )
        intro.setWordWrap(True)
        self.payload = QPlainTextEdit()
        self.payload.setObjectName("payload")
        self.payload.setPlaceholderText("WALL1|…")
        self.payload.setMaximumHeight(90)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("check_button")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.payload.textChanged.connect(self._edited)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setMargin(8)
        self.verdict.hide()
        self.number = QLabel()
        self.name = QLabel()
        self.hours = QLabel()
        self.issued = QLabel()
        self.programme = QLabel()
        details = QFormLayout()
        details.addRow(self.tr("Number"), self.number)
        details.addRow(self.tr("Name"), self.name)
        details.addRow(self.tr("Hours"), self.hours)
        details.addRow(self.tr("Issued on"), self.issued)
        details.addRow(self.tr("Programme"), self.programme)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.payload)
        layout.addWidget(self.check_button)
        layout.addWidget(self.verdict)
        layout.addLayout(details)
        layout.addWidget(close)
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
