"""guiapp.images: every kind of bad file gets a clear message, odd formats load."""

import os
import struct
import zlib

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QImageWriter

from guiapp import images
from guiapp.images import ImageError, ImageTooLarge, load_image, to_qimage
from guiapp.resources import SAMPLES, sample_path
from tests.image_files import flat_jpeg, flat_png, literal_gif


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
    """A tiny file claiming 50 000 x 50 000 pixels is refused as damaged before
    decoding: no smaller copy is offered, since none could be decoded."""
    rows = [b"\x00" * 50000]  # the data is short; only the header matters here
    path = write_png(tmp_path / "bomb.png", 50000, 50000, 0, 8, rows)
    assert path.stat().st_size < 1000
    with pytest.raises(ImageError) as info:
        load_image(path)
    assert not isinstance(info.value, ImageTooLarge)
    message = str(info.value)
    assert "bomb.png" in message and "50000 x 50000" in message
    assert "damaged" in message and "copy of" not in message
    with pytest.raises(ImageError, match="damaged"):
        load_image(path, downscale=True)


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


# ---- offers that are kept: a copy is offered only when it can be decoded


@pytest.fixture
def memory_limit(monkeypatch):
    """A function that lowers guiapp's memory limit for one image (in MB), so
    that images of a few megabytes meet it; Qt's limit is put back after."""
    before = QImageReader.allocationLimit()

    def lower(megabytes):
        monkeypatch.setattr(images, "ALLOCATION_LIMIT_MB", megabytes)

    yield lower
    QImageReader.setAllocationLimit(before)


def outcome(path, **options):
    """What a user gets: ("image", array), ("offer", error) or ("refused", error).
    An offer is taken at once: it must give an image of the offered size."""
    try:
        return "image", load_image(path, **options)
    except ImageTooLarge as offer:
        copy = load_image(path, downscale=True, **options)
        assert copy.shape[:2] == offer.suggested[::-1], str(offer)
        return "offer", offer
    except ImageError as error:
        return "refused", error


def assert_refused_with_advice(error, name, width, height):
    """The refusal names the file and its size, says why and what to do."""
    message = str(error)
    assert not isinstance(error, ImageTooLarge)
    assert name in message and f"{width} x {height}" in message, message
    assert "image editor" in message and "MB" in message, message
    assert "can open a copy" not in message


def test_huge_png_is_refused_with_advice_not_offered(tmp_path):
    """A valid 40 000 x 40 000 PNG (1.5 MB of file) would take 1.5 GB to decode:
    it is refused from its header, naming the file, its size, what to do;
    no copy is offered, and asking for one gives the same answer."""
    path = flat_png(tmp_path / "scan.png", 40000, 40000)
    assert path.stat().st_size < 2_000_000
    kind, error = outcome(path)
    assert kind == "refused"
    assert_refused_with_advice(error, "scan.png", 40000, 40000)
    assert "1526 MB" in str(error) and "2048 x 2048" in str(error)
    with pytest.raises(ImageError) as again:
        load_image(path, downscale=True)
    assert str(again.value) == str(error)


@pytest.mark.parametrize(
    "colour_type, bit_depth, width, height",
    [(2, 16, 12000, 12000), (0, 16, 20000, 20000), (6, 8, 12000, 12000)],
    ids=["rgb16", "grey16", "rgba8"],
)
def test_deep_or_wide_png_over_the_limit_is_refused(
    tmp_path, colour_type, bit_depth, width, height
):
    """16-bit and RGBA PNGs whose decoding exceeds the limit are refused the
    same way, with no offer (each file is under 1 MB)."""
    path = flat_png(tmp_path / "deep.png", width, height, colour_type, bit_depth)
    kind, error = outcome(path)
    assert kind == "refused"
    assert_refused_with_advice(error, "deep.png", width, height)


def test_huge_jpeg_is_decoded_small(tmp_path):
    """A 12 000 x 12 000 colour JPEG (576 MB decoded whole, over the limit) is
    offered and delivered as a 2048 x 2048 copy: JPEG decodes at 1/8 size."""
    path = flat_jpeg(tmp_path / "poster.jpg", 12000, 12000)
    kind, offer = outcome(path)
    assert kind == "offer" and offer.suggested == (2048, 2048)
    image = load_image(path, downscale=True)
    assert image.shape == (2048, 2048) and int(image.mean()) == 128


def test_progressive_jpeg_gathered_whole_is_refused_when_too_large(tmp_path):
    """A progressive JPEG is gathered whole before it is decoded (2 bytes a
    pixel for a grey one): 16 000 x 16 000 is refused, 8 000 x 8 000 is
    offered and delivered."""
    big = flat_jpeg(tmp_path / "big.jpg", 16000, 16000, False, progressive=True)
    kind, error = outcome(big)
    assert kind == "refused"
    assert_refused_with_advice(error, "big.jpg", 16000, 16000)
    small = flat_jpeg(tmp_path / "small.jpg", 8000, 8000, False, progressive=True)
    assert outcome(small)[0] == "offer"


