"""The slowed sliding window of the convolution page (issue 11): a small crop
of the input drawn large, the window on it, the output being built; Step,
Play in windows a second, arrow keys and Space."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from guiapp.core import conv
from guiapp.ui.conv.state import ConvState
from guiapp.ui.conv.sweep_view import CROP
from guiapp.ui.conv.tab import ConvTab

pytestmark = pytest.mark.gui


@pytest.fixture
def conv_tab(qtbot, context):
    tab = ConvTab(ConvState(), context)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    yield tab
    tab.shutdown()


def check_window(tab, i, j):
    """The view shows output pixel (i, j)'s window: the input's numbers under
    it, the padding's zeros, and the output built so far."""
    state, view = tab.state, tab.conv_page.sweep_view
    assert view.position() == (i, j)
    kernel = state.effective_kernel()
    f = kernel.shape[0]
    patch, _products, total = conv.window_products(
        state.grey_image, kernel, i, j, state.stride, state.padding
    )
    top, left = conv.receptive_window(i, j, f, state.stride, state.padding)
    assert view.window() == (top, left, f)
    np.testing.assert_allclose(view.window_values(), patch)
    # every cell of the crop is the input pixel it stands for (0 in the padding)
    crop_top, crop_left, values, padded = view.input_crop()
    grey = state.grey_image
    for r in range(values.shape[0]):
        for c in range(values.shape[1]):
            y, x = crop_top + r, crop_left + c
            inside = 0 <= y < grey.shape[0] and 0 <= x < grey.shape[1]
            assert padded[r, c] == (not inside)
            assert values[r, c] == (grey[y, x] if inside else 0)
    row, col, output = view.output_crop()
    assert output[i - row, j - col] == pytest.approx(total)
    assert total == pytest.approx(tab.result()[i, j])


def test_the_crop_and_window_are_the_input_and_kernel_numbers(conv_tab):
    """Pinning an output pixel draws its window on a crop of at most 12x12
    input pixels, with the same numbers as guiapp.core.conv."""
    page = conv_tab.conv_page
    page.pin(40, 60)
    check_window(conv_tab, 40, 60)
    _top, _left, values, padded = page.sweep_view.input_crop()
    assert values.shape[0] <= CROP and values.shape[1] <= CROP
    assert not padded.any()
    conv_tab.state.stride = 2
    page.pin(7, 9)
    check_window(conv_tab, 7, 9)


def test_step_moves_one_output_pixel_row_major_with_the_stride(conv_tab):
    """Step moves the window by one output pixel, S input pixels to the
    right, and to the next row after the last column; the tables follow."""
    state, page = conv_tab.state, conv_tab.conv_page
    state.stride = 3
    page.step_button.click()
    check_window(conv_tab, 0, 0)
    page.step_button.click()
    check_window(conv_tab, 0, 1)
    assert page.sweep_view.window()[:2] == (0, 3)
    assert "Output [0, 1]" in page.sum_label.text()
    width = conv_tab.result().shape[1]
    state.revealed = width - 2  # the one before the last of row 0
    page.step_button.click()
    page.step_button.click()
    check_window(conv_tab, 1, 0)
    assert page.sweep_view.window()[:2] == (3, 0)
    # the output block is built up to the window, not after it
    row, col, output = page.sweep_view.output_crop()
    assert np.isnan(output[1 - row, 1 - col])


def test_arrow_keys_and_space_on_the_view(conv_tab, qtbot):
    """With the view focused, the arrows move the window one output pixel,
    and Space plays and pauses."""
    page, view = conv_tab.conv_page, conv_tab.conv_page.sweep_view
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.accessibleName() and view.accessibleDescription()
    page.pin(5, 5)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    check_window(conv_tab, 5, 6)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    check_window(conv_tab, 6, 6)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    check_window(conv_tab, 4, 5)
    assert conv_tab.state.pinned == (4, 5)
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Up)  # stops at the first row
    check_window(conv_tab, 0, 5)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.play_button.isChecked() and page.play_button.text() == "Pause"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not page.play_button.isChecked() and page.play_button.text() == "Play"


def test_with_padding_the_border_cells_are_zero(conv_tab):
    """P = 2: the crop of the first window starts 2 pixels outside the
    photo, those cells are padding and read 0."""
    conv_tab.state.padding = 2
    page = conv_tab.conv_page
    page.pin(0, 0)
    check_window(conv_tab, 0, 0)
    top, left, values, padded = page.sweep_view.input_crop()
    assert (top, left) == (-2, -2)
    assert padded[:2].all() and padded[:, :2].all() and not padded[2:, 2:].any()
    assert (values[padded] == 0).all()
    assert (page.sweep_view.window_values()[:2] == 0).all()


def test_play_moves_by_time(conv_tab, monkeypatch):
    """At 2 windows a second, 5 frames of 100 ms move the window by one
    output pixel and glide halfway to the next; a stall moves as one late
    frame; Step moves by exactly one pixel."""
    from guiapp.ui.conv import conv_page as module

    page = conv_tab.conv_page
    page.speed_slider.setValue(4)
    assert conv_tab.state.sweep_speed == 2
    clock = [100.0]
    monkeypatch.setattr(module.time, "perf_counter", lambda: clock[0])
    page.play_button.click()
    assert page.animating()
    page._on_tick()  # the first frame: no time elapsed
    for _ in range(3):  # 0.3 s: 0.6 window
        clock[0] += 0.1
        page._on_tick()
    assert conv_tab.state.revealed == -1
    for _ in range(2):  # 0.5 s in all: 1 window
        clock[0] += 0.1
        page._on_tick()
    assert page.sweep_view.position() == (0, 0)
    clock[0] += 0.05
    page._on_tick()
    assert page._progress == pytest.approx(0.1)
    clock[0] += 10.0  # a stall of 10 s moves as a frame of 0.1 s
    page._on_tick()
    assert page.sweep_view.position() == (0, 0)
    assert page._progress == pytest.approx(0.3)
    page.play_button.click()
    page.step_button.click()
    assert page.sweep_view.position() == (0, 1) and page._progress == 0
    assert len(page.sweep_view.frame_costs) == 8  # one per frame
    assert page.sweep_view.frame_cost_ms() >= 0


def test_play_pauses_while_hidden(conv_tab, qtbot):
    """Another page shown: no frames; back on the page, Play goes on; the
    button stays pressed throughout."""
    page = conv_tab.conv_page
    conv_tab.show()
    qtbot.waitExposed(conv_tab)
    page.play_button.click()
    assert page._timer.isActive()
    conv_tab.pages.setCurrentIndex(2)
    assert not page._timer.isActive()
    assert page.play_button.isChecked()
    conv_tab.pages.setCurrentIndex(0)
    assert page._timer.isActive()
    page.play_button.click()
    assert not page._timer.isActive()


def test_the_view_follows_the_zoom(conv_tab):
    """The projector zoom is a font change: the cells, and so the view, grow."""
    view = conv_tab.conv_page.sweep_view
    conv_tab.conv_page.pin(3, 3)
    before, small = view.sizeHint(), view.minimumSizeHint()
    font = QFont(QApplication.instance().font())
    font.setPointSizeF(font.pointSizeF() * 2)
    conv_tab.setFont(font)
    QApplication.processEvents()
    after = view.sizeHint()
    assert after.width() > 1.5 * before.width()
    assert after.height() > 1.5 * before.height()
    assert view.minimumSizeHint().width() > small.width()
