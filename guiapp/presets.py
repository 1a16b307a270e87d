"""The course's networks, by name, as plain data (no Keras, no Qt).

>>> from guiapp.presets import PRESETS
>>> sorted(PRESETS)
['fashion-cnn', 'fashion-cnn-deep', 'lenet5', 'mnist-dense', 'modern-cnn']

Each preset has an ``input`` shape (H, W, D), its ``layers`` (see
:mod:`guiapp.core.layers`) and the ``figures`` the course prints for it, which
the tests check.
"""

from __future__ import annotations

import copy

__all__ = ["PRESETS", "preset"]


def _conv(filters, size, padding="valid", activation="linear", strides=1):
    return {
        "type": "Conv2D",
        "filters": filters,
        "kernel_size": size,
        "strides": strides,
        "padding": padding,
        "activation": activation,
    }


def _pool(kind="MaxPooling2D", size=2, strides=2):
    return {"type": kind, "pool_size": size, "strides": strides}


def _block(filters):
    """Conv2D (no activation, 'same') -> BatchNormalization -> ReLU; momentum
    0.9: Keras's 0.99 needs about a thousand steps before its moving variance
    forgets its start at 1 (a class's few hundred images predicted one class)."""
    return [
        _conv(filters, 3, "same"),
        {"type": "BatchNormalization", "momentum": 0.9},
        {"type": "Activation", "activation": "relu"},
    ]


def _dense(units, activation):
    return {"type": "Dense", "units": units, "activation": activation}


PRESETS: dict[str, dict] = {
    # Course part 1, 4.1: the printed summary has one hidden layer of 100
    # (the comment above it says "200 and 100": one of the course's slips).
    "mnist-dense": {
        "input": [28, 28, 1],
        "layers": [{"type": "Flatten"}, _dense(100, "relu"), _dense(10, "softmax")],
        "figures": {"params": [0, 78500, 1010], "total": 79510},
    },
    # Course part 1, Fashion MNIST, the printed summary.
    "fashion-cnn": {
        "input": [28, 28, 1],
        "layers": [
            _conv(64, 3),
            {"type": "Activation", "activation": "relu"},
            _pool(),
            {"type": "Flatten"},
            _dense(10, "linear"),
            {"type": "Activation", "activation": "softmax"},
        ],
        "figures": {
            "shapes": [[26, 26, 64], [26, 26, 64], [13, 13, 64], [10816], [10], [10]],
            "params": [640, 0, 0, 0, 108170, 0],
            "total": 108810,
        },
    },
    # Course part 1, Fashion MNIST, the deeper network built step by step.
    "fashion-cnn-deep": {
        "input": [28, 28, 1],
        "layers": [
            _conv(20, 3, "same", "relu"),
            _conv(20, 3, "same", "relu"),
            _pool(),
            {"type": "Flatten"},
            _dense(20, "relu"),
            _dense(20, "relu"),
            _dense(10, "softmax"),
        ],
        "figures": {"params": [200, 3620, 0, 0, 78420, 420, 210], "total": 82870},
    },
    # LeCun et al. 1998, a classic beyond the course (tanh and average pooling).
    "lenet5": {
        "input": [32, 32, 1],
        "layers": [
            _conv(6, 5, activation="tanh"),
            _pool("AveragePooling2D"),
            _conv(16, 5, activation="tanh"),
            _pool("AveragePooling2D"),
            {"type": "Flatten"},
            _dense(120, "tanh"),
            _dense(84, "tanh"),
            _dense(10, "softmax"),
        ],
        "figures": {"params": [156, 0, 2416, 0, 0, 48120, 10164, 850], "total": 61706},
    },
    # A small network as they are made after LeNet: conv-BN-ReLU blocks and a
    # global pooling instead of Flatten (a quarter of the course's CNN's weights,
    # and it does not care where in the image the shape is). Keras's counts.
    "modern-cnn": {
        "input": [28, 28, 1],
        "layers": [
            *_block(16),
            _pool(),
            *_block(32),
            _pool(),
            *_block(64),
            {"type": "GlobalAveragePooling2D"},
            _dense(10, "softmax"),
        ],
        "figures": {
            "params": [160, 64, 0, 0, 4640, 128, 0, 0, 18496, 256, 0, 0, 650],
            "total": 24394,
        },
    },
}


def preset(name: str) -> tuple[tuple[int, int, int], list[dict]]:
    """(input shape, a fresh copy of the layers) of the preset ``name``, each
    layer with every field of its type (a field added later, such as Conv2D's
    ``dilation_rate``, at its default), as the builder holds it."""
    from .core.layers import validate_stack

    entry = PRESETS[name]
    return validate_stack(tuple(entry["input"]), copy.deepcopy(entry["layers"]))
