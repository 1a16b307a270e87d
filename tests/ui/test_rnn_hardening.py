"""The RNN tab's typed inputs, thrown at at random: the series settings, the
NumPy cell's input sequence and weights, and the core functions behind them
(guiapp.core.series, guiapp.core.rnn, guiapp.core.cells) as a notebook calls
them.

Whatever is typed (text, "1e999", "nan", 10**400, window sizes near 2**31, a
step that makes 10**300 points), the answer is a result or a short sentence
naming the value and what is accepted; on a refusal the state stays as it was.
"""

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from guiapp.core import cells, rnn, series
from guiapp.ui.rnn.state import SERIES_FIELDS, RnnState

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(-200, 200),
    st.integers(-(2**64), 2**64),
    st.sampled_from(
        [0, 1, 2, 6, 50, 2**31 - 1, 2**31, -(2**31), 2**63 - 1, 2**63, 10**400]
    ),
    st.sampled_from([0.01, 0.1, 1e-300, 5e-324, 1e308, -1e308]),
)
ANYTHING = st.one_of(
    NUMBERS,
    st.none(),
    st.booleans(),
    st.text(max_size=20),
    st.sampled_from(["1e999", "nan", "inf", "12", "x" * 5000, "sine", np.float64(2.0)]),
    st.lists(st.integers(), max_size=3),
)


def short_sentence(error: BaseException) -> str:
    text = str(error)
    assert text and "\n" not in text and len(text) < 300, text
    return text


# ---- guiapp.core.series


@SETTINGS
@given(
    st.fixed_dictionaries(
        {},
        optional={
            name: ANYTHING
            for name in ("kind", "start", "stop", "step", "noise", "seed", "s", "train")
        },
    )
)
@example({"step": 1e-300})  # was NumPy's "Maximum allowed size exceeded"
@example({"start": -1e308, "stop": 1e308})  # the same, naming nothing
@example({"stop": float("nan")})  # was "arange: cannot compute length"
@example({"s": 2.5})  # was a TypeError from NumPy
@example({"seed": -1})  # was "expected non-negative integer"
@example({"kind": "x" * 5000})  # was the name echoed whole
@example({"noise": float("inf")})  # was a series of inf and -inf
@example({"noise": 7.731911140580778e307})  # overflowed in noise * N(0, 1)
def test_windowed_with_random_arguments(arguments):
    """series.windowed(...) with random arguments: a consistent Windowed, or a
    ValueError of one of series.MESSAGES naming what was wrong."""
    try:
        data = series.windowed(**arguments)
    except ValueError as error:
        short_sentence(error)
        assert error.args[0].template in series.MESSAGES
        return
    assert len(data.t) == len(data.x) <= series.MAX_POINTS
    assert data.X.shape == (len(data.t) - data.s, data.s)
    assert data.Y.shape == (len(data.X), 1)
    assert 1 <= data.train <= max(1, len(data.X) - 1)
    assert np.isfinite(data.t).all() and np.isfinite(data.clean).all()


@SETTINGS
@given(x=st.lists(st.floats(allow_nan=True), max_size=8), s=ANYTHING)
def test_make_windows_with_random_arguments(x, s):
    """make_windows on short or NaN series with random window sizes."""
    try:
        X, Y = series.make_windows(x, s)
    except ValueError as error:
        assert error.args[0].template in series.MESSAGES
        short_sentence(error)
        return
    assert X.shape == (len(x) - int(s), int(s)) and Y.shape == (len(X), 1)


# ---- guiapp.core.rnn and cells


@SETTINGS
@given(
    units=ANYTHING,
    inputs=ANYTHING,
    activation=st.one_of(st.sampled_from([*rnn.ACTIVATIONS, np.tanh]), ANYTHING),
    seed=ANYTHING,
)
@example(units=3, inputs=2, activation="softmax", seed=0)  # was KeyError: 'softmax'
@example(units=2**31, inputs=2, activation="tanh", seed=0)  # was MemoryError
@example(units=float("nan"), inputs=2, activation="tanh", seed=0)
def test_rnn_layer_with_random_arguments(units, inputs, activation, seed):
    """RnnLayer(units, inputs, activation, seed): a layer whose step works, or a
    ValueError/TypeError naming the argument."""
    try:
        layer = rnn.RnnLayer(units, inputs, activation, seed=seed)
    except (ValueError, TypeError) as error:
        short_sentence(error)
        return
    assert (
        1 <= layer.n_units <= rnn.MAX_UNITS and 1 <= layer.input_size <= rnn.MAX_UNITS
    )
    assert layer.step(np.ones(layer.input_size)).h.shape == (layer.n_units, 1)


@SETTINGS
@given(x=st.lists(NUMBERS.filter(lambda v: isinstance(v, float)), max_size=5))
@example(x=[1.7940732237155696e308, 1.794073223715569e308])  # overflowed in matmul
def test_rnn_step_with_random_inputs(x):
    """A step on an input of the wrong size says which size; NaN and inf propagate as
    in NumPy (never an exception)."""
    layer = rnn.RnnLayer(3, 2, "tanh", seed=0)
    try:
        step = layer.step(x)
    except ValueError as error:
        assert len(x) != 2 and "input_size = 2" in short_sentence(error)
        assert layer.t == 0
        return
    assert step.h.shape == (3, 1) and layer.t == 1


