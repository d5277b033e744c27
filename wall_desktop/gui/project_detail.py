"""The detail pane of the Projects tab: the project's texts, team, lock state and meetings."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wall_desktop.gui import budget_labels, labels
from wall_desktop.gui.table_model import RIGHT, Column, RowTableModel, make_proxy
from wall_desktop.gui.tabs.base import make_table
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
        self.heading = QLabel()
        self.heading.setObjectName("project_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self.tr("Edit project…"))
        self.team_button = QPushButton(self.tr("Team…"))
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.unlock_button.setObjectName("unlock_button")
        self.lock_button = QPushButton(self.tr("Lock again…"))
        self.lock_button.setObjectName("lock_button")
        self.edit_button.clicked.connect(self.edit_requested)
        self.team_button.clicked.connect(self.team_requested)
        self.unlock_button.clicked.connect(lambda: self.lock_requested.emit(True))
        self.lock_button.clicked.connect(lambda: self.lock_requested.emit(False))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for b in (self.edit_button, self.team_button, self.unlock_button, self.lock_button):
            top.addWidget(b)

        self.text = QTextBrowser()
        self.text.setObjectName("project_text")
        self.text.setOpenLinks(False)

        self.meetings_model: RowTableModel[MeetingRow] = RowTableModel(self.meeting_columns())
        self.meetings_proxy = make_proxy(self.meetings_model)
        self.meetings_table = make_table(self.meetings_proxy, "meetings_table")
        self.add_meeting_button = QPushButton(self.tr("Add meeting…"))
        self.edit_meeting_button = QPushButton(self.tr("Edit…"))
        self.delete_meeting_button = QPushButton(self.tr("Delete"))
        meetings_bar = QHBoxLayout()
        caption = QLabel(self.tr("<b>Residents' meetings</b>"))
        meetings_bar.addWidget(caption, 1)
        for b in (self.add_meeting_button, self.edit_meeting_button, self.delete_meeting_button):
            meetings_bar.addWidget(b)
        meetings = QWidget()
        meetings_layout = QVBoxLayout(meetings)
        meetings_layout.setContentsMargins(0, 0, 0, 0)
        meetings_layout.addLayout(meetings_bar)
        meetings_layout.addWidget(self.meetings_table, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("projects_detail_split")
        self.split.addWidget(self.text)
        self.split.addWidget(meetings)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
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
