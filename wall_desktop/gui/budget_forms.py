"""Forms of the Budgets tab: an expense, a move between lines, a budget line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from wall_desktop.gui import budget_labels
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_budget_line_form import Ui_BudgetLineForm
from wall_desktop.gui.designer.ui_expense_form import Ui_ExpenseForm
from wall_desktop.gui.designer.ui_transfer_form import Ui_TransferForm
from wall_desktop.gui.forms import FormDialog, date_of, set_date
from wall_desktop.gui.money import money_of, set_money
from wall_desktop.gui.worker import run_task
from wall_desktop.services.context import Context
from wall_desktop.services.errors import ValidationError
from wall_desktop.services.expenses import DocumentKind, FundingSource, PaymentMethod
from wall_desktop.services.formatting import format_date, format_money, format_number
from wall_desktop.services.ledger import (
    BudgetLineInput,
    ExpenseInput,
    ExpenseRow,
    LineBalance,
    add_expense,
    create_budget_line,
    transfer,
    update_budget_line,
    update_expense,
)
from wall_desktop.services.people_list import PersonRow, list_people


def line_text(line: LineBalance) -> str:
    return f"{line.category} · {budget_labels.funding_source(line.funding_source)}"


def _select(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


class PersonChooser(QObject):
    """The form's "handled by" box as a search over the programme's people.

    Typed letters ask the people list (in the worker, after a short pause) for the
    first ``CHOICES`` matches, shown under the box; the form never holds the whole
    programme (100,000 people in a city: 100 MiB, read for every budget shown).
    The box's items are "(nobody)" and the person chosen; ``value()`` is the id.
    """

    CHOICES = 30
    PAUSE_MS = 200

    def __init__(
        self,
        combo: QComboBox,
        ctx: Context,
        programme_id: int | None,
        current: tuple[int, str] | None,
        nobody: str,
    ) -> None:
        super().__init__(combo)
        self.combo, self.ctx, self.programme_id = combo, ctx, programme_id
        self.found: list[PersonRow] = []
        combo.setEditable(True)
        combo.setMinimumWidth(300)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(nobody, None)
        if current is not None:
            combo.addItem(current[1], current[0])
            combo.setCurrentIndex(1)
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setObjectName("person_completer")
        combo.setCompleter(self.completer)
        self.completer.activated.connect(self._chosen)  # the text overload
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.PAUSE_MS)
        self.timer.timeout.connect(self.search)
        line_edit = combo.lineEdit()
        assert line_edit is not None
        line_edit.textEdited.connect(lambda _t: self.timer.start())

    def search(self) -> None:
        """Ask for the people whose name starts as typed (the worker; the box stays live)."""
        text = self.combo.currentText().strip()
        if not text or self.programme_id is None or self._index_of(text) >= 0:
            self.names.setStringList([])
            return
        ctx, pid, limit = self.ctx, self.programme_id, self.CHOICES
        run_task(lambda: list_people(ctx, pid, search=text, limit=limit), self._show)

    def _show(self, people: list[PersonRow]) -> None:
        self.found = people
        labels = [self._label(p) for p in people]
        self.names.setStringList(labels)
        popup = self.completer.popup()
        if popup is not None:
            widest = max((popup.fontMetrics().horizontalAdvance(t) for t in labels), default=0)
            popup.setMinimumWidth(max(self.combo.width(), widest + 40))  # names are not cut
        if people and self.combo.lineEdit() is not None and self.combo.isVisible():
            self.completer.complete()

    def _label(self, person: PersonRow) -> str:
        where = f" · {person.neighbourhood_name}" if person.neighbourhood_name else ""
        return f"{person.full_name}{where}"

    def _chosen(self, label: str) -> None:
        person = next((p for p in self.found if self._label(p) == label), None)
        if person is not None:
            self.choose(person)

    def choose(self, person: PersonRow) -> None:
        label = self._label(person)
        at = self._index_of(label)
        if at < 0:
            self.combo.addItem(label, person.id)
            at = self.combo.count() - 1
        self.combo.setCurrentIndex(at)

    def _index_of(self, text: str) -> int:
        return self.combo.findText(text, Qt.MatchFlag.MatchFixedString)

    def value(self) -> int | None:
        """The chosen person's id; raises when the typed text names nobody on the list."""
        text = self.combo.currentText().strip()
        if not text:
            return None
        at = self._index_of(text)
        if at < 0:
            raise ValidationError(
                {"handled_by_id": self.tr("Choose a person from the list, or (nobody)")}
            )
        value = combo_value(self.combo, at)
        return None if value is None else int(value)


