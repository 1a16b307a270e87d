"""Sizes that follow the font: the projector zoom is a font change on the tab.

A fixed pixel width (a side panel of 430 px, table rows of 22 px) was right
at one zoom only: at 150 % the headers were cut and the tables were drawn over
the lines below them. What is here measures again when the font changes; the
tabs share it (the combo boxes' refit, page titles short when the full ones
do not fit, a scroll area that follows its content).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

__all__ = ["FitArea", "ScrollContent", "TabTitles", "refit_combo_boxes"]


class ScrollContent(QWidget):
    """What a scroll area of the tabs scrolls (a :class:`FitArea`, the RNN
    pages' side panels): its content, as tall as the area (or as the
    content's minimum at that width, when that is taller).

    QScrollArea gives content whose height depends on its width (wrapped
    text) its preferred height: the four pooling panes asked for theirs and
    the page scrolled on a screen with room to spare."""

    def __init__(self, content: QWidget):
        super().__init__()
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        inner = self.content.layout()
        need = inner.totalMinimumHeightForWidth(width) if inner is not None else -1
        return max(need, self.content.minimumSizeHint().height())


class FitArea(QScrollArea):
    """A frameless scroll area whose size hints are its content's, measured
    again whenever the content's layout changes (Qt's QScrollArea keeps the
    size its content first asked for).

    With ``keep_width`` (a side panel) it is never narrower than the content
    needs, so only the vertical bar appears on a short screen; without it (a
    wide table) it may be narrower and scroll sideways too.
    """

    def __init__(
        self, content: QWidget, keep_width: bool = True, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.keep_width = keep_width
        self.content = content
        self.setWidgetResizable(True)
        self.setWidget(ScrollContent(content))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.widget().installEventFilter(self)

    def _chrome(self) -> QSize:
        """The room around the content: the scroll bars and the frame."""
        frame = 2 * self.frameWidth()
        return QSize(
            self.verticalScrollBar().sizeHint().width() + frame,
            self.horizontalScrollBar().sizeHint().height() + frame,
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None or not self.keep_width:
            return hint
        width = content.minimumSizeHint().width() + self._chrome().width()
        return QSize(max(hint.width(), width), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        chrome = self._chrome()
        return QSize(
            hint.width() + chrome.width(), hint.height() + 2 * self.frameWidth()
        )

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's needs changed (a zoom, a text)
        return False


def refit_combo_boxes(root: QWidget) -> None:
    """Make every combo box under ``root`` measure its text again.

    Qt's QComboBox keeps the minimum size it measured first across a font
    change (it forgets it on a style change only): after a zoom the layout
    gave "Grey image" the room of the old font and cut it."""
    event = QEvent(QEvent.Type.StyleChange)
    for combo in root.findChildren(QComboBox):
        QCoreApplication.sendEvent(combo, event)
        combo.updateGeometry()


class TabTitles(QObject):
    """The titles of a QTabWidget's pages: the full ones when they all fit in
    one row, the short ones otherwise (a projector's zoom on a narrow pane);
    each tab's tooltip says the full title.

    ``titles`` holds each page's (full, short) title as functions, so that
    :meth:`fit`, recorded in the view's Texts, retranslates them."""

    #: pixels kept free beside the tabs (the tab bar's own margins)
    MARGIN = 8

    def __init__(
        self,
        tabs: QTabWidget,
        titles: Sequence[tuple[Callable[[], str], Callable[[], str]]],
    ):
        super().__init__(tabs)
        self.tabs = tabs
        self.titles = list(titles)
        #: whether the tabs show their short titles
        self.short = False
        tabs.installEventFilter(self)

    def needed(self, short: bool) -> int:
        """The width the tabs take in one row with the full or short titles."""
        bar = self.tabs.tabBar()
        metrics = bar.fontMetrics()
        total = 0
        for index, (full, brief) in enumerate(self.titles[: self.tabs.count()]):
            padding = bar.tabSizeHint(index).width() - metrics.horizontalAdvance(
                bar.tabText(index)
            )
            text = brief() if short else full()
            total += padding + metrics.horizontalAdvance(text)
        return total + self.MARGIN

    def fit(self) -> None:
        """Full titles if they fit in the width, short ones otherwise."""
        tabs = self.tabs
        for index, (full, _) in enumerate(self.titles[: tabs.count()]):
            if not tabs.tabText(index):
                tabs.setTabText(index, full())  # a first text to measure
            tabs.setTabToolTip(index, full())
        # hidden, the width is not laid out yet: the full titles until shown
        self.short = tabs.isVisible() and self.needed(short=False) > tabs.width()
        for index, (full, brief) in enumerate(self.titles[: tabs.count()]):
            text = brief() if self.short else full()
            if tabs.tabText(index) != text:
                tabs.setTabText(index, text)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        elif kind == QEvent.Type.FontChange:
            # the tab bar learns its new font after the tab widget: measure then
            QTimer.singleShot(0, self, self.fit)
        return False
