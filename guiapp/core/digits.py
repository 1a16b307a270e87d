"""A drawn digit made into an MNIST digit, the way MNIST's were made.

MNIST's digits were size-normalized to fit a 20 × 20 box (keeping their
aspect ratio, anti-aliased, hence grey levels) and then centred in a 28 × 28
image by their centre of mass. A digit drawn large across a canvas and simply
shrunk to 28 × 28 touches the borders and sits off-centre: a network trained
on MNIST reads it badly ("2 (100 %)" for a large 7). :func:`like_mnist` does
the dataset's steps:

>>> import numpy as np
>>> drawing = np.zeros((196, 196))
>>> drawing[10:190, 90:106] = 255          # a tall bar: a "1" drawn large
>>> digit = like_mnist(drawing)
>>> digit.shape, digit.dtype
((28, 28), dtype('uint8'))
>>> rows = np.nonzero(digit.max(axis=1))[0]
>>> int(rows[0]), int(rows[-1])             # 20 rows of ink, centred as MNIST's
(5, 24)
"""

from __future__ import annotations

import numpy as np

from .image import area_matrix

__all__ = ["like_mnist", "BOX", "SIZE"]

SIZE = 28  # the image
BOX = 20  # the box the digit's longer side is scaled to


def like_mnist(image, threshold: float = 0.0) -> np.ndarray:
    """``image`` (2-D, ink bright on black) as a 28 × 28 uint8 MNIST digit.

    The ink (pixels above ``threshold``) is cropped to its bounding box, scaled
    so its longer side is 20 pixels (area averaging, aspect ratio kept) and
    placed in 28 × 28 with its centre of mass at the centre. A blank image
    gives a blank digit.
    """
    array = np.asarray(image, dtype=float)
    if array.ndim != 2:
        raise ValueError(f"a drawing is 2-D (height, width), not shape {array.shape}")
    array = np.nan_to_num(array, nan=0.0, posinf=255.0, neginf=0.0)
    ink = array > threshold
    if not ink.any():
        return np.zeros((SIZE, SIZE), np.uint8)
    rows = np.nonzero(ink.any(axis=1))[0]
    cols = np.nonzero(ink.any(axis=0))[0]
    crop = array[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    height, width = crop.shape
    scale = BOX / max(height, width)
    out_h = max(1, round(height * scale))
    out_w = max(1, round(width * scale))
    small = area_matrix(height, out_h) @ crop @ area_matrix(width, out_w).T
    total = small.sum()
    ys, xs = np.indices(small.shape)
    centre_y = (ys * small).sum() / total
    centre_x = (xs * small).sum() / total
    # MNIST's centres of mass lie at (14, 14) in pixel indices; whole pixels
    # (half a pixel rounds up; 1e-9 so that float noise does not decide it)
    top = int(np.floor(SIZE / 2 - centre_y + 0.5 + 1e-9))
    left = int(np.floor(SIZE / 2 - centre_x + 0.5 + 1e-9))
    top = min(max(top, 0), SIZE - out_h)
    left = min(max(left, 0), SIZE - out_w)
    digit = np.zeros((SIZE, SIZE))
    digit[top : top + out_h, left : left + out_w] = small
    return np.clip(np.rint(digit), 0, 255).astype(np.uint8)
