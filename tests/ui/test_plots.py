"""Plots follow the projector zoom: ticks, labels, title, legend, lines, markers."""

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from guiapp.ui.common.plots import TEXT, add_curve, make_plot
from guiapp.ui.common.texts import Texts


@pytest.fixture
def plot(qtbot):
    texts = Texts()
    plot = make_plot(
        texts,
        title=lambda: "Loss",
        left=lambda: "loss",
        bottom=lambda: "epoch",
        legend_offset=(10, 10),
    )
    texts.retranslate()
    qtbot.addWidget(plot)
    curve = add_curve(plot, texts, name=lambda: "training", pen=pg.mkPen("b", width=2))
    dots = plot.plot([0, 1], [1, 0], pen=None, symbol="o", symbolSize=12)
    plot.show()
    return plot, curve, dots


def zoom(plot, percent):
    base = QApplication.instance().font().pointSizeF()
    QApplication.instance().setProperty("guiapp_base_point_size", base)
    font = plot.font()
    font.setPointSizeF(base * percent / 100)
    plot.setFont(font)
    return base


def test_zoom_scales_every_text_line_and_marker(plot):
    plot, curve, dots = plot
    base = zoom(plot, 200)
    item = plot.getPlotItem()
    assert item.getAxis("bottom").style["tickFont"].pointSizeF() == pytest.approx(
        2 * base
    )
    assert f"{2 * base:.1f}pt" in item.getAxis("left").labelString()
    assert item.titleLabel.opts["size"] == f"{2 * base * 1.2:.1f}pt"
    assert item.legend.opts["labelTextSize"] == f"{2 * base:.1f}pt"
    assert curve.opts["pen"].widthF() == pytest.approx(4)
    assert dots.opts["symbolSize"] == pytest.approx(24)
    late = plot.plot([0, 1], [0, 1], pen=pg.mkPen("r", width=1))
    assert late.opts["pen"].widthF() == pytest.approx(2)  # added after the zoom
    zoom(plot, 100)
    assert curve.opts["pen"].widthF() == pytest.approx(2)
    assert dots.opts["symbolSize"] == pytest.approx(12)


def test_axis_text_is_dark_not_light_grey(plot):
    plot, _, _ = plot
    axis = plot.getPlotItem().getAxis("left")
    assert axis.textPen().color() == QColor(TEXT)


def test_a_retranslated_title_keeps_the_zoomed_size(plot):
    plot, _, _ = plot
    base = zoom(plot, 150)
    plot.setTitle("Perte")
    assert plot.getPlotItem().titleLabel.opts["size"] == f"{1.5 * base * 1.2:.1f}pt"


def test_bars_keep_their_data_width_under_zoom(plot):
    """A bar chart's bar width is data (0.7 of a class), not a pen: unchanged."""
    import numpy as np

    plot, _, _ = plot
    bars = pg.BarGraphItem(x=np.arange(3), height=np.ones(3), width=0.7)
    plot.addItem(bars)
    zoom(plot, 200)
    assert bars.opts["width"] == 0.7


def test_tick_labels_follow_the_language(plot):
    """0,5 on the axis in French (pyqtgraph writes 0.5 whatever the language)."""
    from PySide6.QtCore import QLocale

    plot, _, _ = plot
    axis = plot.getPlotItem().getAxis("left")
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French))
        assert axis.tickStrings([0.5, 1.0], 1, 0.5) == ["0,5", "1,0"]
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
    assert axis.tickStrings([0.5, 1.0], 1, 0.5) == ["0.5", "1.0"]


def test_a_long_title_is_elided_to_the_plot_not_widening_it(qtbot):
    """A long title set the plot's minimum width: at 150-200 % the right axis,
    the legend and the last ticks went off the pane. Elided, whole on hover."""
    texts = Texts()
    long_title = "x = signal(t) + noise, cut into windows of s points " * 3
    plot = make_plot(texts, title=lambda: long_title)
    texts.retranslate()
    qtbot.addWidget(plot)
    plot.resize(300, 200)
    plot.show()
    qtbot.waitExposed(plot)
    item = plot.getPlotItem()
    assert plot.minimumSizeHint().width() < 300
    assert item.titleLabel.text != long_title and item.titleLabel.text.endswith("…")
    assert item.titleLabel.toolTip() == long_title


def test_only_the_left_and_bottom_axes_show(plot):
    plot, _, _ = plot
    item = plot.getPlotItem()
    assert item.getAxis("left").isVisible() and item.getAxis("bottom").isVisible()
    assert not item.getAxis("top").isVisible()
    assert not item.getAxis("right").isVisible()


def test_the_legend_is_dark_without_any_zoom(plot):
    plot, _, _ = plot
    assert plot.getPlotItem().legend.opts["labelTextColor"] == TEXT


def test_a_plot_made_wide_then_narrow_shrinks_to_its_view(qtbot):
    """The title set at 800 pixels made 463 pixels the plot's least width: the
    side panel grew after a training, the plot could not follow and its right
    side (axis, legend, the last points) was cut."""
    texts = Texts()
    title = "Prédictions (en rouge) tracées en t + pas·s, sur les points bruités"
    plot = make_plot(texts, title=lambda: title, legend_offset=(10, 10))
    texts.retranslate()
    qtbot.addWidget(plot)
    plot.resize(800, 300)
    plot.show()
    qtbot.waitExposed(plot)
    plot.resize(450, 300)
    qtbot.waitUntil(lambda: plot.getPlotItem().size().width() <= 451)
    assert plot.getPlotItem().titleLabel.text.endswith("…")
