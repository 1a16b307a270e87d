"""The course's datasets, offline first (NumPy only: no Keras, no Qt needed).

* ``mnist-5k``: 5 000 MNIST digits shipped in ``resources/datasets`` (4 000 to
  train, 1 000 to test), so training works on a machine never online;
* ``mnist`` and ``fashion-mnist``: the full sets, found in this order: a copy
  imported by the user (:func:`import_files`), a copy a teacher put in
  ``resources/datasets`` at build time, the Keras cache (``~/.keras/datasets``).
  They are downloaded only when the user asks (:func:`download`).

>>> (x_train, y_train), (x_test, y_test) = load("mnist-5k")   # doctest: +SKIP
>>> x_train.shape, x_train.dtype, y_test.shape                # doctest: +SKIP
((4000, 28, 28), dtype('uint8'), (1000,))
"""

from __future__ import annotations

import gzip
import lzma
import math
import os
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.files import atomic_write
from ..core.messages import Message, shorten
from ..core.os_errors import has_words, os_error_message
from ..resources import resources_dir

__all__ = [
    "Dataset",
    "REGISTRY",
    "DATASETS",
    "MESSAGES",
    "CLASS_NAMES",
    "DatasetError",
    "DatasetNotInstalled",
    "dataset",
    "load",
    "load_task",
    "provide",
    "is_installed",
    "read_idx",
    "import_files",
    "import_task",
    "read_files",
    "read_task",
    "install",
    "install_task",
    "Counts",
    "count",
    "too_small",
    "installed_counts",
    "FEW_IMAGES",
    "download",
    "download_task",
    "preprocess",
    "data_dir",
]

#: The original file names (as handed out on a USB stick, and in Keras's cache).
IDX_FILES = {
    "x_train": "train-images-idx3-ubyte.gz",
    "y_train": "train-labels-idx1-ubyte.gz",
    "x_test": "t10k-images-idx3-ubyte.gz",
    "y_test": "t10k-labels-idx1-ubyte.gz",
}

_KERAS_DOWNLOADS = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"

_DIGITS = tuple(str(d) for d in range(10))


@dataclass(frozen=True)
class Dataset:
    """Everything guiapp needs to know about one dataset, written once.

    The interface shows ``label`` and ``class_names`` translated (they are
    English source texts); the exported training script loads
    ``keras.datasets.<keras_name>``.
    """

    name: str
    #: what the dataset menu says (English; the interface translates it)
    label: str
    #: one name per class, in label order (English; translated by the interface)
    class_names: tuple[str, ...]
    #: the shape a network's input must have (H, W, D)
    image_shape: tuple[int, int, int] = (28, 28, 1)
    #: ``keras.datasets.<keras_name>.load_data()`` in an exported script
    keras_name: str = "mnist"
    #: shipped with guiapp in resources/datasets (never imported nor downloaded)
    bundled_file: str | None = None
    #: where Keras keeps it once downloaded (a .npz or a folder of IDX files)
    keras_cache: str | None = None
    #: the official addresses, used only on the user's explicit request
    downloads: tuple[str, ...] = ()
    #: the download's size in MB, said before the user asks for it
    download_mb: int = 0

    @property
    def bundled(self) -> bool:
        return self.bundled_file is not None

    @property
    def num_classes(self) -> int:
        return len(self.class_names)


REGISTRY: dict[str, Dataset] = {
    entry.name: entry
    for entry in (
        Dataset(
            "mnist-5k",
            "MNIST, 5 000 digits (bundled)",
            _DIGITS,
            bundled_file="mnist_5k.npz",
        ),
        Dataset(
            "mnist",
            "MNIST, full (70 000)",
            _DIGITS,
            keras_cache="mnist.npz",
            downloads=(_KERAS_DOWNLOADS + "mnist.npz",),
            download_mb=11,
        ),
        Dataset(
            "fashion-mnist",
            "Fashion-MNIST, full (70 000)",
            (
                "T-shirt/top",
                "Trouser",
                "Pullover",
                "Dress",
                "Coat",
                "Sandal",
                "Shirt",
                "Sneaker",
                "Bag",
                "Ankle boot",
            ),
            keras_name="fashion_mnist",
            keras_cache="fashion-mnist",
            downloads=tuple(_KERAS_DOWNLOADS + name for name in IDX_FILES.values()),
            download_mb=30,
        ),
    )
}

