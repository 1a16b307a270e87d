"""How the sample photos in this folder were made (run once; kept for the record).

They come from scikit-image's wheel (``skimage/data/``), whose photos are CC0 or
public domain (see ../ATTRIBUTION.md). Usage::

    pip download --no-deps scikit-image==0.26.0 -d /tmp/sk
    python resources/samples/make_samples.py /tmp/sk/scikit_image-0.26.0-*.whl

``chelsea_300x168.png`` is a 300 x 168 crop of ``chelsea.png`` (the cat's eyes
and nose), the size of the course's koala photo, so the course's figures appear
as printed: 166 x 298 after a valid 3 x 3 convolution, 42 x 75 after 4 x 4 max
pooling, 50 400 -> 3 150 values. The other files are copied unchanged.
"""

import sys
import zipfile
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

HERE = Path(__file__).parent
COPIED = ["coffee.png", "camera.png", "rocket.jpg", "brick.png"]
CROP = QRect(70, 88, 300, 168)  # x, y, width, height in chelsea.png (451 x 300)


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for name in COPIED:
            (HERE / name).write_bytes(archive.read(f"skimage/data/{name}"))
        chelsea = QImage.fromData(archive.read("skimage/data/chelsea.png"))
    crop = chelsea.copy(CROP)
    assert (crop.width(), crop.height()) == (300, 168)
    crop.save(str(HERE / "chelsea_300x168.png"))


if __name__ == "__main__":
    main(sys.argv[1])
