"""The convolution tab, driven as a student would."""

import re

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from guiapp.core import conv, kernels, pooling
from guiapp.images import to_qimage
from guiapp.ui.conv.state import ConvState
from guiapp.ui.conv.tab import ConvTab

pytestmark = pytest.mark.gui


def digits(text):
    """Text with thousands separators removed (50,400 / 50 400 / 50400)."""
    return re.sub(r"(?<=\d)[,\u00a0\u202f ](?=\d{3})", "", text)


def make_tab(qtbot, context, state=None):
    tab = ConvTab(state or ConvState(), context)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    return tab


@pytest.fixture
def conv_tab(qtbot, context):
    tab = make_tab(qtbot, context)
    yield tab
    tab.shutdown()


def save_big_photo(path, width=3000, height=2000):
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(QColor(10, 200, 30))
    image.save(str(path))
    return path


def test_opens_on_the_course_photo(conv_tab):
    """The tab starts on the 300x168 sample and shows the valid 166x298 Sobel x output."""
    assert conv_tab.state.image.shape == (168, 300, 3)
    assert conv_tab.result().shape == (166, 298)
    text = conv_tab.controls.formula_label.text()
    assert "Hc = (168 - 3 + 2*0)/1 + 1 = 166" in text
    assert "Wc = (300 - 3 + 2*0)/1 + 1 = 298" in text
    assert conv_tab.conv_page.output_pane.data().shape == (166, 298)


def test_padding_keeps_the_size(conv_tab):
    """P = 1 with a 3x3 kernel gives (300 - 3 + 2*1)/1 + 1 = 300, the course's example."""
    conv_tab.controls.padding_spin.setValue(1)
    assert conv_tab.state.padding == 1
    assert conv_tab.result().shape == (168, 300)
    assert "(300 - 3 + 2*1)/1 + 1 = 300" in conv_tab.controls.formula_label.text()


def test_stride_that_does_not_divide_is_explained(conv_tab):
    """S = 2 on 300 - 3 gives 149.5: the label says it is not whole and the output is floored."""
    conv_tab.controls.stride_spin.setValue(2)
    assert conv_tab.result().shape == (83, 149)
    text = conv_tab.controls.formula_label.text()
    assert "= 149.5" in text and "not whole" in text and "149" in text


def test_kernel_larger_than_image_is_refused(conv_tab, tmp_path):
    """On a 1x1 image a 3x3 kernel gives no output: a reason is shown, nothing crashes."""
    path = tmp_path / "dot.png"
    to_qimage(np.array([[7]], np.uint8)).save(str(path))
    assert conv_tab.open_image(path)
    assert conv_tab.result() is None
    assert "does not fit" in conv_tab.controls.message.text()
    assert "No output" in conv_tab.conv_page.output_pane.title.text()
    conv_tab.state.padding = 1
    assert conv_tab.result().shape == (1, 1)
    assert conv_tab.controls.message.text() == ""


def test_kernel_cells_refuse_text_and_accept_fractions(conv_tab):
    """Typing 'abc' is refused with a reason; '1/9' and '0,5' are numbers; Ctrl+Z undoes."""
    editor = conv_tab.kernel_editor
    before = editor.kernel()
    assert not editor.set_cell(0, 0, "abc")
    np.testing.assert_array_equal(editor.kernel(), before)
    assert "not a number" in conv_tab.controls.message.text()
    editor.set_cell(0, 0, "1/9")
    assert editor.kernel()[0, 0] == pytest.approx(1 / 9)
    assert conv_tab.controls.message.text() == ""
    editor.set_cell(1, 1, "0,5")
    assert editor.kernel()[1, 1] == 0.5
    assert editor.preset() == "custom"
    grey = conv_tab.state.grey_image
    np.testing.assert_allclose(
        conv_tab.result(), conv.correlate2d(grey, editor.kernel())
    )
    conv_tab.undo_stack.undo()
    conv_tab.undo_stack.undo()
    np.testing.assert_array_equal(editor.kernel(), before)
    assert editor.table.item(0, 0).text() == "-1"
    np.testing.assert_allclose(conv_tab.result(), conv.correlate2d(grey, before))


