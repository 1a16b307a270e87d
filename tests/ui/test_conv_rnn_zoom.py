"""The convolution and RNN tabs on a projector: zoomed to 150 and 200 %
(the zoom is a font change on the tab) on a 1024 × 768 screen, nothing is cut,
covered or piled up, and what is shortened says itself in full on hover."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.gui

#: the room a maximized window leaves a tab on a 1024 × 768 screen
TAB_SIZE = (1010, 640)


def zoom(tab, percent: int) -> None:
    """What the window's View > Zoom does: the tab's font, scaled."""
    app = QApplication.instance()
    font = QFont(app.font())
    font.setPointSizeF(app.font().pointSizeF() * percent / 100)
    tab.setFont(font)
    settle()


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def top_in(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).y()


@pytest.fixture
def conv_tab(qtbot, context):
    from guiapp.ui.conv.state import ConvState
    from guiapp.ui.conv.tab import ConvTab

    tab = ConvTab(ConvState(), context)
    qtbot.addWidget(tab)
    tab.resize(*TAB_SIZE)
    tab.show()
    qtbot.waitExposed(tab)
    settle()
    yield tab
    tab.shutdown()


@pytest.fixture
def rnn_tab(qtbot, context):
    from guiapp.ui.rnn.state import RnnState
    from guiapp.ui.rnn.tab import RnnTab

    tab = RnnTab(RnnState(), context)
    qtbot.addWidget(tab)
    tab.resize(*TAB_SIZE)
    tab.show()
    qtbot.waitExposed(tab)
    settle()
    yield tab
    tab.shutdown()


# ---- the convolution tab


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_receptive_field_tables_cover_nothing(conv_tab, percent):
    """With a 5×5 kernel, the two window tables end above the "Output [i, j] =
    Σ window × kernel" line, which ends above Play; every header number and
    row has the room of its text."""
    conv_tab.set_kernel_size(5)
    zoom(conv_tab, percent)
    page = conv_tab.conv_page
    page.pin(10, 20)
    settle()
    field = page.field_area.content
    sum_top = top_in(page.sum_label, field)
    for table in (page.patch_table, page.products_table):
        assert table.rowCount() == 5
        assert top_in(table, field) + table.height() <= sum_top
        metrics = QFontMetrics(table.font())
        for row in range(5):
            assert table.rowHeight(row) >= metrics.height()
        for header in (table.horizontalHeader(), table.verticalHeader()):
            for section in range(5):
                need = header.sectionSizeFromContents(section)
                size = header.sectionSize(section)
                wanted = (
                    need.width()
                    if header is table.horizontalHeader()
                    else need.height()
                )
                assert size >= wanted - 2
    assert "Output [10, 20]" in page.sum_label.text()
    box = page.field_box
    assert top_in(page.field_area, box) + page.field_area.height() <= top_in(
        page.play_button, box
    )


def test_the_tab_fits_the_screen_at_200_percent(conv_tab):
    """At 200 % in French the tab's minimum size fits a 1024 × 768 screen
    (it made the window 1030 px wide), and the side panel keeps its controls
    whole: it scrolls, it does not cut them."""
    from guiapp.ui import i18n

    try:
        assert i18n.install("fr")
        conv_tab.retranslate()
        zoom(conv_tab, 200)
        minimum = conv_tab.minimumSizeHint()
        assert minimum.width() <= TAB_SIZE[0] and minimum.height() <= TAB_SIZE[1]
        area = conv_tab.panel_area
        assert area.width() >= conv_tab.controls.minimumSizeHint().width()
        editor = conv_tab.kernel_editor
        label = editor.flip_label
        assert label.height() >= label.heightForWidth(label.width())
    finally:
        i18n.install("en")
        conv_tab.retranslate()


def test_page_titles_shorten_in_french_at_200_percent(conv_tab):
    """In French at 200 % the page titles are short ("Sobel"), each saying its
    full title on hover; back at 100 % they are full again."""
    from guiapp.ui import i18n

    pages = conv_tab.pages
    try:
        assert i18n.install("fr")
        conv_tab.retranslate()
        full = [pages.tabText(i) for i in range(pages.count())]
        assert full[1] == "Bords de Sobel"
        zoom(conv_tab, 200)
        settle()
        bar = pages.tabBar()
        assert pages.tabText(1) != full[1]
        assert [pages.tabToolTip(i) for i in range(pages.count())] == full
        for index in range(pages.count()):
            assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width()
            assert bar.tabRect(index).right() <= bar.width()
        zoom(conv_tab, 100)
        settle()
        assert [pages.tabText(i) for i in range(pages.count())] == full
    finally:
        i18n.install("en")
        conv_tab.retranslate()


def test_a_zoom_gives_a_combo_box_the_room_of_its_text(conv_tab):
    """After a zoom to 200 %, "Grey image" in the pooling page is not cut (Qt
    kept the room the text had in the old font)."""
    conv_tab.show_page("pooling")
    settle()
    zoom(conv_tab, 200)
    combo = conv_tab.pool_page.source_combo
    need = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 24
    assert combo.width() >= need


def test_the_flip_text_wraps_and_toggles(conv_tab, qtbot):
    """The flip check box's text wraps under a zoom instead of widening the
    panel; clicking the text flips the kernel, as clicking the box does."""
    editor = conv_tab.kernel_editor
    assert editor.flip_label.wordWrap()
    assert editor.flip_check.accessibleName() == editor.flip_label.text()
    qtbot.mouseClick(editor.flip_label, Qt.MouseButton.LeftButton)
    assert editor.flipped()
    qtbot.mouseClick(editor.flip_label, Qt.MouseButton.LeftButton)
    assert not editor.flipped()


def test_colour_bar_labels_never_touch(qtbot):
    """On a short pane the colour bar writes fewer labels, never one on
    another; on a tall one all of them."""
    from guiapp.ui.image_view import ImagePane

    pane = ImagePane()
    qtbot.addWidget(pane)
    pane.set_image(np.linspace(-400, 500, 100).reshape(10, 10), "diverging")
    bar = pane.bar
    line = bar.fontMetrics().height()
    assert len(bar.shown_labels(400)) == len(bar.labels())
    for height in (40, 60, 90, 120):
        values = [value for value, _ in bar.shown_labels(height)]
        low, high = bar._levels
        gaps = np.diff(sorted(values)) / (high - low) * height
        assert len(values) >= 1
        assert (gaps >= line).all()


# ---- the RNN tab


def test_course_example_is_shortened_with_its_text_on_hover(rnn_tab):
    """At 200 % in a 1024 px wide window the "Course example (3 units, input 2,
    sigmoid)" button ends with "…" and says its whole text on hover; at 100 %
    it is whole and needs no tooltip."""
    rnn_tab.show_page("cell")
    settle()
    button = rnn_tab.cell_page.preset_button
    text = "Course example (3 units, input 2, sigmoid)"
    assert button.text() == text and button.shown_text() == text
    assert button.toolTip() == ""
    zoom(rnn_tab, 200)
    assert button.shown_text().endswith("…")
    assert button.toolTip() == text
    assert button.accessibleName() == text
    zoom(rnn_tab, 100)
    assert button.shown_text() == text and button.toolTip() == ""


@pytest.mark.parametrize("percent", [150, 200])
def test_side_panel_labels_are_whole(rnn_tab, percent):
    """Zoomed, the labels of the pages' forms ("training windows:", "Seed of
    the weights:") are not cut, the series combo shows "sin t (the course)" and
    the animation's explanation is not cut: the panels follow the font."""
    from PySide6.QtWidgets import QLabel

    zoom(rnn_tab, percent)
    for name in ("series", "cell", "train", "gradients", "shapes"):
        rnn_tab.show_page(name)
        settle()
        page = rnn_tab.pages.currentWidget()
        for label in page.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()) - 2, (
                    name,
                    label.text(),
                )
            else:
                assert label.width() >= label.sizeHint().width() - 2, (
                    name,
                    label.text(),
                )
    rnn_tab.show_page("series")
    settle()
    combo = rnn_tab.series_page.signal_combo
    need = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 24
    assert combo.width() >= need


