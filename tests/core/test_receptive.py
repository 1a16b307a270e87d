"""The receptive-field rule against what an output pixel really depends on:
impulses put in the input, one at a time, through the same convolutions and
poolings computed by guiapp.core."""

import numpy as np
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from guiapp.core import conv, pooling
from guiapp.core.layers import summarize, validate_stack
from guiapp.core.receptive import receptive_fields


def forward(image, layers):
    """The stack on a grey image with all-ones kernels (no cancelling)."""
    for layer in layers:
        if layer["type"] == "Conv2D":
            f, s, p = layer["kernel_size"], layer["strides"], layer["padding"]
            d = layer["dilation_rate"]
            if p == "same":
                n = image.shape[0]
                span = d * (f - 1) + 1
                total = max((-(-n // s) - 1) * s + span - n, 0)
                image = np.pad(image, (total // 2, total - total // 2))
                p = 0
            p = 0 if p == "valid" else p
            image = conv.correlate2d(image, np.ones((f, f)), s, p, d)
        elif layer["type"] == "AveragePooling2D":
            image = pooling.pool2d(image, layer["pool_size"], layer["strides"], "avg")
    return image


def seen_rows(n, layers, out_row):
    """The input rows whose impulse reaches output row ``out_row``."""
    seen = []
    for row in range(n):
        image = np.zeros((n, n))
        image[row, row] = 1.0
        if forward(image, layers)[out_row, out_row] > 0:
            seen.append(row)
    return seen


layer = st.one_of(
    st.fixed_dictionaries(
        {
            "type": st.just("Conv2D"),
            "kernel_size": st.integers(1, 4),
            "strides": st.integers(1, 2),
            "padding": st.one_of(st.sampled_from(["valid", "same"]), st.integers(0, 2)),
            "dilation_rate": st.just(1),
        }
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("Conv2D"),
            "kernel_size": st.integers(2, 3),
            "strides": st.just(1),
            "padding": st.just("valid"),
            "dilation_rate": st.integers(2, 3),
        }
    ),
    st.fixed_dictionaries(
        {
            "type": st.just("AveragePooling2D"),
            "pool_size": st.integers(1, 3),
            "strides": st.integers(1, 3),
        }
    ),
    st.just({"type": "Activation", "activation": "relu"}),
)


@settings(max_examples=80, deadline=None)
@given(layers=st.lists(layer, min_size=1, max_size=4))
def test_the_rule_is_what_an_output_pixel_depends_on(layers):
    """The middle output pixel of each layer depends on exactly the r input
    rows its field names (start + k*jump, r wide), when the field lies in
    the input (a field over the padding counts pixels that are zeros)."""
    n = 24
    shape, layers = validate_stack((n, n, 1), layers)
    rows = summarize(shape, layers)
    fields = receptive_fields(shape, layers)
    checked = 0
    for depth, (row, field) in enumerate(zip(rows, fields, strict=True)):
        if row.shape is None:
            break
        k = row.shape[0] // 2
        left = field.start + k * field.jump - field.size / 2
        assert left == int(left)  # a field starts at a pixel's edge
        expected = list(range(int(left), int(left) + field.size))
        if expected[0] < 0 or expected[-1] >= n:
            continue
        seen = seen_rows(n, layers[: depth + 1], k)
        # a dilation, or a stride longer than the window, leaves gaps: the
        # field is then the extent of what is seen
        gappy = any(
            layer.get("dilation_rate", 1) > 1
            or layer.get("strides", 1)
            > layer.get("kernel_size", layer.get("pool_size", 1))
            for layer in layers[: depth + 1]
        )
        if gappy:
            assert (seen[0], seen[-1]) == (expected[0], expected[-1]), (depth, field)
        else:
            assert seen == expected, (depth, field)
        checked += 1
    event(f"{checked} layers checked")


def test_whole_input_after_flatten_and_global_pooling():
    fields = receptive_fields(
        (28, 28, 1),
        [
            {"type": "Conv2D"},
            {"type": "GlobalAveragePooling2D"},
            {"type": "Dense", "units": 3},
        ],
    )
    assert fields[0].size == 3
    assert [f.kind for f in fields[1:]] == ["whole", "whole"]
    spread = receptive_fields(
        (8, 8, 1), [{"type": "Conv2DTranspose", "strides": 2}, {"type": "Conv2D"}]
    )
    assert [f.kind for f in spread] == ["spread", "spread"]
    broken = receptive_fields((4, 4, 1), [{"type": "Conv2D", "kernel_size": 9}])
    assert broken[0].kind == "none"


@pytest.mark.parametrize(
    ("name", "sizes"),
    [("lenet5", [5, 6, 14, 16]), ("fashion-cnn", [3, 3, 4])],
)
def test_course_networks(name, sizes):
    """LeNet-5's second convolution sees 14×14 of the 32×32 input; after its
    second pooling, 16×16."""
    from guiapp.presets import preset

    fields = receptive_fields(*preset(name))
    assert [f.size for f in fields[: len(sizes)]] == sizes