def test_even_kernel_size_is_refused(conv_tab, qtbot):
    """Typing 4 as kernel size is not accepted, the reason mentions the centre,
    and the kernel stays (it was made 5x5 without a word)."""
    from PySide6.QtCore import Qt

    spin = conv_tab.kernel_editor.size_spin
    before = conv_tab.kernel_editor.kernel()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "4")
    with qtbot.waitSignal(spin.sig_refused) as blocker:
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert "centre" in blocker.args[0]
    assert "centre" in conv_tab.controls.message.text()
    assert spin.value() == 3 and spin.text() == "3"
    np.testing.assert_array_equal(conv_tab.kernel_editor.kernel(), before)


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
    assert editor.preset_combo.currentData() == "course_c"


def test_flip_gives_true_convolution(conv_tab):
    """With course kernel B, 'flip' switches from cross-correlation to true convolution."""
    editor = conv_tab.kernel_editor
    editor.set_preset("course_b")
    correlation = conv_tab.result().copy()
    editor.flip_check.setChecked(True)
    assert conv_tab.state.flip
    grey = conv_tab.state.grey_image
    np.testing.assert_allclose(
        conv_tab.result(), conv.convolve2d(grey, kernels.preset("course_b"))
    )
    assert not np.allclose(conv_tab.result(), correlation)
    conv_tab.undo_stack.undo()
    assert not editor.flipped() and not editor.flip_check.isChecked()
    np.testing.assert_allclose(conv_tab.result(), correlation)


def test_receptive_field_shows_window_and_sum(conv_tab):
    """Clicking an output pixel outlines its FxF input window and the products sum to it."""
    conv_tab.state.stride = 2
    conv_tab.state.padding = 1
    page = conv_tab.conv_page
    page.pin(10, 20)
    assert conv_tab.state.pinned == (10, 20)
    rect = page.input_pane.highlight.rect()
    assert (rect.top(), rect.left(), rect.width()) == (19, 39, 3)
    products = np.array(
        [
            [float(page.products_table.item(r, c).text()) for c in range(3)]
            for r in range(3)
        ]
    )
    assert products.sum() == pytest.approx(conv_tab.result()[10, 20], abs=0.01)
    assert "Output [10, 20]" in page.sum_label.text()
    page.pin(10, 20)
    assert conv_tab.state.pinned is None


def test_step_builds_the_output_and_reset_shows_all(conv_tab):
    """Step reveals output pixels one by one; Reset shows the whole result."""
    page = conv_tab.conv_page
    page.step_button.click()
    page.step_button.click()
    shown = page.output_pane.data()
    assert np.isfinite(shown.flat[:2]).all() and np.isnan(shown.flat[2:]).all()
    assert page.input_pane.highlight.rect().left() == 1  # window moved one pixel
    page.reset_button.click()
    assert np.isfinite(page.output_pane.data()).all()


def test_play_runs_to_the_end(conv_tab, qtbot):
    """Play slides the window with a timer until the whole output is built,
    at the speed of the slider, in windows a second."""
    page = conv_tab.conv_page
    page.speed_slider.setValue(20)
    assert conv_tab.state.sweep_speed == 10  # windows a second
    assert "10" in page.speed_value.text()
    conv_tab.state.stride = 4  # 42 x 75 output
    conv_tab.state.revealed = 42 * 75 - 4  # the last three windows to go
    page.play_button.click()
    assert page.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: not page.play_button.isChecked(), timeout=10000)
    assert np.isfinite(page.output_pane.data()).all()
    assert page.play_button.text() == "Play"


