"""The sliding window, drawn large on a small crop of the input.

On a 600-pixel photo the F×F window is a few screen pixels wide: a class
cannot see it move. :class:`SweepView` shows a crop of about 12×12 input
pixels around the current window (the whole input when it is smaller), each
pixel a cell with its value written in, the window as a thick outline with
the kernel's weights in its cells; beside it, the output pixels those windows
make, filled in as the window moves on, the current one outlined. With
padding the crop shows the zero border as hatched cells reading 0.

The crop is a block of output pixels (as many as fit in 12 input pixels with
the stride and the kernel size), so during a sweep the window slides across a
crop that stays put, then the crop moves on to the next block.

The cells are sized from the font (the projector zoom is a font change) and
shrink to the room the widget has; numbers are written only where they fit.
Arrow keys move the window by one output pixel and Space plays or pauses
(:attr:`sig_move`, :attr:`sig_play`), when the view has the focus.
"""

from __future__ import annotations

import time
from collections import deque

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core import conv
from ..common.numbers import cell

__all__ = ["CROP", "SweepView", "block"]

#: input pixels a crop spans at most, across and down
CROP = 12
#: the window's and the current output pixel's outline
WINDOW_COLOUR = QColor(230, 97, 0)
PADDING_COLOUR = QColor(200, 200, 200)
EMPTY_COLOUR = QColor(245, 245, 245)
OUTPUT_COLOUR = QColor(214, 230, 250)


