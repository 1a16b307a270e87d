"""Dataset files from outside (the Training tab's Import…), thrown at at random.

Whatever a folder of IDX files or an .npz holds (truncated bytes, a header that
declares terabytes, text or complex values, NaN labels, labels 10 or -1, zero
images, mismatched lengths, a name that is not UTF-8), importing it either
installs a dataset a network can train on, or says why in one short sentence
naming the file; the dataset installed before stays as it was.
"""

import gzip
import io
import os
import struct
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from guiapp.ml import datasets

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))


@pytest.fixture
def installed(tmp_path):
    """A small mnist already imported: what a failed import must leave alone."""
    good = tmp_path / "good.npz"
    x = np.arange(2 * 28 * 28, dtype=np.uint8).reshape(2, 28, 28)
    y = np.array([3, 7], np.uint8)
    np.savez(good, x_train=x, y_train=y, x_test=x, y_test=y)
    return datasets.import_files("mnist", good)


def outcome(source, installed) -> str:
    """Import ``source``; "ok" with a usable dataset, or the refusal's sentence
    with the installed dataset unchanged."""
    target = installed
    before = target.read_bytes()
    try:
        datasets.import_files("mnist", source)
    except datasets.DatasetError as error:
        message = error.args[0]
        assert message.template in datasets.MESSAGES
        assert 0 < len(message) < 400 and "\n" not in message
        assert target.read_bytes() == before  # the dataset installed before
        assert {p.name for p in target.parent.iterdir()} == {target.name}
        return message
    (x_train, y_train), (x_test, y_test) = datasets.load("mnist")
    for x, y in ((x_train, y_train), (x_test, y_test)):
        assert x.dtype == np.uint8 and x.shape[1:] == (28, 28) and len(x) >= 1
        assert y.shape == (len(x),) and 0 <= y.min() and y.max() <= 9
        images, one_hot = datasets.preprocess(x, y)  # what training does next
        assert np.isfinite(images).all() and one_hot.shape == (len(x), 10)
    return "ok"


# ---- .npz files of random arrays

EXTREMES = st.sampled_from(
    [0, 1, 9, 10, -1, 255, 256, 2**31 - 1, 2**31, 2**63 - 1, -(2**63)]
)
FLOATS = st.floats(allow_nan=True, allow_infinity=True, width=64)
DTYPES = st.sampled_from(
    ["u1", "i8", "f4", "f8", "f2", "u8", "?", "c16", "U3", "S2", "M8[s]"]
)


@st.composite
def arrays(draw, images: bool):
    n = draw(st.sampled_from([0, 1, 3]))
    shape = draw(
        st.sampled_from(
            [(n, 28, 28), (n, 28, 28), (n, 28), (n, 27, 28), (n, 28, 28, 1), ()]
            if images
            else [(n,), (n,), (n,), (n + 1,), (n, 1), ()]
        )
    )
    dtype = np.dtype(draw(DTYPES))
    size = int(np.prod(shape))
    high = 255 if images else 9
    pool = st.one_of(st.integers(0, high), EXTREMES, FLOATS)
    values = draw(st.lists(pool, min_size=min(size, 3), max_size=min(size, 3)))
    array = np.zeros(shape, dtype=dtype)
    flat = array.reshape(-1)
    for value in values:
        index = draw(st.integers(0, size - 1))
        try:
            with np.errstate(all="ignore"):
                flat[index] = value  # a value the dtype cannot hold stays 0
        except (OverflowError, ValueError, TypeError):
            pass
    return array


VALID = {
    "x_train": np.zeros((3, 28, 28), np.uint8),
    "y_train": np.array([0, 5, 9], np.uint8),
    "x_test": np.full((1, 28, 28), 255, np.uint8),
    "y_test": np.array([7], np.uint8),
}


@SETTINGS
@given(
    changes=st.dictionaries(
        st.sampled_from(list(VALID)),
        st.one_of(st.none(), arrays(True), arrays(False)),
        min_size=1,
        max_size=3,
    )
)
@example(changes={"y_train": np.array([0.0, np.nan, 1.0])})  # NaN labels: int64 garbage
@example(changes={"y_test": np.array([1.5])})  # labels cut to 1 silently
@example(changes={"y_train": np.array(["a", "b", "c"])})  # UFuncTypeError
@example(changes={"x_train": np.zeros((3, 28, 28)) + 0.5})  # images silently 0
@example(changes={"x_test": np.full((1, 28, 28), 300)})  # wrapped to 44
@example(changes={"x_train": np.zeros((3, 28, 28), complex)})  # imaginary part lost
def test_npz_of_random_arrays(tmp_path, installed, changes):
    """One to three arrays of a valid .npz replaced (None: left out) by arrays of
    wrong dtypes (bool, complex, text, dates), NaN/inf/2**63 values, 0 images, other
    shapes: imported only when a network can train on it, otherwise a sentence
    naming the file and the array."""
    content = {**VALID, **changes}
    content = {key: value for key, value in content.items() if value is not None}
    source = tmp_path / "random.npz"
    np.savez(source, **content)
    message = outcome(source, installed)
    if message != "ok":
        assert "random.npz" in message