def test_a_new_setting_stops_the_animation(conv_tab):
    """Changing the stride while stepping shows the whole new output at once."""
    page = conv_tab.conv_page
    page.step_button.click()
    conv_tab.state.stride = 2
    assert conv_tab.state.revealed == -1
    assert np.isfinite(page.output_pane.data()).all()
    assert page.output_pane.data().shape == (83, 149)


def test_pooling_page_shows_the_course_figures(conv_tab):
    """Pooling 4x4 of the 168x300 grey image: 42x75 and 50 400 -> 3 150 values, four modes."""
    conv_tab.pages.setCurrentIndex(2)
    assert conv_tab.state.page == "pooling"
    text = digits(conv_tab.pool_page.formula.text())
    assert "(300 - 4)/4 + 1 = 75" in text and "(168 - 4)/4 + 1 = 42" in text
    assert "50400" in text and "3150" in text
    assert set(conv_tab.pool_page.panes) == set(pooling.MODES)
    for mode, pane in conv_tab.pool_page.panes.items():
        np.testing.assert_allclose(
            pane.data(), pooling.pool2d(conv_tab.state.grey_image, 4, 4, mode)
        )


def test_pooling_page_follows_a_new_photo(conv_tab):
    """On the pooling page, another photo is pooled at once: no result of the old one stays."""
    conv_tab.show_page("pooling")
    assert conv_tab.pages.currentWidget() is conv_tab.pool_page
    conv_tab.open_sample("camera")
    grey = conv_tab.state.grey_image
    assert grey.shape == (512, 512)
    assert "(512 - 4)/4 + 1 = 128" in conv_tab.pool_page.formula.text()
    for mode, pane in conv_tab.pool_page.panes.items():
        np.testing.assert_allclose(pane.data(), pooling.pool2d(grey, 4, 4, mode))
    conv_tab.state.pool_source = "conv"  # the pooled convolution output follows too
    for mode, pane in conv_tab.pool_page.panes.items():
        np.testing.assert_allclose(
            pane.data(), pooling.pool2d(conv_tab.result(), 4, 4, mode)
        )
    # signed results in diverging colours, but the L2 norm, never negative,
    # in the sequential ones (no blue half for values it never takes)
    modes = {mode: pane._mode for mode, pane in conv_tab.pool_page.panes.items()}
    assert modes["max"] == "diverging" and modes["l2"] == "auto"


def test_pooling_of_no_output_says_so(conv_tab, tmp_path):
    """Pooling the convolution output of a kernel that does not fit clears the panes and says why."""
    conv_tab.state.page = "pooling"
    conv_tab.state.pool_source = "conv"
    path = tmp_path / "dot.png"
    to_qimage(np.array([[7]], np.uint8)).save(str(path))
    assert conv_tab.open_image(path)
    assert "No convolution output" in conv_tab.pool_page.formula.text()
    assert all(pane.data() is None for pane in conv_tab.pool_page.panes.values())


def test_sobel_page_and_threshold(conv_tab):
    """The Sobel page shows gx, gy, magnitude/max and direction; a threshold makes a binary edge map."""
    conv_tab.pages.setCurrentIndex(1)
    gx, gy, magnitude, direction = conv.sobel(conv_tab.state.grey_image)
    page = conv_tab.sobel_page
    np.testing.assert_allclose(page.gx_pane.data(), gx)
    np.testing.assert_allclose(page.magnitude_pane.data(), magnitude)
    np.testing.assert_allclose(page.direction_pane.data(), np.degrees(direction))
    page.threshold_slider.setValue(30)
    assert conv_tab.state.threshold == 30
    edges = page.magnitude_pane.data()
    assert set(np.unique(edges)) <= {0.0, 1.0}
    assert edges.sum() == (magnitude >= 0.3 * magnitude.max()).sum()
    assert "30 %" in page.threshold_label.text()


