"""Issuing certificates: what it means, for how many people, and on which date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from wall_desktop.gui.designer.ui_issue_form import Ui_IssueForm
from wall_desktop.gui.forms import FormDialog, date_of, set_date
from wall_desktop.services.certificates import IssueResult, issue_certificates
from wall_desktop.services.context import Context


class IssueForm(FormDialog):
    """Confirms the issue; the service refuses a date in the future or before the programme."""

    def __init__(
        self,
        ctx: Context,
        programme_id: int,
        neighbourhood_id: int | None,
        person_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Issue certificates"), parent)
        self.setObjectName("issue_form")
        self.ctx, self.programme_id = ctx, programme_id
        self.neighbourhood_id, self.person_ids = neighbourhood_id, person_ids
        self.ui = Ui_IssueForm()
        self.use_form(self.ui)
        self.ui.question.setText(
            self.tr("Issue the certificates now? Number of people: {count}.").replace(
                "{count}", str(len(person_ids))
            )
        )
        self.issue_date = self.ui.issue_date
        set_date(self.issue_date, date.today(), optional=False)
        self.issue_date.setMaximumDate(QDate.currentDate())
        issue = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        issue.setText(self.tr("Issue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.resize(520, self.sizeHint().height())

    def collect(self) -> Callable[[], IssueResult]:
        ctx, pid, hood, ids = self.ctx, self.programme_id, self.neighbourhood_id, self.person_ids
        day = date_of(self.issue_date)
        return lambda: issue_certificates(
            ctx, pid, neighbourhood_id=hood, person_ids=ids, issue_date=day
        )
