"""Column widths of a record table from font metrics of the texts its model holds.

The widths of ``QTableView.resizeColumnsToContents`` or at most two pixels
more (a test holds it), without its cost: Qt asks every shown cell for its data and size
hint through the sort proxy, a dozen calls into Python per cell (10 ms for
the first tab's 50 rows at start, #9).  The model's texts are plain strings
without icons or fonts of their own, so their advance plus the delegate's
margins is the cell's width.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

from wall_desktop.gui.table_model import RowTableModel

NARROWEST, WIDEST = 60, 320  # a column stays readable and never takes the whole window


def fit_columns(table: QTableView, model: RowTableModel[object]) -> None:
    """Each column as wide as its widest shown text and its header, within the limits."""
    metrics = QFontMetricsF(table.font())  # fractional advances, as the delegate's layout
    frame = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    # the delegate's margins, the grid line, and one pixel: Qt's text layout may round a
    # fractional advance up once more than the metrics do, and a pixel short elides the text
    margin = 2 * (frame + 1) + (1 if table.showGrid() else 0) + 1
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        widest = max((_advance(metrics, t) for t in model.shown_texts(column)), default=0)
        width = max(widest + margin, header.sectionSizeHint(column))
        table.setColumnWidth(column, min(max(width, NARROWEST), WIDEST))


def _advance(metrics: QFontMetricsF, text: str) -> int:
    lines = text.split("\n") if "\n" in text else (text,)
    return math.ceil(max(metrics.horizontalAdvance(line) for line in lines))
