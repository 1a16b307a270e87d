"""Dilated and transposed convolution (guiapp.core.conv) against SciPy, and
their size formulas (guiapp.core.shapes) against the arrays they describe."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import signal

from guiapp.core import conv, shapes


def dilated(kernel, d):
    """The kernel with D - 1 zeros between its taps (what D means)."""
    f = kernel.shape[0]
    out = np.zeros((d * (f - 1) + 1,) * 2)
    out[::d, ::d] = kernel
    return out


def scipy_dilated(image, kernel, stride, padding, d):
    padded = np.pad(image, padding)
    return signal.correlate2d(padded, dilated(kernel, d), mode="valid")[
        ::stride, ::stride
    ]


def scipy_transposed(image, kernel, stride, padding):
    """The input spread by S, fully convolved with K (the scatter), cropped by P."""
    h, w = image.shape
    spread = np.zeros(((h - 1) * stride + 1, (w - 1) * stride + 1))
    spread[::stride, ::stride] = image
    full = signal.convolve2d(spread, kernel, mode="full")
    return full[padding : full.shape[0] - padding, padding : full.shape[1] - padding]


images = arrays(
    float,
    st.tuples(st.integers(1, 20), st.integers(1, 20)),
    elements=st.floats(-100, 100),
)


@settings(max_examples=200, deadline=None)
@given(
    image=images,
    f=st.integers(1, 5),
    stride=st.integers(1, 4),
    padding=st.integers(0, 3),
    d=st.integers(1, 4),
    seed=st.integers(0, 2**16),
)
def test_dilated_correlation_matches_scipy(image, f, stride, padding, d, seed):
    """Random images, kernels, strides, paddings and dilations: SciPy's result
    with the zeros put between the taps, and the size the formula gives."""
    kernel = np.random.default_rng(seed).integers(-3, 4, (f, f)).astype(float)
    h, w = image.shape
    size = shapes.conv_output_size(h, f, padding, stride, d)
    if int(size // 1) < 1 or shapes.conv_output_size(w, f, padding, stride, d) < 1:
        with pytest.raises(ValueError, match="does not fit"):
            conv.correlate2d(image, kernel, stride, padding, d)
        return
    ours = conv.correlate2d(image, kernel, stride, padding, d)
    np.testing.assert_allclose(
        ours, scipy_dilated(image, kernel, stride, padding, d), atol=1e-11
    )
    assert ours.shape[0] == shapes.explain_conv(h, f, padding, stride, d).size
    assert ours.shape[1] == shapes.explain_conv(w, f, padding, stride, d).size


def test_a_nan_in_a_gap_is_not_seen():
    """The taps of a dilated kernel skip the pixels between them: a NaN there
    changes nothing, even beside a zero weight; a NaN under a tap spreads."""
    image = np.arange(25.0).reshape(5, 5)
    kernel = np.array([[1.0, 0.0], [0.0, 1.0]])
    # stride 2, dilation 2: the taps fall on even rows and columns only
    clean = conv.correlate2d(image, kernel, stride=2, dilation=2)
    holed = image.copy()
    holed[1, 1] = holed[3, 2] = np.nan  # between the taps of every window
    out = conv.correlate2d(holed, kernel, stride=2, dilation=2)
    np.testing.assert_array_equal(out, clean)
    holed[4, 4] = np.nan  # under a tap of the last window only
    out = conv.correlate2d(holed, kernel, stride=2, dilation=2)
    assert np.isnan(out[1, 1]) and not np.isnan(out[[0, 0, 1], [0, 1, 0]]).any()


@pytest.mark.parametrize("d", [1, 2, 3])
def test_window_products_sum_to_the_dilated_output(d):
    rng = np.random.default_rng(d)
    image, kernel = rng.normal(size=(11, 9)), rng.normal(size=(3, 3))
    out = conv.correlate2d(image, kernel, stride=2, padding=2, dilation=d)
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            _, products, total = conv.window_products(image, kernel, i, j, 2, 2, d)
            assert total == pytest.approx(out[i, j], abs=1e-11)
            assert products.shape == (3, 3)


@settings(max_examples=200, deadline=None)
@given(
    image=images,
    f=st.integers(1, 5),
    stride=st.integers(1, 4),
    padding=st.integers(0, 3),
    seed=st.integers(0, 2**16),
)
def test_transposed_convolution_matches_scipy(image, f, stride, padding, seed):
    """The scatter equals SciPy's full convolution of the spread input,
    cropped; its size is (W - 1)*S - 2P + F."""
    kernel = np.random.default_rng(seed).integers(-3, 4, (f, f)).astype(float)
    h, w = image.shape
    out_h = shapes.transposed_output_size(h, f, padding, stride)
    out_w = shapes.transposed_output_size(w, f, padding, stride)
    if out_h < 1 or out_w < 1:
        with pytest.raises(ValueError, match="crops the whole"):
            conv.conv_transpose2d(image, kernel, stride, padding)
        return
    ours = conv.conv_transpose2d(image, kernel, stride, padding)
    assert ours.shape == (out_h, out_w)
    np.testing.assert_allclose(
        ours, scipy_transposed(image, kernel, stride, padding), atol=1e-11
    )


def test_transposed_is_the_adjoint_of_the_strided_correlation():
    """<correlate(x), y> = <x, transpose(y)>: the transposed convolution is the
    transpose of the strided convolution's matrix (hence its name)."""
    rng = np.random.default_rng(7)
    # strides that fit (S divides 13 - F + 2P): otherwise the forward pass
    # ignores the last rows, and the formula gives back a smaller image (what
    # Keras's output_padding is for)
    for f, s, p in [(3, 2, 0), (5, 2, 1), (3, 1, 1), (5, 3, 2)]:
        x = rng.normal(size=(13, 13))
        k = rng.normal(size=(f, f))
        y = rng.normal(size=conv.correlate2d(x, k, s, p).shape)
        back = conv.conv_transpose2d(y, k, s, p)
        assert back.shape == x.shape
        left = np.sum(conv.correlate2d(x, k, s, p) * y)
        right = np.sum(x * back)
        assert left == pytest.approx(right, rel=1e-10)


@pytest.mark.parametrize(
    ("value", "name"),
    [(0, "stride"), (1.5, "stride"), (-1, "padding")],
)
def test_transposed_refuses_wrong_arguments_by_name(value, name):
    kwargs = {"stride": 1, "padding": 0, name: value}
    with pytest.raises((ValueError, TypeError), match=name):
        conv.conv_transpose2d(np.ones((3, 3)), np.ones((2, 2)), **kwargs)


def test_size_formulas_with_the_numbers_put_in():
    assert shapes.explain_conv(28, 3, 0, 1, 2).text == (
        "(28 + 2*0 - 2*(3 - 1) - 1)/1 + 1 = 24"
    )
    assert shapes.explain_conv(10, 3, 0, 2, 2).text == (
        "(10 + 2*0 - 2*(3 - 1) - 1)/2 + 1 = 3.5 -> 3"
    )
    # D = 1 is the course's formula, as it prints it
    assert shapes.explain_conv(28, 3).text == "(28 - 3 + 2*0)/1 + 1 = 26"
    assert shapes.explain_transposed(14, 4, 1, 2).text == "(14 - 1)*2 - 2*1 + 4 = 28"
    assert shapes.explain_keras_transposed(7, 2, 3, "valid").size == 21
    assert shapes.explain_keras_transposed(7, 5, 2, "same").size == 14
    with pytest.raises(ValueError, match="dilation"):
        shapes.conv_output_size(28, 3, d=0)
