"""The layer types a stack can hold, each declared once (no Qt, no Keras).

A :class:`LayerType` says everything guiapp needs about one kind of layer:

* its fields (:class:`Field`: name, default, kind, range, editor widget, label
  and a help sentence), which :func:`guiapp.core.layers.validate_stack` checks
  and the builder's layer editor is generated from;
* its shape rule: the output shape and the size formula with the numbers put
  in (written by :mod:`guiapp.core.shapes`), notes, an error where it breaks;
* its parameter rule: the count and its formula with the numbers put in;
* a short line that describes a layer in the builder's list.

Each field's range is checked *and* is the editor's range (:meth:`Field.limits`):
a value the checks accept is one the builder's widgets can show, and a value
above it is refused with a sentence naming the layer, the field, what was found
and what is accepted; nothing is clamped silently. A refused value is echoed
shortened (:func:`echo`), so a file holding a huge string gives a short message.

The Keras side (how to build the layer and the script line it writes) is
registered by type name in :mod:`guiapp.ml.layer_builders`. A new layer type is
one :func:`register_layer_type` here plus one ``register_keras_builder`` there.
An unknown name raises :class:`StackError` naming it: nothing falls through to a
default.

>>> layer_type("Conv2D").defaults()["kernel_size"]
3
>>> [field.name for field in layer_type("MaxPooling2D").fields]
['pool_size', 'strides']
>>> layer_type("Conv3D")
Traceback (most recent call last):
...
guiapp.core.layer_types.StackError: unknown layer type 'Conv3D'
"""

from __future__ import annotations

import dataclasses
import numbers
from collections.abc import Callable
from dataclasses import dataclass, replace

from .messages import ECHO_LIMIT, Message, echo, shorten
from .shapes import (
    OutputSize,
    explain_axes,
    explain_conv,
    explain_flatten,
    explain_pool,
    explain_same,
    format_exact,
)

__all__ = [
    "ACTIVATIONS",
    "ECHO_LIMIT",
    "FIELD_KINDS",
    "FLOAT_LIMIT",
    "INT_LIMIT",
    "MESSAGES",
    "RANGE_MESSAGES",
    "Field",
    "LayerShape",
    "LayerType",
    "StackError",
    "layer_type",
    "layer_type_names",
    "layer_types",
    "register_layer_type",
    "echo",
    "shorten",
    "unregister_layer_type",
]

ACTIVATIONS = ("linear", "relu", "sigmoid", "tanh", "softmax")

#: Every sentence guiapp.core.layers can produce, for the translators (the
#: interface translates a Message by its template; guiapp/ui/i18n.py lists
#: them all, in this order, for lupdate).
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
    # 18-20: the registry's own refusals
    "unknown layer type {kind}",
    "{kind}: '{key}' must be a number in [{low}, {high}), not {value}",
    "{kind}: '{key}' must be one of {choices}, not {value}",
    # 21-37: the layer editor's labels and help sentences
    "Filters K:",
    "K, the number of filters: the depth of the output.",
    "Kernel F:",
    "F, the side of each filter (F×F×D weights).",
    "Stride S:",
    "S, the step of the window.",
    "Padding:",
    "valid: no padding (P = 0). same: Keras pads so the output is ceil(W/S). "
    "Or a number P of zero rows and columns on each side.",
    "Activation:",
    "The function applied to each output.",
    "Window F:",
    "F, the side of each pooling cell.",
    "Units:",
    "The number of neurons; each has one weight per input plus a bias.",
    "Rate:",
    "The share of inputs set to zero at random during training; no parameter.",
    "Flatten has no setting: it lines the values up into one vector of H×W×D numbers.",
    # 38-40: dilation (Conv2D's dilation_rate)
    "Dilation D:",
    "D, the distance between the kernel's taps: the window spans D(F - 1) + 1 "
    "pixels and sees every D-th one. Keras allows D > 1 only with stride 1.",
    "strides {s} and dilation {d} together: Keras refuses a stride above 1 with a "
    "dilation above 1; set S = 1 or D = 1",
)


