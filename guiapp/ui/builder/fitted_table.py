"""A table whose columns fit their texts, the headers included, in any font.

Each column is as wide as its widest cell or header (measured in the table's
font, so a zoom, which changes the font, sizes them again); room left over goes
to the last column. When room is short, one column (``shrinkable``, a name)
may give some back, only as much as brings the columns up to ``keep_in_view``
(the figures beside the name) into view: the columns after those scroll
sideways rather than cut the name. A cell of the shrinkable column that no
longer fits on one line wraps to two when two hold it whole (its row grows);
beyond that it is elided, read whole in its tooltip. A header is never cut:
beyond that the table scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
)

#: lines a cell of the shrinkable column may wrap to
WRAP_LINES = 2


def wrapped_lines(text: str, font, width: float) -> int | None:
    """The lines ``text`` takes in ``width`` pixels, broken between words as
    an item view breaks it; None when a word is wider than ``width``."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    count = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        count += 1
        if line.naturalTextWidth() > width + 0.5:
            layout.endLayout()
            return None
    layout.endLayout()
    return count


class _WrapDelegate(QStyledItemDelegate):
    """Draws the cells of the rows the table wraps on two lines."""

    def __init__(self, table: FittedTable):
        super().__init__(table)
        self._table = table

    def initStyleOption(self, option, index):  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        if index.row() in self._table.wrapped_rows:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText


class FittedTable(QTableWidget):
    """A QTableWidget that sizes its columns to their contents and headers."""

    def __init__(
        self,
        rows: int,
        columns: int,
        shrinkable: int = -1,
        keep_in_view: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(rows, columns, parent)
        #: the column that narrows first when room is short (-1: none)
        self.shrinkable = shrinkable
        #: the last column the shrinkable one narrows to bring into view; by
        #: default the two after it (a layer's name, then its two figures)
        self.keep_in_view = shrinkable + 2 if keep_in_view is None else keep_in_view
        #: the rows whose shrinkable cell is drawn on two lines
        self.wrapped_rows: set[int] = set()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._natural: list[int] = []
        if shrinkable >= 0:
            self.setItemDelegateForColumn(shrinkable, _WrapDelegate(self))

    def fit_columns(self) -> None:
        """Measure every column again (after new texts or a new font)."""
        header = self.horizontalHeader()
        self.resizeColumnsToContents()  # the widest cell or the header's text
        self._natural = [
            max(header.sectionSize(c), header.sectionSizeFromContents(c).width())
            for c in range(self.columnCount())
        ]
        self._spread()

    def text_width(self, column: int) -> float:
        """The room for text in a cell of ``column`` (its width less the
        margins an item view keeps on each side)."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        return self.columnWidth(column) - 2 * (margin + 1)

    def _spread(self) -> None:
        if len(self._natural) != self.columnCount() or not self._natural:
            return
        header = self.horizontalHeader()
        widths = list(self._natural)
        shrinkable = self.shrinkable
        if 0 <= shrinkable < len(widths):
            # narrower only to bring the columns up to keep_in_view into view;
            # down to its header or six characters, whichever is wider
            last = min(max(self.keep_in_view, shrinkable), len(widths) - 1)
            over = sum(widths[: last + 1]) - self.viewport().width()
            floor = max(
                header.sectionSizeFromContents(shrinkable).width(),
                6 * self.fontMetrics().averageCharWidth(),
            )
            widths[shrinkable] -= min(max(over, 0), max(0, widths[shrinkable] - floor))
        spare = self.viewport().width() - sum(widths)
        for column, width in enumerate(widths):
            if column == len(widths) - 1 and spare > 0:
                width += spare
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self._wrap_rows()

    def _wrap_rows(self) -> None:
        """Two lines for each shrinkable cell too long for one that two
        hold whole; one line (elided) for the others."""
        column = self.shrinkable
        if not 0 <= column < self.columnCount():
            return
        room = self.text_width(column)
        wrapped = set()
        for row in range(self.rowCount()):
            item = self.item(row, column)
            if item is None or not item.text():
                continue
            lines = wrapped_lines(item.text(), self.font(), room)
            if lines is not None and 1 < lines <= WRAP_LINES:
                wrapped.add(row)
        changed = wrapped != self.wrapped_rows
        self.wrapped_rows = wrapped
        single = self.verticalHeader().defaultSectionSize()
        taller = single + (WRAP_LINES - 1) * self.fontMetrics().lineSpacing()
        for row in range(self.rowCount()):
            height = taller if row in wrapped else single
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
        if changed:
            self.viewport().update()

    # ---- Qt overrides
    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._spread()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()  # the zoom: the texts need other widths
