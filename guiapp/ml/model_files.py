"""Opening and saving trained models as ``.keras`` files (Keras, no Qt).

A model is opened in Keras's safe mode (a file cannot run code) and checked
before it is used: a file that is not a Keras model, or a model made for other
images or another number of classes, is refused with a sentence that names the
file and the shapes. A model is saved whole or not at all: Keras writes a
temporary file in the same folder, which then replaces the target.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

from ..core.messages import Message

__all__ = ["MESSAGES", "ModelFileError", "open_model", "save_model", "check_model"]

#: Every sentence this module can produce, for the translators.
MESSAGES = (
    "{name}: file not found",
    "{name} is not a Keras model file",
    "{name} cannot be opened: {error}",
    "{name} expects images of shape {shape}, but these images are {expected}",
    "{name} gives {shape} outputs, but there are {classes} classes: "
    "a classifier ends with one output per class",
    "{name} cannot be saved: {error}",
)

SUFFIX = ".keras"

#: the first bytes of an HDF5 file (Keras 2's .h5 models)
_HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"


class ModelFileError(Exception):
    """A model file that cannot be used; the message says why."""


def _looks_like_a_model(path: Path) -> bool:
    """A .keras zip with its config.json, or an HDF5 file (Keras 2's format)."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return "config.json" in archive.namelist()
        with open(path, "rb") as handle:
            return handle.read(len(_HDF5_SIGNATURE)) == _HDF5_SIGNATURE
    except (OSError, zipfile.BadZipFile):
        return False


def _shape(tensor) -> tuple:
    return tuple(None if v is None else int(v) for v in tensor.shape[1:])


def check_model(model, name: str, image_shape=(28, 28, 1), classes: int = 10) -> None:
    """Raise :class:`ModelFileError` unless ``model`` takes ``image_shape``
    images and gives ``classes`` outputs."""
    try:
        inputs, outputs = model.inputs, model.outputs
    except (AttributeError, ValueError):  # a subclassed model never called
        inputs = outputs = None
    if not inputs or not outputs:
        raise ModelFileError(
            Message(MESSAGES[2], name=name, error="no input or output shape")
        )
    shape = _shape(inputs[0])
    if shape != tuple(image_shape):
        raise ModelFileError(
            Message(MESSAGES[3], name=name, shape=shape, expected=tuple(image_shape))
        )
    out = _shape(outputs[0])
    if out != (classes,):
        raise ModelFileError(
            Message(MESSAGES[4], name=name, shape=out, classes=classes)
        )


def open_model(task, path, image_shape=(28, 28, 1), classes: int = 10):
    """Open the model saved at ``path`` in safe mode and check its shapes.

    ``task`` is a :class:`guiapp.ml.session.Task` (this is a job: opening a
    model takes ~0.3 s). Raises :class:`ModelFileError` with a sentence.
    """
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(Message(MESSAGES[0], name=path.name))
    if not _looks_like_a_model(path):
        raise ModelFileError(Message(MESSAGES[1], name=path.name))
    import keras

    task.check()
    try:
        model = keras.saving.load_model(path, safe_mode=True)
    except Exception as error:  # any unreadable or unsafe file: said, not raised
        raise ModelFileError(
            Message(MESSAGES[2], name=path.name, error=_first_line(error))
        ) from None
    check_model(model, path.name, image_shape, classes)
    return model


def save_model(task, model, path) -> Path:
    """Save ``model`` at ``path`` (``.keras`` added if missing), atomically.

    Keras writes a temporary ``.keras`` file in the same folder, which then
    replaces the target: a failure leaves any old file whole. Returns the path.
    """
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    task.check()
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=SUFFIX, dir=path.parent
        )
    except OSError as error:
        raise ModelFileError(
            Message(MESSAGES[5], name=path.name, error=_first_line(error))
        ) from None
    os.close(handle)
    try:
        model.save(temporary)
        os.replace(temporary, path)
    except Exception as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise ModelFileError(
            Message(MESSAGES[5], name=path.name, error=_first_line(error))
        ) from None
    return path


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]
