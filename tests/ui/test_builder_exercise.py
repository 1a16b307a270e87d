"""Exercise mode keeps its secret: a student reading every text of the builder
tab (cells, headers, tooltips, the drawing, the Keras panel, the exported
script, the status bar, the undo steps, what a screen reader is told) finds no
layer's output shape or parameter count before answering it right or the
teacher revealing it; Check answers marks and explains only what was typed."""

import re

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from guiapp.core.layer_types import layer_type
from guiapp.presets import PRESETS
from guiapp.ui.builder.state import BuilderState

pytestmark = pytest.mark.gui

#: the roles of an item a student can read (on screen, on hover, read aloud)
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)
#: what separates groups of digits in a count, in any language
GROUP = r"[\s,.'\u00a0\u202f]?"


@pytest.fixture
def state():
    return BuilderState()


@pytest.fixture
def builder(qtbot, context, state):
    from guiapp.ui.builder.tab import BuilderTab

    tab = BuilderTab(state, context)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.said = []  # what the tab asked the status bar to show
    tab.sig_status.connect(tab.said.append)
    return tab


# ---- reading everything


def _model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    rows = model.rowCount(QModelIndex())
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column (its columnCount is private)
        columns = 1
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            texts += [model.data(index, role) for role in ROLES]
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, rows),
    ):
        for section in range(count):
            texts += [model.headerData(section, orientation, role) for role in ROLES]
    return texts


def everything_shown(builder, tmp_path) -> str:
    """Every text of the tab and its descendants, one per line."""
    texts = list(builder.said)
    for widget in [builder, *builder.findChildren(QWidget)]:
        texts += [
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.windowTitle(),
        ]
        for action in widget.actions():
            texts += [action.text(), action.toolTip(), action.statusTip()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += _model_texts(widget.model())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    texts += builder.drawing.texts()  # painted, not held by a widget
    stack = builder.undo_stack
    texts += [stack.text(i) for i in range(stack.count())]
    texts += [stack.undoText(), stack.redoText()]
    script = tmp_path / "exported.py"
    assert builder.export_script(script)
    texts.append(script.read_text())
    return "\n".join(text for text in texts if isinstance(text, str) and text)


# ---- the answers, as the builder may write them


def given_numbers(state) -> set[int]:
    """Numbers the exercise gives: the input and the layers' settings."""
    given = set(state.input_shape)
    for layer in state.layers:
        given |= {
            int(n)
            for n in re.findall(r"\d+", layer_type(layer["type"]).describe(layer))
        }
    return given


def shape_patterns(shape, given) -> list[str]:
    values = [str(v) for v in shape]
    forms = ["(" + ", ".join(values) + ")"]
    if len(values) > 1:
        forms += [
            " × ".join(values),
            "×".join(values),
            " x ".join(values),
            "x".join(values),
        ]
        forms.append(", ".join(values))
    patterns = [re.escape(form) for form in forms]
    if len(values) == 1 and shape[0] not in given:
        patterns.append(rf"(?<!\d){values[0]}(?!\d)")  # "10816" alone
    return patterns


def count_pattern(count: int) -> str:
    digits = str(count)
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return r"(?<![\d])" + GROUP.join(groups) + r"(?![\d])"


def answers(state, index) -> dict[str, list[str]]:
    """Layer ``index``'s answers (patterns), by column; a 0 count or a count the
    layers' settings show anyway is not looked for (it reads everywhere)."""
    row = state.rows()[index]
    given = given_numbers(state)
    found = {"shape": shape_patterns(row.shape, given), "params": []}
    if row.params and row.params not in given:
        found["params"].append(count_pattern(row.params))
    return found


def revealed_answers(state, text: str, index: int) -> list[str]:
    """The patterns of layer ``index``'s answers that ``text`` contains."""
    return [
        pattern
        for patterns in answers(state, index).values()
        for pattern in patterns
        if re.search(pattern, text)
    ]


def same_answers(state, first: int, second: int) -> bool:
    a, b = state.rows()[first], state.rows()[second]
    return a.shape == b.shape


def simulate_keras_check(builder, state, wrong: int | None = None):
    """What a finished Check with Keras hands the tab (without waiting for
    Keras): Keras's rows, layer ``wrong`` disagreeing with ours."""
    rows = [
        (r.index, r.shape, r.params + (1 if r.index == wrong else 0))
        for r in state.rows()
    ]
    builder._checked_network = state.network
    builder._on_keras_done(rows)
    assert state.keras_status == "done"


def type_answer(builder, index, column, text):
    """Type in the table's cell, as a student does."""
    col = 2 if column == "shape" else 3
    builder.summary.table.item(index + 1, col).setText(text)


def test_the_reader_finds_every_answer_outside_exercise_mode(builder, state, tmp_path):
    """The reading above is not blind: with the answers shown, it finds each one."""
    simulate_keras_check(builder, state)
    shown = everything_shown(builder, tmp_path)
    for row in state.rows():
        assert revealed_answers(state, shown, row.index), row.index
    assert "26×26×64" in builder.drawing.texts()


# ---- before anything is answered


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(PRESETS))
def test_nothing_gives_an_answer_away(builder, state, tmp_path, name, language):
    """With answers hidden, no text anywhere in the tab holds a layer's output
    shape or parameter count, after the teacher picks the network in the combo
    and even after Check with Keras."""
    from guiapp.ui import i18n

    try:
        i18n.install(language)
        builder.retranslate()
        builder.exercise_check.setChecked(True)
        combo = builder.preset_combo
        combo.setCurrentIndex(combo.findData(name))
        combo.activated.emit(combo.currentIndex())
        assert builder.undo_stack.count() in (0, 1)
        simulate_keras_check(builder, state, wrong=len(state.layers) - 1)
        shown = everything_shown(builder, tmp_path)
        for row in state.rows():
            assert revealed_answers(state, shown, row.index) == [], (row.index, shown)
        # Check answers with nothing typed marks nothing and explains nothing
        assert builder.check_answers() == (0, 0)
        shown = everything_shown(builder, tmp_path)
        for row in state.rows():
            assert revealed_answers(state, shown, row.index) == [], (row.index, shown)
    finally:
        i18n.install("en")
        builder.retranslate()


