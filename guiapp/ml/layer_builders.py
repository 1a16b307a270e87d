"""How each layer type of :mod:`guiapp.core.layer_types` is made in Keras (no Qt).

A builder turns one layer's settings into a list of :class:`KerasCall`: the
Keras layer classes to call and their arguments. The same calls build the model
(:func:`guiapp.ml.models.build_model`) and write the exported script
(:func:`guiapp.ml.models.keras_script`), so the two cannot disagree. The last
call is the layer of the row; calls before it are helpers folded into that row
(a numeric padding P is a ``ZeroPadding2D`` before a ``'valid'`` Conv2D).

>>> [call.code() for call in keras_calls({"type": "Dense", "units": 10,
...                                       "activation": "relu"})]
["keras.layers.Dense(10, activation='relu')"]
>>> keras_calls({"type": "Conv3D"})  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
guiapp.ml.layer_builders.UnknownKerasBuilder: layer type 'Conv3D' has no Keras builder...
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "KerasCall",
    "UnknownKerasBuilder",
    "keras_calls",
    "register_keras_builder",
    "unregister_keras_builder",
]


class UnknownKerasBuilder(LookupError):
    """A layer type known to guiapp.core has no Keras builder registered."""


@dataclass(frozen=True)
class KerasCall:
    """``keras.layers.<class_name>(*args, **kwargs)``, with a comment for the script."""

    class_name: str
    args: tuple = ()
    kwargs: dict = dataclasses.field(default_factory=dict)
    comment: str = ""

    def make(self, name: str):
        """The Keras layer, named ``name``."""
        import keras

        return getattr(keras.layers, self.class_name)(
            *self.args, name=name, **self.kwargs
        )

    def code(self) -> str:
        """The call as Python source (without the comment)."""
        arguments = [repr(value) for value in self.args] + [
            f"{key}={value!r}" for key, value in self.kwargs.items()
        ]
        return f"keras.layers.{self.class_name}({', '.join(arguments)})"


#: (the layer's settings, checked and with defaults) -> the calls that make it
Builder = Callable[[dict], list[KerasCall]]

_BUILDERS: dict[str, Builder] = {}


def register_keras_builder(type_name: str, builder: Builder) -> Builder:
    """Say how the layer type ``type_name`` is made in Keras.

    Raises ``ValueError`` if it already has a builder.
    """
    if type_name in _BUILDERS:
        raise ValueError(f"layer type {type_name!r} already has a Keras builder")
    _BUILDERS[type_name] = builder
    return builder


def unregister_keras_builder(type_name: str) -> None:
    del _BUILDERS[type_name]


def keras_calls(layer: dict) -> list[KerasCall]:
    """The Keras calls of one layer; :class:`UnknownKerasBuilder` names a type
    that has none."""
    kind = layer.get("type")
    try:
        builder = _BUILDERS[kind]
    except (KeyError, TypeError):
        raise UnknownKerasBuilder(
            f"layer type {kind!r} has no Keras builder: register one with "
            "guiapp.ml.layer_builders.register_keras_builder"
        ) from None
    return builder(layer)


# ---- the built-in types


def _conv2d(layer: dict) -> list[KerasCall]:
    padding = layer["padding"]
    calls = []
    if isinstance(padding, int):
        # Keras has no numeric padding: pad with zeros, then a 'valid' conv
        if padding:
            calls.append(
                KerasCall("ZeroPadding2D", (padding,), comment=f"P = {padding}")
            )
        padding = "valid"
    kwargs = {
        "strides": layer["strides"],
        "padding": padding,
        "activation": layer["activation"],
    }
    if layer.get("dilation_rate", 1) > 1:  # the course's scripts stay as printed
        kwargs["dilation_rate"] = layer["dilation_rate"]
    calls.append(KerasCall("Conv2D", (layer["filters"], layer["kernel_size"]), kwargs))
    return calls


def _pooling(layer: dict) -> list[KerasCall]:
    return [
        KerasCall(layer["type"], (layer["pool_size"],), {"strides": layer["strides"]})
    ]


register_keras_builder("Conv2D", _conv2d)
register_keras_builder("MaxPooling2D", _pooling)
register_keras_builder("AveragePooling2D", _pooling)
register_keras_builder(
    "Activation", lambda layer: [KerasCall("Activation", (layer["activation"],))]
)
register_keras_builder("Flatten", lambda layer: [KerasCall("Flatten")])
register_keras_builder(
    "Dense",
    lambda layer: [
        KerasCall("Dense", (layer["units"],), {"activation": layer["activation"]})
    ],
)
register_keras_builder(
    "Dropout", lambda layer: [KerasCall("Dropout", (layer["rate"],))]
)


# ---- the layers after LeNet (guiapp.core.modern_layers)


def _keras_padded_conv(layer: dict) -> list[KerasCall]:
    return [
        KerasCall(
            layer["type"],
            (layer["filters"], layer["kernel_size"]),
            {
                "strides": layer["strides"],
                "padding": layer["padding"],
                "activation": layer["activation"],
            },
        )
    ]


register_keras_builder("Conv2DTranspose", _keras_padded_conv)
register_keras_builder("SeparableConv2D", _keras_padded_conv)


def _batch_norm(layer: dict) -> list[KerasCall]:
    momentum = layer.get("momentum", 0.99)
    kwargs = {} if momentum == 0.99 else {"momentum": momentum}  # Keras's default
    return [KerasCall("BatchNormalization", (), kwargs)]


register_keras_builder("BatchNormalization", _batch_norm)
register_keras_builder(
    "GlobalAveragePooling2D", lambda layer: [KerasCall("GlobalAveragePooling2D")]
)
register_keras_builder(
    "GlobalMaxPooling2D", lambda layer: [KerasCall("GlobalMaxPooling2D")]
)
