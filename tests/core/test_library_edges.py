"""guiapp.core at its edges: NaN and inf, awkward numbers, awkward arrays (issue 10).

Each answer is either the reference's (SciPy's signal.correlate2d, Keras's size
rules) or a ValueError/TypeError whose message names the argument.
"""

import math
import tracemalloc
from fractions import Fraction
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import signal

from guiapp.core import conv, pooling, shapes
from guiapp.core.image import as_real_array, to_grey
from guiapp.core.layers import recurrent_outputs, recurrent_params


def scipy_reference(image, kernel, stride=1, padding=0):
    """Valid cross-correlation of the zero-padded image, then every S-th pixel."""
    full = signal.correlate2d(np.pad(image, padding), kernel, mode="valid")
    return full[:: min(stride, full.shape[0]), :: min(stride, full.shape[1])]


def same_numbers(got, want):
    """Equal shapes, NaN and inf at the same places, finite values close."""
    assert got.shape == want.shape
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    np.testing.assert_array_equal(np.isposinf(got), np.isposinf(want))
    np.testing.assert_array_equal(np.isneginf(got), np.isneginf(want))
    finite = np.isfinite(want)
    np.testing.assert_allclose(got[finite], want[finite], rtol=1e-9, atol=1e-6)


# ---- NaN and infinity propagate as in scipy.signal.correlate2d


def test_nan_under_a_zero_column_propagates_as_in_scipy():
    """A NaN under Sobel's zero column gives NaN, not 0.0 (the column was skipped)."""
    image = np.ones((5, 5))
    image[2, 2] = np.nan
    got = conv.correlate2d(image, conv.SOBEL_X)
    assert np.isnan(got).all()
    same_numbers(got, signal.correlate2d(image, conv.SOBEL_X, mode="valid"))


def test_inf_times_a_zero_weight_is_nan_as_in_scipy():
    """inf under a zero weight is NaN; +inf and -inf products are inf and -inf."""
    image = np.ones((5, 5))
    image[2, 2] = np.inf
    same_numbers(
        conv.correlate2d(image, conv.SOBEL_X),
        signal.correlate2d(image, conv.SOBEL_X, mode="valid"),
    )
    image[2, 3] = -np.inf
    same_numbers(
        conv.correlate2d(image, conv.SOBEL_Y, padding=1),
        scipy_reference(image, conv.SOBEL_Y, padding=1),
    )


def test_convolve2d_and_sobel_propagate_nan():
    """convolve2d equals SciPy's with a NaN; Sobel's gx, gy, magnitude are NaN there."""
    image = np.arange(36.0).reshape(6, 6)
    image[3, 1] = np.nan
    kernel = np.array([[1.0, 0, 2], [0, 0, 0], [3, 0, 4]])
    same_numbers(
        conv.convolve2d(image, kernel), signal.convolve2d(image, kernel, mode="valid")
    )
    gx, gy, magnitude, _ = conv.sobel(image)
    want = np.isnan(signal.correlate2d(image, conv.SOBEL_X, mode="valid"))
    for array in (gx, gy, magnitude):
        np.testing.assert_array_equal(np.isnan(array), want)


def test_finite_values_that_overflow_take_the_careful_path():
    """Finite values whose sum overflows still give SciPy's numbers elsewhere."""
    image = np.ones((4, 4))
    image[0, 0] = image[3, 3] = 1e308
    same_numbers(
        conv.correlate2d(image, np.ones((2, 2))),
        signal.correlate2d(image, np.ones((2, 2)), mode="valid"),
    )


finite_or_not = st.one_of(
    st.floats(-1e6, 1e6),
    st.sampled_from([np.nan, np.inf, -np.inf, 0.0]),
)


