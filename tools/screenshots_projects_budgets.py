#!/usr/bin/env python3
"""PNGs of the Projects and Budgets tabs on the demo data at 1366×768 (docs/screenshots/).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_projects_budgets.py

Shows a settled project with its lock history, and a project's budget that is
under way (lines, totals, expenses); then each of their forms at its normal size
(project, meeting, team, expense, move between lines, budget line).  Works on a
throw-away demo database.
"""

from __future__ import annotations

from shot_window import demo_window, save_shot, start


def main() -> int:
    app, _scratch, language = start("wall-shots-")

    from wall_desktop.gui.tabs.base import TabPage
    from wall_desktop.gui.tabs.budgets import BudgetsTab
    from wall_desktop.gui.tabs.projects import ProjectsTab

    window, ws = demo_window()

    def shoot(name: str) -> None:
        save_shot(window, name, language)

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

    def shoot_form(name: str, page: TabPage) -> None:
        form = page.active_form
        assert form is not None, name
        save_shot(form, name, language)
        form.reject()

    budgets.table.setCurrentIndex(budgets.proxy.index(0, 0))
    budgets.edit_current()
    shoot_form("form-expense", budgets)
    budgets.move_money()
    shoot_form("form-transfer", budgets)
    budgets.edit_current_line()
    shoot_form("form-budget-line", budgets)
    window.tabs.setCurrentWidget(projects)
    projects.select_where(lambda p: p.neighbourhood_name == "Jagodno")
    projects.edit_current()
    shoot_form("form-project", projects)
    projects.detail.meetings_table.setCurrentIndex(projects.detail.meetings_proxy.index(0, 0))
    projects.edit_current_meeting()
    shoot_form("form-meeting", projects)
    projects.edit_team()
    shoot_form("form-team", projects)
    window.close()
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
