"""The network drawn as a funnel: each layer's output volume as a box.

In exercise mode a layer whose output shape is not earned yet (see
:meth:`BuilderState.earned`) is drawn as a grey dashed box of a fixed size with
"?" under it: neither its shape nor the size of its box gives the answer away.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from .state import NETWORK, SHAPE, BuilderState


def compact_shape(shape) -> str:
    """``26×26×64``: a shape short enough for a box's slot; a dash if none."""
    return "—" if shape is None else "×".join(str(v) for v in shape)


#: the shape of a layer whose answer is hidden (exercise mode)
HIDDEN = "?"


class NetworkDrawing(QWidget):
    """Each layer's output volume as a box, to scale on a log axis: the funnel."""

    def __init__(self, state: BuilderState, parent=None):
        super().__init__(parent)
        self.state = state
        #: what is drawn: (name, shape, ok) for the input and each layer; the
        #: shape is None where it could not be computed, HIDDEN where the
        #: exercise hides it
        self.rows: list[tuple[str, tuple[int, ...] | str | None, bool]] = []
        state.subscribe(self._on_state)
        self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Take the rows from the state and repaint."""
        state = self.state
        rows = [(self.tr("Input"), state.input_shape, True)]
        for row in state.rows():
            shown = row.shape is None or state.earned(row.index, SHAPE)
            rows.append(
                (
                    row.kind.replace("Pooling2D", "Pool"),
                    row.shape if shown else HIDDEN,
                    not row.error,
                )
            )
        self.set_rows(rows)

    def _on_state(self, name: str) -> None:
        if name in (NETWORK, "exercise", "marks", "revealed"):
            self.refresh()

    def set_rows(self, rows) -> None:
        self.rows = rows
        self.setAccessibleName(self.tr("Network drawing"))
        self.setAccessibleDescription(
            "; ".join(f"{name} {shape}" for name, shape in self.labels())
        )
        self.update()

    def labels(self) -> list[tuple[str, str]]:
        """(name, shape text) under each box, as painted (before eliding)."""
        return [
            (name, HIDDEN if shape == HIDDEN else compact_shape(shape))
            for name, shape, _ in self.rows
        ]

    def texts(self) -> list[str]:
        """Every text the drawing paints (whole, before eliding to its slot)."""
        texts = []
        for (name, shape_label), (_, shape, _) in zip(
            self.labels(), self.rows, strict=True
        ):
            texts += [name, shape_label]
            if shape is None:
                texts.append("✗")
        return texts

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
            name, shape_label = self.labels()[index]
            QToolTip.showText(event.globalPos(), f"{name} {shape_label}", self)
            return True
        return super().event(event)

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
        # vector); width: the depth D of image-shaped outputs. Hidden shapes
        # take no part in the scale (it would hint at them)
        known = [shape for _, shape, _ in self.rows if isinstance(shape, tuple)]
        biggest = max(math.log2(math.prod(s) + 1) for s in known)
        depths = [s[-1] if len(s) == 3 else 1 for s in known]
        deepest = max(math.log2(d + 1) for d in depths)
        middle = top_space + usable / 2
        for index, ((name, shape, ok), (_, label)) in enumerate(
            zip(self.rows, self.labels(), strict=True)
        ):
            x0 = index * slot
            if shape is None:
                painter.setPen(QColor("#b00020"))
                painter.drawText(
                    QRectF(x0, middle - 10, slot, 20), Qt.AlignmentFlag.AlignCenter, "✗"
                )
            elif shape == HIDDEN:
                side = min(usable / 2, slot * 0.5)
                pen = QPen(QColor("#808080"))
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(QBrush(QColor("#e4e4e4")))
                painter.drawRect(
                    QRectF(x0 + (slot - side) / 2, middle - side / 2, side, side)
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
            for line, text in enumerate((name, label)):
                painter.drawText(
                    QRectF(
                        x0, text_top + line * metrics.height(), slot, metrics.height()
                    ),
                    Qt.AlignmentFlag.AlignHCenter,
                    metrics.elidedText(
                        text, Qt.TextElideMode.ElideRight, int(slot) - 2
                    ),
                )
        painter.end()
