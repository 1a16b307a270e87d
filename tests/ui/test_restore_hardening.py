"""What the app remembers, read back from a damaged or foreign settings file.

Every tab's document restores what is valid of a saved dict, keeps its value
for the rest (and names it), and never raises, whatever the dict holds: wrong
types, numbers near 2**31 and 2**63 or of 400 digits, NaN, unicode, nested
lists and objects. The settings file itself may hold anything (JSON nested
100 000 deep, a megabyte, bytes that are not text): the app reads its
defaults instead.
"""

import json
import math
import pathlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from guiapp.ui import settings as stored
from guiapp.ui import tabs
from guiapp.ui.common.document import MAX_TEXT, Setting

TAB_NAMES = ("conv", "builder", "train", "rnn")
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

NUMBERS = st.one_of(
    st.integers(-(2**64), 2**64),
    st.sampled_from(
        [2**31 - 1, 2**31, -(2**31), 2**63 - 1, 2**63, -(2**63), 10**400, 0, 1, -1]
    ),
    st.floats(allow_nan=True, allow_infinity=True),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    NUMBERS,
    st.text(max_size=20),
    st.sampled_from(["x" * 5000, "a\x00b", "\udcff", "sine", "adam", "LSTM", "file"]),
)
JSON = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


_FIELDS = {}


def fields_of(name) -> list[str]:
    if name not in _FIELDS:
        _FIELDS[name] = list(type(tabs.spec(name).make_state()).settings())
    return _FIELDS[name]


@st.composite
def saved_dicts(draw, name):
    """A dict such as a damaged or hand-edited settings file holds for tab ``name``."""
    keys = st.one_of(
        st.sampled_from(
            [*fields_of(name), "version", "input", "layers", "model", "pool"]
        ),
        st.text(max_size=8),
    )
    return draw(st.dictionaries(keys, JSON, max_size=8))


def valid(setting: Setting, value) -> bool:
    """``value`` is what the field may hold: its type, range or choices."""
    if setting.choices is not None:
        return value in setting.choices
    if setting.kind is bool:
        return isinstance(value, bool)
    if setting.kind in (int, float):
        ok = isinstance(value, setting.kind) and not isinstance(value, bool)
        if ok and setting.kind is float:
            ok = math.isfinite(value)
        if setting.low is not None:
            ok = ok and value >= setting.low
        if setting.high is not None:
            ok = ok and value <= setting.high
        return ok
    if setting.kind is str:
        return isinstance(value, str) and len(value) <= MAX_TEXT and "\0" not in value
    return setting.coerce(value) == value


@pytest.mark.parametrize("name", TAB_NAMES)
def test_restore_random_dicts(name):
    """A saved dict of random keys and values: what is valid is restored exactly, the
    rest keeps its value and is named; never an exception; no field holds an
    invalid value (was: a list or a number became the text of its repr in a
    path; a NUL reached the file name)."""

    @SETTINGS
    @given(saved_dicts(name))
    @example({"version": 1, "last_folder": [[1]], "image_path": {"a": 1}})
    @example({"version": 1, "image_path": "a\x00b", "sample": "file"})
    @example({"version": 2, "last_folder": "x" * 100_000})
    @example({"version": 10**400, "seed": 10**400, "window": 2**63})
    @example({"version": 0, "pool": [[], {}, 3], "model": [[[]]]})
    def check(saved):
        document = tabs.spec(name).make_state()
        before = document.to_dict()
        fields = document.settings()
        skipped = document.from_dict(saved)
        assert isinstance(skipped, list)
        after = document.to_dict()
        for field, setting in fields.items():
            assert valid(setting, getattr(document, field)), (field, after[field])
        version = saved.get("version")
        current = type(version) is int and version >= document.VERSION
        if not current:
            return  # an old format: migrate renames fields
        for field, setting in fields.items():
            if field not in saved:
                if name != "builder" or field not in ("input", "layers"):
                    assert after[field] == before[field], field
                continue
            value = saved[field]
            if valid(setting, value) and type(value) is type(before[field]):
                assert after[field] == value and field not in skipped, field
            elif field not in skipped:
                # taken as something else: only a number clamped or rounded
                assert setting.kind in (int, float) or setting.choices, field

    check()


@pytest.mark.parametrize("name", TAB_NAMES)
def test_restore_whatever_json_holds(name):
    """The top of a saved state that is not a dict (a list, a number, null) restores
    nothing and says so."""
    for saved in ([1, 2], 3, None, "text", [{"version": 1}]):
        document = tabs.spec(name).make_state()
        before = document.to_dict()
        assert document.from_dict(saved) == ["*"]
        assert document.to_dict() == before


RAW = st.one_of(
    st.text(max_size=50),
    JSON.map(json.dumps),
    st.builds(
        lambda opener, depth: opener * depth,
        st.sampled_from(["[", '{"a":', "-", '"']),
        st.integers(1, 200_000),
    ),
    st.sampled_from(["1" * 5000, "NaN", "-Infinity", "[1e999]", "x" * (1 << 21)]),
)


@settings(max_examples=80, deadline=None)
@given(RAW)
@example("[" * 100_000)  # was RecursionError at start-up
@example('{"a":' * 5000)
def test_stored_json_of_any_content(raw):
    """A value in the settings file that is not JSON, nested 100 000 deep, a 2 MB
    string or a number of 5 000 digits reads as the default."""
    store = stored.settings()
    store.setValue("probe/state", raw)
    value = stored.load_json("probe/state", "DEFAULT")
    if value != "DEFAULT":
        assert json.loads(raw) == value or value != value or raw.strip()


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\x00garbage\x00\n[conv]\nstate=[[[[[[\n",
        b"[conv]\nstate="
        + b"[" * 100_000
        + b"\n[rnn]\nstate=@Variant(\\0\\0\\0\\x7f)\n",
        b'[train]\nstate="{\\"version\\": 1, \\"seed\\": 1e999, \\"epochs\\": 99999999999999999999}"\n'
        b'[builder]\nstate="{\\"version\\": 2, \\"layers\\": [[[[]]]], \\"input\\": 1e999}"\n',
    ],
    ids=["binary", "nested", "out-of-range"],
)
def test_window_starts_from_a_damaged_settings_file(content, isolated_settings, qtbot):
    """The whole window starts on a settings file that is garbage, nested 100 000 deep
    or out of range: every tab with valid values (was RecursionError for the
    nested one)."""
    from PySide6.QtCore import QSettings

    from guiapp.ui.main_window import MainWindow

    path = QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        stored.ORGANIZATION,
        stored.APPLICATION,
    ).fileName()
    pathlib.Path(path).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(path).write_bytes(content)
    window = MainWindow("en", persist=False, quiet=True)
    qtbot.addWidget(window)
    for name in TAB_NAMES:
        window.show_tab(name)
        document = window.context.documents[name]
        for field, setting in document.settings().items():
            assert valid(setting, getattr(document, field)), (name, field)
    window.close()