@settings(max_examples=150, deadline=None)
@given(
    image=arrays(
        float, st.tuples(st.integers(1, 9), st.integers(1, 9)), elements=finite_or_not
    ),
    kernel=arrays(
        float,
        st.integers(1, 4).map(lambda f: (f, f)),
        elements=st.sampled_from([0.0, 1.0, -1.0, 2.5, -3.0]),
    ),
    stride=st.integers(1, 4),
    padding=st.integers(0, 3),
)
def test_correlate2d_with_nan_and_inf_equals_scipy(image, kernel, stride, padding):
    """Random NaN, inf and zero weights: NaN and inf exactly where SciPy has them."""
    f = kernel.shape[0]
    if min(image.shape) + 2 * padding < f:
        return
    same_numbers(
        conv.correlate2d(image, kernel, stride, padding),
        scipy_reference(image, kernel, stride, padding),
    )


def test_pooling_propagates_nan_and_survives_overflow():
    """NaN reaches each window that holds it; 1e308 averages to 1e308, not inf."""
    image = np.arange(16.0).reshape(4, 4)
    image[0, 0] = np.nan
    for mode in pooling.MODES:
        got = pooling.pool2d(image, 2, mode=mode)
        assert np.isnan(got[0, 0]) and np.isfinite(got.ravel()[1:]).all(), mode
    huge = np.full((2, 2), 1e308)
    assert pooling.pool2d(huge, 2, mode="avg").tolist() == [[1e308]]
    assert pooling.pool2d(huge / 4, 2, mode="l2")[0, 0] == pytest.approx(5e307)


# ---- whole numbers: 2.0 is accepted, 2.5, True, None are refused by name


@pytest.mark.parametrize("stride", [2, 2.0, np.int64(2), np.float32(2), np.uint8(2)])
def test_integral_floats_and_numpy_integers_are_accepted(stride):
    """stride 2.0, np.int64(2), np.float32(2) give the same result as 2."""
    image = np.arange(49.0).reshape(7, 7)
    want = conv.correlate2d(image, np.ones((3, 3)), 2, 1)
    np.testing.assert_array_equal(
        conv.correlate2d(image, np.ones((3, 3)), stride, float(1)), want
    )
    np.testing.assert_array_equal(
        pooling.pool2d(image, float(stride), stride),
        pooling.pool2d(image, 2, 2),
    )
    assert shapes.conv_output_size(7.0, 3.0, 1.0, stride) == 4
    assert shapes.explain_pool(7, stride).size == 3


BAD_NUMBERS = [
    (2.5, ValueError),
    (True, TypeError),
    (np.bool_(True), TypeError),
    (None, TypeError),
    ("2", TypeError),
    (float("inf"), ValueError),
    (float("nan"), ValueError),
    (1 + 0j, TypeError),
    ([2], TypeError),
    (2**63, ValueError),
]


@pytest.mark.parametrize(("value", "error"), BAD_NUMBERS)
def test_awkward_numbers_are_refused_naming_the_argument(value, error):
    """Each call names its argument, what was given and what is accepted."""
    image = np.ones((6, 6))
    kernel = np.ones((3, 3))
    calls = {
        "stride": lambda: conv.correlate2d(image, kernel, stride=value),
        "padding": lambda: conv.correlate2d(image, kernel, padding=value),
        "size": lambda: pooling.pool2d(image, value),
        "stride ": lambda: pooling.pool2d(image, 2, value),
        "w (": lambda: shapes.conv_output_size(value, 3),
        "f (": lambda: shapes.explain_conv(28, value),
        "p (": lambda: shapes.explain_conv(28, 3, value),
        "s (": lambda: shapes.explain_pool(28, 2, value),
        "units": lambda: recurrent_params("GRU", value, 3),
    }
    if value is None:  # Keras's strides=None: the window size
        del calls["stride "], calls["s ("]
    for name, call in calls.items():
        with pytest.raises(error) as refused:
            call()
        message = str(refused.value)
        assert message.startswith(name.strip()), message
        assert "whole number" in message or "at most 2**63 - 1" in message
        assert repr(value)[:20] in message, message


