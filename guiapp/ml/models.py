"""Keras models from a layer stack (see guiapp.core.layers), and their summary."""

from __future__ import annotations

from ..core.layers import validate_stack

__all__ = ["build_model", "keras_rows", "keras_script"]

PAD_PREFIX = "zero_padding_for_"


def _keras_layers(index: int, layer: dict):
    import keras

    kind = layer["type"]
    if kind == "Conv2D":
        padding = layer["padding"]
        out = []
        if isinstance(padding, int):
            # Keras has no numeric padding: pad with zeros, then a 'valid' conv
            if padding:
                out.append(
                    keras.layers.ZeroPadding2D(padding, name=f"{PAD_PREFIX}{index}")
                )
            padding = "valid"
        out.append(
            keras.layers.Conv2D(
                layer["filters"],
                layer["kernel_size"],
                strides=layer["strides"],
                padding=padding,
                activation=layer["activation"],
                name=f"layer_{index}_conv2d",
            )
        )
        return out
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        cls = getattr(keras.layers, kind)
        return [
            cls(
                layer["pool_size"],
                strides=layer["strides"],
                name=f"layer_{index}_{kind.lower()}",
            )
        ]
    if kind == "Activation":
        return [
            keras.layers.Activation(
                layer["activation"], name=f"layer_{index}_activation"
            )
        ]
    if kind == "Flatten":
        return [keras.layers.Flatten(name=f"layer_{index}_flatten")]
    if kind == "Dense":
        return [
            keras.layers.Dense(
                layer["units"],
                activation=layer["activation"],
                name=f"layer_{index}_dense",
            )
        ]
    return [keras.layers.Dropout(layer["rate"], name=f"layer_{index}_dropout")]


def build_model(input_shape, layers, name: str = "guiapp_model"):
    """The Keras ``Sequential`` model of a stack (input shape H, W, D)."""
    import keras

    shape, layers = validate_stack(input_shape, layers)
    model = keras.Sequential(name=name)
    model.add(keras.Input(shape=shape))
    for index, layer in enumerate(layers):
        for keras_layer in _keras_layers(index, layer):
            model.add(keras_layer)
    return model


def keras_rows(model) -> list[tuple[int, tuple[int, ...], int]]:
    """Per layer of the stack: (index, output shape without batch, parameters).

    A numeric padding's ZeroPadding2D is folded into its Conv2D row, as the
    course's formula folds P into the convolution.
    """
    rows = []
    for keras_layer in model.layers:
        if keras_layer.name.startswith(PAD_PREFIX):
            continue
        index = int(keras_layer.name.split("_")[1])
        shape = tuple(int(v) for v in keras_layer.output.shape[1:])
        rows.append((index, shape, int(keras_layer.count_params())))
    return rows


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
        kind = layer["type"]
        if kind == "Conv2D":
            padding = layer["padding"]
            if isinstance(padding, int):
                if padding:
                    lines.append(
                        f"model.add(keras.layers.ZeroPadding2D({padding}))  # P = {padding}"
                    )
                padding = "valid"
            lines.append(
                f"model.add(keras.layers.Conv2D({layer['filters']}, {layer['kernel_size']}, "
                f"strides={layer['strides']}, padding={padding!r}, "
                f"activation={layer['activation']!r}))"
            )
        elif kind in ("MaxPooling2D", "AveragePooling2D"):
            lines.append(
                f"model.add(keras.layers.{kind}({layer['pool_size']}, strides={layer['strides']}))"
            )
        elif kind == "Activation":
            lines.append(f"model.add(keras.layers.Activation({layer['activation']!r}))")
        elif kind == "Flatten":
            lines.append("model.add(keras.layers.Flatten())")
        elif kind == "Dense":
            lines.append(
                f"model.add(keras.layers.Dense({layer['units']}, activation={layer['activation']!r}))"
            )
        else:
            lines.append(f"model.add(keras.layers.Dropout({layer['rate']}))")
    lines += ["", "model.summary()", ""]
    return "\n".join(lines)
