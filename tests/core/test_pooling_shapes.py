"""Pooling and the course's size formulas."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from guiapp.core import pooling, shapes


def test_course_pooling_figures():
    """Max pooling 4x4 on the course's 168x300 image gives 42x75, 50 400 -> 3 150 values."""
    image = np.random.default_rng(0).random((168, 300))
    pooled = pooling.pool2d(image, 4, 4, "max")
    assert pooled.shape == (42, 75)
    assert (image.size, pooled.size) == (50400, 3150)
    assert shapes.explain_pool(300, 4, 4).text == "(300 - 4)/4 + 1 = 75"


@given(
    h=st.integers(1, 20), w=st.integers(1, 20), f=st.integers(1, 5), s=st.integers(1, 4)
)
def test_pool_modes_against_loops(h, w, f, s):
    """Each mode equals a plain loop over windows: max, mean, L2 norm, weighted mean."""
    image = np.random.default_rng(h * 100 + w).random((h, w))
    if f > min(h, w):
        with pytest.raises(ValueError):
            pooling.pool2d(image, f, s)
        return
    weights = pooling.distance_weights(f)
    out_h, out_w = (h - f) // s + 1, (w - f) // s + 1
    summaries = {
        "max": np.max,
        "avg": np.mean,
        "l2": lambda x: np.sqrt(np.sum(x * x)),
        "weighted": lambda x: np.sum(x * weights),
    }
    for mode, summary in summaries.items():
        got = pooling.pool2d(image, f, s, mode)
        assert got.shape == (out_h, out_w)
        want = [
            [summary(image[i * s : i * s + f, j * s : j * s + f]) for j in range(out_w)]
            for i in range(out_h)
        ]
        np.testing.assert_allclose(got, want)


def test_weighted_pooling_favours_the_centre():
    """The distance-weighted mean gives the centre pixel the largest weight and sums to 1."""
    w = pooling.distance_weights(5)
    assert w.sum() == pytest.approx(1)
    assert w[2, 2] == w.max() and w[0, 0] == w.min()


def test_conv_formula_as_the_course_writes_it():
    """(300 - 3 + 2*1)/1 + 1 = 300, and a stride that does not divide is explained."""
    assert shapes.explain_conv(300, 3, 1, 1).text == "(300 - 3 + 2*1)/1 + 1 = 300"
    assert shapes.conv_output_size(168, 3) == 166
    assert shapes.conv_output_size(300, 5, 2, 1) == 300  # the course's F=5, P=2, S=1
    odd = shapes.explain_conv(300, 3, 0, 2)
    assert (
        not odd.whole and odd.exact == 149.5 and odd.size == 149 and odd.leftover == 1
    )
    assert isinstance(shapes.conv_output_size(300, 3, 0, 2), float)
    empty = shapes.explain_conv(2, 5, 0, 1)
    assert not empty.valid


def test_pooling_rejects_unknown_mode():
    """An unknown pooling mode names the four the course teaches."""
    with pytest.raises(ValueError, match="max"):
        pooling.pool2d(np.ones((4, 4)), 2, mode="median")
