"""Number fields typed into as a user does (issue 10): a number in range is
taken as typed; anything else keeps the value and says why, naming the field.

Qt's spin boxes dropped the keystrokes their validator found invalid, so the
text became another number, taken without a word: ``1e-3`` gave 1.0 in the RNN
learning rate, ``501`` gave 50 epochs, ``0.99`` a validation split of 0,
``12`` a 1×1 kernel [0], ``4294967295`` a seed of 429496729.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


@pytest.fixture
def make_window(qtbot, tmp_path, monkeypatch):
    """A main window in a language, every tab made; English again after."""
    from guiapp.ui import i18n
    from guiapp.ui.main_window import MainWindow

    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    windows = []

    def make(language: str = "en"):
        i18n.install(language)  # as the application does before its window
        window = MainWindow(language, persist=False, restore=False, quiet=True)
        qtbot.addWidget(window)
        window._make_deferred_tabs()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    i18n.install("en")


@pytest.fixture(params=["en", "fr"])
def window(request, make_window):
    return make_window(request.param)


def type_into(qtbot, field, text: str) -> list[str]:
    """Select the field's text, type ``text`` over it and press Enter, as a
    user does; the sentences the field said."""
    said = []
    signal = getattr(field, "sig_refused", None)  # Qt's own boxes said nothing
    if signal is not None:
        signal.connect(said.append)
    edit = field.lineEdit()
    edit.selectAll()
    if not text:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    elif text.isascii() and text.isprintable():
        qtbot.keyClicks(edit, text)
    else:  # what QTest cannot type key by key: pasted
        edit.insert(text)
    if text.isprintable():
        assert edit.text() == text  # no keystroke dropped
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    if signal is not None:
        signal.disconnect(said.append)
    return said


def label_of(field) -> str:
    """The text of the label that names ``field``, as a sentence names it."""
    for label in field.window().findChildren(QLabel):
        if label.buddy() is field:
            return label.text().replace("&", "").strip().rstrip(":").strip()
    raise AssertionError(f"no label names {field}")


# ---- the fields of the tester's examples, by a short name
FIELDS = {
    "rnn rate": lambda w: (
        w.rnn_tab.train_page.rate_spin,
        w.rnn_tab.state,
        "learning_rate",
    ),
    "rnn step": lambda w: (w.rnn_tab.series_page.step_spin, w.rnn_tab.state, "step"),
    "rnn noise": lambda w: (w.rnn_tab.series_page.noise_spin, w.rnn_tab.state, "noise"),
    "rnn start": lambda w: (w.rnn_tab.series_page.start_spin, w.rnn_tab.state, "start"),
    "rate": lambda w: (
        w.train_tab.panel.learning_rate_spin,
        w.train_tab.state,
        "learning_rate",
    ),
    "split": lambda w: (
        w.train_tab.panel.split_spin,
        w.train_tab.state,
        "validation_split",
    ),
    "batch": lambda w: (w.train_tab.panel.batch_spin, w.train_tab.state, "batch_size"),
    "epochs": lambda w: (w.train_tab.panel.epochs_spin, w.train_tab.state, "epochs"),
    "seed": lambda w: (w.train_tab.panel.seed_spin, w.train_tab.state, "seed"),
    "stride": lambda w: (w.conv_tab.controls.stride_spin, w.conv_tab.state, "stride"),
}


@pytest.mark.parametrize(
    "field, typed, low, high",
    [
        ("rnn rate", "0.00001", "0.0001", "1"),
        ("rate", "1e-9", "0.00001", "1000000"),
        ("rate", "-1", "0.00001", "1000000"),
        ("rate", "0", "0.00001", "1000000"),
        ("split", "0.99", "0", "0.5"),
        ("batch", "99999", "1", "4096"),
        ("epochs", "501", "1", "500"),
        ("epochs", "1e9", "1", "500"),
        ("seed", "4294967296", "0", "4294967295"),
        ("stride", "20", "1", "16"),
        ("rnn step", "1e-9", "0.01", "5"),
        ("rnn noise", "1e308", "0", "2"),
        ("rnn start", "1e3", "-100", "100"),
        ("epochs", "abc", "1", "500"),
        ("rate", "1e999", "0.00001", "1000000"),
    ],
)
def test_a_number_out_of_range_keeps_the_value_and_says_why(
    window, qtbot, field, typed, low, high
):
    """Each example of the tester: the value stays (in the field and the state),
    and a sentence names the field, echoes what was typed and gives the range
    written in the user's language; the status bar shows it too."""
    box, state, name = FIELDS[field](window)
    before, shown = getattr(state, name), box.text()
    said = type_into(qtbot, box, typed)
    assert getattr(state, name) == before and box.value() == before
    assert box.text() == shown
    assert len(said) == 1, said
    sentence = said[0]
    point = "," if window.locale().decimalPoint() == "," else "."
    assert sentence.startswith(label_of(box))
    assert typed in sentence
    assert low.replace(".", point) in sentence and high.replace(".", point) in sentence
    assert window.statusBar().currentMessage() == sentence


