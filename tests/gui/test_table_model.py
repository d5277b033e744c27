"""The row table model and its sort proxy, without any widget."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QAbstractItemModelTester

from wall_desktop.gui.table_model import (
    RIGHT,
    ROW_ROLE,
    SORT_ROLE,
    Column,
    RowTableModel,
    make_proxy,
)
from wall_desktop.gui.tabs.neighbourhoods import NeighbourhoodsTab
from wall_desktop.gui.tabs.people import PeopleTab
from wall_desktop.gui.workspace import Workspace
from wall_desktop.text_keys import sort_key

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Line:
    name: str
    amount: Decimal


COLUMNS = [
    Column("Name", lambda r: r.name, tooltip=lambda r: f"about {r.name}"),
    Column(
        "Amount", lambda r: f"{r.amount} zł", lambda r: r.amount, RIGHT, warn=lambda r: r.amount < 0
    ),
]


def _model(rows: list[Line], batch: int = 500) -> RowTableModel[Line]:
    model: RowTableModel[Line] = RowTableModel(COLUMNS, batch=batch)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(rows)
    return model


def test_roles_of_every_column() -> None:
    model = _model([Line("Żaneta", Decimal("10.50")), Line("adam", Decimal("-2.00"))])
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Amount"
    first = model.index(0, 0)
    assert first.data(DISPLAY) == "Żaneta"
    assert first.data(SORT_ROLE) == sort_key("Żaneta")  # Polish order of the text by default
    assert first.data(ROW_ROLE) == Line("Żaneta", Decimal("10.50"))
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "about Żaneta"
    amount = model.index(1, 1)
    assert amount.data(DISPLAY) == "-2.00 zł"
    assert amount.data(SORT_ROLE) == Decimal("-2.00")
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert isinstance(amount.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None


def test_proxy_sorts_by_the_python_key_not_the_text() -> None:
    rows = [Line("a", Decimal("9.00")), Line("b", Decimal("10.00")), Line("c", Decimal("-1.00"))]
    proxy = make_proxy(_model(rows))
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.row_at(r).name for r in range(3)] == ["c", "a", "b"]  # 9 < 10 as numbers
    proxy.set_predicate(lambda row: row.amount > 0)
    assert [proxy.row_at(r).name for r in range(proxy.rowCount())] == ["a", "b"]


def test_text_columns_sort_in_polish_order() -> None:
    names = ["Żak", "Zieliński", "Łukasiewicz", "Lis", "Ćwiek", "Cieślak", "Źdźbło", "ólka", "Osa"]
    proxy = make_proxy(_model([Line(n, Decimal(0)) for n in names]))
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    polish = ["Cieślak", "Ćwiek", "Lis", "Łukasiewicz", "Osa", "ólka", "Zieliński", "Źdźbło"]
    assert shown == [*polish, "Żak"]


def test_sort_keys_are_made_once_per_row_not_per_comparison() -> None:
    made: list[str] = []

    def key(row: Line) -> str:
        made.append(row.name)
        return sort_key(row.name)

    model: RowTableModel[Line] = RowTableModel([Column("Name", lambda r: r.name, key)])
    model.set_rows([Line(f"Osoba {n}", Decimal(0)) for n in range(200, 0, -1)])
    proxy = make_proxy(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Osoba 200"  # numbers by value
    assert len(made) == 200
    model.replace_row(0, Line("Osoba 999", Decimal(0)))
    assert len(made) == 201 and proxy.index(0, 0).data() == "Osoba 999"


def test_rows_are_handed_to_the_view_in_batches() -> None:
    model = _model([Line(str(i), Decimal(i)) for i in range(25)], batch=10)
    assert model.rowCount() == 10 and model.total_rows() == 25
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()


def test_neighbourhood_tab_model_on_demo_data(demo_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = NeighbourhoodsTab(demo_ws, None)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    tab.load()
    assert tab.model.rowCount() == 13
    for column in range(tab.model.columnCount()):
        for r in range(tab.model.rowCount()):
            index = tab.model.index(r, column)
            assert isinstance(index.data(DISPLAY), str)
            assert index.data(ROW_ROLE).id == tab.model.row_at(r).id
            assert index.data(SORT_ROLE) is not None or column == 8  # no grant without a project
    row = tab.model.row_at(0)
    assert tab.model.index(0, 0).data(DISPLAY) == row.name
    assert tab.model.index(0, 4).data(SORT_ROLE) == row.people
    assert tab.model.index(0, 6).data(SORT_ROLE) == row.hours_delivered


def test_people_tab_model_on_demo_data(demo_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = PeopleTab(demo_ws, None)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    tab.load()
    assert tab.model.total_rows() > 90
    row = tab.model.row_at(0)
    assert tab.model.index(0, 0).data(DISPLAY) == f"{row.last_name} {row.first_name}"
    assert tab.model.index(0, 0).data(ROW_ROLE) == row
    assert tab.model.index(0, 2).data(DISPLAY) == (row.neighbourhood_name or "")
