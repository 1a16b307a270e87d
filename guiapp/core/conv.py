"""2-D convolution as CNNs do it (a cross-correlation), with stride and padding.

Course part 1, section 2.1: the layer computes, for every output pixel, the dot
product of the kernel with the patch of the image under it::

    r[i, j] = sum_{a, b} K[a, b] * X[i*S + a - P, j*S + b - P]

with zeros outside the image (zero padding P). The kernel is *not* flipped: this
is a cross-correlation. True convolution flips the kernel first
(:func:`convolve2d`); for a symmetric kernel both agree.

The result is the plain sum of the F*F products, as
``scipy.signal.correlate2d`` computes it: NaN or infinity in the image
propagates to every output pixel whose window touches it (``0 * inf`` and
``inf - inf`` are NaN), even where the kernel weight is zero.
(``scipy.ndimage.correlate`` differs there: it skips zero weights.)

Stride, padding and sizes must be whole numbers (``2`` or ``2.0``); anything
else raises a ValueError or TypeError naming the argument. Images must hold
real numbers (:func:`guiapp.core.image.as_real_array`). A padding that would
make an image of more than :data:`MAX_ELEMENTS` values is refused before
anything is allocated (the output is never larger than the padded image). The
messages are plain English: the interface checks its settings
before it calls this module.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .image import as_real_array
from .shapes import whole_number

__all__ = [
    "MAX_ELEMENTS",
    "SOBEL_X",
    "SOBEL_Y",
    "as_image",
    "as_kernel",
    "conv_transpose2d",
    "convolve2d",
    "correlate2d",
    "course_double_loop",
    "receptive_window",
    "sobel",
    "window_products",
]

SOBEL_X = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=float)
SOBEL_Y = SOBEL_X.T.copy()

#: The most values a padded image may hold (2**28 float64 values are 2 GiB);
#: a padding that makes more is refused before anything is allocated. An image
#: that is already larger is still computed with P = 0. A notebook may raise it.
MAX_ELEMENTS = 2**28


def as_image(image) -> np.ndarray:
    """A 2-D float64 array, or a ValueError/TypeError that says what is wrong.

    NaN and infinity are kept (they propagate); complex, boolean, string and
    object values are refused (:func:`guiapp.core.image.as_real_array`).

    >>> as_image([[1, 2, 3]]).shape
    (1, 3)
    >>> as_image([1, 2, 3])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: expected a 2-D (grey) image, got an array of shape (3,); ...
    """
    array = as_real_array(image, "image")
    if array.ndim != 2:
        raise ValueError(
            f"expected a 2-D (grey) image, got an array of shape {array.shape}; "
            "convert a colour image with guiapp.core.image.to_grey first"
        )
    if array.size == 0:
        raise ValueError(f"the image is empty (shape {array.shape})")
    return array


def as_kernel(kernel) -> np.ndarray:
    """A square 2-D float64 kernel, or a ValueError/TypeError that says what is wrong.

    >>> as_kernel([[1, 0], [0, 1]]).dtype
    dtype('float64')
    >>> as_kernel([[1, 2, 3]])
    Traceback (most recent call last):
    ...
    ValueError: a kernel is a square F x F array, not shape (1, 3)
    """
    array = as_real_array(kernel, "kernel")
    if array.ndim != 2 or array.shape[0] != array.shape[1] or array.size == 0:
        raise ValueError(f"a kernel is a square F x F array, not shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValueError("the kernel contains values that are not finite numbers")
    return array


def _check_geometry(shape, f, stride, padding, dilation=1):
    """Checked (stride, padding, out_h, out_w); refuses what would not fit, or
    a padding that would allocate more than MAX_ELEMENTS values."""
    stride = whole_number(stride, "stride (S)")
    padding = whole_number(padding, "padding (P)", low=0)
    dilation = whole_number(dilation, "dilation (D)")
    h, w = shape
    span = dilation * (f - 1) + 1  # the window's side, gaps included
    # Python integers: exact for any size, nothing allocated yet
    out_h = (h - span + 2 * padding) // stride + 1
    out_w = (w - span + 2 * padding) // stride + 1
    if out_h < 1 or out_w < 1:
        window = f"{f}x{f} kernel" + (
            f" dilated by {dilation} (a {span}x{span} window)" if dilation > 1 else ""
        )
        raise ValueError(
            f"a {window} does not fit in a {h}x{w} image with padding "
            f"{padding}: the output would be {max(out_h, 0)}x{max(out_w, 0)}"
        )
    padded = (h + 2 * padding) * (w + 2 * padding)
    if padding and padded > MAX_ELEMENTS:
        raise ValueError(
            f"padding (P) = {padding} makes a {h + 2 * padding}x{w + 2 * padding} "
            f"image ({padded} values), more than MAX_ELEMENTS = {MAX_ELEMENTS}; "
            "lower the padding"
        )
    # a stride past the padded edge keeps only the first window, as any does
    return min(stride, max(h, w) + 2 * padding), padding, out_h, out_w


def _correlate(image, kernel, stride, padding, out_h, out_w, check, dilation=1):
    """The sum of products, vectorised; finite values assumed (see correlate2d)."""
    f = kernel.shape[0]
    if padding:
        image = np.pad(image, padding)
    # Vectorised over pixels, looping only over the F kernel columns: a view of
    # the F rows under every output row (no copy) times one kernel column is a
    # matrix-vector product NumPy hands to BLAS. Measured faster than one pass
    # per tap, and than scipy.ndimage for F >= 5 (benchmarks/bench_conv.py).
    # Dilated, the F rows are D apart: the view takes every D-th row of the span.
    span = dilation * (f - 1) + 1
    row_windows = sliding_window_view(image, span, axis=0)[::stride, :, ::dilation]
    col_span = (out_w - 1) * stride + 1
    out = None
    for b in range(f):
        if check is not None:
            check()
        column = kernel[:, b]
        if not column.any():
            continue  # Sobel and Prewitt have a zero column
        first = b * dilation
        term = row_windows[:out_h, first : first + col_span : stride, :] @ column
        if out is None:
            out = term
        else:
            out += term
    if out is None:
        out = np.zeros((out_h, out_w))
    return out


def _touches(mask, kernel_mask, stride, padding, out_h, out_w, check, dilation=1):
    """Where the window puts a True of ``kernel_mask`` on a True of ``mask``."""
    if not (mask.any() and kernel_mask.any()):
        return np.zeros((out_h, out_w), dtype=bool)
    counts = _correlate(
        mask.astype(float),
        kernel_mask.astype(float),
        stride,
        padding,
        out_h,
        out_w,
        check,
        dilation,
    )
    return counts > 0.5


def _with_non_finite(image, kernel, stride, padding, out_h, out_w, check, dilation=1):
    """The sum of products when the image holds NaN or infinity.

    BLAS and the skipped zero columns do not say what ``0 * inf`` is, so the
    finite values are correlated as usual and the non-finite ones are put back
    by IEEE's rules: a window on a NaN, or on an infinity under a zero weight,
    is NaN; one with +inf and -inf products is NaN; otherwise an infinite
    product wins. Dilated, the gaps between the taps are no weights: a NaN in
    a gap is not seen.
    """
    finite = np.isfinite(image)
    args = (stride, padding, out_h, out_w, check, dilation)
    out = _correlate(np.where(finite, image, 0.0), kernel, *args)
    if finite.all():  # only a finite sum overflowed: nothing to put back
        return out
    positive, negative = kernel > 0, kernel < 0
    plus_inf, minus_inf = image == np.inf, image == -np.inf
    up = _touches(plus_inf, positive, *args) | _touches(minus_inf, negative, *args)
    down = _touches(plus_inf, negative, *args) | _touches(minus_inf, positive, *args)
    nan = (
        _touches(np.isnan(image), np.ones_like(positive), *args)
        | _touches(plus_inf | minus_inf, kernel == 0, *args)
        | (up & down)
    )
    out[up] = np.inf
    out[down] = -np.inf
    out[nan] = np.nan
    return out


def correlate2d(
    image,
    kernel,
    stride: int = 1,
    padding: int = 0,
    dilation: int = 1,
    check: Callable[[], None] | None = None,
) -> np.ndarray:
    """2-D cross-correlation, the "convolution" of CNNs.

    .. math:: r_{ij} = \\sum_{a=0}^{F-1}\\sum_{b=0}^{F-1} K_{ab}\\,
              X_{iS + aD - P,\\; jS + bD - P}

    With dilation D the kernel's taps are D pixels apart: the window spans
    D(F - 1) + 1 pixels and sees only every D-th one (Keras's
    ``dilation_rate``; D = 1 is the plain convolution).

    Parameters
    ----------
    image : array_like, shape (H, W)
        Grey image (any numeric type; computed in float64).
    kernel : array_like, shape (F, F)
        The kernel K, used as is (not flipped).
    stride : int, optional
        Step S of the window, in both directions.
    padding : int, optional
        Number P of zero rows/columns added on each side.
    dilation : int, optional
        Distance D between the kernel's taps (1: side by side).
    check : callable, optional
        Called before each of the F passes; it may raise to abandon the work
        (the interface stops a computation whose settings changed meanwhile).

    Returns
    -------
    ndarray, shape ((H + 2P - D(F - 1) - 1)//S + 1, (W + 2P - D(F - 1) - 1)//S + 1)
        NaN where the window touches a NaN of the image, as
        ``scipy.signal.correlate2d`` gives (and infinities by IEEE's rules).

    Raises
    ------
    ValueError, TypeError
        Naming the argument: a stride or padding that is not a whole number
        (``2.0`` is accepted), an image that is not 2-D real numbers, a kernel
        that does not fit, a padding too large (:data:`MAX_ELEMENTS`).

    Examples
    --------
    >>> import numpy as np
    >>> x = np.arange(16.0).reshape(4, 4)
    >>> correlate2d(x, np.ones((3, 3))).tolist()
    [[45.0, 54.0], [81.0, 90.0]]
    >>> correlate2d(x, np.ones((3, 3)), stride=2.0, padding=1).shape
    (2, 2)
    >>> x[0, 1] = np.nan  # under the zero column of window (0, 0): still NaN
    >>> correlate2d(x, SOBEL_X).tolist()
    [[nan, nan], [8.0, 8.0]]
    >>> y = np.arange(25.0).reshape(5, 5)
    >>> correlate2d(y, np.ones((2, 2)), dilation=4).tolist()  # the four corners
    [[48.0]]
    """
    image = as_image(image)
    kernel = as_kernel(kernel)
    f = kernel.shape[0]
    dilation = whole_number(dilation, "dilation (D)")
    stride, padding, out_h, out_w = _check_geometry(
        image.shape, f, stride, padding, dilation
    )
    # With no zero weight, every product is computed, so NaN and inf already
    # follow IEEE's rules. With zero weights (skipped columns, 0 * inf), one
    # sum tells whether every value is finite (an overflow also sends to the
    # careful path, harmlessly): one pass over the image, no allocation.
    # NaN and inf are results here, as in SciPy, not accidents to warn about.
    with np.errstate(over="ignore", invalid="ignore"):
        args = (stride, padding, out_h, out_w, check, dilation)
        if kernel.all() or np.isfinite(np.add.reduce(image, axis=None)):
            return _correlate(image, kernel, *args)
        return _with_non_finite(image, kernel, *args)


def convolve2d(image, kernel, stride: int = 1, padding: int = 0) -> np.ndarray:
    """True 2-D convolution: the kernel flipped in both directions, then correlated.

    .. math:: (X * K)_{ij} = \\sum_{a,b} K_{F-1-a,\\,F-1-b}\\, X_{iS+a-P,\\; jS+b-P}

    Examples
    --------
    >>> import numpy as np
    >>> x = np.zeros((3, 3)); x[0, 0] = 1
    >>> k = np.array([[1, 2, 3], [0, 0, 0], [0, 0, 9]])
    >>> float(correlate2d(x, k)[0, 0]), float(convolve2d(x, k)[0, 0])
    (1.0, 9.0)
    """
    return correlate2d(image, np.flip(as_kernel(kernel)), stride, padding)


def conv_transpose2d(
    image,
    kernel,
    stride: int = 1,
    padding: int = 0,
    check: Callable[[], None] | None = None,
) -> np.ndarray:
    """Transposed convolution (the "deconvolution" of decoders and U-Nets).

    The scatter definition: each input pixel adds ``X[i, j] * K`` at rows
    ``i*S .. i*S + F - 1`` and columns ``j*S .. j*S + F - 1`` of a grid of
    ``(H - 1)*S + F`` by ``(W - 1)*S + F``; then P rows and columns are
    cropped from each side. The output is ``(H - 1)*S - 2P + F`` high
    (:func:`guiapp.core.shapes.transposed_output_size`).

    It is also a plain convolution: the input spread out with S - 1 zeros
    between its pixels, padded by F - 1 - P zeros, correlated with the kernel
    turned by 180 degrees (what the convolution tab draws). Keras's
    ``Conv2DTranspose`` computes the same grid and crops it by its own rules
    (:func:`guiapp.core.shapes.explain_keras_transposed`).

    Parameters
    ----------
    image : array_like, shape (H, W)
    kernel : array_like, shape (F, F)
    stride : int, optional
        S: how far apart the copies of the kernel are put.
    padding : int, optional
        P: rows and columns cropped from each side of the grid.
    check : callable, optional
        Called before each of the F kernel rows; it may raise to abandon.

    Raises
    ------
    ValueError, TypeError
        Naming the argument: a stride or padding that is not a whole number,
        a padding that crops everything, a grid of more than
        :data:`MAX_ELEMENTS` values.

    Examples
    --------
    >>> import numpy as np
    >>> conv_transpose2d([[1, 2]], [[1, 1], [1, 1]], stride=2).tolist()
    [[1.0, 1.0, 2.0, 2.0], [1.0, 1.0, 2.0, 2.0]]
    >>> conv_transpose2d(np.ones((3, 3)), np.ones((3, 3)), stride=1, padding=1).tolist()
    [[4.0, 6.0, 4.0], [6.0, 9.0, 6.0], [4.0, 6.0, 4.0]]
    """
    image = as_image(image)
    kernel = as_kernel(kernel)
    f = kernel.shape[0]
    stride = whole_number(stride, "stride (S)")
    padding = whole_number(padding, "padding (P)", low=0)
    h, w = image.shape
    full_h, full_w = (h - 1) * stride + f, (w - 1) * stride + f
    out_h, out_w = full_h - 2 * padding, full_w - 2 * padding
    if out_h < 1 or out_w < 1:
        raise ValueError(
            f"padding (P) = {padding} crops the whole {full_h}x{full_w} grid of a "
            f"{f}x{f} kernel spread over a {h}x{w} image with stride {stride}: "
            f"the output would be {max(out_h, 0)}x{max(out_w, 0)}"
        )
    if full_h * full_w > MAX_ELEMENTS:
        raise ValueError(
            f"a stride (S) of {stride} spreads the {h}x{w} image over a "
            f"{full_h}x{full_w} grid ({full_h * full_w} values), more than "
            f"MAX_ELEMENTS = {MAX_ELEMENTS}; lower the stride"
        )
    out = np.zeros((full_h, full_w))
    rows, cols = (h - 1) * stride + 1, (w - 1) * stride + 1
    with np.errstate(over="ignore", invalid="ignore"):
        for a in range(f):
            if check is not None:
                check()
            for b in range(f):
                # every product, a zero weight too: 0 * inf is NaN, as in a sum
                out[a : a + rows : stride, b : b + cols : stride] += (
                    kernel[a, b] * image
                )
    return out[padding : full_h - padding, padding : full_w - padding]


def course_double_loop(image, kernel) -> np.ndarray:
    """The course's double loop over pixels, corrected (valid output, stride 1).

    Kept as the reference the vectorised :func:`correlate2d` is checked and timed
    against. The course's ``convol`` allocated ``(H-k-1, W-k-1)`` and wrote
    ``r[i, j]`` from ``i = k``, so its last row and column were never filled and
    the result was shifted by k; here the output is ``(H-F+1, W-F+1)``.
    """
    image = as_image(image)
    kernel = as_kernel(kernel)
    f = kernel.shape[0]
    n, m = image.shape
    r = np.zeros((n - f + 1, m - f + 1))
    for i in range(n - f + 1):
        for j in range(m - f + 1):
            r[i, j] = np.sum(image[i : i + f, j : j + f] * kernel)
    return r


def receptive_window(i: int, j: int, f: int, stride: int = 1, padding: int = 0):
    """The input rows and columns that output pixel (i, j) sees.

    Returns ``(top, left)`` of the F x F window in the coordinates of the
    *unpadded* input: it can be negative or run past the edge, where the
    padding zeros are.

    Examples
    --------
    >>> receptive_window(0, 0, 3, stride=1, padding=1)
    (-1, -1)
    >>> receptive_window(2, 5, 3, stride=2)
    (4, 10)
    """
    i = whole_number(i, "i (the output row)", low=0)
    j = whole_number(j, "j (the output column)", low=0)
    whole_number(f, "f (the kernel size F)")
    stride = whole_number(stride, "stride (S)")
    padding = whole_number(padding, "padding (P)", low=0)
    return i * stride - padding, j * stride - padding


def window_products(image, kernel, i, j, stride=1, padding=0, dilation=1):
    """The patch under output pixel (i, j), its products with the kernel, and sum.

    Dilated by D, the patch is the F x F pixels under the taps, D apart.

    Returns
    -------
    patch, products : ndarray, shape (F, F)
        ``patch`` holds zeros where the window covers the padding.
    total : float
        ``products.sum()``, equal to ``correlate2d(...)[i, j]``.

    Examples
    --------
    >>> import numpy as np
    >>> patch, products, total = window_products(np.ones((4, 4)), SOBEL_X, 0, 0, 1, 1)
    >>> patch.tolist(), total
    ([[0.0, 0.0, 0.0], [0.0, 1.0, 1.0], [0.0, 1.0, 1.0]], 3.0)
    >>> patch, _, _ = window_products(np.arange(25.0).reshape(5, 5), np.ones((2, 2)), 0, 0, dilation=4)
    >>> patch.tolist()
    [[0.0, 4.0], [20.0, 24.0]]
    """
    image = as_image(image)
    kernel = as_kernel(kernel)
    f = kernel.shape[0]
    dilation = whole_number(dilation, "dilation (D)")
    top, left = receptive_window(i, j, f, stride, padding)
    h, w = image.shape
    taps = np.arange(f) * dilation
    rows, cols = top + taps, left + taps
    inside_r, inside_c = (rows >= 0) & (rows < h), (cols >= 0) & (cols < w)
    patch = np.zeros((f, f))
    if inside_r.any() and inside_c.any():
        patch[np.ix_(inside_r, inside_c)] = image[
            np.ix_(rows[inside_r], cols[inside_c])
        ]
    products = patch * kernel
    return patch, products, float(products.sum())


def sobel(image, padding: int = 0, check: Callable[[], None] | None = None):
    """Sobel edge detection, as in the course (section 1.2.2).

    .. math:: g_x = X \\star S_x,\\quad g_y = X \\star S_x^T,\\quad
              |g| = \\sqrt{g_x^2 + g_y^2},\\quad \\theta = \\operatorname{atan2}(g_y, g_x)

    ``check``, if given, is called between the steps (see :func:`correlate2d`).

    Returns
    -------
    gx, gy, magnitude, direction : ndarray
        ``direction`` in radians, in (-pi, pi]. The course shows
        ``magnitude / magnitude.max()``.

    Examples
    --------
    >>> import numpy as np
    >>> step = np.repeat([[0, 0, 0, 1, 1, 1]], 5, axis=0)
    >>> gx, gy, mag, theta = sobel(step)
    >>> gx[0].tolist(), float(np.abs(gy).max())
    ([0.0, 4.0, 4.0, 0.0], 0.0)
    """
    gx = correlate2d(image, SOBEL_X, padding=padding, check=check)
    gy = correlate2d(image, SOBEL_Y, padding=padding, check=check)
    magnitude = np.hypot(gx, gy)
    direction = np.arctan2(gy, gx)
    return gx, gy, magnitude, direction
