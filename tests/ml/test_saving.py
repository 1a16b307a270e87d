"""Models and datasets saved with the mode the user expects, and a save that
fails said in words naming the user's file, never the temporary file
(guiapp.ml.model_files.save_model, guiapp.ml.datasets)."""

import os
import stat

import pytest

from guiapp.ml import datasets, model_files
from guiapp.ml.session import Task
from tests.locked_folder import unwritable
from tests.ml.test_datasets import write_idx_folder


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


class TinyModel:
    """What save_model needs of a Keras model: save(path) (no Keras here)."""

    def save(self, path):
        with open(path, "wb") as handle:
            handle.write(b"PK model")


posix = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@posix
def test_a_saved_model_is_readable_by_the_others(tmp_path, umask_022):
    """A .keras file from the app or `guiapp train --save` is 0644 under umask
    022 (it was 0600: students could not open a teacher's model)."""
    saved = model_files.save_model(Task(), TinyModel(), tmp_path / "m")
    assert mode(saved) == 0o644


@posix
def test_a_model_saved_over_keeps_its_mode(tmp_path, umask_022):
    target = tmp_path / "m.keras"
    target.write_bytes(b"old")
    target.chmod(0o664)
    model_files.save_model(Task(), TinyModel(), target)
    assert mode(target) == 0o664 and target.read_bytes() == b"PK model"


def test_a_model_in_an_unwritable_folder_is_said_without_the_temporary_file(tmp_path):
    """Was "[Errno 1] Operation not permitted: '/tmp/tb/immut/.m-cd4_ja6i.keras'"."""
    folder = tmp_path / "immut"
    with unwritable(folder):
        with pytest.raises(model_files.ModelFileError) as caught:
            model_files.save_model(Task(), TinyModel(), folder / "m.keras")
    message = caught.value.args[0]
    assert str(message) == (
        f"m.keras cannot be saved in {folder}: you are not allowed to write there. "
        "Choose another folder"
    )
    assert list(folder.iterdir()) == []


@posix
def test_an_imported_dataset_is_readable_by_the_others(tmp_path, umask_022):
    write_idx_folder(tmp_path / "usb")
    target = datasets.import_files("mnist", tmp_path / "usb")
    assert mode(target) == 0o644


def test_an_unwritable_data_folder_is_said_in_words(tmp_path, monkeypatch):
    write_idx_folder(tmp_path / "usb")
    folder = tmp_path / "locked"
    monkeypatch.setenv("GUIAPP_DATA_DIR", str(folder))
    with unwritable(folder):
        with pytest.raises(datasets.DatasetError) as caught:
            datasets.import_files("mnist", tmp_path / "usb")
    assert str(caught.value.args[0]) == (
        f"mnist.npz cannot be saved in {folder}: you are not allowed to write there. "
        "Choose another folder"
    )


def test_a_dataset_file_that_is_gone_is_said_in_words(tmp_path):
    with pytest.raises(datasets.DatasetError) as caught:
        datasets.import_files("mnist", tmp_path / "gone.npz")
    message = str(caught.value.args[0])
    assert message.startswith(
        f"gone.npz cannot be opened: there is no such file in {tmp_path}"
    )
    assert "Errno" not in message