def test_rnn_page_titles_shorten_at_200_percent(rnn_tab):
    """Five titles do not fit in one row at 200 %: short ones ("Cell"), each
    tab saying its full title on hover, none cut."""
    pages = rnn_tab.pages
    full = [pages.tabText(i) for i in range(pages.count())]
    assert full[1] == "The cell, by hand"
    zoom(rnn_tab, 200)
    settle()
    assert [pages.tabText(i) for i in range(pages.count())] == [
        "Series",
        "Cell",
        "Shapes",
        "Training",
        "Gradients",
    ]
    assert [pages.tabToolTip(i) for i in range(pages.count())] == full
    bar = pages.tabBar()
    for index in range(pages.count()):
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width()
        assert bar.tabRect(index).right() <= bar.width()
    zoom(rnn_tab, 100)
    settle()
    assert [pages.tabText(i) for i in range(pages.count())] == full


def test_the_equation_follows_the_zoom(rnn_tab):
    """The cell's equation, in a fixed-width font, grows with the zoom (a
    style sheet kept it small)."""
    rnn_tab.show_page("cell")
    rnn_tab.course_cell()
    rnn_tab.step_cell()
    settle()
    equation = rnn_tab.cell_page.equation
    size = equation.font().pointSizeF()
    zoom(rnn_tab, 200)
    assert equation.font().pointSizeF() == pytest.approx(2 * size)
    metrics = QFontMetrics(equation.font())
    assert metrics.horizontalAdvance("iiii") == metrics.horizontalAdvance("WWWW")
    header = rnn_tab.cell_page.sequence_table.horizontalHeader()
    assert header.font().pointSizeF() == pytest.approx(2 * size)


