"""The convolution tab's kernel cells and messages against what a teacher can
type: a number is accepted, anything else is refused with a short message that
never widens the side panel, and the kernel stays as it was."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from guiapp.core.kernels import parse_number
from guiapp.ui.conv.controls import ControlsPanel
from guiapp.ui.conv.kernel_editor import WEIGHT_LIMIT, cell_value
from guiapp.ui.conv.state import ConvState

pytestmark = pytest.mark.gui

#: a refusal echoes at most 20 characters of what was typed
MESSAGE_LIMIT = 120


@pytest.fixture
def panel(qtbot):
    state = ConvState()
    undo = QUndoStack()
    widget = ControlsPanel(state, undo)
    qtbot.addWidget(widget)
    widget.undo = undo  # kept alive with the panel
    return widget


def test_a_thousand_character_cell_gives_a_short_message(panel):
    """A 1 000-character cell is refused; the message echoes 20 characters and
    "…", not the whole text, and the kernel is unchanged."""
    editor, state = panel.kernel_editor, panel.state
    before = state.kernel
    assert not editor.set_cell(0, 0, "x" * 1000)
    assert state.kernel == before and editor.table.item(0, 0).text() == "-1"
    assert '"' + "x" * 20 + "…" in state.notice and "x" * 21 not in state.notice
    assert len(panel.message.text()) < MESSAGE_LIMIT


def test_a_long_message_never_widens_the_panel(qtbot, context):
    """Whatever the notice says, the side panel's minimum width stays the same
    (a long unbroken word is cut at the column, not the panel widened)."""
    from guiapp.ui.conv.tab import ConvTab

    tab = ConvTab(ConvState(), context)
    qtbot.addWidget(tab)
    try:
        width = tab.controls.minimumSizeHint().width()
        tab.kernel_editor.set_cell(1, 1, "9" * 1000 + "x")
        assert tab.state.notice and tab.controls.message.wordWrap()
        assert tab.controls.minimumSizeHint().width() <= width
        tab.state.notice = "y" * 5000  # even an unshortened one
        assert tab.controls.minimumSizeHint().width() <= width
        screen = tab.screen().availableGeometry().width()
        assert tab.controls.minimumSizeHint().width() < screen
    finally:
        tab.shutdown()


def test_a_weight_beyond_the_limit_is_refused_with_the_range(panel):
    """1e308 (a number, but it overflows a convolution) is refused saying the
    range of a weight; the limit itself is accepted."""
    editor, state = panel.kernel_editor, panel.state
    assert not editor.set_cell(0, 0, "1e308")
    assert "too large" in state.notice and "1000000" in state.notice
    assert state.kernel[0][0] == -1
    assert editor.set_cell(0, 0, str(WEIGHT_LIMIT))
    assert state.kernel[0][0] == WEIGHT_LIMIT


def test_a_long_file_name_is_shortened_in_the_panel(panel):
    """The image line echoes 40 characters of a file's name, not 250."""
    state = panel.state
    state.loading = "p" * 250 + ".png"
    assert "p" * 40 + "…" in panel.image_info.text()
    assert "p" * 41 not in panel.image_info.text()


_texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789-+.,/eE_ ", max_size=30),
    st.from_regex(r"-?\d{1,400}([.,]\d{0,20})?(/\d{1,10})?", fullmatch=True),
    st.sampled_from(
        [
            "nan",
            "inf",
            "-Infinity",
            "1e309",
            "1/0",
            "0/0",
            "٣",
            "½",
            "1_000",
            "\u202e5",
            "9" * 5000,
            "x" * 1000,
            str(2**63),
            str(2**31),
        ]
    ),
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=_texts)
def test_random_text_in_a_cell(panel, text):
    """Any text typed in a cell: the number it means (within ±10**6) is the new
    weight, or the kernel is unchanged and the message is short."""
    editor, state = panel.kernel_editor, panel.state
    state.notice = ""
    before = state.kernel
    accepted = editor.set_cell(1, 2, text)
    value = cell_value(text)
    assert accepted == (value is not None)
    if accepted:
        assert state.kernel[1][2] == value and np.isfinite(value)
        assert abs(value) <= WEIGHT_LIMIT
    else:
        assert state.kernel == before
        assert state.notice and len(state.notice) < MESSAGE_LIMIT
        if parse_number(text) is not None:
            assert "too large" in state.notice


def test_typing_a_kernel_size_is_one_edit(panel, qtbot):
    """Typing 11 in Size F makes an 11x11 Gaussian in one undo step: it does not
    pass through F = 1 (which turned the kernel into a single 0 and 'custom')."""
    from PySide6.QtCore import Qt

    editor = panel.kernel_editor
    editor.set_preset("gaussian")
    steps = editor.undo_stack.count()
    spin = editor.size_spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "11")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert editor.state.kernel_size() == 11
    assert editor.preset() == "gaussian"
    assert editor.undo_stack.count() == steps + 1
    editor.undo_stack.undo()
    assert editor.state.kernel_size() == 3 and editor.preset() == "gaussian"