def test_the_drawing_hides_the_shapes_and_sizes(builder, state):
    """The drawing shows "?" under each layer, and its boxes are all one size."""
    builder.exercise_check.setChecked(True)
    labels = builder.drawing.labels()
    assert labels[0][1] == "28×28×1"  # the input is given
    assert [shape for _, shape in labels[1:]] == ["?"] * len(state.layers)


# ---- one layer answered right


def test_a_right_answer_shows_that_layer_only(builder, state, tmp_path):
    """Layer 1 answered right and checked: its shape and count appear (drawing,
    formulas, Keras's row); no other layer's does."""
    builder.exercise_check.setChecked(True)
    type_answer(builder, 0, "shape", "26 x 26 x 64")
    type_answer(builder, 0, "params", "640")
    assert builder.check_answers() == (2, 2)
    simulate_keras_check(builder, state)
    shown = everything_shown(builder, tmp_path)
    assert "26×26×64" in builder.drawing.texts()
    assert "(3*3*1 + 1)*64 = 640" in shown and "(28 - 3 + 2*0)/1 + 1 = 26" in shown
    assert builder.keras_panel.table.rowCount() == 1
    assert builder.keras_panel.table.item(0, 2).text() == "640"
    for row in state.rows()[1:]:
        if same_answers(state, 0, row.index):
            continue  # Activation's shape is the convolution's: the same text
        assert revealed_answers(state, shown, row.index) == [], row.index


# ---- Check answers: only what was typed


def test_check_answers_marks_and_explains_only_what_was_typed(builder, state, tmp_path):
    """A wrong count for Dense is marked and hinted; the convolution, left
    blank, is neither marked nor explained, and its answers stay hidden."""
    builder.exercise_check.setChecked(True)
    type_answer(builder, 4, "params", "108160")  # forgot the biases
    right, typed = builder.check_answers()
    assert (right, typed) == (0, 1)
    assert state.marks == {(4, "params"): False}
    table = builder.summary.table
    wrong = table.item(5, 3)
    assert wrong.background().color().name() == "#f6c8c8"
    # Dense's input is Flatten's output, not answered yet: find it first
    first = "find the output shape of layer 4 first: it is this layer's input"
    assert wrong.toolTip() == first
    assert table.item(5, 5).text() == f"✗ {first}"
    assert f"Layer 5: {first}" in builder.summary.problems.text()
    assert "0 of 1 answers right" in builder.summary.totals.text()
    # the blank layers: no mark, no formula
    for line in range(1, 7):
        for col in (2, 3, 4, 5):
            if (line, col) in ((5, 3), (5, 5)):
                continue
            item = table.item(line, col)
            assert item.background().style() == Qt.BrushStyle.NoBrush, (line, col)
            assert item.text() == "", (line, col)
    assert "Layer 1" not in builder.summary.problems.text()
    shown = everything_shown(builder, tmp_path)
    for index in range(len(state.layers)):
        assert revealed_answers(state, shown, index) == [], index
    # Flatten answered right: Dense's hint puts its numbers in, not the result
    type_answer(builder, 3, "shape", "10816")
    assert builder.check_answers() == (1, 2)
    assert table.item(5, 5).text() == "✗ (10816 + 1)*10 = ?"
    shown = everything_shown(builder, tmp_path)
    assert revealed_answers(state, shown, 4) == []
    # a new attempt takes the mark away until Check answers again
    type_answer(builder, 4, "params", "108170")
    assert (4, "params") not in state.marks and table.item(5, 5).text() == ""
    assert builder.check_answers() == (2, 2)
    assert table.item(5, 5).text() == "✓ (10816 + 1)*10 = 108170"


