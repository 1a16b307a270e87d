"""The CNN builder tab (course part 1, section 3): a network layer by layer,
with every output size and parameter count explained, numbers put in."""

from __future__ import annotations

import copy
import json
import math
import re
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QObject,
    QRectF,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeySequence,
    QPainter,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.layers import (
    ACTIVATIONS,
    LAYER_TYPES,
    MESSAGES,
    LayerRow,
    StackError,
    default_layer,
    summarize,
    total_params,
)
from ..presets import PRESETS, preset
from . import threads
from .i18n import translate_message as tm

SHAPE_COLUMN, PARAMS_COLUMN = 2, 3
GOOD, BAD, WARN = QColor("#c8f0c8"), QColor("#f6c8c8"), QColor("#fbe3b8")


def describe(layer: dict) -> str:
    """A short line for the layer list: ``Conv2D 64 3×3, S=1, valid, relu``."""
    kind = layer["type"]
    if kind == "Conv2D":
        padding = layer["padding"]
        padding = f"P={padding}" if isinstance(padding, int) else padding
        return (
            f"Conv2D {layer['filters']} {layer['kernel_size']}×{layer['kernel_size']}, "
            f"S={layer['strides']}, {padding}, {layer['activation']}"
        )
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        return f"{kind} {layer['pool_size']}×{layer['pool_size']}, S={layer['strides']}"
    if kind == "Dense":
        return f"Dense {layer['units']}, {layer['activation']}"
    if kind == "Activation":
        return f"Activation {layer['activation']}"
    if kind == "Dropout":
        return f"Dropout {layer['rate']:g}"
    return kind


def shape_text(shape) -> str:
    return "—" if shape is None else "(" + ", ".join(str(v) for v in shape) + ")"


def parse_shape(text: str) -> tuple[int, ...] | None:
    """A shape typed by a student: ``(26, 26, 64)``, ``26x26x64`` or ``26 26 64``."""
    numbers = re.findall(r"\d+", text)
    return tuple(int(n) for n in numbers) if numbers else None


def parse_count(text: str) -> int | None:
    digits = re.sub(r"[\s,.\u00a0\u202f_']", "", text)
    return int(digits) if digits.isdigit() else None


class _SetStack(QUndoCommand):
    def __init__(self, tab: BuilderTab, old, new, text: str):
        super().__init__(text)
        self.tab, self.old, self.new = tab, old, new

    def redo(self):
        self.tab._apply(*self.new)

    def undo(self):
        self.tab._apply(*self.old)


class KerasChecker(QObject):
    """Builds the Keras model off the GUI thread and reports its rows."""

    sig_done = Signal(object)
    """Keras's rows: a list of (index, shape, params)."""

    sig_failed = Signal(str)
    """Building the model failed; the argument is the reason."""

    sig_finished = Signal()
    """The worker is done."""

    def __init__(self, input_shape, layers):
        super().__init__()
        self.input_shape, self.layers = input_shape, layers

    @Slot()
    def run(self) -> None:
        try:
            from ..ml.models import build_model, keras_rows

            self.sig_done.emit(keras_rows(build_model(self.input_shape, self.layers)))
        except Exception as error:  # reported to the user, never raised in a thread
            self.sig_failed.emit(f"{type(error).__name__}: {error}")
        finally:
            self.sig_finished.emit()


