"""An image pane: a pyqtgraph view with a colour bar, the value under the cursor,
and a highlight rectangle for receptive fields.

Only the GUI thread touches these widgets (pyqtgraph is not thread-safe).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QLinearGradient, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ..images import to_qimage

pg.setConfigOptions(imageAxisOrder="row-major", antialias=False)

#: How a pane maps numbers to colours.
#: grey: 0..255 as a photo; diverging: symmetric around 0 (blue < 0 < red);
#: absolute: |value| in grey; max: value / max(value) as the course shows it;
#: cyclic: an angle in degrees; binary: 0/1 edges; auto: grey from min to max.
DISPLAY_MODES = ("grey", "diverging", "absolute", "max", "cyclic", "binary", "auto")

_COLORMAPS = {
    "grey": "CET-L1",
    "absolute": "CET-L1",
    "max": "CET-L1",
    "binary": "CET-L1",
    "auto": "CET-L1",
    "diverging": "CET-D1",
    "cyclic": "CET-C2",
}


def display_values(
    data: np.ndarray, mode: str
) -> tuple[np.ndarray, tuple[float, float]]:
    """The array actually drawn for ``mode`` and its colour levels."""
    finite = data[np.isfinite(data)]
    if mode == "grey":
        return data, (0.0, 255.0)
    if mode == "binary":
        return data, (0.0, 1.0)
    if mode == "cyclic":
        return data, (-180.0, 180.0)
    if finite.size == 0:
        return data, (0.0, 1.0)
    if mode == "auto":
        low, high = float(finite.min()), float(finite.max())
        return data, (low, high if high > low else low + 1.0)
    if mode == "diverging":
        bound = float(np.abs(finite).max()) or 1.0
        return data, (-bound, bound)
    if mode == "absolute":
        shown = np.abs(data)
        return shown, (0.0, float(np.abs(finite).max()) or 1.0)
    # "max": the course's r / np.max(r), drawn between its own min and max
    peak = float(finite.max())
    shown = data / peak if peak not in (0.0,) else data
    low, high = float(np.nanmin(shown)), float(np.nanmax(shown))
    return shown, (low, high if high > low else low + 1.0)


def render_rgba(data: np.ndarray, mode: str) -> np.ndarray:
    """``data`` coloured as a pane shows it with ``mode``: RGBA uint8, same size."""
    shown, (low, high) = display_values(data, mode)
    scaled = np.nan_to_num(np.clip((shown - low) / (high - low), 0, 1), nan=0.0)
    lut = pg.colormap.get(_COLORMAPS[mode]).getLookupTable(0.0, 1.0, 256, alpha=True)
    return lut[(scaled * 255).astype(np.uint8)]


def array_pixmap(data: np.ndarray, mode: str, size: int) -> QPixmap:
    """A small picture of ``data`` (kernels, feature maps), pixels kept square and sharp."""
    image = to_qimage(render_rgba(np.asarray(data, dtype=float), mode))
    return QPixmap.fromImage(
        image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    )


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values between low and high (1, 2 or 5 times a power of ten).

    >>> nice_ticks(0, 255)
    [0.0, 50.0, 100.0, 150.0, 200.0, 250.0]
    """
    span = high - low
    if not np.isfinite(span) or span <= 0:
        return [low]
    raw = span / count
    power = 10 ** np.floor(np.log10(raw))
    step = min(
        (m * power for m in (1, 2, 5, 10) if m * power >= 0.75 * raw), default=raw
    )
    first = np.ceil(low / step) * step
    return [float(v) for v in np.arange(first, high + step * 1e-9, step)]


