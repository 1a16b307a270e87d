"""An image pane: a pyqtgraph view with a colour bar, the value under the cursor,
and a highlight rectangle for receptive fields.

Only the GUI thread touches these widgets (pyqtgraph is not thread-safe).
An array larger than :data:`DISPLAY_PIXELS` is drawn from every k-th pixel (a
3000 x 2000 result took ~35 ms to colour and paint at full size, ~5 ms this
way); the readout, the receptive field and an export use the full array.
"""

from __future__ import annotations

import weakref
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QLinearGradient, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..images import to_qimage
from .common.files import ask_save_path, atomic_write, explain
from .common.numbers import significant

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

#: The maps for each palette: "standard" (blue < 0 < red), or "colourblind",
#: whose diverging and cyclic maps stay told apart with any colour vision
#: (Kovesi's CET colour-blind-safe maps, blue < 0 < yellow); grey is grey.
PALETTES = {
    "standard": _COLORMAPS,
    "colourblind": {**_COLORMAPS, "diverging": "CET-CBD1", "cyclic": "CET-CBC1"},
}
_palette = ["standard"]
#: the panes alive, drawn again when the palette changes
_panes: weakref.WeakSet = weakref.WeakSet()


def palette() -> str:
    return _palette[0]


def set_palette(name: str) -> None:
    """Colour every pane (and the thumbnails drawn after) with palette ``name``."""
    if name not in PALETTES:
        raise ValueError(
            f"unknown palette {name!r}; choose one of {', '.join(PALETTES)}"
        )
    if name == _palette[0]:
        return
    _palette[0] = name
    for pane in list(_panes):
        if shiboken6.isValid(pane) and shiboken6.isValid(pane.item):
            pane.redraw()  # (a closed window's panes are gone on the Qt side)


def colormap(mode: str) -> pg.ColorMap:
    """The colour map of display ``mode`` in the current palette."""
    return pg.colormap.get(PALETTES[_palette[0]][mode])


#: Arrays with more pixels are drawn from every k-th pixel (see the module's note).
DISPLAY_PIXELS = 1_000_000

#: where the last image was exported (every pane's dialog opens there)
_export_folder = [""]


