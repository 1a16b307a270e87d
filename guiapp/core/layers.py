"""Output shapes and parameter counts of a CNN, layer by layer, with the formulas.

Course part 1, section 3: a CNN is a stack of convolution, pooling, ReLU and
fully-connected layers. For an input of W x H x D:

* Conv2D with K filters F x F, stride S, padding P:
  ``Wc = (W - F + 2P)/S + 1`` (floored), ``Dc = K``,
  parameters ``(F*F*D + 1)*K`` (a bias per filter);
* padding ``"same"`` (Keras): ``Wc = ceil(W/S)``; ``"valid"`` is P = 0;
* pooling F x F, stride S: ``Wp = (W - F)/S + 1``, ``Dp = D``, no parameter;
* Flatten: ``W*H*D`` values; Dense with n units on m inputs: ``(m + 1)*n``.

A stack is plain data: a list of dicts such as ``{"type": "Conv2D", "filters":
64, "kernel_size": 3, "strides": 1, "padding": "valid", "activation": "relu"}``
that saves as JSON. :func:`summarize` needs no Keras; a test checks it against
Keras for many random stacks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .messages import Message

__all__ = [
    "LAYER_TYPES",
    "ACTIVATIONS",
    "LayerRow",
    "default_layer",
    "summarize",
    "total_params",
    "validate_stack",
    "recurrent_params",
    "recurrent_outputs",
    "StackError",
    "Message",
    "MESSAGES",
]

ACTIVATIONS = ("linear", "relu", "sigmoid", "tanh", "softmax")

#: Each layer type with its fields and their defaults.
LAYER_TYPES: dict[str, dict] = {
    "Conv2D": {
        "filters": 32,
        "kernel_size": 3,
        "strides": 1,
        "padding": "valid",
        "activation": "relu",
    },
    "MaxPooling2D": {"pool_size": 2, "strides": 2},
    "AveragePooling2D": {"pool_size": 2, "strides": 2},
    "Activation": {"activation": "relu"},
    "Flatten": {},
    "Dense": {"units": 10, "activation": "relu"},
    "Dropout": {"rate": 0.25},
}


#: Every sentence this module can produce, for the translators.
MESSAGES = (
    "{kind}: '{key}' must be a whole number >= {low}, not {value}",
    "the input shape must be three whole numbers >= 1 (H, W, D), not {value}",
    "the layers must be a list",
    "layer {position}: unknown layer type {kind}",
    "layer {position}: padding must be 'valid', 'same' or a number P >= 0",
    "layer {position}: the dropout rate must be in [0, 1)",
    "layer {position}: unknown activation {value}",
    "ceil({w}/{s}): Keras pads so that the window covers every pixel",
    "{exact} is not whole: Keras floors it to {out}",
    "not computed: a layer above is invalid",
    "{kind} needs an image-shaped input (H, W, D), but after Flatten its input is "
    "{shape}: it has no rows and columns left to slide over",
    "{kind} needs an image-shaped input (H, W, D), but its input is {shape}: "
    "it has no rows and columns left to slide over",
    "the {f}x{f} kernel is larger than the {h}x{w} input plus padding: "
    "the output would be {oh}x{ow}",
    "the {f}x{f} window does not fit in the {h}x{w} input",
    "no Flatten before Dense: Keras applies Dense to the last axis only, so each of "
    "the {positions} positions gets its own {units} outputs, shape {shape}, not a vector",
    "unchanged",
    "0 (pooling learns nothing)",
    "units = {units}",
)


class StackError(ValueError):
    """A stack (or a JSON file) that is not a valid list of layers."""


def default_layer(kind: str) -> dict:
    """A new layer of type ``kind`` with the default settings."""
    return {"type": kind, **LAYER_TYPES[kind]}


@dataclass
class LayerRow:
    """One line of the summary table."""

    index: int
    kind: str
    shape: tuple[int, ...] | None
    params: int
    shape_formula: str = ""
    params_formula: str = ""
    error: str = ""  # the stack breaks here; later rows are not computed
    warning: str = ""  # valid for Keras, but worth knowing
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.error and self.shape is not None


def _positive_int(layer: dict, key: str, low: int = 1) -> int:
    value = layer.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise StackError(
            Message(
                MESSAGES[0], kind=layer.get("type"), key=key, low=low, value=repr(value)
            )
        )
    return value


def validate_stack(input_shape, layers) -> tuple[tuple[int, int, int], list[dict]]:
    """Check a stack's *form* (types, fields, values); raise StackError if wrong.

    The geometry (sizes that reach 0, Conv2D after Flatten) is not an error of
    form: :func:`summarize` marks it at the layer that breaks.
    """
    try:
        shape = tuple(int(v) for v in input_shape)
    except (TypeError, ValueError):
        raise StackError(Message(MESSAGES[1], value=repr(input_shape))) from None
    if len(shape) != 3 or min(shape) < 1:
        raise StackError(Message(MESSAGES[1], value=repr(input_shape)))
    if not isinstance(layers, list):
        raise StackError(Message(MESSAGES[2]))
    clean = []
    for position, layer in enumerate(layers, start=1):
        if not isinstance(layer, dict) or layer.get("type") not in LAYER_TYPES:
            kind = layer.get("type") if isinstance(layer, dict) else layer
            raise StackError(Message(MESSAGES[3], position=position, kind=repr(kind)))
        kind = layer["type"]
        merged = {
            **default_layer(kind),
            **{k: v for k, v in layer.items() if k in LAYER_TYPES[kind]},
        }
        if kind == "Conv2D":
            for key in ("filters", "kernel_size", "strides"):
                _positive_int(merged, key)
            padding = merged["padding"]
            if padding not in ("valid", "same") and not (
                isinstance(padding, int)
                and not isinstance(padding, bool)
                and padding >= 0
            ):
                raise StackError(Message(MESSAGES[4], position=position))
        elif kind in ("MaxPooling2D", "AveragePooling2D"):
            _positive_int(merged, "pool_size")
            _positive_int(merged, "strides")
        elif kind == "Dense":
            _positive_int(merged, "units")
        elif kind == "Dropout":
            rate = merged["rate"]
            if (
                isinstance(rate, bool)
                or not isinstance(rate, (int, float))
                or not 0 <= rate < 1
            ):
                raise StackError(Message(MESSAGES[5], position=position))
        if "activation" in merged and merged["activation"] not in ACTIVATIONS:
            raise StackError(
                Message(
                    MESSAGES[6], position=position, value=repr(merged["activation"])
                )
            )
        clean.append(merged)
    return shape, clean


def _conv_axis(w: int, f: int, s: int, padding) -> tuple[int, str, str]:
    """Output length along one axis, its formula text, and a note if not whole."""
    if padding == "same":
        out = math.ceil(w / s)
        note = "" if w % s == 0 else Message(MESSAGES[7], w=w, s=s)
        return out, f"ceil({w}/{s}) = {out}", note
    p = 0 if padding == "valid" else int(padding)
    numerator = w - f + 2 * p
    if numerator < 0:
        return 0, f"({w} - {f} + 2*{p})/{s} + 1 = {numerator / s + 1:.4g}", ""
    out = numerator // s + 1
    exact = numerator / s + 1
    text = (
        f"({w} - {f} + 2*{p})/{s} + 1 = {out if numerator % s == 0 else f'{exact:.4g}'}"
    )
    note = ""
    if numerator % s:
        text += f" -> {out}"
        note = Message(MESSAGES[8], exact=f"{exact:.4g}", out=out)
    return out, text, note


def _pool_axis(w: int, f: int, s: int) -> tuple[int, str, str]:
    numerator = w - f
    if numerator < 0:
        return 0, f"({w} - {f})/{s} + 1 = {numerator / s + 1:.4g}", ""
    out = numerator // s + 1
    exact = numerator / s + 1
    text = f"({w} - {f})/{s} + 1 = {out if numerator % s == 0 else f'{exact:.4g}'}"
    note = ""
    if numerator % s:
        text += f" -> {out}"
        note = Message(MESSAGES[8], exact=f"{exact:.4g}", out=out)
    return out, text, note


def summarize(input_shape, layers) -> list[LayerRow]:
    """One row per layer: output shape, parameters, and both formulas as text.

    ``input_shape`` is (H, W, D). The first layer that cannot be computed gets
    ``error`` (the reason) and the rows after it have no shape.

    Examples
    --------
    The course's Fashion-MNIST CNN (printed summary):

    >>> rows = summarize((28, 28, 1), [
    ...     {"type": "Conv2D", "filters": 64, "kernel_size": 3, "activation": "linear"},
    ...     {"type": "Activation", "activation": "relu"},
    ...     {"type": "MaxPooling2D", "pool_size": 2, "strides": 2},
    ...     {"type": "Flatten"},
    ...     {"type": "Dense", "units": 10, "activation": "linear"},
    ...     {"type": "Activation", "activation": "softmax"}])
    >>> [(r.shape, r.params) for r in rows]  # doctest: +NORMALIZE_WHITESPACE
    [((26, 26, 64), 640), ((26, 26, 64), 0), ((13, 13, 64), 0), ((10816,), 0),
     ((10,), 108170), ((10,), 0)]
    >>> rows[0].shape_formula, rows[0].params_formula
    ('(28 - 3 + 2*0)/1 + 1 = 26', '(3*3*1 + 1)*64 = 640')
    >>> total_params(rows)
    108810
    """
    shape, layers = validate_stack(input_shape, layers)
    current: tuple[int, ...] | None = shape
    rows: list[LayerRow] = []
    for index, layer in enumerate(layers):
        kind = layer["type"]
        row = LayerRow(index, kind, None, 0)
        rows.append(row)
        if current is None:
            row.error = Message(MESSAGES[9])
            continue
        if kind in ("Conv2D", "MaxPooling2D", "AveragePooling2D") and len(current) != 3:
            after_flatten = any(r.kind == "Flatten" for r in rows[:-1])
            row.error = Message(
                MESSAGES[10 if after_flatten else 11], kind=kind, shape=current
            )
            current = None
            continue
        if kind == "Conv2D":
            h, w, d = current
            f, s, k = layer["kernel_size"], layer["strides"], layer["filters"]
            out_h, text_h, note_h = _conv_axis(h, f, s, layer["padding"])
            out_w, text_w, note_w = _conv_axis(w, f, s, layer["padding"])
            row.shape_formula = (
                text_w
                if (h, text_h) == (w, text_w) or h == w
                else f"H: {text_h}; W: {text_w}"
            )
            row.params = (f * f * d + 1) * k
            row.params_formula = f"({f}*{f}*{d} + 1)*{k} = {row.params}"
            row.notes = [n for n in {note_h, note_w} if n]
            if out_h < 1 or out_w < 1:
                row.error = Message(MESSAGES[12], f=f, h=h, w=w, oh=out_h, ow=out_w)
                current = None
                continue
            current = (out_h, out_w, k)
        elif kind in ("MaxPooling2D", "AveragePooling2D"):
            h, w, d = current
            f, s = layer["pool_size"], layer["strides"]
            out_h, text_h, note_h = _pool_axis(h, f, s)
            out_w, text_w, note_w = _pool_axis(w, f, s)
            row.shape_formula = text_w if h == w else f"H: {text_h}; W: {text_w}"
            row.params_formula = Message(MESSAGES[16])
            row.notes = [n for n in {note_h, note_w} if n]
            if out_h < 1 or out_w < 1:
                row.error = Message(MESSAGES[13], f=f, h=h, w=w)
                current = None
                continue
            current = (out_h, out_w, d)
        elif kind == "Flatten":
            size = math.prod(current)
            row.shape_formula = "*".join(str(v) for v in current) + f" = {size}"
            row.params_formula = "0"
            current = (size,)
        elif kind == "Dense":
            units = layer["units"]
            inputs = current[-1]
            row.params = (inputs + 1) * units
            row.params_formula = f"({inputs} + 1)*{units} = {row.params}"
            if len(current) > 1:
                row.warning = Message(
                    MESSAGES[14],
                    positions="x".join(str(v) for v in current[:-1]),
                    units=units,
                    shape=current[:-1] + (units,),
                )
            current = current[:-1] + (units,)
            row.shape_formula = Message(MESSAGES[17], units=units)
        else:  # Activation, Dropout: same shape, nothing to learn
            row.shape_formula = Message(MESSAGES[15])
            row.params_formula = "0"
        row.shape = current
    return rows


def recurrent_params(kind: str, units: int, inputs: int) -> tuple[int, str]:
    """Parameters of a Keras recurrent layer, with the formula as text.

    SimpleRNN: ``units*(units + inputs + 1)`` (Wx, Wy and b); LSTM: 4 times
    that (input, forget, cell and output gates); GRU (Keras's default
    ``reset_after=True``, two biases per gate): ``3*units*(units + inputs + 2)``.

    >>> recurrent_params("SimpleRNN", 20, 1)
    (440, '20*(20 + 1 + 1) = 440')
    >>> recurrent_params("LSTM", 16, 8)[0]
    1600
    """
    if kind == "SimpleRNN":
        count = units * (units + inputs + 1)
        return count, f"{units}*({units} + {inputs} + 1) = {count}"
    if kind == "LSTM":
        count = 4 * units * (units + inputs + 1)
        return count, f"4*{units}*({units} + {inputs} + 1) = {count}"
    if kind == "GRU":
        count = 3 * units * (units + inputs + 2)
        return count, f"3*{units}*({units} + {inputs} + 2) = {count}"
    raise ValueError(f"unknown recurrent layer {kind!r}")


def recurrent_outputs(
    kind: str,
    batch: int,
    steps: int,
    features: int,
    units: int,
    return_sequences: bool = False,
    return_state: bool = False,
):
    """Names and shapes of what a Keras recurrent layer returns.

    >>> recurrent_outputs("SimpleRNN", 1, 5, 2, 3)
    [('output', (1, 3))]
    >>> recurrent_outputs("LSTM", 32, 20, 8, 16, True, True)
    [('output', (32, 20, 16)), ('memory state', (32, 16)), ('carry state', (32, 16))]
    """
    output = (batch, steps, units) if return_sequences else (batch, units)
    results = [("output", output)]
    if return_state:
        if kind == "LSTM":
            results += [
                ("memory state", (batch, units)),
                ("carry state", (batch, units)),
            ]
        else:
            results.append(("final state", (batch, units)))
    return results


def total_params(rows: list[LayerRow]) -> int:
    """Sum of the parameters of the computed rows."""
    return sum(row.params for row in rows if row.shape is not None)
