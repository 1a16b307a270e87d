"""Scrolling a side panel with the wheel never changes an unfocused box."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guiapp.ui.common import wheel


def wheel_down(widget):
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def panel(qtbot):
    wheel.install()
    area = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    combo = QComboBox()
    combo.addItems(["as computed", "divided by its maximum", "absolute value"])
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    layout.addWidget(combo)
    layout.addWidget(spin)
    for _ in range(40):
        layout.addWidget(QSpinBox())
    area.setWidget(inner)
    area.resize(200, 150)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    inner.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    inner.setFocus()  # not the first box, which Qt focuses on show
    qtbot.waitUntil(inner.hasFocus)
    return area, combo, spin


def test_the_wheel_over_unfocused_boxes_scrolls_the_panel(panel):
    area, combo, spin = panel
    for box in (combo, spin):
        before = area.verticalScrollBar().value()
        wheel_down(box)
        assert area.verticalScrollBar().value() > before
    assert combo.currentIndex() == 0
    assert spin.value() == 50


def test_a_focused_box_takes_the_wheel(panel, qtbot):
    area, combo, spin = panel
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel_down(spin)
    assert spin.value() == 49
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # no focus by wheel


def test_the_main_window_panels_are_guarded(qtbot):
    """The conv tab's result display combo, wheeled over unfocused, keeps its
    choice (it switched to 'divided by its maximum' unnoticed)."""
    from guiapp.ui.main_window import MainWindow

    window = MainWindow(persist=False, restore=False, tab="conv", quiet=True)
    qtbot.addWidget(window)
    window.show()
    combos = window.conv_tab.findChildren(QComboBox)
    assert combos
    window.setFocus()
    for combo in combos:
        combo.clearFocus()
        before = combo.currentIndex()
        wheel_down(combo)
        assert combo.currentIndex() == before
