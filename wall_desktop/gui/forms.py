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
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from wall_desktop.gui.worker import run_task
from wall_desktop.services.errors import ValidationError, WallError

ERROR_STYLE = "color: #b00020;"


class FormDialog(QDialog):
    """Subclasses add fields with ``add_field`` and implement ``save()``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.result_value: Any = None
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        outer = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.form.addRow(label, holder)
        lbl = self.form.labelForField(holder)
        if isinstance(lbl, QLabel):
            lbl.setBuddy(widget)
        self._fields[name] = (widget, error)
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name][0]

    def error_text(self, name: str) -> str:
        """The message shown under a field ("" when none): what the user reads."""
        if name == "":
            return self.general_error.text() if not self.general_error.isHidden() else ""
        label = self._fields[name][1]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        self.general_error.hide()
        self.general_error.clear()
        for widget, label in self._fields.values():
            label.hide()
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
                label.show()
                first = first or widget
            else:
                loose.append(message)
        if loose:
            self.general_error.setText("\n".join(loose))
            self.general_error.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

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


def date_edit(value: date | None = None, *, optional: bool = True) -> QDateEdit:
    """A dd.MM.yyyy date field with a calendar; an optional one may be left empty."""
    edit = QDateEdit()
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(" ")
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())
    return edit


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
