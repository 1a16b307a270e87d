"""Reading image files into NumPy arrays, with messages a student understands.

Images are decoded by Qt's ``QImageReader`` (PNG, JPEG, BMP, GIF, TIFF, WebP and
whatever image plugins the Qt installation has), so guiapp needs neither Pillow
nor matplotlib. This module uses QtGui but no widget, and works without a
running ``QApplication``.

A file of more than ``max_pixels`` is offered as a smaller copy
(:class:`ImageTooLarge`) only when that copy can be decoded within
:data:`ALLOCATION_LIMIT_MB`: a JPEG is decoded straight at the smaller size,
other formats are decoded whole and shrunk a band of rows at a time. A file
that would take more memory, or that is too short for the size its header
gives, is refused with an :class:`ImageError` before any pixel is decoded.

>>> from guiapp.images import load_image
>>> img = load_image("resources/samples/chelsea_300x168.png")  # doctest: +SKIP
>>> img.dtype, img.shape                                 # doctest: +SKIP
(dtype('uint8'), (168, 300, 3))
"""

from __future__ import annotations

import math
import os
import struct
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPainter

from .core.os_errors import os_error_message

__all__ = [
    "ALLOCATION_LIMIT_MB",
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

#: Most memory one image may take while it is decoded, in megabytes. A file
#: that would need more (a decompression bomb, a 40 000 x 40 000 scan) is
#: refused from its header before any pixel is decoded, and no smaller copy of
#: it is offered: only JPEG (and SVG) can be decoded straight to a smaller
#: size; every other format is decoded whole, then shrunk. Qt's own allocation
#: limit, which counts every pixel as 32 bits, is set to 4 times this.
ALLOCATION_LIMIT_MB = 512

#: Formats whose Qt reader decodes at a smaller size when asked (JPEG by
#: libjpeg's 1/8 to 8/8 scaling, SVG by drawing smaller). Other readers that
#: accept QImageReader.setScaledSize decode the whole image first.
_SCALING_FORMATS = {"jpeg", "svg", "svgz"}

#: The most a deflate stream (PNG's pixel data) can shrink its input: 258
#: bytes in two bits.
_DEFLATE_MAX_RATIO = 1032


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
    try:
        _check_entry(path, name)
    except PermissionError:
        # a folder that may be listed but not entered: its files cannot even
        # be looked at (Path.exists raises instead of answering)
        raise ImageError(
            QCoreApplication.translate(
                "ImageError",
                "guiapp is not allowed to read {name}. Check the file's permissions.",
            ).format(name=name)
        ) from None
    except OSError as error:  # a link loop, a name too long...
        message = os_error_message(error, path, writing=False)
        raise ImageError(
            QCoreApplication.translate("CoreMessages", message.template).format(
                **message.values
            )
        ) from None


def _check_entry(path: Path, name: str) -> None:
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


#: the first bytes of the formats that have a signature, and Qt's name for them
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"icns", "icns"),
    (b"BM", "bmp"),
)


def signature_format(path: Path) -> str:
    """The format the file's first bytes name ("" when they name none).

    Qt's own guess from the content asks every reader in turn, and a reader of
    a format without a signature (TGA) once took a PNG for itself, reading its
    size from the wrong bytes (18505 x 21060 for a 300 x 168 image)."""
    try:
        with open(path, "rb") as file:
            head = file.read(16)
    except OSError:
        return ""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    for signature, name in SIGNATURES:
        if head.startswith(signature):
            return name
    return ""


def _open_reader(path: Path) -> QImageReader:
    reader = QImageReader(str(path))
    named = signature_format(path)
    if named and named in supported_suffixes():
        reader.setFormat(named.encode("ascii"))
        reader.setDecideFormatFromContent(False)
    else:
        reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # honour the EXIF orientation of phone photos
    # Qt counts every pixel as 32 bits at least; load_image checks the memory
    # an image really takes against ALLOCATION_LIMIT_MB before Qt allocates it
    reader.setAllocationLimit(4 * ALLOCATION_LIMIT_MB)
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


def _format_name(reader: QImageReader) -> str:
    return bytes(reader.format()).decode("ascii", "replace").lower()


def _qimage_bytes(
    width: int, height: int, image_format: QImage.Format, least_depth: int = 1
) -> int:
    """Bytes of a ``width`` x ``height`` QImage (rows padded to 32 bits), its
    pixels counted at ``least_depth`` bits or more (Qt counts 32 at least
    against its allocation limit). A format the reader cannot tell before
    decoding (GIF, WebP, ICNS) is counted as 32 bits, what they give."""
    depth = QImage.toPixelFormat(image_format).bitsPerPixel() or 32
    return ((width * max(depth, least_depth) + 31) >> 5 << 2) * height


