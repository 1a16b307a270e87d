"""The RNN tab's state without a window: settings, series, cell, migration."""

import subprocess
import sys

import numpy as np
import pytest

from guiapp.core.rnn import COURSE_SEQUENCE, RnnLayer
from guiapp.ui.rnn.state import SHAPE_CASES, RnnState


def test_state_module_imports_no_qt_and_no_keras():
    """state.py loads neither Qt, pyqtgraph, Keras nor TensorFlow."""
    script = (
        "import sys, guiapp.ui.rnn.state; "
        "print(' '.join(m.split('.')[0] for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert not set(out.stdout.split()) & {"PySide6", "pyqtgraph", "keras", "tensorflow"}


def test_settings_round_trip_and_the_old_format_loads():
    """Saved settings come back the same; the old tab's dict (no version) loads."""
    state = RnnState()
    state.signal, state.window, state.cell, state.epochs = "square", 8, "GRU", 50
    state.shape_cell, state.return_state, state.gradient_scale = "LSTM", True, 2.5
    saved = state.to_dict()
    assert saved["version"] == RnnState.VERSION
    fresh = RnnState()
    assert fresh.from_dict(saved) == []
    assert fresh.to_dict() == saved
    assert fresh.data.X.shape == (92, 8) and fresh.data.kind == "square"
    old = {
        "signal": "damped_sine",
        "window": 10,
        "noise": 0.2,
        "seed": 3,
        "cell": "LSTM",
        "epochs": 120,
    }
    fresh = RnnState()
    assert fresh.from_dict(old) == []
    assert (fresh.signal, fresh.window, fresh.noise, fresh.seed) == (
        "damped_sine",
        10,
        0.2,
        3,
    )
    assert (fresh.cell, fresh.epochs) == ("LSTM", 120)
    assert fresh.data.X.shape == (90, 10)


def test_damaged_settings_keep_defaults():
    """An unknown cell or signal in a settings file is skipped, not raised."""
    state = RnnState()
    skipped = state.from_dict({"version": 1, "cell": "Transformer", "signal": 3})
    assert set(skipped) == {"cell", "signal"}
    assert (state.cell, state.signal) == ("SimpleRNN", "sine")


def test_a_new_series_forgets_what_was_trained_on_the_old():
    """Predictions, forecast and model belong to one series: a new one drops them."""
    state = RnnState()
    data = state.data
    state.record(data, "model", object())
    state.record(data, "predictions", 4, np.zeros(94))
    state.set_forecast(data, np.zeros(3))
    assert state.predictions.times()[0] == pytest.approx(data.t[0] + 0.6)
    assert state.forecast.times.shape == (3,)
    state.noise = 0.3
    assert state.data is not data
    assert state.training.model is None and state.predictions is None
    assert state.forecast is None
    state.record(data, "predictions", 9, np.zeros(94))  # a late report of the old run
    state.set_forecast(data, np.zeros(3))
    assert state.predictions is None and state.forecast is None


def test_cell_steps_follow_the_course_layer():
    """The state's cell steps through the course's sequence like RnnLayer.forward."""
    state = RnnState()
    state.cell_seed = 4
    state.course_cell()
    np.testing.assert_array_equal(state.sequence, COURSE_SEQUENCE)
    while state.step_cell() is not None:
        pass
    assert state.cell_ended and len(state.cell_steps) == 5
    expected = RnnLayer(3, 2, "sigmoid", seed=4).forward(COURSE_SEQUENCE)
    np.testing.assert_allclose(state.cell_steps[-1].h, expected)
    state.cell_inputs = 3  # a new input size: a new sequence, a new cell
    assert state.sequence.shape == (5, 3) and state.cell_steps == []


def test_shape_cases_set_every_field():
    """Each course case sets the shapes page's seven settings."""
    state = RnnState()
    for index, (_, case) in enumerate(SHAPE_CASES):
        state.apply_shape_case(index)
        assert state.shape_settings() == case
