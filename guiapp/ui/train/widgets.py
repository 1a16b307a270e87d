"""Small widgets of the training tab's pages: image galleries and probability bars."""

from __future__ import annotations

import html
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QVBoxLayout, QWidget

from ..common.plots import make_plot, zoom_factor
from ..common.texts import Texts
from ..image_view import array_pixmap

__all__ = [
    "FlowLayout",
    "Gallery",
    "Picture",
    "picture",
    "ProbabilityPlot",
    "clear_grid",
]

#: the least width of a picture with its caption, in average characters
CAPTION_CHARACTERS = 9


class FlowLayout(QLayout):
    """Widgets in rows as wide as the layout, wrapping to the next row (Qt's
    flow layout example): a gallery fits any pane, its height follows its width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)

    # ---- QLayout's interface
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """The widest item: one to a row."""
        size = QSize(0, 0)
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(
            margins.left(), margins.top(), -margins.right(), -margins.bottom()
        )
        x, y, row_height = area.x(), area.y(), 0
        gap = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if item.hasHeightForWidth():  # a caption wrapped in its width
                hint.setHeight(item.heightForWidth(hint.width()))
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + row_height + gap
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


class Picture(QWidget):
    """A small image (kernel, feature map, digit) with a caption under it,
    both growing with the zoom (a font change): the image ``size`` pixels
    unzoomed, the caption wrapped in a width of a few words."""

    def __init__(self, data: np.ndarray, mode: str, caption: str, size: int = 64):
        super().__init__()
        self.data, self.mode, self.size = np.asarray(data, dtype=float), mode, size
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        column.addWidget(self.image)
        column.addWidget(self.caption)
        self._shown_side = 0
        self._render()

    def side(self) -> int:
        """The image's side on screen at the current zoom."""
        return max(1, round(self.size * zoom_factor(self.font())))

    def _render(self) -> None:
        side = self.side()
        if side != self._shown_side:
            self._shown_side = side
            self.image.setPixmap(array_pixmap(self.data, self.mode, side))
        average = self.fontMetrics().averageCharWidth()
        self.setFixedWidth(max(side, CAPTION_CHARACTERS * average))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._render()
        super().changeEvent(event)


def picture(data: np.ndarray, mode: str, caption: str, size: int = 64) -> Picture:
    """A small image with a caption under it (see :class:`Picture`)."""
    return Picture(data, mode, caption, size)


def clear_grid(grid: QLayout) -> None:
    """Remove and delete every widget of ``grid``."""
    while grid.count():
        widget = grid.takeAt(0).widget()
        if widget is not None:
            widget.deleteLater()


class Gallery(QWidget):
    """Small grey images with captions (samples, mistakes, a confusion cell),
    as many to a row as the width holds."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = FlowLayout(self)
        #: what is shown: (image, caption) pairs
        self.items: list[tuple[np.ndarray, str]] = []

    def set_items(self, items: list[tuple[np.ndarray, str]]) -> None:
        clear_grid(self.grid)
        self.items = list(items)
        for image, caption in self.items:
            self.grid.addWidget(picture(image, "grey", caption, 56))


def fit_text(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text`` if it fits in ``room`` pixels, else elided ("Sneak…"), else its
    first letters (a name of "…" alone says nothing)."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
    if elided.rstrip("…"):
        return elided
    letters = 1
    while (
        letters < len(text) and metrics.horizontalAdvance(text[: letters + 1]) <= room
    ):
        letters += 1
    return text[:letters]


class ProbabilityPlot(QObject):
    """A bar plot of one probability per class, its ticks the class names.

    Wide enough for ten digits under their bars at any zoom; a longer name
    (Fashion-MNIST's) is elided to its bar's width (the sentence under the
    plot names the guess in full)."""

    def __init__(self, texts: Texts, title: Callable[[], str]):
        super().__init__()
        # the title over the plot, wrapped: inside the plot a long title made
        # the plot wider than its pane (the bars after 7 were cut)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        texts(lambda: self.title.setText(f"<b>{html.escape(title())}</b>"))
        self.plot = make_plot(texts)
        #: the title and the plot, to lay out
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.plot, 1)
        self.plot.setYRange(0, 1)
        self.plot.setMouseEnabled(False, False)
        for side in ("top", "right"):  # the class names once, under the bars
            self.plot.hideAxis(side)
        self.bars = pg.BarGraphItem(
            x=np.arange(10), height=np.zeros(10), width=0.7, brush=QColor(40, 90, 200)
        )
        self.plot.addItem(self.bars)
        #: the class names, in full
        self.names: list[str] = [str(i) for i in range(10)]
        self.plot.getPlotItem().getViewBox().sigResized.connect(self.render_ticks)
        self.plot.installEventFilter(self)
        self._fit_width()
        texts(self._fit_title)  # and again in another language

    def show(self, probabilities: np.ndarray | None, names: list[str]) -> None:
        """Draw ``probabilities`` (zeros for None) with the class ``names``."""
        heights = np.zeros(len(names)) if probabilities is None else probabilities
        self.bars.setOpts(x=np.arange(len(heights)), height=np.asarray(heights))
        self.names = list(names)
        self.render_ticks()

    def heights(self) -> np.ndarray:
        """The bars' heights as drawn."""
        return np.asarray(self.bars.opts["height"])

    def tick_texts(self) -> list[str]:
        """The names written under the bars (elided where a bar is narrow)."""
        ticks = self.plot.getAxis("bottom")._tickLevels
        return [text for _, text in ticks[0]] if ticks else []

    def render_ticks(self, *_) -> None:
        metrics = QFontMetrics(self.plot.font())
        slot = self.plot.getPlotItem().getViewBox().width() / max(len(self.names), 1)
        room = int(slot) - metrics.averageCharWidth()
        texts = [
            name if room <= 0 else fit_text(name, metrics, room) for name in self.names
        ]
        self.plot.getAxis("bottom").setTicks([list(enumerate(texts))])

    def _fit_width(self) -> None:
        """Room for ten digits, half a character apart, and the axis of 0 to 1."""
        metrics = QFontMetrics(self.plot.font())
        digit = max(metrics.horizontalAdvance(str(d)) for d in range(10))
        slot = digit + metrics.averageCharWidth() // 2
        axis = metrics.horizontalAdvance("0.8") + 3 * metrics.averageCharWidth()
        self.plot.setMinimumWidth(10 * slot + axis)
        # the ticks 0 to 1 a line apart, and the class names under the bars
        self.plot.setMinimumHeight(max(120, 8 * metrics.height()))

    def _fit_title(self) -> None:
        """Room for the title's lines at the plot's least width: the plot keeps
        its least height (its digits) whatever the title wraps to."""
        self.title.setMinimumHeight(0)
        self.title.setMinimumHeight(self.title.heightForWidth(self.plot.minimumWidth()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
            self._fit_title()
            self.render_ticks()
        return False