#: The dataset names, in menu order.
DATASETS = tuple(REGISTRY)

#: Class names by dataset (English), read from :data:`REGISTRY`.
CLASS_NAMES = {name: list(entry.class_names) for name, entry in REGISTRY.items()}

#: Where Keras downloads them from (used only on the user's explicit request).
DOWNLOADS = {
    name: list(entry.downloads) for name, entry in REGISTRY.items() if entry.downloads
}

_IDX_TYPES = {0x08: np.uint8}

#: Every sentence this module can produce, for the translators.
MESSAGES = (
    "{name}: cannot be read ({error})",
    "{name}: not an IDX file (wrong magic number)",
    "{name}: unsupported IDX magic number {magic}",
    "{name}: truncated header",
    "{name}: truncated: the header announces {shape}, {expected} values, the file holds {actual}",
    "{name}: longer than its header says: the header announces {shape}, {expected} values, "
    "the file holds {actual}",
    "{source}: no {key} array",
    "{source}: the images {key} have shape {shape}, not (N, 28, 28)",
    "{source}: {count} images in {images} but {labels} labels in {key}",
    "{source}: the labels in {key} must be whole numbers from 0 to 9, not {value}",
    "{source}: not a readable .npz file ({error})",
    "unknown dataset {name}; choose one of {choices}",
    "{name} is not installed on this computer. Import its files (the four IDX .gz files "
    "or an .npz) or download it (about {size} MB).",
    "only mnist and fashion-mnist can be imported, not {name}",
    "{source}: missing {files}",
    "{source}: choose a folder of IDX .gz files or an .npz file",
    "download of {name} cancelled",
    "{name} cannot be downloaded: no network connection ({error}). Connect this computer "
    "to the internet and try again, or import the dataset's files.",
    "{name} cannot be downloaded from {url}: {error}. Nothing was kept.",
    "{name}: the header announces {shape}, {size} MB; at most {limit} MB is accepted",
    "{source}: {key} holds {shape} values of {dtype}, {size} MB; at most {limit} MB "
    "is accepted",
    "{source}: {key} holds values of type {dtype}; images and labels must be numbers "
    "(uint8 in MNIST's files)",
    "{source}: the images in {key} must be whole numbers from 0 to 255, not {value}",
    "{source}: {key} holds no image; each part of a dataset needs at least one",
    "{source}: {key} was written in a format this version cannot read (.npy {version})",
)


class DatasetError(Exception):
    """A dataset file that cannot be used; the message says why."""


class DatasetNotInstalled(DatasetError):
    """The dataset is not on this machine; import it or download it."""


def data_dir() -> Path:
    """The user's folder for imported datasets (``GUIAPP_DATA_DIR`` overrides)."""
    override = os.environ.get("GUIAPP_DATA_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(
        Path.home(), ".local", "share"
    )
    return Path(base) / "guiapp" / "datasets"


def _keras_cache() -> Path:
    return Path(os.environ.get("KERAS_HOME", Path.home() / ".keras")) / "datasets"


#: The most one array of a dataset may take in memory (the full MNIST's x_train
#: takes 47 MB as uint8, 376 MB as float64): beyond, a file is refused before
#: anything is allocated, whatever its header declares.
MAX_ARRAY_BYTES = 1 << 29

_ARRAYS = ("x_train", "y_train", "x_test", "y_test")
#: What zip, gzip and NumPy raise for a damaged or unexpected file.
_READ_ERRORS = (
    OSError,
    EOFError,
    ValueError,
    RuntimeError,  # zipfile: an encrypted member, an unknown compression
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
)


