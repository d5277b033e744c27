"""The attendance grid widget: keyboard-first marking, saved in order, undoable.

Space cycles the mark of the selected cells, digits type hours (the cell's
editor opens with the first key), Delete clears, Ctrl+Z / Ctrl+Shift+Z go
through the window's undo stack.  A change is shown at once, saved through
the worker one batch after another (so quick keys never race), and pushed
on the undo stack only once the service accepted it; a refused batch shows
the service's message and the grid is re-read, so nothing stays changed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QStyle, QWidget

from wall_desktop.gui.attendance_model import (
    FIXED,
    NAME,
    AttendanceModel,
    cell_text,
    next_status,
)
from wall_desktop.gui.attendance_view import AttendanceView, HoursDelegate
from wall_desktop.gui.designer.ui_attendance_panel import Ui_AttendancePanel
from wall_desktop.gui.forms import ERROR_STYLE
from wall_desktop.gui.undo import DoneCommand
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.errors import WallError
from wall_desktop.services.trainings import (
    AttendanceGrid,
    AttendanceMark,
    AttendanceStatus,
    GridCell,
    set_attendance,
)

MIN_SESSION_WIDTH = 64
WIDEST = Decimal("88.88")  # the hours editor takes two digits and two decimals
CELL_PADDING = 14  # the item's text margins and a little air
HEADER_PADDING = 18  # the header section's margins


class MarkCommand(DoneCommand):
    """A batch of marks already saved; undo writes back the marks the service returned."""

    def __init__(
        self,
        panel: AttendancePanel,
        marks: list[AttendanceMark],
        previous: list[AttendanceMark],
        text: str,
    ) -> None:
        super().__init__(text)
        self.panel, self.marks, self.previous = panel, marks, previous

    def do_again(self) -> None:
        self.panel.apply(self.marks)

    def undo(self) -> None:
        self.panel.apply(self.previous)


class AttendancePanel(QWidget):
    """People down, sessions across; ``saved`` when the queue of changes has emptied."""

    saved = Signal()

    def __init__(
        self, workspace: Workspace, undo: QUndoStack | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo = undo if undo is not None else QUndoStack(self)
        self.model = AttendanceModel()
        self.model.hours_entered.connect(self.enter_hours)
        self.model.modelReset.connect(self._arrange)
        self._queue: list[tuple[list[AttendanceMark], Callable[[list[AttendanceMark]], None]]] = []
        self._busy = False
        self.read_only = False
        self.ui = Ui_AttendancePanel()
        self.ui.setupUi(self)
        self.frozen = self.ui.attendance_people
        self.view: AttendanceView = self.ui.attendance_grid
        self.frozen.setModel(self.model)
        self.view.setModel(self.model)
        self.frozen.setSelectionModel(self.view.selectionModel())
        self.frozen.clicked.connect(self._person_clicked)
        self.frozen.horizontalHeader().sectionResized.connect(lambda *_a: self._fit_frozen())
        self.view.setItemDelegate(HoursDelegate(self.view))
        self.view.cycle_requested.connect(self.cycle)
        self.view.clear_requested.connect(self.clear)
        self.view.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.view.verticalScrollBar().setValue)
        self.message = self.ui.attendance_message
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.legend = self.ui.attendance_legend
        self.legend.setText(
            QCoreApplication.translate(
                "attendance",
                "✓ present (hours) · E excused · – absent · ⋯ planned, still to come · "
                "✗ cancelled · red: not eligible for the certificate (why: in the tooltip).   "
                "Space: next mark · digits: hours · Delete: clear · Ctrl+Z: undo",
            )
        )
        # The people's columns sit above a gap as tall as the sessions' scroll bar,
        # so the rows of both stay level.
        self.ui.scrollbar_gap.setFixedHeight(
            self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )

    def set_read_only(self, read_only: bool) -> None:
        """A read-only database: the grid is shown, but no key or editor changes a mark."""
        self.read_only = read_only
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    # --- content -------------------------------------------------------------------
    def set_grid(self, grid: AttendanceGrid | None) -> None:
        self.model.set_grid(grid)

    def is_busy(self) -> bool:
        return self._busy or bool(self._queue)

    def _arrange(self) -> None:
        """After a new grid: which columns each half shows, their widths, level headers.

        Widths come from font metrics of the texts the model already holds, never
        from asking every cell its size (that was most of opening a large grid).
        """
        count = self.model.columnCount()
        for column in range(count):
            self.frozen.setColumnHidden(column, column >= FIXED)
            self.view.setColumnHidden(column, column < FIXED)
        if count > FIXED:
            self.view.horizontalHeader().setDefaultSectionSize(self._session_width())
        for column in range(min(FIXED, count)):
            self.frozen.setColumnWidth(column, self._fixed_width(column))
        self._fit_frozen()
        height = max(
            self.view.horizontalHeader().sizeHint().height(),
            self.frozen.horizontalHeader().sizeHint().height(),
        )
        self.view.horizontalHeader().setFixedHeight(height)
        self.frozen.horizontalHeader().setFixedHeight(height)
        first = self.model.index(0, FIXED)
        if first.isValid():
            self.view.setCurrentIndex(first)

    def _session_width(self) -> int:
        """One narrow width for every session: the widest mark, total or header line."""
        cells = self.view.fontMetrics()
        bold = QFontMetrics(self.model.bold_font())
        header = self.view.horizontalHeader()
        plain, italic = header.fontMetrics(), QFontMetrics(self.model.italic_font())
        # the widest mark the hours editor lets one type: ✓ and two digits, two decimals
        widest = cells.horizontalAdvance(cell_text(GridCell(AttendanceStatus.PRESENT, WIDEST)))
        for text in self.model.totals_texts():
            widest = max(widest, bold.horizontalAdvance(text))
        lines = {line for text in self.model.header_texts() for line in text.split("\n")}
        heading = max(
            (max(plain.horizontalAdvance(x), italic.horizontalAdvance(x)) for x in lines),
            default=0,
        )
        return max(MIN_SESSION_WIDTH, widest + CELL_PADDING, heading + HEADER_PADDING)

    def _fixed_width(self, column: int) -> int:
        """A person column fits its texts, its header and (the name) the totals label."""
        texts = self.model.fixed_texts(column)
        cells = self.frozen.fontMetrics()
        widest = max((cells.horizontalAdvance(t) for t in texts), default=0)
        if column == NAME:
            bold = QFontMetrics(self.model.bold_font())
            widest = max(widest, bold.horizontalAdvance(self.model.totals_label()))
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        heading = self.frozen.horizontalHeader().fontMetrics().horizontalAdvance(title)
        return max(widest + CELL_PADDING, heading + HEADER_PADDING)

    def _fit_frozen(self) -> None:
        """The people's view is as wide as its columns."""
        columns = range(min(FIXED, self.model.columnCount()))
        width = sum(
            self.frozen.columnWidth(c) for c in columns if not self.frozen.isColumnHidden(c)
        )
        self.frozen.setFixedWidth(max(width, 120) + 2 * self.frozen.frameWidth())

    def _person_clicked(self, index: QModelIndex) -> None:
        column = self.view.currentIndex().column()
        target = self.model.index(index.row(), column if column >= FIXED else FIXED)
        if target.isValid():
            self.view.setCurrentIndex(target)
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)

    def chosen_cells(self) -> list[tuple[int, int]]:
        """The selected cells that can take a mark (the current one when none is selected)."""
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        keys = [self.model.key_of(i) for i in sorted(indexes, key=lambda i: (i.row(), i.column()))]
        return [k for k in keys if k is not None]

    # --- marking ---------------------------------------------------------------------
    def cycle(self) -> None:
        cells = self.chosen_cells()
        if not cells:
            return
        current = self.model.key_of(self.view.currentIndex())
        lead = current if current in cells else cells[0]
        shown = self.model.cell_at(lead)
        status = next_status(shown.status if shown else None)
        marks = [AttendanceMark(pid, sid, status) for pid, sid in cells]
        self.submit(marks, QCoreApplication.translate("attendance", "Mark attendance"))

    def clear(self) -> None:
        cells = [c for c in self.chosen_cells() if self.model.cell_at(c) is not None]
        if cells:
            marks = [AttendanceMark(pid, sid, None) for pid, sid in cells]
            self.submit(marks, QCoreApplication.translate("attendance", "Clear attendance"))

    def enter_hours(self, index: QModelIndex | QPersistentModelIndex, text: str) -> None:
        try:
            hours = Decimal(text.strip().replace(",", "."))
        except InvalidOperation:
            self.show_message(QCoreApplication.translate("attendance", "Hours must be a number"))
            return
        typed_at = self.model.key_of(index)
        cells = self.chosen_cells()
        if typed_at not in cells:
            cells = [typed_at] if typed_at is not None else []
        marks = [AttendanceMark(pid, sid, AttendanceStatus.PRESENT, hours) for pid, sid in cells]
        self.submit(marks, QCoreApplication.translate("attendance", "Set hours"))

    def submit(self, marks: list[AttendanceMark], text: str) -> None:
        """Show the marks, save them after anything still saving; undoable once saved."""
        if not marks:
            return
        if self.read_only:
            self.show_message(
                QCoreApplication.translate(
                    "attendance", "The database is open read-only: marks cannot be changed."
                )
            )
            return

        def push(previous: list[AttendanceMark]) -> None:
            self.undo.push(MarkCommand(self, marks, previous, text))

        self.model.show_marks(marks)
        self._queue.append((marks, push))
        self._next()

    def apply(self, marks: list[AttendanceMark]) -> None:
        """Undo and redo: the same path, without a new undo entry."""
        self.model.show_marks(marks)
        self._queue.append((marks, lambda _previous: None))
        self._next()

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        self._busy = True
        marks, after = self._queue.pop(0)
        ctx = self.workspace.ctx
        run_task(
            lambda: set_attendance(ctx, marks),
            lambda previous: self._saved(previous, after),
            self._refused,
        )

    def _saved(self, previous: list[AttendanceMark], after: Callable[..., None]) -> None:
        self._busy = False
        self.message.hide()
        after(previous)
        self._settle()

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, WallError):
            self.show_message(str(error))
        else:
            self.show_message(
                QCoreApplication.translate("attendance", "Not saved: {error}").replace(
                    "{error}", str(error)
                )
            )
        self._settle()

    def _settle(self) -> None:
        if self._queue:
            self._next()
        else:
            self.saved.emit()  # the tab re-reads the grid: totals, and undoes a refused mark

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