def test_the_sentences_read_whole_in_english(make_window, qtbot):
    window = make_window("en")
    panel = window.train_tab.panel
    assert type_into(qtbot, panel.epochs_spin, "501") == [
        "Epochs: 501 is more than 500: type a whole number from 1 to 500."
    ]
    assert type_into(qtbot, panel.learning_rate_spin, "0") == [
        "Learning rate: 0 is less than 0.00001: type a number from 0.00001 to 1000000."
    ]
    assert type_into(qtbot, panel.learning_rate_spin, "0,5") == [
        "Learning rate: 0,5 is not a number: type a number from 0.00001 to 1000000."
    ]
    assert type_into(qtbot, panel.epochs_spin, "2.5") == [
        "Epochs: 2.5 is not a whole number: type a whole number from 1 to 500."
    ]
    long = "7" * 200
    (sentence,) = type_into(qtbot, panel.batch_spin, long)
    assert len(sentence) < 120 and "…" in sentence  # what was typed, shortened


def test_the_french_sentence_names_the_french_label(make_window, qtbot):
    window = make_window("fr")
    box = window.train_tab.panel.epochs_spin
    (sentence,) = type_into(qtbot, box, "501")
    assert sentence.startswith("Époques") and "501" in sentence and "500" in sentence


@pytest.mark.parametrize(
    "field, typed, expected",
    [
        ("rnn rate", "1e-3", 0.001),  # the course's notation
        ("rnn rate", "0.01", 0.01),
        ("rate", "0.00001", 0.00001),
        ("rate", "2.5e-4", 0.00025),
        ("split", "0.25", 0.25),
        ("batch", "4096", 4096),
        ("epochs", "500", 500),
        ("epochs", "1e2", 100),
        ("seed", "4294967295", 4294967295),  # as the command line accepts
        ("stride", "16", 16),
        ("rnn noise", "0", 0.0),
        ("rnn start", "\u221250", -50.0),  # a Unicode minus
    ],
)
def test_a_number_in_range_is_taken_as_typed(window, qtbot, field, typed, expected):
    box, state, name = FIELDS[field](window)
    assert type_into(qtbot, box, typed) == []
    assert getattr(state, name) == expected and box.value() == expected


def test_the_french_comma_and_the_point_in_french(make_window, qtbot):
    window = make_window("fr")
    rate = window.rnn_tab.train_page.rate_spin
    assert type_into(qtbot, rate, "0,01") == []
    assert window.rnn_tab.state.learning_rate == 0.01
    assert rate.text() == "0,0100"
    assert type_into(qtbot, rate, "0.02") == []  # the point too
    assert window.rnn_tab.state.learning_rate == 0.02
    panel = window.train_tab.panel
    assert type_into(qtbot, panel.learning_rate_spin, "0,5") == []
    assert window.train_tab.state.learning_rate == 0.5