def _name(path: Path) -> str:
    """A file's name for a message: a name that is not UTF-8 shows "\ufffd"
    where its bytes were not text, and a long one is shortened."""
    name = path.name or str(path)
    readable = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return shorten(readable, 60)


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.3g}"


def _first_line(error) -> str:
    return shorten(str(error) or type(error).__name__, 120)


def read_idx(path) -> np.ndarray:
    """Read an IDX file (``.gz`` or not) as in the original MNIST distribution.

    The header is checked: two zero bytes, the type 0x08 (unsigned bytes), the
    number of dimensions, then each size; the data must have exactly
    ``prod(sizes)`` bytes, at most :data:`MAX_ARRAY_BYTES` (checked before
    the data is read).
    """
    path = Path(path)
    name = _name(path)
    limit = 4 + 4 * 4 + MAX_ARRAY_BYTES + 1  # the longest header, the data, one more
    try:
        with open(path, "rb") as handle:
            if handle.read(2) == b"\x1f\x8b":
                handle.seek(0)
                with gzip.GzipFile(fileobj=handle) as unzipped:
                    raw = unzipped.read(limit)
            else:
                handle.seek(0)
                raw = handle.read(limit)
    except _READ_ERRORS as error:
        if has_words(error, writing=False):  # gone, not allowed...
            raise DatasetError(os_error_message(error, path, writing=False)) from None
        raise DatasetError(
            Message(MESSAGES[0], name=name, error=_first_line(error))
        ) from None
    if len(raw) < 4 or raw[:2] != b"\x00\x00":
        raise DatasetError(Message(MESSAGES[1], name=name))
    kind, dims = raw[2], raw[3]
    if kind not in _IDX_TYPES or not 1 <= dims <= 4:
        magic = f"0x{int.from_bytes(raw[:4], 'big'):08x}"
        raise DatasetError(Message(MESSAGES[2], name=name, magic=magic))
    header = 4 + 4 * dims
    if len(raw) < header:
        raise DatasetError(Message(MESSAGES[3], name=name))
    shape = struct.unpack(f">{dims}I", raw[4:header])
    expected = math.prod(shape)  # exact: NumPy's prod wraps around past 2**63
    # a 0 in the shape makes no bytes of (0, 3, 2**31, 2**31), but NumPy still
    # refuses to make such an array: judge the other dimensions too
    announced = math.prod(d or 1 for d in shape)
    if max(expected, announced) > MAX_ARRAY_BYTES:
        expected = max(expected, announced)
        raise DatasetError(
            Message(
                MESSAGES[19],
                name=name,
                shape=shape,
                size=_megabytes(expected),
                limit=_megabytes(MAX_ARRAY_BYTES),
            )
        )
    if len(raw) - header != expected:
        template = MESSAGES[4] if len(raw) - header < expected else MESSAGES[5]
        raise DatasetError(
            Message(
                template,
                name=name,
                shape=shape,
                expected=expected,
                actual=len(raw) - header,
            )
        )
    return (
        np.frombuffer(raw, dtype=_IDX_TYPES[kind], offset=header).reshape(shape).copy()
    )


def _whole_in_range(array: np.ndarray, high: int):
    """The first value of ``array`` that is not a whole number from 0 to
    ``high``, or None when every one is."""
    if array.dtype.kind in "ui":
        if not array.size or (array.min() >= 0 and array.max() <= high):
            return None
        bad = (array < 0) | (array > high)
    else:
        with np.errstate(invalid="ignore"):
            bad = ~np.isfinite(array) | (array < 0) | (array > high)
            bad |= np.floor(array) != array
        if not bad.any():
            return None
    value = array.ravel()[int(np.argmax(bad.ravel()))]
    return value.item()