@SETTINGS
@given(name=ANYTHING, clipnorm=ANYTHING)
def test_cells_and_clipping_with_random_arguments(name, clipnorm):
    """cells.cell(name) and clip_by_norm(g, clipnorm) with anything."""
    try:
        assert cells.cell(name).name == name
    except ValueError as error:
        assert "choose one of SimpleRNN, LSTM, GRU" in short_sentence(error)
    try:
        clipped = rnn.clip_by_norm(np.array([3.0, 4.0]), clipnorm)
    except (ValueError, TypeError) as error:
        short_sentence(error)
        return
    assert clipped.shape == (2,)


# ---- the tab's document


@pytest.fixture(scope="module")
def state():
    return RnnState()


def snapshot(state: RnnState) -> dict:
    return {
        **{name: getattr(state, name) for name in SERIES_FIELDS},
        "data": state.data,
        "sequence": state.sequence.copy(),
    }


@SETTINGS
@given(field=st.sampled_from(SERIES_FIELDS), value=ANYTHING)
@example(field="window", value=2**31)
@example(field="step", value="1e999")
@example(field="stop", value=10**400)
@example(field="train_windows", value=float("nan"))
def test_series_settings_with_random_values(state, field, value):
    """A series setting set to anything: taken (clamped to its range, the series
    made again or the reason it cannot be said), or refused with the previous
    series and settings kept."""
    before = snapshot(state)
    try:
        setattr(state, field, value)
    except ValueError as error:
        short_sentence(error)
        after = snapshot(state)
        assert after["data"] is before["data"]
        assert all(after[n] == before[n] for n in SERIES_FIELDS)
        return
    data = state.data
    assert data is not None and len(data) >= 1
    if state.series_error:
        assert state.series_error.template in series.MESSAGES
        short_sentence(ValueError(state.series_error))
    else:
        assert (data.kind, data.s) == (state.signal, state.window)
    assert 0 <= state.shown_window < len(data)


TYPED = st.one_of(
    ANYTHING,
    st.sampled_from([1e6, -1e6, 1e6 + 1, 1e300, -0.0, 5e-324]),
)


@SETTINGS
@given(
    row=st.one_of(st.integers(-7, 7), st.sampled_from([2**31, -(2**63)]), ANYTHING),
    column=st.one_of(st.integers(-3, 3), ANYTHING),
    value=TYPED,
)
@example(row=0, column=0, value=1e300)  # was taken: inf and NaN in the next steps
@example(row=-1, column=0, value=2.0)  # was written into the last row
@example(row=0, column=0, value="nan")
def test_sequence_values_typed_at_random(state, row, column, value):
    """A value for a cell of the input sequence: taken when it is a finite number within
    ±10**6 in a cell of the sequence; otherwise refused, the sequence unchanged and
    sequence_error a sentence naming the cell."""
    state.reset_cell()
    before = state.sequence.copy()
    taken = state.set_sequence_value(row, column, value)
    if taken:
        assert state.sequence_error == ""
        assert state.sequence[row, column] == float(value)
        assert abs(float(value)) <= rnn.SEQUENCE_LIMIT
        assert np.isfinite(state.sequence).all()
        assert state.step_cell() is not None
        assert np.isfinite(state.cell_steps[-1].h).all()
    else:
        np.testing.assert_array_equal(state.sequence, before)
        message = state.sequence_error
        assert message.template in rnn.MESSAGES and "x[" in short_sentence(
            ValueError(message)
        )


def test_sequence_refusal_says_what_is_accepted(state):
    """The sentence a student reads for 1e300 typed in x[1, 0]."""
    state.course_cell()
    assert not state.set_sequence_value(1, 0, 1e300)
    assert state.sequence_error == (
        "x[1, 0] must be a number from -1000000 to 1000000, not 1e+300; the cell keeps 1"
    )
    assert state.set_sequence_value(1, 0, -2.5) and state.sequence_error == ""
    assert state.sequence[1, 0] == -2.5


def test_series_error_is_a_translatable_sentence(state):
    """A window longer than the series: the state keeps the series and says why in a
    sentence the tab can translate (was plain English only)."""
    state.reset_settings()
    before = state.data
    with state.batch():
        state.stop = 0.5
        state.window = 20
    assert state.data is before
    assert state.series_error.template in series.MESSAGES
    assert "the window s must be from 1 to 4 for a series of 5 points, not 20" == (
        state.series_error
    )
    state.reset_settings()
    assert state.series_error == ""


def test_cell_page_keeps_the_value_when_the_state_refuses(qtbot):
    """Typing 1e300 into the sequence table: the cell shows the kept value again and
    the cell steps stay finite (was taken, then inf and NaN in the equation)."""
    from guiapp.ui.rnn.cell_page import CellPage

    state = RnnState()
    page = CellPage(state)
    qtbot.addWidget(page)
    for typed in ("1e300", "1e999", "nan", "x" * 1000, "-1e6"):
        page.sequence_table.item(0, 0).setText(typed)
        assert math.isfinite(state.sequence[0, 0])
        assert abs(state.sequence[0, 0]) <= rnn.SEQUENCE_LIMIT
    assert state.sequence[0, 0] == -1e6
    assert page.sequence_table.item(0, 0).text() != "1e300"
    assert state.step_cell() is not None and np.isfinite(state.cell_steps[-1].h).all()
