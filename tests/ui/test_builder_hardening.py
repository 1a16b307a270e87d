"""The builder against awkward files and values: each is loaded or refused with
a short sentence naming the file, the layer and the field; on a refusal the
stack and the undo history stay as they were, and nothing crashes."""

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guiapp.core.layer_types import layer_types
from guiapp.core.layers import INPUT_LIMIT, StackError
from guiapp.presets import preset
from guiapp.ui.builder.edits import StackEditor
from guiapp.ui.builder.state import (
    KERAS_CHECK_LIMIT,
    MAX_FILE_BYTES,
    BuilderState,
    parse_count,
    parse_shape,
)

pytestmark = pytest.mark.gui

#: a status message about a file stays a sentence, whatever the file holds
MESSAGE_LIMIT = 300


def network(layers, shape=(28, 28, 1), **extra) -> str:
    return json.dumps(
        {"format": "guiapp-network", "input": shape, "layers": layers, **extra}
    )


@pytest.fixture
def state():
    return BuilderState()


@pytest.fixture
def builder(qtbot, context, state):
    from guiapp.ui.builder.tab import BuilderTab

    tab = BuilderTab(state, context)
    qtbot.addWidget(tab)
    return tab


def refused(builder, state, qtbot, path) -> str:
    """Open ``path``, expect a refusal; the message, after checking nothing changed."""
    before, steps = state.network, builder.undo_stack.count()
    with qtbot.waitSignal(builder.sig_status) as said:
        assert not builder.open_file(path)
    assert state.network is before and builder.undo_stack.count() == steps
    message = said.args[0]
    assert len(message) < MESSAGE_LIMIT, message
    return message


# ---- numbers no widget can hold


def test_ten_billion_filters_are_refused_not_a_crash(builder, state, qtbot, tmp_path):
    """ "filters": 10000000000 overflowed a 32-bit spin box inside the undo
    command; now the file is refused naming the file, layer, field and limit."""
    path = tmp_path / "big.json"
    path.write_text(network([{"type": "Conv2D", "filters": 10000000000}]))
    message = refused(builder, state, qtbot, path)
    assert "big.json" in message and "layer 1, Conv2D: 'filters'" in message
    assert "10000000000" in message and "4096" in message


def test_infinite_input_size_is_refused(builder, state, qtbot, tmp_path):
    """1e999 in the input shape raised OverflowError; now a sentence on the input."""
    path = tmp_path / "inf.json"
    path.write_text(
        '{"format": "guiapp-network", "input": [28, 28, 1e999], "layers": []}'
    )
    message = refused(builder, state, qtbot, path)
    assert "input shape" in message and "4096" in message


@pytest.mark.parametrize(
    "name, field",
    [
        (declared.name, field)
        for declared in layer_types()
        for field in declared.fields
        if field.kind in ("int", "float")
    ],
)
def test_the_editor_shows_a_field_at_its_top_unclamped(builder, state, name, field):
    """Every value the checks accept is one the editor shows as it is: the
    widget's range is the field's (10**9 filters were shown as 1024)."""
    low, high = field.limits()
    shape = (64, 64, 3)
    state.set_stack(shape, [{"type": name, field.name: high}], selection=0)
    widget = builder.layer_editor.widgets[field.name]
    assert (widget.minimum(), widget.maximum()) == pytest.approx((low, high))
    assert widget.value() == pytest.approx(high)
    with pytest.raises(StackError):
        builder.set_layer_field(
            0, field.name, high + (1 if field.kind == "int" else 0.5)
        )
    assert state.layers[0][field.name] == high


def test_a_large_padding_from_a_file_is_shown_as_it_is(builder, state):
    """P = 40 (accepted, not in the list) is added to the padding list when shown."""
    state.set_stack((64, 64, 1), [{"type": "Conv2D", "padding": 40}], selection=0)
    combo = builder.layer_editor.widgets["padding"]
    assert combo.currentData() == 40 and combo.currentText() == "P = 40"


def test_input_fields_offer_what_the_core_accepts(builder, state):
    """The H, W, D spin boxes go to the core's limit; a 4096 input shows as 4096."""
    assert [spin.maximum() for spin in builder.input_spins] == [INPUT_LIMIT] * 3
    state.set_stack((4096, 2000, 3), [])
    assert [spin.value() for spin in builder.input_spins] == [4096, 2000, 3]


# ---- files that lie


