"""The builder on a 1024 x 768 projector, zoomed: every header, button and
label readable whole (or elided with its whole text on hover), nothing cut or
overlapping, and the tab no taller or wider than the screen leaves it."""

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.layout_probe import check_page

pytestmark = pytest.mark.gui

#: what a 1024 x 768 screen leaves the tab at 200 %: the menus, the tab bar and
#: the status bar take about 120 pixels
ROOM = (1016, 640)


@pytest.fixture
def builder(qtbot, context):
    from guiapp.ui.builder.state import BuilderState
    from guiapp.ui.builder.tab import BuilderTab

    tab = BuilderTab(BuilderState(), context)
    qtbot.addWidget(tab)
    return tab


def zoom(tab, percent: int) -> None:
    """What the window's zoom does: a font change on the tab."""
    font = QApplication.instance().font()
    font.setPointSizeF(font.pointSizeF() * percent / 100)
    tab.setFont(font)
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("percent", [100, 150, 200])
def test_readable_on_a_projector(builder, qtbot, language, percent):
    """At 100, 150 and 200 %, in English and French, nothing is clipped, cut or
    overlapping, in exercise mode too (the reveal buttons)."""
    from guiapp.ui import i18n

    try:
        i18n.install(language)
        builder.retranslate()
        builder.resize(*ROOM)
        builder.show()
        qtbot.waitExposed(builder)
        zoom(builder, percent)
        hint = builder.minimumSizeHint()
        assert hint.width() <= ROOM[0] and hint.height() <= ROOM[1], hint
        for exercise in (False, True):
            builder.exercise_check.setChecked(exercise)
            QApplication.processEvents()
            faults = check_page(builder, f"{language} {percent}%", builder)
            assert faults == [], "\n".join(f"{f.widget}: {f.detail}" for f in faults)
    finally:
        i18n.install("en")
        builder.retranslate()


def test_columns_follow_the_zoom(builder, qtbot):
    """A header that fits at 100 % fits at 200 %: the columns are measured again."""
    builder.resize(*ROOM)
    builder.show()
    qtbot.waitExposed(builder)
    header = builder.summary.table.horizontalHeader()
    before = header.sectionSize(4)
    zoom(builder, 200)
    assert header.sectionSize(4) > before
    assert header.sectionSize(4) >= header.sectionSizeFromContents(4).width()


def test_the_side_panel_scrolls_instead_of_growing_the_window(builder, qtbot):
    """At 200 % the side panel is taller than the room: it scrolls, the tab's
    minimum height stays within the screen."""
    builder.resize(*ROOM)
    builder.show()
    qtbot.waitExposed(builder)
    zoom(builder, 200)
    content = builder.side.widget()
    assert content.minimumSizeHint().height() > builder.side.height()
    assert builder.side.verticalScrollBar().maximum() > 0
    assert builder.minimumSizeHint().height() <= ROOM[1]
    # and it is as wide as its widest control: no sideways scrolling
    assert builder.side.viewport().width() >= content.minimumSizeHint().width()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_answer_columns_stay_in_view(builder, qtbot, language):
    """At 200 % on 1024 x 768 the layer column gives room (elided, whole in its
    tooltip): the output shape and parameter columns are on screen, their
    headers whole."""
    from guiapp.ui import i18n

    try:
        i18n.install(language)
        builder.retranslate()
        builder.resize(*ROOM)
        builder.show()
        qtbot.waitExposed(builder)
        zoom(builder, 200)
        table = builder.summary.table
        header = table.horizontalHeader()
        right_edge = header.sectionViewportPosition(3) + header.sectionSize(3)
        assert right_edge <= table.viewport().width()
        for column in (1, 2, 3):
            hint = header.sectionSizeFromContents(column).width()
            assert header.sectionSize(column) >= hint, column
        assert table.item(1, 1).toolTip() == "Conv2D 64 3×3, S=1, valid, linear"
    finally:
        i18n.install("en")
        builder.retranslate()
