"""The learning curves on a classroom projector: each legend entry shows its
colour sample and its whole name inside the plot, at every zoom."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

pytestmark = [pytest.mark.gui]

#: the room a maximized window leaves a tab on a 1024 × 768 screen
TAB_SIZE = (1010, 640)


@pytest.fixture
def curves_tab(qtbot, context, tmp_path, monkeypatch):
    """A training tab as big as on a 1024 × 768 screen, on its curves page."""
    from guiapp.ui.builder.state import BuilderState
    from guiapp.ui.train.state import TrainState
    from guiapp.ui.train.tab import TrainTab

    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    context.documents["builder"] = BuilderState()
    state = context.documents["train"] = TrainState()
    tab = TrainTab(state, context)
    qtbot.addWidget(tab)
    tab.resize(*TAB_SIZE)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.shutdown()


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def zoom(tab, percent: int) -> None:
    """What the window's View > Zoom does: the tab's font, scaled."""
    app = QApplication.instance()
    base = app.property("guiapp_base_point_size") or app.font().pointSizeF()
    app.setProperty("guiapp_base_point_size", base)
    font = QApplication.font()
    font.setPointSizeF(float(base) * percent / 100)
    tab.setFont(font)
    settle()
    settle()


def near(first: QColor, second: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in (
            (first.red(), second.red()),
            (first.green(), second.green()),
            (first.blue(), second.blue()),
        )
    )


def check_legends(page) -> None:
    """Each curve's legend entry: its sample drawn in its colour and its whole
    name (on one line or a few), both inside the plot's view box."""
    for plot, metric in ((page.loss_plot, "loss"), (page.accuracy_plot, "accuracy")):
        item = plot.getPlotItem()
        box = item.vb.sceneBoundingRect()
        legend = item.legend
        assert legend.isVisible()
        curves = [page.curves[key] for key in (f"batch_{metric}", metric)]
        curves.append(page.curves[f"val_{metric}"])
        names = [curve.name() for curve in curves]
        assert all(names), names
        assert item.legend_names() == names
        assert [sample.item for sample, _ in legend.items] == curves
        shot = plot.grab().toImage()
        for (sample, label), curve in zip(legend.items, curves, strict=True):
            where = f"{metric} {curve.name()!r}"
            assert label.text.replace("<br>", " ") == curve.name(), where
            sample_rect = sample.sceneBoundingRect()
            text_rect = label.item.sceneBoundingRect()
            assert box.contains(sample_rect), where
            assert box.contains(text_rect), where
            assert sample_rect.right() <= text_rect.left() + 1, where
            # the sample is drawn, in the curve's colour
            colour = curve.opts["pen"].color()
            view = plot.mapFromScene(sample_rect).boundingRect()
            seen = [
                shot.pixelColor(QPoint(x, y))
                for x in range(view.left() + 1, view.right())
                for y in range(view.top() + 1, view.bottom())
            ]
            assert any(near(pixel, colour) for pixel in seen), where


@pytest.mark.parametrize("percent", [100, 150, 200])
@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("size", [TAB_SIZE, (1266, 580)], ids=["1024x768", "1280x720"])
def test_each_legend_entry_shows_its_sample_and_whole_name_in_the_plot(
    curves_tab, language, percent, size
):
    """On a 1024 × 768 screen at 150 and 200 % the legend ran off the plot's
    left side: the names were cut and no colour sample showed; on a 1280 × 720
    one at 200 % it was taller than the plot. Each entry's sample and name now
    lie in the view box, the name whole (the entries side by side in a short
    plot)."""
    from guiapp.ui import i18n

    try:
        assert i18n.install(language)
        curves_tab.retranslate()
        curves_tab.resize(*size)
        zoom(curves_tab, percent)
        check_legends(curves_tab.curves_page)
    finally:
        i18n.install("en")
        curves_tab.retranslate()
        zoom(curves_tab, 100)


def test_a_name_too_long_for_a_narrow_plot_takes_two_lines(qtbot):
    """A plot narrower than its legend's names at 200 % (a narrow pane): a name
    wider than the plot is put on two lines, still whole and inside the plot
    with its sample; on one line again when the plot is wide enough."""
    from guiapp.ui.train.curves import CurvesPage
    from guiapp.ui.train.state import TrainState

    page = CurvesPage(TrainState())
    qtbot.addWidget(page)
    page.resize(300, 800)
    page.show()
    qtbot.waitExposed(page)
    zoom(page, 200)
    legend = page.loss_plot.getPlotItem().legend
    assert any("<br>" in label.text for _, label in legend.items)
    check_legends(page)
    page.resize(900, 800)
    settle()
    assert not any("<br>" in label.text for _, label in legend.items)
    check_legends(page)
    page.stop()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_axis_label_fits_its_axis_at_200_percent(curves_tab, language):
    """At 200 % on a 1024 × 768 projector the accuracy plot was 135 pixels
    high and its vertical label "exactitude" 143 pixels long: each label now
    fits its axis (the titles name the values, the axis says "epoch")."""
    from guiapp.ui import i18n

    page = curves_tab.curves_page
    try:
        assert i18n.install(language)
        curves_tab.retranslate()
        zoom(curves_tab, 200)
        for plot in (page.loss_plot, page.accuracy_plot):
            item = plot.getPlotItem()
            assert item.titleLabel.text  # "Loss", "Accuracy"
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                text = axis.label.toPlainText().strip()
                if not axis.isVisible() or not axis.label.isVisible() or not text:
                    continue
                need = axis.label.boundingRect().width()  # along the axis
                room = axis.height() if name == "left" else axis.width()
                assert need <= room, (name, text, need, room)
            assert item.getAxis("bottom").label.toPlainText().strip()
    finally:
        i18n.install("en")
        curves_tab.retranslate()
        zoom(curves_tab, 100)


def test_a_wide_short_page_puts_the_plots_side_by_side(curves_tab):
    """On a 1280 × 720 screen at 200 % the two plots one under the other were
    110 pixels high each, their legends over the curves: side by side, each
    is as high as the page; on a 1024 × 768 one they stay one under the other."""
    page = curves_tab.curves_page
    curves_tab.resize(1266, 580)
    zoom(curves_tab, 200)
    assert page.side_by_side
    for plot in (page.loss_plot, page.accuracy_plot):
        assert plot.height() >= 0.8 * page.height()
        legend = plot.getPlotItem().legend
        box = plot.getPlotItem().vb.sceneBoundingRect()
        assert legend.sceneBoundingRect().height() <= box.height() / 2
    curves_tab.resize(*TAB_SIZE)
    zoom(curves_tab, 150)
    assert not page.side_by_side
    zoom(curves_tab, 100)
