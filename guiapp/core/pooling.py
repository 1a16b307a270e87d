"""Pooling (regroupement): one summary number per F x F window.

Course part 1, section 2.2 names four pooling functions: the mean of the
rectangular neighbourhood, its L2 norm, a mean weighted by the distance to the
centre pixel, and the maximum. Windows start every S pixels; the output is::

    Wp = (W - F) / S + 1      (floored when S does not divide W - F)

As in Keras, the stride defaults to the window size (``strides=None`` means
``pool_size``). NaN propagates to every window that touches it, as NumPy's
``max`` and ``mean`` do. Sizes must be whole numbers (``2`` or ``2.0``);
anything else raises a ValueError or TypeError naming the argument (plain
English: the interface checks its settings before it calls this module).
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .conv import as_image
from .shapes import whole_number

__all__ = ["MODES", "distance_weights", "pool2d"]

#: The four pooling functions of the course, by the name pool2d takes.
MODES = ("max", "avg", "l2", "weighted")


def distance_weights(size: int) -> np.ndarray:
    """Weights of the distance-weighted mean: ``1 / (1 + d)``, normalised to sum 1.

    ``d`` is the Euclidean distance of a pixel to the window's centre, so the
    centre counts most and the corners least.

    Examples
    --------
    >>> w = distance_weights(3)
    >>> round(float(w.sum()), 12), bool(w[1, 1] == w.max())
    (1.0, True)
    """
    size = whole_number(size, "size (the window F)")
    centre = (size - 1) / 2
    rows, cols = np.mgrid[0:size, 0:size]
    weights = 1.0 / (1.0 + np.hypot(rows - centre, cols - centre))
    return weights / weights.sum()


def pool2d(
    image, size: int, stride: int | None = None, mode: str = "max"
) -> np.ndarray:
    """Pool a 2-D array with F x F windows every S pixels.

    .. math:: p_{ij} = g\\left(X[iS : iS + F,\\; jS : jS + F]\\right)

    with g the max, the mean, the L2 norm :math:`\\sqrt{\\sum x^2}` or the
    distance-weighted mean (:func:`distance_weights`).

    Parameters
    ----------
    image : array_like, shape (H, W)
    size : int
        Window size F.
    stride : int or None, optional
        Step S between windows; ``None`` (the default) means ``size``
        (non-overlapping windows), as Keras's ``strides=None``.
    mode : {"max", "avg", "l2", "weighted"}

    Returns
    -------
    ndarray, shape ((H - F)//S + 1, (W - F)//S + 1)
        NaN where the window holds a NaN.

    Raises
    ------
    ValueError, TypeError
        Naming the argument: a size or stride that is not a whole number
        (``2.0`` is accepted), an image that is not 2-D real numbers, a window
        larger than the image, an unknown mode.

    Examples
    --------
    The course pools its 168 x 300 image with 4 x 4 windows:

    >>> import numpy as np
    >>> p = pool2d(np.zeros((168, 300)), 4)
    >>> p.shape, 168 * 300, p.size
    ((42, 75), 50400, 3150)
    >>> pool2d([[1, 2], [3, 4]], 2, mode="avg").tolist()
    [[2.5]]
    >>> pool2d([[1, np.nan, 0], [3, 4, 5]], 2, stride=1.0).tolist()
    [[nan, nan]]
    """
    image = as_image(image)
    if not isinstance(mode, str) or mode not in MODES:
        raise ValueError(f"unknown pooling mode {mode!r}; choose one of {MODES}")
    size = whole_number(size, "size (the window F)")
    # Keras: strides=None means pool_size
    stride = size if stride is None else whole_number(stride, "stride (S)")
    h, w = image.shape
    if size > min(h, w):
        raise ValueError(
            f"size (the window F) = {size}: a {size}x{size} window does not fit "
            f"in a {h}x{w} image (F must be at most {min(h, w)})"
        )
    # a stride past the edge keeps only the first window, as any such stride does
    stride = min(stride, max(h, w))
    # NaN and inf are results here, as in NumPy's max and mean, not accidents
    with np.errstate(over="ignore", invalid="ignore"):
        return _pool(image, size, stride, mode)


def _pool(image: np.ndarray, size: int, stride: int, mode: str) -> np.ndarray:
    windows = _windows(image, size, stride)
    if mode == "max":
        return windows.max(axis=(2, 3))
    if mode == "avg":
        out = windows.mean(axis=(2, 3))
        overflow = np.isinf(out)
        if overflow.any():  # maybe a sum of large finite values: divide first
            scaled = _windows(image / (size * size), size, stride)
            out = np.where(overflow, scaled.sum(axis=(2, 3)), out)
        return out
    if mode == "l2":
        out = np.sqrt(np.einsum("ijab,ijab->ij", windows, windows))
        overflow = np.isinf(out)
        if overflow.any():  # maybe squares of large finite values: scale first
            finite = np.abs(image[np.isfinite(image)])
            top = float(finite.max()) if finite.size else 0.0
            if top > 0:
                scaled = _windows(image / top, size, stride)
                again = top * np.sqrt(np.einsum("ijab,ijab->ij", scaled, scaled))
                out = np.where(overflow, again, out)
        return out
    return np.einsum("ijab,ab->ij", windows, distance_weights(size))


def _windows(image: np.ndarray, size: int, stride: int) -> np.ndarray:
    """Every F x F window, S apart: a view (nothing copied)."""
    return sliding_window_view(image, (size, size))[::stride, ::stride]