@pytest.mark.parametrize("page", [0, 1, 2])
def test_show_code_runs_and_matches(conv_tab, page):
    """The code shown runs as is and computes what the tab shows (conv, Sobel, pooling)."""
    conv_tab.kernel_editor.set_preset("course_a")
    conv_tab.state.stride = 2
    conv_tab.state.padding = 1
    conv_tab.kernel_editor.flip_check.setChecked(True)
    conv_tab.pages.setCurrentIndex(page)
    namespace = {}
    exec(compile(conv_tab.code(), "<shown code>", "exec"), namespace)
    np.testing.assert_allclose(namespace["r"], conv_tab.result())
    if page == 1:
        np.testing.assert_allclose(
            namespace["magnitude"], conv_tab.sobel_page.magnitude_pane.data()
        )
    if page == 2:
        for mode, pane in conv_tab.pool_page.panes.items():
            np.testing.assert_allclose(namespace["pooled"][mode], pane.data())


def test_export_png_writes_the_result(conv_tab, tmp_path):
    """Export writes a PNG at the result's full resolution, coloured as on screen, and no stray file."""
    path = tmp_path / "out.png"
    assert conv_tab.export_png(str(path))
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]
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
    conv_tab.context.quiet = False
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
    assert conv_tab.state.sample == "chelsea"


def test_large_image_offers_a_smaller_copy(conv_tab, qtbot, tmp_path, no_dialogs):
    """A 3000x2000 photo asks first, then opens a copy that fits the interactive limit."""
    conv_tab.context.quiet = False
    path = save_big_photo(tmp_path / "big.png")
    assert conv_tab.open_image(path)
    assert no_dialogs[0][0] == "question"
    assert conv_tab.busy() and "big.png" in conv_tab.controls.image_info.text()
    qtbot.waitUntil(lambda: conv_tab.state.sample == "file", timeout=10000)
    h, w = conv_tab.state.image.shape[:2]
    assert h * w <= 2048 * 2048 and w > h
    assert conv_tab.state.image_path == str(path)
    assert conv_tab.state.last_folder == str(tmp_path)
    qtbot.waitUntil(lambda: conv_tab.result() is not None, timeout=10000)
    assert conv_tab.result().shape == (h - 2, w - 2)


def test_refusing_the_smaller_copy_keeps_the_photo(conv_tab, tmp_path, monkeypatch):
    """Answering No to the smaller copy keeps the current photo."""
    from PySide6.QtWidgets import QMessageBox

    conv_tab.context.quiet = False
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No
    )
    assert not conv_tab.open_image(save_big_photo(tmp_path / "big.png"))
    assert conv_tab.state.sample == "chelsea" and not conv_tab.busy()


def test_large_photo_is_computed_off_the_gui_thread(conv_tab, qtbot, tmp_path):
    """On a large photo an 11x11 kernel is computed in a worker; the latest setting wins."""
    path = save_big_photo(tmp_path / "big.png", 1600, 1000)
    assert conv_tab.open_image(path)
    state = conv_tab.state
    qtbot.waitUntil(
        lambda: state.sample == "file" and not conv_tab.busy(), timeout=10000
    )
    assert conv_tab.result().shape == (998, 1598)
    seen = []

    def check(name):
        # whatever is shown matches the settings of the moment
        if name == "results" and state.result is not None:
            height, width = state.geometry()
            seen.append(state.result.shape == (height.size, width.size))

    state.subscribe(check)
    conv_tab.set_kernel_size(11)
    assert conv_tab.kernel_editor.size_spin.value() == 11
    assert conv_tab.result() is None and conv_tab.busy()
    assert conv_tab.conv_page.output_pane.title.text() == "Computing…"
    for stride in (2, 3, 4):
        state.stride = stride
    qtbot.waitUntil(lambda: conv_tab.result() is not None, timeout=20000)
    assert conv_tab.result().shape == (248, 398)
    np.testing.assert_allclose(
        conv_tab.result(),
        conv.correlate2d(state.grey_image, state.effective_kernel(), 4),
    )
    assert seen and all(seen)
    state.unsubscribe(check)


