"""Record tables size their columns from font metrics: about what Qt's own measuring gives."""

from __future__ import annotations

from wall_desktop.gui.column_widths import NARROWEST, WIDEST, fit_columns
from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs import TABS
from wall_desktop.gui.tabs.base import TableTab


def test_every_tab_gets_the_widths_resize_to_contents_gives(window: MainWindow) -> None:
    checked = 0
    for index in range(len(TABS)):
        page = window.page_at(index)
        if not isinstance(page, TableTab) or page.model.rowCount() == 0:
            continue
        table = page.table
        columns = range(page.model.columnCount())
        if table.horizontalHeader().stretchLastSection():
            columns = columns[:-1]  # it takes the room left, whatever it was given
        fit_columns(table, page.model)  # the tab may narrow a column after (Trainings' place)
        ours = [table.columnWidth(c) for c in columns]
        table.resizeColumnsToContents()
        qts = [min(max(table.columnWidth(c), NARROWEST), WIDEST) for c in columns]
        # never narrower (the text would be cut short with "…"), at most two pixels wider
        assert all(0 <= a - b <= 2 for a, b in zip(ours, qts, strict=True)), (
            page.title(),
            ours,
            qts,
        )
        checked += 1
    assert checked >= 4  # neighbourhoods, people, trainings, projects (the demo fills them)
