"""The Budgets tab driven as a user would: an expense over its line is refused, one that
fits updates what remains; edit, delete, a move between lines, scans, a locked project."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from wall_desktop.gui import scans as scans_module
from wall_desktop.gui.budget_forms import ExpenseForm, TransferForm
from wall_desktop.gui.lock_dialog import LockReasonForm
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs import budgets as budgets_module
from wall_desktop.gui.tabs.budgets import BudgetsTab
from wall_desktop.services.ledger import line_balances, list_expenses, list_transfers
from wall_desktop.services.projects import is_locked, lock_history

DISPLAY = Qt.ItemDataRole.DisplayRole
AMOUNT, LINE_REMAINING, LINE_MOVES_IN = 4, 8, 4


def _tab(window: MainWindow, neighbourhood: str) -> BudgetsTab:
    tab = window.page(BudgetsTab)
    assert isinstance(tab, BudgetsTab)
    window.tabs.setCurrentWidget(tab)
    assert tab.data is not None
    key = next(p.id for p in tab.data.projects if p.neighbourhood_name == neighbourhood)
    tab.select_budget(key)
    assert tab.data.key == key
    return tab


def _select_line(tab: BudgetsTab, category: str) -> int:
    for r in range(tab.lines_proxy.rowCount()):
        if tab.lines_proxy.row_at(r).category == category:
            tab.lines_table.setCurrentIndex(tab.lines_proxy.index(r, 0))
            return r
    raise AssertionError(category)


def _save(form: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _line(window: MainWindow, line_id: int):  # type: ignore[no-untyped-def]
    ws = window.workspace
    return next(ln for ln in line_balances(ws.ctx, ws.programme_id) if ln.id == line_id)


def test_an_expense_over_its_line_is_refused_then_one_that_fits_is_saved(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    tab = _tab(window, "Księże Małe")
    row = _select_line(tab, "Promocja")
    line = tab.current_line()
    assert line.remaining == Decimal("213.20")
    count = len(list_expenses(ws.ctx, ws.programme_id))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    form = tab.active_form
    assert isinstance(form, ExpenseForm) and form.isVisible()
    assert form.ui.budget_line_id.currentData() == line.id  # the selected line is proposed
    form.ui.date.setDate(QDate(2023, 8, 2))
    qtbot.keyClicks(form.ui.document_number, "FV 12/08/2023")
    qtbot.keyClicks(form.ui.vendor, "Drukarnia Poligraf s.c.")
    qtbot.keyClicks(form.ui.amount, "300,00")
    form.ui.amount.insert(" zł")  # QTest types Latin-1 only
    _save(form, qtbot)
    assert form.isVisible()
    message = form.error_text("")
    assert "Promocja" in message and "86,80" in message  # the service says by how much
    assert len(list_expenses(ws.ctx, ws.programme_id)) == count
    assert _line(window, line.id).remaining == Decimal("213.20")

    form.ui.amount.clear()
    qtbot.keyClicks(form.ui.amount, "200.50")
    _save(form, qtbot)
    assert not form.isVisible()
    assert len(list_expenses(ws.ctx, ws.programme_id)) == count + 1
    assert _line(window, line.id).remaining == Decimal("12.70")
    shown = tab.lines_proxy.index(_select_line(tab, "Promocja"), LINE_REMAINING).data(DISPLAY)
    assert shown == "12,70\u00a0zł"
    assert row is not None
    assert "FV 12/08/2023" in [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())]


def test_edit_then_delete_an_expense_with_confirmation(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    tab = _tab(window, "Księże Małe")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    expense = tab.current_row()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    form = tab.active_form
    assert isinstance(form, ExpenseForm) and form.expense == expense
    form.ui.amount.setText("abc")
    _save(form, qtbot)
    assert form.error_text("amount")  # not a number: said under the field, nothing saved
    form.ui.amount.setText("100,00")
    _save(form, qtbot)
    assert not form.isVisible()
    saved = next(e for e in list_expenses(ws.ctx, ws.programme_id) if e.id == expense.id)
    assert saved.amount == Decimal("100.00")

    asked: list[tuple[str, str | None]] = []
    answer = [False]

    def confirm(_parent: object, what: str, goes_with: str | None = None) -> bool:
        asked.append((what, goes_with))
        return answer[0]

    monkeypatch.setattr(budgets_module, "confirm_delete", confirm)
    tab.select_where(lambda e: e.id == expense.id)
    tab.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert expense.document_number in asked[0][0] and "100,00" in asked[0][0]
    assert "skan" in (asked[0][1] or "")
    assert any(e.id == expense.id for e in list_expenses(ws.ctx, ws.programme_id))
    answer[0] = True
    tab.delete_selected()
    assert all(e.id != expense.id for e in list_expenses(ws.ctx, ws.programme_id))
    assert all(e.id != expense.id for e in tab.model.rows())


def test_a_move_between_lines(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    tab = _tab(window, "Księże Małe")
    _select_line(tab, "Materiały i zakupy")
    source = tab.current_line()
    qtbot.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    form = tab.active_form
    assert isinstance(form, TransferForm)
    assert form.ui.from_line_id.currentData() == source.id
    target_id = next(ln.id for ln in tab.data.lines if ln.category == "Promocja")  # type: ignore[union-attr]
    form.ui.to_line_id.setCurrentIndex(form.ui.to_line_id.findData(target_id))
    form.ui.date.setDate(QDate(2023, 7, 1))
    qtbot.keyClicks(form.ui.amount, "150")
    _save(form, qtbot)
    assert form.error_text("reason")  # a reason is required
    qtbot.keyClicks(form.ui.reason, "More posters")
    _save(form, qtbot)
    assert not form.isVisible()
    moves = list_transfers(ws.ctx, ws.programme_id)
    assert [(m.from_line_id, m.to_line_id, m.amount) for m in moves] == [
        (source.id, target_id, Decimal("150.00"))
    ]
    row = _select_line(tab, "Promocja")
    assert tab.lines_proxy.index(row, LINE_MOVES_IN).data(DISPLAY) == "150,00\u00a0zł"
    assert "More posters" in tab.lines_proxy.index(row, LINE_MOVES_IN).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert _line(window, source.id).effective_plan == Decimal("1850.00")


def test_scans_are_added_viewed_and_removed(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window, "Księże Małe")
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    expense = tab.current_row()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3080c0"))
    scan = tmp_path / "paragon_żółty.png"
    assert image.save(str(scan))
    monkeypatch.setattr(scans_module, "choose_files", lambda _parent: [str(scan)])
    monkeypatch.setattr(scans_module, "confirm_delete", lambda *_a, **_k: True)
    qtbot.mouseClick(tab.scans_button, Qt.MouseButton.LeftButton)
    dialog = tab.active_form
    assert isinstance(dialog, scans_module.ScansDialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data(DISPLAY) == "paragon_żółty.png"
    dialog.view_current()
    assert isinstance(dialog.viewer, scans_module.ImageViewer)
    assert dialog.viewer.image.pixmap().width() == 40
    dialog.viewer.reject()
    dialog.reject()  # closing reloads the tab: the count of scans shows
    row = tab.model.find(lambda e: e.id == expense.id)
    assert tab.model.index(row, 9).data(DISPLAY) == "1"

    opened: list[Path] = []
    monkeypatch.setattr(scans_module, "open_externally", lambda p: opened.append(p) or True)
    pdf = tmp_path / "faktura.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    monkeypatch.setattr(scans_module, "choose_files", lambda _parent: [str(pdf)])
    tab.select_where(lambda e: e.id == expense.id)
    tab.show_scans()
    dialog = tab.active_form
    dialog.add_files()
    names = [dialog.proxy.row_at(r).file_name for r in range(dialog.proxy.rowCount())]
    dialog.table.setCurrentIndex(dialog.proxy.index(names.index("faktura.pdf"), 0))
    dialog.view_current()  # a PDF opens as a temporary copy in the desktop's viewer
    assert [p.name for p in opened] == ["faktura.pdf"]
    assert opened[0].read_bytes() == pdf.read_bytes()
    dialog.table.setCurrentIndex(dialog.proxy.index(names.index("paragon_żółty.png"), 0))
    dialog.remove_current()
    assert [dialog.proxy.row_at(r).file_name for r in range(dialog.proxy.rowCount())] == [
        "faktura.pdf"
    ]


def test_a_locked_project_is_read_only_and_unlocks_with_a_reason(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    tab = _tab(window, "Biskupin")
    project_id = tab.data.key  # type: ignore[union-attr]
    assert tab.banner.isVisibleTo(tab) and "Biskupińska" in tab.banner_label.text()
    assert not tab.add_button.isEnabled() and not tab.move_button.isEnabled()
    count = len(list_expenses(ws.ctx, ws.programme_id))
    tab.table.setFocus()
    tab.add_record()
    assert tab.active_form is None  # nothing to add to
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    form = tab.active_form
    assert isinstance(form, ExpenseForm)
    assert (
        not form.ui.amount.isEnabled()
        and form.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
    )
    form.reject()
    tab.delete_selected()  # refused quietly: the button is off and nothing is asked
    assert len(list_expenses(ws.ctx, ws.programme_id)) == count

    qtbot.mouseClick(tab.unlock_button, Qt.MouseButton.LeftButton)
    reason = tab.active_form
    assert isinstance(reason, LockReasonForm)
    reason.reason.insertPlainText("Brakujący opis faktury.")
    _save(reason, qtbot)
    assert not is_locked(ws.ctx, project_id)
    assert lock_history(ws.ctx, project_id)[-1].reason == "Brakujący opis faktury."
    assert not tab.banner.isVisibleTo(tab) and tab.add_button.isEnabled()


def test_the_person_who_handled_it_is_found_by_typing(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The chooser asks for the few people matching the typed name."""
    ws = window.workspace
    tab = _tab(window, "Księże Małe")
    assert tab.data is not None
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    expense = tab.current_row()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    form = tab.active_form
    assert isinstance(form, ExpenseForm)
    box, chooser = form.ui.handled_by_id, form.handled_by
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "kowal")
    qtbot.waitUntil(lambda: chooser.names.rowCount() > 0, timeout=3000)
    offered = chooser.names.stringList()
    assert 0 < len(offered) <= chooser.CHOICES
    assert all("kowal" in name.lower() for name in offered)
    chooser.completer.activated.emit(offered[0])  # the user picks the first suggestion
    assert box.currentText() == offered[0]
    chosen = chooser.found[0]
    _save(form, qtbot)
    assert not form.isVisible()
    saved = next(e for e in list_expenses(ws.ctx, ws.programme_id) if e.id == expense.id)
    assert saved.handled_by_id == chosen.id

    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # reopened: the name is there, unread
    form = tab.active_form
    assert isinstance(form, ExpenseForm)
    assert form.ui.handled_by_id.currentText() == chosen.full_name
    form.ui.handled_by_id.setEditText("Nikt Taki")
    _save(form, qtbot)
    assert form.isVisible() and "list" in form.error_text("handled_by_id").lower()
    form.ui.handled_by_id.setEditText("")  # empty: nobody handled it
    _save(form, qtbot)
    assert not form.isVisible()
    saved = next(e for e in list_expenses(ws.ctx, ws.programme_id) if e.id == expense.id)
    assert saved.handled_by_id is None
