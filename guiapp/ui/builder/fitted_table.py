"""A table whose columns fit their texts, the headers included, in any font.

Each column is as wide as its widest cell or header (measured in the table's
font, so a zoom, which changes the font, sizes them again); room left over goes
to the last column. A narrow table scrolls sideways instead of cutting a header.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget


class FittedTable(QTableWidget):
    """A QTableWidget that sizes its columns to their contents and headers."""

    def __init__(self, rows: int, columns: int, parent=None):
        super().__init__(rows, columns, parent)
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
        spare = self.viewport().width() - sum(self._natural)
        for column, width in enumerate(self._natural):
            if column == len(self._natural) - 1 and spare > 0:
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
