"""Output sizes of convolution and pooling layers, as the course writes them.

The course (part 1, section 3.1) gives, for an input of width W::

    convolution:  Wc = (W - F + 2P) / S + 1      (F kernel size, P padding, S stride)
    pooling:      Wp = (W - F) / S + 1

These functions return the *exact* value of the formula: an ``int`` when it is
whole, a ``float`` otherwise, so that a caller can explain a stride that does not
fit instead of hiding it. Keras and :func:`guiapp.core.conv.correlate2d` keep
the floor of that value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = [
    "OutputSize",
    "conv_output_size",
    "explain_conv",
    "explain_pool",
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


def _format(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.4g}"


def _explain(numerator: int, numerator_text: str, s: int) -> OutputSize:
    exact = _exact(numerator, s)
    size = math.floor(numerator / s) + 1 if numerator >= 0 else math.floor(exact)
    leftover = numerator % s if numerator >= 0 else 0
    return OutputSize(
        exact, size, f"{numerator_text}/{s} + 1 = {_format(exact)}", leftover
    )


def explain_conv(w: int, f: int, p: int = 0, s: int = 1) -> OutputSize:
    """The convolution formula with the numbers put in.

    Examples
    --------
    >>> explain_conv(300, 3, 1, 1).text
    '(300 - 3 + 2*1)/1 + 1 = 300'
    >>> r = explain_conv(10, 3, 0, 2)
    >>> r.text, r.size, r.leftover
    ('(10 - 3 + 2*0)/2 + 1 = 4.5', 4, 1)
    """
    return _explain(w - f + 2 * p, f"({w} - {f} + 2*{p})", s)


def explain_pool(w: int, f: int, s: int | None = None) -> OutputSize:
    """The pooling formula with the numbers put in.

    Examples
    --------
    >>> explain_pool(300, 4, 4).text
    '(300 - 4)/4 + 1 = 75'
    """
    s = f if s is None else s
    return _explain(w - f, f"({w} - {f})", s)
