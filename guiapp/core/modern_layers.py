"""The layers of the networks after LeNet, registered beside the course's.

Each is a :class:`~guiapp.core.layer_types.LayerType` with Keras's own
argument names, its shape rule and its parameter rule with the numbers put in:

* ``Conv2DTranspose``: the size by Keras's rules, ``(W - 1)*S + max(F, S)``
  (``valid``) or ``W*S`` (``same``); a note gives the general formula
  ``(W - 1)*S - 2P + F`` and says where Keras differs
  (:func:`guiapp.core.shapes.explain_keras_transposed`);
* ``BatchNormalization``: ``4*C`` parameters for C channels, ``2*C`` learned
  (gamma, beta) and ``2*C`` followed (the moving mean and variance, at
  ``momentum``);
* ``GlobalAveragePooling2D``, ``GlobalMaxPooling2D``: one number per channel;
* ``SeparableConv2D``: a depthwise F×F per input channel, then a 1×1
  pointwise convolution: ``F*F*D + D*K + K`` parameters, written beside the
  plain Conv2D's ``(F*F*D + 1)*K`` for the same shapes (why MobileNets are
  small).

Importing :mod:`guiapp.core.layer_types` registers them after the course's
types (the builder's Add menu lists them in that order).
"""

from __future__ import annotations

from .layer_types import (
    ACTIVATION,
    STRIDES,
    Field,
    LayerShape,
    LayerType,
    conv_params,
    conv_shape,
    conv_window,
    describe_conv,
    layer_type,
    no_params,
    register_layer_type,
    same_shape,
)
from .messages import Message
from .shapes import explain_axes, explain_keras_transposed, transposed_output_size

__all__ = ["MESSAGES"]

MESSAGES = (
    # 0-1: the padding of the layers that know only Keras's two words
    "Padding:",
    "valid: no padding. same: Keras pads so the output is ceil(W/S) (W*S for a "
    "transposed convolution).",
    # 2: Conv2DTranspose's note
    "the general formula (W - 1)*S - 2P + F gives {general} with P = 0; Keras "
    "adds {extra} zero rows and columns when S > F",
    # 3: Conv2DTranspose 'same'
    "Keras's 'same': W*S, the size a stride-{s} 'same' convolution divides back "
    "to W; the general formula (W - 1)*S - 2P + F gives it with 2P = F - S",
    # 4-5: BatchNormalization
    "BatchNormalization normalises each channel with the batch's mean and "
    "variance, then scales by gamma and shifts by beta.",
    "4*{c} = {count} ({trained} learned: gamma, beta; {followed} followed: the "
    "moving mean and variance)",
    # 6: GlobalAveragePooling2D's help
    "GlobalAveragePooling2D has no setting: it keeps one number per channel, "
    "the mean of the whole H×W map.",
    # 7: global pooling's shape
    "one per channel: {d}",
    # 8: SeparableConv2D's count
    "{f}*{f}*{d} + {d}*{k} + {k} = {count} (a Conv2D of the same shapes: "
    "({f}*{f}*{d} + 1)*{k} = {plain})",
    # 9: GlobalMaxPooling2D's help
    "GlobalMaxPooling2D has no setting: it keeps one number per channel, the "
    "maximum of the whole H×W map.",
    # 10-11: BatchNormalization's momentum
    "Momentum:",
    "How slowly the moving mean and variance, used after training, follow the "
    "batches': 0.99 (Keras's default) needs about a thousand steps to forget "
    "its start; 0.9 about a hundred, better for a small dataset.",
)

# the two paddings Keras names (no numeric P in these layers)
KERAS_PADDING = Field(
    "padding",
    "valid",
    "choice",
    Message(MESSAGES[0]),
    Message(MESSAGES[1]),
    choices=("valid", "same"),
)


# the convolutions' own fields, as Conv2D declares them
FILTERS = layer_type("Conv2D").field("filters")
KERNEL = layer_type("Conv2D").field("kernel_size")


# ---- Conv2DTranspose


def _transposed_shape(shape: tuple, layer: dict) -> LayerShape:
    h, w, _ = shape
    f, s, padding = layer["kernel_size"], layer["strides"], layer["padding"]
    height, width = (explain_keras_transposed(n, f, s, padding) for n in (h, w))
    notes = []
    if padding == "same":
        notes.append(Message(MESSAGES[3], s=s))
    elif s > f:
        general = transposed_output_size(w, f, 0, s)
        notes.append(Message(MESSAGES[2], general=general, extra=s - f))
    return LayerShape(
        (height.size, width.size, layer["filters"]),
        explain_axes(h, w, height, width),
        notes,
    )


# ---- BatchNormalization


def _batch_norm_params(shape: tuple, layer: dict) -> tuple[int, str]:
    c = shape[-1]
    return 4 * c, Message(MESSAGES[5], c=c, count=4 * c, trained=2 * c, followed=2 * c)


# ---- global pooling


def _global_shape(shape: tuple, layer: dict) -> LayerShape:
    d = shape[-1]
    return LayerShape((d,), Message(MESSAGES[7], d=d))


def _global_type(name: str, help_index: int) -> LayerType:
    return LayerType(
        name,
        (),
        _global_shape,
        no_params,
        needs_image=True,
        help=Message(MESSAGES[help_index]),
        window_rule=lambda n, layer: "all",
    )


# ---- SeparableConv2D


def _separable_params(shape: tuple, layer: dict) -> tuple[int, str]:
    f, d, k = layer["kernel_size"], shape[-1], layer["filters"]
    count = f * f * d + d * k + k
    plain = (f * f * d + 1) * k
    return count, Message(MESSAGES[8], f=f, d=d, k=k, count=count, plain=plain)


register_layer_type(
    LayerType(
        "Conv2DTranspose",
        (FILTERS, KERNEL, STRIDES, KERAS_PADDING, ACTIVATION),
        _transposed_shape,
        conv_params,  # the same weights, used the other way round
        needs_image=True,
        describe_rule=describe_conv,
        window_rule=lambda n, layer: "spread",
    )
)
register_layer_type(
    LayerType(
        "SeparableConv2D",
        (FILTERS, KERNEL, STRIDES, KERAS_PADDING, ACTIVATION),
        conv_shape,
        _separable_params,
        needs_image=True,
        describe_rule=describe_conv,
        window_rule=conv_window,
    )
)
register_layer_type(
    LayerType(
        "BatchNormalization",
        (
            Field(
                "momentum",
                0.99,
                "float",
                Message(MESSAGES[10]),
                Message(MESSAGES[11]),
                low=0.0,
                high=0.999,
                below=1.0,
                step=0.01,
            ),
        ),
        same_shape,
        _batch_norm_params,
        help=Message(MESSAGES[4]),
    )
)
register_layer_type(_global_type("GlobalAveragePooling2D", 6))
register_layer_type(_global_type("GlobalMaxPooling2D", 9))
