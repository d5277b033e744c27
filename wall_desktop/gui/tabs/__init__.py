"""The main window's tabs, in the order they are shown."""

from __future__ import annotations

from wall_desktop.gui.tabs.base import TabPage


def tab_classes() -> list[type[TabPage]]:
    from wall_desktop.gui.tabs.budgets import BudgetsTab
    from wall_desktop.gui.tabs.neighbourhoods import NeighbourhoodsTab
    from wall_desktop.gui.tabs.people import PeopleTab
    from wall_desktop.gui.tabs.projects import ProjectsTab
    from wall_desktop.gui.tabs.trainings import TrainingsTab

    return [NeighbourhoodsTab, PeopleTab, TrainingsTab, ProjectsTab, BudgetsTab]