#: The refusals of a value outside a field's range (guiapp.ui.builder lists them
#: for lupdate, with guiapp.ui.builder.state.FILE_MESSAGES).
RANGE_MESSAGES = (
    "layer {position}, {kind}: '{key}' must be a whole number >= {low} and <= {high}, "
    "not {value}",
    "layer {position}, {kind}: '{key}' must be a number >= {low} and <= {high}, "
    "not {value}",
    "layer {position}, {kind}: '{key}' must be 'valid', 'same' or a whole number "
    "P >= 0 and <= {high}, not {value}",
    "layer {position}, {kind}: '{key}' must be one of {choices}, not {value}",
    "the input shape must be three whole numbers (H, W, D) >= 1 and <= {high}, "
    "not {value}",
    'layer {position}: no "type": each layer names its type, one of {choices}',
    'layer {position}: a layer is an object such as {{"type": "Flatten"}}, not {value}',
    "a network holds at most {high} layers, not {count}",
    "layer {position}: unknown layer type {kind}; the types are {choices}",
    "layer {position}, {kind}: '{key}' must be a number >= {low} and < {high}, "
    "not {value}",
)

#: The largest whole number an ``int`` field without ``high`` accepts: a 32-bit
#: Qt spin box's top, so the editor can show every value the checks accept.
INT_LIMIT = 2**31 - 1
#: The same for a ``float`` field without ``high`` (the editor's range).
FLOAT_LIMIT = 1e9


class StackError(ValueError):
    """A stack (or a JSON file) that is not a valid list of layers."""