def test_small_learning_rates_are_shown_whole(make_window, qtbot):
    """0.00001 and 0.000015 read as they are (five decimals rounded 0.000015
    to 0.00002); the French field writes them with a comma."""
    window = make_window("en")
    box, state = window.train_tab.panel.learning_rate_spin, window.train_tab.state
    assert type_into(qtbot, box, "0.000015") == []
    assert state.learning_rate == 0.000015 and box.text() == "0.000015"
    state.learning_rate = 0.00001
    assert box.text() == "0.00001"
    window.show_tab("train")
    window.set_language("fr")
    assert box.text() == "0,00001"


def test_stepping_keeps_round_numbers(make_window, qtbot):
    window = make_window("en")
    box, state = window.train_tab.panel.split_spin, window.train_tab.state
    state.validation_split = 0.1
    box.stepBy(1)
    assert state.validation_split == 0.15 and box.text() == "0.150"


def test_a_kernel_size_refused_keeps_the_kernel(window, qtbot):
    """12 and 13 replaced the kernel with a 1×1 [0] without a word; 4 with 5×5."""
    tab = window.conv_tab
    editor, box = tab.kernel_editor, tab.kernel_editor.size_spin
    before, steps = editor.kernel(), tab.undo_stack.count()
    for typed in ("12", "13", "4", "0", "x"):
        (sentence,) = type_into(qtbot, box, typed)
        assert sentence.startswith(label_of(box)) and typed in sentence
        np.testing.assert_array_equal(editor.kernel(), before)
        assert box.value() == 3 and tab.undo_stack.count() == steps
    assert "11" in sentence


def test_an_accepted_edit_is_one_undo_step(make_window, qtbot):
    window = make_window("en")
    tab = window.conv_tab
    editor, box = tab.kernel_editor, tab.kernel_editor.size_spin
    before, steps = editor.kernel(), tab.undo_stack.count()
    assert type_into(qtbot, box, "11") == []
    assert editor.kernel().shape == (11, 11)
    assert tab.undo_stack.count() == steps + 1
    tab.undo_stack.undo()
    np.testing.assert_array_equal(editor.kernel(), before)
    assert box.value() == 3

    builder = window.builder_tab
    builder.select_layer(0)
    filters = builder.layer_editor.widgets["filters"]
    old, steps = builder.state.layers[0]["filters"], builder.undo_stack.count()
    assert type_into(qtbot, filters, "99999")  # refused: no step
    assert builder.undo_stack.count() == steps
    assert type_into(qtbot, filters, "48") == []
    assert builder.state.layers[0]["filters"] == 48
    assert builder.undo_stack.count() == steps + 1
    builder.undo_stack.undo()
    assert builder.state.layers[0]["filters"] == old
    assert builder.layer_editor.widgets["filters"].value() == old


def test_the_builder_input_size_is_refused_naming_it(make_window, qtbot):
    window = make_window("en")
    builder = window.builder_tab
    height = builder.input_spins[0]
    shape = builder.state.input_shape
    (sentence,) = type_into(qtbot, height, "99999")
    assert sentence.startswith("Input H: 99999 is more than 4096")
    assert builder.state.input_shape == shape


def test_a_field_read_on_leaving_it(make_window, qtbot):
    """Leaving the field reads it as Enter does."""
    from PySide6.QtGui import QFocusEvent

    window = make_window("en")
    box, state = window.train_tab.panel.epochs_spin, window.train_tab.state
    said = []
    box.sig_refused.connect(said.append)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "501")
    box.focusOutEvent(QFocusEvent(QFocusEvent.Type.FocusOut))
    assert state.epochs == 5 and box.text() == "5"
    assert said and said[0].startswith("Epochs: 501")


def test_the_rnn_sequence_refusal_is_shown(make_window, qtbot):
    """(a) 1e300 in the cell's sequence was refused without a word."""
    window = make_window("en")
    page, state = window.rnn_tab.cell_page, window.rnn_tab.state
    before = state.sequence.copy()
    page.sequence_table.item(0, 0).setText("1e300")
    np.testing.assert_array_equal(state.sequence, before)
    assert page.sequence_message.text()
    assert page.sequence_message.text() == str(state.sequence_error)
    page.sequence_table.item(0, 0).setText("0.5")
    assert state.sequence[0, 0] == 0.5 and page.sequence_message.text() == ""