def _check(arrays: dict, source: str) -> tuple:
    for key in _ARRAYS:
        if key not in arrays:
            raise DatasetError(Message(MESSAGES[6], source=source, key=key))
    for key in _ARRAYS:
        dtype = arrays[key].dtype
        if dtype.kind not in "uif":  # bool, complex, text, dates, records, objects
            raise DatasetError(
                Message(MESSAGES[21], source=source, key=key, dtype=dtype.str)
            )
    x_train, y_train = arrays["x_train"], arrays["y_train"]
    x_test, y_test = arrays["x_test"], arrays["y_test"]
    for x, y, images, labels in (
        (x_train, y_train, "x_train", "y_train"),
        (x_test, y_test, "x_test", "y_test"),
    ):
        if x.ndim != 3 or x.shape[1:] != (28, 28):
            raise DatasetError(
                Message(MESSAGES[7], source=source, key=images, shape=x.shape)
            )
        if not len(x):
            raise DatasetError(Message(MESSAGES[23], source=source, key=images))
        if y.ndim != 1 or len(y) != len(x):
            raise DatasetError(
                Message(
                    MESSAGES[8],
                    source=source,
                    count=len(x),
                    images=images,
                    labels=y.size,
                    key=labels,
                )
            )
        value = _whole_in_range(x, 255)
        if value is not None:
            raise DatasetError(
                Message(MESSAGES[22], source=source, key=images, value=value)
            )
        value = _whole_in_range(y, 9)
        if value is not None:
            raise DatasetError(
                Message(MESSAGES[9], source=source, key=labels, value=value)
            )
    return (
        (x_train.astype(np.uint8), y_train.astype(np.int64)),
        (x_test.astype(np.uint8), y_test.astype(np.int64)),
    )


def _read_npy(archive: zipfile.ZipFile, member: str, source: str, key: str):
    """One array of an .npz, its header checked before anything is allocated."""
    from numpy.lib import format as npy

    with archive.open(member) as handle:
        version = npy.read_magic(handle)
        if version == (1, 0):
            shape, fortran, dtype = npy.read_array_header_1_0(handle)
        elif version == (2, 0):
            shape, fortran, dtype = npy.read_array_header_2_0(handle)
        else:
            raise DatasetError(
                Message(
                    MESSAGES[24],
                    source=source,
                    key=key,
                    version=".".join(map(str, version)),
                )
            )
        if dtype.hasobject or dtype.kind not in "uif":
            raise DatasetError(
                Message(MESSAGES[21], source=source, key=key, dtype=dtype.str)
            )
        size = math.prod(shape) * dtype.itemsize
        if size > MAX_ARRAY_BYTES:
            raise DatasetError(
                Message(
                    MESSAGES[20],
                    source=source,
                    key=key,
                    shape=shape,
                    dtype=dtype.str,
                    size=_megabytes(size),
                    limit=_megabytes(MAX_ARRAY_BYTES),
                )
            )
        data = handle.read(size + 1)
    if len(data) != size:
        raise ValueError(
            f"{key} holds {len(data)} bytes where its header announces {size}"
        )
    array = np.frombuffer(data, dtype=dtype, count=math.prod(shape))
    return array.reshape(shape, order="F" if fortran else "C")


