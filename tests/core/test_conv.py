"""guiapp.core.conv against SciPy, the course's loop, and the course's figures."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import ndimage, signal

from guiapp.core import conv, kernels
from guiapp.core.image import to_grey
from guiapp.images import load_image
from guiapp.resources import sample_path


def scipy_reference(image, kernel, stride, padding):
    """Valid cross-correlation of the zero-padded image, then every S-th pixel."""
    padded = np.pad(image, padding)
    full = signal.correlate2d(padded, kernel, mode="valid")
    return full[::stride, ::stride]


@settings(max_examples=150, deadline=None)
@given(
    image=arrays(
        float,
        st.tuples(st.integers(1, 24), st.integers(1, 24)),
        elements=st.floats(-100, 100),
    ),
    f=st.integers(1, 7),
    stride=st.integers(1, 4),
    padding=st.integers(0, 3),
    seed=st.integers(0, 2**16),
)
def test_correlate2d_matches_scipy(image, f, stride, padding, seed):
    """For random images, kernels, strides and paddings, the result equals SciPy's."""
    kernel = np.random.default_rng(seed).integers(-3, 4, (f, f)).astype(float)
    h, w = image.shape
    if h + 2 * padding < f or w + 2 * padding < f:
        with pytest.raises(ValueError, match="does not fit"):
            conv.correlate2d(image, kernel, stride, padding)
        return
    got = conv.correlate2d(image, kernel, stride, padding)
    want = scipy_reference(image, kernel, stride, padding)
    assert (
        got.shape
        == want.shape
        == (
            (h - f + 2 * padding) // stride + 1,
            (w - f + 2 * padding) // stride + 1,
        )
    )
    np.testing.assert_allclose(got, want, atol=1e-9)


def test_correlate2d_same_as_ndimage_inside():
    """Away from the border, correlate2d equals scipy.ndimage.correlate (the benchmark's reference)."""
    rng = np.random.default_rng(1)
    image = rng.random((40, 50))
    kernel = rng.standard_normal((5, 5))
    np.testing.assert_allclose(
        conv.correlate2d(image, kernel), ndimage.correlate(image, kernel)[2:-2, 2:-2]
    )


def test_convolve2d_flips_the_kernel():
    """True convolution equals SciPy's convolve2d and differs from correlation for an asymmetric kernel."""
    rng = np.random.default_rng(2)
    image = rng.random((12, 15))
    kernel = kernels.preset("course_b")
    flipped = conv.convolve2d(image, kernel)
    np.testing.assert_allclose(flipped, signal.convolve2d(image, kernel, mode="valid"))
    assert not np.allclose(flipped, conv.correlate2d(image, kernel))


def test_course_loop_agrees_with_vectorised():
    """The (corrected) course double loop and correlate2d give the same 166x298 result."""
    grey = to_grey(load_image(sample_path("chelsea")))
    kernel = kernels.preset("course_a")
    loop = conv.course_double_loop(grey, kernel)
    assert loop.shape == (166, 298)
    np.testing.assert_allclose(loop, conv.correlate2d(grey, kernel))


def test_course_photo_figures():
    """The bundled sample has the course photo's dtype and shape: uint8 (168, 300, 3)."""
    image = load_image(sample_path("chelsea"))
    assert image.dtype == np.uint8 and image.shape == (168, 300, 3)
    assert to_grey(image).shape == (168, 300)


def test_window_products_sum_is_the_output_pixel():
    """The products shown for a hovered pixel sum to that output pixel, padding included."""
    rng = np.random.default_rng(3)
    image = rng.random((9, 11))
    kernel = rng.standard_normal((3, 3))
    out = conv.correlate2d(image, kernel, stride=2, padding=1)
    for i, j in [(0, 0), (2, 3), (out.shape[0] - 1, out.shape[1] - 1)]:
        patch, products, total = conv.window_products(image, kernel, i, j, 2, 1)
        assert total == pytest.approx(out[i, j])
        np.testing.assert_allclose(products, patch * kernel)
    patch, _, _ = conv.window_products(image, kernel, 0, 0, 2, 1)
    assert patch[0].tolist() == [0, 0, 0]  # the top row is padding


def test_sobel_on_a_vertical_edge():
    """Sobel finds a vertical edge in gx only, with direction 0 and magnitude |gx|."""
    image = np.zeros((6, 8))
    image[:, 4:] = 10
    gx, gy, magnitude, direction = conv.sobel(image)
    assert gx.shape == (4, 6)
    assert np.all(gy == 0)
    assert gx[:, 2].tolist() == [40.0] * 4 and gx[:, 0].tolist() == [0.0] * 4
    np.testing.assert_allclose(magnitude, np.abs(gx))
    assert np.all(direction[:, 2:4] == 0)


def test_bad_kernels_and_geometry_are_refused():
    """Non-square kernels, NaN weights, stride 0 and kernels larger than the image raise clear errors."""
    image = np.ones((5, 5))
    with pytest.raises(ValueError, match="square"):
        conv.correlate2d(image, np.ones((2, 3)))
    with pytest.raises(ValueError, match="finite"):
        conv.correlate2d(image, [[np.nan]])
    with pytest.raises(ValueError, match="stride"):
        conv.correlate2d(image, np.ones((3, 3)), stride=0)
    with pytest.raises(ValueError, match="does not fit"):
        conv.correlate2d(image, np.ones((7, 7)))
    with pytest.raises(ValueError, match="2-D"):
        conv.correlate2d(np.ones((4, 4, 3)), np.ones((3, 3)))


def test_course_kernels_as_printed():
    """Kernels A, B and C are the course's, and Sobel y is the transpose of Sobel x."""
    assert kernels.preset("course_a").tolist() == [[-1, -2, -1], [-2, 0, 2], [1, 2, 1]]
    assert kernels.preset("course_b").tolist() == [[-1, 0, 1], [-2, 0, 2], [-1, 0, 0]]
    c = kernels.preset("course_c")
    assert c[0].tolist() == c[4].tolist() == [-1, -1, -1, 0, 0]
    assert all(c[r].tolist() == [-1, 0, 0, 0, 0] for r in (1, 2, 3))
    np.testing.assert_array_equal(
        kernels.preset("sobel_y"), kernels.preset("sobel_x").T
    )
    for name in kernels.PRESETS:
        k = kernels.preset(name, 5)
        assert k.shape[0] == k.shape[1] and k.shape[0] % 2 == 1, name
