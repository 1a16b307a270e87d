"""The keyboard shortcuts the convolution tab advertises in its tooltips work
wherever the focus is in the tab, in the whole window: Ctrl+Space plays and
pauses the sliding window, Ctrl+Right steps, Ctrl+O opens, Ctrl+K shows the
code, Ctrl+Z undoes a kernel edit; on the sliding-window view, the arrows and
Space."""

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot):
    from guiapp.ui.main_window import MainWindow

    win = MainWindow("en", persist=False, restore=False, tab="conv", quiet=True)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.conv_tab.shutdown()


def focus_targets(window):
    """A widget of each kind that can hold the focus in the conv tab, and the
    window's tab bar (where the focus is after choosing the tab)."""
    tab = window.conv_tab
    page, controls = tab.conv_page, tab.controls
    return {
        "sliding window": page.sweep_view,
        "window table": page.patch_table,
        "Play": page.play_button,
        "Reset": page.reset_button,
        "speed": page.speed_slider,
        "kernel weights": tab.kernel_editor.table,
        "kernel size": tab.kernel_editor.size_spin,
        "stride": controls.stride_spin,
        "padding": controls.padding_spin,
        "tab bar": window.tabs.tabBar(),
    }


def test_tooltips_advertise_the_shortcuts_tested_here(window):
    """The shortcuts tested below are those the tooltips announce (a tooltip
    changed without its key would leave these tests testing nothing)."""
    tab = window.conv_tab
    page = tab.conv_page
    assert "Ctrl+Space" in page.play_button.toolTip()
    assert "Ctrl+Right" in page.step_button.toolTip()
    assert "Ctrl+O" in tab.controls.open_button.toolTip()
    assert "Ctrl+K" in tab.controls.code_button.toolTip()
    assert "Ctrl+Z" in tab.kernel_editor.table.toolTip()
    assert "Arrow keys" in page.sweep_view.toolTip()
    assert "Space" in page.sweep_view.toolTip()


@pytest.mark.parametrize(
    "where",
    [
        "sliding window",
        "window table",
        "Play",
        "Reset",
        "speed",
        "kernel weights",
        "kernel size",
        "stride",
        "padding",
        "tab bar",
    ],
)
def test_shortcuts_work_wherever_the_focus_is(window, qtbot, monkeypatch, where):
    """Ctrl+Space plays then pauses, Ctrl+Right steps one output pixel,
    Ctrl+O and Ctrl+K open their dialogs, Ctrl+Z undoes the kernel: with the
    focus on any widget of the tab. (Ctrl+Space did nothing anywhere: the
    button's "Play" text had replaced its shortcut.)"""
    tab = window.conv_tab
    page, state = tab.conv_page, tab.state
    asked = []
    monkeypatch.setattr(tab, "ask_open_image", lambda: asked.append("open"))
    monkeypatch.setattr(tab, "show_code", lambda: asked.append("code"))
    widget = focus_targets(window)[where]
    widget.setFocus()
    qtbot.waitUntil(lambda: widget.hasFocus())

    qtbot.keyClick(widget, Qt.Key.Key_Space, CTRL)
    assert page.play_button.isChecked() and page.play_button.text() == "Pause"
    qtbot.keyClick(widget, Qt.Key.Key_Space, CTRL)
    assert not page.play_button.isChecked() and page.play_button.text() == "Play"

    page.reset_animation()
    qtbot.keyClick(widget, Qt.Key.Key_Right, CTRL)
    assert state.revealed == 0 and page.current_pixel() == (0, 0)
    qtbot.keyClick(widget, Qt.Key.Key_Right, CTRL)
    assert state.revealed == 1 and page.current_pixel() == (0, 1)

    qtbot.keyClick(widget, Qt.Key.Key_O, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_K, CTRL)
    assert asked == ["open", "code"]

    before = tab.kernel_editor.preset()
    tab.kernel_editor.set_preset("emboss" if before != "emboss" else "sharpen")
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert tab.kernel_editor.preset() == before


def test_a_number_typed_in_a_field_is_undone_in_the_field(window, qtbot):
    """Ctrl+Z in a number field still undoes what was typed there first."""
    spin = window.conv_tab.controls.stride_spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "3")
    assert spin.text() == "3"
    qtbot.keyClick(spin, Qt.Key.Key_Z, CTRL)
    assert spin.text() == "1"


def test_ctrl_space_is_the_pages_only(window, qtbot):
    """On the Sobel page the sliding window is not shown: Ctrl+Space leaves
    it alone."""
    tab = window.conv_tab
    tab.show_page("sobel")
    qtbot.waitUntil(lambda: not tab.conv_page.isVisible())
    qtbot.keyClick(tab.pages, Qt.Key.Key_Space, CTRL)
    assert not tab.conv_page.animating()


def test_arrows_and_space_on_the_clicked_view(window, qtbot):
    """A click gives the sliding-window view the focus; then the arrows
    move the window by one output pixel, stepping while the output is being
    built, and Space plays and pauses."""
    page = window.conv_tab.conv_page
    view, state = page.sweep_view, window.conv_tab.state
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert page.current_pixel() == (0, 1)
    page.step_button.click()  # building the output, from its first pixel
    assert state.revealed == 0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert state.revealed == 2 and page.current_pixel() == (0, 2)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert state.revealed == 1 and page.current_pixel() == (0, 1)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.animating()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not page.animating()
