"""pyqtgraph plots whose title, axis labels and legend follow the language.

Texts are given as functions (``lambda: self.tr("Loss")``) recorded in the view's
:class:`~guiapp.ui.common.texts.Texts`, so a language switch sets them again on
the same plot: its curves and data stay.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtGui import QColor

from .texts import Texts

__all__ = ["make_plot", "add_curve"]

Text = Callable[[], str]


def make_plot(
    texts: Texts,
    title: Text | None = None,
    left: Text | None = None,
    bottom: Text | None = None,
    legend_offset: tuple[int, int] | None = None,
    background: QColor | None = None,
) -> pg.PlotWidget:
    """A plot with a grid, no context menu, and texts that retranslate."""
    plot = pg.PlotWidget()
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
        plot.addLegend(offset=legend_offset)
    return plot


def add_curve(
    plot: pg.PlotWidget, texts: Texts, name: Text | None = None, **options
) -> pg.PlotDataItem:
    """``plot.plot(**options)`` with a legend name that retranslates."""
    curve = plot.plot(name=name() if name is not None else None, **options)
    legend = plot.getPlotItem().legend
    if name is not None and legend is not None:

        def rename() -> None:
            label = legend.getLabel(curve)
            if label is not None:
                label.setText(name())

        texts(rename)
    return curve
