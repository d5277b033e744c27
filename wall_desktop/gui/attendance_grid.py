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

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wall_desktop.gui.attendance_model import FIXED, AttendanceModel, next_status
from wall_desktop.gui.forms import ERROR_STYLE
from wall_desktop.gui.table_model import AnyIndex
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.errors import WallError
from wall_desktop.services.trainings import (
    AttendanceGrid,
    AttendanceMark,
    AttendanceStatus,
    set_attendance,
)

HOURS_KEYS = set("0123456789,.")


class HoursDelegate(QStyledItemDelegate):
    """A small editor for hours: opened by the first digit typed, saved by Enter."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("hours_editor")
        editor.setValidator(QRegularExpressionValidator(r"\d{0,2}([.,]\d{0,2})?", editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()  # the typed key replaces the old value

    def setModelData(self, editor: QWidget, model: object, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit) and editor.text().strip():
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class AttendanceView(QTableView):
    """The sessions part of the grid; keys that mark cells never reach the window's shortcuts."""

    cycle_requested = Signal()
    clear_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._marking_key(event)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()  # Delete clears cells here instead of deleting the session
            return True
        return super().event(event)

    @staticmethod
    def _marking_key(event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        clears = (Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        return event.key() in clears or (bool(event.text()) and event.text() in HOURS_KEYS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() == Qt.Key.Key_Space:
            self.cycle_requested.emit()
            return
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
            return
        text = event.text()
        if plain and text and text.isprintable() and text not in HOURS_KEYS:
            return  # letters would jump to a row by keyboard search: not wanted here
        super().keyPressEvent(event)


class MarkCommand(QUndoCommand):
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
        self._done = True  # pushed after the save: the first redo has nothing to do

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
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
        self.frozen = QTableView()
        self.frozen.setObjectName("attendance_people")
        self.view = AttendanceView()
        self.view.setObjectName("attendance_grid")
        for view in (self.frozen, self.view):
            view.setModel(self.model)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(24)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
            view.setWordWrap(False)
        self.frozen.setSelectionModel(self.view.selectionModel())
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.clicked.connect(self._person_clicked)
        header = self.frozen.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_a: self._fit_frozen())
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setItemDelegate(HoursDelegate(self.view))
        self.view.cycle_requested.connect(self.cycle)
        self.view.clear_requested.connect(self.clear)
        self.view.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.view.verticalScrollBar().setValue)
        self.message = QLabel()
        self.message.setObjectName("attendance_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.legend = QLabel(
            QCoreApplication.translate(
                "attendance",
                "✓ present (hours) · E excused · – absent · ⋯ planned, still to come · "
                "✗ cancelled · red: not eligible for the certificate (why: in the tooltip).   "
                "Space: next mark · digits: hours · Delete: clear · Ctrl+Z: undo",
            )
        )
        self.legend.setObjectName("attendance_legend")
        self.legend.setWordWrap(True)
        # The people's columns sit beside the sessions, above a gap as tall as the
        # sessions' scroll bar, so the rows of both stay level.
        left = QVBoxLayout()
        left.setSpacing(0)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.frozen, 1)
        left.addSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        row = QHBoxLayout()
        row.setSpacing(0)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left)
        row.addWidget(self.view, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.message)
        outer.addLayout(row, 1)
        outer.addWidget(self.legend)

    # --- content -------------------------------------------------------------------
    def set_grid(self, grid: AttendanceGrid | None) -> None:
        self.model.set_grid(grid)

    def is_busy(self) -> bool:
        return self._busy or bool(self._queue)

    def _arrange(self) -> None:
        """After a new grid: which columns each half shows, their widths, level headers."""
        for column in range(self.model.columnCount()):
            self.frozen.setColumnHidden(column, column >= FIXED)
            self.view.setColumnHidden(column, column < FIXED)
        self.view.resizeColumnsToContents()
        for column in range(FIXED, self.model.columnCount()):
            self.view.setColumnWidth(column, max(self.view.columnWidth(column), 64))
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

    def _fit_frozen(self) -> None:
        """The people's columns size to their contents; their view follows their widths."""
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
