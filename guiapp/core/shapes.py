"""Output sizes of convolution and pooling layers, as the course writes them.

The course (part 1, section 3.1) gives, for an input of width W::

    convolution:  Wc = (W - F + 2P) / S + 1      (F kernel size, P padding, S stride)
    pooling:      Wp = (W - F) / S + 1

Beyond the course, a convolution dilated by D (its taps D pixels apart, the
window D(F - 1) + 1 wide) gives ``(W + 2P - D(F - 1) - 1)/S + 1``, the same
formula when D = 1; a transposed convolution gives ``(W - 1)*S - 2P + F``
(Dumoulin and Visin, *A guide to convolution arithmetic*), and Keras's
``Conv2DTranspose`` has its own two rules (:func:`explain_keras_transposed`).

These functions return the *exact* value of the formula: an ``int`` when it is
whole, a ``float`` otherwise, so that a caller can explain a stride that does not
fit instead of hiding it. Keras and :func:`guiapp.core.conv.correlate2d` keep
the floor of that value.

This module is the one place that writes a size formula with the numbers put
in; every tab prints what it returns. A result that is not whole is written
with the floor the layer keeps: ``(10 - 3 + 2*0)/2 + 1 = 4.5 -> 4``.

Every argument must be a whole number (an ``int``, a NumPy integer, or a float
such as ``2.0``): W >= 1, F >= 1, S >= 1, P >= 0. Anything else (2.5, ``True``,
``None``, a string, infinity) raises a ValueError or TypeError that names the
argument, what was given and what is accepted (:func:`whole_number`). A kernel
larger than the padded input is not refused here: the formula gives a size
below 1, which :attr:`OutputSize.valid` reports, so a tab can explain it.

The messages are plain English: the interface checks its own settings before it
calls these functions, so it never shows them; a notebook does.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

__all__ = [
    "OutputSize",
    "conv_output_size",
    "explain_axes",
    "explain_conv",
    "explain_flatten",
    "explain_keras_transposed",
    "explain_pool",
    "explain_same",
    "explain_transposed",
    "format_exact",
    "pool_output_size",
    "transposed_output_size",
    "whole_number",
]


#: The largest whole number an argument may be (NumPy's and Keras's int64).
LARGEST = 2**63 - 1


def whole_number(value, name: str, low: int = 1) -> int:
    """``value`` as an ``int`` if it is a whole number in [``low``, 2**63 - 1].

    Accepted: ``int``, NumPy integers, and floats that are whole (``2.0``,
    ``np.float32(3)``). Refused with a TypeError: ``bool``, ``None``, strings
    and other objects; with a ValueError: a float that is not whole, infinity,
    NaN, or a number below ``low`` or above :data:`LARGEST`. ``name`` says
    which argument it is.

    Examples
    --------
    >>> whole_number(2.0, "stride (S)")
    2
    >>> whole_number(2.5, "stride (S)")
    Traceback (most recent call last):
    ...
    ValueError: stride (S) must be a whole number >= 1 (an int, or a float such as 2.0), not 2.5
    >>> whole_number(True, "padding (P)", low=0)
    Traceback (most recent call last):
    ...
    TypeError: padding (P) must be a whole number >= 0 (an int, or a float such as 2.0), not True (bool)
    """
    accepted = (
        f"{name} must be a whole number >= {low} (an int, or a float such as 2.0)"
    )
    shown = repr(value)
    if len(shown) > 60:  # a long string or list is not echoed whole
        shown = shown[:57] + "..."
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"{accepted}, not {shown} ({type(value).__name__})")
    if not isinstance(value, numbers.Integral) and (
        not math.isfinite(value) or value != math.floor(value)
    ):
        raise ValueError(f"{accepted}, not {shown}")
    number = int(value)
    if number < low:
        raise ValueError(f"{accepted}, not {shown}")
    if number > LARGEST:
        raise ValueError(
            f"{name} must be at most 2**63 - 1 (the largest size NumPy and Keras "
            f"hold), not {shown}"
        )
    return number


def _exact(numerator: int, stride: int) -> int | float:
    """``numerator / stride + 1``: an int when whole, else the nearest float.

    Computed with integers (and one correctly rounded division), so that a
    size near 2**63 is not rounded to a neighbour.
    """
    if numerator % stride == 0:
        return numerator // stride + 1
    return float(Fraction(numerator, stride) + 1)


def _conv_arguments(w, f, p, s, d=1) -> tuple[int, int, int, int, int]:
    return (
        whole_number(w, "w (the input size W)"),
        whole_number(f, "f (the kernel size F)"),
        whole_number(p, "p (the padding P)", low=0),
        whole_number(s, "s (the stride S)"),
        whole_number(d, "d (the dilation D)"),
    )


def _pool_arguments(w, f, s) -> tuple[int, int, int]:
    # Keras: strides=None means pool_size (non-overlapping windows)
    w = whole_number(w, "w (the input size W)")
    f = whole_number(f, "f (the window size F)")
    return w, f, f if s is None else whole_number(s, "s (the stride S)")


def conv_output_size(w: int, f: int, p: int = 0, s: int = 1, d: int = 1) -> int | float:
    """Exact value of the course's convolution size formula.

    .. math:: W_c = \\frac{W - F + 2P}{S} + 1

    and, dilated by D, :math:`\\frac{W + 2P - D(F - 1) - 1}{S} + 1`.

    Parameters
    ----------
    w : int
        Input width (or height) W in pixels.
    f : int
        Kernel size F.
    p : int, optional
        Zero padding P added on each side.
    s : int, optional
        Stride S.
    d : int, optional
        Dilation D: the kernel's taps are D pixels apart (Keras's
        ``dilation_rate``).

    Returns
    -------
    int or float
        An ``int`` when S divides W + 2P - D(F - 1) - 1, otherwise the
        fractional value.

    Examples
    --------
    >>> conv_output_size(300, 3, 1, 1)
    300
    >>> conv_output_size(168, 3)
    166
    >>> conv_output_size(7, 2, 0, 2)
    3.5
    >>> conv_output_size(28, 3, d=2)  # a 5-pixel window
    24
    >>> conv_output_size(5, 0)
    Traceback (most recent call last):
    ...
    ValueError: f (the kernel size F) must be a whole number >= 1 (an int, or a float such as 2.0), not 0
    """
    w, f, p, s, d = _conv_arguments(w, f, p, s, d)
    return _exact(w + 2 * p - d * (f - 1) - 1, s)


def pool_output_size(w: int, f: int, s: int | None = None) -> int | float:
    """Exact value of the course's pooling size formula.

    .. math:: W_p = \\frac{W - F}{S} + 1

    ``s`` defaults to ``f`` (non-overlapping windows, as in the course), and
    ``None`` means ``f``, as Keras's ``strides=None`` means ``pool_size``.

    Examples
    --------
    >>> pool_output_size(300, 4, 4)
    75
    >>> pool_output_size(168, 4, 4)
    42
    >>> pool_output_size(5, 2, 2)
    2.5
    >>> pool_output_size(6, 3), pool_output_size(6, 3, None)
    (2, 2)
    """
    w, f, s = _pool_arguments(w, f, s)
    return _exact(w - f, s)


@dataclass(frozen=True)
class OutputSize:
    """One application of a size formula, with everything needed to explain it.

    ``text`` is the formula with the numbers put in, as the course writes it,
    e.g. ``"(300 - 3 + 2*1)/1 + 1 = 300"``. ``size`` is what a layer actually
    outputs (the floor); ``leftover`` is how many input pixels at the end are
    never covered by a window when the formula is not whole.
    """

    exact: int | float
    size: int
    text: str
    leftover: int

    @property
    def whole(self) -> bool:
        return isinstance(self.exact, int)

    @property
    def valid(self) -> bool:
        return self.size >= 1


def format_exact(value: int | float) -> str:
    """A formula's value as printed: whole numbers as they are, others with at
    least three significant digits after the whole part's.

    >>> format_exact(300), format_exact(149.5), format_exact(1499.5), format_exact(10 / 3)
    ('300', '149.5', '1499.5', '3.333')
    """
    if isinstance(value, int):
        return str(value)
    whole_digits = len(str(int(abs(value))))
    return f"{value:.{max(4, whole_digits + 2)}g}"


def _explain(numerator: int, numerator_text: str, s: int) -> OutputSize:
    exact = _exact(numerator, s)
    size = numerator // s + 1  # the floor of exact, in integers
    leftover = numerator % s if numerator >= 0 else 0
    text = f"{numerator_text}/{s} + 1 = {format_exact(exact)}"
    if not isinstance(exact, int) and size >= 1:
        text += f" -> {size}"  # the one way a non-whole size is printed
    return OutputSize(exact, size, text, leftover)


def explain_conv(w: int, f: int, p: int = 0, s: int = 1, d: int = 1) -> OutputSize:
    """The convolution formula with the numbers put in.

    A value that is not whole is followed by the floor the layer keeps. With
    a dilation D > 1 the general formula is written, D put in.

    Examples
    --------
    >>> explain_conv(300, 3, 1, 1).text
    '(300 - 3 + 2*1)/1 + 1 = 300'
    >>> r = explain_conv(10, 3, 0, 2)
    >>> r.text, r.size, r.leftover
    ('(10 - 3 + 2*0)/2 + 1 = 4.5 -> 4', 4, 1)
    >>> explain_conv(28, 3, -1).text
    Traceback (most recent call last):
    ...
    ValueError: p (the padding P) must be a whole number >= 0 (an int, or a float such as 2.0), not -1
    >>> explain_conv(28, 3, 0, 1, d=2).text
    '(28 + 2*0 - 2*(3 - 1) - 1)/1 + 1 = 24'
    """
    w, f, p, s, d = _conv_arguments(w, f, p, s, d)
    if d == 1:
        return _explain(w - f + 2 * p, f"({w} - {f} + 2*{p})", s)
    return _explain(
        w + 2 * p - d * (f - 1) - 1, f"({w} + 2*{p} - {d}*({f} - 1) - 1)", s
    )


def transposed_output_size(w: int, f: int, p: int = 0, s: int = 1) -> int:
    """Output size of a transposed convolution (the scatter definition).

    .. math:: W_t = (W - 1)\\,S - 2P + F

    Each input pixel adds its value times the kernel at S-pixel steps on a
    grid of (W - 1)S + F pixels; P are then cropped from each side. Always
    whole; below 1 when P crops everything.

    Examples
    --------
    >>> transposed_output_size(7, 3, 0, 2)
    15
    >>> transposed_output_size(14, 4, 1, 2)  # doubles, as in a U-Net
    28
    """
    w, f, p, s, _ = _conv_arguments(w, f, p, s)
    return (w - 1) * s - 2 * p + f


def explain_transposed(w: int, f: int, p: int = 0, s: int = 1) -> OutputSize:
    """The transposed convolution formula with the numbers put in.

    >>> explain_transposed(7, 3, 0, 2).text
    '(7 - 1)*2 - 2*0 + 3 = 15'
    """
    size = transposed_output_size(w, f, p, s)
    return OutputSize(size, size, f"({w} - 1)*{s} - 2*{p} + {f} = {size}", 0)


def explain_keras_transposed(w: int, f: int, s: int, padding: str) -> OutputSize:
    """Keras's ``Conv2DTranspose`` size, which has its own rules.

    ``valid``: ``(W - 1)*S + max(F, S)``, the general formula with P = 0
    when F >= S; when S > F Keras adds S - F zero pixels at the end.
    ``same``: ``W*S``, what a stride-S ``same`` convolution turns back into W.

    Examples
    --------
    >>> explain_keras_transposed(7, 3, 2, "valid").text
    '(7 - 1)*2 + max(3, 2) = 15'
    >>> explain_keras_transposed(7, 2, 3, "valid").text
    '(7 - 1)*3 + max(2, 3) = 21'
    >>> explain_keras_transposed(7, 3, 2, "same").text
    '7*2 = 14'
    """
    w, f, _, s, _ = _conv_arguments(w, f, 0, s)
    if padding == "same":
        size = w * s
        return OutputSize(size, size, f"{w}*{s} = {size}", 0)
    if padding != "valid":
        raise ValueError(f"padding must be 'valid' or 'same', not {padding!r}")
    size = (w - 1) * s + max(f, s)
    return OutputSize(size, size, f"({w} - 1)*{s} + max({f}, {s}) = {size}", 0)


def explain_pool(w: int, f: int, s: int | None = None) -> OutputSize:
    """The pooling formula with the numbers put in.

    ``s=None`` (the default) means ``f``, as Keras's ``strides=None``.

    Examples
    --------
    >>> explain_pool(300, 4, 4).text
    '(300 - 4)/4 + 1 = 75'
    >>> explain_pool(5, 2, 2).text
    '(5 - 2)/2 + 1 = 2.5 -> 2'
    >>> explain_pool(28, 2).text
    '(28 - 2)/2 + 1 = 14'
    """
    w, f, s = _pool_arguments(w, f, s)
    return _explain(w - f, f"({w} - {f})", s)


def explain_same(w: int, s: int = 1) -> OutputSize:
    """Keras's ``padding="same"``: the output is ``ceil(W/S)`` whatever F is.

    Keras pads so that the window covers every pixel, so the value is always
    whole (``leftover`` is 0).

    Examples
    --------
    >>> explain_same(28, 2).text
    'ceil(28/2) = 14'
    >>> explain_same(7, 2).size
    4
    """
    w = whole_number(w, "w (the input size W)")
    s = whole_number(s, "s (the stride S)")
    size = -(-w // s)  # ceil in integers: exact for any size
    return OutputSize(size, size, f"ceil({w}/{s}) = {size}", 0)


def explain_flatten(shape: tuple[int, ...]) -> OutputSize:
    """Flatten lines the values up: ``W*H*D`` of them.

    >>> explain_flatten((13, 13, 64)).text
    '13*13*64 = 10816'
    """
    size = math.prod(shape)
    return OutputSize(size, size, "*".join(str(v) for v in shape) + f" = {size}", 0)


def explain_axes(h: int, w: int, height: OutputSize, width: OutputSize) -> str:
    """One formula when the input is square (both axes alike), else both.

    >>> explain_axes(28, 28, explain_pool(28, 2), explain_pool(28, 2))
    '(28 - 2)/2 + 1 = 14'
    >>> explain_axes(6, 8, explain_pool(6, 2), explain_pool(8, 2))
    'H: (6 - 2)/2 + 1 = 3; W: (8 - 2)/2 + 1 = 4'
    """
    if h == w:
        return width.text
    return f"H: {height.text}; W: {width.text}"