class ExpenseForm(FormDialog):
    """Add or correct an expense; ``read_only`` shows one of a locked project."""

    def __init__(
        self,
        ctx: Context,
        lines: Sequence[LineBalance],
        expenses: Sequence[ExpenseRow],
        programme_id: int | None,
        expense: ExpenseRow | None,
        line_id: int | None = None,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New expense") if expense is None else self.tr("Expense")
        super().__init__(title, parent)
        self.setObjectName("expense_form")
        self.ctx, self.expense = ctx, expense
        self.lines = {line.id: line for line in lines}
        self.expenses = list(expenses)
        ui = self.ui = Ui_ExpenseForm()
        self.use_form(ui)
        for line in lines:
            ui.budget_line_id.addItem(line_text(line), line.id)
        _select(ui.budget_line_id, expense.budget_line_id if expense else line_id)
        set_date(ui.date, expense.date if expense else dt.date.today(), optional=False)
        for kind in DocumentKind:
            ui.document_kind.addItem(budget_labels.document_kind(kind), kind.value)
        _select(
            ui.document_kind, str(expense.document_kind) if expense else DocumentKind.INVOICE.value
        )
        set_money(ui.amount, expense.amount if expense else None)
        set_date(ui.payment_date, expense.payment_date if expense else None)
        ui.payment_method.addItem(self.tr("(not paid yet)"), None)
        for method in PaymentMethod:
            ui.payment_method.addItem(budget_labels.payment_method(method), method.value)
        handler = None
        if expense is not None and expense.handled_by_id is not None:
            handler = (expense.handled_by_id, expense.handled_by_name or "?")
        self.handled_by = PersonChooser(
            ui.handled_by_id, ctx, programme_id, handler, self.tr("(nobody)")
        )
        if expense is not None:
            ui.document_number.setText(expense.document_number)
            ui.vendor.setText(expense.vendor or "")
            ui.description.setPlainText(expense.description or "")
            if expense.hours:
                ui.hours.setText(format_number(expense.hours, 2, trim=True))
            _select(ui.payment_method, expense.payment_method and str(expense.payment_method))
        ui.budget_line_id.currentIndexChanged.connect(self._line_changed)
        self._line_changed()
        if read_only:
            for widget, _error in self._fields.values():
                widget.setEnabled(False)
            self.buttons.button(self.buttons.StandardButton.Save).hide()
        self.resize(560, self.sizeHint().height())

    def _line_changed(self, *_args: object) -> None:
        """Hours belong to in-kind lines; a correction names an expense of the same line."""
        line = self.lines.get(combo_value(self.ui.budget_line_id))
        in_kind = line is not None and line.funding_source == FundingSource.OWN_IN_KIND
        self.ui.hours.setEnabled(in_kind)
        self.ui.hours.setPlaceholderText(
            self.tr("hours × {rate}").replace("{rate}", format_money(line.in_kind_rate))
            if in_kind and line is not None and line.in_kind_rate
            else ""
        )
        chosen = combo_value(self.ui.corrects_id) if self.ui.corrects_id.count() else None
        if chosen is None and self.expense is not None:
            chosen = self.expense.corrects_id
        self.ui.corrects_id.clear()
        self.ui.corrects_id.addItem(self.tr("(nothing: a new expense)"), None)
        for e in self.expenses:
            own = self.expense is not None and e.id == self.expense.id
            if e.budget_line_id == combo_value(self.ui.budget_line_id) and e.amount > 0 and not own:
                text = f"{e.document_number} · {format_date(e.date)} · {format_money(e.amount)}"
                self.ui.corrects_id.addItem(text, e.id)
        _select(self.ui.corrects_id, chosen)

    def collect(self) -> Callable[[], ExpenseRow]:
        errors: dict[str, str] = {}
        amount = hours = None
        try:
            amount = money_of(self.ui.amount, "amount")
        except ValidationError as exc:
            errors.update(exc.errors)
        if self.ui.hours.isEnabled():
            try:
                hours = money_of(self.ui.hours, "hours")
            except ValidationError as exc:
                errors.update(exc.errors)
        if combo_value(self.ui.budget_line_id) is None:
            errors["budget_line_id"] = self.tr("Choose a budget line")
        handled_by = None
        try:
            handled_by = self.handled_by.value()
        except ValidationError as exc:
            errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        day = date_of(self.ui.date)
        assert day is not None  # the field is not optional
        method = combo_value(self.ui.payment_method)
        data = ExpenseInput(
            budget_line_id=int(combo_value(self.ui.budget_line_id)),
            date=day,
            document_number=self.ui.document_number.text(),
            document_kind=DocumentKind(combo_value(self.ui.document_kind)),
            vendor=self.ui.vendor.text(),
            description=self.ui.description.toPlainText(),
            amount=amount,  # type: ignore[arg-type]  # None: the service says it is required
            corrects_id=combo_value(self.ui.corrects_id),
            payment_date=date_of(self.ui.payment_date),
            payment_method=None if method is None else PaymentMethod(method),
            handled_by_id=handled_by,
            hours=hours,
        )
        ctx, expense = self.ctx, self.expense
        if expense is None:
            return lambda: add_expense(ctx, data)
        return lambda: update_expense(ctx, expense.id, data)


class TransferForm(FormDialog):
    """Move planned money from one line to another of the same budget and funding source."""

    def __init__(
        self,
        ctx: Context,
        lines: Sequence[LineBalance],
        from_line_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Move money between lines"), parent)
        self.setObjectName("transfer_form")
        self.ctx = ctx
        ui = self.ui = Ui_TransferForm()
        self.use_form(ui)
        movable = [ln for ln in lines if ln.funding_source != FundingSource.OWN_IN_KIND]
        for line in movable:
            label = (
                line_text(line)
                + " · "
                + self.tr("remaining {amount}").replace("{amount}", format_money(line.remaining))
            )
            ui.from_line_id.addItem(label, line.id)
            ui.to_line_id.addItem(line_text(line), line.id)
        _select(ui.from_line_id, from_line_id)
        if ui.to_line_id.count() > 1 and combo_value(ui.to_line_id) == combo_value(ui.from_line_id):
            ui.to_line_id.setCurrentIndex(1)
        set_money(ui.amount, None)
        set_date(ui.date, dt.date.today(), optional=False)
        self.resize(520, self.sizeHint().height())

    def collect(self) -> Callable[[], Any]:
        ui = self.ui
        if combo_value(ui.from_line_id) is None or combo_value(ui.to_line_id) is None:
            raise ValidationError({"from_line_id": self.tr("This budget has no lines to move")})
        amount = money_of(ui.amount, "amount")
        day = date_of(ui.date)
        source, target = int(combo_value(ui.from_line_id)), int(combo_value(ui.to_line_id))
        ctx, reason = self.ctx, ui.reason.text()
        return lambda: transfer(ctx, source, target, amount, reason, day)  # type: ignore[arg-type]


class BudgetLineForm(FormDialog):
    def __init__(
        self,
        ctx: Context,
        programme_id: int,
        project_id: int | None,
        line: LineBalance | None,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New budget line") if line is None else self.tr("Budget line"), parent
        )
        self.setObjectName("line_form")
        self.ctx, self.programme_id, self.project_id, self.line = (
            ctx,
            programme_id,
            project_id,
            line,
        )
        ui = self.ui = Ui_BudgetLineForm()
        self.use_form(ui)
        for source in FundingSource:
            ui.funding_source.addItem(budget_labels.funding_source(source), source.value)
        _select(ui.funding_source, str(line.funding_source) if line else FundingSource.GRANT.value)
        set_money(ui.planned, line.planned if line else None)
        set_money(ui.in_kind_rate, line.in_kind_rate if line else None)
        if line is not None:
            ui.category.setText(line.category)
            ui.description.setText(line.description or "")
            if line.in_kind_hours:
                ui.in_kind_hours.setText(format_number(line.in_kind_hours, 2, trim=True))
        ui.funding_source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        if read_only:
            for widget, _error in self._fields.values():
                widget.setEnabled(False)
            self.buttons.button(self.buttons.StandardButton.Save).hide()
        self.resize(480, self.sizeHint().height())

    def _source_changed(self, *_args: object) -> None:
        in_kind = combo_value(self.ui.funding_source) == FundingSource.OWN_IN_KIND.value
        self.ui.in_kind_hours.setEnabled(in_kind)
        self.ui.in_kind_rate.setEnabled(in_kind)
        self.ui.planned.setEnabled(not in_kind)

    def collect(self) -> Callable[[], LineBalance]:
        ui = self.ui
        source = FundingSource(combo_value(ui.funding_source))
        in_kind = source == FundingSource.OWN_IN_KIND
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for name, edit, wanted in (
            ("planned", ui.planned, not in_kind),
            ("in_kind_hours", ui.in_kind_hours, in_kind),
            ("in_kind_rate", ui.in_kind_rate, in_kind),
        ):
            try:
                values[name] = money_of(edit, name) if wanted else None
            except ValidationError as exc:
                errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        data = BudgetLineInput(
            programme_id=self.programme_id,
            project_id=self.project_id if self.line is None else self.line.project_id,
            category=ui.category.text(),
            description=ui.description.text() or None,
            funding_source=source,
            # in kind the service computes the plan from hours × rate
            planned=Decimal("0.00") if in_kind else values["planned"],
            in_kind_hours=values["in_kind_hours"],
            in_kind_rate=values["in_kind_rate"],
        )
        ctx, line = self.ctx, self.line
        if line is None:
            return lambda: create_budget_line(ctx, data)
        return lambda: update_budget_line(ctx, line.id, data)
