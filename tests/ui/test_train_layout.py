"""The training tab on a small screen and for a screen reader: every control
named, every page fitting its pane, the labels of the pages readable."""

import pytest

pytestmark = [pytest.mark.gui]


@pytest.fixture
def shown_tab(qtbot, context, tmp_path, monkeypatch):
    """A training tab shown in a window of ``size`` (default 1000 x 700)."""
    from guiapp.ui.builder.state import BuilderState
    from guiapp.ui.train.state import TrainState
    from guiapp.ui.train.tab import TrainTab

    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    context.documents["builder"] = BuilderState()
    state = context.documents["train"] = TrainState()
    tab = TrainTab(state, context)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.shutdown()


def settle(qtbot):
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_screen_reader_names_every_control(shown_tab, qtbot, language):
    """Every field, button and table of every page has a name a screen reader
    reads (the spin boxes were read as '0.00100', '64', the matrix as a
    table), and takes the keyboard focus."""
    from guiapp.ui import i18n
    from tests.ui.access_probe import check

    try:
        assert i18n.install(language)
        shown_tab.retranslate()
        faults = []
        for page in shown_tab.page_names():
            shown_tab.state.page = page
            settle(qtbot)
            faults += check(f"{language} {page}", shown_tab)
    finally:
        i18n.install("en")
        shown_tab.retranslate()
    assert faults == []


def zoom(tab, qtbot, factor):
    """What the window's zoom does: a bigger font on the tab."""
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    tab.setFont(font)
    settle(qtbot)
    settle(qtbot)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_projector_at_twice_the_size_reads_every_page(shown_tab, qtbot, language):
    """On a 1024 x 768 projector at 200 %: the pages' tabs all in view (the
    last one was scrolled out), the side panel never cut on its right, and no
    page wider than its pane (the Predict chart was cut after the digit 7, the
    Evaluate page wider than its pane)."""
    from PySide6.QtWidgets import QScrollArea

    from guiapp.ui import i18n

    try:
        assert i18n.install(language)
        shown_tab.retranslate()
        shown_tab.resize(1000, 620)
        zoom(shown_tab, qtbot, 2.0)
        bar = shown_tab.pages.tabBar()
        for index in range(bar.count()):
            assert bar.tabRect(index).right() <= bar.width()
            assert bar.tabText(index) in bar.tabToolTip(index) or (
                shown_tab.pages.short
            )
        panel = shown_tab.panel_area
        assert panel.widget().width() <= panel.viewport().width()
        for page in shown_tab.page_names():
            shown_tab.state.page = page
            settle(qtbot)
            shown = shown_tab.pages.currentWidget()
            if isinstance(shown, QScrollArea):
                assert shown.widget().width() <= shown.viewport().width(), page
        digits = [str(i) for i in range(10)]
        for bars in (
            shown_tab.predict_page.test_bars,
            shown_tab.predict_page.drawing_bars,
        ):
            assert bars.tick_texts() == digits
            assert bars.widget.width() >= bars.plot.minimumWidth()
    finally:
        i18n.install("en")
        shown_tab.retranslate()


def test_page_names_are_full_when_they_fit_and_said_in_full_on_hover(shown_tab, qtbot):
    """A wide pane shows 'Inside the network'; a narrow one 'Inside', its
    tooltip still naming the page in full."""
    pages = shown_tab.pages
    shown_tab.resize(1600, 700)
    settle(qtbot)
    assert pages.tabText(4) == "Inside the network"
    zoom(shown_tab, qtbot, 2.0)
    shown_tab.resize(1000, 620)
    settle(qtbot)
    assert pages.tabText(4) == "Inside"
    assert "Inside the network" in pages.tabToolTip(4)
    bar = pages.tabBar()
    assert bar.tabRect(4).right() <= bar.width()


def test_fashion_names_under_narrow_bars_are_elided_not_overlapping(shown_tab, qtbot):
    """Ten Fashion-MNIST names do not fit under ten narrow bars: each is cut
    to its bar's width (the sentence under the plot names the guess in full)."""
    shown_tab.state.page = "predict"
    shown_tab.state.dataset = "fashion-mnist"
    settle(qtbot)
    bars = shown_tab.predict_page.test_bars
    metrics = bars.plot.fontMetrics()
    slot = bars.plot.getPlotItem().getViewBox().width() / 10
    texts = bars.tick_texts()
    names = list(shown_tab.state.class_names())
    assert len(texts) == 10
    for text, name in zip(texts, names, strict=True):
        assert text.rstrip("…") and name.startswith(text.rstrip("…"))
        assert metrics.horizontalAdvance(text) < slot
    assert texts != names  # some were cut


def inside_viewport(widget, area) -> bool:
    """``widget`` is wholly in the visible part of scroll area ``area``."""
    from PySide6.QtCore import QPoint, QRect

    viewport = area.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(rect)


@pytest.mark.parametrize(
    "size, percent",
    [((1010, 640), 150), ((1010, 640), 100), ((1900, 950), 100)],
    ids=["1024x768-150", "1024x768-100", "1920x1080-100"],
)
def test_the_drawing_and_its_answer_are_seen_without_scrolling(
    shown_tab, qtbot, size, percent
):
    """On a 1024 × 768 projector at 150 % in French, the drawing's bars and
    sentence were under the test image's, below the fold: a student drawing a
    digit had to scroll to see the answer. The two sections are now side by
    side: the canvas, Clear, the answer and the bars of both are in view (the
    room a maximized window leaves the tab), and on a 1920 × 1080 screen too."""
    from guiapp.ui import i18n

    try:
        assert i18n.install("fr")
        shown_tab.retranslate()
        shown_tab.resize(*size)
        zoom(shown_tab, qtbot, percent / 100)
        shown_tab.state.page = "predict"
        settle(qtbot)
        page = shown_tab.predict_page
        shown = [
            page.canvas,
            page.clear_button,
            page.drawing_label,
            page.drawing_bars.widget,
            page.test_index,
            page.test_image,
            page.prediction_label,
            page.test_bars.widget,
        ]
        for widget in shown:
            assert inside_viewport(widget, page), widget
        assert page.widget().height() <= page.viewport().height()  # no scrolling
        assert page.drawing_bars.tick_texts() == [str(i) for i in range(10)]
    finally:
        i18n.install("en")
        shown_tab.retranslate()


def test_a_narrow_predict_page_stacks_its_sections(shown_tab, qtbot):
    """Narrower than the two sections side by side (the side panel dragged
    wide), the page shows them one under the other, each picture beside its
    bars; wide again, side by side."""
    page = shown_tab.predict_page
    shown_tab.state.page = "predict"
    settle(qtbot)
    assert page.side_by_side
    splitter = shown_tab.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - page.columns_width() + 40, page.columns_width() - 40])
    settle(qtbot)
    assert not page.side_by_side
    assert page.widget().width() <= page.viewport().width()
    drawing = page.drawing_section
    assert drawing.mapTo(page.widget(), drawing.rect().topLeft()).y() > (
        page.test_section.mapTo(
            page.widget(), page.test_section.rect().bottomLeft()
        ).y()
    )
    assert page.canvas.mapTo(drawing, page.canvas.rect().topRight()).x() < (
        page.drawing_bars.widget.mapTo(
            drawing, page.drawing_bars.widget.rect().topLeft()
        ).x()
    )
    splitter.setSizes([300, total - 300])
    settle(qtbot)
    assert page.side_by_side
