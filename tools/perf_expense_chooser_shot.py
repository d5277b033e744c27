"""Screenshot of the expense form's person chooser with suggestions (perf engineer's check).

Run: xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/perf_expense_chooser_shot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from wall_desktop.gui.app import application, install_language
from wall_desktop.gui.budget_forms import ExpenseForm
from wall_desktop.gui.worker import SyncPool, set_pool
from wall_desktop.gui.workspace import open_demo


def main() -> int:
    app = application()
    install_language("pl")
    set_pool(SyncPool())
    with tempfile.TemporaryDirectory():
        ws = open_demo("Zrzut")
        from wall_desktop.services.ledger import line_balances, list_expenses

        ctx, pid = ws.ctx, ws.programme_id
        lines = line_balances(ctx, pid)
        expenses = list_expenses(ctx, pid)
        form = ExpenseForm(ctx, lines, expenses, pid, expenses[0], None)
        form.show()
        box = form.ui.handled_by_id
        box.setFocus()
        box.lineEdit().setText("kow")
        form.handled_by.search()
        for _ in range(20):
            app.processEvents()
        out = Path("docs/screenshots/perf-expense-chooser.png")
        screen = QApplication.primaryScreen()
        screen.grabWindow(0).copy(form.frameGeometry().adjusted(0, 0, 0, 260)).save(str(out))
        print(out)
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
