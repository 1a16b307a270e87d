"""The CNN builder tab (course part 1, section 3): a network layer by layer,
with every output size and parameter count explained, numbers put in.

The tab assembles the views; each renders from the :class:`BuilderState` and
changes it through the undo stack (:class:`StackEditor`). "Check with Keras"
runs :func:`guiapp.ml.models.check_stack` as a job of the window's
KerasSession: off the GUI thread, stopped when the stack changes or the window
closes.
"""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.layers import LayerRow, Message, StackError
from ...core.messages import shorten
from ...ml.models import check_stack, keras_script
from ...presets import PRESETS
from ..common import bind
from ..common.files import ask_open_path, ask_save_path, explain, write_text
from ..common.number_box import label_text, number_box
from ..common.tab import Tab, TabContext
from ..common.texts import set_item_texts
from ..i18n import translate_message as tm
from ..preset_names import preset_title
from .drawing import NetworkDrawing
from .edits import StackEditor
from .keras_panel import KerasPanel
from .layer_editor import LayerEditor
from .layer_list import LayerList
from .receptive_view import ReceptiveView
from .state import (
    FILE_MESSAGES,
    INPUT_LIMITS,
    KERAS_CHECK_LIMIT,
    MAX_FILE_BYTES,
    NETWORK,
    BuilderState,
    NetworkFile,
    file_too_big,
)
from .summary_table import SummaryTable
from .wrapped_check import WrappedCheckBox

#: the KerasSession job's name
KERAS_JOB = "check-keras"
#: how many characters of a file's name a message echoes
NAME_LIMIT = 40
#: how many "ignored" sentences the status bar shows after Open
IGNORED_SHOWN = 3
#: the preset combo's width, in characters (longer names are elided)
PRESET_CHARACTERS = 16
#: the side panel takes 1/SIDE_SHARE of the tab's width, or what it needs
SIDE_SHARE = 4


