"""Small widgets of the training tab's pages: image galleries and probability bars."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ..common.plots import make_plot
from ..common.texts import Texts
from ..image_view import array_pixmap

__all__ = ["Gallery", "picture", "ProbabilityPlot", "clear_grid"]


def picture(data: np.ndarray, mode: str, caption: str, size: int = 64) -> QWidget:
    """A small image (kernel, feature map, digit) with a caption under it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    image = QLabel()
    image.setPixmap(array_pixmap(np.asarray(data, dtype=float), mode, size))
    image.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text = QLabel(caption)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setWordWrap(True)
    column.addWidget(image)
    column.addWidget(text)
    return box


def clear_grid(grid: QGridLayout) -> None:
    """Remove and delete every widget of ``grid``."""
    while grid.count():
        widget = grid.takeAt(0).widget()
        if widget is not None:
            widget.deleteLater()


class Gallery(QWidget):
    """A grid of small grey images with captions (samples, mistakes, a confusion cell)."""

    def __init__(self, columns: int = 8, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setSpacing(4)
        #: what is shown: (image, caption) pairs
        self.items: list[tuple[np.ndarray, str]] = []

    def set_items(self, items: list[tuple[np.ndarray, str]]) -> None:
        clear_grid(self.grid)
        self.items = list(items)
        for index, (image, caption) in enumerate(self.items):
            self.grid.addWidget(
                picture(image, "grey", caption, 56),
                index // self.columns,
                index % self.columns,
            )


class ProbabilityPlot:
    """A bar plot of one probability per class, its ticks the class names."""

    def __init__(self, texts: Texts, title: Callable[[], str]):
        self.plot = make_plot(texts, title=title)
        self.plot.setYRange(0, 1)
        self.plot.setMouseEnabled(False, False)
        self.bars = pg.BarGraphItem(
            x=np.arange(10), height=np.zeros(10), width=0.7, brush=QColor(40, 90, 200)
        )
        self.plot.addItem(self.bars)

    def show(self, probabilities: np.ndarray | None, names: list[str]) -> None:
        """Draw ``probabilities`` (zeros for None) with the class ``names``."""
        heights = np.zeros(len(names)) if probabilities is None else probabilities
        self.bars.setOpts(x=np.arange(len(heights)), height=np.asarray(heights))
        self.plot.getAxis("bottom").setTicks([list(enumerate(names))])

    def heights(self) -> np.ndarray:
        """The bars' heights as drawn."""
        return np.asarray(self.bars.opts["height"])
