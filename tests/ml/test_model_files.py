"""guiapp.ml.model_files: open in safe mode with clear refusals; save atomically."""

import warnings
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


# ---- a model made for other images or without a softmax: refused or offered


def _save(tmp_path, name, model):
    return model_files.save_model(Task(), model, tmp_path / name)


def _sequential(shape, *layers):
    import keras

    return keras.Sequential([keras.Input(shape), *layers])


def test_lenet5_file_is_offered_padding_that_gives_its_own_answers(tmp_path):
    """LeNet-5 (32x32) on MNIST: 2 pixels of zeros on each side are offered; the
    adapted model takes 28x28 images and answers as LeNet-5 does on the padded ones."""
    lenet = build_model(*preset("lenet5"))
    opened = model_files.open_model_file(Task(), _save(tmp_path, "lenet", lenet))
    assert opened.changes == model_files.Changes(pad=2)
    assert [str(m) for m in opened.problems] == [
        "lenet.keras expects images of shape (32, 32, 1), but these images are (28, 28, 1)"
    ]
    assert [str(m) for m in opened.remedies] == [
        "pad each image with 2 pixels of 0 on each side, to 32 × 32 "
        "(as LeNet-5's authors did for MNIST)"
    ]
    images = np.random.default_rng(0).random((3, 28, 28, 1), dtype=np.float32)
    padded = np.pad(images, ((0, 0), (2, 2), (2, 2), (0, 0)))
    np.testing.assert_allclose(
        np.asarray(opened.model(images)), np.asarray(lenet(padded)), atol=1e-6
    )
    # flat: the convolutions are the model's own layers (the Inside page finds them)
    kinds = [type(layer).__name__ for layer in opened.model.layers]
    assert kinds[:3] == ["InputLayer", "ZeroPadding2D", "Conv2D"]


def test_an_adapted_model_saved_opens_as_it_is(tmp_path):
    """The padded LeNet-5, saved, takes 28x28 images: it opens with no change to offer."""
    lenet = _save(tmp_path, "lenet", build_model(*preset("lenet5")))
    adapted = model_files.open_model_file(Task(), lenet).model
    again = model_files.open_model_file(Task(), _save(tmp_path, "padded", adapted))
    assert not again.changes and again.problems == ()


def _offer_cases():
    import keras

    layers = keras.layers
    grey = keras.Input((28, 28, 1))
    flat = layers.Flatten()(grey)
    return {
        "rgb": (
            _sequential(
                (32, 32, 3),
                layers.Conv2D(4, 3),
                layers.Flatten(),
                layers.Dense(10, activation="softmax"),
            ),
            model_files.Changes(pad=2, grey_to_rgb=True),
            lambda x: np.repeat(np.pad(x, ((0, 0), (2, 2), (2, 2), (0, 0))), 3, -1),
        ),
        "tutorial": (  # keras.io's first MNIST model: 28x28 input, logits
            _sequential((28, 28), layers.Flatten(), layers.Dense(10)),
            model_files.Changes(reshape=(28, 28), softmax=True),
            lambda x: x[..., 0],
        ),
        "vector": (
            _sequential((784,), layers.Dense(10, activation="softmax")),
            model_files.Changes(reshape=(784,)),
            lambda x: x.reshape(len(x), -1),
        ),
        "sigmoid": (
            keras.Model(grey, layers.Dense(10, activation="sigmoid")(flat)),
            model_files.Changes(softmax=True),
            lambda x: x,
        ),
        "any-size": (
            _sequential(
                (None, None, 1),
                layers.Conv2D(10, 3),
                layers.GlobalAveragePooling2D(),
                layers.Softmax(),
            ),
            model_files.Changes(),
            lambda x: x,
        ),
    }


@pytest.mark.parametrize("case", ["rgb", "tutorial", "vector", "sigmoid", "any-size"])
def test_exact_changes_are_offered_and_made(tmp_path, case):
    """Grey to RGB, a reshape, a missing softmax: each offered by name, and the
    adapted model gives the file's answers (softmax-ed) on the changed images."""
    import keras

    model, changes, transform = _offer_cases()[case]
    opened = model_files.open_model_file(Task(), _save(tmp_path, case, model))
    assert opened.changes == changes
    assert len(opened.remedies) == sum(
        bool(v)
        for v in (changes.pad, changes.grey_to_rgb, changes.reshape, changes.softmax)
    )
    images = np.random.default_rng(1).random((4, 28, 28, 1), dtype=np.float32)
    expected = np.asarray(model(transform(images)))
    if changes.softmax:
        expected = np.asarray(keras.ops.softmax(expected))
    result = np.asarray(opened.model(images))
    np.testing.assert_allclose(result, expected, atol=1e-5)
    np.testing.assert_allclose(result.sum(axis=1), 1, atol=1e-5)


