"""Recurrent layers against Keras, and the course's model on the sine."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp.core import cells, series
from guiapp.core.layers import recurrent_outputs, recurrent_params
from guiapp.ml import rnn, training
from guiapp.ml.session import Stopped, Task, TrainingSession

pytestmark = pytest.mark.slow


@settings(max_examples=12, deadline=None)
@given(
    kind=st.sampled_from(cells.names()),
    units=st.integers(1, 12),
    features=st.integers(1, 6),
    steps=st.integers(1, 7),
    sequences=st.booleans(),
    state=st.booleans(),
)
def test_shapes_and_counts_match_keras(kind, units, features, steps, sequences, state):
    """Output and state shapes and parameter counts equal what Keras gives."""
    import keras

    layer = getattr(keras.layers, kind)(
        units, return_sequences=sequences, return_state=state
    )
    out = layer(np.zeros((2, steps, features), np.float32))
    out = out if isinstance(out, (list, tuple)) else [out]
    expected = recurrent_outputs(kind, 2, steps, features, units, sequences, state)
    assert [tuple(o.shape) for o in out] == [shape for _, shape in expected]
    assert layer.count_params() == recurrent_params(kind, units, features)[0]


def test_check_layer_job_agrees_with_the_course_cases():
    """The shapes page's Keras check (a job) gives the course's LSTM shapes and
    count, and a huge batch costs nothing (symbolic input)."""
    shapes, count = rnn.check_layer(Task(), "LSTM", 32, 20, 8, 16, True, True)
    assert shapes == [(32, 20, 16), (32, 16), (32, 16)]
    assert count == cells.cell("LSTM").params(16, 8)[0] == 1600
    shapes, _ = rnn.check_layer(Task(), "GRU", 4096, 4096, 4096, 3)
    assert shapes == [(4096, 3)]
    with pytest.raises(ValueError, match="unknown recurrent cell 'Foo'"):
        rnn.check_layer(Task(), "Foo", 1, 5, 2, 3)


def test_stopped_jobs_give_up():
    """A job asked to stop raises Stopped instead of computing."""
    task = Task()
    task.stop()
    with pytest.raises(Stopped):
        rnn.check_layer(task, "SimpleRNN", 1, 5, 2, 3)
    with pytest.raises(Stopped):
        rnn.gradients_through_time(task, "SimpleRNN", "tanh", 10)


def test_gradients_through_time_vanish_with_tanh():
    """The gradients job: tanh over 30 steps with Wy x 0.5, the first step's
    gradient is far below the last's."""
    norms = rnn.gradients_through_time(Task(), "SimpleRNN", "tanh", 30, 0.5)
    assert norms.shape == (30,) and np.isfinite(norms).all()
    assert norms[0] < 0.1 * norms[-1]
    clipped = rnn.clip_by_norm(norms, 0.01)
    assert np.linalg.norm(clipped) == pytest.approx(0.01, rel=1e-3)


def test_training_session_reports_predictions_and_forecasts():
    """A short fit through TrainingSession reports the model, epochs and the
    predictions every few epochs (the last epoch's too); forecast is a job."""
    data = series.windowed()
    session = TrainingSession()
    config = rnn.rnn_config(epochs=3)
    reports = []
    task = Task(on_report=lambda *values: reports.append(values))
    build, recompile = session.prepare_run(("key",), False, {"lr": 1e-3})
    assert build and not recompile
    result = session.fit(
        task,
        lambda: rnn.training_arrays(data.x_train, data.y_train),
        config,
        lambda: rnn.build_compiled(data.s, "SimpleRNN", 20, "relu", config),
        False,
        rnn.prediction_hook(data.X, every=2, last_epoch=2),
    )
    for values in reports:
        session.record(*values)
    kinds = [values[0] for values in reports]
    assert kinds[0] == "model" and kinds.count("epoch") == 3
    predictions = [values for values in reports if values[0] == "predictions"]
    assert [epoch for _, epoch, _ in predictions] == [1, 2]
    assert predictions[-1][2].shape == (94,)
    assert result["epochs_done"] == 3 and session.epochs_done == 3
    assert session.model.count_params() == 551
    values = rnn.forecast(Task(), session.model, data.X[80], 5)
    assert values.shape == (5,) and np.isfinite(values).all()


def test_course_model_trains_to_the_course_mse():
    """SimpleRNN(20, relu) -> Dense(5, relu) -> Dense(1): 551 parameters; MSE near 0.012 after 200 epochs."""
    t, x = series.make_series()
    X, Y = series.make_windows(x, 6)
    (x_train, y_train), _ = series.split(X, Y)
    training.seed_everything(0)
    model = rnn.build_rnn()
    assert model.count_params() == 551
    assert [layer.count_params() for layer in model.layers] == [440, 105, 6]
    config = rnn.rnn_config()
    training.compile_model(model, config)
    result = training.train(model, (x_train[..., None], y_train), config)
    assert result["epochs_done"] == 200
    mse = float(model.evaluate(x_train[..., None], y_train, verbose=0))
    assert mse < 0.03
    assert rnn.forecast(Task(), model, X[80], 5).shape == (5,)
    norms = rnn.gradient_norms(model, X[0])
    assert norms.shape == (6,) and np.isfinite(norms).all()
