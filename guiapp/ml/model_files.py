"""Opening and saving trained models as ``.keras`` files (Keras, no Qt), and
how a network meets the dataset's images.

A model is opened in Keras's safe mode (a file cannot run code) and checked
before it is used: a file that is not a Keras model, or a model made for other
images or another number of classes, is refused with a sentence that names the
file and the shapes. Where a small, exact change makes it fit, the change is
*offered* instead (:class:`Changes`): images smaller than the network's are
padded with zeros (LeNet-5 takes 32 × 32 images; its authors padded MNIST's
28 × 28 digits with 2 pixels on each side), a grey image is repeated as red,
green and blue, a 28 × 28 image is reshaped to the 784 values a dense network
takes, and a network ending without a softmax gets one.

The change goes *into the model*: :func:`adapt_model` makes a new model that
takes the dataset's images as they are, its first layers doing the change (a
``ZeroPadding2D``...), followed by copies of the file's layers with their
weights. Every page then gives it the same images it gives any network
(training, evaluation, a test image, a drawing, the feature maps) and cannot
forget the change; saved, it opens again as it is. A network of the CNN
builder gets the same padding through its first convolution
(:func:`padded_stack`): ``P = 2`` on a ``'valid'`` 5 × 5 convolution is exactly
a ``ZeroPadding2D(2)`` before it.

A model is saved whole or not at all: Keras writes a temporary file in the same
folder, which then replaces the target; the file gets the mode ``open()`` gives
a new one, or keeps the mode of the file it replaces.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..core.files import atomic_write
from ..core.layers import StackError, validate_stack
from ..core.messages import Message, shorten
from ..core.os_errors import os_error_message

__all__ = [
    "MESSAGES",
    "Changes",
    "ModelFileError",
    "OpenedModel",
    "adapt_model",
    "check_model",
    "fit_model",
    "format_shape",
    "input_changes",
    "open_model",
    "open_model_file",
    "padded_stack",
    "save_model",
]

#: Every sentence this module can produce, for the translators.
MESSAGES = (
    "{name}: file not found",
    "{name} is not a Keras model file",
    "{name} cannot be opened: {error}",
    "{name} expects images of shape {shape}, but these images are {expected}",
    "{name} gives {shape} outputs, but there are {classes} classes: "
    "a classifier ends with one output per class",
    "{name} cannot be saved: {error}",
    "{name} has no input shape: it was saved before it was built. Give it a "
    "keras.Input first (or call it on images once), then save it again",
    "{name} takes {count} inputs, but a classifier here takes one: the image",
    "{name} gives {count} outputs, but a classifier here gives one: a probability "
    "per class",
    "{name} cannot classify these images: {error}",
    "{name} ends without a softmax: its outputs are not probabilities",
    "pad each image with {pad} pixels of 0 on each side, to {size} (as LeNet-5's "
    "authors did for MNIST)",
    "repeat the grey channel 3 times, as red, green and blue",
    "reshape each image to {shape} (the same pixels in the same order)",
    "add a softmax at its end: the outputs become probabilities, the predicted "
    "classes stay the same",
)

SUFFIX = ".keras"

#: the first bytes of an HDF5 file (Keras 2's .h5 models)
_HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"

#: the characters of Keras's reason a message quotes at most
_ERROR_LIMIT = 300

#: how far from 1 the outputs for an image may sum and still be probabilities
_TOLERANCE = 1e-3


class ModelFileError(Exception):
    """A model file that cannot be used; the message says why."""


def format_shape(shape) -> str:
    """A shape as the interface writes an image's size.

    >>> format_shape((32, 32, 1)), format_shape((784,)), format_shape((None, None, 1))
    ('32 × 32 × 1', '784', '? × ? × 1')
    """
    return " × ".join("?" if v is None else str(v) for v in shape)


# ---- what makes a network meet the images (plain data, no Keras)


@dataclass(frozen=True)
class Changes:
    """What makes a model meet the dataset's images; none at all is false.

    >>> bool(Changes()), bool(Changes(pad=2))
    (False, True)
    """

    #: zeros added on each side of the image (rows and columns)
    pad: int = 0
    #: the grey channel repeated as red, green and blue
    grey_to_rgb: bool = False
    #: the image reshaped to this shape (a flat vector, or H x W without depth)
    reshape: tuple | None = None
    #: a softmax added after the last layer
    softmax: bool = False

    def __bool__(self) -> bool:
        return bool(self.pad or self.grey_to_rgb or self.reshape or self.softmax)

    def remedies(self, image_shape) -> list[Message]:
        """One sentence per change, in the order they are made.

        >>> [str(m) for m in Changes(pad=2).remedies((28, 28, 1))]
        ["pad each image with 2 pixels of 0 on each side, to 32 × 32 (as LeNet-5's authors did for MNIST)"]
        """
        height, width = image_shape[0], image_shape[1]
        found = []
        if self.pad:
            size = format_shape((height + 2 * self.pad, width + 2 * self.pad))
            found.append(Message(MESSAGES[11], pad=self.pad, size=size))
        if self.grey_to_rgb:
            found.append(Message(MESSAGES[12]))
        if self.reshape:
            found.append(Message(MESSAGES[13], shape=format_shape(self.reshape)))
        if self.softmax:
            found.append(Message(MESSAGES[14]))
        return found


def _padding(needed, given) -> int | None:
    """Zeros on each side that make ``given`` (H, W) ``needed`` (None: any size)."""
    gaps = {n - g for n, g in zip(needed, given, strict=True) if n is not None}
    if not gaps:
        return 0
    if len(gaps) > 1:
        return None  # not the same on both axes (or one axis too small)
    gap = gaps.pop()
    return gap // 2 if gap >= 0 and gap % 2 == 0 else None


def input_changes(model_shape, image_shape) -> Changes | None:
    """The changes that let a model taking ``model_shape`` (without the batch;
    None: any size) take ``image_shape`` images, or None when no exact change
    can.

    >>> input_changes((32, 32, 1), (28, 28, 1))
    Changes(pad=2, grey_to_rgb=False, reshape=None, softmax=False)
    >>> input_changes((None, None, 1), (28, 28, 1))
    Changes(pad=0, grey_to_rgb=False, reshape=None, softmax=False)
    >>> input_changes((784,), (28, 28, 1)).reshape, input_changes((28, 28), (28, 28, 1)).reshape
    ((784,), (28, 28))
    >>> input_changes((32, 32, 3), (28, 28, 1)).grey_to_rgb
    True
    >>> [input_changes(s, (28, 28, 1)) for s in [(24, 24, 1), (31, 31, 1), (32, 30, 1),
    ...  (28, 28, 2), (28, 28, 1, 1), (1024,), (None,)]]
    [None, None, None, None, None, None, None]
    """
    model_shape, image_shape = tuple(model_shape), tuple(image_shape)
    height, width, depth = image_shape
    if len(model_shape) == 1:
        fits = model_shape[0] == height * width * depth
        return Changes(reshape=model_shape) if fits else None
    if len(model_shape) == 2:
        fits = depth == 1 and model_shape == (height, width)
        return Changes(reshape=model_shape) if fits else None
    if len(model_shape) != 3:
        return None
    pad = _padding(model_shape[:2], image_shape[:2])
    channels = model_shape[2]
    if pad is None:
        return None
    if channels is None or channels == depth:
        return Changes(pad=pad)
    if channels == 3 and depth == 1:
        return Changes(pad=pad, grey_to_rgb=True)
    return None


def padded_stack(input_shape, layers, image_shape):
    """The builder's stack ``(input_shape, layers)`` made to take the smaller
    ``image_shape`` images, padded with zeros by its first convolution; None
    when padding cannot do it (the first layer is not a convolution whose
    padding can grow, the images are larger, another depth...).

    The padding ``P`` of the first Conv2D grows by the pixels added on each
    side: a ``'valid'`` convolution gets ``P = 2`` for LeNet-5 on MNIST, which
    Keras builds as ``ZeroPadding2D(2)`` then the same convolution, so every
    layer after it has the shape and parameters it had.

    >>> from guiapp.presets import preset
    >>> shape, layers = padded_stack(*preset("lenet5"), (28, 28, 1))
    >>> shape, layers[0]["padding"], layers[1:] == preset("lenet5")[1][1:]
    ((28, 28, 1), 2, True)
    >>> padded_stack((32, 32, 1), [{"type": "Flatten"}], (28, 28, 1)) is None
    True
    """
    changes = input_changes(input_shape, image_shape)
    if not changes or not changes.pad or changes.grey_to_rgb or changes.reshape:
        return None
    try:
        _, checked = validate_stack(input_shape, layers)
    except StackError:
        return None
    if not checked or checked[0]["type"] != "Conv2D":
        return None
    first = checked[0]
    padding, kernel = first["padding"], first["kernel_size"]
    if padding == "valid":
        padding = 0
    elif padding == "same" and first["strides"] == 1 and kernel % 2 == 1:
        padding = (kernel - 1) // 2  # the same output as 'same' at stride 1
    elif not isinstance(padding, int):
        return None
    layers = copy.deepcopy(list(layers))
    layers[0]["padding"] = padding + changes.pad
    try:
        validate_stack(image_shape, layers)
    except StackError:
        return None  # a padding larger than a layer may have
    return tuple(image_shape), layers


# ---- a Keras model and the images (Keras)


@dataclass
class OpenedModel:
    """A model checked against the dataset: usable as it is, or with changes."""

    #: the model to use: the file's, or the adapted one when there are changes
    model: object
    #: the changes made in ``model`` (none: the file's model as it is)
    changes: Changes = field(default_factory=Changes)
    #: why the file's model does not fit as it is (empty when it does)
    problems: tuple[Message, ...] = ()
    #: one sentence per change (empty when there is none)
    remedies: tuple[Message, ...] = ()


def _shape(tensor) -> tuple:
    return tuple(None if v is None else int(v) for v in tensor.shape[1:])


def _unique_name(model, base: str) -> str:
    taken = {layer.name for layer in model.layers}
    name, number = base, 1
    while name in taken:
        number += 1
        name = f"{base}_{number}"
    return name


def adapt_model(model, image_shape, changes: Changes):
    """A new model that takes ``image_shape`` images and makes ``changes``
    (zero padding, grey to RGB, reshape, a final softmax) around copies of
    ``model``'s layers, with their weights.

    The copies are flat (no model inside the model): the Inside page finds the
    convolutions as it finds a trained network's. ``model`` is left as it is.
    """
    import keras
    from keras import tree

    images = keras.Input(shape=tuple(image_shape), name=_unique_name(model, "images"))
    x = images
    if changes.pad:
        x = keras.layers.ZeroPadding2D(
            changes.pad, name=_unique_name(model, "zero_padding")
        )(x)
    if changes.grey_to_rgb:
        x = keras.layers.Concatenate(name=_unique_name(model, "grey_to_rgb"))([x, x, x])
    if changes.reshape:
        x = keras.layers.Reshape(changes.reshape, name=_unique_name(model, "reshape"))(
            x
        )
    adapted = x
    copies: dict[int, tuple] = {}

    def copy_layer(layer):
        if id(layer) not in copies:  # a shared layer stays shared
            copies[id(layer)] = (layer, layer.__class__.from_config(layer.get_config()))
        return copies[id(layer)][1]

    if isinstance(model, keras.Sequential):
        for layer in model.layers:
            x = copy_layer(layer)(x)
        outputs = x
    elif isinstance(model, keras.Model) and hasattr(model, "_run_through_graph"):

        def call(layer, *args, **kwargs):
            args = tree.map_structure(lambda t: adapted if t is images else t, args)
            return layer(*args, **kwargs)

        graph = keras.models.clone_model(
            model,
            input_tensors=tree.map_structure(lambda _: images, model.input),
            clone_function=copy_layer,
            call_function=call,
        )
        outputs = graph.outputs[0]
    else:  # a subclassed model: called as one layer
        outputs = model(adapted)
    if changes.softmax:
        outputs = keras.layers.Softmax(name=_unique_name(model, "softmax"))(outputs)
    for original, twin in copies.values():
        twin.set_weights(original.get_weights())
    return keras.Model(images, outputs, name=model.name)


def _are_probabilities(values: np.ndarray) -> bool:
    values = values.astype(np.float64)
    return bool(
        np.all(np.isfinite(values))
        and np.all(values >= -_TOLERANCE)
        and np.all(np.abs(values.sum(axis=-1) - 1.0) <= _TOLERANCE)
    )


def fit_model(model, name: str, image_shape=(28, 28, 1), classes: int = 10):
    """Check that ``model`` can classify ``image_shape`` images into
    ``classes`` classes, and make the exact changes that let it
    (:func:`input_changes`, a softmax). Returns an :class:`OpenedModel`;
    raises :class:`ModelFileError` with a sentence where no change can help.

    The model (adapted or not) is tried on two blank images: whatever Keras
    says then is said here, not on the first prediction.
    """
    import keras

    image_shape = tuple(image_shape)
    try:
        inputs, outputs = model.inputs, model.outputs
    except (AttributeError, ValueError):  # a Sequential saved without its Input
        inputs = outputs = None
    if not inputs or not outputs:
        raise ModelFileError(Message(MESSAGES[6], name=name))
    if len(inputs) != 1:
        raise ModelFileError(Message(MESSAGES[7], name=name, count=len(inputs)))
    if len(outputs) != 1:
        raise ModelFileError(Message(MESSAGES[8], name=name, count=len(outputs)))
    out = _shape(outputs[0])
    if len(out) != 1 or out[0] not in (None, classes):
        raise ModelFileError(
            Message(MESSAGES[4], name=name, shape=out, classes=classes)
        )
    shape = _shape(inputs[0])
    changes = input_changes(shape, image_shape)
    problems = []
    if changes is None:
        raise ModelFileError(
            Message(MESSAGES[3], name=name, shape=shape, expected=image_shape)
        )
    if changes:
        problems.append(
            Message(MESSAGES[3], name=name, shape=shape, expected=image_shape)
        )
    adapted = adapt_model(model, image_shape, changes) if changes else model
    blank = np.zeros((2, *image_shape), dtype=np.float32)
    blank[1] = 0.5
    try:
        values = keras.ops.convert_to_numpy(adapted(blank, training=False))
    except Exception as error:  # any layer that cannot take these images
        raise ModelFileError(
            Message(MESSAGES[9], name=name, error=_first_line(error))
        ) from None
    if values.shape != (2, classes):
        raise ModelFileError(
            Message(MESSAGES[4], name=name, shape=values.shape[1:], classes=classes)
        )
    if not _are_probabilities(values):
        changes = replace(changes, softmax=True)
        problems.append(Message(MESSAGES[10], name=name))
        adapted = adapt_model(model, image_shape, changes)
    return OpenedModel(
        adapted, changes, tuple(problems), tuple(changes.remedies(image_shape))
    )


def check_model(model, name: str, image_shape=(28, 28, 1), classes: int = 10) -> None:
    """Raise :class:`ModelFileError` unless ``model`` takes ``image_shape``
    images and gives ``classes`` probabilities as it is."""
    opened = fit_model(model, name, image_shape, classes)
    if opened.problems:
        raise ModelFileError(opened.problems[0])


def _looks_like_a_model(path: Path) -> bool:
    """A .keras zip with its config.json, or an HDF5 file (Keras 2's format)."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return "config.json" in archive.namelist()
        return _is_hdf5(path)
    except (OSError, zipfile.BadZipFile):
        return False


def _is_hdf5(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_HDF5_SIGNATURE)) == _HDF5_SIGNATURE
    except OSError:
        return False


