"""guiapp.ml.datasets on small files the tests write (never the network)."""

import errno
import gzip
import socket
import struct

import numpy as np
import pytest

from guiapp.ml import datasets


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """Imported datasets and the Keras cache live in the test's own folders."""
    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))


def idx_bytes(array):
    header = (
        b"\x00\x00\x08"
        + bytes([array.ndim])
        + struct.pack(f">{array.ndim}I", *array.shape)
    )
    return header + array.astype(np.uint8).tobytes()


def write_idx_folder(folder, n_train=12, n_test=5):
    rng = np.random.default_rng(0)
    arrays = {
        "x_train": rng.integers(0, 256, (n_train, 28, 28)),
        "y_train": rng.integers(0, 10, n_train),
        "x_test": rng.integers(0, 256, (n_test, 28, 28)),
        "y_test": rng.integers(0, 10, n_test),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for key, name in datasets.IDX_FILES.items():
        (folder / name).write_bytes(gzip.compress(idx_bytes(arrays[key])))
    return arrays


def test_bundled_subset():
    """mnist-5k ships with the app: 4 000 + 1 000 uint8 28x28 digits, every digit present."""
    (x_train, y_train), (x_test, y_test) = datasets.load("mnist-5k")
    assert x_train.shape == (4000, 28, 28) and x_train.dtype == np.uint8
    assert x_test.shape == (1000, 28, 28)
    assert np.bincount(y_train).tolist() == [400] * 10
    assert np.bincount(y_test).tolist() == [100] * 10


def test_full_dataset_not_installed_says_what_to_do():
    """Without files, load('fashion-mnist') says it is not installed and offers import or download."""
    assert not datasets.is_installed("fashion-mnist")
    with pytest.raises(datasets.DatasetNotInstalled, match="Import.*download"):
        datasets.load("fashion-mnist")


def test_import_idx_folder(tmp_path):
    """A folder of the four original IDX .gz files imports and loads back identically."""
    arrays = write_idx_folder(tmp_path / "usb")
    datasets.import_files("fashion-mnist", tmp_path / "usb")
    assert datasets.is_installed("fashion-mnist")
    (x_train, y_train), (x_test, y_test) = datasets.load("fashion-mnist")
    np.testing.assert_array_equal(x_train, arrays["x_train"])
    np.testing.assert_array_equal(y_test, arrays["y_test"])


def test_keras_cache_is_used(tmp_path):
    """An mnist.npz in the Keras cache is found without importing anything."""
    cache = tmp_path / "keras" / "datasets"
    cache.mkdir(parents=True)
    x = np.zeros((3, 28, 28), np.uint8)
    y = np.array([1, 2, 3], np.uint8)
    np.savez(cache / "mnist.npz", x_train=x, y_train=y, x_test=x, y_test=y)
    (_, y_train), _ = datasets.load("mnist")
    assert y_train.tolist() == [1, 2, 3]


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda raw: b"\x12\x34" + raw[2:], "magic number"),
        (lambda raw: raw[:-10], "truncated"),
        (lambda raw: raw + b"\x00" * 7, "longer than its header says"),
        (lambda raw: raw[:6], "truncated header"),
    ],
    ids=["magic", "truncated", "too-long", "header"],
)
def test_damaged_idx_files(tmp_path, damage, message):
    """Wrong magic numbers, truncated data and wrong sizes give a clear message."""
    path = tmp_path / "t10k-labels-idx1-ubyte"
    path.write_bytes(damage(idx_bytes(np.arange(20))))
    with pytest.raises(datasets.DatasetError, match=message):
        datasets.read_idx(path)


def test_mismatched_counts_are_refused(tmp_path):
    """12 training images with 5 labels are refused on import, and nothing is installed."""
    write_idx_folder(tmp_path / "usb")
    name = datasets.IDX_FILES["y_train"]
    (tmp_path / "usb" / name).write_bytes(gzip.compress(idx_bytes(np.arange(5))))
    with pytest.raises(
        datasets.DatasetError, match="12 images in x_train but 5 labels in y_train"
    ):
        datasets.import_files("mnist", tmp_path / "usb")
    assert not datasets.is_installed("mnist")


def test_missing_files_named(tmp_path):
    """A folder without the test files names what is missing."""
    write_idx_folder(tmp_path / "usb")
    (tmp_path / "usb" / datasets.IDX_FILES["x_test"]).unlink()
    with pytest.raises(datasets.DatasetError, match="t10k-images-idx3-ubyte.gz"):
        datasets.import_files("mnist", tmp_path / "usb")


