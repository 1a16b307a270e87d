"""Recurrent layers against Keras, and the course's model on the sine."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp.core import series
from guiapp.core.layers import recurrent_outputs, recurrent_params
from guiapp.ml import rnn, training

pytestmark = pytest.mark.slow


@settings(max_examples=12, deadline=None)
@given(
    kind=st.sampled_from(["SimpleRNN", "LSTM", "GRU"]),
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
    assert rnn.forecast(model, X[80], 5).shape == (5,)
    norms = rnn.gradient_norms(model, X[0])
    assert norms.shape == (6,) and np.isfinite(norms).all()
