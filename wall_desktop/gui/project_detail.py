"""The detail pane of the Projects tab: the project's texts, team, lock state and meetings."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from wall_desktop.gui import budget_labels, labels
from wall_desktop.gui.designer.ui_project_detail import Ui_ProjectDetail
from wall_desktop.gui.record_table import RecordTable, prepare_table
from wall_desktop.gui.table_model import RIGHT, Column, RowTableModel, make_proxy
from wall_desktop.services.formatting import format_date, format_money
from wall_desktop.services.projects import LockEventRow, MeetingRow, MemberRow, ProjectRow


def _paragraphs(text: str | None) -> str:
    return "<br>".join(html.escape(line) for line in (text or "").splitlines())


class ProjectDetail(QWidget):
    """Shows one project; its buttons emit signals that the tab turns into forms."""

    edit_requested = Signal()
    team_requested = Signal()
    lock_requested = Signal(bool)  # True: unlock, False: lock again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: ProjectRow | None = None
        ui = self.ui = Ui_ProjectDetail()
        ui.setupUi(self)
        # the tab drives these: they are the pane's public face
        self.heading, self.text = ui.project_heading, ui.project_text
        self.edit_button, self.team_button = ui.edit_button, ui.team_button
        self.unlock_button, self.lock_button = ui.unlock_button, ui.lock_button
        self.add_meeting_button = ui.add_meeting_button
        self.edit_meeting_button = ui.edit_meeting_button
        self.delete_meeting_button = ui.delete_meeting_button
        self.split = ui.projects_detail_split
        self.edit_button.clicked.connect(self.edit_requested)
        self.team_button.clicked.connect(self.team_requested)
        self.unlock_button.clicked.connect(lambda: self.lock_requested.emit(True))
        self.lock_button.clicked.connect(lambda: self.lock_requested.emit(False))
        self.meetings_model: RowTableModel[MeetingRow] = RowTableModel(self.meeting_columns())
        self.meetings_proxy = make_proxy(self.meetings_model)
        self.meetings_table: RecordTable = ui.meetings_table
        prepare_table(self.meetings_table, self.meetings_proxy)
        self.show_project(None, [], [], [])

    def meeting_columns(self) -> Sequence[Column[MeetingRow]]:
        return [
            Column(
                self.tr("Date"),
                lambda m: format_date(m.date),
                lambda m: (m.date, m.start_time is None, m.start_time),
            ),
            Column(
                self.tr("Time"),
                lambda m: "" if m.start_time is None else m.start_time.strftime("%H:%M"),
                lambda m: (m.start_time is None, m.start_time),
            ),
            Column(
                self.tr("Residents present"),
                lambda m: str(m.residents_present),
                lambda m: m.residents_present,
                RIGHT,
            ),
            Column(
                self.tr("What was agreed"),
                lambda m: (m.decisions or "").replace("\n", " "),
                tooltip=lambda m: (
                    "\n\n".join(x for x in (m.place, m.needs, m.decisions) if x) or None
                ),
            ),
        ]

    def show_project(
        self,
        project: ProjectRow | None,
        meetings: Sequence[MeetingRow],
        members: Sequence[MemberRow],
        history: Sequence[LockEventRow],
    ) -> None:
        self.project = project
        has = project is not None
        for b in (
            self.edit_button,
            self.team_button,
            self.add_meeting_button,
            self.edit_meeting_button,
            self.delete_meeting_button,
        ):
            b.setEnabled(has)
        settled = project is not None and str(project.status) == "settled"
        self.unlock_button.setVisible(settled and project is not None and project.locked)
        self.lock_button.setVisible(settled and project is not None and not project.locked)
        self.meetings_model.set_rows(meetings)
        self.meetings_table.resizeColumnsToContents()
        for column in range(self.meetings_model.columnCount() - 1):
            width = self.meetings_table.columnWidth(column)
            self.meetings_table.setColumnWidth(column, min(max(width, 60), 160))
        if project is None:
            self.heading.setText(self.tr("<i>Choose a project above.</i>"))
            self.text.clear()
            return
        state = labels.project_status(project.status)
        if project.locked:
            state += " · " + self.tr("locked")
        status = html.escape(self.tr("Status:"))
        self.heading.setText(f"<b>{status}</b> {html.escape(state)}")
        self.text.setHtml(self.describe(project, members, history))

    def describe(
        self,
        project: ProjectRow,
        members: Sequence[MemberRow],
        history: Sequence[LockEventRow],
    ) -> str:
        title = f"{project.neighbourhood_name}: {project.title}"
        parts: list[str] = [f"<h3>{html.escape(title)}</h3>"]
        missing = html.escape(self.tr("not written yet"))
        beneficiaries = html.escape(self.tr("Beneficiaries"))
        team_heading = html.escape(self.tr("Team"))
        history_heading = html.escape(self.tr("Lock history"))
        money = self.tr("Grant {grant}, spent {spent}, remaining {remaining}")
        money = (
            money.replace("{grant}", format_money(project.grant_amount))
            .replace("{spent}", format_money(project.grant_spent))
            .replace("{remaining}", format_money(project.grant_remaining))
        )
        dates = ""
        if project.start_date or project.end_date:
            dates = f" · {format_date(project.start_date)} – {format_date(project.end_date)}"
        parts.append(f"<p>{html.escape(money)}{html.escape(dates)}</p>")
        sections = (
            (self.tr("Residents' needs"), project.needs),
            (self.tr("Goals"), project.goals),
            (self.tr("Planned actions"), project.planned_actions),
            (self.tr("Outcome"), project.outcome),
            (self.tr("Good practice"), project.good_practice),
        )
        for heading, body in sections:
            shown = _paragraphs(body) if body else f"<i>{missing}</i>"
            parts.append(f"<h4>{html.escape(heading)}</h4><p>{shown}</p>")
        if project.beneficiaries is not None:
            who = (
                f" ({html.escape(project.beneficiaries_note)})"
                if project.beneficiaries_note
                else ""
            )
            parts.append(f"<h4>{beneficiaries}</h4><p>{project.beneficiaries}{who}</p>")
        team = ", ".join(html.escape(m.full_name) for m in members) or html.escape(
            self.tr("nobody yet")
        )
        parts.append(f"<h4>{team_heading} ({len(members)})</h4><p>{team}</p>")
        if history:
            items = "".join(
                "<li>"
                + html.escape(
                    f"{format_date(e.at.date())} · {budget_labels.lock_action(e.action)}"
                    f"{' · ' + e.operator if e.operator else ''}: {e.reason}"
                )
                + "</li>"
                for e in history
            )
            parts.append(f"<h4>{history_heading}</h4><ul>{items}</ul>")
        return "".join(parts)

    def history_text(self) -> str:
        """What the reader sees in the text pane (tests)."""
        return self.text.toPlainText()