def test_a_wrong_shape_is_hinted_not_given(builder, state, tmp_path):
    """A wrong first shape gets its formula with the numbers put in and "?"
    for the result; with stride 2 (13.5 floored) the hint says Keras rounds
    down, without the 13."""
    builder.exercise_check.setChecked(True)
    type_answer(builder, 0, "shape", "28 x 28 x 64")
    assert builder.check_answers() == (0, 1)
    table = builder.summary.table
    assert table.item(1, 4).text() == "✗ (28 - 3 + 2*0)/1 + 1 = ?"
    shown = everything_shown(builder, tmp_path)
    for index in range(len(state.layers)):
        assert revealed_answers(state, shown, index) == [], index
    builder.set_layer_field(0, "strides", 2)
    builder.exercise_check.setChecked(True)
    type_answer(builder, 0, "shape", "14 x 14 x 64")
    assert builder.check_answers() == (0, 1)
    hint = table.item(1, 4).text()
    assert hint.startswith("✗ (28 - 3 + 2*0)/2 + 1 = ?")
    assert "rounds down" in hint and "13" not in hint
    shown = everything_shown(builder, tmp_path)
    assert "floors" not in shown
    for index in range(len(state.layers)):
        assert revealed_answers(state, shown, index) == [], index


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(PRESETS))
def test_wrong_answers_everywhere_give_nothing_away(
    builder, state, tmp_path, name, language
):
    """Every answer typed wrong and checked: each is marked ✗ and hinted, and
    no text of the tab holds a layer's answer. Then the student answers the
    layers right one by one, from the top: each right answer shows that layer
    and no later one."""
    from guiapp.ui import i18n

    try:
        i18n.install(language)
        builder.retranslate()
        builder.exercise_check.setChecked(True)
        combo = builder.preset_combo
        combo.setCurrentIndex(combo.findData(name))
        combo.activated.emit(combo.currentIndex())
        rows = state.rows()
        for row in rows:
            type_answer(builder, row.index, "shape", "1 x 2 x 3")
            type_answer(builder, row.index, "params", "7")
        assert builder.check_answers() == (0, 2 * len(rows))
        shown = everything_shown(builder, tmp_path)
        for row in rows:
            assert revealed_answers(state, shown, row.index) == [], (row.index, shown)
            for col in (4, 5):
                assert builder.summary.table.item(row.index + 1, col).text()[0] == "✗"
        for done, row in enumerate(rows):
            type_answer(builder, row.index, "shape", shape_text_of(row.shape))
            type_answer(builder, row.index, "params", str(row.params))
            builder.check_answers()
            assert state.earned(row.index, "shape") and state.earned(
                row.index, "params"
            )
            shown = everything_shown(builder, tmp_path)
            for later in rows[done + 1 :]:
                if any(
                    same_answers(state, r.index, later.index) for r in rows[: done + 1]
                ):
                    continue  # its shape is one already earned: the same text
                assert revealed_answers(state, shown, later.index) == [], (
                    row.index,
                    later.index,
                )
    finally:
        i18n.install("en")
        builder.retranslate()


def shape_text_of(shape) -> str:
    return " x ".join(str(v) for v in shape)


def test_an_error_does_not_name_a_hidden_input(builder, state, tmp_path):
    """A Conv2D after Flatten is refused without naming Flatten's output
    (10816) while it is still to find; once found, the sentence names it."""
    builder.exercise_check.setChecked(True)
    layers = [dict(layer) for layer in state.layers]
    layers.insert(4, {"type": "Conv2D"})
    state.set_stack(state.input_shape, layers)
    shown = everything_shown(builder, tmp_path)
    assert "after Flatten" in shown
    assert "10816" not in shown
    type_answer(builder, 3, "shape", "10816")
    builder.check_answers()
    assert "(10816,)" in builder.summary.table.item(5, 0).toolTip()


# ---- the teacher reveals