def test_out_of_range_sizes_are_refused():
    """conv_output_size(5, 0) and a negative padding no longer give a number."""
    with pytest.raises(ValueError, match=r"^f \(the kernel size F\).*not 0"):
        shapes.conv_output_size(5, 0)
    with pytest.raises(ValueError, match=r"^p \(the padding P\).*>= 0.*not -1"):
        shapes.conv_output_size(5, 3, -1)
    with pytest.raises(ValueError, match=r"^s \(the stride S\)"):
        shapes.conv_output_size(5, 3, 0, 0)
    with pytest.raises(ValueError, match=r"^w \(the input size W\)"):
        shapes.explain_conv(0, 1)
    with pytest.raises(ValueError, match=r"^w \(the input size W\)"):
        shapes.explain_same(-4, 2)
    with pytest.raises(ValueError, match=r"^f \(the window size F\)"):
        shapes.pool_output_size(5, -2)
    with pytest.raises(ValueError, match=r"^padding \(P\)"):
        conv.correlate2d(np.ones((5, 5)), np.ones((3, 3)), padding=-1)
    # a kernel larger than the input is a size below 1, explained, not refused
    assert not shapes.explain_conv(2, 5).valid
    assert isinstance(shapes.conv_output_size(300, 3, 0, 2), float)


def test_sizes_near_2_63_are_exact():
    """Integer arithmetic: no float rounding of a size near 2**63."""
    largest = 2**63 - 1
    assert shapes.conv_output_size(largest, 2) == largest - 1
    assert shapes.explain_conv(largest, 2, 0, 3).size == (largest - 2) // 3 + 1
    assert shapes.pool_output_size(2**63 - 1, 1, 1) == 2**63 - 1
    assert shapes.explain_same(2**63 - 1, 2).size == 2**62


def test_huge_padding_is_refused_before_allocating():
    """Padding 10**5 or 2**62 raises at once, allocating almost nothing."""
    tracemalloc.start()
    try:
        for padding in (10**5, 2**62, 2**63 - 1):
            with pytest.raises(ValueError, match="MAX_ELEMENTS"):
                conv.correlate2d(np.ones((3, 3)), np.ones((1, 1)), padding=padding)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 2**20
    # a huge stride is fine: only the first window is kept
    out = conv.correlate2d(np.ones((3, 3)), np.ones((1, 1)), stride=2**63 - 1)
    assert out.tolist() == [[1.0]]
    assert pooling.pool2d(np.ones((3, 3)), 1, 2**63 - 1).tolist() == [[1.0]]


# ---- arrays that are not grey images of real numbers


@pytest.mark.parametrize(
    ("image", "error", "words"),
    [
        (np.ones((4, 4)) * (1 + 1j), TypeError, "complex"),
        (np.ones((4, 4), bool), TypeError, "booleans"),
        (np.array([["a", "b"], ["c", "d"]]), TypeError, "strings"),
        (np.array([[1, None], [2, 3]], dtype=object), TypeError, "objects"),
        ([[1, 2, 3], [4, 5]], TypeError, "not a rectangular array"),
        (np.zeros((0, 5)), ValueError, r"empty \(shape \(0, 5\)\)"),
        (np.ones(5), ValueError, r"shape \(5,\)"),
        (np.ones((1, 4, 4, 1)), ValueError, r"shape \(1, 4, 4, 1\)"),
        (np.float64(3), ValueError, r"shape \(\)"),
    ],
)
def test_awkward_images_are_refused_with_a_clear_message(image, error, words):
    """Complex, bool, string, object, ragged, empty, 1-D and 4-D images are named."""
    for call in (
        lambda: conv.correlate2d(image, [[1]]),
        lambda: conv.sobel(image),
        lambda: pooling.pool2d(image, 1),
    ):
        with pytest.raises(error, match=words):
            call()