class NetworkDrawing(QWidget):
    """Each layer's output volume as a box, to scale on a log axis: the funnel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, tuple[int, ...] | None, bool]] = []
        self.setMinimumHeight(170)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(600, 200)

    def set_rows(self, rows) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        count = len(self.rows)
        slot = self.width() / count
        label_space = 2 * metrics.height() + 4
        top_space = 6
        usable = max(20, self.height() - label_space - top_space)
        # height: the number of values, log scale (the funnel from image to
        # vector); width: the depth D of image-shaped outputs
        sizes = [math.prod(shape) if shape else 1 for _, shape, _ in self.rows]
        biggest = max(math.log2(s + 1) for s in sizes)
        depths = [
            shape[-1] if shape and len(shape) == 3 else 1 for _, shape, _ in self.rows
        ]
        deepest = max(math.log2(d + 1) for d in depths)
        middle = top_space + usable / 2
        for index, (name, shape, ok) in enumerate(self.rows):
            x0 = index * slot
            if shape is None:
                painter.setPen(QColor("#b00020"))
                painter.drawText(
                    QRectF(x0, middle - 10, slot, 20), Qt.AlignmentFlag.AlignCenter, "✗"
                )
            else:
                height = max(4.0, usable * math.log2(math.prod(shape) + 1) / biggest)
                if len(shape) == 3:
                    width = max(
                        6.0, (slot * 0.7) * math.log2(shape[2] + 1) / max(deepest, 1)
                    )
                    color = QColor("#5b8bd9") if ok else QColor("#d95b5b")
                else:
                    width = max(4.0, slot * 0.12)
                    color = QColor("#59a869") if ok else QColor("#d95b5b")
                rect = QRectF(
                    x0 + (slot - width) / 2, middle - height / 2, width, height
                )
                painter.setPen(color.darker(150))
                painter.setBrush(QBrush(color))
                painter.drawRect(rect)
            painter.setPen(self.palette().color(self.foregroundRole()))
            text_top = top_space + usable + 2
            elided = metrics.elidedText(
                name, Qt.TextElideMode.ElideRight, int(slot) - 2
            )
            painter.drawText(
                QRectF(x0, text_top, slot, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                elided,
            )
            painter.drawText(
                QRectF(x0, text_top + metrics.height(), slot, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                metrics.elidedText(
                    shape_text(shape), Qt.TextElideMode.ElideRight, int(slot) - 2
                ),
            )
        painter.end()


class BuilderTab(QWidget):
    """Build a CNN layer by layer and see every size and parameter count."""

    sig_state_changed = Signal()
    """The stack or a setting changed (to be remembered)."""

    sig_train_requested = Signal()
    """The user asked to train this network (the training tab takes it)."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, parent: QWidget | None = None, quiet: bool = False):
        super().__init__(parent)
        self.quiet = quiet
        self.undo_stack = QUndoStack(self)
        self._input: tuple[int, int, int] = (28, 28, 1)
        self._layers: list[dict] = []
        self._rows: list[LayerRow] = []
        self._updating = False
        self._checker_thread = None
        self.last_folder = ""
        self._build()
        self._apply(*preset("fashion-cnn"))
        self.undo_stack.clear()

    # ---- construction
    def _build(self) -> None:
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(self.tr("Custom"), "")
        labels = {
            "mnist-dense": self.tr("Course: MNIST dense network (78 500 + 1 010)"),
            "fashion-cnn": self.tr(
                "Course: Fashion-MNIST CNN, printed summary (108 810)"
            ),
            "fashion-cnn-deep": self.tr("Course: deeper Fashion-MNIST CNN (82 870)"),
            "lenet5": self.tr("LeNet-5 (LeCun 1998), a classic beyond the course"),
        }
        for name in PRESETS:
            self.preset_combo.addItem(labels[name], name)
        self.preset_combo.activated.connect(self._on_preset)

        self.height_spin, self.width_spin, self.depth_spin = (
            QSpinBox(),
            QSpinBox(),
            QSpinBox(),
        )
        for spin, top in (
            (self.height_spin, 1024),
            (self.width_spin, 1024),
            (self.depth_spin, 64),
        ):
            spin.setRange(1, top)
            spin.valueChanged.connect(self._on_input)
        self.height_spin.setToolTip(
            self.tr("H, the input height in pixels (28 for MNIST).")
        )
        self.width_spin.setToolTip(self.tr("W, the input width in pixels."))
        self.depth_spin.setToolTip(
            self.tr("D, the number of channels: 1 for grey, 3 for colour.")
        )
        input_row = QHBoxLayout()
        for label, spin in (
            (self.tr("H"), self.height_spin),
            (self.tr("W"), self.width_spin),
            (self.tr("D"), self.depth_spin),
        ):
            input_row.addWidget(QLabel(label))
            input_row.addWidget(spin, 1)

        self.layer_list = QListWidget()
        self.layer_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.layer_list.setToolTip(
            self.tr(
                "The layers, input at the top. Drag to reorder; "
                "Delete removes, Ctrl+D duplicates, Ctrl+Up/Down moves."
            )
        )
        self.layer_list.model().rowsMoved.connect(self._on_rows_moved)
        self.layer_list.currentRowChanged.connect(self._show_editor)

        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add layer"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add_menu = QMenu(self.add_button)
        for kind in LAYER_TYPES:
            action = add_menu.addAction(kind)
            action.triggered.connect(lambda checked=False, k=kind: self.add_layer(k))
        self.add_button.setMenu(add_menu)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.up_button.setToolTip(self.tr("Move the layer up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move the layer down (Ctrl+Down)"))
        self.duplicate_button.clicked.connect(self.duplicate_layer)
        self.remove_button.clicked.connect(self.remove_layer)
        self.up_button.clicked.connect(lambda: self.move_layer(-1))
        self.down_button.clicked.connect(lambda: self.move_layer(+1))
        for keys, slot in (
            ("Delete", self.remove_layer),
            ("Ctrl+D", self.duplicate_layer),
            ("Ctrl+Up", lambda: self.move_layer(-1)),
            ("Ctrl+Down", lambda: self.move_layer(+1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.layer_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)

        self.editor_box = QGroupBox(self.tr("Selected layer"))
        self.editor_form = QFormLayout(self.editor_box)

        self.exercise_check = QCheckBox(self.tr("Exercise mode: hide the answers"))
        self.exercise_check.setToolTip(
            self.tr(
                "For the teacher: the shapes and counts are hidden; "
                "students type them, then Check answers."
            )
        )
        self.exercise_check.toggled.connect(self._on_exercise)
        self.check_answers_button = QPushButton(self.tr("Check answers"))
        self.check_answers_button.clicked.connect(self.check_answers)
        self.check_answers_button.setEnabled(False)
        self.keras_button = QPushButton(self.tr("Check with Keras"))
        self.keras_button.setToolTip(
            self.tr(
                "Build the model with Keras in the background and "
                "compare its summary with ours, row by row."
            )
        )
        self.keras_button.clicked.connect(self.check_with_keras)
        self.train_button = QPushButton(self.tr("Train this network"))
        self.train_button.setToolTip(
            self.tr("Open the training tab with this network.")
        )
        self.train_button.clicked.connect(self.sig_train_requested)
        self.open_button = QPushButton(self.tr("Open…"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.export_button = QPushButton(self.tr("Export Keras script…"))
        self.open_button.clicked.connect(self.ask_open)
        self.save_button.clicked.connect(self.ask_save)
        self.export_button.clicked.connect(self.ask_export_script)
        files = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.export_button):
            files.addWidget(button)

        left = QWidget()
        column = QVBoxLayout(left)
        form = QFormLayout()
        form.addRow(self.tr("Preset:"), self.preset_combo)
        form.addRow(self.tr("Input:"), input_row)
        column.addLayout(form)
        column.addWidget(self.layer_list, 1)
        column.addLayout(buttons)
        column.addWidget(self.editor_box)
        column.addWidget(self.exercise_check)
        column.addWidget(self.check_answers_button)
        column.addWidget(self.keras_button)
        column.addWidget(self.train_button)
        column.addLayout(files)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                "#",
                self.tr("Layer"),
                self.tr("Output shape"),
                self.tr("Parameters"),
                self.tr("Output size formula"),
                self.tr("Parameter formula"),
            ]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # sized once per refresh (ResizeToContents re-measured on every setItem)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(False)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.drawing = NetworkDrawing()
        self.keras_table = QTableWidget(0, 4)
        self.keras_table.setHorizontalHeaderLabels(
            [
                self.tr("Layer"),
                self.tr("Keras output shape"),
                self.tr("Keras parameters"),
                self.tr("Agreement"),
            ]
        )
        self.keras_table.verticalHeader().hide()
        self.keras_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.keras_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keras_label = QLabel(
            self.tr("Keras's own summary appears here after Check with Keras.")
        )
        self.keras_label.setWordWrap(True)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(self.table, 3)
        right_column.addWidget(self.totals)
        right_column.addWidget(self.problems)
        right_column.addWidget(self.drawing, 2)
        right_column.addWidget(self.keras_label)
        right_column.addWidget(self.keras_table, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 940])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    # ---- public API
    def stack(self) -> tuple[tuple[int, int, int], list[dict]]:
        """(input shape H, W, D, a copy of the layers)."""
        return self._input, copy.deepcopy(self._layers)

    def rows(self) -> list[LayerRow]:
        return self._rows

    def set_stack(self, input_shape, layers, text: str | None = None) -> None:
        """Replace the whole stack (undoable); raises StackError if malformed."""
        from ..core.layers import validate_stack

        shape, clean = validate_stack(input_shape, layers)
        self._push(shape, clean, text or self.tr("Set network"))

    def add_layer(self, kind: str) -> None:
        row = self.layer_list.currentRow()
        layers = copy.deepcopy(self._layers)
        position = row + 1 if row >= 0 else len(layers)
        layers.insert(position, default_layer(kind))
        self._push(self._input, layers, self.tr("Add %s") % kind, select=position)

    def remove_layer(self) -> None:
        row = self.layer_list.currentRow()
        if row < 0:
            return
        layers = copy.deepcopy(self._layers)
        kind = layers.pop(row)["type"]
        self._push(
            self._input,
            layers,
            self.tr("Remove %s") % kind,
            select=min(row, len(layers) - 1),
        )

    def duplicate_layer(self) -> None:
        row = self.layer_list.currentRow()
        if row < 0:
            return
        layers = copy.deepcopy(self._layers)
        layers.insert(row + 1, copy.deepcopy(layers[row]))
        self._push(
            self._input,
            layers,
            self.tr("Duplicate %s") % layers[row]["type"],
            select=row + 1,
        )

    def move_layer(self, step: int) -> None:
        row = self.layer_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._layers):
            return
        layers = copy.deepcopy(self._layers)
        layers.insert(target, layers.pop(row))
        self._push(
            self._input,
            layers,
            self.tr("Move %s") % layers[target]["type"],
            select=target,
        )

    def set_layer_field(self, row: int, key: str, value) -> None:
        """Change one field of one layer (undoable)."""
        if self._layers[row].get(key) == value:
            return
        layers = copy.deepcopy(self._layers)
        layers[row][key] = value
        self._push(
            self._input, layers, self.tr("Edit %s") % layers[row]["type"], select=row
        )

    # ---- undoable changes
    def _push(self, shape, layers, text, select: int | None = None) -> None:
        old = (self._input, copy.deepcopy(self._layers), self.layer_list.currentRow())
        new = (
            tuple(shape),
            copy.deepcopy(layers),
            self.layer_list.currentRow() if select is None else select,
        )
        self.undo_stack.push(_SetStack(self, old, new, text))

    def _apply(self, shape, layers, select: int = -1) -> None:
        self._updating = True
        try:
            self._input = tuple(shape)
            self._layers = copy.deepcopy(layers)
            for spin, value in zip(
                (self.height_spin, self.width_spin, self.depth_spin),
                self._input,
                strict=True,
            ):
                spin.setValue(value)
            self.layer_list.clear()
            for index, layer in enumerate(self._layers):
                self.layer_list.addItem(
                    QListWidgetItem(f"{index + 1}. {describe(layer)}")
                )
            matching = [n for n in PRESETS if preset(n) == (self._input, self._layers)]
            self.preset_combo.setCurrentIndex(
                max(0, self.preset_combo.findData(matching[0] if matching else ""))
            )
            if self._layers:
                self.layer_list.setCurrentRow(
                    max(0, min(select, len(self._layers) - 1))
                )
        finally:
            self._updating = False
        self._show_editor(self.layer_list.currentRow())
        self._refresh()

    # ---- the table, the drawing
    def _refresh(self) -> None:
        self._rows = summarize(self._input, self._layers)
        locale = QLocale()
        exercise = self.exercise_check.isChecked()
        self.table.setUpdatesEnabled(False)
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self._rows) + 1)
            self._set_row(
                0,
                ["", self.tr("Input"), shape_text(self._input), "0", "", ""],
                editable=False,
            )
            problems = []
            for row in self._rows:
                values = [
                    str(row.index + 1),
                    describe(self._layers[row.index]),
                    "" if exercise else shape_text(row.shape),
                    ""
                    if exercise
                    else (locale.toString(row.params) if row.shape else "—"),
                    "" if exercise else tm(row.shape_formula),
                    "" if exercise else tm(row.params_formula),
                ]
                self._set_row(row.index + 1, values, editable=exercise)
                color = (
                    BAD if row.error else WARN if (row.warning or row.notes) else None
                )
                for col in range(6):
                    item = self.table.item(row.index + 1, col)
                    if color is not None and not exercise:
                        item.setBackground(color)
                    tip = tm(row.error or row.warning) or "; ".join(
                        tm(n) for n in row.notes
                    )
                    if tip:
                        item.setToolTip(tip)
                if (
                    row.error and row.error.template != MESSAGES[9]
                ):  # not "not computed"
                    problems.append(
                        self.tr("Layer %1 (%2): %3")
                        .replace("%1", str(row.index + 1))
                        .replace("%2", row.kind)
                        .replace("%3", tm(row.error))
                    )
                elif row.warning:
                    problems.append(
                        self.tr("Layer %1 (%2): %3")
                        .replace("%1", str(row.index + 1))
                        .replace("%2", row.kind)
                        .replace("%3", tm(row.warning))
                    )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch
        )
        self.table.setUpdatesEnabled(True)
        total = total_params(self._rows)
        if exercise:
            text = self.tr(
                "Exercise mode: type each output shape and parameter count, "
                "then press Check answers."
            )
        elif all(row.ok for row in self._rows):
            text = (
                self.tr(
                    "Total: %1 parameters, %2 KiB of weights in float32 (4 bytes each)."
                )
                .replace("%1", locale.toString(total))
                .replace("%2", locale.toString(total * 4 / 1024, "f", 1))
            )
        else:
            text = self.tr(
                "No total until the marked layer is fixed (%1 parameters in the layers above it)."
            ).replace("%1", locale.toString(total))
        self.totals.setText(text)
        self.problems.setText(
            "<br>".join(f"<span style='color:#a03000'>{p}</span>" for p in problems)
        )
        drawing = [(self.tr("Input"), self._input, True)] + [
            (row.kind.replace("Pooling2D", "Pool"), row.shape, not row.error)
            for row in self._rows
        ]
        self.drawing.set_rows(drawing)
        self.keras_table.setRowCount(0)
        self.sig_state_changed.emit()

    def _set_row(self, index: int, values, editable: bool) -> None:
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # the whole formula when the column is narrow
            flags = item.flags()
            if not (editable and col in (SHAPE_COLUMN, PARAMS_COLUMN)):
                flags &= ~Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            self.table.setItem(index, col, item)

    # ---- the layer editor
    def _show_editor(self, row: int) -> None:
        while self.editor_form.rowCount():
            self.editor_form.removeRow(0)
        if self._updating or not 0 <= row < len(self._layers):
            self.editor_box.setTitle(self.tr("Selected layer"))
            return
        layer = self._layers[row]
        kind = layer["type"]
        self.editor_box.setTitle(
            self.tr("Layer %1: %2").replace("%1", str(row + 1)).replace("%2", kind)
        )
        tips = {
            "filters": self.tr("K, the number of filters: the depth of the output."),
            "kernel_size": self.tr("F, the side of each filter (F×F×D weights)."),
            "strides": self.tr("S, the step of the window."),
            "padding": self.tr(
                "valid: no padding (P = 0). same: Keras pads so the output is ceil(W/S). "
                "Or a number P of zero rows and columns on each side."
            ),
            "activation": self.tr("The function applied to each output."),
            "pool_size": self.tr("F, the side of each pooling cell."),
            "units": self.tr(
                "The number of neurons; each has one weight per input plus a bias."
            ),
            "rate": self.tr(
                "The share of inputs set to zero at random during training; no parameter."
            ),
        }
        names = {
            "filters": self.tr("Filters K:"),
            "kernel_size": self.tr("Kernel F:"),
            "strides": self.tr("Stride S:"),
            "padding": self.tr("Padding:"),
            "activation": self.tr("Activation:"),
            "pool_size": self.tr("Window F:"),
            "units": self.tr("Units:"),
            "rate": self.tr("Rate:"),
        }
        for key in LAYER_TYPES[kind]:
            value = layer[key]
            if key in ("filters", "kernel_size", "strides", "pool_size", "units"):
                widget = QSpinBox()
                widget.setRange(1, {"filters": 1024, "units": 100000}.get(key, 32))
                widget.setValue(value)
                widget.valueChanged.connect(
                    lambda v, k=key, r=row: self.set_layer_field(r, k, v)
                )
            elif key == "rate":
                widget = QDoubleSpinBox()
                widget.setRange(0.0, 0.95)
                widget.setSingleStep(0.05)
                widget.setValue(value)
                widget.valueChanged.connect(
                    lambda v, k=key, r=row: self.set_layer_field(r, k, round(v, 4))
                )
            elif key == "padding":
                widget = QComboBox()
                widget.addItem("valid", "valid")
                widget.addItem("same", "same")
                for p in range(1, 6):
                    widget.addItem(f"P = {p}", p)
                widget.setCurrentIndex(max(0, widget.findData(value)))
                widget.currentIndexChanged.connect(
                    lambda i, w=widget, r=row: self.set_layer_field(
                        r, "padding", w.itemData(i)
                    )
                )
            else:
                widget = QComboBox()
                for name in ACTIVATIONS:
                    widget.addItem(name, name)
                widget.setCurrentIndex(max(0, widget.findData(value)))
                widget.currentIndexChanged.connect(
                    lambda i, w=widget, r=row: self.set_layer_field(
                        r, "activation", w.itemData(i)
                    )
                )
            widget.setToolTip(tips[key])
            self.editor_form.addRow(names[key], widget)
        if not LAYER_TYPES[kind]:
            self.editor_form.addRow(
                QLabel(
                    self.tr(
                        "Flatten has no setting: it lines the values up "
                        "into one vector of H×W×D numbers."
                    )
                )
            )

    # ---- slots
    def _on_preset(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        if name:
            shape, layers = preset(name)
            self._push(
                shape,
                layers,
                self.tr("Preset %s") % self.preset_combo.itemText(index),
                select=0,
            )

    def _on_input(self, *_):
        if self._updating:
            return
        shape = (
            self.height_spin.value(),
            self.width_spin.value(),
            self.depth_spin.value(),
        )
        if shape != self._input:
            self._push(
                shape,
                self._layers,
                self.tr("Input %1").replace("%1", shape_text(shape)),
            )

    def _on_rows_moved(self, parent, start, end, destination, row) -> None:
        target = row if row < start else row - 1
        layers = copy.deepcopy(self._layers)
        layers.insert(target, layers.pop(start))
        # rebuild through the undo stack so the drag can be undone
        self._push(
            self._input,
            layers,
            self.tr("Move %s") % layers[target]["type"],
            select=target,
        )

    def _on_exercise(self, on: bool) -> None:
        self.check_answers_button.setEnabled(on)
        self._refresh()

    def check_answers(self) -> tuple[int, int]:
        """Mark the typed shapes and counts right or wrong; return (right, asked)."""
        right = asked = 0
        wrong = []
        for row in self._rows:
            if row.shape is None:
                continue
            r = row.index + 1
            shape_item = self.table.item(r, SHAPE_COLUMN)
            params_item = self.table.item(r, PARAMS_COLUMN)
            for item, good, formula in (
                (
                    shape_item,
                    parse_shape(shape_item.text()) == row.shape,
                    tm(row.shape_formula),
                ),
                (
                    params_item,
                    parse_count(params_item.text()) == row.params,
                    tm(row.params_formula),
                ),
            ):
                asked += 1
                item.setBackground(GOOD if good else BAD)
                if good:
                    right += 1
                else:
                    item.setToolTip(formula)
                    wrong.append(
                        self.tr("Layer %1: %2")
                        .replace("%1", str(r))
                        .replace("%2", formula)
                    )
        self.totals.setText(
            self.tr("%1 of %2 answers right.")
            .replace("%1", str(right))
            .replace("%2", str(asked))
        )
        self.problems.setText("<br>".join(wrong))
        return right, asked

    # ---- Keras
    def check_with_keras(self) -> None:
        if self._checker_thread is not None:
            return
        if not all(row.ok for row in self._rows):
            self.keras_label.setText(
                self.tr(
                    "Fix the marked layer first: Keras would refuse this network too."
                )
            )
            return
        self.keras_button.setEnabled(False)
        self.keras_label.setText(self.tr("Building the model with Keras…"))
        self._checker = KerasChecker(*self.stack())
        self._checker.sig_done.connect(self._on_keras_done)
        self._checker.sig_failed.connect(self._on_keras_failed)
        self._checker.sig_finished.connect(self._on_keras_finished)
        self._checker_thread = threads.start(
            self._checker, self._checker.run, self._checker.sig_finished
        )

    @Slot(object)
    def _on_keras_done(self, keras_rows) -> None:
        ours = {row.index: row for row in self._rows}
        self.keras_table.setRowCount(len(keras_rows))
        agree = 0
        for line, (index, shape, params) in enumerate(keras_rows):
            row = ours.get(index)
            same = row is not None and row.shape == shape and row.params == params
            agree += same
            values = [
                f"{index + 1}. {row.kind if row else '?'}",
                shape_text(shape),
                str(params),
                "✓"
                if same
                else self.tr("✗ ours: %1, %2")
                .replace("%1", shape_text(row.shape if row else None))
                .replace("%2", str(row.params if row else "?")),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(GOOD if same else BAD)
                self.keras_table.setItem(line, col, item)
        self.keras_label.setText(
            self.tr("Keras agrees on %1 of %2 layers.")
            .replace("%1", str(agree))
            .replace("%2", str(len(keras_rows)))
        )

    @Slot(str)
    def _on_keras_failed(self, reason: str) -> None:
        self.keras_label.setText(
            self.tr("Keras could not build this model: %1").replace("%1", reason)
        )

    @Slot()
    def _on_keras_finished(self) -> None:
        self._checker_thread = None
        self.keras_button.setEnabled(True)

    # ---- files
    def to_json(self) -> str:
        return json.dumps(
            {
                "format": "guiapp-network",
                "version": 1,
                "input": list(self._input),
                "layers": self._layers,
            },
            indent=2,
        )

    def load_json(self, text: str) -> None:
        """Load a saved network; raise StackError with a clear message if it is not one."""
        try:
            data = json.loads(text)
        except ValueError as error:
            raise StackError(
                self.tr("this is not a JSON file (%1)").replace("%1", str(error))
            ) from None
        if not isinstance(data, dict) or data.get("format") != "guiapp-network":
            raise StackError(
                self.tr(
                    'this JSON file is not a guiapp network (no "format": "guiapp-network")'
                )
            )
        self.set_stack(data.get("input"), data.get("layers"), self.tr("Open network"))

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open network"),
            self.last_folder,
            self.tr("guiapp networks (*.json)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path) -> bool:
        path = Path(path)
        try:
            self.load_json(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, StackError) as error:
            message = (
                self.tr("%1 cannot be opened: %2")
                .replace("%1", path.name)
                .replace(
                    "%2",
                    tm(error.args[0]) if isinstance(error, StackError) else str(error),
                )
            )
            self.sig_status.emit(message)
            if not self.quiet:
                QMessageBox.warning(self, self.tr("Cannot open this network"), message)
            return False
        self.last_folder = str(path.parent)
        return True

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save network"),
            self.last_folder,
            self.tr("guiapp networks (*.json)"),
        )
        if path:
            Path(path if path.endswith(".json") else path + ".json").write_text(
                self.to_json(), encoding="utf-8"
            )

    def ask_export_script(self) -> None:
        from ..ml.models import keras_script

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Keras script"),
            self.last_folder,
            self.tr("Python scripts (*.py)"),
        )
        if path:
            Path(path if path.endswith(".py") else path + ".py").write_text(
                keras_script(*self.stack()), encoding="utf-8"
            )

    # ---- state
    def state(self) -> dict:
        return {
            "input": list(self._input),
            "layers": copy.deepcopy(self._layers),
            "exercise": self.exercise_check.isChecked(),
            "last_folder": self.last_folder,
        }

    def restore(self, state: dict) -> None:
        try:
            self._apply(*self._validated(state))
            self.exercise_check.setChecked(bool(state.get("exercise", False)))
            self.last_folder = str(state.get("last_folder", ""))
        except (StackError, TypeError, AttributeError):
            pass  # a damaged state never stops the app
        self.undo_stack.clear()

    @staticmethod
    def _validated(state):
        from ..core.layers import validate_stack

        return validate_stack(state.get("input"), state.get("layers"))

    def wait(self, timeout_ms: int = 30000) -> None:
        """Wait for a running Keras check (on close)."""
        self.stop()

    def stop(self) -> None:
        """Wait for a running Keras check (on close)."""
        if self._checker_thread is not None:
            self._checker_thread.wait(30000)