def test_npz_refusals_say_what_is_accepted(tmp_path, installed):
    """The examples a user meets: each sentence names the array, what was found and what is accepted."""
    x = np.zeros((2, 28, 28), np.uint8)
    y = np.array([1, 2])
    cases = [
        ({"y_train": np.array([1.0, np.nan])}, "labels in y_train must be whole"),
        ({"y_test": np.array([1, 10])}, "from 0 to 9, not 10"),
        ({"y_train": np.array([2.5, 1])}, "not 2.5"),
        ({"x_train": x + 0.5}, "images in x_train must be whole numbers from 0 to 255"),
        ({"x_test": x.astype(int) - 1}, "from 0 to 255, not -1"),
        ({"x_train": x[:0], "y_train": y[:0]}, "x_train holds no image"),
        ({"y_train": np.array(["a", "b"])}, "y_train holds values of type <U1"),
        ({"x_train": x + 0j}, "x_train holds values of type <c16"),
    ]
    for change, expected in cases:
        source = tmp_path / "case.npz"
        np.savez(source, **{**dict(x_train=x, y_train=y, x_test=x, y_test=y), **change})
        assert expected in outcome(source, installed)


def valid_npz_bytes() -> bytes:
    x = np.zeros((2, 28, 28), np.uint8)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, x_train=x, y_train=[1, 2], x_test=x, y_test=[3, 4])
    return buffer.getvalue()


@SETTINGS
@given(data=st.data())
def test_npz_truncated_or_damaged(tmp_path, installed, data):
    """A valid .npz cut anywhere, or with bytes overwritten: refused in words (was
    BadZipFile / zlib.error tracebacks)."""
    raw = bytearray(valid_npz_bytes())
    if data.draw(st.booleans(), label="truncate"):
        raw = raw[: data.draw(st.integers(0, len(raw) - 1), label="length")]
    else:
        for _ in range(data.draw(st.integers(1, 8), label="flips")):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(
                st.integers(0, 255)
            )
    source = tmp_path / "damaged.npz"
    source.write_bytes(bytes(raw))
    outcome(source, installed)


def npy_header(shape, descr="|u1", version=(1, 0)) -> bytes:
    from numpy.lib import format as npy

    buffer = io.BytesIO()
    header = {"descr": descr, "fortran_order": False, "shape": shape}
    if version == (1, 0):
        npy.write_array_header_1_0(buffer, header)
    else:
        npy.write_array_header_2_0(buffer, header)
    return buffer.getvalue()


@SETTINGS
@given(
    shape=st.tuples(
        st.sampled_from([0, 1, 2**31 - 1, 2**31, 2**32 + 1, 2**62]),
        st.just(28),
        st.just(28),
    ),
    descr=st.sampled_from(["|u1", "<f8", "<i8", "|O"]),
    version=st.sampled_from([(1, 0), (2, 0)]),
    tail=st.binary(max_size=64),
)
def test_npz_declaring_huge_arrays(tmp_path, installed, shape, descr, version, tail):
    """An .npy inside the .npz whose header declares 2**62 images: refused from the
    header, nothing allocated (NumPy would try to allocate it)."""
    x = np.zeros((2, 28, 28), np.uint8)
    buffer = io.BytesIO()
    np.savez(buffer, y_train=[1, 2], x_test=x, y_test=[3, 4])
    source = tmp_path / "huge.npz"
    source.write_bytes(buffer.getvalue())
    with zipfile.ZipFile(source, "a") as archive:
        archive.writestr("x_train.npy", npy_header(shape, descr, version) + tail)
    message = outcome(source, installed)
    assert message != "ok"


# ---- folders of IDX files


def idx_file(shape, data: bytes, kind=0x08) -> bytes:
    return (
        b"\x00\x00"
        + bytes([kind, len(shape)])
        + struct.pack(f">{len(shape)}I", *shape)
        + data
    )