def test_complex_kernel_and_grey_conversion_are_refused():
    """A complex kernel or colour photo is refused, not cut to its real part."""
    with pytest.raises(TypeError, match="kernel holds complex"):
        conv.correlate2d(np.ones((3, 3)), np.ones((2, 2)) * 1j)
    with pytest.raises(TypeError, match="complex"):
        to_grey(np.ones((2, 2, 3)) * 1j)
    with pytest.raises(ValueError, match=r"\(0, 0, 3\)"):
        to_grey(np.zeros((0, 0, 3)))
    assert as_real_array(np.ones(2, np.uint8)).dtype == np.float64


# ---- pooling strides follow Keras: None (the default) means pool_size


def test_pool_stride_defaults_to_the_window_as_in_keras():
    """pool2d, pool_output_size and explain_pool take S = F when S is left out or None."""
    image = np.arange(81.0).reshape(9, 9)
    np.testing.assert_array_equal(pooling.pool2d(image, 3), pooling.pool2d(image, 3, 3))
    np.testing.assert_array_equal(
        pooling.pool2d(image, 3, None), pooling.pool2d(image, 3, 3)
    )
    assert shapes.pool_output_size(9, 3) == shapes.pool_output_size(9, 3, None) == 3
    assert shapes.explain_pool(9, 3, None).text == "(9 - 3)/3 + 1 = 3"


# ---- GRU with reset_after=False


@pytest.mark.parametrize(("units", "inputs"), [(1, 1), (4, 2), (16, 8)])
def test_gru_parameters_with_and_without_reset_after(units, inputs):
    """reset_after=True: 3*(n*(m+n) + 2n); False: 3*(n*(m+n) + n) (one bias a gate)."""
    n, m = units, inputs
    assert recurrent_params("GRU", n, m)[0] == 3 * (n * (m + n) + 2 * n)
    count, formula = recurrent_params("GRU", n, m, reset_after=False)
    assert count == 3 * (n * (m + n) + n)
    assert formula == f"3*{n}*({n} + {m} + 1) = {count}"
    assert recurrent_params("LSTM", n, m, reset_after=False) == recurrent_params(
        "LSTM", n, m
    )
    assert recurrent_outputs("GRU", 2, 5, m, n, True, True, reset_after=False) == [
        ("output", (2, 5, n)),
        ("final state", (2, n)),
    ]
    with pytest.raises(TypeError, match="reset_after"):
        recurrent_params("GRU", n, m, reset_after="no")
    with pytest.raises(ValueError, match="unknown recurrent layer 'Transformer'"):
        recurrent_outputs("Transformer", 1, 1, 1, 1)


# ---- property tests: random and extreme values


def _whole(value, low):
    """What a valid argument stands for (an int), or None if it must be refused."""
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)):
        number = int(value)
    elif isinstance(value, (float, np.floating)):
        if not math.isfinite(value) or not float(value).is_integer():
            return None
        number = int(value)
    else:
        return None
    return number if low <= number <= 2**63 - 1 else None


EXTREME_INTS = [
    0,
    1,
    2,
    -1,
    2**31 - 1,
    2**31,
    -(2**31),
    2**32,
    2**53 + 1,
    2**63 - 1,
    2**63,
    -(2**63),
    2**64,
    10**30,
]
extreme = st.one_of(
    st.integers(-3, 12),
    st.sampled_from(EXTREME_INTS),
    st.integers(-(2**70), 2**70),
    st.sampled_from(EXTREME_INTS).map(float),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-3, 12).map(float),
    st.integers(-(2**62), 2**62).map(np.int64),
    st.integers(0, 255).map(np.uint8),
    st.booleans(),
    st.none(),
    st.text(max_size=3),
    st.text(min_size=200, max_size=400),
    st.just(1 + 1j),
    st.just([2]),
)
NAMES = {"w": "w (", "f": "f (", "p": "p (", "s": "s ("}


def _refused_by_name(call, name):
    with pytest.raises((ValueError, TypeError)) as refused:
        call()
    message = str(refused.value)
    assert message.startswith(name), message
    assert len(message) < 300, "a long value is not echoed whole"