def _number_text(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _whole(value) -> bool:
    """An int (NumPy's too), not a bool."""
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


# ---- fields

#: What a field holds; the editor widget follows from it (see Field.editor).
FIELD_KINDS = ("int", "float", "choice", "padding")
_EDITORS = {
    "int": "spin",
    "float": "double_spin",
    "choice": "combo",
    "padding": "padding",
}


@dataclass(frozen=True)
class Field:
    """One setting of a layer type, with what the editor and the checks need.

    Parameters
    ----------
    name : str
        The key in the layer's dict (and in the JSON file), e.g. ``"kernel_size"``.
    default :
        The value of a new layer.
    kind : {"int", "float", "choice", "padding"}
        ``int``: a whole number >= ``low``. ``float``: a number in
        [``low``, ``below``). ``choice``: one of ``choices``. ``padding``:
        ``"valid"``, ``"same"`` or a whole number P >= 0.
    label, help : str
        The editor's label and tooltip (a :class:`Message` for the built-in
        types, so the interface translates them; a plain ``str`` also works).
    low, high :
        The range accepted, which is also the editor's (see :meth:`limits`):
        both are checked, a value above ``high`` is refused, not clamped. For
        ``padding``, ``high`` is the largest P accepted.
    below : float, optional
        For ``float``: the value must be smaller (checked).
    step : float
        The editor's step (spin boxes).
    choices : tuple
        For ``choice``: the allowed values, in the editor's order.
    message : str, optional
        A template of :data:`MESSAGES` for a refused value, instead of the
        kind's generic one. It may use ``position``, ``kind``, ``key``, ``low``,
        ``high``, ``choices`` and ``value``.
    offered : int, optional
        For ``padding``: the largest P listed in the editor's list (default
        ``high``); a larger accepted P read from a file is added when shown.
    same_as : str, optional
        When the layer lacks this field or gives None, it takes the value of
        that other field (Keras's pooling: ``strides=None`` means ``pool_size``).
    """

    name: str
    default: object
    kind: str
    label: str
    help: str = ""
    low: float | None = None
    high: float | None = None
    below: float | None = None
    step: float = 1
    choices: tuple = ()
    message: str | None = None
    offered: int | None = None
    same_as: str | None = None

    def __post_init__(self):
        if self.kind not in FIELD_KINDS:
            raise ValueError(
                f"field {self.name!r}: kind must be one of {FIELD_KINDS}, not {self.kind!r}"
            )

    @property
    def editor(self) -> str:
        """The editor widget: ``spin``, ``double_spin``, ``combo`` or ``padding``."""
        return _EDITORS[self.kind]

    def limits(self) -> tuple[float, float] | tuple[None, None]:
        """(lowest, highest) value accepted, which the editor's widget offers.

        An ``int`` field without ``high`` stops at :data:`INT_LIMIT` (a Qt
        spin box holds no more), a ``float`` one at :data:`FLOAT_LIMIT`.

        >>> layer_type("Conv2D").field("filters").limits()
        (1, 4096)
        """
        if self.kind == "int":
            low = 1 if self.low is None else max(int(self.low), -INT_LIMIT)
            high = INT_LIMIT if self.high is None else min(int(self.high), INT_LIMIT)
            return low, high
        if self.kind == "float":
            low = -FLOAT_LIMIT if self.low is None else max(self.low, -FLOAT_LIMIT)
            high = FLOAT_LIMIT if self.high is None else min(self.high, FLOAT_LIMIT)
            if self.below is not None:
                high = min(high, self.below)
            return low, high
        if self.kind == "padding":
            return 0, INT_LIMIT if self.high is None else min(int(self.high), INT_LIMIT)
        return None, None

    def options(self) -> list[tuple[str, object]]:
        """(text, value) of each entry of a ``combo`` or ``padding`` editor.

        >>> PADDING.options()[:3]
        [('valid', 'valid'), ('same', 'same'), ('P = 1', 1)]
        """
        if self.kind == "choice":
            return [(str(choice), choice) for choice in self.choices]
        if self.kind == "padding":
            top = self.limits()[1]
            if self.offered is not None:
                top = min(top, self.offered)
            return [("valid", "valid"), ("same", "same")] + [
                (f"P = {p}", p) for p in range(1, top + 1)
            ]
        return []

    def check(self, value, kind: str, position: int):
        """``value`` if it is allowed (an int or a float as Python's own), else
        raise :class:`StackError` naming the layer, the field, what was found
        and what is accepted."""
        low, high = self.limits()
        values = {
            "position": position,
            "kind": kind,
            "key": self.name,
            "low": _number_text(low),
            "high": _number_text(high),
            "choices": ", ".join(repr(c) for c in self.choices),
            "value": echo(value),
        }
        if self.kind == "int":
            if _whole(value) and low <= value <= high:
                return int(value)
            template = RANGE_MESSAGES[0]
        elif self.kind == "float":
            number = isinstance(value, numbers.Real) and not isinstance(value, bool)
            if (
                number
                and low <= value <= high
                and (self.below is None or value < self.below)
            ):
                return float(value)
            template = RANGE_MESSAGES[1]
            if self.below is not None and high >= self.below:
                template = RANGE_MESSAGES[9]  # [low, below): the bound is excluded
                values["high"] = _number_text(self.below)
        elif self.kind == "choice":
            # by type and value: True is not 1, and an unhashable value is no error
            if any(type(value) is type(c) and value == c for c in self.choices):
                return value
            template = RANGE_MESSAGES[3]
        else:  # padding
            if isinstance(value, str) and value in ("valid", "same"):
                return value
            if _whole(value) and 0 <= value <= high:
                return int(value)
            template = RANGE_MESSAGES[2]
        raise StackError(Message(self.message or template, **values))


# ---- shape and parameter rules


@dataclass
class LayerShape:
    """What a shape rule returns for one layer.

    ``shape`` is the output shape (None when ``error`` says why there is none);
    ``formula`` the size formula with the numbers put in; ``notes`` what is
    worth knowing (a floored size); ``warning`` what Keras does that a student
    may not expect.
    """

    shape: tuple[int, ...] | None
    formula: str = ""
    notes: list[str] = dataclasses.field(default_factory=list)
    error: str = ""
    warning: str = ""


#: (input shape, layer) -> LayerShape
ShapeRule = Callable[[tuple, dict], LayerShape]
#: (input shape, layer) -> (count, formula with the numbers put in)
ParamsRule = Callable[[tuple, dict], tuple[int, str]]


def same_shape(shape: tuple, layer: dict) -> LayerShape:
    """Shape rule of a layer that changes values, not their arrangement."""
    return LayerShape(shape, Message(MESSAGES[15]))


def no_params(shape: tuple, layer: dict) -> tuple[int, str]:
    """Parameter rule of a layer with nothing to learn."""
    return 0, "0"


def _describe_fields(layer_type: LayerType, layer: dict) -> str:
    values = ", ".join(str(layer[f.name]) for f in layer_type.fields)
    return f"{layer_type.name} {values}" if values else layer_type.name


@dataclass(frozen=True)
class LayerType:
    """Everything guiapp needs about one kind of layer (see the module doc).

    ``needs_image``: the layer slides over rows and columns, so its input must
    be (H, W, D); :func:`guiapp.core.layers.summarize` refuses it after Flatten.
    ``help``: a sentence for the editor when the type has no field.
    ``describe``: the builder list's line for a layer (default: the type and
    its values).
    ``window_rule``: how far one output pixel sees, for
    :mod:`guiapp.core.receptive`: the (F, S, P before) of its window on one axis
    of the input, ``"all"`` when each output sees the whole input (Flatten,
    global pooling), ``"spread"`` when outputs share inputs unevenly (a
    transposed convolution); None (the default) for a layer that keeps each
    pixel where it is (activation, dropout, normalisation).
    """

    name: str
    fields: tuple[Field, ...]
    shape_rule: ShapeRule
    params_rule: ParamsRule
    needs_image: bool = False
    help: str = ""
    describe_rule: Callable[[dict], str] | None = None
    window_rule: Callable[[int, dict], tuple[int, int, int] | str] | None = None

    def defaults(self) -> dict:
        """The fields of a new layer, with their default values."""
        return {f.name: f.default for f in self.fields}

    def field(self, name: str) -> Field:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(f"{self.name} has no field {name!r}")

    def clean(self, layer: dict, position: int) -> dict:
        """The layer with its defaults filled in, unknown keys dropped, each
        value checked (:class:`StackError` names the first refused one)."""
        merged = {"type": self.name, **self.defaults()}
        merged.update({k: v for k, v in layer.items() if k in merged and k != "type"})
        for each in self.fields:
            if each.same_as and layer.get(each.name) is None:
                merged[each.name] = merged[each.same_as]
        for each in self.fields:
            merged[each.name] = each.check(merged[each.name], self.name, position)
        return merged

    def unknown_keys(self, layer: dict) -> list[str]:
        """The keys of ``layer`` that are not fields of this type (``clean``
        drops them; a file loader reports them)."""
        known = {"type", *(f.name for f in self.fields)}
        return [key for key in layer if key not in known]

    def describe(self, layer: dict) -> str:
        """A short line for the builder's list: ``Conv2D 64 3×3, S=1, valid, relu``."""
        if self.describe_rule is not None:
            return self.describe_rule(layer)
        return _describe_fields(self, layer)


# ---- the registry

_REGISTRY: dict[str, LayerType] = {}


def register_layer_type(layer_type: LayerType) -> LayerType:
    """Add a layer type; it is then valid in stacks, files and the editor.

    Raises ``ValueError`` if the name is taken. Register its Keras builder in
    :mod:`guiapp.ml.layer_builders` too.
    """
    if layer_type.name in _REGISTRY:
        raise ValueError(f"layer type {layer_type.name!r} is already registered")
    _REGISTRY[layer_type.name] = layer_type
    return layer_type


def unregister_layer_type(name: str) -> None:
    """Remove a layer type (a test's own, say)."""
    del _REGISTRY[name]


def layer_type(name: str) -> LayerType:
    """The registered type ``name``; :class:`StackError` naming it if unknown."""
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise StackError(Message(MESSAGES[18], kind=repr(name))) from None


def layer_type_names() -> tuple[str, ...]:
    """The registered names, in the order they were registered (the Add menu's)."""
    return tuple(_REGISTRY)


def layer_types() -> tuple[LayerType, ...]:
    return tuple(_REGISTRY.values())


# ---- the built-in types: the course's layers

# The upper limits are the editor's and the checks' (a larger value in a file is
# refused, never clamped): generous for a course, small enough that a summary
# stays readable and every value fits a spin box.
STRIDES = Field(
    "strides", 1, "int", Message(MESSAGES[25]), Message(MESSAGES[26]), low=1, high=64
)
PADDING = Field(
    "padding",
    "valid",
    "padding",
    Message(MESSAGES[27]),
    Message(MESSAGES[28]),
    low=0,
    high=64,
    offered=5,
)
ACTIVATION = Field(
    "activation",
    "relu",
    "choice",
    Message(MESSAGES[29]),
    Message(MESSAGES[30]),
    choices=ACTIVATIONS,
)


DILATION = Field(
    "dilation_rate",
    1,
    "int",
    Message(MESSAGES[38]),
    Message(MESSAGES[39]),
    low=1,
    high=16,
)


def conv_axis(n: int, f: int, s: int, padding, d: int = 1) -> tuple[OutputSize, str]:
    """One axis of a convolution: the size explained, and a note if Keras floors it."""
    if padding == "same":
        size = explain_same(n, s)
        return size, Message(MESSAGES[7], w=n, s=s) if n % s else ""
    size = explain_conv(n, f, 0 if padding == "valid" else int(padding), s, d)
    note = ""
    if size.valid and not size.whole:
        note = Message(MESSAGES[8], exact=format_exact(size.exact), out=size.size)
    return size, note


def _pool_axis(n: int, f: int, s: int) -> tuple[OutputSize, str]:
    size = explain_pool(n, f, s)
    note = ""
    if size.valid and not size.whole:
        note = Message(MESSAGES[8], exact=format_exact(size.exact), out=size.size)
    return size, note


def conv_shape(shape: tuple, layer: dict) -> LayerShape:
    """Shape rule of a convolution (Conv2D, SeparableConv2D): kernel_size,
    strides, padding, and dilation_rate when the type has it."""
    h, w, _ = shape
    f, s = layer["kernel_size"], layer["strides"]
    d = layer.get("dilation_rate", 1)
    if d > 1 and s > 1:
        return LayerShape(None, error=Message(MESSAGES[40], s=s, d=d))
    (height, note_h), (width, note_w) = (
        conv_axis(n, f, s, layer["padding"], d) for n in (h, w)
    )
    result = LayerShape(
        (height.size, width.size, layer["filters"]),
        explain_axes(h, w, height, width),
        [n for n in dict.fromkeys((note_h, note_w)) if n],
    )
    if not (height.valid and width.valid):
        result.shape = None
        result.error = Message(
            MESSAGES[12],
            f=d * (f - 1) + 1,
            h=h,
            w=w,
            oh=max(0, height.size),
            ow=max(0, width.size),
        )
    return result


def conv_params(shape: tuple, layer: dict) -> tuple[int, str]:
    """Parameter rule of a convolution (and of a transposed one): F×F×D
    weights and a bias per filter."""
    f, d, k = layer["kernel_size"], shape[-1], layer["filters"]
    count = (f * f * d + 1) * k
    return count, f"({f}*{f}*{d} + 1)*{k} = {count}"


def conv_window(n: int, layer: dict) -> tuple[int, int, int]:
    """(F, S, P before) of a convolution on an axis of ``n`` pixels: F with
    the dilation's gaps, P as Keras pads (``same``: the smaller half before)."""
    f = layer.get("dilation_rate", 1) * (layer["kernel_size"] - 1) + 1
    s, padding = layer["strides"], layer["padding"]
    if padding == "same":
        total = max((-(-n // s) - 1) * s + f - n, 0)
        return f, s, total // 2
    return f, s, 0 if padding == "valid" else int(padding)


def describe_conv(layer: dict) -> str:
    """``Conv2D 64 3×3, S=1, valid, relu`` (``D=2`` after S when dilated)."""
    padding = layer["padding"]
    padding = f"P={padding}" if isinstance(padding, int) else padding
    dilation = layer.get("dilation_rate", 1)
    dilated = f", D={dilation}" if dilation > 1 else ""
    return (
        f"{layer['type']} {layer['filters']} "
        f"{layer['kernel_size']}×{layer['kernel_size']}, "
        f"S={layer['strides']}{dilated}, {padding}, {layer['activation']}"
    )


def _pool_shape(shape: tuple, layer: dict) -> LayerShape:
    h, w, d = shape
    f, s = layer["pool_size"], layer["strides"]
    (height, note_h), (width, note_w) = (_pool_axis(n, f, s) for n in (h, w))
    result = LayerShape(
        (height.size, width.size, d),
        explain_axes(h, w, height, width),
        [n for n in dict.fromkeys((note_h, note_w)) if n],
    )
    if not (height.valid and width.valid):
        result.shape = None
        result.error = Message(MESSAGES[13], f=f, h=h, w=w)
    return result


def _pool_params(shape: tuple, layer: dict) -> tuple[int, str]:
    return 0, Message(MESSAGES[16])


def _describe_pool(layer: dict) -> str:
    return (
        f"{layer['type']} {layer['pool_size']}×{layer['pool_size']}, "
        f"S={layer['strides']}"
    )


def _flatten_shape(shape: tuple, layer: dict) -> LayerShape:
    size = explain_flatten(shape)
    return LayerShape((size.size,), size.text)


def _dense_shape(shape: tuple, layer: dict) -> LayerShape:
    units = layer["units"]
    result = LayerShape(shape[:-1] + (units,), Message(MESSAGES[17], units=units))
    if len(shape) > 1:
        result.warning = Message(
            MESSAGES[14],
            positions="x".join(str(v) for v in shape[:-1]),
            units=units,
            shape=shape[:-1] + (units,),
        )
    return result


def _dense_params(shape: tuple, layer: dict) -> tuple[int, str]:
    inputs, units = shape[-1], layer["units"]
    count = (inputs + 1) * units
    return count, f"({inputs} + 1)*{units} = {count}"


def _pool_type(name: str) -> LayerType:
    return LayerType(
        name,
        (
            Field(
                "pool_size",
                2,
                "int",
                Message(MESSAGES[31]),
                Message(MESSAGES[32]),
                low=1,
                high=64,
            ),
            # Keras: strides=None (or left out) is the pool size
            replace(STRIDES, default=2, same_as="pool_size"),
        ),
        _pool_shape,
        _pool_params,
        needs_image=True,
        describe_rule=_describe_pool,
        window_rule=lambda n, layer: (layer["pool_size"], layer["strides"], 0),
    )


register_layer_type(
    LayerType(
        "Conv2D",
        (
            Field(
                "filters",
                32,
                "int",
                Message(MESSAGES[21]),
                Message(MESSAGES[22]),
                low=1,
                high=4096,
            ),
            Field(
                "kernel_size",
                3,
                "int",
                Message(MESSAGES[23]),
                Message(MESSAGES[24]),
                low=1,
                high=64,
            ),
            STRIDES,
            PADDING,
            ACTIVATION,
            DILATION,
        ),
        conv_shape,
        conv_params,
        needs_image=True,
        describe_rule=describe_conv,
        window_rule=conv_window,
    )
)
register_layer_type(_pool_type("MaxPooling2D"))
register_layer_type(_pool_type("AveragePooling2D"))
register_layer_type(
    LayerType(
        "Activation",
        (ACTIVATION,),
        same_shape,
        no_params,
        describe_rule=lambda layer: f"Activation {layer['activation']}",
    )
)
register_layer_type(
    LayerType(
        "Flatten",
        (),
        _flatten_shape,
        no_params,
        help=Message(MESSAGES[37]),
        window_rule=lambda n, layer: "all",
    )
)
register_layer_type(
    LayerType(
        "Dense",
        (
            Field(
                "units",
                10,
                "int",
                Message(MESSAGES[33]),
                Message(MESSAGES[34]),
                low=1,
                high=100000,
            ),
            ACTIVATION,
        ),
        _dense_shape,
        _dense_params,
        describe_rule=lambda layer: f"Dense {layer['units']}, {layer['activation']}",
    )
)
register_layer_type(
    LayerType(
        "Dropout",
        (
            Field(
                "rate",
                0.25,
                "float",
                Message(MESSAGES[35]),
                Message(MESSAGES[36]),
                low=0.0,
                high=0.99,
                below=1.0,
                step=0.05,
            ),
        ),
        same_shape,
        no_params,
        describe_rule=lambda layer: f"Dropout {layer['rate']:g}",
    )
)


# the layers of the networks after LeNet, after the course's (the Add menu's order)
from . import modern_layers  # noqa: E402, F401
