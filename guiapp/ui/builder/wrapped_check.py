"""A check box whose text wraps onto more lines when its column is narrow.

A QCheckBox keeps its text on one line: at 200 % zoom a long sentence makes
the whole side panel as wide as it. This one asks for the width of its longest
word and wraps the rest, as a word-wrapped QLabel does; it stays a QCheckBox
(text, toggling, focus, keyboard and screen reader as usual).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
)

_FLAGS = (
    Qt.TextFlag.TextWordWrap
    | Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignVCenter
)


class WrappedCheckBox(QCheckBox):
    """A QCheckBox with word-wrapped text."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # ---- geometry
    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _indicator(self) -> int:
        """The width taken by the box and the space after it."""
        style = self.style()
        return style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, None, self
        ) + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)

    def _text_rect(self, width: int) -> QRect:
        room = max(1, width - self._indicator() - 2)
        return self.fontMetrics().boundingRect(
            QRect(0, 0, room, 100_000), int(_FLAGS), self.text()
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return super().sizeHint()  # the text on one line, as a QCheckBox

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        words = self.text().split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        width = self._indicator() + longest + 4
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        indicator = self.style().pixelMetric(
            QStyle.PixelMetric.PM_IndicatorHeight, None, self
        )
        return max(indicator, self._text_rect(width).height()) + 4

    # ---- painting
    def paintEvent(self, event):  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        option = self._option()
        style = self.style()
        box = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        box.moveTop((self.height() - box.height()) // 2)
        indicator = QStyleOptionButton(option)
        indicator.rect = box
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, indicator)
        text = QRect(
            self._indicator(), 0, self.width() - self._indicator(), self.height()
        )
        painter.drawItemText(
            text,
            int(_FLAGS),
            option.palette,
            self.isEnabled(),
            self.text(),
            self.foregroundRole(),
        )
        if self.hasFocus():
            focus = QStyleOptionButton(option)
            focus.rect = self._text_rect(self.width()).translated(
                self._indicator(),
                (self.height() - self._text_rect(self.width()).height()) // 2,
            )
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)

    def hitButton(self, pos) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)  # the box and the text, on every line
