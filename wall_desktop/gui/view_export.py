"""“Export this table”: what a view shows — its filtered, sorted rows and visible columns.

The rows are read from the view's model in display order (the sort proxy's
order, after its filter) and the columns in the header's visual order,
hidden ones left out.  Where the model's sort role holds the typed value
behind a cell (``Decimal``, ``date``, ``int``) and that value, formatted
as the window formats it, is exactly the text shown, the typed value is
exported, so a spreadsheet gets real numbers and dates; anything else is
exported as the text on the screen.  A column is typed only when every
non-empty cell of it is, so a column never mixes numbers and text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from wall_desktop.exports.table_export import Column, Table
from wall_desktop.gui.table_model import SORT_ROLE
from wall_desktop.services.formatting import (
    format_date,
    format_hours,
    format_money,
    format_number,
    format_percent,
)

Typed = tuple[str, object]  # (the column kind, the value to write)


def _decimal_kind(text: str, value: Decimal) -> Typed | None:
    if text == format_money(value):
        return ("money", value)
    if text == format_hours(value):
        return ("hours", value)
    for places in (0, 1, 2):  # shares are shown as per cent (0–100); a spreadsheet wants 0–1
        if text == format_percent(value, places):
            return ("percent", value / 100)
    for places in (0, 1, 2):
        if text in (format_number(value, places), format_number(value, places, trim=True)):
            return ("number", value)
    return None


def typed_cell(text: str, key: object) -> Typed | None:
    """The kind and value behind ``text`` when the sort key (or a part of it) shows as it."""
    candidates = [key, *key] if isinstance(key, tuple) else [key]
    for value in candidates:
        if value is None or isinstance(value, bool):  # booleans show as words ("yes")
            continue
        if isinstance(value, int):
            if text in (str(value), format_number(Decimal(value), 0)):
                return ("integer", value)
        elif isinstance(value, Decimal):
            found = _decimal_kind(text, value)
            if found is not None:
                return found
        elif isinstance(value, dt.datetime):
            if text == value.strftime("%d.%m.%Y %H:%M"):
                return ("datetime", value)
        elif isinstance(value, dt.date):
            if text == format_date(value):
                return ("date", value)
        elif isinstance(value, dt.time) and text == value.strftime("%H:%M"):
            return ("time", value)
    return None


def fetch_all(model: QAbstractItemModel) -> None:
    """Let a model that hands rows out in batches hand out all of them (the export wants all)."""
    root = QModelIndex()
    while model.canFetchMore(root):
        before = model.rowCount(root)
        model.fetchMore(root)
        if model.rowCount(root) == before:
            break


def visible_columns(view: QTableView, siblings: Iterable[QTableView] = ()) -> list[int]:
    """The columns shown, in the header's order; ``siblings`` are views of the same model
    beside it (a frozen first column), whose shown columns count as shown too."""
    views = [view, *(v for v in siblings if v is not view and v.model() is view.model())]
    header = view.horizontalHeader()
    count = view.model().columnCount()
    shown = [c for c in range(count) if any(not v.isColumnHidden(c) for v in views)]
    return sorted(shown, key=header.visualIndex)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def table_from_view(view: QTableView, title: str, siblings: Sequence[QTableView] = ()) -> Table:
    """The rows and columns ``view`` shows, as a ``Table`` for ``write_table``."""
    model = view.model()
    fetch_all(model)
    columns = visible_columns(view, siblings)
    rows = model.rowCount()
    display = Qt.ItemDataRole.DisplayRole
    texts: list[list[str]] = [
        [_text(model.index(r, c).data(display)) for c in columns] for r in range(rows)
    ]
    typed: list[list[Typed | None]] = [[None] * len(columns) for _ in range(rows)]
    kinds: list[str] = []
    for j, c in enumerate(columns):
        kind: str | None = None
        for r in range(rows):
            text = texts[r][j]
            if not text:
                continue
            found = typed_cell(text, model.index(r, c).data(SORT_ROLE))
            if found is None or (kind is not None and found[0] != kind):
                kind = "text"
                break
            kind = found[0]
            typed[r][j] = found
        kinds.append(kind or "text")
    header = [
        _text(model.headerData(c, Qt.Orientation.Horizontal, display)).replace("\n", " ")
        for c in columns
    ]
    out_rows: list[list[object]] = []
    for r in range(rows):
        row: list[object] = []
        for j in range(len(columns)):
            cell = typed[r][j]
            if kinds[j] == "text":
                row.append(texts[r][j])
            else:
                row.append(cell[1] if cell is not None else None)
        out_rows.append(row)
    cols = tuple(Column(h, k) for h, k in zip(header, kinds, strict=True))  # type: ignore[arg-type]
    return Table(title or "Table", cols, out_rows)


def default_table_name(title: str, suffix: str = "xlsx", today: dt.date | None = None) -> str:
    """“WALL – Osoby 2023-08-01.xlsx”: Polish letters kept, characters file systems refuse gone."""
    day = (today or dt.date.today()).isoformat()
    name = QCoreApplication.translate("export", "WALL – {title} {date}")
    name = name.replace("{title}", title).replace("{date}", day)
    return safe_file_name(name) + "." + suffix


def safe_file_name(name: str) -> str:
    cleaned = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    return cleaned.strip(" .") or "WALL"


def with_suffix(path: str, wanted: str) -> Path:
    """``path`` ending in .xlsx or .csv: the filter's suffix is added when none is typed."""
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_name(target.name + "." + wanted)
    return target
