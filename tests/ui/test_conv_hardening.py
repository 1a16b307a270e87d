"""The convolution tab's kernel cells and messages against what a teacher can
type: a number is accepted, anything else is refused with a short message that
never widens the side panel, and the kernel stays as it was."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from guiapp.core.kernels import parse_number
from guiapp.ui.common.numbers import integer
from guiapp.ui.conv.controls import ControlsPanel
from guiapp.ui.conv.kernel_editor import WEIGHT_LIMIT, cell_value
from guiapp.ui.conv.state import ConvState
from tests.ui.drops import drop_event

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
    assert "too large" in state.notice
    assert integer(WEIGHT_LIMIT) in state.notice  # in the locale of the moment
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


# ---- huge images: a copy is offered only when it can be decoded; a refusal
# comes at once, whichever way the file comes, and the photo shown stays


@pytest.fixture
def conv_tab(qtbot, context):
    from guiapp.ui.conv.tab import ConvTab

    tab = ConvTab(ConvState(), context)
    qtbot.addWidget(tab)
    yield tab
    tab.shutdown()


def assert_refused_and_kept(tab, shown, before, name):
    """One warning naming the file, its size and what to do; no question was
    asked; the course photo is still shown and nothing is being decoded."""
    assert [kind for kind, _, _ in shown] == ["warning"]
    text = shown[0][2]
    assert name in text and "40000 x 40000" in text and "image editor" in text
    assert "can open a copy" not in text
    assert tab.state.sample == "chelsea" and not tab.busy()
    np.testing.assert_array_equal(tab.state.image, before)


@pytest.mark.parametrize("way", ["open", "drop"])
def test_a_huge_png_is_refused_at_once_and_the_photo_kept(
    conv_tab, tmp_path, no_dialogs, way
):
    """A valid 40 000 x 40 000 PNG, opened or dropped: no copy is offered (none
    could be decoded); one warning says why and what to do; the photo stays."""
    from tests.image_files import flat_png

    conv_tab.context.quiet = False
    before = conv_tab.state.image.copy()
    path = flat_png(tmp_path / "scan.png", 40000, 40000)
    if way == "open":
        assert not conv_tab.open_image(path)
    else:
        conv_tab.dropEvent(drop_event(path))
    assert_refused_and_kept(conv_tab, no_dialogs, before, "scan.png")


def test_a_huge_png_saved_as_the_photo_restores_the_course_photo(
    qtbot, context, tmp_path, no_dialogs
):
    """At start-up, a saved photo that has become a 40 000 x 40 000 PNG is not
    decoded: the course photo is shown, without a dialog or a decode."""
    from guiapp.ui.conv.tab import ConvTab
    from tests.image_files import flat_png

    path = flat_png(tmp_path / "scan.png", 40000, 40000)
    state = ConvState()
    state.sample, state.image_path = "file", str(path)
    context.quiet = False
    tab = ConvTab(state, context)
    qtbot.addWidget(tab)
    try:
        assert not no_dialogs and not tab.busy()
        assert tab.state.sample == "chelsea" and tab.state.image.shape == (168, 300, 3)
    finally:
        tab.shutdown()


def test_an_accepted_copy_of_a_huge_jpeg_is_delivered(conv_tab, qtbot, tmp_path, capfd):
    """A 12 000 x 12 000 JPEG (576 MB if decoded whole) is offered as a copy of
    2048 x 2048 pixels; accepted (quiet: said on stderr, in one line), that
    copy is shown."""
    from tests.image_files import flat_jpeg

    path = flat_jpeg(tmp_path / "poster.jpg", 12000, 12000)
    assert conv_tab.open_image(path)
    qtbot.waitUntil(lambda: conv_tab.state.sample == "file", timeout=20000)
    assert conv_tab.state.image.shape == (2048, 2048)
    assert conv_tab.state.image_path == str(path)
    err = capfd.readouterr().err
    assert "a copy of 2048 x 2048 pixels. Opening the smaller copy." in err
    assert "Cannot open" not in err


def test_a_teacher_hiding_open_image_and_export_is_obeyed_everywhere(
    qtbot, context, drop_image
):
    """hide = open_image, export hid the buttons only: a dropped photo still
    opened and the images' right-click menu still exported."""
    from guiapp.teacher import TeacherSettings
    from guiapp.ui.conv.state import ConvState
    from guiapp.ui.conv.tab import ConvTab
    from guiapp.ui.image_view import ImagePane

    context.teacher = TeacherSettings(hide=frozenset({"open_image", "export"}))
    tab = ConvTab(ConvState(), context)
    qtbot.addWidget(tab)
    said = []
    tab.sig_status.connect(said.append)
    before = tab.state.image.copy()
    tab.dropEvent(drop_image(200))
    np.testing.assert_array_equal(tab.state.image, before)
    assert said and "teacher" in said[-1]
    panes = tab.findChildren(ImagePane)
    assert panes
    for pane in panes:
        texts = [action.text() for action in pane.context_menu().actions()]
        assert not any("Export" in text for text in texts)
    tab.shutdown()
