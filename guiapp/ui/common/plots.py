"""pyqtgraph plots whose texts follow the language and whose size follows the zoom.

Texts are given as functions (``lambda: self.tr("Loss")``) recorded in the view's
:class:`~guiapp.ui.common.texts.Texts`, so a language switch sets them again on
the same plot: its curves and data stay.

A plot's items live in a graphics scene, which does not inherit the widget's
font: the projector zoom (a font change on the tab) left the ticks, axis
labels, title and legend small and light grey. :class:`ZoomPlotItem` follows
its widget's font: ticks and labels at the widget's size, the title 1.2 times
it, dark text, and line widths and markers scaled by the zoom factor.

The legend stays inside the plot's view box at any zoom: a name wider than the
box allows is put on several lines (:meth:`ZoomPlotItem.fit_legend`); a long
name at 150 % ran off the box's left side, the colour samples with it.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QGraphicsItem

from .texts import Texts

__all__ = ["make_plot", "add_curve", "ZoomPlotItem", "zoom_factor"]

Text = Callable[[], str]

TEXT = QColor(40, 40, 40)  # axis text and titles: dark on the light background
#: the legend's background: the grid and the curves show faintly through it
LEGEND_BRUSH = QColor(250, 250, 250, 215)
LEGEND_PEN = QColor(190, 190, 190)
_DEFAULT_POINT_SIZE = 9.0


def zoom_factor(font: QFont) -> float:
    """``font``'s size over the application's unzoomed size (1.0 unzoomed)."""
    app = QApplication.instance()
    base = app.property("guiapp_base_point_size") if app is not None else None
    if base is None:
        base = app.font().pointSizeF() if app is not None else _DEFAULT_POINT_SIZE
    size = font.pointSizeF()
    if size <= 0 or float(base) <= 0:
        return 1.0
    return size / float(base)


class LocaleAxis(pg.AxisItem):
    """Tick labels with the language's decimal mark (0,5 in French)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        strings = super().tickStrings(values, scale, spacing)
        mark = QLocale().decimalPoint()
        if mark == ".":
            return strings
        return [text.replace(".", mark) for text in strings]

    def refresh(self) -> None:
        """Draw the ticks again (the language changed)."""
        self.picture = None
        self.update()


