"""The convolution tab, driven as a student would."""

import re

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QValidator

from guiapp.core import conv, kernels, pooling
from guiapp.images import to_qimage

pytestmark = pytest.mark.gui


def digits(text):
    """Text with thousands separators removed (50,400 / 50 400 / 50400)."""
    return re.sub(r"(?<=\d)[,\u00a0\u202f ](?=\d{3})", "", text)


def test_opens_on_the_course_photo(conv_tab):
    """The tab starts on the 300x168 sample and shows the valid 166x298 Sobel x output."""
    assert conv_tab._image.shape == (168, 300, 3)
    assert conv_tab.result().shape == (166, 298)
    text = conv_tab.formula_label.text()
    assert "Hc = (168 - 3 + 2*0)/1 + 1 = 166" in text
    assert "Wc = (300 - 3 + 2*0)/1 + 1 = 298" in text


def test_padding_keeps_the_size(conv_tab):
    """P = 1 with a 3x3 kernel gives (300 - 3 + 2*1)/1 + 1 = 300, the course's example."""
    conv_tab.padding_spin.setValue(1)
    assert conv_tab.result().shape == (168, 300)
    assert "(300 - 3 + 2*1)/1 + 1 = 300" in conv_tab.formula_label.text()


def test_stride_that_does_not_divide_is_explained(conv_tab):
    """S = 2 on 300 - 3 gives 149.5: the label says it is not whole and the output is floored."""
    conv_tab.stride_spin.setValue(2)
    assert conv_tab.result().shape == (83, 149)
    text = conv_tab.formula_label.text()
    assert "= 149.5" in text and "not whole" in text and "149" in text


def test_kernel_larger_than_image_is_refused(conv_tab, tmp_path, no_dialogs):
    """On a 1x1 image a 3x3 kernel gives no output: a reason is shown, nothing crashes."""
    path = tmp_path / "dot.png"
    to_qimage(np.array([[7]], np.uint8)).save(str(path))
    assert conv_tab.open_image(path)
    assert conv_tab.result() is None
    assert "does not fit" in conv_tab.message.text()
    conv_tab.padding_spin.setValue(1)
    assert conv_tab.result().shape == (1, 1)
    assert conv_tab.message.text() == ""


def test_kernel_cells_refuse_text_and_accept_fractions(conv_tab):
    """Typing 'abc' is refused with a reason; '1/9' and '0,5' are numbers; Ctrl+Z undoes."""
    editor = conv_tab.kernel_editor
    before = editor.kernel()
    assert not editor.set_cell(0, 0, "abc")
    np.testing.assert_array_equal(editor.kernel(), before)
    assert "not a number" in conv_tab.message.text()
    editor.set_cell(0, 0, "1/9")
    assert editor.kernel()[0, 0] == pytest.approx(1 / 9)
    editor.set_cell(1, 1, "0,5")
    assert editor.kernel()[1, 1] == 0.5
    assert editor.preset() == "custom"
    np.testing.assert_allclose(
        conv_tab.result(), conv.correlate2d(conv_tab._grey, editor.kernel())
    )
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    np.testing.assert_array_equal(editor.kernel(), before)
    np.testing.assert_allclose(
        conv_tab.result(), conv.correlate2d(conv_tab._grey, before)
    )


def test_even_kernel_size_is_refused(conv_tab, qtbot):
    """Typing 4 as kernel size is not accepted, and the reason mentions the centre."""
    spin = conv_tab.kernel_editor.size_spin
    with qtbot.waitSignal(spin.sig_refused) as blocker:
        state, _, _ = spin.validate("4", 1)
    assert state != QValidator.State.Acceptable
    assert "centre" in blocker.args[0]
    assert spin.fixup("4") == "5"


