"""Narrating the RNN animation: Step and Step back pause and move the window
by one point, the speed is chosen in points a second and remembered, and the
keyboard does the same (arrows and Space on the plot, Ctrl+ keys anywhere on
the page)."""

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def rnn_tab(qtbot, context):
    from guiapp.ui.rnn.state import RnnState
    from guiapp.ui.rnn.tab import RnnTab

    tab = RnnTab(RnnState(), context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.show_page("train")
    qtbot.waitExposed(tab)
    yield tab
    tab.shutdown()


@pytest.fixture
def window(qtbot):
    from guiapp.ui.main_window import MainWindow

    win = MainWindow("en", persist=False, restore=False, tab="rnn", quiet=True)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.rnn_tab.show_page("train")
    yield win
    win.rnn_tab.shutdown()


def shown_point(page):
    """Where the red dot is: (time, value)."""
    xs, ys = page.animation.dot.getData()
    return float(xs[0]), float(ys[0])


def test_step_and_step_back_pause_and_move_one_point(rnn_tab):
    """Step shows the next window and its point, Step back the one before;
    either pauses a playing animation; back from the start is the last window."""
    page, data = rnn_tab.train_page, rnn_tab.state.data
    animation = page.animation
    assert animation.current_window() is None
    page.back_button.click()
    last = len(data) - 1
    assert animation.current_window() == last
    assert page.animation.region.getRegion() == pytest.approx(data.window_span(last))
    page.step_button.click()  # round to the first
    assert animation.current_window() == 0
    page.step_button.click()
    page.step_button.click()
    assert animation.current_window() == 2
    time, value = shown_point(page)
    assert time == pytest.approx(data.t[2] + data.step * data.s)
    assert value == pytest.approx(data.Y[2, 0])  # no model yet: the target
    page.play_button.click()
    assert animation.is_playing() and page.play_button.text() == "Pause"
    animation.window_index = 11  # as if it had played to window 10
    page.back_button.click()
    assert not animation.is_playing() and not page.play_button.isChecked()
    assert page.play_button.text() == "Play"
    assert animation.current_window() == 9
    assert page.animation.region.getRegion() == pytest.approx(data.window_span(9))


def test_the_speed_is_in_points_a_second_and_remembered(rnn_tab):
    """The slider goes from half a point to 30 points a second, its value is
    written beside it, and the state (saved with the settings) keeps it."""
    from guiapp.ui.rnn.state import ANIMATION_SPEEDS, RnnState

    page, state = rnn_tab.train_page, rnn_tab.state
    slider = page.speed_slider
    assert page.animation.windows_per_second() == 9.0  # the default
    assert page.speed_value.text() == "9/s"
    slider.setValue(slider.minimum())
    assert state.animation_speed == 0.5 == page.animation.windows_per_second()
    assert page.speed_value.text() == "0.5/s"
    slider.setValue(slider.maximum())
    assert state.animation_speed == 30 and page.speed_value.text() == "30/s"
    assert "30" in slider.accessibleDescription()
    assert ANIMATION_SPEEDS[0] == 0.5 and ANIMATION_SPEEDS[-1] == 30
    saved = state.to_dict()
    fresh = RnnState()
    fresh.from_dict(saved)
    assert fresh.animation_speed == 30
    state.from_dict({"version": RnnState.VERSION, "animation_speed": 2})
    assert slider.value() == ANIMATION_SPEEDS.index(2.0)
    assert page.speed_value.text() == "2/s"


def test_a_speed_saved_by_the_old_tab_keeps_its_pace():
    """Version 1 saved the speed as a step of 3 points a second: 3 was 9/s."""
    from guiapp.ui.rnn.state import RnnState

    state = RnnState()
    assert state.from_dict({"version": 1, "animation_speed": 3}) == []
    assert state.animation_speed == 9.0
    assert state.from_dict({"version": 1, "animation_speed": 10}) == []
    assert state.animation_speed == 30.0


def test_new_controls_are_named_and_teach(rnn_tab):
    """Step back, Step, Play, the speed and the plot each have a name a screen
    reader says and a tooltip that says what they do and their keys."""
    page = rnn_tab.train_page
    assert page.back_button.accessibleName() == "Step back"
    assert "one point back" in page.back_button.toolTip()
    assert "Left" in page.back_button.toolTip()
    assert "Right" in page.step_button.toolTip()
    assert "prediction" in page.play_button.toolTip()
    assert "Space" in page.play_button.toolTip()
    assert "points per second" in page.speed_slider.accessibleName()
    assert "slow" in page.speed_slider.toolTip()
    assert page.speed_label.buddy() is page.speed_slider
    assert page.fit_plot.accessibleName() == "Predictions"
    assert "Space" in page.fit_plot.toolTip()


def test_arrows_and_space_on_the_plot(rnn_tab, qtbot):
    """A click gives the plot the focus (a frame shows it); then Right and
    Left step one point and Space plays and pauses."""
    page = rnn_tab.train_page
    plot, animation = page.fit_plot, page.animation
    rnn_tab.activateWindow()
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(plot.hasFocus)
    assert plot.getPlotItem().getViewBox().border.style() != Qt.PenStyle.NoPen
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert animation.current_window() == 1
    qtbot.keyClick(plot, Qt.Key.Key_Left)
    assert animation.current_window() == 0
    qtbot.keyClick(plot, Qt.Key.Key_Space)
    assert animation.is_playing() and page.play_button.isChecked()
    qtbot.keyClick(plot, Qt.Key.Key_Right)  # a step pauses
    assert not animation.is_playing() and not page.play_button.isChecked()
    qtbot.keyClick(plot, Qt.Key.Key_Space)
    assert animation.is_playing()
    qtbot.keyClick(plot, Qt.Key.Key_Space)
    assert not animation.is_playing()
    page.units_spin.setFocus()
    qtbot.waitUntil(lambda: not plot.hasFocus())
    assert plot.getPlotItem().getViewBox().border.style() == Qt.PenStyle.NoPen


@pytest.mark.parametrize("where", ["plot", "units", "epochs", "Play", "speed"])
def test_ctrl_keys_work_wherever_the_focus_is_on_the_page(window, qtbot, where):
    """Ctrl+Space plays and pauses, Ctrl+Right and Ctrl+Left step, with the
    focus in a number field too (its cursor took Ctrl+arrows); the
    convolution tab's same keys do not get in the way."""
    page = window.rnn_tab.train_page
    animation = page.animation
    widget = {
        "plot": page.fit_plot,
        "units": page.units_spin,
        "epochs": page.epochs_spin,
        "Play": page.play_button,
        "speed": page.speed_slider,
    }[where]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Space, CTRL)
    assert animation.is_playing() and page.play_button.text() == "Pause"
    qtbot.keyClick(widget, Qt.Key.Key_Space, CTRL)
    assert not animation.is_playing() and page.play_button.text() == "Play"
    qtbot.keyClick(widget, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Right, CTRL)
    assert animation.current_window() == 1
    qtbot.keyClick(widget, Qt.Key.Key_Left, CTRL)
    assert animation.current_window() == 0
    assert not window.conv_tab.conv_page.animating()


def test_ctrl_space_is_the_train_pages_only(window, qtbot):
    """On another page of the tab the animation is not shown: Ctrl+Space
    leaves it alone."""
    tab = window.rnn_tab
    tab.show_page("series")
    qtbot.waitUntil(lambda: not tab.train_page.isVisible())
    qtbot.keyClick(tab.series_page.window_slider, Qt.Key.Key_Space, CTRL)
    assert not tab.train_page.animation.is_playing()
