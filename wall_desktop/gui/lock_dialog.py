"""Unlocking (or locking again) a settled project: the reason is asked for and recorded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from wall_desktop.gui.designer.ui_lock_reason_form import Ui_LockReasonForm
from wall_desktop.gui.forms import FormDialog
from wall_desktop.services.context import Context
from wall_desktop.services.projects import LockEventRow, lock_project, unlock_project


class LockReasonForm(FormDialog):
    """``unlock=True`` unlocks the project, else locks it; the service refuses an empty reason."""

    def __init__(
        self, ctx: Context, project_id: int, title: str, unlock: bool, parent: QWidget | None = None
    ) -> None:
        heading = self.tr("Unlock the project") if unlock else self.tr("Lock the project")
        super().__init__(heading, parent)
        self.setObjectName("lock_reason_form")
        self.ctx, self.project_id, self.unlock = ctx, project_id, unlock
        ui = self.ui = Ui_LockReasonForm()
        self.use_form(ui)
        text = (
            self.tr(
                "“{title}” is settled. Unlocking it lets its budget and expenses change again; "
                "the reason is recorded with your name."
            )
            if unlock
            else self.tr("Lock “{title}” again: its budget and expenses become read-only.")
        )
        ui.intro.setText(text.replace("{title}", title))
        self.reason = ui.reason
        self.resize(460, self.sizeHint().height())

    def collect(self) -> Callable[[], LockEventRow]:
        ctx, project_id, reason = self.ctx, self.project_id, self.reason.toPlainText()
        if self.unlock:
            return lambda: unlock_project(ctx, project_id, reason)
        return lambda: lock_project(ctx, project_id, reason)