def test_dropped_file_is_opened(conv_tab, drop_image):
    """Dropping an image file on the tab opens it."""
    conv_tab.dropEvent(drop_image())
    assert conv_tab.state.image.shape == (20, 30)
    assert conv_tab.result().shape == (18, 28)


def test_sample_list_opens_a_sample(conv_tab):
    """Choosing the coffee cup in the sample list shows it."""
    combo = conv_tab.controls.sample_combo
    combo.activated.emit(combo.findData("coffee"))
    assert conv_tab.state.sample == "coffee"
    assert conv_tab.state.image.shape == (400, 600, 3)
    assert conv_tab.result().shape == (398, 598)


def test_teacher_can_hide_show_code_and_open_image(qtbot, context):
    """Controls the teacher hides are not shown."""
    from guiapp.teacher import TeacherSettings

    context.teacher = TeacherSettings(hide=frozenset({"show_code", "open_image"}))
    tab = make_tab(qtbot, context)
    assert tab.controls.code_button.isHidden()
    assert tab.controls.open_button.isHidden()


def test_state_round_trip(conv_tab, qtbot, context):
    """A saved state restores the kernel, stride, padding, flip, page and pooling settings."""
    conv_tab.kernel_editor.set_preset("laplacian")
    conv_tab.kernel_editor.flip_check.setChecked(True)
    conv_tab.state.stride = 3
    conv_tab.state.padding = 2
    conv_tab.pool_page.size_spin.setValue(2)
    conv_tab.pages.setCurrentIndex(2)
    saved = conv_tab.state.to_dict()
    restored = ConvState()
    assert restored.from_dict(saved) == []
    assert restored.to_dict() == saved
    other = make_tab(qtbot, context, restored)
    assert other.pages.currentIndex() == 2
    assert other.kernel_editor.preset_combo.currentData() == "laplacian"
    np.testing.assert_allclose(other.result(), conv_tab.result())


def test_old_saved_settings_still_load(qtbot, context, tmp_path):
    """The settings the old tab saved (no version) load: photo, grey, kernel, pooling."""
    path = tmp_path / "photo.png"
    to_qimage(np.full((40, 50, 3), (100, 50, 20), np.uint8)).save(str(path))
    old = {
        "image": str(path),
        "grey": "luminance",
        "kernel": kernels.preset("course_c").tolist(),
        "preset": "course_c",
        "flip": True,
        "stride": 2,
        "padding": 1,
        "display": "max",
        "page": "pooling",
        "pool": [2, 2, "conv"],
        "threshold": 30,
        "last_folder": "/somewhere",
    }
    state = ConvState()
    assert state.from_dict(old) == []
    assert (state.sample, state.image_path, state.grey_method) == (
        "file",
        str(path),
        "luminance",
    )
    assert (state.pool_size, state.pool_stride, state.pool_source) == (2, 2, "conv")
    tab = make_tab(qtbot, context, state)
    assert tab.state.image.shape == (40, 50, 3)
    assert tab.result().shape == (19, 24)  # (40 - 5 + 2*1)/2 + 1 = 19.5
    sample = ConvState()
    sample.from_dict({"image": "sample:coffee", "pool": [4, 4, "grey"]})
    assert sample.sample == "coffee"


def test_damaged_state_is_ignored(qtbot, context):
    """A damaged saved state does not stop the tab from starting."""
    state = ConvState()
    state.from_dict(
        {"kernel": "garbage", "stride": "x", "image": "/nowhere.png", "pool": "x"}
    )
    tab = make_tab(qtbot, context, state)
    assert tab.result() is not None
    assert tab.state.sample == "chelsea"