def test_the_teacher_reveals_one_layer_then_all(builder, state, tmp_path):
    """Reveal shows the selected layer's answers (table, drawing, Keras's row);
    Reveal all shows every one."""
    builder.exercise_check.setChecked(True)
    simulate_keras_check(builder, state)
    builder.select_layer(2)
    assert builder.reveal_button.text() == "Reveal layer 3"
    builder.reveal_button.click()
    table = builder.summary.table
    assert table.item(3, 2).text() == "(13, 13, 64)"
    assert table.item(3, 4).text() == "(26 - 2)/2 + 1 = 13"
    assert "13×13×64" in builder.drawing.texts()
    assert builder.keras_panel.table.rowCount() == 1
    shown = everything_shown(builder, tmp_path)
    for index in (0, 1, 3, 5):  # Dense (4) has 10 units: its shape is given
        assert revealed_answers(state, shown, index) == [], index
    builder.reveal_all_button.click()
    assert not builder.reveal_all_button.isEnabled()
    shown = everything_shown(builder, tmp_path)
    for row in state.rows():
        assert revealed_answers(state, shown, row.index), row.index
    assert table.item(5, 3).text().replace("\u202f", " ") in ("108,170", "108 170")
    assert builder.keras_panel.table.rowCount() == len(state.layers)
    # a new exercise (the mode off and on) hides them again
    builder.exercise_check.setChecked(False)
    builder.exercise_check.setChecked(True)
    assert table.item(3, 2).text() == "" and state.revealed == frozenset()


@pytest.mark.slow
def test_check_with_keras_in_exercise_mode(builder, state, qtbot, tmp_path):
    """A real Check with Keras in exercise mode lists no layer before it is
    earned, and says how many it keeps hidden."""
    builder.exercise_check.setChecked(True)
    builder.check_with_keras()
    qtbot.waitUntil(lambda: builder.keras_button.isEnabled(), timeout=120000)
    assert state.keras_status == "done"
    assert builder.keras_panel.table.rowCount() == 0
    assert "6 layers are hidden" in builder.keras_panel.label.text()
    shown = everything_shown(builder, tmp_path)
    for row in state.rows():
        assert revealed_answers(state, shown, row.index) == [], row.index
    builder.reveal_all()
    assert builder.keras_panel.table.rowCount() == 6


def test_a_note_naming_the_output_waits(builder, state, tmp_path):
    """Stride 2 gives a note "13.5 is not whole: Keras floors it to 13": in
    exercise mode it waits (the tooltips say nothing of it) until the layer is
    revealed."""
    builder.set_layer_field(0, "strides", 2)
    assert "floors it to 13" in builder.summary.table.item(1, 0).toolTip()
    builder.exercise_check.setChecked(True)
    shown = everything_shown(builder, tmp_path)
    assert "floors" not in shown and revealed_answers(state, shown, 0) == []
    builder.select_layer(0)
    builder.reveal_selected()
    assert "floors it to 13" in builder.summary.table.item(1, 0).toolTip()


def test_a_right_answer_below_a_wrong_one_does_not_give_the_one_above(
    builder, state, tmp_path
):
    """Layer 1 typed wrong, layer 2 right (the trial's case, two convolutions):
    layer 2 is marked ✓ without its formula, whose numbers put in would give
    layer 1's answer (24); the receptive-field column says nothing of layers
    not earned."""
    layers = [
        {"type": "Conv2D", "filters": 8, "kernel_size": 3, "dilation_rate": 2},
        {"type": "Conv2D", "filters": 8, "kernel_size": 3},
        {"type": "Flatten"},
    ]
    state.set_stack((28, 28, 1), layers)
    builder.exercise_check.setChecked(True)
    type_answer(builder, 0, "shape", "26 x 26 x 8")
    type_answer(builder, 1, "shape", "22 x 22 x 8")
    assert builder.check_answers() == (1, 2)
    table = builder.summary.table
    assert table.item(2, 4).text() == "✓"
    shown = everything_shown(builder, tmp_path)
    assert revealed_answers(state, shown, 0) == []
    assert "24" not in shown.replace("2*(3 - 1)", "")
    assert table.item(1, 6).text() == "" and table.item(2, 6).text() == ""
    # layer 1 found: layer 2's formula now shows, and its receptive field
    type_answer(builder, 0, "shape", "24 x 24 x 8")
    type_answer(builder, 0, "params", "80")
    builder.check_answers()
    assert table.item(2, 4).text() == "✓ (24 - 3 + 2*0)/1 + 1 = 22"
    assert table.item(1, 6).text() == "5×5, step 1"
