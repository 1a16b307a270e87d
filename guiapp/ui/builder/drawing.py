"""The network drawn as a funnel: each layer's output volume as a box."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from .state import NETWORK, BuilderState


def compact_shape(shape) -> str:
    """``26×26×64``: a shape short enough for a box's slot; a dash if none."""
    return "—" if shape is None else "×".join(str(v) for v in shape)


class NetworkDrawing(QWidget):
    """Each layer's output volume as a box, to scale on a log axis: the funnel."""

    def __init__(self, state: BuilderState, parent=None):
        super().__init__(parent)
        self.state = state
        #: what is drawn: (name, shape or None, ok) for the input and each layer
        self.rows: list[tuple[str, tuple[int, ...] | None, bool]] = []
        state.subscribe(self._on_state)
        self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Take the rows from the state and repaint."""
        rows = [(self.tr("Input"), self.state.input_shape, True)] + [
            (row.kind.replace("Pooling2D", "Pool"), row.shape, not row.error)
            for row in self.state.rows()
        ]
        self.set_rows(rows)

    def _on_state(self, name: str) -> None:
        if name == NETWORK:
            self.refresh()

    # ---- size, from the font (the zoom is a font change)
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        return QSize(60 * metrics.averageCharWidth(), 10 * metrics.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        # two lines of text under boxes at least as high as three lines
        return QSize(10 * metrics.averageCharWidth(), 5 * metrics.height() + 10)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def event(self, event):  # noqa: D401 (Qt override)
        if event.type() == QEvent.Type.ToolTip and self.rows:
            # the whole name and shape of the box under the pointer (elided below it)
            slot = self.width() / len(self.rows)
            index = min(len(self.rows) - 1, max(0, int(event.pos().x() // slot)))
            name, shape, _ = self.rows[index]
            QToolTip.showText(event.globalPos(), f"{name} {compact_shape(shape)}", self)
            return True
        return super().event(event)

    def set_rows(self, rows) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        count = len(self.rows)
        slot = self.width() / count
        label_space = 2 * metrics.height() + 4
        top_space = 6
        usable = max(20, self.height() - label_space - top_space)
        # height: the number of values, log scale (the funnel from image to
        # vector); width: the depth D of image-shaped outputs
        sizes = [math.prod(shape) if shape else 1 for _, shape, _ in self.rows]
        biggest = max(math.log2(s + 1) for s in sizes)
        depths = [
            shape[-1] if shape and len(shape) == 3 else 1 for _, shape, _ in self.rows
        ]
        deepest = max(math.log2(d + 1) for d in depths)
        middle = top_space + usable / 2
        for index, (name, shape, ok) in enumerate(self.rows):
            x0 = index * slot
            if shape is None:
                painter.setPen(QColor("#b00020"))
                painter.drawText(
                    QRectF(x0, middle - 10, slot, 20), Qt.AlignmentFlag.AlignCenter, "✗"
                )
            else:
                height = max(4.0, usable * math.log2(math.prod(shape) + 1) / biggest)
                if len(shape) == 3:
                    width = max(
                        6.0, (slot * 0.7) * math.log2(shape[2] + 1) / max(deepest, 1)
                    )
                    color = QColor("#5b8bd9") if ok else QColor("#d95b5b")
                else:
                    width = max(4.0, slot * 0.12)
                    color = QColor("#59a869") if ok else QColor("#d95b5b")
                rect = QRectF(
                    x0 + (slot - width) / 2, middle - height / 2, width, height
                )
                painter.setPen(color.darker(150))
                painter.setBrush(QBrush(color))
                painter.drawRect(rect)
            painter.setPen(self.palette().color(self.foregroundRole()))
            text_top = top_space + usable + 2
            elided = metrics.elidedText(
                name, Qt.TextElideMode.ElideRight, int(slot) - 2
            )
            painter.drawText(
                QRectF(x0, text_top, slot, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                elided,
            )
            painter.drawText(
                QRectF(x0, text_top + metrics.height(), slot, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                metrics.elidedText(
                    compact_shape(shape), Qt.TextElideMode.ElideRight, int(slot) - 2
                ),
            )
        painter.end()
