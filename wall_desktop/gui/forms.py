"""Form dialogs with inline validation messages, and the delete confirmation.

A form collects its fields into a service input, hands the save to the
worker and closes only when the service accepted it; a ``ValidationError``
puts each message under its field (and messages for no field on top) and
nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from wall_desktop.gui.designer.ui_form_dialog import Ui_FormDialog
from wall_desktop.gui.worker import run_task
from wall_desktop.services.errors import ValidationError, WallError

ERROR_STYLE = "color: #b00020;"


class _DesignerForm(Protocol):
    def setupUi(self, widget: QWidget) -> None: ...


class FormDialog(QDialog):
    """The shell of every form (``ui/form_dialog.ui``): messages, fields, Save / Cancel.

    A subclass lays its fields out in a Designer form of its own and hands
    it to ``use_form``; each field widget is named after the service input
    field whose message it shows (``first_name``, ``neighbourhood_id``).
    Subclasses implement ``save()`` or ``collect()``.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = Ui_FormDialog()
        self.shell.setupUi(self)
        self.setWindowTitle(title)
        self.result_value: Any = None
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general_error = self.shell.general_error
        self.body = self.shell.body
        self.buttons = self.shell.buttons
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def use_form(self, ui: _DesignerForm) -> None:
        """Lay ``ui`` (a compiled Designer form) out in the body and watch its fields.

        Every named widget in the field column of the form's ``QFormLayout``
        gets a message line under it.
        """
        ui.setupUi(self.body)
        form = self.body.layout()
        if not isinstance(form, QFormLayout):
            raise TypeError("a form's top-level layout must be a QFormLayout")
        self.form = form
        # Bottom up, so that the rows inserted for messages leave the rest in place.
        for row in reversed(range(form.rowCount())):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.objectName():
                error = QLabel(self.body)
                error.setStyleSheet(ERROR_STYLE)
                error.setWordWrap(True)
                form.insertRow(row + 1, "", error)
                form.setRowVisible(error, False)
                self._fields[widget.objectName()] = (widget, error)
        self.adjustSize()

    def field(self, name: str) -> QWidget:
        return self._fields[name][0]

    def error_text(self, name: str) -> str:
        """The message shown under a field ("" when none): what the user reads."""
        if name == "":
            return self.general_error.text() if not self.general_error.isHidden() else ""
        label = self._fields[name][1]
        return label.text() if label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        self.general_error.hide()
        self.general_error.clear()
        for widget, label in self._fields.values():
            self.form.setRowVisible(label, False)
            label.clear()
            widget.setPalette(QPalette())

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        loose: list[str] = []
        first: QWidget | None = None
        for name, message in errors.items():
            if name in self._fields:
                widget, label = self._fields[name]
                label.setText(message)
                self.form.setRowVisible(label, True)
                first = first or widget
            else:
                loose.append(message)
        if loose:
            self.general_error.setText("\n".join(loose))
            self.general_error.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()  # grow to show every message line whole

    # --- saving --------------------------------------------------------------------
    def save(self) -> Any:
        """Build the input and call the service; runs in the worker. Raise to refuse."""
        raise NotImplementedError

    def collect(self) -> Callable[[], Any]:
        """Read the widgets (GUI thread) and return the call to run in the worker.

        Subclasses may override; by default ``save`` is run as it is.
        """
        return self.save

    def submit(self) -> None:
        try:
            call = self.collect()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self.buttons.setEnabled(False)
        run_task(call, self._saved, self._refused)

    def _saved(self, value: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
        elif isinstance(error, WallError):
            self.show_errors({"": str(error)})
        else:
            show_unexpected(self, error)


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("forms", "Error"))
    box.setText(QCoreApplication.translate("forms", "Something went wrong; nothing was saved."))
    box.setDetailedText(f"{type(error).__name__}: {error}")
    box.exec()


def confirm_delete(parent: QWidget | None, what: str, goes_with: str | None = None) -> bool:
    """Ask before deleting ``what``; ``goes_with`` says what is deleted along with it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("forms", "Delete"))
    box.setText(QCoreApplication.translate("forms", "Delete {what}?").replace("{what}", what))
    if goes_with:
        box.setInformativeText(goes_with)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setObjectName("confirm_delete")
    return box.exec() == QMessageBox.StandardButton.Yes


# --- small field helpers -----------------------------------------------------------


def set_date(edit: QDateEdit, value: date | None, *, optional: bool = True) -> None:
    """Prepare a Designer date field: an optional one shows blank until a date is set."""
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(" ")
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())


def date_of(edit: QDateEdit) -> date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def decimal_of(text: str, field: str, label: str) -> Decimal | None:
    """A Polish or English number ("4 000,50", "4000.50"); empty is None."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("zł", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            {
                field: QCoreApplication.translate("forms", "{field} must be a number").replace(
                    "{field}", label
                )
            }
        ) from None
