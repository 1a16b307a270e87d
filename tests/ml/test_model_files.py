"""guiapp.ml.model_files: open in safe mode with clear refusals; save atomically."""

import zipfile

import numpy as np
import pytest

from guiapp.ml import model_files
from guiapp.ml.model_files import ModelFileError
from guiapp.ml.models import build_model
from guiapp.ml.session import Task
from guiapp.presets import preset

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dense():
    return build_model(*preset("mnist-dense"))


def test_save_then_open_gives_the_same_model(dense, tmp_path):
    """A model saved without the suffix gets .keras, opens again, and has the same weights."""
    saved = model_files.save_model(Task(), dense, tmp_path / "net")
    assert saved.name == "net.keras" and saved.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net.keras"]
    opened = model_files.open_model(Task(), saved)
    for a, b in zip(dense.get_weights(), opened.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_a_failed_save_keeps_the_old_file(tmp_path):
    """A save that fails leaves the previous file whole and no temporary file."""
    target = tmp_path / "net.keras"
    target.write_bytes(b"old")

    class Broken:
        def save(self, path):
            open(path, "wb").write(b"half")
            raise OSError("disk full")

    with pytest.raises(ModelFileError, match="net.keras cannot be saved: disk full"):
        model_files.save_model(Task(), Broken(), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["net.keras"]


@pytest.mark.parametrize("kind", ["text", "zip"])
def test_not_a_model_file_is_said_so(tmp_path, kind):
    """A text file or a zip without a Keras config, named .keras, is 'not a Keras model file'."""
    path = tmp_path / "bad.keras"
    if kind == "text":
        path.write_text("not a model")
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("notes.txt", "hello")
    with pytest.raises(ModelFileError, match=r"^bad.keras is not a Keras model file$"):
        model_files.open_model(Task(), path)


def test_missing_file_is_said_so(tmp_path):
    """A path that does not exist is 'file not found', naming it."""
    with pytest.raises(ModelFileError, match="gone.keras: file not found"):
        model_files.open_model(Task(), tmp_path / "gone.keras")


def test_a_model_for_other_images_is_refused(tmp_path):
    """LeNet-5 (32x32 input) opens but is refused, naming the file and both shapes."""
    path = model_files.save_model(
        Task(), build_model(*preset("lenet5")), tmp_path / "lenet.keras"
    )
    with pytest.raises(ModelFileError) as error:
        model_files.open_model(Task(), path)
    assert str(error.value) == (
        "lenet.keras expects images of shape (32, 32, 1), "
        "but these images are (28, 28, 1)"
    )


def test_a_model_with_other_classes_is_refused(tmp_path):
    """A network ending with 5 outputs is refused: a classifier needs 10 here."""
    layers = [
        {"type": "Flatten"},
        {"type": "Dense", "units": 5, "activation": "softmax"},
    ]
    path = model_files.save_model(
        Task(), build_model((28, 28, 1), layers), tmp_path / "five.keras"
    )
    with pytest.raises(
        ModelFileError, match=r"five.keras gives \(5,\) outputs.*10 classes"
    ):
        model_files.open_model(Task(), path)
