"""Output shapes and parameter counts of a CNN, layer by layer, with the formulas.

Course part 1, section 3: a CNN is a stack of convolution, pooling, ReLU and
fully-connected layers. For an input of W x H x D:

* Conv2D with K filters F x F, stride S, padding P:
  ``Wc = (W - F + 2P)/S + 1`` (floored), ``Dc = K``,
  parameters ``(F*F*D + 1)*K`` (a bias per filter);
* padding ``"same"`` (Keras): ``Wc = ceil(W/S)``; ``"valid"`` is P = 0;
* pooling F x F, stride S: ``Wp = (W - F)/S + 1``, ``Dp = D``, no parameter;
* Flatten: ``W*H*D`` values; Dense with n units on m inputs: ``(m + 1)*n``.

Each layer type (its fields, these rules, the editor's labels) is declared once
in :mod:`guiapp.core.layer_types`; this module applies them to a whole stack.

A stack is plain data: a list of dicts such as ``{"type": "Conv2D", "filters":
64, "kernel_size": 3, "strides": 1, "padding": "valid", "activation": "relu"}``
that saves as JSON. :func:`summarize` needs no Keras; a test checks it against
Keras for many random stacks.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from .layer_types import (
    ACTIVATIONS,
    MESSAGES,
    RANGE_MESSAGES,
    LayerType,
    StackError,
    _whole,
    echo,
    layer_type,
    layer_type_names,
    layer_types,
    register_layer_type,
    unregister_layer_type,
)
from .messages import Message
from .shapes import whole_number

__all__ = [
    "LAYER_TYPES",
    "ACTIVATIONS",
    "INPUT_LIMIT",
    "MAX_LAYERS",
    "LayerRow",
    "LayerType",
    "default_layer",
    "layer_type",
    "layer_type_names",
    "layer_types",
    "register_layer_type",
    "unregister_layer_type",
    "summarize",
    "total_params",
    "validate_stack",
    "recurrent_params",
    "recurrent_outputs",
    "StackError",
    "Message",
    "MESSAGES",
    "RANGE_MESSAGES",
]

#: The largest input height, width and depth a stack accepts (and the
#: builder's input fields offer): a larger one is refused, not clamped.
INPUT_LIMIT = 4096
#: The most layers a stack holds (a network file of more is refused).
MAX_LAYERS = 1000


class _Defaults(Mapping):
    """Each registered layer type's defaults, read live from the registry."""

    def __getitem__(self, name: str) -> dict:
        if name not in layer_type_names():
            raise KeyError(name)
        return layer_type(name).defaults()

    def __iter__(self) -> Iterator[str]:
        return iter(layer_type_names())

    def __len__(self) -> int:
        return len(layer_type_names())


#: Each layer type's fields and their defaults (a view of the registry in
#: :mod:`guiapp.core.layer_types`, which says everything else about a type).
LAYER_TYPES: Mapping[str, dict] = _Defaults()


def default_layer(kind: str) -> dict:
    """A new layer of type ``kind`` with the default settings.

    >>> default_layer("Dense")
    {'type': 'Dense', 'units': 10, 'activation': 'relu'}
    """
    return {"type": kind, **layer_type(kind).defaults()}


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


def validate_stack(input_shape, layers) -> tuple[tuple[int, int, int], list[dict]]:
    """Check a stack's *form* (types, fields, values); raise StackError if wrong.

    The input shape is three whole numbers in [1, :data:`INPUT_LIMIT`]; each
    layer is a dict naming a registered type, whose fields are checked against
    their ranges (see :meth:`guiapp.core.layer_types.Field.limits`). Each layer
    gets its type's defaults for the fields it lacks; keys that are not fields
    of its type are dropped. The geometry (sizes that reach 0, Conv2D after
    Flatten) is not an error of form: :func:`summarize` marks it at the layer
    that breaks. The message of a refusal names the layer and the field, what
    was found (shortened) and what is accepted.

    >>> validate_stack((28, 28, 1), [{"type": "Dropout"}])
    ((28, 28, 1), [{'type': 'Dropout', 'rate': 0.25}])
    >>> validate_stack((28, 28, 1), [{"type": "Conv2D", "filters": 10**10}])
    Traceback (most recent call last):
    ...
    guiapp.core.layer_types.StackError: layer 1, Conv2D: 'filters' must be a whole number >= 1 and <= 4096, not 10000000000
    """  # noqa: E501
    shape = _input_shape(input_shape)
    if not isinstance(layers, list):
        raise StackError(Message(MESSAGES[2]))
    if len(layers) > MAX_LAYERS:
        raise StackError(Message(RANGE_MESSAGES[7], high=MAX_LAYERS, count=len(layers)))
    names = ", ".join(layer_type_names())
    clean = []
    for position, layer in enumerate(layers, start=1):
        if not isinstance(layer, dict):
            raise StackError(
                Message(RANGE_MESSAGES[6], position=position, value=echo(layer))
            )
        if "type" not in layer:
            raise StackError(
                Message(RANGE_MESSAGES[5], position=position, choices=names)
            )
        kind = layer["type"]
        try:
            if not isinstance(kind, str):
                raise StackError(kind)
            declared = layer_type(kind)
        except StackError:
            raise StackError(
                Message(
                    RANGE_MESSAGES[8], position=position, kind=echo(kind), choices=names
                )
            ) from None
        clean.append(declared.clean(layer, position))
    return shape, clean