class ZoomPlotItem(pg.PlotItem):
    """A PlotItem whose texts, pens and markers follow its widget's font, and
    whose tick labels follow the language."""

    def __init__(self, *args, **kwargs):
        self._zoom_font = QFont()
        self.factor = 1.0
        # the two shown axes (pyqtgraph shows every axis it is given)
        kwargs.setdefault(
            "axisItems", {side: LocaleAxis(side) for side in ("left", "bottom")}
        )
        self._full_title: str | None = None
        super().__init__(*args, **kwargs)
        self.vb.sigResized.connect(self.fit_legend)
        # the title is elided to the view box's width, which a zoom changes
        # without resizing the plot item (its font does)
        self.vb.sigResized.connect(self._refit_title)
        # the title never sets the plot's least width (it is elided instead):
        # pyqtgraph's LabelItem makes its text's width its minimum
        self.titleLabel.updateMin = lambda: _free_width(self.titleLabel)
        for name in ("left", "bottom", "right", "top"):
            axis = self.getAxis(name)
            axis.setTextPen(TEXT)
            axis.setPen(QColor(110, 110, 110))
            # an axis draws the grid across the whole plot (3.5 ms a paint):
            # kept as a pixmap, a moving item over it (the RNN animation's
            # window) no longer repaints it at every frame (12 ms -> 2 ms)
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    # ---- texts at the current size (a retranslation sets them again)
    def setTitle(self, title=None, **args):  # noqa: N802 (pyqtgraph override)
        """The title, elided to the plot's width (whole on hover): a long title
        set the plot's minimum width and pushed its right side off the pane."""
        self._full_title = title
        if title is not None:
            args.setdefault("size", f"{self._zoom_font.pointSizeF() * 1.2:.1f}pt")
            args.setdefault("color", TEXT.name())
            self._title_style = dict(args)
            title = self._elided(title)
        super().setTitle(title, **args)
        self.titleLabel.setToolTip(self._full_title or "")
        self.titleLabel.setMinimumWidth(0)
        if title is not None:
            height = int(self._zoom_font.pointSizeF() * 1.2 * 96 / 72 * 1.6) + 6
            self.layout.setRowFixedHeight(0, max(30, height))
            self.titleLabel.setMaximumHeight(max(30, height))

    def _elided(self, title: str) -> str:
        font = QFont(self._zoom_font)
        font.setPointSizeF(self._zoom_font.pointSizeF() * 1.2)
        # the title sits above the view box (the axis column beside it is not
        # its), and its text item keeps a 4-pixel margin on each side
        room = self.vb.width() if self.vb is not None else 0
        if room <= 40:
            room = self.size().width() - self.getAxis("left").width()
        width = int(room) - 12
        if width <= 40:
            return title
        return QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, width)

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._refit_title()

    def _refit_title(self, *_) -> None:
        if self._full_title is not None:
            shown = self._elided(self._full_title)
            if shown != self.titleLabel.text:
                self.titleLabel.setText(shown, **self._title_style)
                self.titleLabel.setMinimumWidth(0)

    def setLabel(self, axis, text=None, units=None, unitPrefix=None, **args):  # noqa: N802
        args.setdefault("font-size", f"{self._zoom_font.pointSizeF():.1f}pt")
        args.setdefault("color", TEXT.name())
        super().setLabel(axis, text, units, unitPrefix, **args)

    def addItem(self, item, *args, **kwargs):  # noqa: N802 (pyqtgraph override)
        super().addItem(item, *args, **kwargs)
        if isinstance(item, pg.PlotDataItem):
            _scale_item(item, self.factor)
        if self.legend is not None and self.legend.getLabel(item) is not None:
            self.fit_legend()

    # ---- the legend: inside the view box at any zoom
    def rename_in_legend(self, item, name: str) -> None:
        """Give ``item`` the legend name ``name`` (a language switch)."""
        if isinstance(item, pg.PlotDataItem):
            item.opts["name"] = name  # what item.name() says, as the legend
        label = self.legend.getLabel(item) if self.legend is not None else None
        if label is not None:
            label.setText(name)
            self.fit_legend()

    def legend_names(self) -> list[str]:
        """The legend's names in full, in order (whatever their lines)."""
        if self.legend is None:
            return []
        return [_full_name(label) for _, label in self.legend.items]

    def fit_legend(self, *_) -> None:
        """Each legend name on as few lines as the view box's width allows,
        the legend sized to its entries and anchored again in its corner."""
        legend = self.legend
        if legend is None or not legend.items:
            return
        offset = legend.opts.get("offset") or (0, 0)
        sample = max(sample.width() for sample, _ in legend.items)
        spacing = legend.layout.horizontalSpacing()
        margins = legend.layout.getContentsMargins()
        room = (
            self.vb.width()
            - 2 * abs(offset[0])
            - sample
            - spacing
            - margins[0]
            - margins[2]
            - 12  # the text item's own margins, and rounding
        )
        font = QFont(self._zoom_font)
        metrics = QFontMetrics(font)
        changed = False
        for _, label in legend.items:
            full = _full_name(label)
            shown = "<br>".join(_wrap(full, metrics, room)) if room > 0 else full
            label._guiapp_full = full
            label._guiapp_shown = shown
            if label.text != shown:
                label.setText(shown)
                changed = True
        if changed:
            legend.layout.invalidate()
        # pyqtgraph's updateSize adds up the entries' current widths, which the
        # layout stretched to the legend's old width: the lines' own size instead
        hint = legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        legend.setGeometry(0, 0, hint.width(), hint.height())
        if legend.opts.get("offset") is not None:
            legend.setOffset(legend.opts["offset"])

    def refresh_ticks(self) -> None:
        """Write the tick labels again (in the language of the moment)."""
        for name in ("left", "bottom", "right", "top"):
            axis = self.getAxis(name)
            if isinstance(axis, LocaleAxis):
                axis.refresh()

    def follow_font(self, font: QFont) -> None:
        """Resize every text, line and marker to ``font`` (the widget's)."""
        self._zoom_font = QFont(font)
        self.factor = zoom_factor(font)
        for name in ("left", "bottom", "right", "top"):
            axis = self.getAxis(name)
            axis.setStyle(tickFont=QFont(font))
            if axis.labelText or axis.labelUnits:
                style = dict(axis.labelStyle)
                style["font-size"] = f"{font.pointSizeF():.1f}pt"
                style.setdefault("color", TEXT.name())
                axis.labelStyle = style
                axis._updateLabel()
            # the axis' room for its ticks follows the font too
            axis.setWidth() if name in ("left", "right") else axis.setHeight()
        if self._full_title is not None:
            self.setTitle(self._full_title)
        legend = self.legend
        if legend is not None:
            legend.setLabelTextSize(f"{font.pointSizeF():.1f}pt")
            legend.setLabelTextColor(TEXT)
            for _, label in legend.items:
                label.setText(_full_name(label))
            self.fit_legend()
        for item in self.listDataItems():
            if isinstance(item, pg.PlotDataItem):  # not bars: their width is data
                _scale_item(item, self.factor)


