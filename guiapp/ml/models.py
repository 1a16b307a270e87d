"""Keras models from a layer stack (see guiapp.core.layers), and their summary.

Each layer is made by its type's builder (:mod:`guiapp.ml.layer_builders`); the
model and the exported script come from the same calls.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..core.layers import validate_stack
from .layer_builders import keras_calls
from .session import Stopped, Task

__all__ = ["build_model", "check_stack", "keras_rows", "keras_script"]

#: Keras names of a row's layers: ``layer_<index>_<type>``, its helpers
#: ``layer_<index>_<type>_<helper class>``
_ROW_NAME = re.compile(r"layer_(\d+)_")


def build_model(
    input_shape,
    layers,
    name: str = "guiapp_model",
    should_stop: Callable[[], bool] | None = None,
    on_layer: Callable[[int, int], None] | None = None,
):
    """The Keras ``Sequential`` model of a stack (input shape H, W, D).

    ``should_stop()`` is asked before each layer (a long stack takes seconds to
    build): when true, :class:`guiapp.ml.session.Stopped` is raised.
    ``on_layer(done, count)`` is called after each layer.
    """
    import keras

    shape, layers = validate_stack(input_shape, layers)
    calls = [keras_calls(layer) for layer in layers]  # an unknown type fails first
    model = keras.Sequential(name=name)
    model.add(keras.Input(shape=shape))
    for index, (layer, layer_calls) in enumerate(zip(layers, calls, strict=True)):
        if should_stop is not None and should_stop():
            raise Stopped()
        row_name = f"layer_{index}_{layer['type'].lower()}"
        for call in layer_calls[:-1]:
            model.add(call.make(f"{row_name}_{call.class_name.lower()}"))
        model.add(layer_calls[-1].make(row_name))
        if on_layer is not None:
            on_layer(index + 1, len(layers))
    return model


def keras_rows(model) -> list[tuple[int, tuple[int, ...], int]]:
    """Per layer of the stack: (index, output shape without batch, parameters).

    A row's helper layers (the ZeroPadding2D of a numeric padding) are folded
    into it, as the course's formula folds P into the convolution: the shape is
    the last one's, the parameters the sum.
    """
    rows: list[tuple[int, tuple[int, ...], int]] = []
    for keras_layer in model.layers:
        index = int(_ROW_NAME.match(keras_layer.name).group(1))
        shape = tuple(int(v) for v in keras_layer.output.shape[1:])
        params = int(keras_layer.count_params())
        if rows and rows[-1][0] == index:
            params += rows.pop()[2]
        rows.append((index, shape, params))
    return rows


def check_stack(task: Task, input_shape, layers) -> list[tuple[int, tuple, int]]:
    """A job (see :mod:`guiapp.ml.session`): build the stack in Keras, return
    :func:`keras_rows`.

    Reports ``("layer", done, count)`` after each layer; stops before the next
    one (raising :class:`~guiapp.ml.session.Stopped`) once ``task.stop()``.
    """
    task.check()
    model = build_model(
        input_shape,
        layers,
        should_stop=task.should_stop,
        on_layer=lambda done, count: task.report("layer", done, count),
    )
    task.check()
    return keras_rows(model)


def keras_script(input_shape, layers) -> str:
    """A runnable Python script that builds the same model and prints its summary."""
    shape, layers = validate_stack(input_shape, layers)
    lines = [
        '"""A network built in guiapp\'s CNN builder; run: python this_file.py"""',
        "",
        "import keras",
        "",
        'model = keras.Sequential(name="guiapp_model")',
        f"model.add(keras.Input(shape={shape}))",
    ]
    for layer in layers:
        for call in keras_calls(layer):
            comment = f"  # {call.comment}" if call.comment else ""
            lines.append(f"model.add({call.code()}){comment}")
    lines += ["", "model.summary()", ""]
    return "\n".join(lines)