def _input_shape(value) -> tuple[int, int, int]:
    """(H, W, D) as Python ints, or StackError saying what is accepted."""
    refusal = StackError(
        Message(RANGE_MESSAGES[4], high=INPUT_LIMIT, value=echo(value))
    )
    if isinstance(value, (str, bytes, dict)):
        raise refusal
    try:
        values = list(value)
    except TypeError:
        raise refusal from None
    if len(values) != 3 or not all(_whole(v) and 1 <= v <= INPUT_LIMIT for v in values):
        raise refusal
    return tuple(int(v) for v in values)


def summarize(input_shape, layers) -> list[LayerRow]:
    """One row per layer: output shape, parameters, and both formulas as text.

    ``input_shape`` is (H, W, D). Each layer's type (see
    :mod:`guiapp.core.layer_types`) gives its shape and parameter rules. The
    first layer that cannot be computed gets ``error`` (the reason) and the rows
    after it have no shape.

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
        declared = layer_type(kind)
        row = LayerRow(index, kind, None, 0)
        rows.append(row)
        if current is None:
            row.error = Message(MESSAGES[9])
            continue
        if declared.needs_image and len(current) != 3:
            after_flatten = any(r.kind == "Flatten" for r in rows[:-1])
            row.error = Message(
                MESSAGES[10 if after_flatten else 11], kind=kind, shape=current
            )
            current = None
            continue
        outcome = declared.shape_rule(current, layer)
        row.params, row.params_formula = declared.params_rule(current, layer)
        row.shape_formula = outcome.formula
        row.notes = list(outcome.notes)
        row.warning = outcome.warning
        if outcome.error or outcome.shape is None:
            row.error = outcome.error or Message(MESSAGES[9])
            current = None
            continue
        current = tuple(outcome.shape)
        row.shape = current
    return rows


def _recurrent_kind(kind) -> str:
    if not isinstance(kind, str) or kind not in ("SimpleRNN", "LSTM", "GRU"):
        raise ValueError(
            f"unknown recurrent layer {kind!r}; choose one of SimpleRNN, LSTM, GRU"
        )
    return kind


def _reset_after(reset_after) -> bool:
    if not isinstance(reset_after, bool):
        raise TypeError(f"reset_after must be True or False, not {reset_after!r}")
    return reset_after


def recurrent_params(
    kind: str, units: int, inputs: int, reset_after: bool = True
) -> tuple[int, str]:
    """Parameters of a Keras recurrent layer, with the formula as text.

    SimpleRNN: ``units*(units + inputs + 1)`` (Wx, Wy and b); LSTM: 4 times
    that (input, forget, cell and output gates); GRU with Keras's default
    ``reset_after=True`` (the reset gate applied after the recurrent product,
    so two biases per gate): ``3*units*(units + inputs + 2)``; GRU with
    ``reset_after=False`` (one bias per gate): ``3*units*(units + inputs + 1)``.
    ``reset_after`` matters only for a GRU. ``units`` and ``inputs`` are
    whole numbers >= 1 (``2.0`` is accepted).

    >>> recurrent_params("SimpleRNN", 20, 1)
    (440, '20*(20 + 1 + 1) = 440')
    >>> recurrent_params("LSTM", 16, 8)[0]
    1600
    >>> recurrent_params("GRU", 4, 2), recurrent_params("GRU", 4, 2, reset_after=False)
    ((96, '3*4*(4 + 2 + 2) = 96'), (84, '3*4*(4 + 2 + 1) = 84'))
    """
    kind = _recurrent_kind(kind)
    units = whole_number(units, "units")
    inputs = whole_number(inputs, "inputs")
    reset_after = _reset_after(reset_after)
    if kind == "SimpleRNN":
        count = units * (units + inputs + 1)
        return count, f"{units}*({units} + {inputs} + 1) = {count}"
    if kind == "LSTM":
        count = 4 * units * (units + inputs + 1)
        return count, f"4*{units}*({units} + {inputs} + 1) = {count}"
    biases = 2 if reset_after else 1
    count = 3 * units * (units + inputs + biases)
    return count, f"3*{units}*({units} + {inputs} + {biases}) = {count}"


def recurrent_outputs(
    kind: str,
    batch: int,
    steps: int,
    features: int,
    units: int,
    return_sequences: bool = False,
    return_state: bool = False,
    reset_after: bool = True,
):
    """Names and shapes of what a Keras recurrent layer returns.

    ``batch`` and ``steps`` may be None (unknown), as Keras prints them.
    ``reset_after`` (GRU only) changes the parameters, not the shapes: it is
    accepted so that a layer's settings can be passed as they are.

    >>> recurrent_outputs("SimpleRNN", 1, 5, 2, 3)
    [('output', (1, 3))]
    >>> recurrent_outputs("LSTM", 32, 20, 8, 16, True, True)
    [('output', (32, 20, 16)), ('memory state', (32, 16)), ('carry state', (32, 16))]
    >>> recurrent_outputs("GRU", None, 20, 8, 16, True, True, reset_after=False)
    [('output', (None, 20, 16)), ('final state', (None, 16))]
    """
    kind = _recurrent_kind(kind)
    # Keras writes an unknown batch or number of steps as None
    batch = None if batch is None else whole_number(batch, "batch")
    steps = None if steps is None else whole_number(steps, "steps")
    whole_number(features, "features")
    units = whole_number(units, "units")
    _reset_after(reset_after)
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


#: The most parameters guiapp builds in Keras (400 MB of float32 weights): a
#: valid network of 5·10¹² parameters would exhaust a laptop's memory.
MAX_PARAMS = 100_000_000


def total_params(rows: list[LayerRow]) -> int:
    """Sum of the parameters of the computed rows."""
    return sum(row.params for row in rows if row.shape is not None)