def _load_npz(path: Path) -> tuple:
    source = _name(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = set(archive.namelist())
            arrays = {}
            for key in _ARRAYS:
                if f"{key}.npy" not in members:
                    raise DatasetError(Message(MESSAGES[6], source=source, key=key))
                arrays[key] = _read_npy(archive, f"{key}.npy", source, key)
    except DatasetError:
        raise
    except _READ_ERRORS as error:
        if has_words(error, writing=False):
            raise DatasetError(os_error_message(error, path, writing=False)) from None
        raise DatasetError(
            Message(MESSAGES[10], source=source, error=_first_line(error))
        ) from None
    return _check(arrays, source)


def _load_idx_folder(folder: Path) -> tuple:
    arrays = {key: read_idx(folder / name) for key, name in IDX_FILES.items()}
    return _check(arrays, _name(folder))


def dataset(name: str) -> Dataset:
    """The dataset called ``name``; :class:`DatasetError` naming it if unknown."""
    try:
        return REGISTRY[name]
    except (KeyError, TypeError):
        raise DatasetError(
            Message(MESSAGES[11], name=repr(name), choices=", ".join(DATASETS))
        ) from None


def _candidates(entry: Dataset) -> list[Path]:
    found = [
        data_dir() / f"{entry.name}.npz",
        resources_dir() / "datasets" / f"{entry.name}.npz",
    ]
    if entry.keras_cache:
        found.append(_keras_cache() / entry.keras_cache)
    return found


def _usable(path: Path) -> bool:
    if path.suffix == ".npz":
        return path.is_file()
    return path.is_dir() and all((path / f).is_file() for f in IDX_FILES.values())


def is_installed(name: str) -> bool:
    """Whether :func:`load` can find ``name`` on this machine (nothing is read)."""
    entry = dataset(name)
    if entry.bundled:
        return True
    return any(_usable(path) for path in _candidates(entry))


def load(name: str) -> tuple:
    """``(x_train, y_train), (x_test, y_test)``: uint8 images (N, 28, 28), int labels.

    Raises :class:`DatasetNotInstalled` (with what to do) for a full dataset
    that is not on this machine, and :class:`DatasetError` for a damaged file
    or an unknown name.
    """
    entry = dataset(name)
    if entry.bundled:
        return _load_npz(resources_dir() / "datasets" / entry.bundled_file)
    for path in _candidates(entry):
        if _usable(path):
            return _load_npz(path) if path.suffix == ".npz" else _load_idx_folder(path)
    raise DatasetNotInstalled(Message(MESSAGES[12], name=name, size=entry.download_mb))


def load_task(task, name: str) -> tuple:
    """:func:`load` as a job (``task`` a :class:`guiapp.ml.session.Task`): a
    full set takes ~0.5 s to decompress, too long for the window's thread."""
    task.check()
    return load(name)


def provide(task, name: str, data=None) -> tuple:
    """``data`` if the caller has it, else :func:`load` (in the job's thread),
    reported as ``("data", name, data)`` so the caller keeps it for next time."""
    if data is None:
        task.check()
        data = load(name)
        task.report("data", name, data)
    return data


@dataclass(frozen=True)
class Counts:
    """How many images a dataset has, and how many of its classes they show.

    >>> Counts(60000, 10000, 10).images
    70000
    """

    train: int
    test: int
    #: the classes that have at least one image (training or test)
    classes: int

    @property
    def images(self) -> int:
        return self.train + self.test


#: A set with fewer images than this is worth a warning before it is imported
#: (a network learns nothing from it).
FEW_IMAGES = 100


def count(data) -> Counts:
    """The :class:`Counts` of ``((x_train, y_train), (x_test, y_test))``."""
    (_, y_train), (_, y_test) = data
    labels = np.concatenate([np.ravel(y_train), np.ravel(y_test)])
    return Counts(len(y_train), len(y_test), len(np.unique(labels)))


def too_small(name: str, counts: Counts) -> bool:
    """Whether ``counts`` are too few for dataset ``name`` to be learned: fewer
    than :data:`FEW_IMAGES` images, or a class without any image."""
    return counts.images < FEW_IMAGES or counts.classes < dataset(name).num_classes


def _source_path(source) -> Path:
    """The folder of IDX files one of them names (a dialog chose a .gz), or
    ``source`` itself."""
    source = Path(source)
    if source.suffix.lower() == ".gz" and source.is_file():
        return source.parent
    return source


def read_files(source) -> tuple:
    """The dataset in a folder of the four IDX ``.gz`` files (or one of them),
    or in an ``.npz``, checked: ``((x_train, y_train), (x_test, y_test))``.

    A damaged or truncated file, a header that declares more than
    :data:`MAX_ARRAY_BYTES`, values that are not numbers, images that are not
    whole numbers 0-255, labels that are not 0-9 (NaN included), an empty part
    or mismatched lengths raise :class:`DatasetError` naming the file and the
    array.
    """
    source = _source_path(source)
    if source.is_dir():
        missing = [f for f in IDX_FILES.values() if not (source / f).is_file()]
        if missing:
            raise DatasetError(
                Message(MESSAGES[14], source=_name(source), files=", ".join(missing))
            )
        return _load_idx_folder(source)
    if source.suffix == ".npz":
        return _load_npz(source)
    raise DatasetError(Message(MESSAGES[15], source=_name(source)))


def _importable(name: str) -> None:
    if name not in REGISTRY or REGISTRY[name].bundled:
        raise DatasetError(Message(MESSAGES[13], name=repr(name)))


def install(name: str, data) -> Path:
    """Save checked ``data`` as ``data_dir()/NAME.npz``, where :func:`load`
    finds it: whole or not at all (the dataset installed before is kept when
    it fails), with the mode ``open()`` gives a new file or the old file's.
    Raises :class:`DatasetError` saying why, naming the file and its folder."""
    _importable(name)
    (x_train, y_train), (x_test, y_test) = data
    target = data_dir() / f"{name}.npz"

    def write(temporary: str) -> None:
        np.savez_compressed(
            temporary, x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test
        )

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, write)
    except OSError as error:
        raise DatasetError(os_error_message(error, target)) from None
    _COUNTS.pop(str(target), None)
    return target


