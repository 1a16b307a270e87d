"""The training tab's frame on any screen: the side panel's scroll area and the
pages' tabs, both sized from the font (the projector zoom is a font change).

- :class:`PanelScroll` asks the splitter for the panel's least width (so the
  panel never scrolls sideways, its fields wrap under their labels instead) and
  scrolls it up and down when the zoom makes it taller than the screen.
- :class:`PageTabs` writes the pages' full names when they fit in one row, and
  short ones otherwise, each tab's tooltip giving the full name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QScrollArea, QTabWidget, QWidget

__all__ = ["PanelScroll", "PageTabs"]


class PanelScroll(QScrollArea):
    """The side panel, scrolled vertically only: as wide as the panel needs at
    least, and as its :meth:`natural_width` when there is room."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(panel)
        panel.installEventFilter(self)

    def _chrome(self) -> int:
        """The scroll bar and the frame beside the panel."""
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        return QSize(
            self.widget().minimumSizeHint().width() + self._chrome(), hint.height()
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        panel = self.widget()
        natural = getattr(panel, "natural_width", None)
        width = natural() if callable(natural) else panel.sizeHint().width()
        return QSize(
            max(width, panel.minimumSizeHint().width()) + self._chrome(),
            super().sizeHint().height(),
        )

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the panel's least width changed: tell the splitter
        return False


class PageTabs(QTabWidget):
    """Tabs whose labels are full when they fit, short otherwise."""

    #: pixels kept free beside the tabs (the tab bar's own margins)
    MARGIN = 8

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        #: (full, short, tooltip) of each tab, functions (they retranslate)
        self._labels: list[tuple[Callable[[], str], ...]] = []
        #: whether the tabs show their short labels
        self.short = False

    def set_labels(self, labels: Sequence[tuple[Callable[[], str], ...]]) -> None:
        """Each page's (full name, short name, description) as functions."""
        self._labels = list(labels)
        self.fit_labels()

    def needed(self, short: bool) -> int:
        """The width the tabs take in one row with the full or short labels."""
        bar = self.tabBar()
        metrics = bar.fontMetrics()
        total = 0
        for index, (full, brief, _) in enumerate(self._labels[: self.count()]):
            padding = bar.tabSizeHint(index).width() - metrics.horizontalAdvance(
                bar.tabText(index)
            )
            text = brief() if short else full()
            total += padding + metrics.horizontalAdvance(text)
        return total + self.MARGIN

    def content_width(self) -> int:
        """The width the widest page needs at least (a scrolled page: its
        content, so that it scrolls only up and down)."""
        widths = []
        for index in range(self.count()):
            page = self.widget(index)
            # a hidden page's layouts keep the sizes of the old font: forget them
            for layout in page.findChildren(QLayout):
                layout.invalidate()
            if isinstance(page, QScrollArea) and page.widget() is not None:
                bar = page.verticalScrollBar().sizeHint().width()
                width = page.widget().minimumSizeHint().width() + bar
                widths.append(width + 2 * page.frameWidth())
            else:
                widths.append(page.minimumSizeHint().width())
        return max(widths, default=0) + self.MARGIN

    def fit_labels(self) -> None:
        """Full labels if they fit in the width, short ones otherwise."""
        if not self._labels:
            return
        for index, (full, _, tip) in enumerate(self._labels[: self.count()]):
            if not self.tabText(index):
                self.setTabText(index, full())  # a first text to measure
            self.setTabToolTip(index, f"{full()}\n{tip()}")
        # hidden, the width is not laid out yet: the full names until shown
        short = self.isVisible() and self.needed(short=False) > self.width()
        self.short = short
        for index, (full, brief, _) in enumerate(self._labels[: self.count()]):
            text = brief() if short else full()
            if self.tabText(index) != text:
                self.setTabText(index, text)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_labels()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # the tab bar learns its new font after this widget: measure then
            QTimer.singleShot(0, self, self.fit_labels)