def labelled(axis, low, high, size):
    """The tick values the axis labels on a log range [low, high] (log10
    units) ``size`` pixels long, by level."""
    levels = axis.logTickValues(low, high, size, [])
    return [values for _, values in levels[: axis.style["maxTextLevel"] + 1]]


@pytest.mark.parametrize(
    "low, high",
    [
        (np.log10(0.28), np.log10(0.46)),  # a loss within a decade
        (np.log10(0.02), np.log10(0.9)),  # a loss over two decades
        (-3.0, 0.5),
        (-12.5, 0.2),  # vanishing gradients
        (np.log10(0.7), np.log10(1.6)),  # gradients near 1
    ],
)
@pytest.mark.parametrize("size", [60, 90, 150, 400])
def test_log_axis_labels_never_pile_up(qtbot, low, high, size):
    """The loss and gradient plots' log axes write as many labels as their
    height holds, a line and a gap each, and more than "1" alone."""
    from guiapp.ui.rnn.parts import LogAxis

    axis = LogAxis("left")
    line = QFontMetrics(QFont()).height()
    positions = sorted(
        (v - low) / (high - low) * size
        for values in labelled(axis, low, high, size)
        for v in values
    )
    assert len(positions) >= 1
    assert (np.diff(positions) >= 1.5 * line).all()
    if size >= 150:
        assert len(positions) >= 2
    texts = axis.logTickStrings(
        [v for values in labelled(axis, low, high, size) for v in values], 1.0, 1.0
    )
    assert all(texts) and all(len(text) <= 8 for text in texts)


def test_log_axis_writes_round_values():
    """0.3 and 0.35, 1, 100, 10⁻⁵, 2·10⁻⁵."""
    from guiapp.ui.rnn.parts import _log_label

    assert _log_label(0.30000000000000004) == "0.3"
    assert _log_label(0.35) == "0.35"
    assert _log_label(1.0) == "1"
    assert _log_label(100.0) == "100"
    assert _log_label(1e-5) == "10⁻⁵"
    assert _log_label(2e-5) == "2·10⁻⁵"


def test_gradients_plot_is_empty_until_computed(rnn_tab):
    """No bar before anything is computed (an orange block filled the plot);
    the bars appear with the gradients."""
    from guiapp.ui.rnn.state import Gradients

    page = rnn_tab.gradients_page
    assert not page.gradient_bars.isVisible() and not page.clipped_bars.isVisible()
    rnn_tab.state.gradients = Gradients(
        "SimpleRNN", "tanh", 5, 1.0, np.array([1e-4, 1e-3, 0.01, 0.1, 1.0])
    )
    assert page.gradient_bars.isVisible() and page.clipped_bars.isVisible()
