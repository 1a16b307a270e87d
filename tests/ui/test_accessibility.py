"""A screen reader can name every control, and the keyboard can reach it.

The probe of :mod:`tests.ui.access_probe` walks every page of every tab in
English and French and asks Qt's accessibility interface (what a screen
reader reads) for each control's name.
"""

import pytest

from .access_probe import probe

pytestmark = pytest.mark.gui


def test_every_control_has_a_name_and_takes_the_focus(qtbot):
    faults = probe()
    listed = "\n".join(f"{f.where}: {f.kind} {f.widget}" for f in faults)
    assert not faults, f"{len(faults)} controls:\n{listed}"


def test_the_order_check_sees_a_tab_that_goes_back_up(qtbot):
    """The probe is not blind: a column whose Tab order runs bottom to top,
    and a row run right to left, are both faults; reading order is none."""
    from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

    from .access_probe import order_faults

    def page(*order):
        widget = QWidget()
        qtbot.addWidget(widget)
        grid = QGridLayout(widget)
        buttons = {name: QPushButton(name) for name in ("top", "bottom", "right")}
        grid.addWidget(buttons["top"], 0, 0)
        grid.addWidget(buttons["bottom"], 1, 0)
        grid.addWidget(buttons["right"], 1, 1)
        for first, then in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(buttons[first], buttons[then])
        widget.show()
        qtbot.waitExposed(widget)
        return [fault.kind for fault in order_faults("test", widget)]

    assert page("top", "bottom", "right") == []
    assert page("bottom", "top", "right") == ["tab goes up"]
    assert page("top", "right", "bottom") == ["tab goes left"]
