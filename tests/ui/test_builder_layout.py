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


#: what a 1024 x 768 screen leaves the tab at 150 % (measured in the window)
ROOM_150 = (1016, 668)


def shown_whole(table, row: int, column: int) -> bool:
    """The cell's text is drawn whole: on one line in its column's width, or
    on the lines its row's height holds, broken between words; and the
    column is in view."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    item = table.item(row, column)
    rect = table.visualItemRect(item)
    if rect.left() < 0 or rect.right() > table.viewport().width():
        return False
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
    room = rect.width() - 2 * (margin + 1)
    metrics = table.fontMetrics()
    text = item.text()
    if metrics.horizontalAdvance(text) <= room:
        return True
    if row not in getattr(table, "wrapped_rows", ()):
        return False  # one line, elided
    lines = metrics.boundingRect(
        QRect(0, 0, room, 10000), Qt.TextFlag.TextWordWrap, text
    )
    return lines.width() <= room and lines.height() <= rect.height()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_layers_and_drawing_whole_at_150_percent(builder, qtbot, language):
    """On 1024 x 768 at 150 %, with each of the course's networks, the Layer
    column shows each layer's whole description beside its output shape and
    parameters (it was cut to "Conv2D(32, 3×3, …"), and every label of the
    drawing is whole, none overlapping another, the whole funnel in view (a
    network of 13 layers, the modern preset, may scroll sideways)."""
    from guiapp.presets import PRESETS
    from guiapp.ui import i18n

    try:
        i18n.install(language)
        builder.retranslate()
        builder.resize(*ROOM_150)
        builder.show()
        qtbot.waitExposed(builder)
        zoom(builder, 150)
        for name in PRESETS:
            builder.load_preset(name)
            QApplication.processEvents()
            table = builder.summary.table
            for row in range(table.rowCount()):
                assert shown_whole(table, row, 1), (name, table.item(row, 1).text())
            header = table.horizontalHeader()
            parameters = header.sectionViewportPosition(3) + header.sectionSize(3)
            assert parameters <= table.viewport().width(), name

            drawing = builder.drawing
            if len(builder.state.layers) <= 8:  # the course's: the whole funnel
                assert drawing.horizontalScrollBar().maximum() == 0, name
            lines = drawing.label_lines()
            metrics = drawing.canvas.fontMetrics()
            canvas = drawing.canvas.rect()
            for (label, shape), box in zip(drawing.labels(), lines, strict=True):
                # every piece of the name and the shape, in order, whole
                assert "".join(text for text, _ in box).replace(" ", "") == (
                    label + shape
                ).replace(" ", ""), name
                for text, rect in box:
                    assert metrics.horizontalAdvance(text) <= rect.width() + 1
                    assert canvas.contains(rect.toAlignedRect()), (name, text)
            rects = [rect for box in lines for _, rect in box]
            for i, first in enumerate(rects):
                for second in rects[i + 1 :]:
                    assert not first.intersects(second), name
    finally:
        i18n.install("en")
        builder.retranslate()