def block(i: int, size: int, f: int, stride: int, crop: int = CROP) -> tuple[int, int]:
    """The first output index and the count of the block of output pixels
    (along one axis, ``size`` in all) that holds index ``i``: as many as
    have their windows inside ``crop`` input pixels, at least one.

    >>> block(0, 298, 3, 1), block(13, 298, 3, 1), block(297, 298, 3, 1)
    ((0, 10), (10, 10), (288, 10))
    >>> block(7, 83, 3, 2), block(0, 1, 11, 1)
    ((5, 5), (0, 1))
    """
    count = max(1, min(size, (crop - f) // stride + 1))
    start = min((i // count) * count, size - count)
    return max(start, 0), count


class SweepView(QWidget):
    """The crop of the input with the window, and the output being built."""

    sig_move = Signal(int, int)
    """An arrow key: move the window by (rows, columns) output pixels."""
    sig_play = Signal()
    """Space: play or pause."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.titles = ("", "")
        self._data = None  # what is drawn: see set_window
        self._source = None  # the arguments of set_window
        self._dilation = 1  # the distance between the kernel's taps
        self._crop = CROP
        self._cache = None  # (what it shows, the cells drawn in a pixmap)
        self._glide = 0.0
        #: seconds each of the last frames took (see note_frame)
        self.frame_costs: deque[float] = deque(maxlen=1000)
        #: when each of the last frames was drawn (perf_counter seconds)
        self.frame_times: deque[float] = deque(maxlen=1000)

    # ---- what is shown
    def set_titles(self, input_title: str, output_title: str) -> None:
        self.titles = (input_title, output_title)
        self.update()

    def clear(self) -> None:
        self._data = self._source = None
        self.update()

    def set_window(
        self,
        grey: np.ndarray,
        result: np.ndarray,
        kernel: np.ndarray,
        stride: int,
        padding: int,
        pixel: tuple[int, int],
        revealed: int = -1,
        dilation: int = 1,
    ) -> None:
        """Show output pixel ``pixel``'s window; output pixels after index
        ``revealed`` (row-major) are empty, none when it is -1. Dilated by D,
        the window spans D(F - 1) + 1 pixels and its F×F taps are D apart."""
        self._source = (grey, result, kernel, stride, padding, pixel, revealed)
        self._dilation = dilation
        self._crop = self._fitting_crop(self._span(kernel), stride)
        self._compute()

    def _span(self, kernel) -> int:
        return self._dilation * (kernel.shape[0] - 1) + 1

    def _compute(self) -> None:
        grey, result, kernel, stride, padding, pixel, revealed = self._source
        f = self._span(kernel)  # the window's side in the crop
        out_h, out_w = result.shape
        i, j = pixel
        r0, rows = block(i, out_h, f, stride, self._crop)
        c0, cols = block(j, out_w, f, stride, self._crop)
        top, left = conv.receptive_window(r0, c0, f, stride, padding)
        in_rows, in_cols = (rows - 1) * stride + f, (cols - 1) * stride + f
        h, w = grey.shape
        values = np.zeros((in_rows, in_cols))
        padded = np.ones((in_rows, in_cols), bool)
        a0, a1 = max(top, 0), min(top + in_rows, h)
        b0, b1 = max(left, 0), min(left + in_cols, w)
        if a0 < a1 and b0 < b1:
            values[a0 - top : a1 - top, b0 - left : b1 - left] = grey[a0:a1, b0:b1]
            padded[a0 - top : a1 - top, b0 - left : b1 - left] = False
        output = np.array(result[r0 : r0 + rows, c0 : c0 + cols], float)
        if revealed >= 0:
            index = (np.arange(r0, r0 + rows)[:, None] * out_w) + np.arange(
                c0, c0 + cols
            )
            output[index > revealed] = np.nan
        self._data = {
            "pixel": (i, j),
            "out_shape": (out_h, out_w),
            "block": (r0, c0),
            "origin": (top, left),
            "input": values,
            "padded": padded,
            "output": output,
            "kernel": np.array(kernel, float),
            "stride": stride,
            "dilation": self._dilation,
        }
        self.update()

    def set_glide(self, fraction: float) -> None:
        """Draw the window ``fraction`` of the way to the next output pixel
        (0: on the current one), when the next is in the same crop."""
        if fraction != self._glide:
            self._glide = fraction
            self.update()

    # ---- what tests and the benchmark read
    def position(self) -> tuple[int, int] | None:
        """The output pixel whose window is drawn."""
        return None if self._data is None else self._data["pixel"]

    def input_crop(self):
        """``(top, left, values, padded)``: the crop's first row and column in
        input coordinates (negative in the padding), its values (0 in the
        padding) and which cells are padding."""
        d = self._data
        return d["origin"] + (d["input"], d["padded"])

    def window(self) -> tuple[int, int, int]:
        """``(top, left, side)`` of the window in input coordinates; its side
        is D(F - 1) + 1, F without a dilation."""
        d = self._data
        i, j = d["pixel"]
        f = self._span(d["kernel"])
        return (
            d["origin"][0] + (i - d["block"][0]) * d["stride"],
            d["origin"][1] + (j - d["block"][1]) * d["stride"],
            f,
        )

    def window_values(self) -> np.ndarray:
        """The F×F input values under the window's taps, as drawn."""
        top, left, span = self.window()
        r, c = top - self._data["origin"][0], left - self._data["origin"][1]
        step = self._data["dilation"]
        return self._data["input"][r : r + span : step, c : c + span : step]

    def output_crop(self):
        """``(row, col, values)``: the output block shown, NaN where not built yet."""
        d = self._data
        return d["block"] + (d["output"],)

    def note_frame(self, started: float) -> None:
        """One animation frame, begun at ``started`` (perf_counter), is drawn."""
        now = time.perf_counter()
        self.frame_times.append(now)
        self.frame_costs.append(now - started)

    def frame_cost_ms(self) -> float:
        """The median time a frame took, in milliseconds."""
        if not self.frame_costs:
            return 0.0
        return 1000.0 * float(sorted(self.frame_costs)[len(self.frame_costs) // 2])

    def frames_per_second(self) -> float:
        """Frames per second over the last second of animation."""
        if len(self.frame_times) < 2:
            return 0.0
        last = self.frame_times[-1]
        times = [t for t in self.frame_times if t > last - 1.0]
        if len(times) < 2:
            return 0.0
        return (len(times) - 1) / (times[-1] - times[0])

    # ---- geometry
    def _shape(self) -> tuple[int, int, int, int]:
        if self._data is None:
            return CROP, CROP, CROP - 2, CROP - 2
        return self._data["input"].shape + self._data["output"].shape

    def _metrics(self):
        fm = QFontMetricsF(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.75, 1.0))
        sm = QFontMetricsF(small)
        margin = fm.height() / 2
        index_w = sm.horizontalAdvance("00") + sm.averageCharWidth()
        gap = fm.height()
        top = fm.height() + sm.height()  # a title, then the column numbers
        return fm, small, margin, index_w, gap, top

    def _preferred_cell(self) -> float:
        fm = QFontMetricsF(self.font())
        return max(fm.horizontalAdvance("-000,0"), 2.2 * fm.height())

    def _readable_cell(self) -> float:
        """The smallest cell a number such as "-128" is written in."""
        fm = QFontMetricsF(self.font())
        return max(fm.horizontalAdvance("000") + 4, 1.2 * fm.height())

    def _fitting_crop(self, f: int, stride: int) -> int:
        """The input pixels a crop spans: CROP, fewer in a widget too small
        for CROP readable cells (at least one window)."""
        if not self.isVisible():
            return CROP
        _fm, _small, margin, index_w, gap, top = self._metrics()
        across = self.width() - 2 * margin - 2 * index_w - gap
        down = self.height() - 2 * margin - top
        side = self._readable_cell()
        for crop in range(CROP, f, -1):
            outputs = (crop - f) // stride + 1
            span = (outputs - 1) * stride + f
            if across >= (span + outputs) * side and down >= span * side:
                return crop
        return f

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._source is not None:
            crop = self._fitting_crop(self._span(self._source[2]), self._source[3])
            if crop != self._crop:
                self._crop = crop
                self._compute()

    def _size(self, side: float) -> QSize:
        # the same whatever is shown: a crop of CROP pixels and its outputs
        fm, _small, margin, index_w, gap, top = self._metrics()
        in_rows, in_cols, out_rows, out_cols = CROP, CROP, CROP - 2, CROP - 2
        width = 2 * margin + 2 * index_w + gap + (in_cols + out_cols) * side
        height = 2 * margin + top + max(in_rows, out_rows) * side
        return QSize(int(width + 1), int(height + 1))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._size(self._preferred_cell())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # a 3×3 crop and its output pixel, readable; a smaller room scrolls
        fm, _small, margin, index_w, gap, top = self._metrics()
        side = self._readable_cell()
        width = 2 * margin + 2 * index_w + gap + 4 * side
        return QSize(int(width + 1), int(2 * margin + top + 3 * side + 1))

    def cell_size(self) -> float:
        """The side of a cell on screen: the font's, or less in a small widget."""
        fm, _small, margin, index_w, gap, top = self._metrics()
        in_rows, in_cols, out_rows, out_cols = self._shape()
        across = (self.width() - 2 * margin - 2 * index_w - gap) / (in_cols + out_cols)
        down = (self.height() - 2 * margin - top) / max(in_rows, out_rows)
        return max(min(self._preferred_cell(), across, down), 1.0)

    # ---- keys
    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        key = event.key()
        if key in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.sig_move.emit(*moves[key])
        elif key == Qt.Key.Key_Space and not event.modifiers():
            self.sig_play.emit()
        else:
            super().keyPressEvent(event)

    # ---- painting
    def _paint_static(self, painter: QPainter) -> None:
        """The titles, numbers and cells: redrawn when they change, not at
        every frame of the animation."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        if self.hasFocus():
            pen = QPen(palette.highlight().color(), 2)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        d = self._data
        if d is None:
            return
        fm, small, margin, index_w, gap, top = self._metrics()
        side = self.cell_size()
        in_rows, in_cols = d["input"].shape
        out_rows, out_cols = d["output"].shape
        x_in = margin + index_w
        x_out = x_in + in_cols * side + gap + index_w
        y0 = margin + top
        text_colour = palette.windowText().color()
        painter.setPen(text_colour)
        painter.setFont(self.font())
        for x, title, count in (
            (x_in, self.titles[0], in_cols),
            (x_out, self.titles[1], out_cols),
        ):
            room = count * side + index_w + gap - fm.averageCharWidth()
            painter.drawText(
                QRectF(x - index_w, margin, room, fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(title, Qt.TextElideMode.ElideRight, room),
            )
        origin_r, origin_c = d["origin"]
        block_r, block_c = d["block"]
        self._indices(
            painter, small, x_in, y0, side, origin_r, origin_c, in_rows, in_cols
        )
        self._indices(
            painter, small, x_out, y0, side, block_r, block_c, out_rows, out_cols
        )

        # the input crop: each pixel its grey, the padding hatched
        values, padded = d["input"], d["padded"]
        texts = [[cell(round(float(v))) for v in row] for row in values]
        font = self._fitting_font(texts, side)
        hatch = QBrush(QColor(150, 150, 150), Qt.BrushStyle.BDiagPattern)
        grid_pen = QPen(QColor(120, 120, 120), 1)
        for r in range(in_rows):
            for c in range(in_cols):
                rect = QRectF(x_in + c * side, y0 + r * side, side, side)
                if padded[r, c]:
                    painter.fillRect(rect, PADDING_COLOUR)
                    painter.fillRect(rect, hatch)
                    ink = QColor(40, 40, 40)
                else:
                    level = int(np.clip(values[r, c], 0, 255))
                    painter.fillRect(rect, QColor(level, level, level))
                    ink = QColor(0, 0, 0) if level > 127 else QColor(255, 255, 255)
                painter.setPen(grid_pen)
                painter.drawRect(rect)
                if font is not None:
                    painter.setFont(font)
                    painter.setPen(ink)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, texts[r][c])

        # the output block: built cells with their values, the current outlined
        output = d["output"]
        texts = [
            ["" if np.isnan(v) else cell(round(float(v))) for v in row]
            for row in output
        ]
        font = self._fitting_font(texts, side)
        for r in range(out_rows):
            for c in range(out_cols):
                rect = QRectF(x_out + c * side, y0 + r * side, side, side)
                built = not np.isnan(output[r, c])
                painter.fillRect(rect, OUTPUT_COLOUR if built else EMPTY_COLOUR)
                painter.setPen(grid_pen)
                painter.drawRect(rect)
                if built and font is not None:
                    painter.setFont(font)
                    painter.setPen(QColor(0, 0, 0))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, texts[r][c])

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        ratio = self.devicePixelRatioF()
        key = (id(self._data), self.size(), self.font().key(), self.titles)
        key += (self.hasFocus(), ratio)
        if self._cache is None or self._cache[0] != key:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            static = QPainter(pixmap)
            self._paint_static(static)
            static.end()
            self._cache = (key, pixmap)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache[1])
        d = self._data
        if d is None:
            painter.end()
            return
        fm, small, margin, index_w, gap, top = self._metrics()
        side = self.cell_size()
        in_cols = d["input"].shape[1]
        out_rows, out_cols = d["output"].shape
        block_r, block_c = d["block"]
        x_in = margin + index_w
        x_out = x_in + in_cols * side + gap + index_w
        y0 = margin + top
        # the window, gliding towards the next output pixel
        i, j = d["pixel"]
        f = d["kernel"].shape[0]
        step = d["dilation"]
        span = self._span(d["kernel"])
        stride = d["stride"]
        wr, wc = (i - block_r) * stride, (j - block_c) * stride
        glide = self._glide
        nxt = (i, j + 1) if j + 1 < d["out_shape"][1] else (i + 1, 0)
        if glide > 0 and (
            block_r <= nxt[0] < block_r + out_rows
            and block_c <= nxt[1] < block_c + out_cols
        ):
            wr += glide * ((nxt[0] - block_r) * stride - wr)
            wc += glide * ((nxt[1] - block_c) * stride - wc)
        else:
            glide = 0.0
        window = QRectF(x_in + wc * side, y0 + wr * side, span * side, span * side)
        if step == 1:
            painter.fillRect(window, QColor(230, 97, 0, 40))
        else:  # only the taps are the window's: the gaps are not seen
            for r in range(f):
                for c in range(f):
                    painter.fillRect(
                        QRectF(
                            window.left() + c * step * side,
                            window.top() + r * step * side,
                            side,
                            side,
                        ),
                        QColor(230, 97, 0, 70),
                    )
        weights = [[cell(round(float(v), 3)) for v in row] for row in d["kernel"]]
        weight_font = self._fitting_font(
            [["×" + w for w in row] for row in weights], side, scale=0.45
        )
        if weight_font is not None and glide == 0:
            # the kernel's weight in a corner of each window cell
            painter.setFont(weight_font)
            height = QFontMetricsF(weight_font).height()
            for r in range(f):
                for c in range(f):
                    rect = QRectF(
                        window.left() + c * step * side + 2,
                        window.top() + (r * step + 1) * side - height - 1,
                        side - 4,
                        height,
                    )
                    painter.fillRect(rect, QColor(255, 255, 255, 200))
                    painter.setPen(QColor(150, 50, 0))
                    painter.drawText(
                        rect,
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                        "×" + weights[r][c],
                    )
        thick = max(3.0, side / 8)
        painter.setPen(QPen(WINDOW_COLOUR, thick))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(window)

        current = QRectF(
            x_out + (j - block_c) * side, y0 + (i - block_r) * side, side, side
        )
        painter.setPen(QPen(WINDOW_COLOUR, thick))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(current)
        # an arrow from the window to the output pixel it makes
        painter.setPen(QPen(WINDOW_COLOUR, max(1.5, thick / 2), Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(window.right(), window.center().y()),
            QPointF(current.left(), current.center().y()),
        )
        painter.end()

    def _indices(self, painter, small, x, y, side, first_r, first_c, rows, cols):
        """Row and column numbers along the grid, where they fit."""
        sm = QFontMetricsF(small)
        widest = sm.horizontalAdvance(
            str(max(abs(first_r) + rows, abs(first_c) + cols))
        )
        if widest + 2 > side * 2 and side < sm.height():
            return
        every = 1 if widest + 4 <= side else max(2, int((widest + 4) // side) + 1)
        painter.setFont(small)
        painter.setPen(self.palette().windowText().color())
        for c in range(0, cols, every):
            painter.drawText(
                QRectF(x + c * side, y - sm.height(), side, sm.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(first_c + c),
            )
        if sm.height() <= side:
            for r in range(rows):
                painter.drawText(
                    QRectF(x - widest - 6, y + r * side, widest + 4, side),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    str(first_r + r),
                )

    def _fitting_font(self, texts, side: float, scale: float = 0.9) -> QFont | None:
        """The widget's font, smaller if need be, in which every text fits a
        cell of ``side`` pixels (``scale`` of it); None when too small to read."""
        font = QFont(self.font())
        fm = QFontMetricsF(font)
        widest = max(
            (fm.horizontalAdvance(t) for row in texts for t in row), default=0.0
        )
        room = side * scale
        factor = min(1.0, room / widest if widest else 1.0, room / fm.height())
        size = font.pointSizeF() * factor
        if size < 6:
            return None
        font.setPointSizeF(size)
        return font