@settings(max_examples=400, deadline=None)
@given(w=extreme, f=extreme, p=extreme, s=extreme)
def test_conv_output_size_property(w, f, p, s):
    """Any W, F, P, S: the exact formula (int if whole, float else) and Keras's
    floor, or a refusal naming the first bad argument."""
    values = {"w": (w, 1), "f": (f, 1), "p": (p, 0), "s": (s, 1)}
    wholes = {key: _whole(value, low) for key, (value, low) in values.items()}
    bad = [key for key, number in wholes.items() if number is None]
    if bad:
        _refused_by_name(lambda: shapes.conv_output_size(w, f, p, s), NAMES[bad[0]])
        _refused_by_name(lambda: shapes.explain_conv(w, f, p, s), NAMES[bad[0]])
        return
    W, F, P, S = wholes["w"], wholes["f"], wholes["p"], wholes["s"]
    exact = Fraction(W - F + 2 * P, S) + 1
    got = shapes.conv_output_size(w, f, p, s)
    if exact.denominator == 1:
        assert type(got) is int and got == exact
    else:
        assert type(got) is float and got == float(exact)
    explained = shapes.explain_conv(w, f, p, s)
    assert explained.size == (W - F + 2 * P) // S + 1  # Keras's "valid" rule


@settings(max_examples=300, deadline=None)
@given(w=extreme, f=extreme, s=st.one_of(st.none(), extreme))
def test_pool_output_size_property(w, f, s):
    """Any W, F, S (None meaning F): the formula and Keras's floor, or a refusal."""
    values = {"w": (w, 1), "f": (f, 1)}
    wholes = {key: _whole(value, low) for key, (value, low) in values.items()}
    wholes["s"] = wholes["f"] if s is None else _whole(s, 1)
    bad = [key for key, number in wholes.items() if number is None]
    if bad:
        _refused_by_name(lambda: shapes.pool_output_size(w, f, s), NAMES[bad[0]])
        _refused_by_name(lambda: shapes.explain_pool(w, f, s), NAMES[bad[0]])
        return
    W, F, S = wholes["w"], wholes["f"], wholes["s"]
    exact = Fraction(W - F, S) + 1
    got = shapes.pool_output_size(w, f, s)
    assert got == (int(exact) if exact.denominator == 1 else float(exact))
    assert shapes.explain_pool(w, f, s).size == (W - F) // S + 1


images = st.one_of(
    arrays(
        st.sampled_from([np.float64, np.float32, np.int64, np.uint8]),
        st.tuples(st.integers(1, 8), st.integers(1, 8)),
        elements=st.integers(0, 100),
    ),
    arrays(
        np.float64,
        st.tuples(st.integers(1, 8), st.integers(1, 8)),
        elements=finite_or_not,
    ),
    st.sampled_from(
        [
            np.ones((3, 3), bool),
            np.ones((3, 3), complex),
            np.array([["1"]]),
            np.ones(3),
            np.ones((2, 2, 2)),
            np.zeros((0, 3)),
            [[1, None]],
        ]
    ),
)


