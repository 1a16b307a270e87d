"""guiapp.core.layer_types: each layer type declared once; unknown names raise."""

import pytest

from guiapp.core import shapes
from guiapp.core.layer_types import (
    FIELD_KINDS,
    MESSAGES,
    Field,
    LayerShape,
    LayerType,
    StackError,
    layer_type,
    layer_type_names,
    layer_types,
    no_params,
    register_layer_type,
    same_shape,
    unregister_layer_type,
)
from guiapp.core.layers import (
    LAYER_TYPES,
    default_layer,
    summarize,
    total_params,
    validate_stack,
)


@pytest.fixture
def gaussian_noise():
    """A layer type declared in this test only, removed after it."""
    declared = register_layer_type(
        LayerType(
            "GaussianNoise",
            (
                Field(
                    "stddev",
                    0.1,
                    "float",
                    "Standard deviation:",
                    "The spread of the noise added during training.",
                    low=0.0,
                    high=5.0,
                    step=0.05,
                ),
            ),
            same_shape,
            no_params,
        )
    )
    yield declared
    unregister_layer_type("GaussianNoise")


def test_course_layers_are_registered_in_menu_order():
    """The seven course layer types are registered, in the Add menu's order,
    then the layers of the networks after LeNet."""
    assert layer_type_names() == (
        "Conv2D",
        "MaxPooling2D",
        "AveragePooling2D",
        "Activation",
        "Flatten",
        "Dense",
        "Dropout",
        "Conv2DTranspose",
        "SeparableConv2D",
        "BatchNormalization",
        "GlobalAveragePooling2D",
        "GlobalMaxPooling2D",
    )
    assert dict(LAYER_TYPES["Conv2D"]) == {
        "filters": 32,
        "kernel_size": 3,
        "strides": 1,
        "padding": "valid",
        "activation": "relu",
        "dilation_rate": 1,
    }


def test_every_field_describes_its_editor():
    """Each built-in field has a kind, an editor, a label and a help sentence
    from the MESSAGES of guiapp (translated)."""
    from guiapp.core import modern_layers

    templates = MESSAGES + modern_layers.MESSAGES
    for declared in layer_types():
        for field in declared.fields:
            assert field.kind in FIELD_KINDS
            assert field.editor in ("spin", "double_spin", "combo", "padding")
            assert field.label.template in templates
            assert field.help.template in templates
            if field.kind in ("int", "float"):
                assert field.low is not None and field.high > field.low
        if not declared.fields:
            assert declared.help.template in templates  # the editor says why
        # the defaults pass the type's own checks
        assert validate_stack((28, 28, 1), [default_layer(declared.name)])
    assert layer_type("Flatten").help.template in MESSAGES
    padding = layer_type("Conv2D").field("padding")
    assert padding.options()[:3] == [("valid", "valid"), ("same", "same"), ("P = 1", 1)]
    activation = layer_type("Dense").field("activation")
    assert [value for _, value in activation.options()][:2] == ["linear", "relu"]


@pytest.mark.parametrize(
    "call",
    [
        lambda: layer_type("Conv3D"),
        lambda: default_layer("Conv3D"),
        lambda: validate_stack((8, 8, 1), [{"type": "Conv3D"}]),
        lambda: summarize((8, 8, 1), [{"type": "Flatten"}, {"type": "Conv3D"}]),
    ],
)
def test_unknown_type_raises_with_its_name(call):
    """An unknown layer type raises StackError naming it, wherever it is asked for."""
    with pytest.raises(StackError, match="unknown layer type 'Conv3D'"):
        call()


def test_a_name_is_registered_once():
    """Registering a name twice raises instead of replacing the first silently."""
    with pytest.raises(ValueError, match="Dense"):
        register_layer_type(layer_type("Dense"))


