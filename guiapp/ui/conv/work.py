"""The convolution tab's computations as one job (no Qt).

:func:`compute` takes a :class:`Request` (a copy of the settings and the arrays
already known) and returns what it computed, each with the key of the settings
it was computed for. It checks ``task.check()`` between steps, so a request
made stale by a newer one stops early. The tab runs it in a worker for a large
photo and directly for a small one; tests call it with a plain Task.

>>> import numpy as np
>>> from guiapp.ml.session import Task
>>> request = Request(np.full((5, 6), 7, np.uint8), "mean", np.ones((3, 3)),
...                   wanted={"grey": ("g",), "result": ("r",)})
>>> out = compute(Task(), request)
>>> out["result"][0], out["result"][1].shape, float(out["result"][1][0, 0])
(('r',), (3, 4), 63.0)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ...core import conv, pooling
from ...core.image import to_grey

__all__ = ["Request", "compute"]


@dataclass
class Request:
    """What :func:`compute` needs: the photo, the settings, what is wanted."""

    image: np.ndarray
    grey_method: str
    #: the kernel as used (already flipped for true convolution)
    kernel: np.ndarray
    stride: int = 1
    dilation: int = 1
    padding: int = 0
    pool_size: int = 4
    pool_stride: int = 4
    pool_source: str = "grey"
    threshold: int = 0
    #: name -> key of each result to compute ("grey", "result", "sobel", "edges",
    #: "pooled")
    wanted: dict = field(default_factory=dict)
    #: results already computed for these settings (not computed again)
    grey: np.ndarray | None = None
    result: np.ndarray | None = None
    sobel: dict | None = None

    @classmethod
    def from_state(cls, state) -> Request:
        """The request for what ``state`` (a ConvState) is missing."""
        return cls(
            image=state.image,
            grey_method=state.grey_method,
            kernel=state.effective_kernel(),
            stride=state.stride,
            dilation=state.dilation,
            padding=state.padding,
            pool_size=state.pool_size,
            pool_stride=state.pool_stride,
            pool_source=state.pool_source,
            threshold=state.threshold,
            wanted={name: state.key(name) for name in state.missing()},
            grey=state.grey_image,
            result=state.result,
            sobel=state.sobel,
        )

    def keys(self) -> tuple:
        """What identifies this request: two equal ones compute the same."""
        return tuple(self.wanted.items())


def compute(task, request: Request) -> dict:
    """Compute ``request.wanted``: ``{name: (key, value)}``.

    ``grey`` is the float grey photo; ``result`` the convolution output;
    ``sobel`` a dict of gx, gy, magnitude, direction (degrees) and peak;
    ``edges`` the pixels whose magnitude is at least ``threshold`` % of the peak
    (0/1, uint8) and the direction there (NaN elsewhere); ``pooled`` a dict of
    the four poolings (:data:`guiapp.core.pooling.MODES`) of the grey photo or
    of the result.
    """
    wanted = request.wanted
    out = {}
    grey = request.grey
    if grey is None:
        task.check()
        grey = to_grey(request.image, request.grey_method)
        if "grey" in wanted:
            out["grey"] = (wanted["grey"], grey)
    result = request.result
    if "result" in wanted:
        result = conv.correlate2d(
            grey,
            request.kernel,
            request.stride,
            request.padding,
            request.dilation,
            check=task.check,
        )
        out["result"] = (wanted["result"], result)
    sobel = request.sobel
    if "sobel" in wanted:
        gx, gy, magnitude, direction = conv.sobel(grey, check=task.check)
        task.check()
        sobel = {
            "gx": gx,
            "gy": gy,
            "magnitude": magnitude,
            "direction": np.degrees(direction),
            "peak": float(magnitude.max()),
        }
        out["sobel"] = (wanted["sobel"], sobel)
    if "edges" in wanted:
        task.check()
        edges = sobel["magnitude"] >= request.threshold / 100 * (sobel["peak"] or 1.0)
        out["edges"] = (
            wanted["edges"],
            {
                "edges": edges.view(np.uint8),
                "direction": np.where(edges, sobel["direction"], np.nan),
            },
        )
    if "pooled" in wanted:
        source = result if request.pool_source == "conv" else grey
        pooled = {}
        for mode in pooling.MODES:
            task.check()
            pooled[mode] = pooling.pool2d(
                source, request.pool_size, request.pool_stride, mode
            )
        out["pooled"] = (wanted["pooled"], pooled)
    return out
