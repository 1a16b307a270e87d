"""A canvas to draw a digit with the mouse, read as a 28 x 28 grey image like MNIST's."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

__all__ = ["DrawingCanvas"]


class DrawingCanvas(QWidget):
    """Draw a digit with the mouse; a 28x28 grey image like MNIST's."""

    sig_changed = Signal()
    """The drawing changed."""

    SIZE = 196  # 7 screen pixels per MNIST pixel
    PEN_WIDTH = 16

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedSize(self.SIZE, self.SIZE)
        self.image = QImage(self.SIZE, self.SIZE, QImage.Format.Format_Grayscale8)
        self._last: QPointF | None = None
        self.clear()

    def clear(self) -> None:
        """Back to black."""
        self.image.fill(0)
        self.update()
        self.sig_changed.emit()

    def is_blank(self) -> bool:
        return self.array().max() == 0

    def array(self) -> np.ndarray:
        """The drawing as a 28x28 uint8 array."""
        small = self.image.scaled(
            28,
            28,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        small = small.convertToFormat(QImage.Format.Format_Grayscale8)
        buffer = np.frombuffer(small.constBits(), np.uint8, count=small.sizeInBytes())
        return buffer.reshape(28, small.bytesPerLine())[:, :28].copy()

    def draw_line(self, start: QPointF, end: QPointF) -> None:
        """A white stroke from ``start`` to ``end`` (widget coordinates)."""
        painter = QPainter(self.image)
        pen = QPen(
            QColor(255, 255, 255),
            self.PEN_WIDTH,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
        )
        painter.setPen(pen)
        painter.drawLine(start, end)
        painter.end()
        self.update()
        self.sig_changed.emit()

    def mousePressEvent(self, event):  # noqa: N802 (Qt override)
        self._last = event.position()
        self.draw_line(self._last, self._last)

    def mouseMoveEvent(self, event):  # noqa: N802 (Qt override)
        if self._last is not None:
            self.draw_line(self._last, event.position())
            self._last = event.position()

    def mouseReleaseEvent(self, event):  # noqa: N802 (Qt override)
        self._last = None

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.end()