def _load(path: Path):
    """Keras's load_model in safe mode; an HDF5 file (Keras 2) whatever its
    name. Raises :class:`ModelFileError` with Keras's reason."""
    import keras

    if not _is_hdf5(path) or path.suffix.lower() in (".h5", ".hdf5"):
        try:
            return keras.saving.load_model(path, compile=False, safe_mode=True)
        except Exception as error:  # any unreadable or unsafe file: said
            raise ModelFileError(
                Message(MESSAGES[2], name=path.name, error=_first_line(error))
            ) from None
    # Keras reads an HDF5 model only under an .h5 name: a copy gets one
    with tempfile.TemporaryDirectory(prefix="guiapp-") as folder:
        copy_path = Path(folder) / "model.h5"
        try:
            shutil.copyfile(path, copy_path)
            return keras.saving.load_model(copy_path, compile=False, safe_mode=True)
        except Exception as error:  # said with the file's own name
            reason = _first_line(error).replace(str(copy_path), path.name)
            raise ModelFileError(
                Message(MESSAGES[2], name=path.name, error=reason)
            ) from None


def open_model_file(task, path, image_shape=(28, 28, 1), classes: int = 10):
    """Open the model saved at ``path`` in safe mode and fit it to the images
    (:func:`fit_model`): an :class:`OpenedModel`, its changes to be agreed to.

    ``task`` is a :class:`guiapp.ml.session.Task` (this is a job: opening a
    model takes ~0.3 s). Raises :class:`ModelFileError` with a sentence.
    """
    path = Path(path)
    try:  # a folder, or a file that may not be read: said as such
        if path.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(path))
        with path.open("rb"):
            pass
    except FileNotFoundError:
        raise ModelFileError(Message(MESSAGES[0], name=path.name)) from None
    except OSError as error:
        raise ModelFileError(os_error_message(error, path, writing=False)) from None
    if not path.is_file():
        raise ModelFileError(Message(MESSAGES[0], name=path.name))
    if not _looks_like_a_model(path):
        raise ModelFileError(Message(MESSAGES[1], name=path.name))
    task.check()
    model = _load(path)
    task.check()
    return fit_model(model, path.name, image_shape, classes)


