"""The convolution tab's document: its settings, its photo and its results (no Qt).

Every remembered field is a :class:`Setting` (its default and range written
here only); the photo and what is computed from it are :class:`Value` s. A
result is stored with the settings it was computed for (its *key*), and read
back only while they still hold: a page can never show a result of an old
setting, whatever order the jobs finish in.

>>> import numpy as np
>>> state = ConvState()
>>> state.set_image(np.zeros((168, 300, 3), np.uint8), "chelsea")
>>> [size.size for size in state.geometry()]
[166, 298]
>>> state.needs(), state.missing()
(('grey', 'result'), ('grey', 'result'))
>>> state.store({"grey": (state.key("grey"), np.zeros((168, 300)))})
>>> state.missing()
('result',)
>>> state.grey_method = "luminance"       # the stored grey image is now stale
>>> state.grey_image is None
True
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ...core import kernels
from ...core.codegen import conv_code
from ...core.image import GREY_METHODS
from ...core.shapes import OutputSize, explain_conv, explain_pool
from ...resources import SAMPLES, sample_path
from ..common.document import Document, Setting, Value

__all__ = [
    "COMPUTE_INPUTS",
    "DISPLAYS",
    "PAGES",
    "POOL_SOURCES",
    "RESULT_INPUTS",
    "ConvState",
    "KernelSetting",
]

PAGES = ("conv", "sobel", "pooling")
#: How the convolution output is coloured (see guiapp.ui.image_view).
DISPLAYS = ("diverging", "absolute", "max")
POOL_SOURCES = ("grey", "conv")

#: The fields the convolution output depends on.
RESULT_INPUTS = (
    "image_serial",
    "grey_method",
    "kernel",
    "flip",
    "stride",
    "padding",
    "dilation",
)
#: ... and those that decide what else the current page needs computed.
COMPUTE_INPUTS = RESULT_INPUTS + (
    "page",
    "pool_size",
    "pool_stride",
    "pool_source",
    "threshold",
)


def _rows(kernel) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(float(v) for v in row) for row in kernel)


class KernelSetting(Setting):
    """An F x F kernel, F odd up to 11, kept as a tuple of rows (immutable,
    compared by value, JSON-ready)."""

    def coerce(self, value):
        return _rows(kernels.check_kernel(value))


class ConvState(Document):
    """The convolution tab: a photo, a kernel, stride, padding, pooling."""

    VERSION = 1

    # ---- settings (remembered)
    #: a bundled photo, or "file" for ``image_path``
    sample = Setting("chelsea", choices=(*SAMPLES, "file"))
    image_path = Setting("")
    grey_method = Setting("mean", choices=GREY_METHODS)
    kernel = KernelSetting(_rows(kernels.preset("sobel_x")))
    #: the preset the kernel came from, "custom" once edited
    preset = Setting("sobel_x", choices=("custom", *kernels.PRESETS))
    #: true convolution: the kernel is flipped before it is used
    flip = Setting(False)
    stride = Setting(1, low=1, high=16)
    padding = Setting(0, low=0, high=16)
    #: the distance D between the kernel's taps (1: side by side)
    dilation = Setting(1, low=1, high=8)
    display = Setting("diverging", choices=DISPLAYS)
    page = Setting("conv", choices=PAGES)
    pool_size = Setting(4, low=1, high=32)
    pool_stride = Setting(4, low=1, high=32)
    pool_source = Setting("grey", choices=POOL_SOURCES)
    #: Sobel edge map: pixels at least this % of the largest magnitude
    threshold = Setting(0, low=0, high=100)
    #: output pixels per frame of the sliding-window animation
    speed = Setting(20, low=1, high=400)
    #: windows a second of the slowed sliding window (the receptive-field demo)
    sweep_speed = Setting(2.0, low=0.5, high=10.0)
    last_folder = Setting("")

    # ---- the document (not saved)
    #: the photo, uint8 (H, W) or (H, W, 3)
    image = Value(None)
    #: counts the photos set: part of every result's key
    image_serial = Value(0)
    #: the name of a file being decoded in a worker, "" when none
    loading = Value("")
    #: name -> (key, value) of what was computed: "grey", "result", "sobel",
    #: "edges", "pooled"
    results = Value(factory=dict)
    #: the output pixel clicked (row, col), or None
    pinned = Value(None)
    #: the output pixel last hovered (row, col), or None
    field_pixel = Value((0, 0))
    #: index of the last output pixel the animation has built, -1: all shown
    revealed = Value(-1)
    #: a refused edit and why (cleared by the next accepted change)
    notice = Value("")

    def migrate(self, data: dict, version: int) -> dict:
        """The old tab saved ``image`` ("sample:NAME" or a path), ``grey`` and
        ``pool`` as ``[F, S, source]``."""
        if version < 1:
            image = data.pop("image", None)
            if isinstance(image, str) and image.startswith("sample:"):
                data["sample"] = image[len("sample:") :]
            elif isinstance(image, str) and image:
                data["sample"], data["image_path"] = "file", image
            if "grey" in data:
                data["grey_method"] = data.pop("grey")
            pool = data.pop("pool", None)
            if isinstance(pool, list | tuple) and len(pool) == 3:
                data["pool_size"], data["pool_stride"], data["pool_source"] = pool
        return data

    # ---- the photo
    def set_image(self, image: np.ndarray, sample: str, path: str = "") -> None:
        """Show a new photo: a bundled ``sample``, or "file" read from ``path``."""
        with self.batch():
            self.image = image
            self.image_serial += 1
            self.sample = sample
            if sample == "file":
                self.image_path = str(path)
                self.last_folder = str(Path(path).parent)
            self.loading = ""
            self.pinned = None
            self.revealed = -1

    def source_path(self) -> str:
        """The file the photo was read from (a bundled sample's too)."""
        if self.sample == "file":
            return self.image_path
        return str(sample_path(self.sample))

    def image_name(self) -> str:
        return Path(self.source_path()).name

    def grey_shape(self) -> tuple[int, int] | None:
        """(H, W) of the photo, None before one is set."""
        return None if self.image is None else tuple(self.image.shape[:2])

    # ---- the kernel
    def kernel_array(self) -> np.ndarray:
        """The kernel as typed (not flipped)."""
        return np.array(self.kernel, dtype=float)

    def kernel_size(self) -> int:
        return len(self.kernel)

    def effective_kernel(self) -> np.ndarray:
        """The kernel the result uses: flipped for true convolution."""
        kernel = self.kernel_array()
        return np.flip(kernel) if self.flip else kernel

    # ---- the course's formulas, numbers put in
    def geometry(self) -> tuple[OutputSize, OutputSize] | None:
        """Hc and Wc, ``(W - F + 2P)/S + 1`` (``(W + 2P - D(F - 1) - 1)/S + 1``
        dilated); None before a photo is set."""
        shape = self.grey_shape()
        if shape is None:
            return None
        f, p, s, d = self.kernel_size(), self.padding, self.stride, self.dilation
        return explain_conv(shape[0], f, p, s, d), explain_conv(shape[1], f, p, s, d)

    def span(self) -> int:
        """The window's side in input pixels, gaps included: D(F - 1) + 1."""
        return self.dilation * (self.kernel_size() - 1) + 1

    def conv_valid(self) -> bool:
        geometry = self.geometry()
        return geometry is not None and all(size.valid for size in geometry)

    def pool_input_shape(self) -> tuple[int, int] | None:
        """The shape of what is pooled: the grey photo or the convolution output
        (None when that has no output)."""
        if self.pool_source == "grey":
            return self.grey_shape()
        if not self.conv_valid():
            return None
        height, width = self.geometry()
        return height.size, width.size

    def pool_geometry(self) -> tuple[OutputSize, OutputSize] | None:
        """Hp and Wp, ``(W - F)/S + 1``; None when there is nothing to pool."""
        shape = self.pool_input_shape()
        if shape is None:
            return None
        f, s = self.pool_size, self.pool_stride
        return explain_pool(shape[0], f, s), explain_pool(shape[1], f, s)

    def pool_valid(self) -> bool:
        geometry = self.pool_geometry()
        return geometry is not None and all(size.valid for size in geometry)

    def sobel_valid(self) -> bool:
        shape = self.grey_shape()
        return shape is not None and min(shape) >= 3

    # ---- results, each with the settings it was computed for
    def key(self, name: str) -> tuple:
        """The settings result ``name`` depends on, as they are now."""
        grey = (self.image_serial, self.grey_method)
        if name in ("grey", "sobel"):
            return grey
        if name == "edges":
            return grey + (self.threshold,)
        if name == "result":
            return grey + (
                self.kernel,
                self.flip,
                self.stride,
                self.padding,
                self.dilation,
            )
        if name == "pooled":
            source = self.key("result") if self.pool_source == "conv" else grey
            return source + (self.pool_source, self.pool_size, self.pool_stride)
        raise KeyError(f"no result called {name!r}")

    def needs(self) -> tuple[str, ...]:
        """What the current page shows, in the order it is computed."""
        if self.image is None:
            return ()
        names = ["grey"]
        if self.conv_valid():
            names.append("result")
        if self.page == "sobel" and self.sobel_valid():
            names.append("sobel")
            if self.threshold > 0:
                names.append("edges")
        if self.page == "pooling" and self.pool_valid():
            names.append("pooled")
        return tuple(names)

    def missing(self) -> tuple[str, ...]:
        """What the current page needs and is not computed for these settings."""
        return tuple(name for name in self.needs() if self.current(name) is None)

    def current(self, name: str):
        """Result ``name`` if it was computed for the current settings, else None."""
        entry = self.results.get(name)
        if entry is None or entry[0] != self.key(name):
            return None
        return entry[1]

    def store(self, entries: dict) -> None:
        """Keep computed ``{name: (key, value)}``; those of old settings are
        dropped (and stale ones already kept are let go)."""
        merged = {**self.results, **entries}
        self.results = {
            name: entry for name, entry in merged.items() if entry[0] == self.key(name)
        }

    @property
    def grey_image(self) -> np.ndarray | None:
        """The grey photo, float (H, W)."""
        return self.current("grey")

    @property
    def result(self) -> np.ndarray | None:
        """The convolution output for the current settings."""
        return self.current("result")

    @property
    def sobel(self) -> dict | None:
        """gx, gy, magnitude, direction (degrees) and peak (the largest
        magnitude) of the grey photo."""
        return self.current("sobel")

    @property
    def edges(self) -> dict | None:
        """The edge map at the threshold (0/1, uint8) and the direction where
        there is an edge (NaN elsewhere)."""
        return self.current("edges")

    @property
    def pooled(self) -> dict | None:
        """The four poolings of the course, by mode."""
        return self.current("pooled")

    # ---- Show code
    def code(self, say=str) -> str:
        """The NumPy code that computes what the current page shows, its
        comments written by ``say`` (the interface's translation)."""
        return conv_code(
            self.source_path(),
            self.grey_method,
            self.image is not None and self.image.ndim == 3,
            self.kernel_array(),
            self.stride,
            self.padding,
            self.flip,
            dilation=self.dilation,
            pool=(self.pool_size, self.pool_stride, self.pool_source)
            if self.page == "pooling"
            else None,
            sobel=self.page == "sobel",
            say=say,
        )
