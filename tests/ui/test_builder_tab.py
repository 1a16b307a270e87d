"""The CNN builder tab, driven as a student and a teacher would."""

import json
import re

import pytest
from PySide6.QtCore import QModelIndex

from guiapp.presets import PRESETS

pytestmark = pytest.mark.gui


@pytest.fixture
def builder(qtbot):
    from guiapp.ui.builder_tab import BuilderTab

    tab = BuilderTab(quiet=True)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    return tab


def cell(tab, row, col):
    return tab.table.item(row, col).text()


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
    assert "108810" in digits(builder.totals.text())


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_each_preset_gives_the_course_total(builder, name):
    """Choosing a preset in the combo shows its course total and memory in float32."""
    builder.preset_combo.setCurrentIndex(builder.preset_combo.findData(name))
    builder.preset_combo.activated.emit(builder.preset_combo.currentIndex())
    total = PRESETS[name]["figures"]["total"]
    assert str(total) in digits(builder.totals.text())
    assert builder.drawing.rows[-1][1] == (10,)


def test_add_duplicate_move_remove_and_undo(builder):
    """Add, duplicate, move and remove layers; Ctrl+Z walks each step back."""
    before = builder.stack()
    builder.layer_list.setCurrentRow(1)
    builder.add_layer("Dropout")
    assert builder.stack()[1][2]["type"] == "Dropout"
    builder.duplicate_layer()
    assert [layer["type"] for layer in builder.stack()[1][2:4]] == [
        "Dropout",
        "Dropout",
    ]
    builder.move_layer(+1)
    assert builder.layer_list.currentRow() == 4
    builder.remove_layer()
    assert len(builder.stack()[1]) == 7
    for _ in range(4):
        builder.undo_stack.undo()
    assert builder.stack() == before


def test_drag_reorder_is_undoable(builder):
    """Dragging a layer to another place reorders the stack, and Undo puts it back."""
    before = builder.stack()
    builder.layer_list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert builder.stack()[1][2]["type"] == "Conv2D"
    assert builder.stack()[1][0]["type"] == "Activation"
    builder.undo_stack.undo()
    assert builder.stack() == before


def test_conv_after_flatten_is_marked_with_the_reason(builder):
    """A Conv2D added after Flatten is marked at that layer, with the reason."""
    builder.layer_list.setCurrentRow(3)  # Flatten
    builder.add_layer("Conv2D")
    assert "after Flatten" in builder.problems.text()
    assert builder.rows()[4].error
    assert cell(builder, 5, 2) == "—"
    assert builder.drawing.rows[5][1] is None


def test_editing_a_field_updates_formulas(builder):
    """Stride 2 on the conv layer gives (28 - 3 + 2*0)/2 + 1 = 13.5 -> 13, with a note."""
    builder.set_layer_field(0, "strides", 2)
    assert cell(builder, 1, 4) == "(28 - 3 + 2*0)/2 + 1 = 13.5 -> 13"
    assert "floors" in builder.table.item(1, 4).toolTip()
    builder.set_layer_field(0, "padding", "same")
    assert (
        cell(builder, 1, 2) == "(14, 14, 64)"
        and cell(builder, 1, 4) == "ceil(28/2) = 14"
    )


def test_exercise_mode(builder):
    """The teacher hides the answers; right answers turn green, wrong ones show the formula."""
    builder.exercise_check.setChecked(True)
    assert cell(builder, 1, 2) == "" and cell(builder, 1, 3) == ""
    for row in builder.rows():
        builder.table.item(row.index + 1, 2).setText(
            " x ".join(str(v) for v in row.shape)
        )
        builder.table.item(row.index + 1, 3).setText(f"{row.params:,}")
    right, asked = builder.check_answers()
    assert right == asked == 12
    builder.table.item(1, 3).setText("576")  # forgot the biases
    right, asked = builder.check_answers()
    assert right == 11
    assert "(3*3*1 + 1)*64 = 640" in builder.problems.text()


def test_save_and_open_round_trip(builder, tmp_path):
    """A saved network opens again identically."""
    builder.set_layer_field(0, "padding", 1)
    path = tmp_path / "net.json"
    path.write_text(builder.to_json())
    saved = builder.stack()
    builder.preset_combo.activated.emit(builder.preset_combo.findData("lenet5"))
    assert builder.open_file(path)
    assert builder.stack() == saved


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
    builder, tmp_path, qtbot, content, message
):
    """A malformed or foreign file gives a clear message and changes nothing."""
    before = builder.stack()
    path = tmp_path / "bad.json"
    path.write_text(content)
    with qtbot.waitSignal(builder.sig_status) as blocker:
        assert not builder.open_file(path)
    assert message in blocker.args[0] and "bad.json" in blocker.args[0]
    assert builder.stack() == before


def test_state_round_trip(builder, qtbot):
    """The builder's state restores the stack and the exercise mode."""
    from guiapp.ui.builder_tab import BuilderTab

    builder.add_layer("Dense")
    builder.exercise_check.setChecked(True)
    other = BuilderTab(quiet=True)
    qtbot.addWidget(other)
    other.restore(json.loads(json.dumps(builder.state())))
    assert other.stack() == builder.stack() and other.exercise_check.isChecked()


@pytest.mark.slow
def test_check_with_keras_agrees(builder, qtbot):
    """Check with Keras builds the model off the GUI thread and agrees on every layer."""
    builder.set_layer_field(0, "padding", 2)  # numeric padding: ZeroPadding2D + Conv2D
    builder.check_with_keras()
    qtbot.waitUntil(lambda: builder.keras_button.isEnabled(), timeout=120000)
    assert "6 of 6" in builder.keras_label.text()
    assert all(builder.keras_table.item(r, 3).text() == "✓" for r in range(6))
