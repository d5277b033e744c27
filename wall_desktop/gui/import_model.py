"""Table models of the import wizard: the file's first rows as read, and the preview.

The preview model shows each row of the file with its outcome (coloured),
who or what it is about, the reasons, and, for a record already in the
database, whether it will be skipped or updated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from wall_desktop.gui.table_model import CENTER, AnyIndex, Column, RowTableModel
from wall_desktop.services.importing import OnDuplicate, Outcome, RowResult
from wall_desktop.services.importing.values import Formula

translate = QCoreApplication.translate

# (text, background) of each outcome: the banner colours of the main window.
OUTCOME_COLOURS: dict[Outcome, tuple[str, str]] = {
    Outcome.NEW: ("#0d5323", "#e6f4ea"),
    Outcome.UPDATE: ("#1a3a6b", "#e8f0fe"),
    Outcome.DUPLICATE: ("#4a3b00", "#fff4ce"),
    Outcome.ERROR: ("#6b1010", "#fde7e9"),
}


def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.NEW: translate("ImportWizard", "new"),
        Outcome.UPDATE: translate("ImportWizard", "update"),
        Outcome.DUPLICATE: translate("ImportWizard", "duplicate"),
        Outcome.ERROR: translate("ImportWizard", "error"),
    }[outcome]


def decision_text(decision: OnDuplicate) -> str:
    if decision is OnDuplicate.UPDATE:
        return translate("ImportWizard", "update it")
    return translate("ImportWizard", "skip it")


@dataclass(frozen=True)
class PreviewRow:
    """A row of the preview and, for a row matching a stored record, the choice made for it."""

    result: RowResult
    decision: OnDuplicate | None  # None: nothing to choose (a new row, an error)

    @property
    def row(self) -> int:
        return self.result.row

    @property
    def outcome(self) -> Outcome:
        return self.result.outcome


def may_choose(result: RowResult) -> bool:
    """A row that matched a stored record: the user picks skip or update for it."""
    return result.outcome in (Outcome.UPDATE, Outcome.DUPLICATE) and result.record_id is not None


OUTCOME_COLUMN = 1


def preview_columns() -> list[Column[PreviewRow]]:
    return [
        Column(
            translate("ImportWizard", "Row"),
            lambda r: str(r.row),
            sort_key=lambda r: r.row,
            align=CENTER,
        ),
        Column(
            translate("ImportWizard", "Outcome"),
            lambda r: outcome_text(r.outcome),
            sort_key=lambda r: (list(Outcome).index(r.outcome), r.row),
        ),
        Column(translate("ImportWizard", "Who or what"), lambda r: r.result.label),
        Column(
            translate("ImportWizard", "If already there"),
            lambda r: decision_text(r.decision) if r.decision is not None else "",
        ),
        Column(
            translate("ImportWizard", "Reasons"),
            lambda r: "; ".join(r.result.reasons),
            tooltip=lambda r: "\n".join(r.result.reasons) or None,
        ),
    ]


class PreviewModel(RowTableModel[PreviewRow]):
    """The preview's rows; the outcome cell is coloured by outcome."""

    def __init__(self) -> None:
        super().__init__(preview_columns())

    def set_results(
        self,
        results: Sequence[RowResult],
        decide: Any,
    ) -> None:
        """``decide(row) -> OnDuplicate`` gives the choice in force for a row."""
        self.set_rows([PreviewRow(r, decide(r.row) if may_choose(r) else None) for r in results])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and index.column() == OUTCOME_COLUMN
            and index.row() < self.rowCount()
            and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole)
        ):
            fore, back = OUTCOME_COLOURS[self.row_at(index.row()).outcome]
            return QBrush(QColor(fore if role == Qt.ItemDataRole.ForegroundRole else back))
        return super().data(index, role)


def cell_text(value: object) -> str:
    """A raw cell as the user would read it in the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M") if value.time() != time() else f"{value:%d.%m.%Y}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Formula):  # shown as written, never computed
        return "=" + value.text.lstrip("=")
    return str(value)


class RawRowsModel(QAbstractTableModel):
    """The first rows of the file exactly as read (the user checks encoding and separator)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[int, list[str]]] = []
        self._width = 0
        self._header_row: int | None = None

    def set_rows(
        self, rows: Sequence[tuple[int, Sequence[object]]], header_row: int | None
    ) -> None:
        self.beginResetModel()
        self._rows = [(number, [cell_text(c) for c in cells]) for number, cells in rows]
        self._width = max((len(cells) for _n, cells in self._rows), default=0)
        self._header_row = header_row
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None
        return _column_letter(section) if 0 <= section < self._width else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        number, cells = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.FontRole and number == self._header_row:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _column_letter(index: int) -> str:
    """A, B, …, Z, AA, … as in the spreadsheet."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