def _refusal_cases():
    import keras

    layers = keras.layers

    def dense10():
        return [layers.Flatten(), layers.Dense(10, activation="softmax")]

    image = keras.Input((28, 28, 1))
    extra = keras.Input((3,))
    both = layers.Concatenate()([layers.Flatten()(image), extra])
    flat = layers.Flatten()(image)
    return {
        "smaller": (
            _sequential((24, 24, 1), *dense10()),
            r"expects images of shape \(24, 24, 1\), but these images are \(28, 28, 1\)",
        ),
        "uneven": (
            _sequential((31, 31, 1), *dense10()),
            r"expects images of shape \(31, 31, 1\)",
        ),
        "two-channels": (
            _sequential((28, 28, 2), *dense10()),
            r"expects images of shape \(28, 28, 2\)",
        ),
        "one-output": (
            _sequential(
                (28, 28, 1), layers.Flatten(), layers.Dense(1, activation="sigmoid")
            ),
            r"gives \(1,\) outputs, but there are 10 classes",
        ),
        "maps-out": (
            _sequential((28, 28, 1), layers.Conv2D(10, 3)),
            r"gives \(26, 26, 10\) outputs, but there are 10 classes",
        ),
        "two-inputs": (
            keras.Model([image, extra], layers.Dense(10)(both)),
            r"takes 2 inputs, but a classifier here takes one: the image$",
        ),
        "two-outputs": (
            keras.Model(image, [layers.Dense(10)(flat), layers.Dense(10)(flat)]),
            r"gives 2 outputs, but a classifier here gives one",
        ),
        "unbuilt": (
            keras.Sequential(dense10()),
            r"has no input shape: it was saved before it was built",
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "smaller",
        "uneven",
        "two-channels",
        "one-output",
        "maps-out",
        "two-inputs",
        "two-outputs",
        "unbuilt",
    ],
)
def test_models_no_change_can_fit_are_refused_by_name(tmp_path, case):
    """Smaller images, an odd margin, 2 channels, 1 output, feature maps out, two
    inputs or outputs, a model saved unbuilt: a sentence naming the file, no offer."""
    model, reason = _refusal_cases()[case]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Keras warns that "unbuilt" has no weights
        path = _save(tmp_path, case, model)
    with pytest.raises(ModelFileError, match=rf"^{case}.keras {reason}"):
        model_files.open_model(Task(), path)
    with pytest.raises(ModelFileError, match=rf"^{case}.keras {reason}"):
        model_files.open_model_file(Task(), path)  # no offer either


@pytest.mark.parametrize("name", ["old.h5", "old.keras"])
def test_a_keras_2_hdf5_model_opens_whatever_its_name(dense, tmp_path, name):
    """A Keras 2 model (HDF5), named .h5 or renamed .keras, opens and gives the
    same answers (Keras alone says "File not found" for the .keras one)."""
    path = tmp_path / name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dense.save(tmp_path / "model.h5")
    (tmp_path / "model.h5").rename(path)
    opened = model_files.open_model(Task(), path)
    images = np.random.default_rng(2).random((2, 28, 28, 1), dtype=np.float32)
    np.testing.assert_allclose(
        np.asarray(opened(images)), np.asarray(dense(images)), atol=1e-6
    )


def test_a_damaged_hdf5_file_is_named(tmp_path):
    """An HDF5 header with nothing behind it is refused naming the file, not a
    temporary copy."""
    path = tmp_path / "broken.keras"
    path.write_bytes(b"\x89HDF\r\n\x1a\n" + bytes(100))
    with pytest.raises(
        ModelFileError, match=r"^broken.keras cannot be opened: "
    ) as error:
        model_files.open_model(Task(), path)
    assert "model.h5" not in str(error.value) and "/tmp" not in str(error.value)


def test_a_same_convolution_first_is_padded_exactly():
    """A first 'same' 5x5 convolution at stride 1 pads 2 itself: P = 2 + 2."""
    layers = [
        {"type": "Conv2D", "filters": 4, "kernel_size": 5, "padding": "same"},
        {"type": "Flatten"},
        {"type": "Dense", "units": 10, "activation": "softmax"},
    ]
    shape, padded = model_files.padded_stack((32, 32, 1), layers, (28, 28, 1))
    assert shape == (28, 28, 1) and padded[0]["padding"] == 4
    strided = [dict(layers[0], strides=2), *layers[1:]]
    assert model_files.padded_stack((32, 32, 1), strided, (28, 28, 1)) is None


def test_a_folder_or_an_unreadable_file_is_said_as_such(tmp_path, monkeypatch):
    """A folder named dir.keras said 'file not found'; a model file that may
    not be read said 'is not a Keras model file'."""
    from pathlib import Path

    from guiapp.ml.model_files import ModelFileError, open_model_file
    from guiapp.ml.session import Task

    folder = tmp_path / "dir.keras"
    folder.mkdir()
    with pytest.raises(ModelFileError, match="folder"):
        open_model_file(Task(), folder)
    locked = tmp_path / "noperm.keras"
    locked.write_bytes(b"PK")
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ModelFileError, match="not allowed to read"):
        open_model_file(Task(), locked)
