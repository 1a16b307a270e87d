"""A dataset from a folder of one's own images (guiapp.folder_dataset) and
``guiapp train --dataset folder:PATH``."""

import json
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from guiapp.core.own_images import fit, split
from guiapp.folder_dataset import FolderError, read_folder, write_example


def picture(path, width, height, colour=(200, 30, 30)):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(*colour))
    assert image.save(str(path))


@pytest.fixture
def shapes(tmp_path):
    return write_example(tmp_path / "shapes", per_class=12, seed=3)


def test_the_example_reads_back_split_per_class(shapes):
    data = read_folder(shapes, (28, 28, 1), test_share=0.25, seed=1)
    assert data.class_names == ["circle", "square", "triangle"]
    assert data.counts() == {name: (9, 3) for name in data.class_names}
    assert data.x_train.shape == (27, 28, 28) and data.x_train.dtype == np.uint8
    assert data.skipped == []
    # the same seed, the same split; another seed, another
    again = read_folder(shapes, (28, 28, 1), test_share=0.25, seed=1)
    np.testing.assert_array_equal(again.x_test, data.x_test)
    other = read_folder(shapes, (28, 28, 1), test_share=0.25, seed=2)
    assert not np.array_equal(other.x_test, data.x_test)


def test_any_size_and_colour_is_fitted_as_chosen(tmp_path):
    """A wide colour photo and a tall grey one become 32×32 grey or colour;
    'pad' keeps the whole image, 'crop' the centre, 'stretch' all of it."""
    folder = tmp_path / "mine"
    (folder / "red").mkdir(parents=True)
    (folder / "blue").mkdir()
    picture(folder / "red" / "wide.png", 120, 30)
    picture(folder / "red" / "small.jpg", 5, 7)
    picture(folder / "blue" / "tall.bmp", 20, 90, (20, 20, 220))
    grey = read_folder(folder, (32, 32, 1), test_share=0.0)
    assert grey.x_train.shape == (3, 32, 32)
    colour = read_folder(folder, (32, 32, 3), how="crop", test_share=0.0)
    assert colour.x_train.shape == (3, 32, 32, 3)
    wide = np.zeros((30, 120))
    wide[:, 40:80] = 255  # a white band in the middle third
    assert fit(wide, 12, "crop").min() == 255  # the centre square is white
    padded = fit(wide, 12, "pad")
    assert padded[6, 0] == 0 and padded[6, 6] == 255  # the sides kept
    stretched = fit(wide, 12, "stretch")
    assert stretched[0, 6] == 255 and stretched[0, 0] == 0


def test_unreadable_files_are_skipped_and_listed(shapes):
    (shapes / "circle" / "notes.txt").write_text("not a picture")
    (shapes / "square" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    (shapes / "square" / ".hidden.png").write_bytes(b"whatever")  # never listed
    (shapes / "triangle" / "Thumbs.db").write_bytes(b"\0" * 10)
    data = read_folder(shapes, (28, 28, 1))
    skipped = dict(data.skipped)
    assert sorted(skipped) == ["circle/notes.txt", "square/broken.png"]
    assert "broken.png" in skipped["square/broken.png"]
    assert sum(train + test for train, test in data.counts().values()) == 36


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda root: root / "absent", "is not a folder"),
        (
            lambda root: (root / "a.png").write_bytes(b"x") and root / "a.png",
            "is not a folder",
        ),
        (lambda root: root, "has no subfolder"),
        (lambda root: (root / "only").mkdir() or root, "has one class (only)"),
        (
            lambda root: (
                [(root / name).mkdir() for name in ("cat", "dog")]
                and (root / "dog" / "x.txt").write_text("no")
                and root
            ),
            "the class cat has no image",
        ),
    ],
)
def test_folders_that_cannot_make_a_dataset_are_refused_in_words(tmp_path, make, said):
    root = tmp_path / "data"
    root.mkdir()
    target = make(root)
    with pytest.raises(FolderError, match=said.replace("(", r"\(").replace(")", r"\)")):
        read_folder(target)


def test_an_empty_class_is_named_even_after_readable_ones(shapes):
    (shapes / "zebra").mkdir()
    with pytest.raises(FolderError, match="the class zebra has no image"):
        read_folder(shapes)


def test_split_keeps_every_class_in_both_parts():
    labels = np.repeat([0, 1, 2], [2, 5, 40])
    train, test = split(labels, 0.2, seed=4)
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(47))
    assert set(labels[test]) == {0, 1, 2} and set(labels[train]) == {0, 1, 2}


@pytest.mark.slow
def test_train_on_the_generated_shapes_reaches_95_percent(tmp_path):
    """`guiapp train --dataset folder:PATH` on circles, squares and triangles
    drawn at random places and sizes: at least 0.95 on the test images."""
    folder = write_example(tmp_path / "shapes", per_class=200, seed=5)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "guiapp",
            "train",
            "--preset",
            "modern-cnn",
            "--dataset",
            f"folder:{folder}",
            "--epochs",
            "8",
            "--batch-size",
            "32",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["classes"] == ["circle", "square", "triangle"]
    assert summary["test_accuracy"] >= 0.95, summary


def test_train_refuses_a_broken_folder_with_a_sentence(tmp_path):
    (tmp_path / "one").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "guiapp", "train", "--dataset", f"folder:{tmp_path}"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 2
    assert "has one class (one)" in result.stderr
    assert "Traceback" not in result.stderr