def deep(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.mark.parametrize(
    "content, words",
    [
        (deep(100000), ["nests too deeply"]),
        ("[1, 2, 3]", ["holds [1, 2, 3]", '"format": "guiapp-network"']),
        ("3", ["holds 3"]),
        ('"a network"', ["holds 'a network'"]),
        ("null", ["holds None"]),
        ("{", ["not a JSON file", "line 1, column 2"]),
        ("", ["the file is empty"]),
        ('{"format": "guiapp-network", "input": [28, 28, NaN], "layers": []}', ["NaN"]),
        (
            network([{"type": "Dense", "units": "Infinity"}]).replace(
                '"Infinity"', "Infinity"
            ),
            ["Infinity"],
        ),
        (
            network([{"type": "Dense", "units": 1}]).replace("1}", "1" * 5000 + "}"),
            ["too long"],
        ),
        (
            '{"format": "guiapp-network", "format": "x", "input": [28, 28, 1]}',
            ["'format'", "twice"],
        ),
        (
            network([{"type": "Dense", "units": 5}]).replace(
                '"units": 5', '"units": 5, "units": 6'
            ),
            ["'units'", "twice"],
        ),
        (network([{"units": 10}]), ['layer 1: no "type"']),
        (network([{"type": "LSTM9"}]), ["unknown layer type 'LSTM9'", "Conv2D"]),
        (network([{"type": "Dense", "units": True}]), ["'units'", "True"]),
        (network([{"type": "Conv2D", "kernel_size": 3.0}]), ["'kernel_size'", "3.0"]),
        (network([], version=2), ["version 1, not version 2"]),
        (network([], version="1"), ["not version '1'"]),
        (network([{"type": "Dense", "units": "x" * 100000}]), ["'units'", "…"]),
        ('{"layers": []}', ["not a guiapp network"]),
    ],
)
def test_lying_files_are_refused_clearly(
    builder, state, qtbot, tmp_path, content, words
):
    """Deep nesting (RecursionError before), a list, a number, a string, null,
    broken JSON, NaN/Infinity, a 5 000-digit number, duplicate keys, a missing or
    unknown type, a bool or a float for a whole number, a newer version, a huge
    string: each a short sentence naming the file; nothing changes."""
    path = tmp_path / "lying.json"
    path.write_text(content, encoding="utf-8")
    message = refused(builder, state, qtbot, path)
    assert message.startswith("lying.json cannot be opened: ")
    for word in words:
        assert word in message, message


def test_invalid_utf8_is_refused(builder, state, qtbot, tmp_path):
    """Bytes that are not UTF-8 say so, with the position; a BOM is fine."""
    path = tmp_path / "latin.json"
    path.write_bytes(network([{"type": "Flatten"}]).encode("utf-8") + b"\xe9\xff")
    assert "UTF-8" in refused(builder, state, qtbot, path)
    path.write_bytes(b"\xef\xbb\xbf" + network([{"type": "Flatten"}]).encode())
    assert builder.open_file(path) and state.layers == [{"type": "Flatten"}]


def test_a_huge_file_is_refused_before_it_is_read(
    builder, state, qtbot, tmp_path, monkeypatch
):
    """A 50 MB file is refused by its size (never read whole), saying both sizes."""
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(50 * 10**6)  # sparse: no 50 MB written
    read = []
    monkeypatch.setattr(type(path), "read_bytes", lambda self: read.append(self))
    message = refused(builder, state, qtbot, path)
    assert "50.0 MB" in message and f"{MAX_FILE_BYTES / 1e6:g} MB" in message
    assert not read


def test_a_folder_or_a_missing_file_is_said_in_words(builder, state, qtbot, tmp_path):
    """A folder and a missing file are refused with a sentence, not a traceback."""
    assert "not a file" in refused(builder, state, qtbot, tmp_path)
    assert "no such file" in refused(builder, state, qtbot, tmp_path / "gone.json")


def test_a_long_file_name_is_shortened(builder, state, qtbot, tmp_path):
    """A 200-character file name is echoed in 40 characters and "…"."""
    path = tmp_path / ("n" * 200 + ".json")
    path.write_text("junk")
    message = refused(builder, state, qtbot, path)
    assert "n" * 40 + "…" in message and "n" * 41 not in message


def test_unknown_fields_are_ignored_and_said(builder, state, qtbot, tmp_path):
    """Keys guiapp does not know are dropped, and the status bar says which."""
    path = tmp_path / "extra.json"
    path.write_text(
        network(
            [{"type": "Conv2D", "filters": 8, "kernel_regularizer": "l2"}],
            author="Ms. Martin",
        )
    )
    with qtbot.waitSignal(builder.sig_status) as said:
        assert builder.open_file(path)
    assert (
        state.layers[0]["filters"] == 8 and "kernel_regularizer" not in state.layers[0]
    )
    assert "'author'" in said.args[0] and "layer 1" in said.args[0]
    assert "'kernel_regularizer'" in said.args[0]
    builder.undo_stack.undo()
    assert state.stack() == preset("fashion-cnn")


# ---- the exercise and the Keras check


@pytest.mark.parametrize("text", ["9" * 5000, "²³", "1" * 31, "٢٦ x ٢٦"])
def test_typed_answers_never_raise(text):
    """A 5 000-digit or superscript answer is simply not a right one (int()
    raised ValueError from Check answers)."""
    assert parse_count(text) is None or parse_count(text) >= 0
    parse_shape(text)
    state = BuilderState()
    state.exercise = True
    state.set_answer(0, "params", text)
    state.set_answer(0, "shape", text)
    assert state.check_answers()[0] < 12


def test_keras_refuses_a_network_too_big_to_build(builder, state):
    """A valid network of more than KERAS_CHECK_LIMIT parameters is not built
    (Keras would allocate gigabytes): the panel says why, with the counts."""
    state.set_stack(
        (4096, 4096, 3), [{"type": "Flatten"}, {"type": "Dense", "units": 100000}]
    )
    assert state.all_ok() and state.total() > KERAS_CHECK_LIMIT
    builder.check_with_keras()
    assert state.keras_status == "refused" and not builder.is_checking()
    text = builder.keras_panel.label.text()
    assert "too many" in text and "400 MB" in text


# ---- property: random documents through the state-level load path

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**31 - 1, 2**31, 2**63 - 1, 2**63, -(2**63), 0, 1, 4096, 4097]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["x" * 20000, "é\u202e\u0000🙂", "valid", "same", "relu"]),
)
_json = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
_number = st.one_of(
    st.integers(min_value=0, max_value=5000),
    st.sampled_from([2**31 - 1, 2**31, 2**63, 4096, 4097, 0.5, 0.99, 1e999]),
)
_layer = st.fixed_dictionaries(
    {"type": st.sampled_from([t.name for t in layer_types()] + ["Conv3D"])},
    optional={
        key: st.one_of(_number, _number, _json)
        for key in ("filters", "kernel_size", "strides", "padding", "units", "rate")
    },
)
_document = st.one_of(
    _json,
    st.fixed_dictionaries(
        {
            "format": st.sampled_from(["guiapp-network"] * 5 + ["other"]),
            "input": st.one_of(
                st.sampled_from([[28, 28, 1], [64, 64, 3], [4096, 4096, 4096]]),
                st.lists(st.one_of(_number, _scalars), max_size=4),
            ),
            "layers": st.one_of(st.lists(_layer, max_size=5), _json),
        },
        optional={"version": st.one_of(st.just(1), _scalars), "extra": _json},
    ),
)