def test_size_change_pads_and_presets(conv_tab):
    """Growing Sobel to 5x5 keeps it in the centre; the 5x5 course kernel C loads at its size."""
    editor = conv_tab.kernel_editor
    editor.size_spin.setValue(5)
    k = editor.kernel()
    assert k.shape == (5, 5)
    np.testing.assert_array_equal(k[1:4, 1:4], kernels.preset("sobel_x"))
    assert conv_tab.result().shape == (164, 296)
    editor.set_preset("course_c")
    np.testing.assert_array_equal(editor.kernel(), kernels.preset("course_c"))


def test_flip_gives_true_convolution(conv_tab):
    """With course kernel B, 'flip' switches from cross-correlation to true convolution."""
    editor = conv_tab.kernel_editor
    editor.set_preset("course_b")
    correlation = conv_tab.result().copy()
    editor.flip_check.setChecked(True)
    np.testing.assert_allclose(
        conv_tab.result(), conv.convolve2d(conv_tab._grey, kernels.preset("course_b"))
    )
    assert not np.allclose(conv_tab.result(), correlation)
    editor.undo_stack.undo()
    assert not editor.flipped()
    np.testing.assert_allclose(conv_tab.result(), correlation)


def test_receptive_field_shows_window_and_sum(conv_tab):
    """Clicking an output pixel outlines its FxF input window and the products sum to it."""
    conv_tab.stride_spin.setValue(2)
    conv_tab.padding_spin.setValue(1)
    conv_tab._on_output_clicked(10, 20)
    assert conv_tab._pinned == (10, 20)
    rect = conv_tab.input_pane.highlight.rect()
    assert (rect.top(), rect.left(), rect.width()) == (19, 39, 3)
    products = np.array(
        [
            [float(conv_tab.products_table.item(r, c).text()) for c in range(3)]
            for r in range(3)
        ]
    )
    assert products.sum() == pytest.approx(conv_tab.result()[10, 20], abs=0.01)
    assert "Output [10, 20]" in conv_tab.sum_label.text()


def test_step_builds_the_output_and_reset_shows_all(conv_tab):
    """Step reveals output pixels one by one; Reset shows the whole result."""
    conv_tab.step_button.click()
    conv_tab.step_button.click()
    shown = conv_tab.output_pane.data()
    assert np.isfinite(shown.flat[:2]).all() and np.isnan(shown.flat[2:]).all()
    assert conv_tab.input_pane.highlight.rect().left() == 1  # window moved one pixel
    conv_tab.reset_button.click()
    assert np.isfinite(conv_tab.output_pane.data()).all()


def test_play_runs_to_the_end(conv_tab, qtbot):
    """Play slides the window with a timer until the whole output is built."""
    conv_tab.speed_slider.setValue(400)
    conv_tab.stride_spin.setValue(4)  # 42 x 75 output: a short animation
    conv_tab.play_button.click()
    qtbot.waitUntil(lambda: not conv_tab.play_button.isChecked(), timeout=10000)
    assert np.isfinite(conv_tab.output_pane.data()).all()


def test_pooling_page_shows_the_course_figures(conv_tab):
    """Pooling 4x4 of the 168x300 grey image: 42x75 and 50 400 -> 3 150 values, four modes."""
    conv_tab.pages.setCurrentIndex(2)
    text = digits(conv_tab.pool_formula.text())
    assert "(300 - 4)/4 + 1 = 75" in text and "(168 - 4)/4 + 1 = 42" in text
    assert "50400" in text and "3150" in text
    for mode, pane in conv_tab.pool_panes.items():
        np.testing.assert_allclose(
            pane.data(), pooling.pool2d(conv_tab._grey, 4, 4, mode)
        )


def test_sobel_page_and_threshold(conv_tab):
    """The Sobel page shows gx, gy, magnitude/max and direction; a threshold makes a binary edge map."""
    conv_tab.pages.setCurrentIndex(1)
    gx, gy, magnitude, direction = conv.sobel(conv_tab._grey)
    np.testing.assert_allclose(conv_tab.gx_pane.data(), gx)
    np.testing.assert_allclose(conv_tab.magnitude_pane.data(), magnitude)
    conv_tab.threshold_slider.setValue(30)
    edges = conv_tab.magnitude_pane.data()
    assert set(np.unique(edges)) <= {0.0, 1.0}
    assert edges.sum() == (magnitude >= 0.3 * magnitude.max()).sum()


