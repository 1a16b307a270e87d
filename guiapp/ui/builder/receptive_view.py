"""How far the selected layer sees, drawn over the input.

The input is a square of H × W cells; the receptive field of the selected
layer's first output pixel is outlined in orange, its neighbour's (one step
j further right) dashed, so the overlap of two neighbouring outputs shows.
The numbers come from :mod:`guiapp.core.receptive`; in exercise mode the
drawing waits, as the table's column does, until the layer is earned.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.receptive import receptive_fields
from ..common.numbers import integer
from .state import NETWORK, BuilderState

FIELD = QColor(230, 97, 0)
GRID = QColor(200, 200, 200)


class FieldCanvas(QWidget):
    """The input square with one or two fields drawn (see the module)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.input = (1, 1)
        self.field = None  # (size, jump, start) on the rows and the columns
        self.setFixedHeight(120)  # the square fits it; the panel's rows first
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(120, 120)

    def set_field(self, input_hw, field) -> None:
        self.input, self.field = input_hw, field
        self.update()

    def cells(self) -> tuple[float, QRectF]:
        """(pixels per input pixel, the input's rectangle on screen)."""
        h, w = self.input
        side = min(self.width(), self.height()) - 8
        scale = side / max(h, w)
        return scale, QRectF(4, 4, w * scale, h * scale)

    def field_rects(self) -> list[QRectF]:
        """The first output pixel's field, then its right neighbour's (on screen)."""
        if self.field is None:
            return []
        size, jump, start = self.field
        scale, box = self.cells()
        top = start - size / 2  # the field's first row, in input pixels
        rects = []
        for shift in (0, jump):
            rects.append(
                QRectF(
                    box.left() + (top + shift) * scale,
                    box.top() + top * scale,
                    size * scale,
                    size * scale,
                )
            )
        return rects

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        painter = QPainter(self)
        scale, box = self.cells()
        painter.fillRect(box, QColor(245, 245, 245))
        painter.setPen(QPen(GRID, 1))
        painter.drawRect(box)
        painter.setClipRect(self.rect())
        for index, rect in enumerate(self.field_rects()):
            pen = QPen(FIELD, 2.5 if index == 0 else 1.5)
            if index:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            if index == 0:
                painter.fillRect(rect, QColor(230, 97, 0, 50))
            painter.drawRect(rect)
        painter.end()


class ReceptiveView(QWidget):
    """A sentence and the canvas, for the selected layer."""

    def __init__(self, state: BuilderState, parent=None):
        super().__init__(parent)
        self.state = state
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.canvas = FieldCanvas()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.canvas)
        state.subscribe(self._on_state)
        self.render()

    def retranslate(self) -> None:
        self.render()

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """At least the wrapped sentence and the square: the side panel sizes
        its rows by their minimum heights (a wrapped label's is one line)."""
        need = 0
        if not self.label.isHidden():
            need += self.label.heightForWidth(max(1, self.width()))
        if not self.canvas.isHidden():
            need += self.canvas.height() + self.layout().spacing()
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def _on_state(self, name: str) -> None:
        if name in (NETWORK, "selection", "exercise", "marks", "revealed"):
            self.render()

    def render(self) -> None:
        state = self.state
        row = state.selection
        h, w, _ = state.input_shape
        self.canvas.setToolTip(
            self.tr(
                "The input, %1 × %2: the first output pixel of the selected layer "
                "sees the orange square, its right neighbour the dashed one."
            )
            .replace("%1", integer(h))
            .replace("%2", integer(w))
        )
        fields = receptive_fields(*state.network) if state.layers else []
        field = fields[row] if 0 <= row < len(fields) else None
        hidden = state.exercise and row >= 0 and not state.row_earned(row)
        if field is None or field.kind != "window" or hidden:
            self.canvas.set_field((h, w), None)
            self.canvas.hide()
            if hidden:
                text = self.tr("Its receptive field shows once the layer is answered.")
            elif field is not None and field.kind == "whole":
                text = self.tr("Each output of this layer sees the whole input.")
            else:
                text = ""
            self.label.setText(text)
            self.label.setVisible(bool(text))
            self._fit_height()
            return
        self.canvas.show()
        self.label.show()
        self.label.setText(
            self.tr(
                "Layer %1 sees %2 × %2 pixels of the input, with a step of %3 "
                "between two neighbouring outputs."
            )
            .replace("%1", str(row + 1))
            .replace("%2", integer(field.size))
            .replace("%3", integer(field.jump))
        )
        self.canvas.set_field((h, w), (field.size, field.jump, field.start))
        self._fit_height()
