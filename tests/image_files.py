"""Image files of any size that take little disk, memory and time to write.

A flat (one-colour) image compresses to almost nothing, so a 40 000 x 40 000
PNG or JPEG can be written in a few megabytes and a fraction of a second,
without holding its pixels: the tests of huge images use these.
"""

import struct
import zlib

__all__ = ["flat_jpeg", "flat_png", "literal_gif", "png_chunk"]


def png_chunk(tag: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, tag, data, CRC."""
    crc = zlib.crc32(tag + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)


def _adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two byte strings joined, from each one's (as zlib's)."""
    base = 65521
    a = ((first & 0xFFFF) + (second & 0xFFFF) - 1) % base
    b = ((first >> 16) + (second >> 16) + second_length * ((first & 0xFFFF) - 1)) % base
    return (b << 16) | a


_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def flat_png(path, width, height, colour_type=0, bit_depth=8, rows=None, header=None):
    """A black PNG of ``width`` x ``height``; ``rows`` (fewer than ``height``)
    writes only that many rows, a file cut short; ``header`` = ``(w, h)`` puts
    another size in the header than the data holds (a header that lies).

    The pixel data is zeros compressed once per megabyte block and repeated:
    deflate output after a full flush does not depend on what came before.
    """
    head_width, head_height = header or (width, height)
    stride = 1 + (width * _CHANNELS[colour_type] * bit_depth + 7) // 8
    rows = height if rows is None else rows
    block_rows = max(1, (1 << 20) // stride)
    block = bytes(stride * block_rows)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    block_adler = zlib.adler32(block)
    whole, rest = divmod(rows, block_rows)
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n")
        ihdr = struct.pack(
            ">IIBBBBB", head_width, head_height, bit_depth, colour_type, 0, 0, 0
        )
        file.write(png_chunk(b"IHDR", ihdr))
        if colour_type == 3:
            file.write(png_chunk(b"PLTE", bytes(3)))
        data, adler = bytearray(b"\x78\xda"), 1
        for _ in range(whole):
            data += packed
            adler = _adler32_combine(adler, block_adler, len(block))
            if len(data) >= 1 << 22:
                file.write(png_chunk(b"IDAT", bytes(data)))
                data = bytearray()
        tail = bytes(stride * rest)
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        data += compressor.compress(tail) + compressor.flush()
        adler = _adler32_combine(adler, zlib.adler32(tail), len(tail))
        data += struct.pack(">I", adler)
        file.write(png_chunk(b"IDAT", bytes(data)))
        file.write(png_chunk(b"IEND", b""))
    return path


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def flat_jpeg(path, width, height, colour=True, progressive=False):
    """A mid-grey JPEG of ``width`` x ``height`` (up to 65 535).

    Its Huffman tables hold one code each, one bit long: every 8 x 8 block is
    "DC unchanged, end of block" in two bits of zeros (one bit, the DC scan
    alone, when ``progressive``). ``colour``: Y, Cb, Cr sampled 4:2:0, as
    cameras write them; otherwise one grey component.
    """
    components = [(1, 0x22), (2, 0x11), (3, 0x11)] if colour else [(1, 0x11)]
    mcu = 16 if colour else 8
    mcus = -(-width // mcu) * -(-height // mcu)
    bits = mcus * (6 if colour else 1) * (1 if progressive else 2)
    size = -(-bits // 8)
    frame = struct.pack(">BHHB", 8, height, width, len(components))
    frame += b"".join(bytes([ident, hv, 0]) for ident, hv in components)
    one_code = bytes([1] + [0] * 15) + b"\x00"  # one code of 1 bit: symbol 0
    tables = b"\x00" + one_code + (b"" if progressive else b"\x10" + one_code)
    scan = bytes([len(components)])
    scan += b"".join(bytes([ident, 0]) for ident, _ in components)
    scan += b"\x00\x00\x00" if progressive else b"\x00\x3f\x00"
    with open(path, "wb") as file:
        file.write(b"\xff\xd8")
        file.write(_segment(0xDB, b"\x00" + bytes([1]) * 64))
        file.write(_segment(0xC2 if progressive else 0xC0, frame))
        file.write(_segment(0xC4, tables))
        file.write(_segment(0xDA, scan))
        zeros = bytes(1 << 20)
        left = size - 1
        while left > 0:
            file.write(zeros[: min(left, len(zeros))])
            left -= len(zeros)
        padding = size * 8 - bits
        file.write(bytes([(1 << padding) - 1]))
        file.write(b"\xff\xd9")
    return path


def literal_gif(path, width, height, index=1):
    """A GIF of one palette colour whose LZW codes are all literals (a clear
    code every 254 pixels keeps the codes 9 bits wide): simple, not small."""
    import numpy as np

    count = width * height
    codes = np.empty(count + -(-count // 254) + 1, np.uint16)
    clears = np.arange(-(-count // 254)) * 255
    codes[clears] = 256
    codes[np.arange(count) + np.arange(count) // 254 + 1] = index
    codes[-1] = 257  # end of information
    bits = ((codes[:, None] >> np.arange(9)) & 1).astype(np.uint8).ravel()
    data = np.packbits(bits, bitorder="little").tobytes()
    with open(path, "wb") as file:
        file.write(b"GIF89a" + struct.pack("<HHBBB", width, height, 0xF7, 0, 0))
        file.write(bytes(i for i in range(256) for _ in range(3)))  # i: (i, i, i)
        file.write(b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x08")
        for start in range(0, len(data), 255):
            block = data[start : start + 255]
            file.write(bytes([len(block)]) + block)
        file.write(b"\x00\x3b")
    return path