def test_the_rnn_series_error_is_in_french(make_window, qtbot):
    """(b) the series page wrote its errors in English in the French interface."""
    window = make_window("fr")
    page, state = window.rnn_tab.series_page, window.rnn_tab.state
    with state.batch():
        state.stop = 0.5
        state.window = 20
    assert state.series_error
    text = page.series_label.text()
    assert str(state.series_error) not in text  # not the English sentence
    assert "20" in text


# ---- anything at all, typed into a few fields

TEXTS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["", " ", "nan", "inf", "-inf", "1e999", "-1e999", "1e-999", "∞", "1,5", "1.5"]
    ),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(10**30), 10**30).map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
)


def _oracle(text: str, comma: bool) -> float | None:
    """The number ``text`` writes, by Python, when it is plainly one."""
    text = text.strip().replace("\u2212", "-")
    for space in " \u00a0\u202f\u2009":  # 10 000: thousands grouped
        text = text.replace(space, "")
    if comma:
        text = text.replace(",", ".")
    if not text or any(c not in "0123456789+-.eE" for c in text):
        return None
    try:
        return float(text)
    except ValueError:
        return None


@pytest.fixture(scope="module")
def windows(qapp, tmp_path_factory):
    import os

    from guiapp.ui import i18n
    from guiapp.ui.main_window import MainWindow

    data = tmp_path_factory.mktemp("data")
    saved = {name: os.environ.get(name) for name in ("GUIAPP_DATA_DIR", "KERAS_HOME")}
    os.environ["GUIAPP_DATA_DIR"] = str(data / "data")
    os.environ["KERAS_HOME"] = str(data / "keras")
    made = {}
    for language in ("en", "fr"):
        i18n.install(language)
        window = MainWindow(language, persist=False, restore=False, quiet=True)
        window._make_deferred_tabs()
        made[language] = window
    i18n.install("en")
    yield made
    for window in made.values():
        window.close()
        window.deleteLater()
    i18n.install("en")
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    language=st.sampled_from(["en", "fr"]),
    field=st.sampled_from(["epochs", "rate", "rnn noise", "seed", "rnn rate"]),
    text=TEXTS,
)
@example(language="en", field="rate", text="1e-3")
@example(language="fr", field="rnn noise", text="1,5")
@example(language="en", field="epochs", text="\u221210")
@example(language="en", field="seed", text="9" * 5000)
def test_anything_typed_is_taken_or_refused_with_a_sentence(
    windows, qtbot, language, field, text
):
    from guiapp.ui import i18n

    i18n.install(language)
    window = windows[language]
    box, state, name = FIELDS[field](window)
    before = getattr(state, name)
    said = type_into(qtbot, box, text)
    after = getattr(state, name)
    expected = _oracle(text, comma=language == "fr")
    if said:
        assert after == before and box.value() == before
        assert said[0].startswith(label_of(box))
        assert box.text() == box.textFromValue(before)
    else:  # taken: the very number typed, in range
        if expected is None:  # only the text already shown may give no sentence
            assert after == before and text == box.textFromValue(before)
        else:
            assert math.isclose(after, expected, rel_tol=1e-12)
            assert box.minimum() <= after <= box.maximum()
    i18n.install("en")


def test_a_refusal_is_read_aloud_to_a_screen_reader(make_window, qtbot):
    """What the status bar says (a refusal here, training results too) is sent
    as an accessibility announcement: a screen reader does not read a status
    bar that changes by itself."""
    from guiapp.ui.common import announce

    window = make_window("en")
    announce.recent.clear()
    said = type_into(qtbot, window.train_tab.panel.epochs_spin, "501")
    assert said and said[-1] in announce.recent
