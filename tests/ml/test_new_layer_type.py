"""A new layer type is two declarations: its rules in guiapp.core, its builder in guiapp.ml."""

import pytest

from guiapp.core.layer_types import (
    Field,
    LayerShape,
    LayerType,
    layer_type,
    no_params,
    register_layer_type,
    unregister_layer_type,
)
from guiapp.core.layers import StackError, summarize, total_params, validate_stack
from guiapp.ml.layer_builders import (
    KerasCall,
    UnknownKerasBuilder,
    register_keras_builder,
    unregister_keras_builder,
)
from guiapp.ml.models import build_model, check_stack, keras_rows, keras_script
from guiapp.ml.session import Stopped, Task
from guiapp.presets import preset

pytestmark = pytest.mark.slow


def _zero_padding_shape(shape, layer):
    h, w, d = shape
    p = layer["padding"]
    return LayerShape(
        (h + 2 * p, w + 2 * p, d),
        f"{h} + 2*{p} = {h + 2 * p}"
        if h == w
        else f"H: {h} + 2*{p} = {h + 2 * p}; W: {w} + 2*{p} = {w + 2 * p}",
    )


@pytest.fixture
def zero_padding():
    """ZeroPadding2D declared once in core and once in ml, removed after the test."""
    declared = register_layer_type(
        LayerType(
            "ZeroPadding2D",
            (
                Field(
                    "padding",
                    1,
                    "int",
                    "Padding P:",
                    "P rows and columns of zeros on each side.",
                    low=0,
                    high=10,
                ),
            ),
            _zero_padding_shape,
            no_params,
            needs_image=True,
        )
    )
    register_keras_builder(
        "ZeroPadding2D",
        lambda layer: [KerasCall("ZeroPadding2D", (layer["padding"],))],
    )
    yield declared
    unregister_keras_builder("ZeroPadding2D")
    unregister_layer_type("ZeroPadding2D")


def stack_with_padding():
    shape, layers = preset("fashion-cnn")
    layers.insert(0, {"type": "ZeroPadding2D", "padding": 2})
    return shape, layers


def test_new_type_everywhere(zero_padding, capsys):
    """summarize, build_model, keras_rows, keras_script and the editor's fields all know it."""
    shape, layers = stack_with_padding()
    rows = summarize(shape, layers)
    assert rows[0].shape == (32, 32, 1) and rows[0].shape_formula == "28 + 2*2 = 32"
    assert rows[1].shape == (30, 30, 64)
    model = build_model(shape, layers)
    assert [(r.index, r.shape, r.params) for r in rows] == keras_rows(model)
    assert model.count_params() == total_params(rows)
    script = keras_script(shape, layers)
    assert "model.add(keras.layers.ZeroPadding2D(2))" in script
    namespace = {}
    exec(compile(script, "<exported>", "exec"), namespace)
    assert namespace["model"].count_params() == total_params(rows)
    assert "Total params" in capsys.readouterr().out
    field = layer_type("ZeroPadding2D").field("padding")
    assert (field.editor, field.low, field.high, field.default) == ("spin", 0, 10, 1)
    with pytest.raises(StackError, match="'padding' must be a whole number >= 0"):
        validate_stack(shape, [{"type": "ZeroPadding2D", "padding": -1}])
    after_flatten = summarize(shape, [{"type": "Flatten"}, {"type": "ZeroPadding2D"}])
    assert "after Flatten" in after_flatten[1].error


def test_type_without_keras_builder_raises_with_its_name():
    """A type declared in core only: build_model and keras_script name it."""
    register_layer_type(
        LayerType("Identity", (), lambda s, layer: LayerShape(s), no_params)
    )
    try:
        layers = [{"type": "Identity"}]
        assert summarize((8, 8, 1), layers)[0].shape == (8, 8, 1)
        for call in (build_model, keras_script):
            with pytest.raises(UnknownKerasBuilder, match="'Identity'"):
                call((8, 8, 1), layers)
    finally:
        unregister_layer_type("Identity")


def test_check_stack_reports_each_layer():
    """check_stack, a plain job, reports ('layer', done, count) and returns Keras's rows."""
    reports = []
    shape, layers = preset("mnist-dense")
    rows = check_stack(
        Task(on_report=lambda *values: reports.append(values)), shape, layers
    )
    assert [params for _, _, params in rows] == [0, 78500, 1010]
    assert reports == [("layer", 1, 3), ("layer", 2, 3), ("layer", 3, 3)]


def test_check_stack_stops_between_layers():
    """A stop asked during the build ends it before the next layer (Stopped)."""
    shape, layers = preset("lenet5")
    built = []

    def on_report(kind, done, count):
        built.append(done)
        if done == 2:
            task.stop()

    task = Task(on_report=on_report)
    with pytest.raises(Stopped):
        check_stack(task, shape, layers)
    assert built == [1, 2]
    stopped_first = Task()
    stopped_first.stop()
    with pytest.raises(Stopped):
        check_stack(stopped_first, shape, layers)
