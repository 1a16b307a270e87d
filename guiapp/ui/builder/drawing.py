"""The network drawn as a funnel: each layer's output volume as a box.

Under each box, its layer's name and output shape, whole: a label too wide for
its box's slot breaks into lines (``Avg`` / ``Pool``, ``26×26`` / ``×64``) and
the boxes are drawn smaller to leave the lines room; when even one piece is
wider than a slot (many layers at a projector's zoom), the drawing is as wide
as its pieces need and scrolls sideways. Labels are never elided: a teacher
projecting it reads every one.

In exercise mode a layer whose output shape is not earned yet (see
:meth:`BuilderState.earned`) is drawn as a grey dashed box of a fixed size with
"?" under it: neither its shape nor the size of its box gives the answer away.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QWidget

from .state import NETWORK, SHAPE, BuilderState

__all__ = ["HIDDEN", "NetworkDrawing", "compact_shape", "label_pieces", "wrap"]


def compact_shape(shape) -> str:
    """``26×26×64``: a shape short enough for a box's slot; a dash if none."""
    return "—" if shape is None else "×".join(str(v) for v in shape)


#: the shape of a layer whose answer is hidden (exercise mode)
HIDDEN = "?"
#: the names drawn under the boxes (Keras's own short aliases, BatchNorm as
#: the papers write it)
SHORT_NAMES = {
    "AveragePooling2D": "AvgPool",
    "MaxPooling2D": "MaxPool",
    "GlobalAveragePooling2D": "GlobalAvgPool",
    "GlobalMaxPooling2D": "GlobalMaxPool",
    "BatchNormalization": "BatchNorm",
}
#: what is left above the drawing, and between a label and the boxes, in pixels
TOP_SPACE, GAP = 6, 2


def label_pieces(text: str) -> list[str]:
    """Where a label may break: between words, between the words of a
    CamelCase name, before each × of a shape.

    >>> label_pieces("26×26×64"), label_pieces("AvgPool"), label_pieces("Conv2D")
    (['26', '×26', '×64'], ['Avg', 'Pool'], ['Conv2D'])
    >>> label_pieces("Conv2DTranspose"), label_pieces("GlobalMaxPool")
    (['Conv2D', 'Transpose'], ['Global', 'Max', 'Pool'])
    """
    if "×" in text:
        return re.findall(r"×?[^×]+", text)
    pieces = []
    for word in re.findall(r"\S+\s*", text):
        pieces += re.split(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z0-9])(?=[A-Z][a-z])", word)
    return pieces or [text]


def wrap(text: str, room: float, metrics: QFontMetricsF) -> list[str]:
    """``text`` in lines no wider than ``room`` pixels where its pieces allow
    (a piece wider than ``room`` is a line of its own)."""
    lines: list[str] = []
    for piece in label_pieces(text):
        if lines and metrics.horizontalAdvance((lines[-1] + piece).strip()) <= room:
            lines[-1] += piece
        else:
            lines.append(piece)
    return [line.strip() for line in lines]


class Layout(NamedTuple):
    """Where the drawing's parts go (see :meth:`_Canvas.layout`)."""

    slot: float
    """The width given to each box."""
    labels: list[list[tuple[str, QRectF]]]
    """Each box's label: its lines, each with the rectangle it is painted in."""
    box_top: float
    box_bottom: float
    """The band the boxes are drawn in, between the labels above and below."""
    line_count: int
    """The lines of text above and below the boxes."""