_JPEG_FRAMES = set(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # SOF0 to SOF15
_JPEG_PROGRESSIVE = {0xC2, 0xC6, 0xCA, 0xCE}
_JPEG_LOSSLESS = {0xC3, 0xC7, 0xCB, 0xCF}
_JPEG_MAX_SIDE = 65500  # libjpeg's JPEG_MAX_DIMENSION


def _jpeg_headers(path: Path):
    """The frame header (``(marker, bytes)``, SOF0 to SOF15) and the first
    scan header (bytes) of a JPEG, or None where the file ends first."""
    frame, stray = None, 0
    with path.open("rb") as file:
        if file.read(2) != b"\xff\xd8":
            return None
        while byte := file.read(1):
            if byte != b"\xff":
                stray += 1  # bytes between segments: libjpeg skips them too
                if stray > 1 << 16:
                    return None
                continue
            marker = file.read(1)
            while marker == b"\xff":
                marker = file.read(1)
            if not marker or marker[0] == 0xD9:
                return None
            code = marker[0]
            if code == 0x01 or 0xD0 <= code <= 0xD8:
                continue  # markers without a length
            head = file.read(2)
            if len(head) < 2:
                return None
            length = struct.unpack(">H", head)[0]
            if code not in _JPEG_FRAMES and code != 0xDA:
                file.seek(length - 2, os.SEEK_CUR)
            elif code != 0xDA:
                frame = code, file.read(max(0, length - 2))
            else:
                scan = file.read(max(0, length - 2))
                return (frame, scan) if frame and scan else None
    return None


def _jpeg_frame(path: Path) -> tuple[int, int, bool, int] | None:
    """``(width, height, lossless, coefficient bytes)`` from a JPEG's headers,
    None when they cannot be read (Qt then says what is wrong).

    libjpeg decodes a sequential JPEG whose first scan holds every colour
    component a few rows at a time. A progressive JPEG, or one whose components
    come in separate scans, is first gathered whole as DCT coefficients (2
    bytes per pixel and component, whatever size it is decoded at): those
    bytes are the last number, 0 when there is no such buffer.
    """
    headers = _jpeg_headers(path)
    if headers is None or len(headers[0][1]) < 6:
        return None
    (code, frame), scan = headers
    height, width, count = struct.unpack(">HHB", frame[1:6])
    sampling = frame[7 : 6 + 3 * count : 3]
    if not count or len(sampling) != count:
        return None
    lossless = code in _JPEG_LOSSLESS
    if code not in _JPEG_PROGRESSIVE and scan[0] >= count:
        return width, height, lossless, 0
    h = [max(1, s >> 4) for s in sampling]
    v = [max(1, s & 15) for s in sampling]
    total = 0
    for hi, vi in zip(h, v, strict=True):
        # blocks of 8 x 8 coefficients, rounded up to whole MCUs
        wide = -(-width * hi // (8 * max(h)))
        high = -(-height * vi // (8 * max(v)))
        total += -(-wide // hi) * hi * -(-high // vi) * vi * 64 * 2
    return width, height, lossless, total


def _decode_plan(
    reader: QImageReader, path: Path, size: tuple[int, int], target
) -> tuple[int, int, bool]:
    """``(memory, counted, scaled)`` for reading ``path`` (``size`` pixels) at
    its own size or at ``target``: the bytes it takes, the bytes Qt counts
    against its allocation limit, and whether Qt's reader decodes straight to
    ``target`` (else it is decoded whole and shrunk by :func:`_shrink`)."""
    width, height = size
    image_format = reader.imageFormat()
    extra, decoded_size = 0, None
    name = _format_name(reader)
    if name == "jpeg":
        _, _, lossless, extra = _jpeg_frame(path) or (0, 0, False, 0)
        if target is not None and not lossless:
            # the scale qjpeghandler picks: libjpeg's M/8, M = 1 to 8
            factor = min(width / target[0], height / target[1])
            eighths = min(8, max(1, math.ceil(8 / factor)))
            decoded_size = -(-width * eighths // 8), -(-height * eighths // 8)
    elif name in _SCALING_FORMATS and target is not None:
        decoded_size = target
    if decoded_size is None:
        decoded = _qimage_bytes(width, height, image_format)
        counted = _qimage_bytes(width, height, image_format, 32)
        if target is None and reader.transformation():
            decoded *= 2  # Qt turns the image round into a copy
        return decoded + extra, counted, False
    decoded = _qimage_bytes(*decoded_size, image_format)
    counted = _qimage_bytes(*decoded_size, image_format, 32)
    smooth = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)
    if decoded_size != tuple(target) and image_format not in smooth:
        # Qt's smooth scaling works on a 32-bit copy (of a grey JPEG)
        extra += _qimage_bytes(*decoded_size, QImage.Format.Format_RGB32)
    extra += _qimage_bytes(*target, QImage.Format.Format_RGB32)
    return decoded + extra, counted, True


def _least_length(path: Path, name: str, width: int, height: int) -> int:
    """Bytes a ``name`` file of ``width`` x ``height`` pixels holds at least, from
    its header: a PNG's pixel data shrinks at most 1032 times (deflate), a
    WebP file says its length. 0 for other formats."""
    with path.open("rb") as file:
        head = file.read(26)
    if name == "png" and len(head) == 26 and head[12:16] == b"IHDR":
        channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(head[25], 0)
        return width * height * channels * head[24] // 8 // _DEFLATE_MAX_RATIO
    if name == "webp" and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return 8 + struct.unpack("<I", head[4:8])[0]
    return 0


def _check_length(path: Path, name: str, width: int, height: int) -> None:
    """Refuse a file too short to hold the pixels its header announces (a
    bomb, or a file cut short) before a copy of it is offered."""
    if path.stat().st_size < _least_length(path, name, width, height):
        raise ImageError(
            QCoreApplication.translate(
                "ImageError",
                "{name} is damaged: its header says {width} x {height} pixels, but "
                "the file is too short to hold them. It may have been cut short "
                "while it was copied or downloaded: copy or download it again.",
            ).format(name=path.name, width=width, height=height)
        )


def _check_jpeg_end(path: Path) -> None:
    """Refuse a JPEG cut short: Qt decodes what there is and fills the rest
    with grey, without a word. A whole JPEG ends with its end marker (FF D9),
    at most followed by a short trailer some cameras append."""
    size = path.stat().st_size
    with path.open("rb") as file:
        file.seek(max(0, size - 4096))
        tail = file.read()
    if b"\xff\xd9" not in tail:
        raise ImageError(
            QCoreApplication.translate(
                "ImageError",
                "{name} is damaged: the JPEG file ends before its image does. It "
                "may have been cut short while it was copied or downloaded: copy "
                "or download it again.",
            ).format(name=path.name)
        )


def _check_jpeg_sides(path: Path) -> None:
    """Refuse a JPEG wider or higher than libjpeg reads (Qt then gives neither
    its size nor its format); other files pass."""
    frame = _jpeg_frame(path)
    if frame is None or max(frame[:2]) <= _JPEG_MAX_SIDE:
        return
    width, height = frame[:2]
    suggested = fit_within(width, height, MAX_PIXELS)
    raise ImageError(
        QCoreApplication.translate(
            "ImageError",
            "{name} is {width} x {height} pixels: guiapp reads JPEG files of at "
            "most {side} pixels a side. Make a copy of at most {sw} x {sh} pixels "
            "with an image editor, and open that copy.",
        ).format(
            name=path.name,
            width=width,
            height=height,
            side=_JPEG_MAX_SIDE,
            sw=suggested[0],
            sh=suggested[1],
        )
    )


def _too_large(
    path: Path, size: tuple[int, int], need: int, limit_mb: int
) -> ImageError:
    width, height = size
    # a copy of this many pixels opens whatever its format (8 bytes a pixel)
    suggested = fit_within(width, height, min(MAX_PIXELS, (limit_mb << 20) // 8))
    return ImageError(
        QCoreApplication.translate(
            "ImageError",
            "{name} is {width} x {height} pixels: guiapp cannot open it, not even "
            "as a smaller copy, because decoding it would take {need} MB of memory "
            "and guiapp allows {limit} MB for one image. Make a copy of at most "
            "{sw} x {sh} pixels with an image editor, and open that copy.",
        ).format(
            name=path.name,
            width=width,
            height=height,
            need=-(-need >> 20),
            limit=limit_mb,
            sw=suggested[0],
            sh=suggested[1],
        )
    )


#: Source rows a band of :func:`_shrink` holds, in bytes at 32 bits a pixel.
_BAND_BYTES = 8 << 20


def _shrink(image: QImage, width: int, height: int) -> np.ndarray:
    """``image`` scaled down to ``width`` x ``height``, a band of rows at a time.

    Each band of source rows is scaled (Qt's smooth, area-averaging scaling)
    to the output rows it covers, so only a band (8 MB) is ever converted to
    32 bits: ``QImage.scaled`` on the whole image would first copy a large
    grey or palette image whole to 32 bits. Transparency is composited on
    white first; an image grey throughout gives ``(H, W)``.
    """
    src_width, src_height = image.width(), image.height()
    rows = np.arange(height + 1, dtype=np.int64) * src_height // height
    band_rows = max(1, _BAND_BYTES // (4 * src_width))
    out = np.empty((height, width, 3), np.uint8)
    grey = True
    first = 0
    while first < height:
        last = int(np.searchsorted(rows, rows[first] + band_rows, "right")) - 1
        last = min(height, max(first + 1, last))
        top, bottom = int(rows[first]), int(rows[last])
        band = image.copy(0, top, src_width, bottom - top)
        if band.hasAlphaChannel():
            band = _composite_on_white(band)
        grey = grey and band.isGrayscale()
        band = band.scaled(
            width,
            last - first,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        out[first:last] = _to_array(
            band.convertToFormat(QImage.Format.Format_RGB888), 3
        )
        first = last
    return np.ascontiguousarray(out[..., 0]) if grey else out


def _transformed(array: np.ndarray, transformation) -> np.ndarray:
    """``array`` turned as QImageReader's auto-transform turns an image (the
    file's orientation tag): mirror, flip, then 90 degrees clockwise."""
    flags = QImageIOHandler.Transformation
    if transformation & flags.TransformationMirror:
        array = array[:, ::-1]
    if transformation & flags.TransformationFlip:
        array = array[::-1]
    if transformation & flags.TransformationRotate90:
        array = np.rot90(array, -1)
    return np.ascontiguousarray(array)


def _plan_read(reader: QImageReader, path: Path, max_pixels: int, downscale: bool):
    """Check the file from its header and set ``reader`` up to read it.

    Returns ``(target, turn)``: the size to shrink the decoded image to and
    the turn to give it then (both None when Qt's reader does it all), or
    raises what the user is told. Sizes in messages are as the image is shown
    (after its orientation tag turns it); Qt's reader works before the turn.
    """
    size = reader.size()
    if not size.isValid():
        _check_jpeg_sides(path)  # Qt's JPEG reader gives no size past 65 500
        return None, None
    width, height = size.width(), size.height()
    _check_length(path, _format_name(reader), width, height)
    target = (
        fit_within(width, height, max_pixels) if width * height > max_pixels else None
    )
    need, counted, scaled = _decode_plan(reader, path, (width, height), target)
    turn = reader.transformation()

    def shown(pair):
        rotated = turn & QImageIOHandler.Transformation.TransformationRotate90
        return (pair[1], pair[0]) if rotated else tuple(pair)

    qt_limit = QImageReader.allocationLimit()  # the environment may lower it
    if need > ALLOCATION_LIMIT_MB << 20:
        raise _too_large(path, shown((width, height)), need, ALLOCATION_LIMIT_MB)
    if qt_limit and counted > qt_limit << 20:
        raise _too_large(path, shown((width, height)), counted, qt_limit)
    if target is None:
        return None, None
    if not downscale:
        (show_width, show_height), suggested = shown((width, height)), shown(target)
        raise ImageTooLarge(
            QCoreApplication.translate(
                "ImageError",
                "{name} is {width} x {height} pixels, too large to convolve "
                "interactively. guiapp can open a copy of {sw} x {sh} pixels.",
            ).format(
                name=path.name,
                width=show_width,
                height=show_height,
                sw=suggested[0],
                sh=suggested[1],
            ),
            (show_width, show_height),
            suggested,
        )
    if scaled:
        reader.setScaledSize(QSize(*target))
        return None, None
    # decoded whole, shrunk a band at a time, then turned (turning the whole
    # image would copy it)
    reader.setAutoTransform(False)
    return target, turn


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
        With a message that says what is wrong and what to do. A file whose
        decoding would take more than :data:`ALLOCATION_LIMIT_MB`, or that is
        too short for the size its header gives, raises ImageError, never
        ImageTooLarge: no copy of it is offered.
    """
    path = Path(path)
    _check_file(path)
    reader = _open_reader(path)
    if _format_name(reader) == "jpeg":
        _check_jpeg_end(path)
    target, turn = _plan_read(reader, path, max_pixels, downscale)
    image = reader.read()
    if image.isNull():
        raise ImageError(
            QCoreApplication.translate(
                "ImageError",
                "{name} could not be decoded ({reason}). The file may be truncated or damaged.",
            ).format(name=path.name, reason=reader.errorString())
        )
    if target is not None:
        return _transformed(_shrink(image, *target), turn)
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
