"""The CNN builder tab, driven as a student and a teacher would."""

import json
import re
import time

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QTranslator
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox

from guiapp.core.layer_types import (
    Field,
    LayerShape,
    LayerType,
    no_params,
    register_layer_type,
    unregister_layer_type,
)
from guiapp.presets import PRESETS, preset
from guiapp.ui.builder.state import BuilderState

pytestmark = pytest.mark.gui


@pytest.fixture
def state():
    return BuilderState()


@pytest.fixture
def builder(qtbot, context, state):
    from guiapp.ui.builder.tab import BuilderTab

    tab = BuilderTab(state, context)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    return tab


def cell(tab, row, col):
    return tab.summary.table.item(row, col).text()


def digits(text):
    return re.sub(r"[\s,\u00a0\u202f]", "", text)


def test_opens_on_the_course_summary(builder):
    """The printed Fashion-MNIST summary appears: (26, 26, 64) 640 ... total 108 810."""
    assert cell(builder, 1, 2) == "(26, 26, 64)" and cell(builder, 1, 3) == "640"
    assert cell(builder, 1, 4) == "(28 - 3 + 2*0)/1 + 1 = 26"
    assert cell(builder, 1, 5) == "(3*3*1 + 1)*64 = 640"
    assert cell(builder, 3, 2) == "(13, 13, 64)"
    assert cell(builder, 4, 2) == "(10816)"
    assert digits(cell(builder, 5, 3)) == "108170"
    assert "108810" in digits(builder.summary.totals.text())


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_each_preset_gives_the_course_total(builder, name):
    """Choosing a preset in the combo shows its course total and memory in float32."""
    builder.preset_combo.setCurrentIndex(builder.preset_combo.findData(name))
    builder.preset_combo.activated.emit(builder.preset_combo.currentIndex())
    total = PRESETS[name]["figures"]["total"]
    assert str(total) in digits(builder.summary.totals.text())
    assert builder.drawing.rows[-1][1] == (10,)
    assert builder.preset_combo.currentData() == name


def test_add_duplicate_move_remove_and_undo(builder, state):
    """Add, duplicate, move and remove layers; Ctrl+Z walks each step back."""
    before = state.stack()
    builder.select_layer(1)
    builder.add_layer("Dropout")
    assert state.stack()[1][2]["type"] == "Dropout"
    builder.duplicate_layer()
    assert [layer["type"] for layer in state.stack()[1][2:4]] == ["Dropout", "Dropout"]
    builder.move_layer(+1)
    assert state.selection == 4
    assert builder.layer_list.list.currentRow() == 4
    builder.remove_layer()
    assert len(state.stack()[1]) == 7
    for _ in range(4):
        builder.undo_stack.undo()
    assert state.stack() == before


def test_keys_edit_the_selected_layer(builder, state, qtbot):
    """Delete removes the selected layer, Ctrl+D duplicates it, Ctrl+Up moves it up."""
    from PySide6.QtCore import Qt

    builder.show()
    qtbot.waitExposed(builder)
    builder.activateWindow()
    view = builder.layer_list.list
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    builder.select_layer(2)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [layer["type"] for layer in state.layers[2:4]] == ["MaxPooling2D"] * 2
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert state.selection == 2 and state.layers[2]["type"] == "MaxPooling2D"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(state.layers) == 6


def test_drag_reorder_is_undoable(builder, state):
    """Dragging a layer to another place reorders the stack, and Undo puts it back."""
    before = state.stack()
    builder.layer_list.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert state.stack()[1][2]["type"] == "Conv2D"
    assert state.stack()[1][0]["type"] == "Activation"
    builder.undo_stack.undo()
    assert state.stack() == before


def test_conv_after_flatten_is_marked_with_the_reason(builder, state):
    """A Conv2D added after Flatten is marked at that layer, with the reason."""
    builder.select_layer(3)  # Flatten
    builder.add_layer("Conv2D")
    assert "after Flatten" in builder.summary.problems.text()
    assert state.rows()[4].error
    assert cell(builder, 5, 2) == "—"
    assert builder.drawing.rows[5][1] is None


def test_editing_a_field_updates_formulas(builder):
    """Stride 2 on the conv layer gives (28 - 3 + 2*0)/2 + 1 = 13.5 -> 13, with a note."""
    builder.set_layer_field(0, "strides", 2)
    assert cell(builder, 1, 4) == "(28 - 3 + 2*0)/2 + 1 = 13.5 -> 13"
    assert "floors" in builder.summary.table.item(1, 4).toolTip()
    builder.set_layer_field(0, "padding", "same")
    assert (
        cell(builder, 1, 2) == "(14, 14, 64)"
        and cell(builder, 1, 4) == "ceil(28/2) = 14"
    )


