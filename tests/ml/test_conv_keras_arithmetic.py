"""Dilated and transposed convolution, and their sizes, as Keras computes them."""

import numpy as np
import pytest

from guiapp.core import conv, shapes

keras = pytest.importorskip("keras")

CASES = [
    (h, w, f, s)
    for h, w in [(7, 7), (6, 9), (1, 4)]
    for f in (1, 2, 3, 5)
    for s in (1, 2, 3)
]


def keras_layer(layer, image, kernel):
    """Run one Keras layer with ``kernel`` (no bias) on a grey image."""
    x = image[None, :, :, None].astype("float64")
    layer.build(x.shape)
    layer.set_weights([kernel[:, :, None, None]])
    return np.asarray(layer(x))[0, :, :, 0]


@pytest.mark.parametrize(("h", "w", "f", "s"), CASES)
def test_dilated_conv2d_equals_keras(h, w, f, s):
    rng = np.random.default_rng(h * 100 + w * 10 + f + s)
    for d in (1, 2, 3):
        image, kernel = rng.normal(size=(h, w)), rng.normal(size=(f, f))
        span = d * (f - 1) + 1
        if span > min(h, w):
            continue
        layer = keras.layers.Conv2D(
            1,
            f,
            strides=1 if d > 1 else s,
            dilation_rate=d,
            use_bias=False,
            dtype="float64",
        )
        stride = 1 if d > 1 else s  # Keras refuses strides > 1 with dilation
        ours = conv.correlate2d(image, kernel, stride, 0, d)
        np.testing.assert_allclose(ours, keras_layer(layer, image, kernel), atol=1e-9)
        assert ours.shape[0] == shapes.explain_conv(h, f, 0, stride, d).size


def keras_crop(full, f, s, w, padding):
    """Keras's Conv2DTranspose from the scatter grid of one axis: 'valid'
    keeps it and adds max(S - F, 0) zeros; 'same' keeps W*S values from
    (F - S)//2 on (zeros added when F < S)."""
    if padding == "valid":
        return np.pad(full, (0, max(s - f, 0)))
    start = max(f - s, 0) // 2
    out = full[start : start + w * s]
    return np.pad(out, (0, w * s - out.size))


@pytest.mark.parametrize(("h", "w", "f", "s"), CASES)
@pytest.mark.parametrize("padding", ["valid", "same"])
def test_conv2d_transpose_equals_keras(h, w, f, s, padding):
    """Keras's Conv2DTranspose is the scatter grid of conv_transpose2d (P = 0),
    cropped or completed by Keras's rules; its size is explain_keras_transposed's."""
    rng = np.random.default_rng(h * 1000 + w * 100 + f * 10 + s)
    image, kernel = rng.normal(size=(h, w)), rng.normal(size=(f, f))
    layer = keras.layers.Conv2DTranspose(
        1, f, strides=s, padding=padding, use_bias=False, dtype="float64"
    )
    theirs = keras_layer(layer, image, kernel)
    grid = conv.conv_transpose2d(image, kernel, s, 0)
    rows = np.stack([keras_crop(row, f, s, w, padding) for row in grid])
    ours = np.stack([keras_crop(col, f, s, h, padding) for col in rows.T]).T
    np.testing.assert_allclose(ours, theirs, atol=1e-9)
    assert theirs.shape == (
        shapes.explain_keras_transposed(h, f, s, padding).size,
        shapes.explain_keras_transposed(w, f, s, padding).size,
    )
    if padding == "valid" and f >= s:  # the general formula, P = 0
        assert theirs.shape[0] == shapes.transposed_output_size(h, f, 0, s)