def _good_image(image):
    array = np.asarray(image)
    return array.dtype.kind in "iuf" and array.ndim == 2 and array.size > 0


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(image=images, f=st.integers(1, 4), stride=extreme, padding=extreme)
def test_correlate2d_property(image, f, stride, padding):
    """Any image, stride, padding: SciPy's numbers or a refusal naming the argument;
    never another exception, never an allocation over MAX_ELEMENTS."""
    kernel = np.arange(f * f, dtype=float).reshape(f, f) - 2
    with mock.patch.object(conv, "MAX_ELEMENTS", 10**5):
        if not _good_image(image):
            with pytest.raises((ValueError, TypeError), match="image"):
                conv.correlate2d(image, kernel, stride, padding)
            return
        S, P = _whole(stride, 1), _whole(padding, 0)
        if S is None:
            _refused_by_name(
                lambda: conv.correlate2d(image, kernel, stride, padding), "stride"
            )
            return
        if P is None:
            _refused_by_name(
                lambda: conv.correlate2d(image, kernel, stride, padding), "padding"
            )
            return
        h, w = np.shape(image)
        if min(h, w) + 2 * P < f:
            with pytest.raises(ValueError, match="does not fit"):
                conv.correlate2d(image, kernel, stride, padding)
            return
        if P and (h + 2 * P) * (w + 2 * P) > 10**5:
            with pytest.raises(ValueError, match="MAX_ELEMENTS"):
                conv.correlate2d(image, kernel, stride, padding)
            return
        got = conv.correlate2d(image, kernel, stride, padding)
    same_numbers(got, scipy_reference(np.asarray(image, float), kernel, S, P))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    image=images,
    size=extreme,
    stride=st.one_of(st.none(), extreme),
    mode=st.one_of(st.sampled_from(pooling.MODES), st.just("median"), st.none()),
)
def test_pool2d_property(image, size, stride, mode):
    """Any image, size, stride (None meaning size), mode: Keras's output shape and
    the window loop's numbers, or a refusal naming the argument."""
    if not _good_image(image):
        with pytest.raises((ValueError, TypeError), match="image"):
            pooling.pool2d(image, size, stride, mode)
        return
    if mode not in pooling.MODES:
        with pytest.raises(ValueError, match="mode"):
            pooling.pool2d(image, size, stride, mode)
        return
    F = _whole(size, 1)
    if F is None:
        _refused_by_name(lambda: pooling.pool2d(image, size, stride, mode), "size")
        return
    S = F if stride is None else _whole(stride, 1)
    if S is None:
        _refused_by_name(lambda: pooling.pool2d(image, size, stride, mode), "stride")
        return
    array = np.asarray(image, float)
    h, w = array.shape
    if F > min(h, w):
        _refused_by_name(lambda: pooling.pool2d(image, size, stride, mode), "size")
        return
    got = pooling.pool2d(image, size, stride, mode)
    out_h, out_w = (h - F) // S + 1, (w - F) // S + 1  # Keras's "valid" rule
    weights = pooling.distance_weights(F)
    summary = {
        "max": np.max,
        "avg": np.mean,
        "l2": lambda x: np.sqrt(np.sum(x * x)),
        "weighted": lambda x: np.sum(x * weights),
    }[mode]
    with np.errstate(invalid="ignore"):
        want = np.array(
            [
                [
                    summary(array[i * S : i * S + F, j * S : j * S + F])
                    for j in range(out_w)
                ]
                for i in range(out_h)
            ]
        )
    same_numbers(got, want)


# ---- against Keras itself (small: shapes and counts, no training)


@pytest.mark.slow
@settings(max_examples=30, deadline=None)
@given(
    h=st.integers(1, 40),
    w=st.integers(1, 40),
    f=st.integers(1, 6),
    s=st.one_of(st.none(), st.integers(1, 5)),
)
def test_pool_sizes_match_keras(h, w, f, s):
    """MaxPooling2D(pool_size=F, strides=S or None) has explain_pool's output size."""
    import keras

    if f > min(h, w):
        return
    layer = keras.layers.MaxPooling2D(pool_size=f, strides=s)
    _, out_h, out_w, _ = layer.compute_output_shape((1, h, w, 1))
    assert (out_h, out_w) == (
        shapes.explain_pool(h, f, s).size,
        shapes.explain_pool(w, f, s).size,
    )
    assert pooling.pool2d(np.zeros((h, w)), f, s).shape == (out_h, out_w)


@pytest.mark.slow
@pytest.mark.parametrize("reset_after", [True, False])
@pytest.mark.parametrize(("units", "inputs"), [(1, 1), (4, 2), (7, 3)])
def test_gru_count_matches_keras(units, inputs, reset_after):
    """recurrent_params('GRU', ..., reset_after) equals Keras's count_params()."""
    import keras

    layer = keras.layers.GRU(units, reset_after=reset_after)
    layer.build((None, 5, inputs))
    assert (
        layer.count_params()
        == recurrent_params("GRU", units, inputs, reset_after=reset_after)[0]
    )
