"""guiapp.core.layers: the course's figures and the refusals, without Keras."""

import json

import pytest

from guiapp.core.layers import StackError, summarize, total_params, validate_stack
from guiapp.presets import PRESETS, preset


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_presets_give_the_course_figures(name):
    """Every preset gives exactly the parameter counts (and shapes) the course prints."""
    rows = summarize(*preset(name))
    figures = PRESETS[name]["figures"]
    assert [row.params for row in rows] == figures["params"]
    assert total_params(rows) == figures["total"]
    if "shapes" in figures:
        assert [list(row.shape) for row in rows] == figures["shapes"]
    assert all(row.ok and not row.warning for row in rows)


def test_formulas_with_numbers_put_in():
    """The conv row reads (28 - 3 + 2*0)/1 + 1 = 26 and (3*3*1 + 1)*64 = 640; Flatten 13*13*64 = 10816."""
    rows = summarize(*preset("fashion-cnn"))
    assert rows[0].shape_formula == "(28 - 3 + 2*0)/1 + 1 = 26"
    assert rows[0].params_formula == "(3*3*1 + 1)*64 = 640"
    assert rows[3].shape_formula == "13*13*64 = 10816"
    assert rows[4].params_formula == "(10816 + 1)*10 = 108170"


def test_same_padding_and_strides_explained():
    """'same' uses ceil(W/S); a 'valid' stride that does not divide is floored and said so."""
    rows = summarize(
        (28, 28, 1),
        [
            {
                "type": "Conv2D",
                "filters": 4,
                "kernel_size": 3,
                "strides": 2,
                "padding": "same",
            },
            {
                "type": "Conv2D",
                "filters": 4,
                "kernel_size": 3,
                "strides": 2,
                "padding": "valid",
            },
        ],
    )
    assert rows[0].shape == (14, 14, 4) and rows[0].shape_formula == "ceil(28/2) = 14"
    assert rows[1].shape == (6, 6, 4)
    assert "(14 - 3 + 2*0)/2 + 1 = 6.5 -> 6" == rows[1].shape_formula
    assert any("floors" in note for note in rows[1].notes)


def test_size_reaching_zero_is_marked_where_it_breaks():
    """A kernel larger than its input marks that layer; the rows after it are not computed."""
    rows = summarize(
        (8, 8, 1),
        [
            {"type": "Conv2D", "filters": 2, "kernel_size": 5},
            {"type": "Conv2D", "filters": 2, "kernel_size": 5},
            {"type": "Flatten"},
        ],
    )
    assert rows[0].ok
    assert "larger than the 4x4 input" in rows[1].error
    assert rows[2].shape is None and rows[2].error


def test_conv_after_flatten_is_refused():
    """Conv2D after Flatten says it needs an image-shaped input."""
    rows = summarize((28, 28, 1), [{"type": "Flatten"}, {"type": "Conv2D"}])
    assert "after Flatten" in rows[1].error and "(H, W, D)" in rows[1].error


def test_dense_without_flatten_warns_what_keras_does():
    """A Dense on a 3-D input is allowed (as in Keras) but the warning says it acts on the last axis."""
    rows = summarize(
        (28, 28, 1), [{"type": "Conv2D", "filters": 8}, {"type": "Dense", "units": 10}]
    )
    assert rows[1].shape == (26, 26, 10) and rows[1].params == (8 + 1) * 10
    assert "last axis" in rows[1].warning


@pytest.mark.parametrize(
    "layers, message",
    [
        ([{"type": "Conv3D"}], "unknown layer type"),
        ([{"type": "Conv2D", "filters": 0}], "filters"),
        ([{"type": "Conv2D", "padding": "full"}], "padding"),
        ([{"type": "Dense", "units": "ten"}], "units"),
        ([{"type": "Dropout", "rate": 1.5}], "rate"),
        ([{"type": "Dense", "activation": "swish2"}], "activation"),
        ("not a list", "list"),
    ],
)
def test_malformed_stacks_are_refused(layers, message):
    """A malformed stack raises StackError naming what is wrong."""
    with pytest.raises(StackError, match=message):
        validate_stack((28, 28, 1), layers)


def test_stack_is_json():
    """A stack survives a JSON round trip unchanged."""
    shape, layers = preset("lenet5")
    again = json.loads(json.dumps({"input": shape, "layers": layers}))
    assert summarize(again["input"], again["layers"])[-1].shape == (10,)
