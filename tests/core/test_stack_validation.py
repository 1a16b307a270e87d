"""validate_stack at the boundary: every value a file or a notebook can hold is
accepted within the registry's ranges (which the editor's widgets use) or
refused with a short sentence naming the layer, the field, what was found and
what is accepted; nothing is clamped, nothing raises anything but StackError."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp.core.layer_types import (
    ECHO_LIMIT,
    INT_LIMIT,
    Field,
    StackError,
    echo,
    layer_type,
    layer_types,
    shorten,
)
from guiapp.core.layers import INPUT_LIMIT, MAX_LAYERS, summarize, validate_stack

#: a refusal's sentence stays short whatever it echoes
MESSAGE_LIMIT = 260

NUMERIC = [
    (declared.name, field)
    for declared in layer_types()
    for field in declared.fields
    if field.kind in ("int", "float", "padding")
]


def refusal(input_shape, layers) -> str:
    with pytest.raises(StackError) as caught:
        validate_stack(input_shape, layers)
    message = str(caught.value.args[0])
    assert len(message) < MESSAGE_LIMIT, message
    return message


def test_ten_billion_filters_are_refused_with_the_limit():
    """ "filters": 10**10 (it killed the app in a spin box) is refused, naming the
    layer, the field, the value and the accepted range."""
    message = refusal((28, 28, 1), [{"type": "Conv2D", "filters": 10**10}])
    assert message.startswith("layer 1, Conv2D: 'filters'")
    assert "10000000000" in message and "<= 4096" in message


@pytest.mark.parametrize(
    "name, field", NUMERIC, ids=[f"{n}.{f.name}" for n, f in NUMERIC]
)
def test_each_field_accepts_its_top_and_refuses_above(name, field):
    """A field's highest value passes (and its editor holds it); one above is
    refused with a sentence, never clamped."""
    low, high = field.limits()
    assert high <= INT_LIMIT  # a QSpinBox holds it
    top = high if field.kind != "float" else high
    (_, [layer]) = validate_stack((64, 64, 3), [{"type": name, field.name: top}])
    assert layer[field.name] == top
    above = high + 1 if field.kind != "float" else math.nextafter(high, math.inf)
    message = refusal((64, 64, 3), [{"type": name, field.name: above}])
    assert f"'{field.name}'" in message and name in message
    assert "layer 1" in message


def test_chosen_limits():
    """The limits chosen for the course: filters 4096, kernel and windows 64,
    strides 64, padding 64, units 100 000, dropout < 1, input 4096."""
    limits = {
        (declared.name, field.name): field.limits()[1]
        for declared in layer_types()
        for field in declared.fields
        if field.kind != "choice"
    }
    assert limits[("Conv2D", "filters")] == 4096
    assert limits[("Conv2D", "kernel_size")] == 64
    assert limits[("Conv2D", "padding")] == 64
    assert limits[("MaxPooling2D", "pool_size")] == 64
    assert limits[("Dense", "units")] == 100000
    assert limits[("Dropout", "rate")] == 0.99
    assert INPUT_LIMIT == 4096
    assert validate_stack((4096, 4096, 4096), [])[0] == (4096, 4096, 4096)


@pytest.mark.parametrize(
    "shape",
    [
        (28, 28, 1e999),
        (28, 28, float("nan")),
        (28, 28.5, 1),
        (28.0, 28, 1),
        ("28", 28, 1),
        (True, 28, 1),
        (28, 28),
        (28, 28, 1, 1),
        (28, 28, 5000),
        (28, 28, 0),
        (28, 28, 2**63),
        "282",
        None,
        7,
        {"h": 28},
        ["x" * 10000, 1, 1],
    ],
)
def test_awkward_input_shapes_are_refused_with_a_sentence(shape):
    """1e999 (OverflowError before), NaN, floats, text, bools, too many or too
    large numbers: a StackError naming the input and what it accepts."""
    message = refusal(shape, [])
    assert message.startswith("the input shape must be three whole numbers")
    assert "<= 4096" in message


def test_numpy_numbers_are_accepted_as_python_numbers():
    """NumPy ints (a notebook's) are whole numbers; the stack keeps Python ints."""
    shape, [layer] = validate_stack(
        np.array([28, 28, 1]),
        [{"type": "Conv2D", "filters": np.int64(8), "padding": np.int32(1)}],
    )
    assert shape == (28, 28, 1) and type(shape[0]) is int
    assert type(layer["filters"]) is int and type(layer["padding"]) is int


@pytest.mark.parametrize(
    "layer, words",
    [
        ({"type": "Conv2D", "filters": True}, ["'filters'", "True"]),
        ({"type": "Conv2D", "filters": 32.0}, ["'filters'", "32.0"]),
        ({"type": "Conv2D", "filters": float("inf")}, ["'filters'", "inf"]),
        ({"type": "Conv2D", "padding": [1]}, ["'padding'", "'same'", "[1]"]),
        ({"type": "Conv2D", "padding": True}, ["'padding'", "True"]),
        ({"type": "Conv2D", "padding": 65}, ["'padding'", "<= 64"]),
        ({"type": "Dense", "activation": ["relu"]}, ["'activation'", "'relu'"]),
        ({"type": "Dense", "activation": 1}, ["'activation'", "'softmax'"]),
        ({"type": "Dropout", "rate": float("nan")}, ["'rate'", "nan"]),
        ({"type": "Dropout", "rate": 0.995}, ["'rate'", "<= 0.99"]),
        ({"type": "Dropout", "rate": False}, ["'rate'", "False"]),
        ({"type": "Dense", "units": 2**63}, ["'units'", "9223372036854775808"]),
    ],
)
def test_wrong_kinds_of_values_are_named(layer, words):
    """Bools, floats, lists, NaN and infinity where whole numbers or names are
    expected: each refusal names the field, the value and what is accepted."""
    message = refusal((28, 28, 1), [layer])
    for word in words:
        assert word in message, message


@pytest.mark.parametrize(
    "layers, words",
    [
        ([{"filters": 8}], ['no "type"', "Conv2D, MaxPooling2D"]),
        ([{"type": "Conv3D"}], ["unknown layer type 'Conv3D'", "Dense"]),
        ([{"type": None}], ["unknown layer type None"]),
        ([{"type": ["Conv2D"]}], ["unknown layer type ['Conv2D']"]),
        (["Conv2D"], ["layer 1", "'Conv2D'"]),
        ([{"type": "Flatten"}, 3], ["layer 2", "not 3"]),
        ([{"type": "Flatten"}] * (MAX_LAYERS + 1), ["at most 1000 layers"]),
    ],
)
def test_malformed_layers_are_named(layers, words):
    """A layer without a type, an unknown or non-text type, a layer that is not
    an object, too many layers: each sentence says which and what is accepted."""
    message = refusal((28, 28, 1), layers)
    for word in words:
        assert word in message, message


def test_a_huge_value_is_echoed_short():
    """A million-character string (or a deep list) is echoed in 20 characters
    and "…", so the message stays a sentence."""
    for value in ("9" * 10**6, [[[[[[1]]]]]] * 1000, {"k" * 1000: 1}):
        message = refusal((28, 28, 1), [{"type": "Dense", "units": value}])
        assert "…" in message or "..." in message
    assert shorten("1" * 1000) == "1" * ECHO_LIMIT + "…"
    assert shorten("a\nb\tc") == "a b c"
    assert len(echo(10**5000)) <= ECHO_LIMIT + 1  # repr itself would raise


def test_a_field_without_high_stops_where_a_spin_box_does():
    """A registered int field that gives no high accepts up to 2**31 - 1: the
    editor's spin box can show every value the checks accept."""
    field = Field("size", 1, "int", "Size:")
    assert field.limits() == (1, INT_LIMIT)
    assert field.check(INT_LIMIT, "Custom", 1) == INT_LIMIT
    with pytest.raises(StackError, match="<= 2147483647"):
        field.check(INT_LIMIT + 1, "Custom", 1)
    assert Field("x", 0.0, "float", "X:").limits() == (-1e9, 1e9)


# ---- property: random layers either pass within the limits or are refused

_numbers = st.one_of(
    st.integers(min_value=-(2**64), max_value=2**64),
    st.sampled_from([2**31 - 1, 2**31, 2**63 - 1, 2**63, -(2**31), 0, 1, 4096]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.text(max_size=50),
    st.lists(st.integers(), max_size=3),
)
_layers = st.fixed_dictionaries(
    {"type": st.sampled_from([t.name for t in layer_types()] + ["Conv3D", ""])},
    optional={
        key: _numbers
        for key in (
            "filters",
            "kernel_size",
            "strides",
            "padding",
            "units",
            "rate",
            "pool_size",
            "activation",
        )
    },
)


@settings(max_examples=300, deadline=None)
@given(
    shape=st.lists(_numbers, min_size=0, max_size=4),
    layers=st.lists(_layers, max_size=4),
)
def test_random_stacks_pass_within_limits_or_are_refused(shape, layers):
    """Any stack of random values: StackError with a short sentence, or a stack
    whose every value lies in its field's range (so summarize works too)."""
    try:
        checked_shape, checked = validate_stack(shape, layers)
    except StackError as error:
        assert len(str(error.args[0])) < MESSAGE_LIMIT
        return
    assert all(1 <= v <= INPUT_LIMIT for v in checked_shape)
    for layer in checked:
        for field in layer_type(layer["type"]).fields:
            value = layer[field.name]
            low, high = field.limits()
            if field.kind in ("int", "float"):
                assert low <= value <= high and not isinstance(value, bool)
            elif field.kind == "padding" and not isinstance(value, str):
                assert 0 <= value <= high
    summarize(checked_shape, checked)


@pytest.mark.parametrize("kind", ["MaxPooling2D", "AveragePooling2D"])
@pytest.mark.parametrize("strides", [{}, {"strides": None}])
def test_pooling_strides_default_to_the_pool_size_as_in_keras(kind, strides):
    """A pooling layer without strides (or strides None) slides by its pool
    size, as Keras's does: 3x3 pooling on 27x27 gives 9x9, not 13x13."""
    from guiapp.core.layers import summarize, validate_stack

    _, layers = validate_stack((27, 27, 1), [{"type": kind, "pool_size": 3, **strides}])
    assert layers[0]["strides"] == 3
    assert summarize((27, 27, 1), layers)[-1].shape == (9, 9, 1)