class _Canvas(QWidget):
    """What the scroll area shows: the boxes and their labels."""

    def __init__(self, drawing: NetworkDrawing):
        super().__init__()
        self.drawing = drawing
        self._lines = 2  # label lines under the boxes at the last layout

    # ---- geometry
    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _pad(self) -> float:
        """Room kept between two neighbours' labels."""
        return self._metrics().averageCharWidth()

    def _widest_pieces(self) -> list[float]:
        """The widest piece of each box's label."""
        metrics = self._metrics()
        return [
            max(
                metrics.horizontalAdvance(piece.strip())
                for text in texts
                for piece in label_pieces(text)
            )
            for texts in self.drawing.labels()
        ]

    def _rooms(self, width: float, alternate: bool) -> list[float]:
        """The width each box's label may take. All below: a slot less the
        pad. Alternately below and above: two slots less the pad (the
        labels on its side are two slots apart), one and a half for the
        first and the last, kept inside the drawing."""
        count = len(self.drawing.rows)
        slot, pad = width / count, self._pad()
        if not alternate:
            return [slot - pad] * count
        rooms = [2 * slot - pad] * count
        rooms[0] = rooms[-1] = 1.5 * slot - pad / 2
        return rooms

    def needed_width(self) -> float:
        """The narrowest the drawing can be with every piece of every label
        whole (the labels alternately below and above)."""
        widest = self._widest_pieces()
        count, pad = len(widest), self._pad()
        if count < 3:
            return count * (max(widest, default=0.0) + pad) + 1
        needed = [count * (piece + pad) / 2 for piece in widest[1:-1]]
        needed += [count * (piece + pad / 2) / 1.5 for piece in (widest[0], widest[-1])]
        return max(needed) + 1

    def layout(self, width: float | None = None) -> Layout:
        """Where the boxes and the lines of their labels go in a canvas of
        ``width`` (its own by default): all labels below their boxes when
        every piece fits a slot, else every other one above its box."""
        rows = self.drawing.labels()
        metrics = self._metrics()
        line_height = metrics.height()
        width = self.width() if width is None else width
        if not rows:
            return Layout(0.0, [], TOP_SPACE, self.height(), 0)
        count = len(rows)
        slot = width / count
        widest = self._widest_pieces()
        alternate = count > 2 and any(
            piece > room
            for piece, room in zip(widest, self._rooms(width, False), strict=True)
        )
        rooms = self._rooms(width, alternate)
        wrapped = [
            wrap(name, room, metrics) + wrap(shape, room, metrics)
            for (name, shape), room in zip(rows, rooms, strict=True)
        ]
        above = [alternate and index % 2 == 1 for index in range(count)]
        below_lines = max(
            (len(lines) for lines, up in zip(wrapped, above, strict=True) if not up),
            default=0,
        )
        above_lines = max(
            (len(lines) for lines, up in zip(wrapped, above, strict=True) if up),
            default=0,
        )
        box_top = TOP_SPACE + above_lines * line_height + (GAP if above_lines else 0)
        box_bottom = self.height() - below_lines * line_height - 2 - GAP
        placed = []
        for index, lines in enumerate(wrapped):
            centre = (index + 0.5) * slot
            # a label above ends on the boxes' top; one below starts under them
            top = (
                box_top - GAP - len(lines) * line_height
                if above[index]
                else box_bottom + GAP
            )
            rects = []
            for line_index, line in enumerate(lines):
                advance = metrics.horizontalAdvance(line)
                left = min(max(centre - advance / 2, 0.0), width - advance)
                y = top + line_index * line_height
                rects.append((line, QRectF(left, y, advance, line_height)))
            placed.append(rects)
        return Layout(slot, placed, box_top, box_bottom, above_lines + below_lines)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self._metrics()
        width = self.needed_width()
        lines = self.layout(max(self.width(), width)).line_count
        # the labels' lines, and boxes at least a line high
        height = TOP_SPACE + (max(lines, 2) + 1) * metrics.height() + 2 * GAP + 2
        return QSize(math.ceil(width), math.ceil(height))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSizeHint()

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        lines = self.layout().line_count
        if lines != self._lines:  # more or fewer lines: another height
            self._lines = lines
            self.updateGeometry()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def event(self, event):  # noqa: D401 (Qt override)
        rows = self.drawing.rows
        if event.type() == QEvent.Type.ToolTip and rows:
            # the whole name and shape of the box under the pointer
            slot = self.width() / len(rows)
            index = min(len(rows) - 1, max(0, int(event.pos().x() // slot)))
            name, shape_label = self.drawing.labels()[index]
            QToolTip.showText(event.globalPos(), f"{name} {shape_label}", self)
            return True
        return super().event(event)

    # ---- painting
    def paintEvent(self, event):  # noqa: N802 (Qt override)
        rows = self.drawing.rows
        if not rows:
            return
        layout = self.layout()
        slot = layout.slot
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        usable = max(20.0, layout.box_bottom - layout.box_top)
        # height: the number of values, log scale (the funnel from image to
        # vector); width: the depth D of image-shaped outputs. Hidden shapes
        # take no part in the scale (it would hint at them)
        known = [shape for _, shape, _ in rows if isinstance(shape, tuple)]
        biggest = max(math.log2(math.prod(s) + 1) for s in known)
        depths = [s[-1] if len(s) == 3 else 1 for s in known]
        deepest = max(math.log2(d + 1) for d in depths)
        middle = layout.box_top + usable / 2
        for index, (_name, shape, ok) in enumerate(rows):
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
        for lines in layout.labels:
            for line, rect in lines:
                # a rect as wide as the line's advance: no eliding, ever
                painter.drawText(
                    rect.adjusted(-1, 0, 1, 0), Qt.AlignmentFlag.AlignCenter, line
                )
        painter.end()


class NetworkDrawing(QScrollArea):
    """Each layer's output volume as a box, to scale on a log axis: the funnel."""

    def __init__(self, state: BuilderState, parent=None):
        super().__init__(parent)
        self.state = state
        #: what is drawn: (name, shape, ok) for the input and each layer; the
        #: shape is None where it could not be computed, HIDDEN where the
        #: exercise hides it
        self.rows: list[tuple[str, tuple[int, ...] | str | None, bool]] = []
        self.canvas = _Canvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
                    SHORT_NAMES.get(row.kind, row.kind.replace("Pooling2D", "Pool")),
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
        self.canvas.updateGeometry()  # the pieces of the labels set its width
        self.updateGeometry()
        self.canvas.update()

    def labels(self) -> list[tuple[str, str]]:
        """(name, shape text) under each box, as painted (in lines)."""
        return [
            (name, HIDDEN if shape == HIDDEN else compact_shape(shape))
            for name, shape, _ in self.rows
        ]

    def texts(self) -> list[str]:
        """Every text the drawing paints (whole, before breaking into lines)."""
        texts = []
        for (name, shape_label), (_, shape, _) in zip(
            self.labels(), self.rows, strict=True
        ):
            texts += [name, shape_label]
            if shape is None:
                texts.append("✗")
        return texts

    def label_lines(self) -> list[list[tuple[str, QRectF]]]:
        """The lines under each box, each with the rectangle it is painted in
        (the canvas's coordinates)."""
        return self.canvas.layout().labels

    # ---- size, from the font (the zoom is a font change)
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        return QSize(60 * metrics.averageCharWidth(), 10 * metrics.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        height = self.canvas.minimumSizeHint().height()
        if self.canvas.minimumSizeHint().width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(10 * metrics.averageCharWidth(), height)