def open_model(task, path, image_shape=(28, 28, 1), classes: int = 10):
    """Open the model saved at ``path`` in safe mode; it must take the images
    and give the classes as it is (:class:`ModelFileError` says why not, the
    first reason when a change could make it fit)."""
    opened = open_model_file(task, path, image_shape, classes)
    if opened.problems:
        raise ModelFileError(opened.problems[0])
    return opened.model


def save_model(task, model, path) -> Path:
    """Save ``model`` at ``path`` (``.keras`` added if missing), atomically.

    Keras writes a temporary ``.keras`` file in the same folder, which then
    replaces the target: a failure leaves any old file whole. The file gets
    the mode ``open()`` gives a new one, or keeps the mode of the file it
    replaces (see :mod:`guiapp.core.files`). Returns the path; raises
    :class:`ModelFileError` with a sentence naming the file and its folder
    (never the temporary file).
    """
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    task.check()
    used: list[str] = []

    def write(temporary: str) -> None:
        used.append(temporary)
        model.save(temporary)

    try:
        atomic_write(path, write)
    except Exception as error:
        if isinstance(error, OSError) and error.errno is not None:
            # the system's reason (not allowed, disk full...) in words
            raise ModelFileError(os_error_message(error, path)) from None
        # Keras's own refusals: said with the file's name
        text = str(error).strip() or type(error).__name__
        for temporary in used:
            text = text.replace(temporary, path.name)
            text = text.replace(Path(temporary).name, path.name)
        reason = shorten(text.splitlines()[0], _ERROR_LIMIT)
        raise ModelFileError(
            Message(MESSAGES[5], name=path.name, error=reason)
        ) from None
    return path


def _first_line(error: BaseException) -> str:
    """The first line of an error, bounded (Keras's can be very long)."""
    text = str(error).strip() or type(error).__name__
    return shorten(text.splitlines()[0], _ERROR_LIMIT)