def import_files(name: str, source) -> Path:
    """Check and copy a dataset from a folder of IDX ``.gz`` files or an ``.npz``
    (:func:`read_files`, then :func:`install`).

    The data is validated first and saved as ``data_dir()/NAME.npz``, where
    :func:`load` finds it; a file that cannot be used raises
    :class:`DatasetError` naming it, and the dataset installed before is then
    kept.
    """
    _importable(name)
    return install(name, read_files(source))


#: counts of the installed files already read: {path: (size, mtime, Counts)}
_COUNTS: dict[str, tuple] = {}


def _labels_count(path: Path) -> Counts:
    if path.suffix == ".npz":
        source = _name(path)
        with zipfile.ZipFile(path) as archive:
            train = _read_npy(archive, "y_train.npy", source, "y_train")
            test = _read_npy(archive, "y_test.npy", source, "y_test")
    else:
        train = read_idx(path / IDX_FILES["y_train"])
        test = read_idx(path / IDX_FILES["y_test"])
    return count(((None, train), (None, test)))


def installed_counts(name: str) -> Counts | None:
    """The :class:`Counts` of the copy of ``name`` that :func:`load` would
    read (only its labels are read, once per version of the file); None when
    none is installed or it cannot be read."""
    entry = dataset(name)
    if entry.bundled:
        paths = [resources_dir() / "datasets" / entry.bundled_file]
    else:
        paths = [path for path in _candidates(entry) if _usable(path)]
    if not paths:
        return None
    path = paths[0]
    try:
        info = path.stat()
        stamp = (info.st_size, info.st_mtime_ns)
        known = _COUNTS.get(str(path))
        if known is not None and known[:2] == stamp:
            return known[2]
        counts = _labels_count(path)
    except (DatasetError, *_READ_ERRORS):
        return None
    _COUNTS[str(path)] = (*stamp, counts)
    return counts


def import_task(task, name: str, source) -> Path:
    """:func:`import_files` as a job (compressing 70 000 images takes seconds)."""
    task.check()
    return import_files(name, source)


def read_task(task, name: str, source) -> tuple:
    """:func:`read_files` as a job (decompressing 70 000 images takes ~0.5 s):
    ``(data, its Counts, the Counts of the copy installed now or None)``."""
    _importable(name)
    task.check()
    data = read_files(source)
    task.check()
    return data, count(data), installed_counts(name)


def install_task(task, name: str, data) -> Path:
    """:func:`install` as a job (compressing 70 000 images takes seconds)."""
    task.check()
    return install(name, data)


