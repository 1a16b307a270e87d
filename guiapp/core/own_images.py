"""A class's own images as a dataset: fitted to the network, split, drawn.

Images of any size, grey or colour, are fitted to the network's square input
in one of three ways (:data:`FITS`), the choice shown to the student:

* ``pad``: the whole image, scaled so its longer side fits, centred on a
  background of its border's colour (nothing cut, nothing stretched);
* ``crop``: the centre square, scaled (fills the input, cuts the sides);
* ``stretch``: scaled to the square (the whole image, its shapes distorted).

:func:`split` keeps the same share of every class for the test, the same
images for the same seed. :func:`draw_shapes` draws the example a class can
try without files of its own: circles, squares and triangles in white on
black at random places and sizes.

>>> fit(np.full((10, 40), 200, np.uint8), 8, "pad").shape
(8, 8)
>>> [len(part) for part in split([0, 0, 0, 0, 0, 1, 1, 1, 1, 1], 0.2, seed=0)]
[8, 2]
"""

from __future__ import annotations

import numpy as np

from .image import resize_area, to_grey

__all__ = ["FITS", "SHAPES", "draw_shapes", "fit", "split"]

FITS = ("pad", "crop", "stretch")
SHAPES = ("circle", "square", "triangle")


def fit(image, size: int, how: str = "pad", channels: int = 1) -> np.ndarray:
    """``image`` (H, W) or (H, W, 3) as a ``size`` x ``size`` uint8 image with
    ``channels`` channels (1: grey, shape (size, size); 3: colour).

    Raises ValueError naming ``how`` when it is not one of :data:`FITS`.
    """
    if how not in FITS:
        raise ValueError(f"how must be one of {', '.join(FITS)}, not {how!r}")
    array = np.asarray(image)
    if channels == 1 and array.ndim == 3:
        array = to_grey(array)
    elif channels == 3 and array.ndim == 2:
        array = np.repeat(array[:, :, None], 3, axis=2)
    array = array.astype(float)
    height, width = array.shape[:2]
    if how == "crop":
        side = min(height, width)
        top, left = (height - side) // 2, (width - side) // 2
        array = array[top : top + side, left : left + side]
        height = width = side
    if how == "pad" and height != width:
        side = max(height, width)
        border = np.concatenate(
            [array[0], array[-1], array[:, 0], array[:, -1]], axis=0
        ).mean(axis=0)
        canvas = np.empty((side, side) + array.shape[2:])
        canvas[...] = border
        top, left = (side - height) // 2, (side - width) // 2
        canvas[top : top + height, left : left + width] = array
        array = canvas
    out = resize_area(array, size, size)
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def split(labels, test_share: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(train indexes, test indexes): ``test_share`` of each class for the
    test (at least one image of a class with two or more), the same for the
    same seed, in a shuffled order."""
    labels = np.asarray(labels)
    if not 0.0 <= test_share < 1.0:
        raise ValueError(f"test_share must be in [0, 1), not {test_share!r}")
    rng = np.random.default_rng(seed)
    train, test = [], []
    for label in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == label))
        count = round(len(members) * test_share) if test_share else 0
        if test_share and len(members) >= 2:
            count = min(max(count, 1), len(members) - 1)
        test += list(members[:count])
        train += list(members[count:])
    return rng.permutation(np.array(train, dtype=int)), rng.permutation(
        np.array(test, dtype=int)
    )


def _shape_mask(kind: str, size: int, rng) -> np.ndarray:
    """One white shape on black, of a random size and place."""
    side = rng.uniform(0.45, 0.85) * size
    cy, cx = rng.uniform(side / 2, size - side / 2, 2)
    ys, xs = np.mgrid[0:size, 0:size] + 0.5
    if kind == "circle":
        return (ys - cy) ** 2 + (xs - cx) ** 2 <= (side / 2) ** 2
    if kind == "square":
        return (abs(ys - cy) <= side / 2) & (abs(xs - cx) <= side / 2)
    # an upright triangle: apex at the top, base at the bottom
    top, bottom = cy - side / 2, cy + side / 2
    half = (ys - top) / side * side / 2  # half the width at that row
    return (ys >= top) & (ys <= bottom) & (abs(xs - cx) <= half)


def draw_shapes(per_class: int, size: int = 28, seed: int = 0) -> dict[str, list]:
    """``per_class`` images of each of :data:`SHAPES`: uint8 ``size`` x
    ``size``, white (a grey level from 180 to 255) on black with a little
    noise; the same for the same seed.

    >>> drawn = draw_shapes(2, 16, seed=1)
    >>> sorted(drawn), drawn["circle"][0].shape, drawn["circle"][0].dtype
    (['circle', 'square', 'triangle'], (16, 16), dtype('uint8'))
    """
    rng = np.random.default_rng(seed)
    drawn = {}
    for kind in SHAPES:
        images = []
        for _ in range(per_class):
            mask = _shape_mask(kind, size, rng)
            image = mask * rng.uniform(180, 255) + rng.normal(0, 12, (size, size))
            images.append(np.clip(np.rint(image), 0, 255).astype(np.uint8))
        drawn[kind] = images
    return drawn
