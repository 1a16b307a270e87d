"""A drawn digit is made into an MNIST digit as the dataset's digits were."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp.core.digits import like_mnist
from guiapp.resources import resource_path


@pytest.fixture(scope="module")
def mnist():
    with np.load(resource_path("datasets", "mnist_5k.npz")) as data:
        return data["x_test"][:300]


def test_mnist_digits_drawn_large_anywhere_come_back_exactly(mnist):
    """Each bundled MNIST digit, drawn 7 times larger at some place on a larger
    canvas, is made back into exactly the dataset's 28 x 28 (its ink fits 20 x
    20 and its centre of mass is at (14, 14), as LeCun's procedure made it)."""
    rng = np.random.default_rng(0)
    for digit in mnist:
        canvas = np.zeros((300, 260))
        top, left = rng.integers(0, 300 - 196), rng.integers(0, 260 - 196)
        canvas[top : top + 196, left : left + 196] = np.kron(digit, np.ones((7, 7)))
        np.testing.assert_array_equal(like_mnist(canvas), digit)


def test_a_large_off_centre_stroke_is_scaled_and_centred():
    drawing = np.zeros((196, 196))
    drawing[0:196, 170:186] = 255  # a "1" along the right edge, top to bottom
    digit = like_mnist(drawing)
    rows = np.nonzero(digit.max(axis=1))[0]
    cols = np.nonzero(digit.max(axis=0))[0]
    assert (rows[0], rows[-1]) == (5, 24)  # 20 rows, centre of mass at 14.5 ~ 14
    assert 12 <= cols[0] and cols[-1] <= 15  # in the middle, not at the edge


def test_blank_and_bad_drawings():
    assert not like_mnist(np.zeros((196, 196))).any()
    with pytest.raises(ValueError, match="2-D"):
        like_mnist(np.zeros((2, 3, 4)))


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 200),
    st.integers(1, 200),
    st.lists(st.tuples(st.integers(0, 199), st.integers(0, 199)), min_size=1),
)
def test_any_ink_fits_a_20_pixel_box_inside_28(height, width, points):
    """Whatever is drawn: 28 x 28 uint8, ink within the image, longer side 20
    (or less when the rounding of a thin shape makes it so)."""
    drawing = np.zeros((height, width))
    for y, x in points:
        drawing[y % height, x % width] = 255
    digit = like_mnist(drawing)
    assert digit.shape == (28, 28) and digit.dtype == np.uint8
    rows = np.nonzero(digit.max(axis=1))[0]
    cols = np.nonzero(digit.max(axis=0))[0]
    if len(rows):
        assert max(rows[-1] - rows[0], cols[-1] - cols[0]) + 1 <= 21
