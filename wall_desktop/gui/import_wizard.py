"""File → Import: a wizard from a spreadsheet to stored people, sessions or attendance.

Pages: what and which file → the file as read (sheet, encoding, separator)
→ the columns → the preview → the import → the summary.  Every look at the
file and the import itself run in the worker; the wizard's Cancel stops the
running step (an import stopped writes nothing) and the user stays in the
wizard to go back, change something and try again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from wall_desktop.gui.designer.ui_import_wizard import Ui_ImportWizard
from wall_desktop.gui.designer.ui_status_area import Ui_StatusArea
from wall_desktop.gui.forms import ERROR_STYLE, show_unexpected
from wall_desktop.gui.import_work import FileLook
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.errors import WallError
from wall_desktop.services.importing import (
    Detection,
    ImportOptions,
    ImportSummary,
    Kind,
    OnDuplicate,
    Preview,
)
from wall_desktop.services.importing.fields import ColumnMap
from wall_desktop.services.importing.reading import Row

translate = QCoreApplication.translate
SOURCE, FILE, MAPPING, PREVIEW, RUN, SUMMARY = range(6)
NOTE_STYLE = "color: #555;"


# --- the state the pages share -----------------------------------------------------------
@dataclass
class ImportState:
    kind: Kind = Kind.PEOPLE
    path: Path | None = None
    looked_for: tuple[Kind, Path] | None = None
    detection: Detection | None = None
    sample: tuple[Row, ...] = ()
    columns: ColumnMap | None = None
    mapping_error: str | None = None
    auto_dates: set[str] = field(default_factory=set)  # session-date headers of a matrix
    overrides: dict[str, str | None] = field(default_factory=dict)
    on_duplicate: OnDuplicate = OnDuplicate.SKIP
    decisions: dict[int, OnDuplicate] = field(default_factory=dict)
    create_neighbourhoods: bool = False
    valid_only: bool = False
    report_path: Path | None = None
    preview: Preview | None = None
    unknown_neighbourhoods: tuple[str, ...] = ()
    summary: ImportSummary | None = None

    def take_look(self, look: FileLook) -> None:
        self.detection = look.detection
        self.sample = look.sample
        self.take_columns(look.match.columns, look.match.error)
        if not self.overrides and look.match.columns is not None:
            self.auto_dates = {
                c.header for c in look.match.columns.columns if c.session_date is not None
            }

    def take_columns(self, columns: ColumnMap | None, error: str | None) -> None:
        self.columns, self.mapping_error = columns, error
        self.preview = None


class StatusArea(QWidget):
    """A page's line of news: what is running (with progress), or what went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusArea()
        self.ui.setupUi(self)
        self.label = self.ui.status
        self.bar = self.ui.progress

    def busy(self, text: str) -> None:
        self._say(text, "")
        self.bar.setRange(0, 0)
        self.bar.show()

    def progress(self, done: int, total: int) -> None:
        if total > 0:
            # bytes of a big file do not fit a progress bar's int: show per mille
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, done * 1000 // total))

    def idle(self) -> None:
        self.bar.hide()
        self.label.hide()

    def error(self, text: str) -> None:
        self.bar.hide()
        self._say(text, ERROR_STYLE)

    def info(self, text: str) -> None:
        self.bar.hide()
        self._say(text, "")

    def text(self) -> str:
        return self.label.text() if self.label.isVisible() else ""

    def _say(self, text: str, style: str) -> None:
        self.label.setStyleSheet(style)
        self.label.setText(text)
        self.label.show()


class _Relay(QObject):
    """Carries progress from the worker thread to the GUI thread (queued by Qt)."""

    moved = Signal(int, int, int)  # run token, done, total