class _PanelLayout(QVBoxLayout):
    """The side panel's column, sized by its minimum and preferred heights.

    A scroll area never makes a height-for-width widget shorter than its
    preferred height (the wrapped rows make the column one): the panel would
    scroll at 100 % while the layer list could give room. Its rows still wrap
    (their minimum heights allow it)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False


class BuilderTab(Tab):
    """Build a CNN layer by layer and see every size and parameter count."""

    name = "builder"

    sig_train_requested = Signal()
    """The user asked to train this network (the training tab takes it)."""

    def __init__(self, state: BuilderState, context: TabContext, parent=None):
        super().__init__(state, context, parent)
        self.editor = StackEditor(state, self)
        self._checked_network = None  # the stack the running Keras check builds
        self._side_fitted = False  # the splitter's widths set at the first show
        self._zoomed = False  # a font change waits for the side panel's layout
        self._build()
        state.subscribe(self._on_state)
        self._render_input()

    # ---- construction
    def _build(self) -> None:
        state, texts = self.state, self.texts
        self.preset_combo = QComboBox()
        # as wide as the panel, not as its longest name (read whole in the
        # tooltip and the list)
        self.preset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.preset_combo.setMinimumContentsLength(PRESET_CHARACTERS)
        self.preset_combo.addItem("", "")
        for name in PRESETS:
            self.preset_combo.addItem("", name)
        texts(lambda: set_item_texts(self.preset_combo, self._preset_labels()))
        texts(self._render_preset_tip)
        self.preset_combo.currentIndexChanged.connect(self._render_preset_tip)
        self.preset_combo.activated.connect(self._on_preset)

        # typing 28 is one edit, not 2 then 28; what is typed is taken as it
        # is, or refused with a sentence that names H, W or D
        self.input_spins = [number_box(1, top) for top in INPUT_LIMITS]
        for axis, spin in enumerate(self.input_spins):
            spin.valueChanged.connect(
                lambda value, axis=axis: self.editor.set_input_axis(axis, value)
            )
        height, width, depth = self.input_spins
        texts(
            lambda: height.setToolTip(
                self.tr("H, the input height in pixels (28 for MNIST).")
            )
        )
        texts(lambda: width.setToolTip(self.tr("W, the input width in pixels.")))
        texts(
            lambda: depth.setToolTip(
                self.tr("D, the number of channels: 1 for grey, 3 for colour.")
            )
        )
        input_row = QHBoxLayout()
        input_label = QLabel()
        for text, spin in (
            (lambda: self.tr("H"), height),
            (lambda: self.tr("W"), width),
            (lambda: self.tr("D"), depth),
        ):
            label = QLabel()
            texts(lambda label=label, text=text: label.setText(text()))
            label.setBuddy(spin)  # a screen reader names the box "H", "W", "D"
            # a refused number names it "Input H" (the row's label and its own)
            spin.set_field_name(
                lambda label=label: (
                    f"{label_text(input_label.text())} {label_text(label.text())}"
                )
            )
            input_row.addWidget(label)
            input_row.addWidget(spin, 1)

        self.layer_list = LayerList(state, self.editor)
        self.layer_editor = LayerEditor(state, self.editor)
        self.receptive_view = ReceptiveView(state)

        # its sentence wraps: at 200 % it would set the side panel's width
        self.exercise_check = bind.check_box(state, "exercise", WrappedCheckBox())
        texts(
            lambda: self.exercise_check.setText(
                self.tr("Exercise mode: hide the answers")
            )
        )
        texts(
            lambda: self.exercise_check.setToolTip(
                self.tr(
                    "For the teacher: the shapes and counts are hidden; "
                    "students type them, then Check answers."
                )
            )
        )
        self.check_answers_button = QPushButton()
        texts(lambda: self.check_answers_button.setText(self.tr("Check answers")))
        texts(
            lambda: self.check_answers_button.setToolTip(
                self.tr(
                    "Mark the answers typed: right in green, wrong in red with "
                    "the formula. Blank answers are not marked."
                )
            )
        )
        self.check_answers_button.clicked.connect(self.check_answers)
        self.reveal_button = QPushButton()
        texts(
            lambda: self.reveal_button.setToolTip(
                self.tr("For the teacher: show the selected layer's answers.")
            )
        )
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.reveal_all_button = QPushButton()
        texts(lambda: self.reveal_all_button.setText(self.tr("Reveal all")))
        texts(
            lambda: self.reveal_all_button.setToolTip(
                self.tr("For the teacher: show every answer.")
            )
        )
        self.reveal_all_button.clicked.connect(self.reveal_all)
        self.keras_button = QPushButton()
        texts(lambda: self.keras_button.setText(self.tr("Check with Keras")))
        texts(
            lambda: self.keras_button.setToolTip(
                self.tr(
                    "Build the model with Keras in the background and "
                    "compare its summary with ours, row by row."
                )
            )
        )
        self.keras_button.clicked.connect(self.check_with_keras)
        self.train_button = QPushButton()
        texts(lambda: self.train_button.setText(self.tr("Train this network")))
        texts(
            lambda: self.train_button.setToolTip(
                self.tr("Open the training tab with this network.")
            )
        )
        self.train_button.clicked.connect(self.request_training)
        self.open_button = QPushButton()
        self.save_button = QPushButton()
        self.export_button = QPushButton()
        texts(lambda: self.open_button.setText(self.tr("Open…")))
        texts(lambda: self.save_button.setText(self.tr("Save…")))
        texts(lambda: self.export_button.setText(self.tr("Export Keras script…")))
        self.open_button.clicked.connect(self.ask_open)
        self.save_button.clicked.connect(self.ask_save)
        self.export_button.clicked.connect(self.ask_export_script)
        files = QGridLayout()
        files.addWidget(self.open_button, 0, 0)
        files.addWidget(self.save_button, 0, 1)
        files.addWidget(self.export_button, 1, 0, 1, 2)

        left = QWidget()
        column = _PanelLayout(left)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        preset_label = QLabel()
        texts(lambda: preset_label.setText(self.tr("Preset:")))
        texts(lambda: input_label.setText(self.tr("Input:")))
        preset_label.setBuddy(self.preset_combo)
        input_label.setBuddy(height)
        form.addRow(preset_label, self.preset_combo)
        form.addRow(input_label, input_row)
        column.addLayout(form)
        column.addWidget(self.layer_list, 1)
        column.addWidget(self.layer_editor)
        column.addWidget(self.receptive_view)
        column.addWidget(self.exercise_check)
        for button in (
            self.check_answers_button,
            self.reveal_button,
            self.reveal_all_button,
        ):
            column.addWidget(button)  # one a row: the panel stays narrow
        column.addWidget(self.keras_button)
        column.addWidget(self.train_button)
        column.addLayout(files)
        # the side panel scrolls when the zoomed text makes it taller than the
        # screen; its width follows the font (see _fit_side_panel)
        self.side = QScrollArea()
        self.side.setObjectName(self.SIDE_PANEL)  # hidden in presentation mode
        self.side.setWidget(left)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.summary = SummaryTable(state)
        self.drawing = NetworkDrawing(state)
        self.keras_panel = KerasPanel(state)
        # the table, the drawing and Keras's rows share the height; the
        # teacher can give one more by dragging
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        for widget, stretch in (
            (self.summary, 3),
            (self.drawing, 2),
            (self.keras_panel, 2),
        ):
            right.addWidget(widget)
            right.setStretchFactor(right.indexOf(widget), stretch)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        left.installEventFilter(self)  # its layout changes: _fit_side_panel
        self._fit_side_panel()

    def _fit_side_panel(self, give_back: bool = True) -> None:
        """The side panel as wide as its widest control in the current font (the
        zoom), the rest to the table (``give_back``: narrower if it was wider)."""
        content = self.side.widget()
        bar = self.side.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = content.minimumSizeHint().width() + bar
        if self.side.minimumWidth() != width:
            self.side.setMinimumWidth(width)
        total = sum(self.splitter.sizes())
        wanted = max(width, total // SIDE_SHARE)  # a quarter of a wide screen
        if give_back and total > wanted and self.splitter.sizes()[0] != wanted:
            self.splitter.setSizes([wanted, total - wanted])

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if watched is self.side.widget() and event.type() == QEvent.Type.LayoutRequest:
            # new texts or a new font: the width follows; after a zoom the
            # table gets back what the panel no longer needs
            self._fit_side_panel(give_back=self._zoomed)
            self._zoomed = False
        return super().eventFilter(watched, event)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._zoomed = True
            self._fit_side_panel()

    def showEvent(self, event):  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._side_fitted:  # once: later, the widths the user dragged stay
            self._side_fitted = True
            self._fit_side_panel()

    def _preset_labels(self) -> list[str]:
        return [self.tr("Custom")] + [self._preset_label(name) for name in PRESETS]

    def _preset_label(self, name: str) -> str:
        """A preset's name on screen (without its figures: they are the
        exercise's answers)."""
        return preset_title(name)

    def _render_preset_tip(self, *_) -> None:
        # the whole name, which a narrow combo elides
        self.preset_combo.setToolTip(self.preset_combo.currentText())

    # ---- public API: the window's
    @property
    def undo_stack(self):
        return self.editor.undo_stack

    def retranslate(self) -> None:
        super().retranslate()
        self._render_buttons()
        for view in (
            self.layer_editor,
            self.receptive_view,
            self.summary,
            self.drawing,
            self.keras_panel,
        ):
            view.retranslate()
        self.layer_list.texts.retranslate()

    def shutdown(self) -> None:
        """Stop a running Keras check (the session waits for it)."""
        self.session.stop(KERAS_JOB)

    # ---- public API: the stack (each edit is one undo step)
    def stack(self) -> tuple[tuple[int, int, int], list[dict]]:
        """(input shape H, W, D, a copy of the layers)."""
        return self.state.stack()

    def rows(self) -> list[LayerRow]:
        return self.state.rows()

    def set_stack(self, input_shape, layers, text: str | None = None) -> None:
        """Replace the whole stack (undoable); raises StackError if malformed."""
        self.editor.set_stack(input_shape, layers, text)

    def load_preset(self, name: str) -> None:
        """One of the course's networks (guiapp.presets), undoable."""
        self.editor.load_preset(name, lambda: self._preset_label(name))

    def select_layer(self, row: int) -> None:
        self.state.selection = row

    def add_layer(self, kind: str) -> None:
        """A layer of type ``kind`` after the selected one."""
        self.editor.add_layer(kind)

    def remove_layer(self) -> None:
        self.editor.remove_layer()

    def duplicate_layer(self) -> None:
        self.editor.duplicate_layer()

    def move_layer(self, step: int) -> None:
        self.editor.move_layer(step)

    def set_layer_field(self, row: int, key: str, value) -> None:
        """Change one field of one layer (undoable)."""
        self.editor.set_layer_field(row, key, value)

    def check_answers(self) -> tuple[int, int]:
        """Mark the typed shapes and counts right or wrong (blank ones are not
        marked); return (right, typed)."""
        return self.state.check_answers()

    def reveal_selected(self) -> None:
        """The teacher shows the selected layer's answers (exercise mode)."""
        if self.state.exercise and 0 <= self.state.selection < len(self.state.layers):
            self.state.reveal([self.state.selection])

    def reveal_all(self) -> None:
        """The teacher shows every answer (exercise mode)."""
        if self.state.exercise:
            self.state.reveal()

    def request_training(self) -> None:
        """Ask the window to train this network in the training tab."""
        self.sig_train_requested.emit()

    # ---- Keras
    def check_with_keras(self) -> None:
        """Build the model with Keras off the GUI thread and compare its rows."""
        state = self.state
        if self.session.busy(KERAS_JOB):
            return
        if not state.all_ok() or state.total() > KERAS_CHECK_LIMIT:
            state.keras_status = "refused"  # the panel says why
            return
        self._checked_network = state.network
        with state.batch():
            state.keras_rows = None
            state.keras_progress = (0, len(state.layers))
            state.keras_status = "running"
        job = self.session.start(KERAS_JOB, check_stack, *state.stack())
        job.sig_report.connect(self._on_keras_report)
        job.sig_done.connect(self._on_keras_done)
        job.sig_failed.connect(self._on_keras_failed)
        job.sig_stopped.connect(self._on_keras_stopped)
        job.sig_finished.connect(self._on_keras_finished)
        self._render_buttons()

    def is_checking(self) -> bool:
        """True while a Keras check runs."""
        return self.session.busy(KERAS_JOB)

    @Slot(object)
    def _on_keras_report(self, values) -> None:
        if values[0] == "layer" and self.state.keras_status == "running":
            self.state.keras_progress = tuple(values[1:])

    @Slot(object)
    def _on_keras_done(self, rows) -> None:
        state = self.state
        if state.network is not self._checked_network:
            state.keras_status = "idle"  # built for a stack changed since
            return
        with state.batch():
            state.keras_rows = rows
            state.keras_status = "done"

    @Slot(str)
    def _on_keras_failed(self, reason: str) -> None:
        with self.state.batch():
            self.state.keras_error = reason
            self.state.keras_status = "failed"

    @Slot()
    def _on_keras_stopped(self) -> None:
        self.state.keras_status = "idle"

    @Slot()
    def _on_keras_finished(self) -> None:
        self._checked_network = None
        self._render_buttons()

    # ---- files
    def to_json(self) -> str:
        return self.state.network_json()

    def load_json(self, content: bytes | str) -> NetworkFile:
        """Load a saved network (one undo step); raise StackError with a clear
        message if it is not one (then nothing changed)."""
        return self.editor.open_network(content, lambda: self.tr("Open network"))

    def open_file(self, path) -> bool:
        """Open a saved network; on failure say why (status bar, dialog) and keep
        the stack. A file larger than MAX_FILE_BYTES is refused before it is read."""
        path = Path(path)
        name = shorten(path.name, NAME_LIMIT)
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                raise StackError(Message(FILE_MESSAGES[12]))
            if info.st_size > MAX_FILE_BYTES:
                raise StackError(file_too_big(info.st_size))
            with path.open("rb") as file:
                read = self.load_json(file.read(MAX_FILE_BYTES + 1))
        except (OSError, StackError) as error:
            if isinstance(error, StackError):
                message = (
                    self.tr("%1 cannot be opened: %2")
                    .replace("%1", name)
                    .replace("%2", tm(error.args[0]))
                )
            else:  # the system's reason in words, naming the file and its folder
                message = explain(error, path, writing=False)
            self.tell(self.tr("Cannot open this network"), message)
            return False
        self.state.last_folder = str(path.parent)
        if read.ignored:
            notes = [tm(sentence) for sentence in read.ignored[:IGNORED_SHOWN]]
            if len(read.ignored) > IGNORED_SHOWN:
                notes.append("…")
            self.sig_status.emit(
                self.tr("%1 opened; %2")
                .replace("%1", name)
                .replace("%2", "; ".join(notes))
            )
        return True

    def save_file(self, path) -> bool:
        """Write the network file (whole or not at all)."""
        return self._write(path, self.to_json())

    def export_script(self, path) -> bool:
        """Write a Python script that builds this network with Keras."""
        return self._write(path, keras_script(*self.stack()))

    def _write(self, path, text: str) -> bool:
        path = Path(path)
        try:
            write_text(path, text)
        except OSError as error:  # why, naming the file and its folder
            self.tell(self.tr("Cannot save"), explain(error, path))
            return False
        self.state.last_folder = str(path.parent)
        return True

    def ask_open(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Open network"),
            self.state.last_folder,
            self.tr("guiapp networks (*.json)"),
        )
        if path:
            self.open_file(path)

    def _file_stem(self) -> str:
        """A name for the network's files: its preset's ("lenet5"), else "network"."""
        return self.state.preset_name() or "network"

    def ask_save(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Save network"),
            self.state.last_folder,
            self.tr("guiapp networks (*.json)"),
            ".json",
            name=self._file_stem() + ".json",
        )
        if path:
            self.save_file(path)

    def ask_export_script(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export Keras script"),
            self.state.last_folder,
            self.tr("Python scripts (*.py)"),
            ".py",
            name=self._file_stem().replace("-", "_") + ".py",
        )
        if path:
            self.export_script(path)

    # ---- rendering what the views do not own
    def _on_state(self, name: str) -> None:
        if name == NETWORK:
            self._render_input()
            if self.session.busy(KERAS_JOB):
                self.session.stop(KERAS_JOB)  # it builds a stack that is gone
        elif name in ("exercise", "keras_status", "selection", "revealed"):
            self._render_buttons()

    def _render_input(self) -> None:
        for spin, value in zip(self.input_spins, self.state.input_shape, strict=True):
            with QSignalBlocker(spin):
                spin.setValue(value)
        with QSignalBlocker(self.preset_combo):
            index = self.preset_combo.findData(self.state.preset_name())
            self.preset_combo.setCurrentIndex(max(0, index))
        self._render_preset_tip()
        self._render_buttons()

    def _render_buttons(self) -> None:
        state = self.state
        self.check_answers_button.setEnabled(state.exercise)
        row = state.selection
        self.reveal_button.setText(
            self.tr("Reveal layer %1").replace("%1", str(row + 1))
            if row >= 0
            else self.tr("Reveal layer")
        )
        self.reveal_button.setEnabled(
            state.exercise and row >= 0 and row not in state.revealed
        )
        self.reveal_all_button.setEnabled(
            state.exercise and len(state.revealed) < len(state.layers)
        )
        self.keras_button.setEnabled(not self.session.busy(KERAS_JOB))

    # ---- slots
    @Slot(int)
    def _on_preset(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        if name:
            self.load_preset(name)
