"""The RNN tab, driven as a student would."""

import numpy as np
import pytest

from guiapp.core.rnn import RnnLayer

pytestmark = pytest.mark.gui


@pytest.fixture
def rnn_tab(qtbot):
    from guiapp.ui.rnn_tab import RnnTab

    tab = RnnTab(quiet=True)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    yield tab
    tab.wait()


def test_course_series_and_windows(rnn_tab):
    """The default series gives the course's X (94, 6), Y (94, 1), 80 training and 14 test windows."""
    assert rnn_tab.X.shape == (94, 6) and rnn_tab.Y.shape == (94, 1)
    assert len(rnn_tab.x_train) == 80 and len(rnn_tab.x_test) == 14
    text = rnn_tab.series_label.text()
    assert "(94, 6)" in text and "(94, 1)" in text and "80" in text and "14" in text
    rnn_tab.window_slider.setValue(3)
    assert "X[3]" in rnn_tab.window_label.text()
    rnn_tab.window_spin.setValue(10)
    assert rnn_tab.X.shape == (90, 10)


def test_cell_by_hand_follows_the_course(rnn_tab):
    """The course's example stepped 5 times: 5 columns of h, the last equal to RnnLayer.forward."""
    rnn_tab.course_cell()
    for _ in range(5):
        rnn_tab.step_cell()
    assert rnn_tab.history_table.columnCount() == 5
    expected = RnnLayer(3, 2, "sigmoid", seed=0).forward(rnn_tab.sequence())
    last = [float(rnn_tab.history_table.item(u, 4).text()) for u in range(3)]
    np.testing.assert_allclose(last, expected.ravel(), atol=1e-4)
    assert "t = 4" in rnn_tab.equation.text()
    rnn_tab.step_cell()
    assert "End of the sequence" in rnn_tab.equation.text()


def test_sequence_cells_refuse_text(rnn_tab):
    """Typing a word in the input sequence is refused with a message; numbers (0,5 too) are taken."""
    rnn_tab.course_cell()
    rnn_tab.sequence_table.item(0, 1).setText("abc")
    assert "not a number" in rnn_tab.sequence_message.text()
    assert rnn_tab.sequence_table.item(0, 1).text() == "1"
    rnn_tab.sequence_table.item(0, 1).setText("0,5")
    assert rnn_tab.sequence()[0, 1] == 0.5 and rnn_tab.sequence_message.text() == ""


def test_shapes_course_cases(rnn_tab):
    """The course's LSTM case with both flags lists (32, 20, 16) and two states of (32, 16)."""
    rnn_tab.shape_presets.setCurrentIndex(4)
    rnn_tab.shape_presets.activated.emit(4)
    rows = [
        (rnn_tab.shapes_table.item(r, 0).text(), rnn_tab.shapes_table.item(r, 1).text())
        for r in range(rnn_tab.shapes_table.rowCount())
    ]
    assert [shape for _, shape in rows] == ["(32, 20, 16)", "(32, 16)", "(32, 16)"]
    assert "4*16*(16 + 8 + 1) = 1600" in rnn_tab.params_label.text()


def test_animation_runs_at_30_fps(rnn_tab, qtbot):
    """Play moves the window with a timer at about 30 frames a second."""
    rnn_tab.pages.setCurrentIndex(3)
    rnn_tab.anim_play.setChecked(True)
    qtbot.waitUntil(lambda: len(rnn_tab._frame_times) > 40, timeout=10000)
    rnn_tab.anim_play.setChecked(False)
    assert rnn_tab._frame > 0
    assert (
        rnn_tab.frames_per_second() > 20
    )  # the timer asks for 33; CI machines are noisy


@pytest.mark.slow
def test_train_predict_forecast_gradients(rnn_tab, qtbot):
    """A short run draws the red predictions at t + 0.1*s; forecast and gradients work."""
    rnn_tab.rnn_epochs.setValue(30)
    assert rnn_tab.start_training()
    qtbot.waitUntil(lambda: not rnn_tab.is_training(), timeout=120000)
    assert rnn_tab.model.count_params() == 551
    x, y = rnn_tab.prediction_curve.getData()
    assert len(x) == 94 and x[0] == pytest.approx(rnn_tab.t[0] + 0.1 * 6)
    assert "training MSE" in rnn_tab.rnn_status.text()
    values = rnn_tab.forecast()
    assert values.shape == (40,)
    rnn_tab.compute_gradients()
    qtbot.waitUntil(lambda: hasattr(rnn_tab, "gradients"), timeout=60000)
    assert rnn_tab.gradients.shape == (30,)


@pytest.mark.slow
def test_vanishing_and_clipped_gradients(rnn_tab, qtbot):
    """tanh over 30 steps: the first gradient is far below the last; clipnorm caps the norm."""
    rnn_tab.grad_activation.setCurrentIndex(rnn_tab.grad_activation.findData("tanh"))
    rnn_tab.grad_scale.setValue(0.5)
    rnn_tab.grad_clip.setValue(0.01)
    rnn_tab.compute_gradients()
    qtbot.waitUntil(lambda: hasattr(rnn_tab, "gradients"), timeout=60000)
    assert rnn_tab.gradients[0] < 0.1 * rnn_tab.gradients[-1]
    assert np.linalg.norm(rnn_tab.clipped) == pytest.approx(0.01, rel=1e-3)
    assert "after clipping" in rnn_tab.grad_label.text()