@pytest.mark.parametrize("page", [0, 1, 2])
def test_show_code_runs_and_matches(conv_tab, page):
    """The code shown runs as is and computes what the tab shows (conv, Sobel, pooling)."""
    conv_tab.kernel_editor.set_preset("course_a")
    conv_tab.stride_spin.setValue(2)
    conv_tab.padding_spin.setValue(1)
    conv_tab.kernel_editor.flip_check.setChecked(True)
    conv_tab.pages.setCurrentIndex(page)
    namespace = {}
    exec(compile(conv_tab.code(), "<shown code>", "exec"), namespace)
    np.testing.assert_allclose(namespace["r"], conv_tab.result())
    if page == 1:
        np.testing.assert_allclose(
            namespace["magnitude"], conv_tab.magnitude_pane.data()
        )
    if page == 2:
        for mode, pane in conv_tab.pool_panes.items():
            np.testing.assert_allclose(namespace["pooled"][mode], pane.data())


def test_export_png_writes_the_result(conv_tab, tmp_path):
    """Export writes a PNG at the result's full resolution, coloured as on screen."""
    path = tmp_path / "out.png"
    assert conv_tab.export_png(str(path))
    image = QImage(str(path))
    assert (image.height(), image.width()) == conv_tab.result().shape
    # diverging map: the most negative pixel is blue, the most positive red
    r = conv_tab.result()
    low = np.unravel_index(np.argmin(r), r.shape)
    high = np.unravel_index(np.argmax(r), r.shape)
    assert (
        QColor(image.pixel(low[1], low[0])).blue()
        > QColor(image.pixel(low[1], low[0])).red()
    )
    assert (
        QColor(image.pixel(high[1], high[0])).red()
        > QColor(image.pixel(high[1], high[0])).blue()
    )


def test_bad_file_keeps_the_current_image(conv_tab, tmp_path, no_dialogs):
    """Opening a text file named .png shows a warning and keeps the photo and result."""
    before = conv_tab.result().copy()
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    assert not conv_tab.open_image(path)
    assert (
        no_dialogs
        and no_dialogs[0][0] == "warning"
        and "not an image" in no_dialogs[0][2]
    )
    np.testing.assert_array_equal(conv_tab.result(), before)


def test_large_image_offers_a_smaller_copy(conv_tab, tmp_path, no_dialogs):
    """A 3000x2000 photo asks first, then opens a copy that fits the interactive limit."""
    path = tmp_path / "big.png"
    image = QImage(3000, 2000, QImage.Format.Format_RGB888)
    image.fill(QColor(10, 200, 30))
    image.save(str(path))
    assert conv_tab.open_image(path)
    assert no_dialogs[0][0] == "question"
    h, w = conv_tab._image.shape[:2]
    assert h * w <= 2048 * 2048 and w > h


def test_state_round_trip(conv_tab, qtbot):
    """A saved state restores the kernel, stride, padding, flip, page and pooling settings."""
    from guiapp.ui.conv_tab import ConvTab

    conv_tab.kernel_editor.set_preset("laplacian")
    conv_tab.kernel_editor.flip_check.setChecked(True)
    conv_tab.stride_spin.setValue(3)
    conv_tab.padding_spin.setValue(2)
    conv_tab.pool_size.setValue(2)
    conv_tab.pages.setCurrentIndex(2)
    state = conv_tab.state()
    other = ConvTab()
    qtbot.addWidget(other)
    other.restore(state)
    assert other.state() == state
    np.testing.assert_allclose(other.result(), conv_tab.result())


def test_damaged_state_is_ignored(qtbot):
    """A damaged saved state does not stop the tab from starting."""
    from guiapp.ui.conv_tab import ConvTab

    tab = ConvTab()
    qtbot.addWidget(tab)
    tab.restore({"kernel": "garbage", "stride": "x", "image": "/nowhere.png"})
    assert tab.result() is not None
