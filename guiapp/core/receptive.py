"""How far a neuron sees: the receptive field's growth through a stack.

For each layer l with a window of F_l pixels (gaps of a dilation included),
stride S_l and P_l zeros before the input, on one axis::

    r_l     = r_{l-1} + (F_l - 1) * j_{l-1}        (input pixels one output sees)
    j_l     = j_{l-1} * S_l                        (input pixels between two outputs)
    start_l = start_{l-1} + ((F_l - 1)/2 - P_l) * j_{l-1}
                                                   (centre of the first output's field)

from r_0 = 1, j_0 = 1, start_0 = 0.5 (the centre of the input's first pixel,
pixels counted from 0 at their left edge). A layer that keeps each pixel
where it is (activation, dropout, normalisation) changes nothing; after
Flatten or a global pooling each output sees the whole input. The rules are
the layer types' ``window_rule`` (:mod:`guiapp.core.layer_types`).

Examples
--------
Two 3×3 convolutions see 5×5, a 2×2 pooling then doubles the step:

>>> fields = receptive_fields((28, 28, 1), [
...     {"type": "Conv2D", "kernel_size": 3},
...     {"type": "Conv2D", "kernel_size": 3},
...     {"type": "MaxPooling2D", "pool_size": 2, "strides": 2},
...     {"type": "Conv2D", "kernel_size": 3}])
>>> [(f.size, f.jump, f.start) for f in fields]
[(3, 1, 1.5), (5, 1, 2.5), (6, 2, 3.0), (10, 2, 5.0)]
>>> fields[3].formula
'r = 6 + (3 - 1)*2 = 10; j = 2*1 = 2'
"""

from __future__ import annotations

from dataclasses import dataclass

from .layer_types import layer_type
from .layers import summarize, validate_stack

__all__ = ["Field", "receptive_fields"]


@dataclass(frozen=True)
class Field:
    """One layer's receptive field, on the input's first axis (rows).

    ``size`` None means the whole input (``whole``) or a field the simple
    rule does not describe (after a transposed convolution: ``spread``);
    ``formula`` puts the numbers in the rule.
    """

    size: int | None
    jump: int | None
    start: float | None
    formula: str
    kind: str = "window"  # "window", "whole", "spread", "none" (not computed)


def receptive_fields(input_shape, layers) -> list[Field]:
    """The receptive field after each layer of a stack (rows axis).

    A layer the summary cannot compute (the stack breaks above it) has
    ``kind`` ``"none"``.
    """
    input_shape, layers = validate_stack(input_shape, layers)
    rows = summarize(input_shape, layers)
    size, jump, start = 1, 1, 0.5
    n = int(input_shape[0])
    state = "window"
    fields: list[Field] = []
    for row, layer in zip(rows, layers, strict=True):
        if row.shape is None:
            fields.append(Field(None, None, None, "", "none"))
            state = "none"
            continue
        rule = layer_type(layer["type"]).window_rule
        if state != "window":
            fields.append(Field(None, None, None, "", state))
        elif rule is None:
            fields.append(Field(size, jump, start, f"r = {size}; j = {jump}"))
        else:
            window = rule(n, layer)
            if window in ("all", "spread"):
                state = "whole" if window == "all" else "spread"
                fields.append(Field(None, None, None, "", state))
            else:
                f, s, p = window
                new_size = size + (f - 1) * jump
                new_start = start + ((f - 1) / 2 - p) * jump
                formula = (
                    f"r = {size} + ({f} - 1)*{jump} = {new_size}; "
                    f"j = {jump}*{s} = {jump * s}"
                )
                size, jump, start = new_size, jump * s, new_start
                fields.append(Field(size, jump, start, formula))
        if len(row.shape) == 3:
            n = row.shape[0]
    return fields