def export_folder() -> str:
    """The folder an export dialog opens in: the last one used, else the
    user's pictures (never the folder guiapp was started from)."""
    if _export_folder[0] and Path(_export_folder[0]).is_dir():
        return _export_folder[0]
    for location in (
        QStandardPaths.StandardLocation.PicturesLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return ""


def remember_export_folder(folder) -> None:
    """The folder the next export dialog opens in."""
    _export_folder[0] = str(folder)


def _extremes(data: np.ndarray) -> tuple[float, float] | None:
    """The smallest and largest finite values, None if there is none.

    ``fmin``/``fmax`` skip NaN without copying the array (a boolean mask of a
    4-megapixel result cost ~20 ms); infinities, rare, take the slow path.
    """
    if data.size == 0:
        return None
    low, high = (
        float(np.fmin.reduce(data, axis=None)),
        float(np.fmax.reduce(data, axis=None)),
    )
    if np.isfinite(low) and np.isfinite(high):
        return low, high
    finite = data[np.isfinite(data)]
    if finite.size == 0:
        return None
    return float(finite.min()), float(finite.max())


def _mapping(
    extremes: tuple[float, float] | None, mode: str
) -> tuple[float, tuple[float, float]]:
    """``(divisor, levels)`` of ``mode`` for data with these extremes: the array
    drawn is ``data / divisor`` (``|data|`` for "absolute")."""
    if mode == "grey":
        return 1.0, (0.0, 255.0)
    if mode == "binary":
        return 1.0, (0.0, 1.0)
    if mode == "cyclic":
        return 1.0, (-180.0, 180.0)
    if extremes is None:
        return 1.0, (0.0, 1.0)
    low, high = extremes
    if mode == "auto":
        return 1.0, (low, high if high > low else low + 1.0)
    if mode == "diverging":
        bound = max(abs(low), abs(high)) or 1.0
        return 1.0, (-bound, bound)
    if mode == "absolute":
        return 1.0, (0.0, max(abs(low), abs(high)) or 1.0)
    # "max": the course's r / np.max(r), drawn between its own min and max
    peak = high if high != 0.0 else 1.0
    low, high = sorted((low / peak, high / peak))
    return peak, (low, high if high > low else low + 1.0)


def _transform(data: np.ndarray, mode: str, divisor: float) -> np.ndarray:
    if mode == "absolute":
        return np.abs(data)
    return data / divisor if divisor != 1.0 else data


def display_values(
    data: np.ndarray, mode: str
) -> tuple[np.ndarray, tuple[float, float]]:
    """The array actually drawn for ``mode`` and its colour levels."""
    divisor, levels = _mapping(_extremes(data), mode)
    return _transform(data, mode, divisor), levels


def display_step(shape: tuple[int, ...]) -> int:
    """Every how many pixels an array of ``shape`` is drawn (1: all of them).

    >>> display_step((168, 300)), display_step((1672, 2508))
    (1, 3)
    """
    pixels = int(np.prod(shape))
    return max(1, int(np.ceil(np.sqrt(pixels / DISPLAY_PIXELS))))


def render_rgba(data: np.ndarray, mode: str) -> np.ndarray:
    """``data`` coloured as a pane shows it with ``mode``: RGBA uint8, same size."""
    shown, (low, high) = display_values(data, mode)
    scaled = np.nan_to_num(np.clip((shown - low) / (high - low), 0, 1), nan=0.0)
    lut = colormap(mode).getLookupTable(0.0, 1.0, 256, alpha=True)
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
        old = self.labels()
        self._levels = levels
        if [text for _, text in self.labels()] != [text for _, text in old]:
            self.updateGeometry()  # as wide as the new labels
        self.update()

    def label_width(self) -> int:
        """The width of the widest tick label in the current font (of a
        typical one before an image is shown)."""
        metrics = self.fontMetrics()
        texts = [text for _, text in self.labels()] or ["-000"]
        return max(metrics.horizontalAdvance(text) for text in texts)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # the bar (16), the tick (4), the gap (2) and the labels: measured in
        # the font, so a projector zoom widens it, and no wider than its labels
        return QSize(self.label_width() + 26, 120)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.sizeHint().width(), 60)

    def labels(self, count: int = 5) -> list[tuple[float, str]]:
        """The ticks and their texts, in the user's language (``0,5`` in French);
        about ``count`` of them."""
        if not self._colors:
            return []
        low, high = self._levels
        return [
            (value, significant(value, 6)) for value in nice_ticks(low, high, count)
        ]

    def shown_labels(self, height: float) -> list[tuple[float, str]]:
        """The labels drawn beside a bar ``height`` pixels high: fewer when
        they would touch (a small pane at a projector zoom)."""
        room = max(1, int(height // (self.fontMetrics().height() * 1.25)) + 1)
        for count in (5, 4, 3, 2):
            labels = self.labels(count)
            if len(labels) <= room:
                return labels
        return self.labels(1)[:room]

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange:
            self.updateGeometry()  # "0,5" is not as wide as "0.5"
            self.update()  # the labels in the new language

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
        for value, text in self.shown_labels(bar.height()):
            y = bar.bottom() - (value - low) / (high - low) * bar.height()
            painter.drawLine(int(bar.right()), int(y), int(bar.right()) + 4, int(y))
            painter.drawText(
                int(bar.right()) + 6, int(y + metrics.ascent() / 2 - 1), text
            )
        painter.end()


def overlay_rgba(weights: np.ndarray) -> np.ndarray:
    """``weights`` (2-D, 0 to 1) as see-through orange RGBA uint8, opaquer
    where larger: a map drawn over an image (where a network looked)."""
    weights = np.clip(np.nan_to_num(np.asarray(weights, float)), 0.0, 1.0)
    rgba = np.zeros(weights.shape + (4,), np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = 255, 120, 0
    rgba[..., 3] = np.rint(weights * 200).astype(np.uint8)
    return rgba


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
        _panes.add(self)
        self._data: np.ndarray | None = None
        self._shape: tuple[int, ...] | None = None  # kept by clear(): no autorange
        self._mode = "grey"
        self._unit = ""
        #: the pixel (row, column) the readout tells, None for none
        self._hovered: tuple[int, int] | None = None
        self._min_height = 0  # the minimum height last told the parent
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
        # a map drawn over the image (where a network looked), see set_overlay
        self.overlay = pg.ImageItem()
        self.overlay.setZValue(5)
        self.overlay.hide()
        self.view.addItem(self.overlay)
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

    # ---- size: the title may wrap
    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        # the wrapped title is in the minimum size below; as a height for a
        # width, a parent took the view's preferred 480 px as a minimum
        return False

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """At least the room of the title as it wraps at the pane's width, the
        smallest view and the readout: a splitter does not ask a widget its
        height for a width, so a title wrapped on three lines (a projector's
        zoom) was drawn over by the view."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if self.width() > 0 and layout is not None and layout.hasHeightForWidth():
            hint.setHeight(
                max(hint.height(), layout.minimumHeightForWidth(self.width()))
            )
        return hint

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            need = self.minimumSizeHint().height()
            if need != self._min_height:
                self._min_height = need
                self.updateGeometry()  # the parent makes room for the title

    # ---- public API
    def redraw(self) -> None:
        """Draw the shown image again (the palette changed)."""
        if self._data is not None:
            self.set_image(self._data, self._mode, self._unit)

    def set_image(
        self,
        data: np.ndarray,
        mode: str = "grey",
        unit: str = "",
        autorange: bool = False,
    ) -> None:
        """Show ``data`` (2-D float) with the colour mapping ``mode``."""
        first = self._shape != data.shape
        self._data = data
        self._shape = data.shape
        self._mode = mode
        self._unit = unit
        fixed = mode in ("grey", "binary", "cyclic")  # levels need no extremes
        divisor, levels = _mapping(None if fixed else _extremes(data), mode)
        step = display_step(data.shape)
        drawn = data[::step, ::step] if step > 1 else data
        cmap = colormap(mode)
        self.item.setColorMap(cmap)
        self.item.setImage(
            _transform(drawn, mode, divisor), levels=levels, autoLevels=False
        )
        # in the full array's pixel coordinates, whatever the step
        self.item.setRect(QRectF(0, 0, data.shape[1], data.shape[0]))
        self.item.show()
        if self.bar is not None:
            self.bar.set_colormap(cmap, levels)
        if first or autorange:
            self.view.autoRange(padding=0.02)

    def set_overlay(self, weights: np.ndarray | None) -> None:
        """Draw ``weights`` (2-D, 0 to 1, the image's shape) over the image in
        see-through orange, stronger where larger; None takes it away. Orange
        over grey reads in every colour vision, and the image shows through."""
        if weights is None:
            self.overlay.hide()
            return
        rgba = overlay_rgba(weights)
        self.overlay.setImage(rgba, autoLevels=False)  # row-major (module setting)
        self.overlay.setRect(QRectF(0, 0, weights.shape[1], weights.shape[0]))
        self.overlay.show()

    def overlay_shown(self) -> bool:
        return self.overlay.isVisible()

    def clear(self) -> None:
        """Show nothing (a result being computed); the zoom is kept."""
        self._data = None
        self.item.hide()
        self.hide_rect()
        self._hovered = None
        self.readout.setText(" ")

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
        if self._data is None:
            raise ValueError("nothing to export")
        return render_rgba(self._data, self._mode)

    def save_png(self, path) -> None:
        """Write the shown image (full resolution, colour map applied) as a
        PNG, whole or not at all. Raises ``ValueError`` when there is nothing
        to export and ``OSError`` when it cannot be written (say it with
        :func:`~guiapp.ui.common.files.explain`)."""
        if self._data is None:
            raise ValueError("nothing to export")
        encoded = QByteArray()
        buffer = QBuffer(encoded)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # encoded in memory: writing the file in Python keeps the system's
        # reason when it fails (QImage.save says only False)
        if not to_qimage(self.rendered_rgba()).save(buffer, "PNG"):
            raise OSError("the image could not be encoded as a PNG")
        buffer.close()
        data = bytes(encoded.data())
        atomic_write(path, lambda temporary: Path(temporary).write_bytes(data))

    def export_png(self, path: str) -> bool:
        """:meth:`save_png`; False if there is nothing to export or it failed."""
        try:
            self.save_png(path)
        except (OSError, ValueError):
            return False
        return True

    def suggested_name(self) -> str:
        """A file name for an export, from the pane's title ("Output 166 × 298
        (kernel 3×3…)" gives "output-166-298.png")."""
        title = self.title.text().split("(")[0]
        words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
        return "-".join(words)[:40].strip("-") + ".png" if words else "image.png"

    def _teacher_hides(self, control: str) -> bool:
        """Whether the teacher's settings hide ``control`` in the tab showing
        this pane (a pane outside a tab hides nothing)."""
        from .common.tab import Tab

        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, Tab):
            parent = parent.parentWidget()
        return parent is not None and parent.context.hidden(control)

    def ask_export(self) -> None:
        """Choose a PNG file (in the folder of the last export) and write the
        shown image; say why when there is none or it cannot be written."""
        title = self.tr("Export image")
        if self._data is None:
            QMessageBox.warning(
                self, title, self.tr("There is no image to export yet.")
            )
            return
        path = ask_save_path(
            self,
            title,
            export_folder(),
            self.tr("PNG images (*.png)"),
            ".png",
            name=self.suggested_name(),
        )
        if not path:
            return
        try:
            self.save_png(path)
        except OSError as error:
            QMessageBox.warning(self, title, explain(error, path))
            return
        remember_export_folder(Path(path).parent)

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
        self._hovered = pixel
        self._render_readout()
        if pixel is not None:
            self.sig_hovered.emit(*pixel)

    def _render_readout(self) -> None:
        """The value of the hovered pixel, in the user's language (``0,5`` in French)."""
        data, pixel = self._data, self._hovered
        if (
            data is None
            or pixel is None
            or not (pixel[0] < data.shape[0] and pixel[1] < data.shape[1])
        ):
            self.readout.setText(" ")
            return
        row, col = pixel
        value = data[row, col]
        text = "—" if not np.isfinite(value) else significant(value, 6) + self._unit
        # i = row, j = column, as in the course's r[i, j]
        self.readout.setText(f"[{row}, {col}] = {text}")

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange:
            self._render_readout()  # the value in the new language

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pixel = self._pixel_at(event.scenePos())
        if pixel is not None:
            self.sig_clicked.emit(*pixel)

    def _show_menu(self, position) -> None:
        self.context_menu().exec(self.mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """The right-click menu: fit, and export unless the teacher hides it."""
        menu = QMenu(self)
        fit = QAction(self.tr("Fit image to view"), menu)
        fit.triggered.connect(lambda: self.view.autoRange(padding=0.02))
        menu.addAction(fit)
        if not self._teacher_hides("export"):
            export = QAction(self.tr("Export this image as PNG…"), menu)
            export.setEnabled(self._data is not None)
            export.triggered.connect(self.ask_export)
            menu.addAction(export)
        return menu