def test_layer_editor_follows_the_registry(builder, state):
    """The editor shows one widget per field of the selected type, with its range
    and help; an edit there is one undo step."""
    builder.select_layer(0)
    widgets = builder.layer_editor.widgets
    assert list(widgets) == [
        "filters",
        "kernel_size",
        "strides",
        "padding",
        "activation",
        "dilation_rate",
    ]
    assert isinstance(widgets["filters"], QSpinBox)
    assert widgets["filters"].maximum() == 4096 and widgets["filters"].value() == 64
    assert "depth of the output" in widgets["filters"].toolTip()
    assert isinstance(widgets["padding"], QComboBox)
    widgets["kernel_size"].setValue(5)
    assert state.layers[0]["kernel_size"] == 5 and cell(builder, 1, 2) == "(24, 24, 64)"
    assert builder.layer_editor.widgets["kernel_size"] is widgets["kernel_size"]
    builder.undo_stack.undo()
    assert state.layers[0]["kernel_size"] == 3 and widgets["kernel_size"].value() == 3
    builder.add_layer("Dropout")
    rate = builder.layer_editor.widgets["rate"]
    assert isinstance(rate, QDoubleSpinBox) and rate.maximum() == pytest.approx(0.99)
    builder.select_layer(4)
    assert builder.layer_editor.widgets == {}  # Flatten: no setting, a sentence
    assert "Flatten has no setting" in builder.layer_editor.note_text()


def test_a_registered_layer_type_appears_in_the_builder(builder, state):
    """A layer type declared once in core is in the Add menu, the editor and the table."""
    register_layer_type(
        LayerType(
            "GaussianNoise",
            (
                Field(
                    "stddev",
                    0.1,
                    "float",
                    "Standard deviation:",
                    "The noise.",
                    low=0.0,
                    high=2.0,
                ),
            ),
            lambda shape, layer: LayerShape(shape, "unchanged"),
            no_params,
        )
    )
    try:
        builder.layer_list.add_menu.aboutToShow.emit()
        kinds = [action.data() for action in builder.layer_list.add_menu.actions()]
        assert kinds[-1] == "GaussianNoise"
        builder.select_layer(0)
        builder.layer_list.add_menu.actions()[-1].trigger()
        assert state.layers[1] == {"type": "GaussianNoise", "stddev": 0.1}
        assert cell(builder, 2, 1) == "GaussianNoise 0.1"
        assert cell(builder, 2, 2) == "(26, 26, 64)"
        stddev = builder.layer_editor.widgets["stddev"]
        assert isinstance(stddev, QDoubleSpinBox) and stddev.toolTip() == "The noise."
        stddev.setValue(0.5)
        assert state.layers[1]["stddev"] == 0.5
    finally:
        unregister_layer_type("GaussianNoise")


def test_exercise_mode(builder, state):
    """The teacher hides the answers; right answers turn green, wrong ones show the formula."""
    builder.exercise_check.setChecked(True)
    assert state.exercise
    assert cell(builder, 1, 2) == "" and cell(builder, 1, 3) == ""
    for row in state.rows():
        # typed in the table (the first layer) or given to the state (the others)
        shape, count = " x ".join(str(v) for v in row.shape), f"{row.params:,}"
        if row.index == 0:
            builder.summary.table.item(1, 2).setText(shape)
            builder.summary.table.item(1, 3).setText(count)
        else:
            state.set_answer(row.index, "shape", shape)
            state.set_answer(row.index, "params", count)
    assert cell(builder, 2, 2) == "26 x 26 x 64"
    right, asked = builder.check_answers()
    assert right == asked == 12
    assert "12 of 12" in builder.summary.totals.text()
    builder.summary.table.item(1, 3).setText("576")  # forgot the biases
    right, asked = builder.check_answers()
    assert right == 11
    # explained with the numbers put in, the result left to find
    assert "(3*3*1 + 1)*64 = ?" in builder.summary.problems.text()
    assert builder.summary.table.item(1, 3).toolTip() == "(3*3*1 + 1)*64 = ?"


def test_save_and_open_round_trip(builder, state, tmp_path):
    """A saved network opens again identically."""
    builder.set_layer_field(0, "padding", 1)
    path = tmp_path / "net.json"
    assert builder.save_file(path)
    saved = state.stack()
    builder.preset_combo.activated.emit(builder.preset_combo.findData("lenet5"))
    assert state.stack() == preset("lenet5")
    assert builder.open_file(path)
    assert state.stack() == saved and state.last_folder == str(tmp_path)


