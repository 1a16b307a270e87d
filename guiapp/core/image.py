"""From a loaded photo to the grey 2-D array the course convolves.

:func:`as_real_array` is the one door every array of :mod:`guiapp.core` goes
through: integers and floats pass (as float64); complex numbers, booleans,
strings, dates and Python objects are refused with a sentence that names what
was given, rather than converted silently (NumPy would drop an imaginary part
with only a warning and read ``True`` as 1).
"""

from __future__ import annotations

import numpy as np

__all__ = ["GREY_METHODS", "area_matrix", "as_real_array", "resize_area", "to_grey"]

GREY_METHODS = ("mean", "luminance")

# ITU-R BT.601 weights, the usual "luma" of a colour image.
_LUMA = np.array([0.299, 0.587, 0.114])

# NumPy's dtype kinds that are real numbers: signed and unsigned integers, floats.
_REAL_KINDS = "iuf"
_KIND_NAMES = {
    "b": "booleans",
    "c": "complex numbers",
    "O": "Python objects",
    "U": "strings",
    "S": "bytes",
    "M": "dates",
    "m": "time differences",
    "V": "structured records",
}


def as_real_array(data, what: str = "image") -> np.ndarray:
    """``data`` as a float64 array of real numbers, or a clear refusal.

    Integers and floats of any size are accepted; NaN and infinity are kept (a
    computation propagates them as NumPy and SciPy do). Anything else raises.

    Raises
    ------
    TypeError
        For complex, boolean, string, date or object values, or rows of
        different lengths; the message names ``what``, the type found and what
        to do instead.

    Examples
    --------
    >>> as_real_array([[1, 2], [3, 4]]).dtype
    dtype('float64')
    >>> as_real_array([[1 + 2j]])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: the image holds complex numbers (dtype complex128); ... abs(image) explicitly
    """
    try:
        array = np.asarray(data)
    except (TypeError, ValueError) as error:
        raise TypeError(
            f"the {what} is not a rectangular array of numbers ({error})"
        ) from None
    kind = array.dtype.kind
    if kind not in _REAL_KINDS:
        found = _KIND_NAMES.get(kind, "values that are not numbers")
        advice = {
            "c": "pass image.real, image.imag or abs(image) explicitly",
            "b": "convert a mask with mask.astype(float) for 0 and 1",
            "O": "rows of different lengths, or None, are not numbers",
        }.get(kind, "convert it to numbers first")
        raise TypeError(
            f"the {what} holds {found} (dtype {array.dtype}); it must hold real "
            f"numbers (integers or floats): {advice}"
        )
    return array.astype(float, copy=False)


def to_grey(image, method: str = "mean") -> np.ndarray:
    """A 2-D float64 grey image.

    ``"mean"`` is the course's ``np.average(img, axis=2).astype(int)``: the
    plain mean of the three channels, truncated to an integer as the course
    does. ``"luminance"`` weighs the channels as the eye does,
    ``0.299 R + 0.587 G + 0.114 B``. An alpha channel is ignored; a 2-D image
    is returned as float. Values that are not real numbers are refused
    (:func:`as_real_array`).

    Examples
    --------
    >>> import numpy as np
    >>> pixel = np.array([[[255, 0, 0]]], dtype=np.uint8)
    >>> to_grey(pixel).tolist(), to_grey(pixel, "luminance").round(3).tolist()
    ([[85.0]], [[76.245]])
    """
    if not isinstance(method, str) or method not in GREY_METHODS:
        raise ValueError(
            f"unknown grey method {method!r}; choose one of {GREY_METHODS}"
        )
    array = as_real_array(image)
    if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] < 3):
        raise ValueError(f"expected (H, W) or (H, W, 3) image, got shape {array.shape}")
    if array.size == 0:
        raise ValueError(f"the image is empty (shape {array.shape})")
    if array.ndim == 2:
        return array.copy() if array is image else array
    rgb = array[..., :3]
    if method == "mean":
        return np.trunc(rgb.mean(axis=2))
    return rgb @ _LUMA


def area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """``(n_out, n_in)`` weights: each output cell averages the input cells it
    covers (by the fraction covered), as a box filter does.

    >>> area_matrix(4, 2).tolist()
    [[0.5, 0.5, 0.0, 0.0], [0.0, 0.0, 0.5, 0.5]]
    """
    edges = np.linspace(0.0, n_in, n_out + 1)
    starts, ends = edges[:-1, None], edges[1:, None]
    cells = np.arange(n_in)[None, :]
    overlap = np.clip(np.minimum(ends, cells + 1) - np.maximum(starts, cells), 0, None)
    return overlap / overlap.sum(axis=1, keepdims=True)


def resize_area(image, height: int, width: int) -> np.ndarray:
    """``image`` (H, W) or (H, W, C) resized to ``height`` x ``width`` by area
    averaging (a photo shrunk this way does not alias), as float64.

    >>> resize_area(np.arange(16.0).reshape(4, 4), 2, 2).tolist()
    [[2.5, 4.5], [10.5, 12.5]]
    """
    array = np.asarray(image, dtype=float)
    rows, cols = area_matrix(array.shape[0], height), area_matrix(array.shape[1], width)
    if array.ndim == 2:
        return rows @ array @ cols.T
    return np.einsum("ih,hwc,jw->ijc", rows, array, cols)