def test_download_with_progress_and_cancel(tmp_path):
    """download() reports progress and installs; a cancel keeps nothing (file:// URLs, no network)."""
    arrays = write_idx_folder(tmp_path / "server")
    urls = [
        (tmp_path / "server" / name).as_uri() for name in datasets.IDX_FILES.values()
    ]
    with pytest.raises(datasets.DatasetError, match="cancelled"):
        datasets.download("fashion-mnist", should_stop=lambda: True, urls=urls)
    assert not datasets.is_installed("fashion-mnist")
    seen = []
    datasets.download(
        "fashion-mnist",
        progress=lambda done, total: seen.append((done, total)),
        urls=urls,
    )
    assert seen[-1][0] == seen[-1][1] > 0
    (x_train, _), _ = datasets.load("fashion-mnist")
    np.testing.assert_array_equal(x_train, arrays["x_train"])


def test_preprocess_as_the_course():
    """x/255 as float32, reshape (-1, 28, 28, 1), one-hot labels."""
    x, y = datasets.preprocess(np.full((3, 28, 28), 51, np.uint8), np.array([0, 9, 4]))
    assert x.shape == (3, 28, 28, 1) and x.dtype == np.float32
    assert float(x[0, 0, 0, 0]) == pytest.approx(0.2)
    assert y.shape == (3, 10) and y.argmax(axis=1).tolist() == [0, 9, 4]


def test_registry_declares_each_dataset_once():
    """Each dataset's name, label, shape and class names come from one table."""
    assert datasets.DATASETS == ("mnist-5k", "mnist", "fashion-mnist")
    fashion = datasets.dataset("fashion-mnist")
    assert fashion.class_names[0] == "T-shirt/top" and fashion.num_classes == 10
    assert fashion.image_shape == (28, 28, 1) and fashion.keras_name == "fashion_mnist"
    assert datasets.dataset("mnist-5k").bundled
    assert datasets.CLASS_NAMES["mnist"] == [str(d) for d in range(10)]


@pytest.mark.parametrize(
    "call", [datasets.dataset, datasets.is_installed, datasets.load]
)
def test_unknown_dataset_is_named(call):
    """An unknown dataset name raises a DatasetError that names it."""
    with pytest.raises(datasets.DatasetError, match="unknown dataset 'cifar-10'"):
        call("cifar-10")


def test_load_as_a_job_reports_the_data():
    """provide() loads in the job and reports the data once; given data is passed through."""
    from guiapp.ml.session import Task

    reports = []
    task = Task(on_report=lambda *values: reports.append(values))
    data = datasets.provide(task, "mnist-5k")
    assert [r[:2] for r in reports] == [("data", "mnist-5k")]
    assert datasets.provide(task, "mnist-5k", data) is data and len(reports) == 1


# ---- download without a network
def _offline_dns(*args, **kwargs):
    raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")


def _unreachable(self, address):
    raise OSError(errno.ENETUNREACH, "Network is unreachable")


class SocketBlocked(RuntimeError):
    """What a socket blocker such as pytest-socket raises."""


def _blocked(*args, **kwargs):
    raise SocketBlocked("A test tried to use socket.socket.")


@pytest.mark.parametrize(
    "target, replacement",
    [
        ("getaddrinfo", _offline_dns),
        ("socket.connect", _unreachable),
        ("socket.connect", _blocked),
    ],
    ids=["no-dns", "unreachable", "blocked"],
)
def test_download_offline_says_no_network_connection(monkeypatch, target, replacement):
    """Offline (no DNS, no route, a blocked socket), download() says "no network connection"
    naming the dataset, keeps nothing, and the message is a translatable template."""
    holder = socket.socket if target == "socket.connect" else socket
    monkeypatch.setattr(holder, target.rsplit(".", 1)[-1], replacement)
    with pytest.raises(datasets.DatasetError) as error:
        datasets.download("fashion-mnist")  # the official https addresses
    message = error.value.args[0]
    assert "fashion-mnist cannot be downloaded: no network connection" in message
    assert message.template in datasets.MESSAGES
    assert message.values["name"] == "fashion-mnist"
    assert not datasets.is_installed("fashion-mnist")


def test_download_refused_connection_says_no_network_connection():
    """A server that refuses the connection (a closed port on this machine) gives words too."""
    with pytest.raises(
        datasets.DatasetError, match="mnist cannot be downloaded: no network"
    ):
        datasets.download("mnist", urls=["http://127.0.0.1:9/mnist.npz"])


def test_download_from_a_missing_file_names_it(tmp_path):
    """A file:// address to a missing file names the dataset and the address: words, not a traceback."""
    url = (tmp_path / "server" / "mnist.npz").as_uri()
    with pytest.raises(datasets.DatasetError) as error:
        datasets.download("mnist", urls=[url])
    message = error.value.args[0]
    assert message.startswith(f"mnist cannot be downloaded from {url}: ")
    assert message.template in datasets.MESSAGES
    assert not datasets.is_installed("mnist")