def test_jpeg_wider_than_libjpeg_reads_is_refused(tmp_path):
    """A JPEG 65 535 pixels wide (the format allows it, libjpeg reads 65 500)
    is refused with its size and what to do, not as "damaged"."""
    path = flat_jpeg(tmp_path / "strip.jpg", 65535, 16)
    with pytest.raises(ImageError) as info:
        load_image(path)
    message = str(info.value)
    assert "strip.jpg" in message and "65535 x 16" in message
    assert "image editor" in message and "damaged" not in message


def test_exactly_max_pixels_opens_and_one_row_more_is_offered(tmp_path):
    """2048 x 2048 opens as it is; 2048 x 2049 is offered a copy of at most
    2048 x 2048 pixels, which opens."""
    exact = flat_png(tmp_path / "exact.png", 2048, 2048)
    assert load_image(exact).shape == (2048, 2048)
    kind, offer = outcome(flat_png(tmp_path / "over.png", 2048, 2049))
    assert kind == "offer" and offer.suggested[0] * offer.suggested[1] <= 2048 * 2048


def test_exactly_at_the_memory_limit_opens(tmp_path, memory_limit):
    """With a 4 MB limit: a grey PNG of exactly 4 MB (and 2048 x 2048 pixels)
    opens, one row more is refused, not offered; an RGB one of exactly 4 MB
    opens, one pixel wider is refused although it is under 2048 x 2048."""
    memory_limit(4)
    grey = flat_png(tmp_path / "grey.png", 4096, 1024)
    assert outcome(grey)[0] == "image"
    kind, error = outcome(flat_png(tmp_path / "grey2.png", 4096, 1025))
    assert kind == "refused"
    assert_refused_with_advice(error, "grey2.png", 4096, 1025)
    assert outcome(flat_png(tmp_path / "rgb.png", 1024, 1024, 2))[0] == "image"
    kind, error = outcome(flat_png(tmp_path / "rgb2.png", 1025, 1024, 2))
    assert kind == "refused"
    assert "4 MB" in str(error)


def _qt_file(path, fmt, width, height):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 60, 90))
    writer = QImageWriter(str(path), fmt.encode())
    if fmt == "webp":
        writer.setQuality(100)  # lossless: the colour survives
    assert writer.write(image), writer.errorString()
    return path


@pytest.mark.parametrize("fmt", ["png", "bmp", "tiff", "webp", "gif", "jpeg"])
def test_each_format_offered_only_when_it_can_be_decoded(tmp_path, memory_limit, fmt):
    """The same 1024 x 1024 colour picture (4 MB decoded) in every format, with
    a 4 MB limit: it is offered and delivered; with a 3 MB limit it is refused
    with advice, except JPEG, which is decoded straight at the smaller size."""
    path = tmp_path / f"picture.{fmt}"
    if fmt == "gif":
        literal_gif(path, 1024, 1024, index=90)
    else:
        _qt_file(path, fmt, 1024, 1024)
    memory_limit(4)
    kind, offer = outcome(path, max_pixels=100_000)
    assert kind == "offer"
    copy = load_image(path, max_pixels=100_000, downscale=True)
    if fmt == "gif":
        assert copy.ndim == 2 and abs(copy.mean() - 90) < 1
    else:
        assert np.abs(copy.reshape(-1, 3).mean(0) - (30, 60, 90)).max() < 3
    memory_limit(3)
    kind, error = outcome(path, max_pixels=100_000)
    if fmt == "jpeg":
        assert kind == "offer"
    else:
        assert kind == "refused"
        assert_refused_with_advice(error, path.name, 1024, 1024)


_FLAT_KINDS = {
    "grey": lambda p, w, h: flat_png(p, w, h, 0, 8),
    "rgb": lambda p, w, h: flat_png(p, w, h, 2, 8),
    "rgba16": lambda p, w, h: flat_png(p, w, h, 6, 16),
    "grey16": lambda p, w, h: flat_png(p, w, h, 0, 16),
    "palette": lambda p, w, h: flat_png(p, w, h, 3, 8),
    "jpeg": lambda p, w, h: flat_jpeg(p, w, h),
    "jpeg-grey": lambda p, w, h: flat_jpeg(p, w, h, colour=False),
    "jpeg-progressive": lambda p, w, h: flat_jpeg(p, w, h, progressive=True),
}


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    kind=st.sampled_from(sorted(_FLAT_KINDS)),
    width=st.one_of(st.integers(1, 2000), st.integers(1, 65000)),
    height=st.one_of(st.integers(1, 2000), st.integers(1, 65000)),
)
def test_any_size_is_opened_offered_or_refused_never_failed(
    tmp_path, memory_limit, kind, width, height
):
    """Any size of valid PNG or JPEG, with a 2 MB limit so that every decode is
    small: it opens, or its offered copy opens at the offered size, or it is
    refused with advice. Never an offer that then fails."""
    memory_limit(2)
    path = _FLAT_KINDS[kind](tmp_path / "any.img", width, height)
    result, value = outcome(path, max_pixels=250_000)
    event(result)
    if result == "image":
        assert value.shape[:2] == (height, width)
    elif result == "refused":
        assert_refused_with_advice(value, "any.img", width, height)


