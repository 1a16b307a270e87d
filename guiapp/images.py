"""Reading image files into NumPy arrays, with messages a student understands.

Images are decoded by Qt's ``QImageReader`` (PNG, JPEG, BMP, GIF, TIFF, WebP and
whatever image plugins the Qt installation has), so guiapp needs neither Pillow
nor matplotlib. This module uses QtGui but no widget, and works without a
running ``QApplication``.

>>> from guiapp.images import load_image
>>> img = load_image("resources/samples/chelsea_300x168.png")  # doctest: +SKIP
>>> img.dtype, img.shape                                 # doctest: +SKIP
(dtype('uint8'), (168, 300, 3))
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

__all__ = [
    "MAX_PIXELS",
    "ImageError",
    "ImageTooLarge",
    "load_image",
    "supported_suffixes",
    "to_qimage",
]

#: Largest image (in pixels) shown interactively: 2048 x 2048. Convolving a
#: larger one on every keystroke would make the tab stutter on a laptop.
MAX_PIXELS = 2048 * 2048

#: Largest image Qt may allocate at all, in megabytes. A decompression bomb
#: (a tiny file that claims 50 000 x 50 000 pixels) is refused from its header
#: before any pixel is decoded.
ALLOCATION_LIMIT_MB = 512


class ImageError(Exception):
    """An image that cannot be opened; ``str(error)`` is a sentence for the user."""


class ImageTooLarge(ImageError):
    """The image is larger than ``max_pixels``; ``suggested`` is a size that fits.

    Open it with ``load_image(path, downscale=True)`` to get a copy of
    ``suggested`` size.
    """

    def __init__(self, message: str, size: tuple[int, int], suggested: tuple[int, int]):
        super().__init__(message)
        self.size = size
        self.suggested = suggested


def supported_suffixes() -> list[str]:
    """File suffixes Qt can read here, lower case without dot (``png``, ``jpg``...)."""
    return sorted(
        bytes(f).decode().lower() for f in QImageReader.supportedImageFormats()
    )


def fit_within(width: int, height: int, max_pixels: int) -> tuple[int, int]:
    """The largest (width, height) with the same aspect ratio and at most max_pixels.

    >>> fit_within(4000, 3000, 2048 * 2048)
    (2364, 1773)
    """
    scale = min(1.0, (max_pixels / (width * height)) ** 0.5)
    return max(1, int(width * scale)), max(1, int(height * scale))


def _check_file(path: Path) -> None:
    name = path.name or str(path)
    if not path.exists():
        raise ImageError(
            QCoreApplication.translate(
                "ImageError", "The file {name} does not exist."
            ).format(name=name)
        )
    if path.is_dir():
        raise ImageError(
            QCoreApplication.translate(
                "ImageError",
                "{name} is a folder, not an image file. Choose a file inside it.",
            ).format(name=name)
        )
    if not os.access(path, os.R_OK):
        raise ImageError(
            QCoreApplication.translate(
                "ImageError",
                "guiapp is not allowed to read {name}. Check the file's permissions.",
            ).format(name=name)
        )
    if path.stat().st_size == 0:
        raise ImageError(
            QCoreApplication.translate(
                "ImageError", "{name} is empty (0 bytes): it holds no image."
            ).format(name=name)
        )


def _open_reader(path: Path) -> QImageReader:
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # honour the EXIF orientation of phone photos
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    if not reader.canRead():
        suffix = path.suffix.lower().lstrip(".")
        supported = supported_suffixes()
        if suffix and suffix not in supported:
            raise ImageError(
                QCoreApplication.translate(
                    "ImageError",
                    "guiapp cannot read .{suffix} files. Supported formats: {formats}.",
                ).format(suffix=suffix, formats=", ".join(s.upper() for s in supported))
            )
        raise ImageError(
            QCoreApplication.translate(
                "ImageError",
                "{name} is not an image guiapp can read: its content is not a valid "
                "image (the file may be damaged, or be another kind of file with an "
                "image's name).",
            ).format(name=path.name)
        )
    return reader


def _composite_on_white(image: QImage) -> QImage:
    # Transparent pixels are shown as a viewer shows them, on white, so that an
    # RGBA or grey+alpha image convolves as it looks.
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _to_array(image: QImage, channels: int) -> np.ndarray:
    width, height = image.width(), image.height()
    buffer = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = buffer.reshape(height, image.bytesPerLine())[:, : width * channels]
    array = rows.reshape(height, width, channels) if channels > 1 else rows
    return array.copy()


def load_image(
    path, max_pixels: int = MAX_PIXELS, downscale: bool = False
) -> np.ndarray:
    """Read an image file as an ``(H, W)`` (grey) or ``(H, W, 3)`` uint8 array.

    Palette, 16-bit and alpha images are converted: 16-bit to 8-bit, palette to
    RGB, transparency composited on white. A grey image gives a 2-D array.

    Parameters
    ----------
    path : str or Path
    max_pixels : int
        Larger images raise :class:`ImageTooLarge` unless ``downscale``.
    downscale : bool
        Decode a smaller copy (same aspect ratio) that fits ``max_pixels``.

    Raises
    ------
    ImageError
        With a message that says what is wrong and what to do.
    """
    path = Path(path)
    _check_file(path)
    reader = _open_reader(path)
    size = reader.size()
    if size.isValid():
        width, height = size.width(), size.height()
        if width * height > max_pixels:
            suggested = fit_within(width, height, max_pixels)
            if not downscale:
                raise ImageTooLarge(
                    QCoreApplication.translate(
                        "ImageError",
                        "{name} is {width} x {height} pixels, too large to convolve "
                        "interactively. guiapp can open a copy of {sw} x {sh} pixels.",
                    ).format(
                        name=path.name,
                        width=width,
                        height=height,
                        sw=suggested[0],
                        sh=suggested[1],
                    ),
                    (width, height),
                    suggested,
                )
            reader.setScaledSize(QSize(*suggested))
    image = reader.read()
    if image.isNull():
        raise ImageError(
            QCoreApplication.translate(
                "ImageError",
                "{name} could not be decoded ({reason}). The file may be truncated or damaged.",
            ).format(name=path.name, reason=reader.errorString())
        )
    if image.hasAlphaChannel():
        image = _composite_on_white(image)
    if image.isGrayscale():
        return _to_array(image.convertToFormat(QImage.Format.Format_Grayscale8), 1)
    return _to_array(image.convertToFormat(QImage.Format.Format_RGB888), 3)


def to_qimage(array: np.ndarray) -> QImage:
    """A QImage copy of an ``(H, W)``, ``(H, W, 3)`` or ``(H, W, 4)`` uint8 array."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    height, width = array.shape[:2]
    if array.ndim == 2:
        fmt, channels = QImage.Format.Format_Grayscale8, 1
    elif array.shape[2] == 3:
        fmt, channels = QImage.Format.Format_RGB888, 3
    else:
        fmt, channels = QImage.Format.Format_RGBA8888, 4
    image = QImage(array.data, width, height, width * channels, fmt)
    return image.copy()
