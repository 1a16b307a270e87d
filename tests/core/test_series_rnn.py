"""Series, windows and the NumPy recurrent layer (course part 2)."""

import numpy as np
import pytest

from guiapp.core import rnn, series
from guiapp.core.layers import recurrent_outputs, recurrent_params


def test_course_series_and_windows():
    """t = arange(0, 10, 0.1): 100 points; s = 6 gives X (94, 6), Y (94, 1); split 80 / 14."""
    t, x = series.make_series()
    assert t.shape == x.shape == (100,)
    assert (x - np.sin(t)).std() == pytest.approx(0.1, abs=0.03)  # noise sigma 0.1
    X, Y = series.make_windows(x, 6)
    assert X.shape == (94, 6) and Y.shape == (94, 1)
    np.testing.assert_array_equal(X[3], x[3:9])
    assert Y[3, 0] == x[9]
    (x_train, y_train), (x_test, y_test) = series.split(X, Y)
    assert x_train.shape == (80, 6) and x_test.shape == (14, 6)


def test_same_seed_same_noise_and_other_signals():
    """A seed replays the noise; every signal kind has the series' length."""
    assert np.array_equal(series.make_series(seed=3)[1], series.make_series(seed=3)[1])
    for kind in series.SIGNALS:
        t, x = series.make_series(kind=kind, noise=0.0)
        assert x.shape == t.shape and np.isfinite(x).all()
    with pytest.raises(ValueError, match="window"):
        series.make_windows(np.arange(5.0), 5)


def test_numpy_layer_is_the_course_equation():
    """Each step computes h_t = f(Wx^T x_t + Wy^T h_(t-1) + b), starting from zero."""
    layer = rnn.RnnLayer(3, 2, "sigmoid", seed=1)
    X = np.array([[1, 1], [1, 2], [1, 3], [1, 2], [1, 3]], dtype=float)
    h = np.zeros((3, 1))
    for x in X:
        h = 1 / (1 + np.exp(-(layer.Wx.T @ x.reshape(2, 1) + layer.Wy.T @ h + layer.b)))
    np.testing.assert_allclose(layer.forward(X), h)
    assert layer.forward(X).shape == (3, 1)
    layer.reset()
    step = layer.step(X[0])
    np.testing.assert_allclose(step.previous, 0)
    np.testing.assert_allclose(step.h, 1 / (1 + np.exp(-(step.input_term + layer.b))))
    assert layer.param_count == recurrent_params("SimpleRNN", 3, 2)[0] == 18


def test_course_shapes():
    """The course's cases: (1,5,2) -> (1,3); (32,5,2) -> (32,5,4) + (32,4); LSTM(16) on (32,20,8)."""
    assert recurrent_outputs("SimpleRNN", 1, 5, 2, 3) == [("output", (1, 3))]
    assert recurrent_outputs("SimpleRNN", 32, 5, 2, 4, True, True) == [
        ("output", (32, 5, 4)),
        ("final state", (32, 4)),
    ]
    assert recurrent_outputs("LSTM", 32, 20, 8, 16) == [("output", (32, 16))]
    assert recurrent_outputs("LSTM", 32, 20, 8, 16, True, True) == [
        ("output", (32, 20, 16)),
        ("memory state", (32, 16)),
        ("carry state", (32, 16)),
    ]
    assert recurrent_params("SimpleRNN", 20, 1) == (440, "20*(20 + 1 + 1) = 440")


def test_windowed_series_agree_with_the_course():
    """windowed() gives the course's data in one piece: windows, split, the
    times predictions are drawn at (t + 0.1 * s) and the forecast's times."""
    data = series.windowed()
    assert data.X.shape == (94, 6) and data.Y.shape == (94, 1)
    assert (len(data.x_train), len(data.x_test)) == (80, 14)
    np.testing.assert_allclose(data.prediction_times(), data.t[:94] + 0.6)
    np.testing.assert_allclose(data.future_times(3), [10.0, 10.1, 10.2])
    assert data.target(3) == (pytest.approx(data.t[9]), data.x[9])
    assert data.window_span(0) == pytest.approx((-0.05, 0.55))
    small = series.windowed(stop=1.0, s=6, train=80)
    assert (len(small), small.train) == (4, 3)  # one window is left to test
    with pytest.raises(ValueError, match="greater than"):
        series.windowed(start=5, stop=5)
    with pytest.raises(ValueError, match="window"):
        series.windowed(stop=0.5, s=6)


def test_clipping_scales_to_the_norm():
    """clip_by_norm caps the gradient's norm at clipnorm and leaves a short one alone."""
    g = np.array([3.0, 4.0])
    assert np.linalg.norm(rnn.clip_by_norm(g, 0.01)) == pytest.approx(0.01)
    np.testing.assert_array_equal(rnn.clip_by_norm(g, 10.0), g)