def test_header_saying_one_pixel_gives_one_pixel(tmp_path):
    """A PNG whose header says 1 x 1 but that holds 100 x 100 pixels of data
    opens as the 1 x 1 image its header announces."""
    path = flat_png(tmp_path / "small.png", 100, 100, header=(1, 1))
    assert load_image(path).shape == (1, 1)


def test_png_cut_short_is_refused_before_an_offer(tmp_path):
    """A 3000 x 3000 PNG that holds one row is refused as damaged at once, not
    offered as a copy that then fails."""
    path = flat_png(tmp_path / "cut.png", 3000, 3000, rows=1)
    with pytest.raises(ImageError) as info:
        load_image(path)
    assert not isinstance(info.value, ImageTooLarge)
    assert "cut.png" in str(info.value) and "3000 x 3000" in str(info.value)
    assert "damaged" in str(info.value)


def test_webp_cut_short_is_refused_before_an_offer(tmp_path):
    """A WebP file shorter than the length it states is refused as damaged,
    before a copy is offered."""
    full = _qt_file(tmp_path / "full.webp", "webp", 64, 48)
    cut = tmp_path / "cut.webp"
    cut.write_bytes(full.read_bytes()[:-4])
    with pytest.raises(ImageError) as info:
        load_image(cut, max_pixels=100)
    assert not isinstance(info.value, ImageTooLarge)
    assert "damaged" in str(info.value) and "64 x 48" in str(info.value)


def test_turned_image_shrinks_as_it_is_shown(tmp_path):
    """A TIFF whose orientation tag turns it a quarter: the offer gives the size
    as shown, and the copy is the shown picture made smaller (its red corner
    where the full-size picture has it)."""
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 255))
    for y in range(100):
        for x in range(150):
            image.setPixelColor(x, y, QColor(255, 0, 0))
    path = tmp_path / "turned.tiff"
    writer = QImageWriter(str(path), b"tiff")
    writer.setTransformation(QImageIOHandler.Transformation.TransformationRotate90)
    assert writer.write(image)
    full = load_image(path)
    assert full.shape == (300, 200, 3)
    with pytest.raises(ImageTooLarge) as info:
        load_image(path, max_pixels=3000)
    assert info.value.size == (200, 300) and "200 x 300" in str(info.value)
    copy = load_image(path, max_pixels=3000, downscale=True)
    assert copy.shape[:2] == info.value.suggested[::-1]
    red = (copy[..., 0] > 128).astype(int)
    full_red = (full[..., 0] > 128).astype(int)
    corners = [(0, 0), (0, -1), (-1, 0), (-1, -1)]
    assert [red[y, x] for y, x in corners] == [full_red[y, x] for y, x in corners]


def test_a_jpeg_cut_short_is_refused_and_a_whole_one_with_a_trailer_opens(tmp_path):
    """A truncated JPEG opened as a mostly grey photo without a word (Qt fills
    what is missing); now it is said to be damaged. A whole JPEG followed by a
    camera's short trailer still opens."""
    photo = QImage(str(sample_path("coffee")))
    whole = tmp_path / "photo.jpg"
    assert photo.save(str(whole), "JPEG", 90)
    data = whole.read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(ImageError, match="cut.jpg is damaged"):
        load_image(cut)
    trailer = tmp_path / "trailer.jpg"
    trailer.write_bytes(data + b"\x00" * 512 + b"SAMSUNG TRAILER")
    assert load_image(trailer).shape == load_image(whole).shape


def test_a_file_in_a_folder_one_cannot_enter_is_refused_in_words(monkeypatch, tmp_path):
    """Path.exists raised PermissionError for a file in a folder the user may
    not enter: a drop, File > Open and --image at start-up (which then did
    not start) ended in a traceback."""
    from pathlib import Path

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "stat", refuse)
    with pytest.raises(ImageError, match="not allowed to read a.png"):
        load_image(tmp_path / "locked" / "a.png")


def test_a_link_loop_is_refused_in_words(tmp_path):
    loop = tmp_path / "loop.png"
    loop.symlink_to(loop)
    with pytest.raises(ImageError, match="loop.png"):
        load_image(loop)


@pytest.mark.parametrize("fmt", ["png", "jpeg", "bmp", "tiff", "webp"])
def test_a_file_is_read_by_the_reader_its_first_bytes_name(tmp_path, fmt):
    """Each format with a signature is read by its own reader, whatever the
    file is called (here .tga, a format without a signature, whose reader once
    took a PNG for itself and gave 18505 x 21060 for a 300 x 168 image)."""
    if fmt.encode() not in [bytes(f) for f in QImageWriter.supportedImageFormats()]:
        pytest.skip(f"Qt cannot write {fmt} here")
    image = QImage(37, 21, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 120, 200))
    path = tmp_path / "picture.tga"
    assert image.save(str(path), fmt)
    assert images.signature_format(path) == fmt
    reader = images._open_reader(path)
    assert bytes(reader.format()).decode() == fmt
    assert load_image(path).shape[:2] == (21, 37)