class ImportWizard(QWizard):
    """``imported`` is emitted with the ``ImportSummary`` once an import was committed."""

    imported = Signal(object)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, kind: Kind = Kind.PEOPLE
    ) -> None:
        super().__init__(parent)
        from wall_desktop.gui.import_file_pages import ImportFilePage, ImportSourcePage
        from wall_desktop.gui.import_pages import (
            ImportMappingPage,
            ImportPreviewPage,
            ImportRunPage,
            ImportSummaryPage,
        )

        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)  # title, style, options and size; the pages are added below
        self.setObjectName("import_wizard")
        self.workspace = workspace
        self.state = ImportState(kind=kind)
        self.busy = False
        self._token = 0
        self._cancel = threading.Event()
        self._close_on_cancel = True
        self._close_requested = False
        self._status: StatusArea | None = None
        self._focus: QWidget | None = None
        self._relay = _Relay(self)
        self._relay.moved.connect(self._moved)
        self.source_page = ImportSourcePage(self)
        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(self)
        self.preview_page = ImportPreviewPage(self)
        self.run_page = ImportRunPage(self)
        self.summary_page = ImportSummaryPage(self)
        for number, page in enumerate(
            (
                self.source_page,
                self.file_page,
                self.mapping_page,
                self.preview_page,
                self.run_page,
                self.summary_page,
            )
        ):
            self.setPage(number, page)

    # --- the options as chosen ----------------------------------------------------------
    def import_options(self) -> ImportOptions:
        s, d = self.state, self.state.detection
        return ImportOptions(
            sheet=d.sheet if d else None,
            encoding=d.encoding if d else None,
            delimiter=d.delimiter if d else None,
            mapping=dict(s.overrides),
            programme=str(self.workspace.programme_id),
            on_duplicate=s.on_duplicate,
            decisions=dict(s.decisions),
            create_neighbourhoods=s.create_neighbourhoods,
            valid_only=s.valid_only,
            report_path=s.report_path,
        )

    # --- running a step in the worker ---------------------------------------------------------
    def run(
        self,
        work: Callable[..., Any],
        on_ok: Callable[[Any], None],
        status: StatusArea,
        label: str,
        *,
        on_error: Callable[[BaseException], bool] | None = None,
        close_on_cancel: bool = True,
    ) -> None:
        """Run ``work(progress=, cancelled=)``; a newer run makes an older one's result void.

        ``on_error`` returns True when it showed the error itself; otherwise the
        status area shows the service's message.
        """
        self._cancel.set()  # a step still running is no longer wanted
        self._token += 1
        token = self._token
        cancel = self._cancel = threading.Event()
        self._status = status
        self._close_on_cancel = close_on_cancel
        self._close_requested = False
        self._set_busy(True)
        status.busy(label)
        relay = self._relay

        def call(cancelled: Callable[[], bool]) -> Any:
            return work(
                progress=lambda done, total: relay.moved.emit(token, done, total),
                cancelled=lambda: cancel.is_set() or cancelled(),
            )

        def finish() -> bool:
            if token != self._token:
                return False
            self._set_busy(False)
            status.idle()
            if self._close_requested:
                QWizard.reject(self)
                return False
            return True

        def ok(result: Any) -> None:
            if finish():
                on_ok(result)

        def failed(error: BaseException) -> None:
            if not finish() or (on_error is not None and on_error(error)):
                return
            if isinstance(error, WallError):
                status.error(str(error))
            else:
                status.error(self.tr("Something went wrong; the details were shown."))
                show_unexpected(self, error)

        run_task(call, ok, failed)

    def _moved(self, token: int, done: int, total: int) -> None:
        if token == self._token and self._status is not None:
            self._status.progress(done, total)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        page = self.currentPage()
        if page is not None:
            if busy:  # a disabled page loses the focus; give it back to the same field after
                focus = QApplication.focusWidget()
                self._focus = focus if focus is not None and page.isAncestorOf(focus) else None
            page.completeChanged.emit()  # Next/Finish follow isComplete, which asks ``busy``
            page.setEnabled(not busy)
            if not busy and self._focus is not None:
                try:
                    if self._focus.isVisible():
                        self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
                except RuntimeError:  # the field was rebuilt meanwhile (a new header row)
                    pass
                self._focus = None
        back = self.button(QWizard.WizardButton.BackButton)
        if busy:
            back.setEnabled(False)

    def reject(self) -> None:
        """Cancel stops a running step first; the window closes when nothing runs."""
        if not self.busy:
            super().reject()
            return
        self._cancel.set()
        self._close_requested = self._close_on_cancel
        if self._status is not None:
            self._status.busy(self.tr("Stopping…"))

    def advance(self) -> None:
        """Go to the next page once the current event is over (a page's step finished)."""
        QTimer.singleShot(0, self.next)
