"""The main window's tabs, in the order they are shown.

``TABS`` names each tab's module and class and gives its title without
importing the module, so the window shows every title at start and builds
(imports) a tab only when it is first shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from wall_desktop.gui.tabs.base import TabPage


@dataclass(frozen=True)
class TabEntry:
    module: str  # under wall_desktop.gui.tabs
    name: str  # the TabPage subclass; also the translation context of its title
    title: Callable[[], str]  # the same text as the class's title()

    def load(self) -> type[TabPage]:
        cls: type[TabPage] = getattr(
            importlib.import_module(f"{__name__}.{self.module}"), self.name
        )
        return cls

    def names(self, cls: type) -> bool:
        return cls.__module__ == f"{__name__}.{self.module}" and cls.__name__ == self.name


def _tr(context: str, text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(context, text)


TABS: tuple[TabEntry, ...] = (
    TabEntry("neighbourhoods", "NeighbourhoodsTab", _tr("NeighbourhoodsTab", "Neighbourhoods")),
    TabEntry("people", "PeopleTab", _tr("PeopleTab", "People")),
    TabEntry("trainings", "TrainingsTab", _tr("TrainingsTab", "Trainings")),
    TabEntry("projects", "ProjectsTab", _tr("ProjectsTab", "Projects")),
    TabEntry("budgets", "BudgetsTab", _tr("BudgetsTab", "Budgets")),
)


def tab_classes() -> list[type[TabPage]]:
    """Every tab's class (imports all of them)."""
    return [entry.load() for entry in TABS]
