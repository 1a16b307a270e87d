"""The RNN tab, driven as a student would: through its state and public slots."""

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from guiapp.core.rnn import RnnLayer

pytestmark = pytest.mark.gui


@pytest.fixture
def rnn_tab(qtbot, context):
    from guiapp.ui.rnn.state import RnnState
    from guiapp.ui.rnn.tab import RnnTab

    tab = RnnTab(RnnState(), context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    yield tab
    tab.shutdown()


def table_column(table, column):
    return [float(table.item(row, column).text()) for row in range(table.rowCount())]


def test_course_series_and_windows(rnn_tab):
    """The default series gives the course's X (94, 6), Y (94, 1), 80 training and 14 test windows."""
    state, page = rnn_tab.state, rnn_tab.series_page
    assert state.data.X.shape == (94, 6) and state.data.Y.shape == (94, 1)
    assert len(state.data.x_train) == 80 and len(state.data.x_test) == 14
    text = page.series_label.text()
    assert "(94, 6)" in text and "(94, 1)" in text and "80" in text and "14" in text
    page.window_slider.setValue(3)
    assert state.shown_window == 3 and "X[3]" in page.window_label.text()
    state.window = 10
    assert state.data.X.shape == (90, 10)
    assert page.window_spin.value() == 10 and "(90, 10)" in page.series_label.text()


def test_bad_series_settings_keep_the_last_series(rnn_tab):
    """A window longer than the series says why and keeps the series drawn."""
    state = rnn_tab.state
    state.stop = 0.5  # 5 points for windows of 6
    assert "window" in state.series_error
    assert "window" in rnn_tab.series_page.series_label.text()
    assert state.data.X.shape == (94, 6)
    state.stop = 10.0
    assert (
        state.series_error == ""
        and "(94, 6)" in rnn_tab.series_page.series_label.text()
    )


def test_cell_by_hand_follows_the_course(rnn_tab):
    """The course's example stepped 5 times: 5 columns of h, the last equal to RnnLayer.forward."""
    page = rnn_tab.cell_page
    rnn_tab.course_cell()
    for _ in range(5):
        rnn_tab.step_cell()
    assert page.history_table.columnCount() == 5
    expected = RnnLayer(3, 2, "sigmoid", seed=0).forward(rnn_tab.sequence())
    np.testing.assert_allclose(
        table_column(page.history_table, 4), expected.ravel(), atol=1e-4
    )
    assert "t = 4" in page.equation.text()
    rnn_tab.step_cell()
    assert "End of the sequence" in page.equation.text()
    rnn_tab.reset_cell()
    assert page.history_table.columnCount() == 0
    assert "Before the first step h is zero" in page.equation.text()
    assert page.sequence_table.verticalHeaderItem(0).text() == "x_0"


def test_sequence_cells_refuse_text(rnn_tab):
    """Typing a word in the input sequence is refused with a message; numbers (0,5 too) are taken."""
    page = rnn_tab.cell_page
    rnn_tab.course_cell()
    page.sequence_table.item(0, 1).setText("abc")
    assert "not a number" in page.sequence_message.text()
    assert page.sequence_table.item(0, 1).text() == "1"
    page.sequence_table.item(0, 1).setText("0,5")
    assert rnn_tab.sequence()[0, 1] == 0.5 and page.sequence_message.text() == ""


def test_shapes_course_cases(rnn_tab):
    """The course's LSTM case with both flags lists (32, 20, 16) and two states of (32, 16)."""
    page = rnn_tab.shapes_page
    page.cases_combo.setCurrentIndex(4)
    page.cases_combo.activated.emit(4)
    assert rnn_tab.state.shape_settings() == ("LSTM", 32, 20, 8, 16, True, True)
    rows = [
        (page.shapes_table.item(r, 0).text(), page.shapes_table.item(r, 1).text())
        for r in range(page.shapes_table.rowCount())
    ]
    assert [shape for _, shape in rows] == ["(32, 20, 16)", "(32, 16)", "(32, 16)"]
    assert "4*16*(16 + 8 + 1) = 1600" in page.params_label.text()
    assert "four gates" in page.params_label.text()
    rnn_tab.state.apply_shape_case(0)
    assert [page.shapes_table.item(0, 1).text()] == ["(1, 3)"]
    assert page.sequences_check.isChecked() is False


def test_animation_asks_for_60_frames_a_second(rnn_tab, qtbot):
    """Play moves the window with a timer asking for a frame every 16 ms."""
    animation = rnn_tab.train_page.animation
    rnn_tab.show_page("train")
    assert rnn_tab.pages.currentWidget() is rnn_tab.train_page
    rnn_tab.play(True)
    assert rnn_tab.train_page.play_button.isChecked()
    assert animation.timer.interval() == 16
    qtbot.waitUntil(lambda: animation.ticks > 40, timeout=10000)
    rnn_tab.play(False)
    assert animation.window_index > 0
    assert rnn_tab.frames_per_second() > 20  # asked 60; CI machines are noisy


def test_animation_moves_by_time_and_glides(rnn_tab, monkeypatch):
    """The window moves ``animation_speed`` windows a second whatever the
    frame rate, and the shaded region glides between two windows."""
    from guiapp.ui.rnn import animation as module

    state = rnn_tab.state
    state.animation_speed = 6  # windows a second
    animation = rnn_tab.train_page.animation
    clock = [100.0]
    monkeypatch.setattr(module.time, "perf_counter", lambda: clock[0])
    animation._last_tick = clock[0]
    for _ in range(5):  # 5 frames of 50 ms: 1.5 windows
        clock[0] += 0.05
        animation._tick()
    assert animation.window_index == 1
    assert animation.progress == pytest.approx(0.5)
    first, second = state.data.window_span(0), state.data.window_span(1)
    shown = animation.region.getRegion()
    assert shown[0] == pytest.approx((first[0] + second[0]) / 2)
    clock[0] += 10.0  # a stall of 10 s moves as one late frame (0.1 s)
    animation._tick()
    assert animation.window_index == 2
    animation.next_frame()  # Step: exactly one window, no glide
    assert animation.window_index == 3 and animation.progress == 0


def test_animation_pauses_while_hidden(rnn_tab, qtbot):
    """Another page shown: no frames (it ran at 33 fps behind other tabs);
    back on the page, it goes on; Play stays pressed throughout."""
    animation = rnn_tab.train_page.animation
    rnn_tab.show()
    rnn_tab.show_page("train")
    rnn_tab.play(True)
    assert animation.timer.isActive()
    rnn_tab.show_page("series")
    assert not animation.timer.isActive()
    assert animation.is_playing() and rnn_tab.train_page.play_button.isChecked()
    rnn_tab.show_page("train")
    assert animation.timer.isActive()
    rnn_tab.play(False)
    assert not animation.timer.isActive()


def test_pages_by_name(rnn_tab):
    """Each page can be shown by name; an unknown name raises naming it."""
    assert rnn_tab.page_names() == ("series", "cell", "shapes", "train", "gradients")
    for name in rnn_tab.page_names():
        rnn_tab.show_page(name)
        assert rnn_tab.current_page() == name
    with pytest.raises(ValueError, match="'weights'"):
        rnn_tab.show_page("weights")


def test_animation_survives_a_new_series(rnn_tab, qtbot):
    """Changing the series while the animation plays never breaks a frame
    (the old tab raised IndexError in its timer up to 33 times a second)."""
    state = rnn_tab.state
    state.animation_speed = 30  # the fastest: a new window every other frame
    animation = rnn_tab.train_page.animation
    rnn_tab.play(True)
    for window, stop in ((50, 10.0), (3, 6.0), (6, 10.0), (40, 5.0)):
        animation.window_index = len(state.data) - 1  # at the last window
        state.window, state.stop = window, stop
        ticks = animation.ticks
        qtbot.waitUntil(lambda ticks=ticks: animation.ticks > ticks + 3)
    rnn_tab.play(False)


def test_retranslate_keeps_the_cell(rnn_tab):
    """Switching to French and back retranslates the page titles in place; the
    steps of the cell and the shapes stay."""
    from guiapp.ui import i18n

    rnn_tab.course_cell()
    rnn_tab.step_cell()
    rnn_tab.step_cell()
    steps = rnn_tab.state.cell_steps
    try:
        rnn_tab.show_page("cell")
        assert i18n.install("fr")
        rnn_tab.retranslate()
        assert rnn_tab.pages.tabText(0) == "Série et fenêtres"
        assert rnn_tab.current_page() == "cell"
        assert rnn_tab.state.cell_steps is steps
        assert rnn_tab.cell_page.history_table.columnCount() == 2
    finally:
        i18n.install("en")
        rnn_tab.retranslate()
    assert rnn_tab.pages.tabText(0) == "Series and windows"
    assert "t = 1" in rnn_tab.cell_page.equation.text()


@pytest.mark.slow
def test_check_shapes_with_keras(rnn_tab, qtbot):
    """Check with Keras runs in a worker and ticks the course's LSTM case."""
    rnn_tab.state.apply_shape_case(3)
    assert rnn_tab.check_shapes_with_keras()
    qtbot.waitUntil(lambda: rnn_tab.state.keras_check is not None, timeout=60000)
    qtbot.waitUntil(lambda: not rnn_tab.context.session.busy(), timeout=10000)
    assert rnn_tab.state.keras_check.count == 1600
    assert rnn_tab.shapes_page.keras_label.text().startswith("✓")


@pytest.mark.slow
def test_train_predict_forecast_gradients(rnn_tab, qtbot):
    """A short run draws the red predictions at t + 0.1*s; forecast and
    gradients work; a language switch keeps the model, curves and forecast."""
    from guiapp.ui import i18n

    state, page = rnn_tab.state, rnn_tab.train_page
    state.epochs = 30
    assert rnn_tab.start_training()
    assert not rnn_tab.series_page.window_spin.isEnabled()  # the series is locked
    assert not rnn_tab.start_training()  # one run at a time
    qtbot.waitUntil(lambda: not rnn_tab.is_training(), timeout=120000)
    assert rnn_tab.series_page.window_spin.isEnabled()
    model = state.training.model
    assert model.count_params() == 551
    assert state.training.epochs_done == 30
    x, y = page.prediction_curve.getData()
    assert len(x) == 94 and x[0] == pytest.approx(state.data.t[0] + 0.1 * 6)
    assert state.predictions.epoch == 29
    assert "training MSE" in page.status.text()
    assert rnn_tab.forecast()
    qtbot.waitUntil(lambda: state.forecast is not None, timeout=60000)
    assert state.forecast.values.shape == (40,)
    assert len(page.forecast_curve.getData()[0]) == 40
    assert rnn_tab.compute_gradients()
    qtbot.waitUntil(lambda: state.gradients is not None, timeout=60000)
    assert state.gradients.norms.shape == (30,)
    losses = page.loss_curve.getData()[1].copy()
    try:
        assert i18n.install("fr")
        rnn_tab.retranslate()
        assert rnn_tab.pages.tabText(3) != "Train and animate"
        assert state.training.model is model
        assert len(page.prediction_curve.getData()[0]) == 94
        assert len(page.forecast_curve.getData()[0]) == 40
        np.testing.assert_array_equal(page.loss_curve.getData()[1], losses)
    finally:
        i18n.install("en")
        rnn_tab.retranslate()
    qtbot.waitUntil(lambda: not rnn_tab.context.session.busy(), timeout=10000)


@pytest.mark.slow
def test_continue_trains_the_same_model(rnn_tab, qtbot):
    """Continue adds epochs to the same model; a new series forgets it."""
    state = rnn_tab.state
    state.epochs = 2
    assert rnn_tab.start_training()
    qtbot.waitUntil(lambda: not rnn_tab.is_training(), timeout=120000)
    model = state.training.model
    assert rnn_tab.train_page.continue_button.isEnabled()
    assert rnn_tab.start_training(resume=True)
    qtbot.waitUntil(lambda: not rnn_tab.is_training(), timeout=120000)
    assert state.training.model is model and state.training.epochs_done == 4
    assert len(state.training.epoch_history["loss"]) == 4
    state.noise = 0.2
    assert state.training.model is None and state.predictions is None
    assert not rnn_tab.train_page.continue_button.isEnabled()


@pytest.mark.slow
def test_new_series_during_training_stops_it_cleanly(rnn_tab, qtbot):
    """Changing the series while the network trains (a teacher's script, a
    restored setting) stops the run; nothing of it is drawn on the new series,
    and the animation keeps playing."""
    state = rnn_tab.state
    state.epochs = 2000
    state.animation_speed = 30
    rnn_tab.play(True)
    assert rnn_tab.start_training()
    qtbot.waitUntil(lambda: state.predictions is not None, timeout=120000)
    rnn_tab.train_page.animation.window_index = 93
    state.window = 12
    assert state.predictions is None and state.training.model is None
    assert "series changed" in rnn_tab.train_page.status.text()
    qtbot.waitUntil(lambda: not rnn_tab.is_training(), timeout=30000)
    assert state.predictions is None and state.training.model is None
    assert state.data.X.shape == (88, 12)
    ticks = rnn_tab.train_page.animation.ticks
    qtbot.waitUntil(lambda: rnn_tab.train_page.animation.ticks > ticks + 5)
    rnn_tab.play(False)


@pytest.mark.slow
def test_vanishing_and_clipped_gradients(rnn_tab, qtbot):
    """tanh over 30 steps: the first gradient is far below the last; clipnorm caps the norm."""
    state = rnn_tab.state
    state.gradient_activation = "tanh"
    state.gradient_scale = 0.5
    state.gradient_clipnorm = 0.01
    assert rnn_tab.compute_gradients()
    qtbot.waitUntil(lambda: state.gradients is not None, timeout=60000)
    norms = state.gradients.norms
    assert norms[0] < 0.1 * norms[-1]
    assert np.linalg.norm(state.clipped()) == pytest.approx(0.01, rel=1e-3)
    assert "after clipping" in rnn_tab.gradients_page.label.text()
    state.gradient_clipnorm = 0.0  # clipping off: the bars are the gradients
    np.testing.assert_array_equal(state.clipped(), norms)
    qtbot.waitUntil(lambda: not rnn_tab.context.session.busy(), timeout=10000)


def test_gradients_legend_waits_for_the_bars(rnn_tab):
    """Before any gradient is computed the plot shows no legend (it showed
    pyqtgraph's "hidden item" icons beside "gradient" and "after clipping")."""
    from guiapp.ui.rnn.state import Gradients

    rnn_tab.show()
    rnn_tab.show_page("gradients")
    legend = rnn_tab.gradients_page.plot.getPlotItem().legend
    assert not legend.isVisible()
    rnn_tab.state.gradients = Gradients(
        "SimpleRNN", "tanh", 5, 1.0, np.linspace(1.0, 0.1, 5)
    )
    assert legend.isVisible()
    assert rnn_tab.gradients_page.gradient_bars.isVisible()


def test_the_animation_buttons_stay_put_when_a_fit_ends(rnn_tab, qtbot):
    """The training's line grows or shrinks when a fit ends: Play and Step,
    which a teacher is about to click, do not move (they moved 20 px)."""
    from PySide6.QtCore import QPoint

    page = rnn_tab.train_page
    rnn_tab.pages.setCurrentWidget(page)
    rnn_tab.show()
    qtbot.waitExposed(rnn_tab)
    page.status.setText("short")
    QApplication.processEvents()
    before = page.play_button.mapTo(rnn_tab, QPoint(0, 0))
    page.status.setText(" ".join(["a much longer line of training results"] * 6))
    QApplication.processEvents()
    assert page.play_button.mapTo(rnn_tab, QPoint(0, 0)) == before
