"""Pooling (regroupement): one summary number per F x F window.

Course part 1, section 2.2 names four pooling functions: the mean of the
rectangular neighbourhood, its L2 norm, a mean weighted by the distance to the
centre pixel, and the maximum. Windows start every S pixels; the output is::

    Wp = (W - F) / S + 1      (floored when S does not divide W - F)
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .conv import as_image
from .shapes import pool_output_size

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
    stride : int, optional
        Step S between windows; defaults to ``size`` (non-overlapping windows).
    mode : {"max", "avg", "l2", "weighted"}

    Returns
    -------
    ndarray, shape ((H - F)//S + 1, (W - F)//S + 1)

    Examples
    --------
    The course pools its 168 x 300 image with 4 x 4 windows:

    >>> import numpy as np
    >>> p = pool2d(np.zeros((168, 300)), 4)
    >>> p.shape, 168 * 300, p.size
    ((42, 75), 50400, 3150)
    >>> pool2d([[1, 2], [3, 4]], 2, mode="avg").tolist()
    [[2.5]]
    """
    image = as_image(image)
    if mode not in MODES:
        raise ValueError(f"unknown pooling mode {mode!r}; choose one of {MODES}")
    stride = size if stride is None else stride
    if size < 1 or stride < 1:
        raise ValueError("the window F and stride S must be at least 1")
    h, w = image.shape
    if pool_output_size(h, size, stride) < 1 or pool_output_size(w, size, stride) < 1:
        raise ValueError(f"a {size}x{size} window does not fit in a {h}x{w} image")
    windows = sliding_window_view(image, (size, size))[::stride, ::stride]
    if mode == "max":
        return windows.max(axis=(2, 3))
    if mode == "avg":
        return windows.mean(axis=(2, 3))
    if mode == "l2":
        return np.sqrt(np.einsum("ijab,ijab->ij", windows, windows))
    return np.einsum("ijab,ab->ij", windows, distance_weights(size))