def test_language_switch_keeps_results_and_undo(conv_tab):
    """Switching to French and back retranslates in place: results, page and undo history stay."""
    from guiapp.ui import i18n

    conv_tab.kernel_editor.set_preset("course_b")
    conv_tab.pages.setCurrentIndex(2)
    result = conv_tab.result()
    pooled = conv_tab.state.pooled
    try:
        i18n.install("fr")
        conv_tab.retranslate()
        assert conv_tab.pages.tabText(2) == "Regroupement (pooling)"
        assert conv_tab.kernel_editor.preset_combo.itemText(0) != "Custom"
    finally:
        i18n.install("en")
        conv_tab.retranslate()
    assert conv_tab.pages.tabText(2) == "Pooling"
    assert conv_tab.result() is result and conv_tab.state.pooled is pooled
    assert conv_tab.pages.currentIndex() == 2
    assert conv_tab.undo_stack.count() == 1


def test_show_code_speaks_french(conv_tab):
    """In French, the code's comments are French (it runs the same)."""
    from guiapp.ui import i18n

    english = conv_code_of(conv_tab)
    assert "# stride and zero padding" in english
    try:
        i18n.install("fr")
        french = conv_code_of(conv_tab)
    finally:
        i18n.install("en")
    assert "# pas et remplissage de zéros" in french
    assert "stride and zero padding" not in french
    namespace = {}
    exec(compile(french, "<shown code>", "exec"), namespace)
    np.testing.assert_allclose(namespace["r"], conv_tab.result())


def conv_code_of(tab):
    return tab.code()


def test_the_kernel_is_greyed_on_the_sobel_page(conv_tab):
    """The Sobel page uses its own kernels: the kernel and its stride and
    padding are greyed there and say why; back on the convolution, usable."""
    controls = conv_tab.controls
    conv_tab.show_page("sobel")
    assert not controls.kernel_box.isEnabled() and not controls.geometry_box.isEnabled()
    assert "Sobel" in controls.kernel_box.toolTip()
    conv_tab.show_page("conv")
    assert controls.kernel_box.isEnabled() and controls.kernel_box.toolTip() == ""


def test_dilation_in_the_tab(conv_tab, qtbot):
    """D = 2 with Sobel x: the output is the dilated correlation (SciPy's with
    zeros between the taps), 164 × 296 on the 168 × 300 photo; the formula,
    the title, the window's 5×5 span with its 3×3 taps, the products and the
    shown code all say D."""
    from guiapp.core import conv, kernels

    state = conv_tab.state
    state.dilation = 2
    qtbot.waitUntil(lambda: conv_tab.result() is not None, timeout=10000)
    grey = state.grey_image
    expected = conv.correlate2d(grey, kernels.preset("sobel_x"), dilation=2)
    np.testing.assert_allclose(conv_tab.result(), expected)
    assert conv_tab.result().shape == (164, 296)
    assert "(W + 2P − D(F − 1) − 1)/S + 1" in conv_tab.controls.formula_label.text()
    assert (
        "(168 + 2*0 - 2*(3 - 1) - 1)/1 + 1 = 164"
        in conv_tab.controls.formula_label.text()
    )
    page = conv_tab.conv_page
    assert "D = 2" in page.output_pane.title.text()
    state.field_pixel = (10, 20)
    QApplication.processEvents()
    top, left, side = page.sweep_view.window()
    assert side == 5
    np.testing.assert_allclose(page.sweep_view.window_values(), grey[10:15:2, 20:25:2])
    assert "window rows 10…14" in page.sum_label.text()
    total = float(np.sum(grey[10:15:2, 20:25:2] * kernels.preset("sobel_x")))
    assert expected[10, 20] == pytest.approx(total)
    namespace = {}
    exec(compile(conv_tab.code(), "<shown code>", "exec"), namespace)
    assert "S, P, D = 1, 0, 2" in conv_tab.code()
    np.testing.assert_allclose(namespace["r"], conv_tab.result())
