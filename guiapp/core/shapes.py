"""Output sizes of convolution and pooling layers, as the course writes them.

The course (part 1, section 3.1) gives, for an input of width W::

    convolution:  Wc = (W - F + 2P) / S + 1      (F kernel size, P padding, S stride)
    pooling:      Wp = (W - F) / S + 1

These functions return the *exact* value of the formula: an ``int`` when it is
whole, a ``float`` otherwise, so that a caller can explain a stride that does not
fit instead of hiding it. Keras and :func:`guiapp.core.conv.correlate2d` keep
the floor of that value.

This module is the one place that writes a size formula with the numbers put
in; every tab prints what it returns. A result that is not whole is written
with the floor the layer keeps: ``(10 - 3 + 2*0)/2 + 1 = 4.5 -> 4``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = [
    "OutputSize",
    "conv_output_size",
    "explain_axes",
    "explain_conv",
    "explain_flatten",
    "explain_pool",
    "explain_same",
    "format_exact",
    "pool_output_size",
]


def _exact(numerator: int, stride: int) -> int | float:
    if stride < 1:
        raise ValueError(f"the stride S must be at least 1, not {stride}")
    value = numerator / stride + 1
    return int(value) if numerator % stride == 0 else value


def conv_output_size(w: int, f: int, p: int = 0, s: int = 1) -> int | float:
    """Exact value of the course's convolution size formula.

    .. math:: W_c = \\frac{W - F + 2P}{S} + 1

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

    Returns
    -------
    int or float
        An ``int`` when S divides W - F + 2P, otherwise the fractional value.

    Examples
    --------
    >>> conv_output_size(300, 3, 1, 1)
    300
    >>> conv_output_size(168, 3)
    166
    >>> conv_output_size(7, 2, 0, 2)
    3.5
    """
    return _exact(w - f + 2 * p, s)


def pool_output_size(w: int, f: int, s: int | None = None) -> int | float:
    """Exact value of the course's pooling size formula.

    .. math:: W_p = \\frac{W - F}{S} + 1

    ``s`` defaults to ``f`` (non-overlapping windows, as in the course).

    Examples
    --------
    >>> pool_output_size(300, 4, 4)
    75
    >>> pool_output_size(168, 4, 4)
    42
    >>> pool_output_size(5, 2, 2)
    2.5
    """
    return _exact(w - f, f if s is None else s)


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
    size = math.floor(numerator / s) + 1 if numerator >= 0 else math.floor(exact)
    leftover = numerator % s if numerator >= 0 else 0
    text = f"{numerator_text}/{s} + 1 = {format_exact(exact)}"
    if not isinstance(exact, int) and size >= 1:
        text += f" -> {size}"  # the one way a non-whole size is printed
    return OutputSize(exact, size, text, leftover)


def explain_conv(w: int, f: int, p: int = 0, s: int = 1) -> OutputSize:
    """The convolution formula with the numbers put in.

    A value that is not whole is followed by the floor the layer keeps.

    Examples
    --------
    >>> explain_conv(300, 3, 1, 1).text
    '(300 - 3 + 2*1)/1 + 1 = 300'
    >>> r = explain_conv(10, 3, 0, 2)
    >>> r.text, r.size, r.leftover
    ('(10 - 3 + 2*0)/2 + 1 = 4.5 -> 4', 4, 1)
    """
    return _explain(w - f + 2 * p, f"({w} - {f} + 2*{p})", s)


def explain_pool(w: int, f: int, s: int | None = None) -> OutputSize:
    """The pooling formula with the numbers put in.

    Examples
    --------
    >>> explain_pool(300, 4, 4).text
    '(300 - 4)/4 + 1 = 75'
    >>> explain_pool(5, 2, 2).text
    '(5 - 2)/2 + 1 = 2.5 -> 2'
    """
    s = f if s is None else s
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
    if s < 1:
        raise ValueError(f"the stride S must be at least 1, not {s}")
    size = math.ceil(w / s)
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
