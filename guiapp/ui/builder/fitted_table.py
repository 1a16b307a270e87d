"""A table whose columns fit their texts, the headers included, in any font.

Each column is as wide as its widest cell or header (measured in the table's
font, so a zoom, which changes the font, sizes them again); room left over goes
to the last column. When room is short, one column may give some back (its
cells elided, read whole in their tooltips, its header kept whole); beyond
that the table scrolls sideways instead of cutting a header.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget


class FittedTable(QTableWidget):
    """A QTableWidget that sizes its columns to their contents and headers."""

    def __init__(
        self, rows: int, columns: int, shrinkable: int = -1, parent=None
    ) -> None:
        super().__init__(rows, columns, parent)
        #: the column that narrows first when room is short (-1: none)
        self.shrinkable = shrinkable
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._natural: list[int] = []

    def fit_columns(self) -> None:
        """Measure every column again (after new texts or a new font)."""
        header = self.horizontalHeader()
        self.resizeColumnsToContents()  # the widest cell or the header's text
        self._natural = [
            max(header.sectionSize(c), header.sectionSizeFromContents(c).width())
            for c in range(self.columnCount())
        ]
        self._spread()

    def _spread(self) -> None:
        if len(self._natural) != self.columnCount() or not self._natural:
            return
        header = self.horizontalHeader()
        widths = list(self._natural)
        spare = self.viewport().width() - sum(widths)
        if spare < 0 and 0 <= self.shrinkable < len(widths):
            # down to its header or six characters, whichever is wider
            floor = max(
                header.sectionSizeFromContents(self.shrinkable).width(),
                6 * self.fontMetrics().averageCharWidth(),
            )
            given = min(-spare, max(0, widths[self.shrinkable] - floor))
            widths[self.shrinkable] -= given
            spare += given
        for column, width in enumerate(widths):
            if column == len(widths) - 1 and spare > 0:
                width += spare
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    # ---- Qt overrides
    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._spread()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()  # the zoom: the texts need other widths