def test_exported_script_is_written(builder, tmp_path):
    """Export Keras script writes a script that builds this network."""
    path = tmp_path / "net.py"
    assert builder.export_script(path)
    assert "keras.layers.Conv2D(64, 3" in path.read_text()


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json at all", "not a JSON file"),
        ('{"layers": []}', "not a guiapp network"),
        (
            '{"format": "guiapp-network", "input": [28, 28], "layers": []}',
            "input shape",
        ),
        (
            '{"format": "guiapp-network", "input": [28, 28, 1], "layers": [{"type": "LSTM9"}]}',
            "unknown layer type",
        ),
    ],
)
def test_malformed_files_are_refused_clearly(
    builder, state, tmp_path, qtbot, content, message
):
    """A malformed or foreign file gives a clear message and changes nothing."""
    before = state.stack()
    path = tmp_path / "bad.json"
    path.write_text(content)
    with qtbot.waitSignal(builder.sig_status) as blocker:
        assert not builder.open_file(path)
    assert message in blocker.args[0] and "bad.json" in blocker.args[0]
    assert state.stack() == before


def test_state_round_trip(builder, state):
    """The builder's state restores the stack and the exercise mode."""
    builder.add_layer("Dense")
    builder.exercise_check.setChecked(True)
    other = BuilderState()
    assert other.from_dict(json.loads(json.dumps(state.to_dict()))) == []
    assert other.stack() == state.stack() and other.exercise


def test_old_saved_state_still_loads():
    """A state saved by the old builder tab (no version) loads; a damaged one keeps the default."""
    old = {
        "input": [32, 32, 1],
        "layers": preset("lenet5")[1],
        "exercise": 1,
        "last_folder": "/tmp",
    }
    state = BuilderState()
    state.from_dict(old)
    assert state.stack() == preset("lenet5") and state.exercise is True
    damaged = BuilderState()
    assert "layers" in damaged.from_dict(
        {"input": [28, 28, 1], "layers": [{"type": "?"}]}
    )
    assert damaged.stack() == preset("fashion-cnn")


def test_state_tells_the_training_tab(state):
    """The training tab reads stack() and hears "network" when the stack changes."""
    heard = []
    state.subscribe(heard.append)
    state.set_stack(*preset("mnist-dense"))
    assert "network" in heard and state.stack() == preset("mnist-dense")


def test_train_request(builder, qtbot):
    """Train this network asks the window for the training tab."""
    with qtbot.waitSignal(builder.sig_train_requested):
        builder.train_button.click()


def test_language_switch_keeps_the_work(builder, state, qtbot):
    """Switching to French and back retranslates in place: the stack, the undo
    history and the selection stay."""
    from guiapp.ui import i18n

    builder.add_layer("Dropout")
    undo_count = builder.undo_stack.count()
    stack = state.stack()
    english = builder.keras_button.text()
    try:
        i18n.install("fr")
        builder.retranslate()
        assert builder.keras_button.text() != english
        assert state.stack() == stack and builder.undo_stack.count() == undo_count
    finally:
        i18n.install("en")
        builder.retranslate()
    assert builder.keras_button.text() == english
    assert builder.layer_editor.title() == "Layer 2: Dropout" and state.selection == 1