def test_new_type_in_one_declaration(gaussian_noise):
    """A type registered in one place is validated, summarised and described."""
    layers = [
        {"type": "Conv2D", "filters": 4},
        {"type": "GaussianNoise", "stddev": 0.5},
        {"type": "Flatten"},
        {"type": "Dense", "units": 10},
    ]
    rows = summarize((8, 8, 1), layers)
    assert rows[1].kind == "GaussianNoise" and rows[1].shape == (6, 6, 4)
    assert rows[1].params == 0 and rows[1].shape_formula == "unchanged"
    assert total_params(rows) == (9 + 1) * 4 + (144 + 1) * 10
    assert default_layer("GaussianNoise") == {"type": "GaussianNoise", "stddev": 0.1}
    assert gaussian_noise.describe({"type": "GaussianNoise", "stddev": 0.5}) == (
        "GaussianNoise 0.5"
    )
    with pytest.raises(
        StackError,
        match=r"layer 1, GaussianNoise: 'stddev' must be a number >= 0 and <= 5",
    ):
        validate_stack((8, 8, 1), [{"type": "GaussianNoise", "stddev": -1}])
    assert "GaussianNoise" in LAYER_TYPES


def test_new_type_gone_after_unregister(gaussian_noise):
    """Unregistering removes the type from the registry and from validation."""
    unregister_layer_type("GaussianNoise")
    try:
        with pytest.raises(StackError, match="GaussianNoise"):
            validate_stack((8, 8, 1), [{"type": "GaussianNoise"}])
    finally:
        register_layer_type(gaussian_noise)  # the fixture removes it again


def test_shape_rule_error_marks_the_row():
    """A shape rule's error marks its row and the rows after it are not computed."""
    declared = register_layer_type(
        LayerType(
            "Crop",
            (),
            lambda shape, layer: LayerShape(None, "", error="nothing left"),
            no_params,
        )
    )
    try:
        rows = summarize((8, 8, 1), [{"type": "Crop"}, {"type": "Flatten"}])
    finally:
        unregister_layer_type(declared.name)
    assert rows[0].error == "nothing left" and rows[0].shape is None
    assert rows[1].error and rows[1].shape is None


@pytest.mark.parametrize(
    "layer, axis",
    [
        (
            {"type": "Conv2D", "kernel_size": 3, "strides": 2},
            shapes.explain_conv(14, 3, 0, 2),
        ),
        (
            {"type": "Conv2D", "kernel_size": 3, "strides": 2, "padding": 1},
            shapes.explain_conv(14, 3, 1, 2),
        ),
        (
            {"type": "MaxPooling2D", "pool_size": 3, "strides": 2},
            shapes.explain_pool(14, 3, 2),
        ),
        (
            {"type": "Conv2D", "strides": 3, "padding": "same"},
            shapes.explain_same(14, 3),
        ),
    ],
)
def test_one_formula_text_for_every_tab(layer, axis):
    """The builder's formula is guiapp.core.shapes's text, a non-whole value with its floor."""
    row = summarize((14, 14, 1), [layer])[0]
    assert row.shape_formula == axis.text
    assert row.shape[0] == axis.size
    if not axis.whole:
        assert axis.text.endswith(
            f" = {shapes.format_exact(axis.exact)} -> {axis.size}"
        )


def test_rectangular_input_gives_both_axes():
    """On a 6x8 input the formula gives H and W; a non-whole axis is noted once."""
    row = summarize(
        (6, 8, 1), [{"type": "MaxPooling2D", "pool_size": 2, "strides": 4}]
    )[0]
    assert row.shape_formula == "H: (6 - 2)/4 + 1 = 2; W: (8 - 2)/4 + 1 = 2.5 -> 2"
    assert row.notes == ["2.5 is not whole: Keras floors it to 2"]


def test_kernel_far_larger_than_input_says_zero():
    """A 7x7 kernel on 4x4 says the output would be 0x0, not a negative size."""
    row = summarize((4, 4, 1), [{"type": "Conv2D", "kernel_size": 7}])[0]
    assert "the output would be 0x0" in row.error
