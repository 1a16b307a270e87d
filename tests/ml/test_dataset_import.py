"""Importing a dataset: one of the four IDX files chosen in a file dialog, and
what a set holds (images, classes) before it replaces the installed one
(guiapp.ml.datasets)."""

import numpy as np
import pytest

from guiapp.ml import datasets
from tests.ml.test_datasets import write_idx_folder


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))


def test_one_of_the_four_gz_files_imports_their_folder(tmp_path):
    """A file dialog chooses a file: one of the IDX .gz files names its folder."""
    arrays = write_idx_folder(tmp_path / "usb", n_train=12, n_test=5)
    chosen = tmp_path / "usb" / datasets.IDX_FILES["y_test"]
    (x_train, y_train), (x_test, y_test) = datasets.read_files(chosen)
    np.testing.assert_array_equal(y_test, arrays["y_test"])
    assert len(x_train) == 12


def test_counts_of_a_set_and_of_the_installed_copy(tmp_path):
    x = np.zeros((1, 28, 28), np.uint8)
    y = np.array([4])
    np.savez(tmp_path / "one.npz", x_train=x, y_train=y, x_test=x, y_test=y)
    data = datasets.read_files(tmp_path / "one.npz")
    assert datasets.count(data) == datasets.Counts(1, 1, 1)
    assert datasets.too_small("mnist", datasets.count(data))
    assert datasets.installed_counts("mnist") is None
    datasets.install("mnist", data)
    assert datasets.installed_counts("mnist") == datasets.Counts(1, 1, 1)
    assert datasets.installed_counts("mnist-5k") == datasets.Counts(4000, 1000, 10)
    assert not datasets.too_small("mnist", datasets.Counts(4000, 1000, 10))
    assert datasets.too_small("mnist", datasets.Counts(4000, 1000, 9))


def test_the_installed_counts_follow_a_new_import(tmp_path):
    write_idx_folder(tmp_path / "usb", n_train=12, n_test=5)
    datasets.import_files("mnist", tmp_path / "usb")
    assert datasets.installed_counts("mnist").images == 17
    write_idx_folder(tmp_path / "usb2", n_train=30, n_test=7)
    datasets.import_files("mnist", tmp_path / "usb2")
    assert datasets.installed_counts("mnist").images == 37