def _serialise(document, nesting: int, junk: bytes) -> bytes:
    text = json.dumps(document, allow_nan=True)  # NaN and Infinity literals too
    text = "[" * nesting + text + "]" * nesting
    return text.encode("utf-8", "surrogatepass") + junk


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    document=_document,
    nesting=st.sampled_from([0] * 8 + [5, 3000]),
    junk=st.sampled_from([b""] * 6 + [b"\xff", b"\n"]),
)
def test_random_documents_load_or_leave_the_state_unchanged(
    qapp, document, nesting, junk
):
    """Random JSON (nested, numbers near 2**31 and 2**63, inf, NaN, unicode,
    huge strings) through StackEditor.open_network: loaded, or a StackError
    with a short sentence and the same stack and undo count."""
    state = BuilderState()
    editor = StackEditor(state)
    editor.set_stack(*preset("lenet5"))
    before, steps = state.network, editor.undo_stack.count()
    try:
        editor.open_network(_serialise(document, nesting, junk))
    except StackError as error:
        assert len(str(error.args[0])) < MESSAGE_LIMIT
        assert state.network is before and editor.undo_stack.count() == steps
        return
    shape, layers = state.network
    assert all(1 <= v <= INPUT_LIMIT for v in shape)
    for layer in layers:
        for value in layer.values():
            assert not (isinstance(value, float) and not math.isfinite(value))
            assert not (isinstance(value, int) and abs(value) > 2**31 - 1)


