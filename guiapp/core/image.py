"""From a loaded photo to the grey 2-D array the course convolves."""

from __future__ import annotations

import numpy as np

__all__ = ["GREY_METHODS", "to_grey"]

GREY_METHODS = ("mean", "luminance")

# ITU-R BT.601 weights, the usual "luma" of a colour image.
_LUMA = np.array([0.299, 0.587, 0.114])


def to_grey(image, method: str = "mean") -> np.ndarray:
    """A 2-D float64 grey image.

    ``"mean"`` is the course's ``np.average(img, axis=2).astype(int)``: the
    plain mean of the three channels, truncated to an integer as the course
    does. ``"luminance"`` weighs the channels as the eye does,
    ``0.299 R + 0.587 G + 0.114 B``. An alpha channel is ignored; a 2-D image
    is returned as float.

    Examples
    --------
    >>> import numpy as np
    >>> pixel = np.array([[[255, 0, 0]]], dtype=np.uint8)
    >>> to_grey(pixel).tolist(), to_grey(pixel, "luminance").round(3).tolist()
    ([[85.0]], [[76.245]])
    """
    array = np.asarray(image)
    if method not in GREY_METHODS:
        raise ValueError(
            f"unknown grey method {method!r}; choose one of {GREY_METHODS}"
        )
    if array.ndim == 2:
        return array.astype(float)
    if array.ndim != 3 or array.shape[2] < 3:
        raise ValueError(f"expected (H, W) or (H, W, 3) image, got shape {array.shape}")
    rgb = array[..., :3].astype(float)
    if method == "mean":
        return np.trunc(rgb.mean(axis=2))
    return rgb @ _LUMA
