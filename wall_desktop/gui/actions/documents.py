"""File → Print: sign-in sheets, consent forms and expense descriptions, each into the preview.

Each entry asks which record the document is for (a small chooser, set to
the record selected in the current tab when it offers one through
``current_row()``), builds the PDF in the worker and opens the preview with
Print and Save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from wall_desktop.gui.forms import show_unexpected
from wall_desktop.gui.pick_dialog import Item, PickDialog
from wall_desktop.gui.print_menu import add_entry, has_programme, print_menu
from wall_desktop.gui.worker import run_task
from wall_desktop.services.errors import WallError
from wall_desktop.services.formatting import format_date, format_money

if TYPE_CHECKING:
    from wall_desktop.gui.pdf_preview import PdfPreviewDialog

# The PDF builders (reportlab's platypus), the preview and the services listing the
# records are imported when an entry is first used, not while the window is being built.

Build = Callable[[], tuple[bytes, str]]  # the PDF and the file name offered; runs in the worker


def _time(value: Any) -> str:
    return value.strftime("%H:%M") if value is not None else ""


class DocumentActions(QObject):
    """The document entries of one window; ``picker`` and ``preview`` are what is open."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("document_actions")
        self.window = window
        self.picker: PickDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        menu = print_menu(window)
        menu.addSection(self.tr("Documents to sign"))
        add_entry(
            window,
            menu,
            "print_session_sheet",
            self.tr("Sign-in sheet for a &training session…"),
            self.session_sheet,
        )
        add_entry(
            window,
            menu,
            "print_meeting_sheet",
            self.tr("Sign-in sheet for a &residents' meeting…"),
            self.meeting_sheet,
        )
        add_entry(
            window,
            menu,
            "print_neighbourhood_sheet",
            self.tr("Blank sign-in sheet for a &neighbourhood…"),
            self.neighbourhood_sheet,
        )
        add_entry(window, menu, "print_consent", self.tr("&Consent form…"), self.consent)
        add_entry(window, menu, "print_expense", self.tr("&Expense description…"), self.expense)

    # --- what the current tab has selected ---------------------------------------
    def _selected(self, kind: type) -> Any:
        """The record of ``kind`` selected in the current tab (Projects offers its meeting)."""
        page = self.window.current_page()
        for name in ("current_row", "current_meeting", "current_expense"):
            getter = getattr(page, name, None)
            row = getter() if callable(getter) else None
            if isinstance(row, kind):
                return row
        return None

    @property
    def _ctx(self) -> Any:
        return self.window.workspace.ctx

    @property
    def _programme_id(self) -> int:
        return int(self.window.workspace.programme_id)

    # --- the entries -------------------------------------------------------------
    def session_sheet(self) -> None:
        if not has_programme(self.window):
            return
        from wall_desktop.services.neighbourhoods import list_neighbourhoods
        from wall_desktop.services.training_rows import SessionRow
        from wall_desktop.services.trainings import list_sessions

        ctx, pid = self._ctx, self._programme_id
        row = self._selected(SessionRow)

        def sessions(hood: Any) -> list[Item]:
            return [
                (f"{format_date(s.date)} {_time(s.start_time)} · {s.topic}".strip(), s.id)
                for s in list_sessions(ctx, int(hood))
            ]

        name = self.tr("Sign-in sheet {neighbourhood} {date}")

        def build(session_id: int) -> Build:
            def run() -> tuple[bytes, str]:
                from wall_desktop.exports.pdf.sign_in import sign_in_pdf
                from wall_desktop.services.documents import session_sheet

                sheet = session_sheet(ctx, session_id)
                return sign_in_pdf(sheet), _fill(name, sheet.neighbourhood, sheet.day)

            return run

        self._with_groups(
            lambda: [(n.name, n.id) for n in list_neighbourhoods(ctx, pid)],
            lambda groups: self._pick(
                self.tr("Sign-in sheet for a training session"),
                self.tr("Session"),
                sessions,
                build,
                group_label=self.tr("Neighbourhood"),
                groups=groups,
                group=row.neighbourhood_id if row else None,
                item=row.id if row else None,
            ),
        )

    def meeting_sheet(self) -> None:
        if not has_programme(self.window):
            return
        from wall_desktop.services.meetings import MeetingRow, list_meetings

        ctx, pid = self._ctx, self._programme_id
        row = self._selected(MeetingRow)

        def meetings(project: Any) -> list[Item]:
            return [
                (f"{format_date(m.date)} {_time(m.start_time)} · {m.place or ''}".strip(" ·"), m.id)
                for m in list_meetings(ctx, int(project))
            ]

        name = self.tr("Sign-in sheet residents' meeting {neighbourhood} {date}")

        def build(meeting_id: int) -> Build:
            def run() -> tuple[bytes, str]:
                from wall_desktop.exports.pdf.sign_in import sign_in_pdf
                from wall_desktop.services.documents import meeting_sheet

                sheet = meeting_sheet(ctx, meeting_id)
                return sign_in_pdf(sheet), _fill(name, sheet.neighbourhood, sheet.day)

            return run

        self._with_groups(
            lambda: _projects(ctx, pid),
            lambda groups: self._pick(
                self.tr("Sign-in sheet for a residents' meeting"),
                self.tr("Meeting"),
                meetings,
                build,
                group_label=self.tr("Project"),
                groups=groups,
                group=row.project_id if row else None,
                item=row.id if row else None,
            ),
        )

    def neighbourhood_sheet(self) -> None:
        if not has_programme(self.window):
            return
        from wall_desktop.services.neighbourhoods import list_neighbourhoods

        ctx, pid = self._ctx, self._programme_id

        name = self.tr("Sign-in sheet {neighbourhood}")

        def build(hood_id: int) -> Build:
            def run() -> tuple[bytes, str]:
                from wall_desktop.exports.pdf.sign_in import sign_in_pdf
                from wall_desktop.services.documents import neighbourhood_sheet

                sheet = neighbourhood_sheet(ctx, hood_id)
                return sign_in_pdf(sheet), _fill(name, sheet.neighbourhood)

            return run

        self._pick(
            self.tr("Blank sign-in sheet for a neighbourhood"),
            self.tr("Neighbourhood"),
            lambda _g: [(n.name, n.id) for n in list_neighbourhoods(ctx, pid)],
            build,
        )

    def consent(self) -> None:
        if not has_programme(self.window):
            return
        from wall_desktop.services.neighbourhoods import list_neighbourhoods
        from wall_desktop.services.people_list import PersonRow, list_people

        ctx, pid = self._ctx, self._programme_id
        row = self._selected(PersonRow)

        def people(hood: Any) -> list[Item]:
            found = list_people(ctx, pid, neighbourhood_id=hood)
            return [(f"{p.last_name} {p.first_name}", p.id) for p in found]

        template = self.tr("Consent form {name}")

        def build(person_id: int) -> Build:
            def run() -> tuple[bytes, str]:
                from wall_desktop.exports.pdf.consent import consent_pdf
                from wall_desktop.services.documents import consent_form

                form = consent_form(ctx, person_id, pid)
                return consent_pdf(form), _fill(template, name=form.full_name)

            return run

        self._with_groups(
            lambda: [(n.name, n.id) for n in list_neighbourhoods(ctx, pid)],
            lambda groups: self._pick(
                self.tr("Consent form"),
                self.tr("Person"),
                people,
                build,
                group_label=self.tr("Neighbourhood"),
                groups=[(self.tr("All neighbourhoods"), None), *groups],
                group=None,
                item=row.id if row else None,
            ),
        )

    def expense(self) -> None:
        if not has_programme(self.window):
            return
        from wall_desktop.services.expenses import ExpenseRow, list_expenses

        ctx, pid = self._ctx, self._programme_id
        row = self._selected(ExpenseRow)

        def expenses(project: Any) -> list[Item]:
            found = list_expenses(ctx, pid, project_id=project)
            return [
                (
                    " · ".join(
                        x
                        for x in (
                            format_date(e.date),
                            e.document_number,
                            e.vendor or "",
                            format_money(e.amount),
                        )
                        if x
                    ),
                    e.id,
                )
                for e in found
            ]

        template = self.tr("Expense description {number}")

        def build(expense_id: int) -> Build:
            def run() -> tuple[bytes, str]:
                from wall_desktop.exports.pdf.expense import expense_pdf
                from wall_desktop.services.documents import expense_description

                doc = expense_description(ctx, expense_id)
                return expense_pdf(doc), _fill(template, number=doc.document_number)

            return run

        self._with_groups(
            lambda: _projects(ctx, pid),
            lambda groups: self._pick(
                self.tr("Expense description"),
                self.tr("Expense"),
                expenses,
                build,
                group_label=self.tr("Project"),
                groups=[(self.tr("All expenses"), None), *groups],
                group=None,
                item=row.id if row else None,
            ),
        )

    # --- shared steps ------------------------------------------------------------
    def _with_groups(
        self,
        fetch: Callable[[], Sequence[tuple[str, Any]]],
        then: Callable[[list[tuple[str, Any]]], None],
    ) -> None:
        run_task(lambda: list(fetch()), then, self._failed)

    def _pick(
        self,
        title: str,
        item_label: str,
        fetch: Callable[[Any], Sequence[Item]],
        build: Callable[[int], Build],
        **kwargs: Any,
    ) -> None:
        picker = PickDialog(
            title, self.tr("&Preview"), item_label, fetch, parent=self.window, **kwargs
        )
        self.picker = picker

        def chosen() -> None:
            record_id = picker.chosen()
            if record_id is not None:
                self._render(build(record_id), title)

        picker.accepted.connect(chosen)
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def _render(self, build: Build, title: str) -> None:
        def show(result: tuple[bytes, str]) -> None:
            from wall_desktop.gui.pdf_preview import open_preview

            data, name = result
            self.preview = open_preview(self.window, data, title, name)

        run_task(build, show, self._failed)

    def _failed(self, error: BaseException) -> None:
        from wall_desktop.gui.pdf_preview import show_message

        if isinstance(error, WallError):
            show_message(self.window, self.tr("Print"), str(error), QMessageBox.Icon.Warning)
        else:
            show_unexpected(self.window, error)


def _projects(ctx: Any, programme_id: int) -> list[tuple[str, Any]]:
    from wall_desktop.services.projects import list_projects

    return [(f"{p.neighbourhood_name} — {p.title}", p.id) for p in list_projects(ctx, programme_id)]


def _fill(
    template: str,
    neighbourhood: str | None = None,
    day: Any = None,
    *,
    name: str = "",
    number: str = "",
) -> str:
    text = (
        template.replace("{neighbourhood}", neighbourhood or "")
        .replace("{date}", day.isoformat() if day is not None else "")
        .replace("{name}", name)
        .replace("{number}", number)
    )
    return " ".join(text.split())


def install(window: Any) -> None:
    DocumentActions(window)


def document_actions(window: QWidget) -> DocumentActions:
    found = window.findChild(DocumentActions, "document_actions")
    assert isinstance(found, DocumentActions)
    return found