def write_folder(folder, replace=None):
    folder.mkdir(parents=True, exist_ok=True)
    good = {
        "x_train": idx_file((2, 28, 28), bytes(2 * 28 * 28)),
        "y_train": idx_file((2,), bytes([1, 2])),
        "x_test": idx_file((1, 28, 28), bytes(28 * 28)),
        "y_test": idx_file((1,), bytes([9])),
    }
    good.update(replace or {})
    for key, name in datasets.IDX_FILES.items():
        (folder / name).write_bytes(gzip.compress(good[key]))


SIZES = st.one_of(
    st.integers(0, 40),
    st.sampled_from([28, 2**31 - 1, 2**31, 2**32 - 1, 2**16]),
)


@SETTINGS
@given(
    key=st.sampled_from(list(datasets.IDX_FILES)),
    shape=st.lists(SIZES, min_size=1, max_size=4),
    kind=st.sampled_from([0x08, 0x08, 0x09, 0x0D]),
    data=st.binary(max_size=2000),
)
@example(key="y_test", shape=[2**16] * 4, kind=0x08, data=b"")  # prod wrapped to 0
@example(key="x_train", shape=[2**32 - 1] * 4, kind=0x08, data=b"")  # to < 0
@example(
    key="x_train", shape=[0, 3, 2**31 - 1, 2**31 - 1], kind=0x08, data=b""
)  # 0 bytes, too big for NumPy
def test_idx_headers_and_data_at_random(tmp_path, installed, key, shape, kind, data):
    """Headers declaring 2**32-1 in each of 4 dimensions (NumPy's prod wrapped to a
    small or negative count; 65536**4 wrapped to 0 and crashed in reshape), other
    types, data too short or too long: imported only when consistent."""
    folder = tmp_path / "usb"
    write_folder(folder, {key: idx_file(tuple(shape), data, kind)})
    outcome(folder, installed)


@SETTINGS
@given(data=st.data())
def test_idx_gzip_truncated_or_damaged(tmp_path, installed, data):
    """A gzipped IDX file cut or with flipped bytes (was zlib.error's traceback)."""
    folder = tmp_path / "usb"
    write_folder(folder)
    key = data.draw(st.sampled_from(list(datasets.IDX_FILES.values())), label="file")
    raw = bytearray((folder / key).read_bytes())
    if data.draw(st.booleans(), label="truncate"):
        raw = raw[: data.draw(st.integers(0, len(raw) - 1), label="length")]
    else:
        index = data.draw(st.integers(0, len(raw) - 1), label="at")
        raw[index] = (raw[index] + data.draw(st.integers(1, 255))) % 256
    (folder / key).write_bytes(bytes(raw))
    outcome(folder, installed)


@SETTINGS
@given(
    name=st.one_of(
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
            min_size=1,
            max_size=60,
        ),
        st.binary(min_size=1, max_size=60).map(os.fsdecode),
    ),
    damaged=st.booleans(),
)
def test_file_names_in_any_language_or_not_utf8(tmp_path, installed, name, damaged):
    """A file named in any script, or with bytes that are not UTF-8 (a USB stick
    from another system): imported, or refused naming it readably."""
    assume("/" not in name and "\x00" not in name and name not in (".", ".."))
    source = tmp_path / f"{name}.npz"
    try:
        source.write_bytes(valid_npz_bytes()[: 40 if damaged else None])
    except OSError:
        assume(False)  # a name this file system cannot hold (too long in bytes)
    message = outcome(source, installed)
    assert (message == "ok") == (not damaged)
    if damaged:
        message.encode("utf-8")  # shown as text: "\ufffd" for bytes that were not


def test_damaged_installed_file_is_said_on_load(tmp_path, installed):
    """An installed dataset damaged afterwards says so when loaded (was BadZipFile)."""
    installed.write_bytes(installed.read_bytes()[:100])
    with pytest.raises(datasets.DatasetError, match="mnist.npz: not a readable .npz"):
        datasets.load("mnist")


def test_unwritable_data_folder_is_said(tmp_path, installed, monkeypatch):
    """When the data folder cannot be written, the import says so and keeps the old dataset."""
    before = installed.read_bytes()
    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "good.npz" / "sub"))
    with pytest.raises(datasets.DatasetError, match="cannot be saved in"):
        datasets.import_files("mnist", tmp_path / "good.npz")
    assert installed.read_bytes() == before
