"""A canvas to draw a digit with the mouse, read as a 28 x 28 grey image like MNIST's.

The drawing is made into an MNIST digit as the dataset's were made (cropped to
the ink, scaled to 20 x 20, centred by its centre of mass: see
:func:`guiapp.core.digits.like_mnist`), and the 28 x 28 the network sees is
shown beside the drawing, three screen pixels per pixel.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...core.digits import like_mnist
from ..image_view import overlay_rgba

__all__ = ["DrawingCanvas"]


class DrawingCanvas(QWidget):
    """Draw a digit with the mouse; a 28x28 grey image like MNIST's."""

    sig_changed = Signal()
    """The drawing changed."""

    # small enough that the drawing and its answer fit side by side with the
    # test image's on a 1024 x 768 projector at 150 %
    SIZE = 168  # 6 screen pixels per MNIST pixel
    PEN_WIDTH = 14  # strokes as thick for the digit as MNIST's
    PREVIEW = 3  # screen pixels per pixel of the 28 x 28 the network sees
    GAP = 8

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedSize(self.SIZE + self.GAP + 28 * self.PREVIEW, self.SIZE)
        self.image = QImage(self.SIZE, self.SIZE, QImage.Format.Format_Grayscale8)
        self._last: QPointF | None = None
        self._digit: np.ndarray | None = None
        self._saliency: np.ndarray | None = None  # (28, 28) 0..1 over the preview
        self.clear()

    def clear(self) -> None:
        """Back to black."""
        self.image.fill(0)
        self._changed()

    def _changed(self) -> None:
        self._digit = None
        self._saliency = None  # it was the previous drawing's
        self.update()
        self.sig_changed.emit()

    def set_saliency(self, weights: np.ndarray | None) -> None:
        """Where the network looked, (28, 28) from 0 to 1, drawn in orange over
        the 28 × 28 the network sees; None takes it away."""
        self._saliency = None if weights is None else np.clip(weights, 0.0, 1.0)
        self.update()

    def saliency(self) -> np.ndarray | None:
        return self._saliency

    def is_blank(self) -> bool:
        return self.array().max() == 0

    def drawing(self) -> np.ndarray:
        """The drawing itself, ``SIZE x SIZE`` uint8."""
        image = self.image
        buffer = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
        return buffer.reshape(self.SIZE, image.bytesPerLine())[:, : self.SIZE].copy()

    def array(self) -> np.ndarray:
        """The drawing as MNIST would have it: a 28x28 uint8 array."""
        if self._digit is None:
            self._digit = like_mnist(self.drawing())
        return self._digit.copy()

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
        self._changed()

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
        digit = np.ascontiguousarray(self.array())
        seen = QImage(digit.data, 28, 28, 28, QImage.Format.Format_Grayscale8)
        side = 28 * self.PREVIEW
        target = QRect(self.SIZE + self.GAP, (self.SIZE - side) // 2, side, side)
        painter.drawImage(target, seen)
        if self._saliency is not None and self._saliency.shape == (28, 28):
            rgba = np.ascontiguousarray(overlay_rgba(self._saliency))
            looked = QImage(rgba.data, 28, 28, 28 * 4, QImage.Format.Format_RGBA8888)
            painter.drawImage(target, looked)
        painter.setPen(QColor(128, 128, 128))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))
        painter.end()
