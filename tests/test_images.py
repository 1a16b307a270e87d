"""guiapp.images: every kind of bad file gets a clear message, odd formats load."""

import os
import struct
import zlib

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from guiapp.images import ImageError, ImageTooLarge, load_image, to_qimage
from guiapp.resources import SAMPLES, sample_path


def write_png(path, width, height, color_type, bit_depth, raw_rows, palette=None):
    """A minimal PNG writer, so tests can make formats Qt would not write."""

    def chunk(tag, data):
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    body = b"".join(b"\x00" + row for row in raw_rows)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    if palette:
        data += chunk(b"PLTE", palette)
    data += chunk(b"IDAT", zlib.compress(body)) + chunk(b"IEND", b"")
    path.write_bytes(data)
    return path


def test_every_sample_loads():
    """All bundled sample photos load as uint8 arrays."""
    for name in SAMPLES:
        image = load_image(sample_path(name))
        assert image.dtype == np.uint8 and image.ndim in (2, 3), name


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p, "does not exist"),
        (lambda p: (p.write_bytes(b""), p)[1], "empty"),
        (lambda p: (p.write_text("hello, I am text"), p)[1], "not an image"),
    ],
    ids=["missing", "empty", "text-named-png"],
)
def test_bad_files_give_clear_messages(tmp_path, make, message):
    """A missing, empty, or text file named .png raises ImageError naming the problem."""
    path = make(tmp_path / "photo.png")
    with pytest.raises(ImageError, match=message):
        load_image(path)


def test_unsupported_format(tmp_path):
    """An unknown suffix says which formats are supported."""
    path = tmp_path / "drawing.xcf"
    path.write_bytes(b"gimp xcf v011" + bytes(100))
    with pytest.raises(ImageError, match="cannot read .xcf files.*PNG"):
        load_image(path)


def test_folder_is_refused(tmp_path):
    """Opening a folder says it is a folder."""
    with pytest.raises(ImageError, match="folder"):
        load_image(tmp_path)


def test_unreadable_file(tmp_path, monkeypatch):
    """A file the user may not read says to check permissions (os.access faked: tests run as root)."""
    path = tmp_path / "secret.png"
    to_qimage(np.zeros((4, 4), np.uint8)).save(str(path))
    monkeypatch.setattr(os, "access", lambda *args: False)
    with pytest.raises(ImageError, match="permissions"):
        load_image(path)


def test_truncated_png(tmp_path):
    """A PNG cut in the middle is reported as truncated or damaged."""
    full = tmp_path / "full.png"
    image = np.random.default_rng(0).integers(0, 255, (64, 64, 3), dtype=np.uint8)
    to_qimage(image).save(str(full))
    cut = tmp_path / "cut.png"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    with pytest.raises(ImageError, match="truncated or damaged|not a valid image"):
        load_image(cut)


def test_sixteen_bit_grey(tmp_path):
    """A 16-bit grey PNG loads as 8-bit grey (high byte)."""
    rows = [struct.pack(">4H", 0, 256 * 100, 65535, 256 * 7) for _ in range(2)]
    path = write_png(
        tmp_path / "deep.png", 4, 2, color_type=0, bit_depth=16, raw_rows=rows
    )
    image = load_image(path)
    assert image.shape == (2, 4) and image.dtype == np.uint8
    assert image[0].tolist() == [0, 100, 255, 7]


def test_palette_image(tmp_path):
    """A palette PNG loads as RGB with the palette's colours."""
    palette = bytes([255, 0, 0, 0, 0, 255])
    rows = [bytes([0, 1]), bytes([1, 0])]
    path = write_png(
        tmp_path / "pal.png",
        2,
        2,
        color_type=3,
        bit_depth=8,
        raw_rows=rows,
        palette=palette,
    )
    image = load_image(path)
    assert image.shape == (2, 2, 3)
    assert image[0, 0].tolist() == [255, 0, 0] and image[0, 1].tolist() == [0, 0, 255]


def test_grey_alpha_is_composited_on_white(tmp_path):
    """Grey+alpha: opaque pixels keep their grey, transparent ones become white."""
    rows = [bytes([50, 255, 50, 0])]
    path = write_png(
        tmp_path / "la.png", 2, 1, color_type=4, bit_depth=8, raw_rows=rows
    )
    image = load_image(path)
    assert image.shape == (1, 2)
    assert image.tolist() == [[50, 255]]


def test_rgba_is_composited_on_white(tmp_path):
    """An RGBA image loads as RGB, transparent pixels white."""
    qimage = QImage(2, 1, QImage.Format.Format_ARGB32)
    qimage.setPixelColor(0, 0, QColor(10, 20, 30, 255))
    qimage.setPixelColor(1, 0, QColor(10, 20, 30, 0))
    path = tmp_path / "rgba.png"
    qimage.save(str(path))
    image = load_image(path)
    assert image.shape == (1, 2, 3)
    assert image[0, 0].tolist() == [10, 20, 30] and image[0, 1].tolist() == [
        255,
        255,
        255,
    ]


def test_one_pixel_image(tmp_path):
    """A 1x1 image loads (the conv tab then explains why a 3x3 kernel does not fit)."""
    path = tmp_path / "dot.bmp"
    to_qimage(np.array([[[1, 2, 3]]], np.uint8)).save(str(path))
    assert load_image(path).tolist() == [[[1, 2, 3]]]


def test_decompression_bomb_is_refused_from_its_header(tmp_path):
    """A tiny file claiming 50 000 x 50 000 pixels is refused before decoding, with a smaller size offered."""
    rows = [b"\x00" * 50000]  # the data is short; only the header matters here
    path = write_png(tmp_path / "bomb.png", 50000, 50000, 0, 8, rows)
    assert path.stat().st_size < 1000
    with pytest.raises(ImageTooLarge, match="too large") as info:
        load_image(path)
    assert info.value.size == (50000, 50000)
    w, h = info.value.suggested
    assert w * h <= 2048 * 2048 and w == h


def test_large_image_downscaled_on_request(tmp_path):
    """A 3000x2000 photo is refused by default, and opens as a smaller copy with downscale=True."""
    path = tmp_path / "big.png"
    qimage = QImage(3000, 2000, QImage.Format.Format_RGB888)
    qimage.fill(QColor(200, 100, 50))
    qimage.save(str(path))
    with pytest.raises(ImageTooLarge):
        load_image(path)
    image = load_image(path, downscale=True)
    assert image.shape[0] * image.shape[1] <= 2048 * 2048
    assert image.shape[1] / image.shape[0] == pytest.approx(1.5, rel=0.01)
    assert image[0, 0].tolist() == [200, 100, 50]