def test_new_sentences_are_offered_to_translators(qapp):
    """The range and file sentences made in plain Python are listed for lupdate
    (in the CoreMessages context, where translate_message looks)."""
    from guiapp.core.layer_types import RANGE_MESSAGES
    from guiapp.ui.builder.messages import messages_for_lupdate
    from guiapp.ui.builder.state import FILE_MESSAGES

    assert messages_for_lupdate() == RANGE_MESSAGES + FILE_MESSAGES


# ---- the shared pieces every tab uses (document.py, bind.py)


@pytest.mark.parametrize(
    "saved",
    [
        {"version": 1e999, "exercise": True},
        {"version": 10**400},
        {"exercise": "x" * 10**6},
        {"input": [28, 28, 1e999], "layers": []},
        {"input": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 10**10}]},
    ],
)
def test_damaged_saved_state_never_raises(saved):
    """A saved state with version 1e999 (OverflowError before), a huge string
    or a stack out of range keeps the current values and says which."""
    state = BuilderState()
    before = state.network
    skipped = state.from_dict(saved)
    assert state.network is before or state.network == before
    assert all(len(name) < 40 for name in skipped)


def test_a_setting_a_widget_cannot_hold_is_refused_when_bound(qtbot):
    """bind.spin_box refuses (loudly, at construction) a setting whose range a
    32-bit spin box would clamp; a bounded one is bound as before."""
    from guiapp.ui.common import bind
    from guiapp.ui.common.document import Document, Setting

    class Wide(Document):
        count = Setting(1, low=0)
        big = Setting(1, low=0, high=2**40)
        fine = Setting(1, low=0, high=10)

    document = Wide()
    for name in ("count", "big"):
        with pytest.raises(ValueError, match=name):
            bind.spin_box(document, name)
    spin = bind.spin_box(document, "fine")
    qtbot.addWidget(spin)
    assert spin.maximum() == 10
    with pytest.raises(ValueError, match=r"^big: 'x{19}… is not a number$"):
        Wide.big.coerce("x" * 10**6)  # Python's own message echoed it whole
    with pytest.raises(ValueError, match="not a finite number"):
        Wide.big.coerce(10**400)  # OverflowError before


@pytest.mark.parametrize(
    "content, expected",
    [
        ("", "the file is empty"),
        ("  \n ", "the file is empty"),
        ('{"format": "guiapp-network", "layers": []}', 'no "input"'),
        ('{"format": "guiapp-network", "input": [28, 28, 1]}', 'no "layers"'),
    ],
)
def test_empty_or_incomplete_network_files_say_what_is_missing(content, expected):
    """An empty file says so (not "breaks at line 1"); a file without "input" or
    "layers" names the missing key (not "not None")."""
    from guiapp.core.layers import StackError
    from guiapp.ui.builder.state import read_network_file

    with pytest.raises(StackError) as refusal:
        read_network_file(content)
    assert expected in str(refusal.value)


@pytest.mark.parametrize(
    ("saved", "expected"),
    [
        ("false", False),
        ("False", False),
        ("true", True),
        (0, False),
        (1, True),
        ("maybe", False),
        ([1], False),
        (2, False),
    ],
)
def test_a_version_1_exercise_flag_reads_as_written(saved, expected):
    """Settings of version 1 stored the exercise flag as text: "false" was
    read as True (bool of a non-empty string) and started an exercise."""
    from guiapp.ui.builder.state import BuilderState

    state = BuilderState()
    state.from_dict({"exercise": saved})
    assert state.exercise is expected


def test_many_notes_do_not_grow_the_window_past_the_screen(qtbot):
    """66 Dense layers after a convolution (each with its 'no Flatten' note)
    made the builder 2 178 pixels high; the notes listed are capped."""
    from guiapp.ui.builder.summary_table import SummaryTable
    from guiapp.ui.main_window import MainWindow

    win = MainWindow("en", persist=False, restore=False, tab="builder", quiet=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    layers = [{"type": "Conv2D", "filters": 4, "kernel_size": 3}] + [
        {"type": "Dense", "units": 4} for _ in range(66)
    ]
    win.builder_tab.state.set_stack((28, 28, 1), layers)
    qtbot.wait(50)
    summary = win.builder_tab.findChild(SummaryTable)
    lines = summary.problems.text().split("<br>")
    assert len(lines) == SummaryTable.PROBLEMS_SHOWN
    assert "more" in lines[-1]
    assert win.height() <= 800 and win.minimumSizeHint().height() <= 800