def _full_name(label: pg.LabelItem) -> str:
    """A legend label's name in full: the text last given to it, not the lines
    :meth:`ZoomPlotItem.fit_legend` made of it."""
    if getattr(label, "_guiapp_shown", None) == label.text:
        return label._guiapp_full
    return label.text  # set since (pyqtgraph's addItem, a rename)


def _wrap(text: str, metrics: QFontMetrics, width: float) -> list[str]:
    """``text`` in lines at most ``width`` pixels wide, cut between words (a
    word wider than that has a line of its own)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _free_width(label: pg.LabelItem) -> None:
    """``label``'s size hints with no least width (LabelItem.updateMin gives
    its text's width as the minimum: a long title widened the plot)."""
    bounds = label.itemRect()
    label.setMinimumWidth(0)
    label.setMinimumHeight(bounds.height())
    label._sizeHint = {
        Qt.SizeHint.MinimumSize: (0, bounds.height()),
        Qt.SizeHint.PreferredSize: (bounds.width(), bounds.height()),
        Qt.SizeHint.MaximumSize: (-1, -1),
        Qt.SizeHint.MinimumDescent: (0, 0),
    }
    label.updateGeometry()


def _scale_item(item: pg.PlotDataItem, factor: float) -> None:
    """Pen width and marker size of ``item``: its own (first seen) times ``factor``."""
    base = getattr(item, "_guiapp_base", None)
    if base is None:
        pen = item.opts.get("pen")
        width = pg.mkPen(pen).widthF() if pen is not None else 1.0
        base = (width or 1.0, item.opts.get("symbolSize", 10))
        item._guiapp_base = base
    width, symbol_size = base
    pen = item.opts.get("pen")
    if pen is not None:
        scaled = pg.mkPen(pen)
        scaled.setWidthF(width * factor)
        item.setPen(scaled)
    if item.opts.get("symbol") is not None:
        item.setSymbolSize(symbol_size * factor)


class _FontFollower(QObject):
    """Passes a plot widget's font changes (the zoom) to its plot item."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            obj.getPlotItem().follow_font(obj.font())
        return False


def make_plot(
    texts: Texts,
    title: Text | None = None,
    left: Text | None = None,
    bottom: Text | None = None,
    legend_offset: tuple[int, int] | None = None,
    background: QColor | None = None,
) -> pg.PlotWidget:
    """A plot with a grid, no context menu, texts that retranslate and a size
    that follows the zoom."""
    plot = pg.PlotWidget(plotItem=ZoomPlotItem())
    follower = _FontFollower(plot)
    plot.installEventFilter(follower)
    texts(plot.getPlotItem().refresh_ticks)
    plot.setBackground(background or QColor(250, 250, 250))
    plot.showGrid(x=True, y=True, alpha=0.3)
    plot.setMenuEnabled(False)
    if title is not None:
        texts(lambda: plot.setTitle(title()))
    if left is not None:
        texts(lambda: plot.setLabel("left", left()))
    if bottom is not None:
        texts(lambda: plot.setLabel("bottom", bottom()))
    if legend_offset is not None:
        plot.addLegend(offset=legend_offset, brush=LEGEND_BRUSH, pen=LEGEND_PEN)
    plot.getPlotItem().follow_font(plot.font())  # the legend too
    return plot


def add_curve(
    plot: pg.PlotWidget, texts: Texts, name: Text | None = None, **options
) -> pg.PlotDataItem:
    """``plot.plot(**options)`` with a legend name that retranslates."""
    curve = plot.plot(name=name() if name is not None else None, **options)
    legend = plot.getPlotItem().legend
    if name is not None and legend is not None:

        def rename() -> None:
            plot.getPlotItem().rename_in_legend(curve, name())

        texts(rename)
    return curve