class Marked(QTranslator):
    """Translates every string to itself with a mark: shows which texts were set again."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if source else source


def test_every_view_retranslates(builder, state):
    """After a language change each view sets its texts again: buttons, the
    editor's labels (from the registry), the table's header, the Keras panel."""
    app = QCoreApplication.instance()
    marked = Marked()
    app.installTranslator(marked)
    try:
        builder.retranslate()
        label = builder.layer_editor.form.labelForField(
            builder.layer_editor.widgets["filters"]
        )
        texts = [
            builder.keras_button.text(),
            builder.exercise_check.text(),
            builder.layer_list.add_button.text(),
            builder.layer_editor.title(),
            label.text(),
            builder.layer_editor.widgets["filters"].toolTip(),
            builder.summary.table.horizontalHeaderItem(1).text(),
            builder.summary.totals.text(),
            builder.keras_panel.label.text(),
            builder.keras_panel.table.horizontalHeaderItem(0).text(),
            builder.preset_combo.itemText(0),
        ]
        assert all(text.startswith("«") for text in texts), texts
    finally:
        app.removeTranslator(marked)
        builder.retranslate()
    assert builder.keras_button.text() == "Check with Keras"


def test_keras_refuses_a_broken_stack(builder, state):
    """Check with Keras on a marked stack says to fix it first, without Keras."""
    builder.select_layer(3)
    builder.add_layer("Conv2D")
    builder.check_with_keras()
    assert state.keras_status == "refused"
    assert "Fix the marked layer first" in builder.keras_panel.label.text()


@pytest.mark.slow
def test_check_with_keras_agrees(builder, state, qtbot):
    """Check with Keras builds the model off the GUI thread and agrees on every layer."""
    builder.set_layer_field(0, "padding", 2)  # numeric padding: ZeroPadding2D + Conv2D
    builder.check_with_keras()
    assert not builder.keras_button.isEnabled()
    qtbot.waitUntil(lambda: builder.keras_button.isEnabled(), timeout=120000)
    assert state.keras_status == "done"
    assert "6 of 6" in builder.keras_panel.label.text()
    assert all(builder.keras_panel.table.item(r, 3).text() == "✓" for r in range(6))
    builder.add_layer("Dropout")  # the result was for the previous stack
    assert state.keras_status == "idle" and builder.keras_panel.table.rowCount() == 0


@pytest.mark.slow
def test_closing_stops_a_long_check(builder, state, context, qtbot):
    """Closing during a check of a long stack stops it within 2 s."""
    layers = [{"type": "Conv2D", "filters": 4, "padding": "same"}] * 60
    state.set_stack((16, 16, 1), layers)
    builder.check_with_keras()
    qtbot.waitUntil(lambda: state.keras_progress[0] >= 1, timeout=120000)
    began = time.perf_counter()
    builder.shutdown()
    assert context.session.close(2000)
    assert time.perf_counter() - began < 2
    qtbot.waitUntil(lambda: builder.keras_button.isEnabled())
    assert state.keras_status == "idle"


def test_receptive_field_column(builder, state):
    """LeNet-5: each row says how much of the 32×32 input one output sees and
    its step; the tooltip puts the numbers in the rule; after Flatten, the
    whole input."""
    from guiapp.presets import preset

    state.set_stack(*preset("lenet5"))
    table = builder.summary.table
    header = table.horizontalHeaderItem(6)
    assert header.text() == "Receptive field" and "r_before" in header.toolTip()
    assert [cell(builder, r, 6) for r in range(1, 5)] == [
        "5×5, step 1",
        "6×6, step 2",
        "14×14, step 2",
        "16×16, step 4",
    ]
    assert table.item(3, 6).toolTip() == "r = 6 + (5 - 1)*2 = 14; j = 2*1 = 2"
    assert cell(builder, 5, 6) == "the whole input"
    # a dilated first convolution sees further with the same weights
    builder.set_layer_field(0, "dilation_rate", 2)
    assert cell(builder, 1, 6) == "9×9, step 1"


def test_a_layers_decimal_reads_as_its_field_does(builder, state):
    """In French the list and the table write Dropout's rate 0,25 as its
    field does (they wrote 0.25 beside a field reading 0,25)."""
    from guiapp.ui import i18n

    builder.add_layer("Dropout")
    row = state.selection
    try:
        i18n.install("fr")
        builder.retranslate()
        assert cell(builder, row + 1, 1) == "Dropout 0,25"
        assert builder.layer_list.list.item(row).text().endswith("Dropout 0,25")
    finally:
        i18n.install("en")
        builder.retranslate()
    assert cell(builder, row + 1, 1) == "Dropout 0.25"


def test_the_selected_layers_field_is_drawn_over_the_input(builder, state):
    """LeNet-5's second convolution (layer 3): 14 × 14 of the 32 × 32 input,
    its neighbour 2 pixels right; after Flatten, the whole input, no square;
    in exercise mode the drawing waits for the answer."""
    from guiapp.presets import preset

    state.set_stack(*preset("lenet5"))
    builder.select_layer(2)
    view = builder.receptive_view
    assert "Layer 3 sees 14 × 14 pixels" in view.label.text()
    assert "step of 2" in view.label.text()
    first, neighbour = view.canvas.field_rects()
    scale, box = view.canvas.cells()
    assert first.width() == pytest.approx(14 * scale)
    assert neighbour.left() - first.left() == pytest.approx(2 * scale)
    assert first.left() == pytest.approx(box.left())  # valid: from the corner
    builder.select_layer(4)  # Flatten
    assert "whole input" in view.label.text() and view.canvas.isHidden()
    builder.exercise_check.setChecked(True)
    builder.select_layer(2)
    assert "once the layer is answered" in view.label.text()
    assert view.canvas.field_rects() == []