class ColorBar(QWidget):
    """A vertical colour bar with tick labels, drawn with QPainter.

    Lighter than pyqtgraph's ColorBarItem (about 1 ms instead of 10 to make),
    and its labels follow the application font, so the projector zoom
    enlarges them too.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._colors: list[QColor] = []
        self._levels = (0.0, 1.0)

    def set_colormap(self, cmap: pg.ColorMap, levels: tuple[float, float]) -> None:
        table = cmap.getLookupTable(0.0, 1.0, 32, alpha=False)
        self._colors = [QColor(int(r), int(g), int(b)) for r, g, b in table]
        self._levels = levels
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.fontMetrics().horizontalAdvance("-0000.0") + 24, 120)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.sizeHint().width(), 60)

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        if not self._colors:
            return
        painter = QPainter(self)
        metrics = self.fontMetrics()
        margin = metrics.height() // 2 + 2
        bar = QRectF(2, margin, 14, max(1, self.height() - 2 * margin))
        gradient = QLinearGradient(bar.bottomLeft(), bar.topLeft())
        last = len(self._colors) - 1
        for index, color in enumerate(self._colors):
            gradient.setColorAt(index / last, color)
        painter.fillRect(bar, gradient)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawRect(bar)
        low, high = self._levels
        for value in nice_ticks(low, high):
            y = bar.bottom() - (value - low) / (high - low) * bar.height()
            painter.drawLine(int(bar.right()), int(y), int(bar.right()) + 4, int(y))
            painter.drawText(
                int(bar.right()) + 6, int(y + metrics.ascent() / 2 - 1), f"{value:g}"
            )
        painter.end()


class ImagePane(QWidget):
    """A titled image view with a colour bar and a readout of the hovered pixel."""

    sig_hovered = Signal(int, int)
    """The mouse is over pixel (row, column) of the shown array."""

    sig_clicked = Signal(int, int)
    """Pixel (row, column) of the shown array was clicked."""

    def __init__(
        self, title: str = "", parent: QWidget | None = None, colorbar: bool = True
    ):
        super().__init__(parent)
        self._data: np.ndarray | None = None
        self._shown: np.ndarray | None = None
        self._mode = "grey"
        self._unit = ""
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.readout = QLabel(" ")
        self.readout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.readout.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(self.palette().color(self.backgroundRole()))
        self.graphics.setMinimumSize(160, 120)
        self.view = self.graphics.addViewBox(
            row=0, col=0, lockAspect=True, invertY=True
        )
        self.view.setMenuEnabled(False)
        self.item = pg.ImageItem()
        self.view.addItem(self.item)
        self.bar = ColorBar() if colorbar else None

        self.highlight = QGraphicsRectItem()
        pen = QPen(QColor(255, 200, 0))
        pen.setCosmetic(True)
        pen.setWidth(2)
        self.highlight.setPen(pen)
        self.highlight.setZValue(10)
        self.highlight.hide()
        self.view.addItem(self.highlight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(self.graphics, 1)
        if self.bar is not None:
            row.addWidget(self.bar)
        layout.addLayout(row, 1)
        layout.addWidget(self.readout)

        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.graphics.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    # ---- public API
    def set_image(
        self,
        data: np.ndarray,
        mode: str = "grey",
        unit: str = "",
        autorange: bool = False,
    ) -> None:
        """Show ``data`` (2-D float) with the colour mapping ``mode``."""
        first = self._data is None or self._data.shape != data.shape
        self._data = data
        self._mode = mode
        self._unit = unit
        shown, levels = display_values(data, mode)
        self._shown = shown
        cmap = pg.colormap.get(_COLORMAPS[mode])
        self.item.setColorMap(cmap)
        self.item.setImage(shown, levels=levels, autoLevels=False)
        if self.bar is not None:
            self.bar.set_colormap(cmap, levels)
        if first or autorange:
            self.view.autoRange(padding=0.02)

    def data(self) -> np.ndarray | None:
        """The array last given to :meth:`set_image`."""
        return self._data

    def show_rect(self, top: int, left: int, height: int, width: int) -> None:
        """Outline rows top..top+height-1, columns left..left+width-1 (may overhang)."""
        self.highlight.setRect(QRectF(left, top, width, height))
        self.highlight.show()

    def hide_rect(self) -> None:
        self.highlight.hide()

    def rendered_rgba(self) -> np.ndarray:
        """The shown image at full resolution with its colour map, as RGBA uint8."""
        if self._shown is None:
            raise ValueError("nothing to export")
        return render_rgba(self._data, self._mode)

    def export_png(self, path: str) -> bool:
        """Write the shown image (full resolution, colour map applied) as a PNG."""
        return to_qimage(self.rendered_rgba()).save(path, "PNG")

    # ---- mouse
    def _pixel_at(self, scene_pos) -> tuple[int, int] | None:
        if self._data is None:
            return None
        point: QPointF = self.view.mapSceneToView(scene_pos)
        row, col = int(np.floor(point.y())), int(np.floor(point.x()))
        h, w = self._data.shape
        if 0 <= row < h and 0 <= col < w:
            return row, col
        return None

    def _on_mouse_moved(self, scene_pos) -> None:
        pixel = self._pixel_at(scene_pos)
        if pixel is None:
            self.readout.setText(" ")
            return
        row, col = pixel
        value = self._data[row, col]
        text = "—" if not np.isfinite(value) else f"{value:.6g}{self._unit}"
        # i = row, j = column, as in the course's r[i, j]
        self.readout.setText(f"[{row}, {col}] = {text}")
        self.sig_hovered.emit(row, col)

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pixel = self._pixel_at(event.scenePos())
        if pixel is not None:
            self.sig_clicked.emit(*pixel)

    def _show_menu(self, position) -> None:
        menu = QMenu(self)
        fit = QAction(self.tr("Fit image to view"), menu)
        fit.triggered.connect(lambda: self.view.autoRange(padding=0.02))
        export = QAction(self.tr("Export this image as PNG…"), menu)
        export.setEnabled(self._data is not None)
        export.triggered.connect(self.ask_export)
        menu.addAction(fit)
        menu.addAction(export)
        menu.exec(self.mapToGlobal(position))

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export image"), "result.png", self.tr("PNG images (*.png)")
        )
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.export_png(path)
