"""Named kernels: classic image filters and the course's own.

Every function returns a float64 F x F array. Kernels whose size is free (box
blur, Gaussian) take it as an argument; the others have their natural size.
"""

from __future__ import annotations

import re

import numpy as np

__all__ = [
    "MAX_SIZE",
    "PRESETS",
    "box_blur",
    "check_kernel",
    "format_number",
    "gaussian",
    "identity",
    "normalise",
    "parse_number",
    "preset",
]

#: The largest kernel the convolution tab edits (F = 11).
MAX_SIZE = 11


def identity(size: int = 3) -> np.ndarray:
    """1 at the centre, 0 elsewhere: the output equals the input."""
    kernel = np.zeros((size, size))
    kernel[size // 2, size // 2] = 1.0
    return kernel


def box_blur(size: int = 3) -> np.ndarray:
    """The mean of the F x F neighbourhood: every weight is 1 / F^2."""
    return np.full((size, size), 1.0 / size**2)


def gaussian(size: int = 5, sigma: float | None = None) -> np.ndarray:
    """Gaussian blur, weights exp(-(x^2 + y^2) / (2 sigma^2)) summing to 1.

    ``sigma`` defaults to size / 6, so the kernel holds +-3 sigma.

    >>> round(float(gaussian(5).sum()), 12)
    1.0
    """
    sigma = size / 6 if sigma is None else sigma
    axis = np.arange(size) - (size - 1) / 2
    g = np.exp(-(axis**2) / (2 * sigma**2))
    kernel = np.outer(g, g)
    return kernel / kernel.sum()


def normalise(kernel) -> np.ndarray:
    """Divide by the sum of the weights so a flat image keeps its brightness.

    A kernel whose weights sum to 0 (edge detectors) is divided by the sum of
    the absolute values instead, which keeps the output in the input's range.

    >>> normalise([[1, 1], [1, 1]]).tolist()
    [[0.25, 0.25], [0.25, 0.25]]
    >>> normalise([[-1, 1]]).tolist()
    [[-0.5, 0.5]]
    """
    kernel = np.asarray(kernel, dtype=float)
    total = kernel.sum()
    if abs(total) > 1e-12:
        return kernel / total
    scale = np.abs(kernel).sum()
    return kernel / scale if scale > 0 else kernel.copy()


_FIXED = {
    "sharpen": [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
    "laplacian": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    "sobel_x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
    "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
    "prewitt_x": [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]],
    "prewitt_y": [[-1, -1, -1], [0, 0, 0], [1, 1, 1]],
    "emboss": [[-2, -1, 0], [-1, 1, 1], [0, 1, 2]],
    # The course's kernels, as printed (cours-cnn-rnn, cells [6] and [8]).
    "course_a": [[-1, -2, -1], [-2, 0, 2], [1, 2, 1]],
    "course_b": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 0]],
    "course_c": [
        [-1, -1, -1, 0, 0],
        [-1, 0, 0, 0, 0],
        [-1, 0, 0, 0, 0],
        [-1, 0, 0, 0, 0],
        [-1, -1, -1, 0, 0],
    ],
}

#: Preset names in the order a menu shows them.
PRESETS = (
    "identity",
    "box_blur",
    "gaussian",
    "sharpen",
    "laplacian",
    "sobel_x",
    "sobel_y",
    "prewitt_x",
    "prewitt_y",
    "emboss",
    "course_a",
    "course_b",
    "course_c",
)

_SIZED = {"identity": identity, "box_blur": box_blur, "gaussian": gaussian}


def preset(name: str, size: int = 3) -> np.ndarray:
    """The kernel called ``name``; ``size`` is used by identity, box blur, Gaussian.

    >>> preset("course_c").shape
    (5, 5)
    >>> preset("box_blur", 5).shape
    (5, 5)
    """
    if name in _SIZED:
        return _SIZED[name](size)
    try:
        return np.array(_FIXED[name], dtype=float)
    except KeyError:
        raise ValueError(f"unknown kernel preset {name!r}") from None


#: The largest weight a kernel cell holds (larger ones overflow the display and
#: mean nothing for a lesson); the editor and a settings file share it.
WEIGHT_LIMIT = 1_000_000


def check_kernel(kernel) -> np.ndarray:
    """``kernel`` as a float64 F x F array with F odd and at most :data:`MAX_SIZE`.

    Raises ``ValueError`` (or ``TypeError``) for anything else: a kernel read
    from a settings file is checked here before it is used.

    >>> check_kernel([[0, 1, 0]] * 3).shape
    (3, 3)
    >>> check_kernel([[1, 2], [3, 4]])
    Traceback (most recent call last):
    ...
    ValueError: a kernel is F x F with F odd, 1 to 11, not shape (2, 2)
    """
    array = np.asarray(kernel, dtype=float)
    if (
        array.ndim != 2
        or array.shape[0] != array.shape[1]
        or array.shape[0] % 2 == 0
        or array.shape[0] > MAX_SIZE
    ):
        raise ValueError(
            f"a kernel is F x F with F odd, 1 to {MAX_SIZE}, not shape {array.shape}"
        )
    if not np.all(np.isfinite(array)):
        raise ValueError("the kernel contains values that are not finite numbers")
    if np.any(np.abs(array) > WEIGHT_LIMIT):
        raise ValueError(
            f"a kernel weight is from -{WEIGHT_LIMIT:g} to {WEIGHT_LIMIT:g}, "
            f"not {np.abs(array).max():g}"
        )
    return array


_FRACTION = re.compile(r"^\s*([-+]?\d+(?:[.,]\d*)?)\s*/\s*(\d+(?:[.,]\d*)?)\s*$")


def parse_number(text: str) -> float | None:
    """A typed weight: ``-1``, ``0.5``, ``0,5`` (French) or ``1/9``; None if not one.

    >>> parse_number("1/9") == 1 / 9, parse_number("0,5"), parse_number("abc")
    (True, 0.5, None)
    """
    text = text.strip()
    match = _FRACTION.match(text)
    try:
        if match:
            denominator = float(match.group(2).replace(",", "."))
            if not denominator:
                return None
            value = float(match.group(1).replace(",", ".")) / denominator
        else:
            value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if np.isfinite(value) else None


def format_number(value: float) -> str:
    """Short text for a weight: whole numbers without a point, others to 4 digits.

    >>> format_number(-2.0), format_number(1 / 9)
    ('-2', '0.1111')
    """
    return f"{value:.4g}" if value != int(value) else str(int(value))
