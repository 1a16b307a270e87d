"""guiapp.core.layers agrees with Keras itself (output shapes and count_params)."""

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from guiapp.core.layers import summarize, total_params
from guiapp.ml.models import build_model, keras_rows, keras_script
from guiapp.presets import PRESETS, preset

pytestmark = pytest.mark.slow


def conv_layer():
    return st.builds(
        lambda k, f, s, p, a: {
            "type": "Conv2D",
            "filters": k,
            "kernel_size": f,
            "strides": s,
            "padding": p,
            "activation": a,
        },
        st.integers(1, 8),
        st.integers(1, 5),
        st.integers(1, 4),
        st.one_of(st.sampled_from(["valid", "same"]), st.integers(0, 2)),
        st.sampled_from(["relu", "linear", "tanh"]),
    )


def pool_layer():
    return st.builds(
        lambda kind, f, s: {"type": kind, "pool_size": f, "strides": s},
        st.sampled_from(["MaxPooling2D", "AveragePooling2D"]),
        st.integers(1, 4),
        st.integers(1, 4),
    )


image_layers = st.lists(
    st.one_of(
        conv_layer(),
        pool_layer(),
        st.just({"type": "Activation", "activation": "relu"}),
        st.just({"type": "Dropout", "rate": 0.1}),
    ),
    min_size=1,
    max_size=5,
)
head = st.lists(
    st.builds(
        lambda n: {"type": "Dense", "units": n, "activation": "relu"},
        st.integers(1, 16),
    ),
    min_size=0,
    max_size=2,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    shape=st.tuples(st.integers(6, 40), st.integers(6, 40), st.integers(1, 3)),
    body=image_layers,
    flatten=st.booleans(),
    dense=head,
)
def test_summarize_agrees_with_keras(shape, body, flatten, dense):
    """Random valid stacks (same, valid, numeric P; strides 1-4; odd and even F) match Keras."""
    layers = body + ([{"type": "Flatten"}] if flatten else []) + dense
    rows = summarize(shape, layers)
    assume(all(row.ok for row in rows))
    model = build_model(shape, layers)
    keras = keras_rows(model)
    assert [(r.index, r.shape, r.params) for r in rows] == keras
    assert total_params(rows) == model.count_params()


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_course_presets_in_keras(name):
    """Keras builds each course preset with exactly the course's parameter counts."""
    model = build_model(*preset(name))
    assert [params for _, _, params in keras_rows(model)] == PRESETS[name]["figures"][
        "params"
    ]
    assert model.count_params() == PRESETS[name]["figures"]["total"]


def test_exported_script_rebuilds_the_same_model(capsys):
    """The exported Keras script runs and builds a model with the same parameter count."""
    shape, layers = preset("fashion-cnn")
    layers[0]["padding"] = 1  # numeric padding goes through ZeroPadding2D
    namespace = {}
    exec(compile(keras_script(shape, layers), "<exported>", "exec"), namespace)
    assert namespace["model"].count_params() == total_params(summarize(shape, layers))
    assert "Total params" in capsys.readouterr().out
