"""Forms of the Budgets tab: an expense, a move between lines, a budget line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from wall_desktop.gui import budget_labels
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.forms import FormDialog, date_edit, date_of
from wall_desktop.gui.money import money_edit, money_of
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
from wall_desktop.services.people_list import PersonRow


def line_text(line: LineBalance) -> str:
    return f"{line.category} · {budget_labels.funding_source(line.funding_source)}"


def _combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    return box


def _select(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


class ExpenseForm(FormDialog):
    """Add or correct an expense; ``read_only`` shows one of a locked project."""

    def __init__(
        self,
        ctx: Context,
        lines: Sequence[LineBalance],
        expenses: Sequence[ExpenseRow],
        people: Sequence[PersonRow],
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
        self.line = _combo("line")
        for line in lines:
            self.line.addItem(line_text(line), line.id)
        _select(self.line, expense.budget_line_id if expense else line_id)
        self.date = date_edit(expense.date if expense else dt.date.today(), optional=False)
        self.date.setObjectName("date")
        self.number = QLineEdit(expense.document_number if expense else "")
        self.number.setObjectName("document_number")
        self.kind = _combo("document_kind")
        for kind in DocumentKind:
            self.kind.addItem(budget_labels.document_kind(kind), kind.value)
        _select(self.kind, str(expense.document_kind) if expense else DocumentKind.INVOICE.value)
        self.vendor = QLineEdit((expense.vendor if expense else "") or "")
        self.vendor.setObjectName("vendor")
        self.description = QPlainTextEdit((expense.description if expense else "") or "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        self.amount = money_edit(expense.amount if expense else None, "amount")
        self.hours = QLineEdit(
            format_number(expense.hours, 2, trim=True) if expense and expense.hours else ""
        )
        self.hours.setObjectName("hours")
        self.corrects = _combo("corrects")
        self.payment_date = date_edit(expense.payment_date if expense else None)
        self.payment_method = _combo("payment_method")
        self.payment_method.addItem(self.tr("(not paid yet)"), None)
        for method in PaymentMethod:
            self.payment_method.addItem(budget_labels.payment_method(method), method.value)
        _select(self.payment_method, str(expense.payment_method) if expense else None)
        if expense is not None and expense.payment_method is None:
            self.payment_method.setCurrentIndex(0)
        self.handled_by = _combo("handled_by")
        self.handled_by.addItem(self.tr("(nobody)"), None)
        for person in people:
            self.handled_by.addItem(person.full_name, person.id)
        _select(self.handled_by, expense.handled_by_id if expense else None)
        self.add_field("budget_line_id", self.tr("Budget line"), self.line)
        self.add_field("date", self.tr("Date"), self.date)
        self.add_field("document_number", self.tr("Document number"), self.number)
        self.add_field("document_kind", self.tr("Document kind"), self.kind)
        self.add_field("vendor", self.tr("Vendor"), self.vendor)
        self.add_field("description", self.tr("Description"), self.description)
        self.add_field("amount", self.tr("Amount"), self.amount)
        self.add_field("hours", self.tr("Volunteer hours"), self.hours)
        self.add_field("corrects_id", self.tr("Corrects"), self.corrects)
        self.add_field("payment_date", self.tr("Paid on"), self.payment_date)
        self.add_field("payment_method", self.tr("Payment method"), self.payment_method)
        self.add_field("handled_by_id", self.tr("Handled by"), self.handled_by)
        self.line.currentIndexChanged.connect(self._line_changed)
        self._line_changed()
        if read_only:
            for widget, _error in self._fields.values():
                widget.setEnabled(False)
            self.buttons.button(self.buttons.StandardButton.Save).hide()
        self.resize(560, self.sizeHint().height())

    def _line_changed(self, *_args: object) -> None:
        """Hours belong to in-kind lines; a correction names an expense of the same line."""
        line = self.lines.get(combo_value(self.line))
        in_kind = line is not None and line.funding_source == FundingSource.OWN_IN_KIND
        self.hours.setEnabled(in_kind)
        self.hours.setPlaceholderText(
            self.tr("hours × {rate}").replace("{rate}", format_money(line.in_kind_rate))
            if in_kind and line is not None and line.in_kind_rate
            else ""
        )
        chosen = combo_value(self.corrects) if self.corrects.count() else None
        if chosen is None and self.expense is not None:
            chosen = self.expense.corrects_id
        self.corrects.clear()
        self.corrects.addItem(self.tr("(nothing: a new expense)"), None)
        for e in self.expenses:
            own = self.expense is not None and e.id == self.expense.id
            if e.budget_line_id == combo_value(self.line) and e.amount > 0 and not own:
                text = f"{e.document_number} · {format_date(e.date)} · {format_money(e.amount)}"
                self.corrects.addItem(text, e.id)
        _select(self.corrects, chosen)

    def collect(self) -> Callable[[], ExpenseRow]:
        errors: dict[str, str] = {}
        amount = hours = None
        try:
            amount = money_of(self.amount, "amount")
        except ValidationError as exc:
            errors.update(exc.errors)
        if self.hours.isEnabled():
            try:
                hours = money_of(self.hours, "hours")
            except ValidationError as exc:
                errors.update(exc.errors)
        if combo_value(self.line) is None:
            errors["budget_line_id"] = self.tr("Choose a budget line")
        if errors:
            raise ValidationError(errors)
        day = date_of(self.date)
        assert day is not None  # the field is not optional
        method = combo_value(self.payment_method)
        data = ExpenseInput(
            budget_line_id=int(combo_value(self.line)),
            date=day,
            document_number=self.number.text(),
            document_kind=DocumentKind(combo_value(self.kind)),
            vendor=self.vendor.text(),
            description=self.description.toPlainText(),
            amount=amount,  # type: ignore[arg-type]  # None: the service says it is required
            corrects_id=combo_value(self.corrects),
            payment_date=date_of(self.payment_date),
            payment_method=None if method is None else PaymentMethod(method),
            handled_by_id=combo_value(self.handled_by),
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
        movable = [ln for ln in lines if ln.funding_source != FundingSource.OWN_IN_KIND]
        self.source = _combo("from_line")
        self.target = _combo("to_line")
        for line in movable:
            label = (
                line_text(line)
                + " · "
                + self.tr("remaining {amount}").replace("{amount}", format_money(line.remaining))
            )
            self.source.addItem(label, line.id)
            self.target.addItem(line_text(line), line.id)
        _select(self.source, from_line_id)
        if self.target.count() > 1 and combo_value(self.target) == combo_value(self.source):
            self.target.setCurrentIndex(1)
        self.amount = money_edit(None, "amount")
        self.date = date_edit(dt.date.today(), optional=False)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.add_field("from_line_id", self.tr("From"), self.source)
        self.add_field("to_line_id", self.tr("To"), self.target)
        self.add_field("amount", self.tr("Amount"), self.amount)
        self.add_field("date", self.tr("Date"), self.date)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.resize(520, self.sizeHint().height())

    def collect(self) -> Callable[[], Any]:
        if combo_value(self.source) is None or combo_value(self.target) is None:
            raise ValidationError({"from_line_id": self.tr("This budget has no lines to move")})
        amount = money_of(self.amount, "amount")
        day = date_of(self.date)
        source, target = int(combo_value(self.source)), int(combo_value(self.target))
        ctx, reason = self.ctx, self.reason.text()
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
        self.category = QLineEdit(line.category if line else "")
        self.category.setObjectName("category")
        self.description = QLineEdit((line.description if line else "") or "")
        self.source = _combo("funding_source")
        for source in FundingSource:
            self.source.addItem(budget_labels.funding_source(source), source.value)
        _select(self.source, str(line.funding_source) if line else FundingSource.GRANT.value)
        self.planned = money_edit(line.planned if line else None, "planned")
        self.hours = QLineEdit(
            format_number(line.in_kind_hours, 2, trim=True) if line and line.in_kind_hours else ""
        )
        self.rate = money_edit(line.in_kind_rate if line else None, "in_kind_rate")
        self.add_field("category", self.tr("Category"), self.category)
        self.add_field("description", self.tr("Description"), self.description)
        self.add_field("funding_source", self.tr("Funding source"), self.source)
        self.add_field("planned", self.tr("Planned"), self.planned)
        self.add_field("in_kind_hours", self.tr("Volunteer hours"), self.hours)
        self.add_field("in_kind_rate", self.tr("Hourly rate"), self.rate)
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        if read_only:
            for widget, _error in self._fields.values():
                widget.setEnabled(False)
            self.buttons.button(self.buttons.StandardButton.Save).hide()
        self.resize(480, self.sizeHint().height())

    def _source_changed(self, *_args: object) -> None:
        in_kind = combo_value(self.source) == FundingSource.OWN_IN_KIND.value
        self.hours.setEnabled(in_kind)
        self.rate.setEnabled(in_kind)
        self.planned.setEnabled(not in_kind)

    def collect(self) -> Callable[[], LineBalance]:
        source = FundingSource(combo_value(self.source))
        in_kind = source == FundingSource.OWN_IN_KIND
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for name, edit, wanted in (
            ("planned", self.planned, not in_kind),
            ("in_kind_hours", self.hours, in_kind),
            ("in_kind_rate", self.rate, in_kind),
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
            category=self.category.text(),
            description=self.description.text() or None,
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