def download(name: str, progress=None, should_stop=None, urls=None) -> Path:
    """Download a full dataset, only when the user asks; then import it.

    ``progress(done_bytes, total_bytes)`` is called as data arrives;
    ``should_stop()`` returning True cancels (nothing is kept). ``urls``
    replaces the official addresses (tests use ``file://`` ones).
    """
    urls = urls or list(dataset(name).downloads)
    with tempfile.TemporaryDirectory() as folder:
        sizes, done = [], 0
        for url in urls:
            with _Connection(name, url) as response:
                sizes.append(response.size)
        total = sum(sizes)
        for url in urls:
            target = Path(folder) / url.rsplit("/", 1)[-1]
            with _Connection(name, url) as response, open(target, "wb") as out:
                while chunk := response.read(1 << 16):
                    if should_stop is not None and should_stop():
                        raise DatasetError(Message(MESSAGES[16], name=name))
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
        files = list(Path(folder).iterdir())
        source = (
            files[0] if len(files) == 1 and files[0].suffix == ".npz" else Path(folder)
        )
        return import_files(name, source)


class _Connection:
    """One download's response; whatever goes wrong while connecting or
    reading becomes a :class:`DatasetError` in words (never ``[Errno -2] Name
    or service not known`` alone, never a traceback)."""

    def __init__(self, name: str, url: str):
        self.name, self.url = name, url

    def __enter__(self):
        import urllib.request  # only here: the app never reaches the network otherwise

        # whatever a network, a proxy or a socket blocker raises becomes words
        try:
            self.response = urllib.request.urlopen(self.url, timeout=30)  # noqa: S310 (user's request)
        except Exception as error:
            raise self._failure(error) from None
        try:
            self.size = int(self.response.headers.get("Content-Length") or 0)
        except (TypeError, ValueError):
            self.size = 0  # progress without a total
        return self

    def read(self, size: int) -> bytes:
        try:
            return self.response.read(size)
        except Exception as error:  # the connection lost half-way
            raise self._failure(error) from None

    def __exit__(self, *exc_info):
        self.response.close()

    def _failure(self, error) -> DatasetError:
        import urllib.error
        import urllib.parse

        if isinstance(error, urllib.error.HTTPError):
            reason = f"HTTP {error.code} {error.reason}"
            return DatasetError(
                Message(MESSAGES[18], name=self.name, url=self.url, error=reason)
            )
        # URLError wraps the socket's error: [Errno -2] Name or service not known...
        reason = getattr(error, "reason", None) or error
        text = (str(reason).strip().splitlines() or [type(reason).__name__])[0][:120]
        if urllib.parse.urlsplit(self.url).scheme in ("http", "https", "ftp"):
            return DatasetError(Message(MESSAGES[17], name=self.name, error=text))
        return DatasetError(
            Message(MESSAGES[18], name=self.name, url=self.url, error=text)
        )


def download_task(task, name: str, urls=None) -> Path:
    """:func:`download` as a job: reports ``("download", done_bytes,
    total_bytes)``; a stop cancels it."""
    return download(
        name,
        progress=lambda done, total: task.report("download", done, total),
        should_stop=task.should_stop,
        urls=urls,
    )


def preprocess(x: np.ndarray, y: np.ndarray, num_classes: int = 10, shape=(28, 28, 1)):
    """The course's preprocessing: x/255 as float32, shape (-1, H, W, D), one-hot y.

    >>> x, y = preprocess(np.full((2, 28, 28), 255, np.uint8), np.array([3, 9]))
    >>> x.shape, x.dtype, float(x.max()), y.argmax(axis=1).tolist()
    ((2, 28, 28, 1), dtype('float32'), 1.0, [3, 9])
    """
    images = (x.astype(np.float32) / 255.0).reshape(-1, *shape)
    one_hot = np.eye(num_classes, dtype=np.float32)[np.asarray(y, dtype=np.int64)]
    return images, one_hot
