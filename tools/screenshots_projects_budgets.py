#!/usr/bin/env python3
"""PNGs of the Projects and Budgets tabs on the demo data at 1366×768 (docs/screenshots/).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_projects_budgets.py

Shows a settled project with its lock history, and a project's budget that is
under way (lines, totals, expenses).  Works on a throw-away demo database.
"""

from __future__ import annotations

from shot_window import OUT, start


def main() -> int:
    app, _scratch, language = start("wall-shots-")
    from PySide6.QtWidgets import QApplication

    from wall_desktop.gui.main_window import MainWindow
    from wall_desktop.gui.tabs.budgets import BudgetsTab
    from wall_desktop.gui.tabs.projects import ProjectsTab
    from wall_desktop.gui.workspace import open_demo

    ws = open_demo("Anna Nowak")
    window = MainWindow(ws)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.load_all()

    def shoot(name: str) -> None:
        for _ in range(5):
            QApplication.processEvents()
        target = OUT / f"{name}-{language}.png"
        window.grab().save(str(target))
        print(target)

    projects = window.page(ProjectsTab)
    assert isinstance(projects, ProjectsTab)
    window.tabs.setCurrentWidget(projects)
    projects.select_where(lambda p: p.neighbourhood_name == "Przedmieście Oławskie")
    shoot("projects")
    budgets = window.page(BudgetsTab)
    assert isinstance(budgets, BudgetsTab)
    window.tabs.setCurrentWidget(budgets)
    key = next(p.id for p in budgets.data.projects if p.neighbourhood_name == "Księże Małe")  # type: ignore[union-attr]
    budgets.select_budget(key)
    budgets.lines_table.setCurrentIndex(budgets.lines_proxy.index(0, 0))
    shoot("budgets")
    window.close()
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
