"""The RNN tab (course part 2): a series cut into windows, the NumPy cell by hand,
recurrent shapes, and the course's model trained on a noisy sine, animated."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import series
from ..core.layers import recurrent_outputs, recurrent_params
from ..core.rnn import RnnLayer
from .workers import TaskRunner, TrainWorker, start_training

RED, BLUE, GREY = QColor(210, 40, 40), QColor(40, 90, 200), QColor(120, 120, 120)


def _plot(title: str = "") -> pg.PlotWidget:
    plot = pg.PlotWidget(title=title)
    plot.setBackground(QColor(250, 250, 250))
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.setMenuEnabled(False)
    return plot


class RnnTrainWorker(TrainWorker):
    """Trains the RNN and sends the model's predictions every few epochs."""

    sig_predictions = Signal(int, object)
    """(epoch, predictions for every window as a NumPy array)."""

    def __init__(self, *args, windows: np.ndarray, every: int = 5, **kwargs):
        super().__init__(*args, **kwargs)
        self.windows, self.every = windows, every

    def _on_epoch(self, epoch: int, logs: dict) -> None:
        super()._on_epoch(epoch, logs)
        if (epoch + 1) % self.every == 0:
            from ..ml.rnn import predict

            self.sig_predictions.emit(epoch, predict(self.model, self.windows))


class RnnTab(QWidget):
    """From the NumPy recurrent cell to Keras SimpleRNN/LSTM/GRU on a sine."""

    sig_state_changed = Signal()
    """A setting worth remembering changed."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, parent: QWidget | None = None, quiet: bool = False):
        super().__init__(parent)
        self.quiet = quiet
        self.model = None
        self.predictions: np.ndarray | None = None
        self.epochs_done = 0
        self._thread = None
        self._worker = None
        self.tasks = TaskRunner(self)  # Keras work that is not training
        self._losses: list[float] = []
        self._frame = 0
        self._frame_times: list[float] = []
        self.pages = QTabWidget()
        self.pages.addTab(self._build_series_page(), self.tr("Series and windows"))
        self.pages.addTab(self._build_cell_page(), self.tr("The cell, by hand"))
        self.pages.addTab(self._build_shapes_page(), self.tr("Shapes"))
        self.pages.addTab(self._build_train_page(), self.tr("Train and animate"))
        self.pages.addTab(
            self._build_gradient_page(), self.tr("Gradients through time")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self._animation = QTimer(self)
        self._animation.setInterval(30)  # about 33 frames a second
        self._animation.timeout.connect(self.next_frame)
        self._redraw = QTimer(self)
        self._redraw.setInterval(100)
        self._redraw.timeout.connect(self._redraw_loss)
        self.regenerate()
        self.reset_cell()
        self.update_shapes()

    # ---- page 1: the series and its windows
    def _build_series_page(self) -> QWidget:
        self.signal_combo = QComboBox()
        labels = {
            "sine": self.tr("sin t (the course)"),
            "two_sines": self.tr("sum of two sines"),
            "square": self.tr("square wave"),
            "sawtooth": self.tr("sawtooth"),
            "damped_sine": self.tr("damped sine"),
        }
        for kind in series.SIGNALS:
            self.signal_combo.addItem(labels[kind], kind)
        self.start_spin, self.stop_spin, self.step_spin, self.noise_spin = (
            QDoubleSpinBox() for _ in range(4)
        )
        for spin, low, high, value, step in (
            (self.start_spin, -100, 100, 0.0, 1.0),
            (self.stop_spin, -100, 200, 10.0, 1.0),
            (self.step_spin, 0.01, 5, 0.1, 0.05),
            (self.noise_spin, 0, 2, 0.1, 0.05),
        ):
            spin.setRange(low, high)
            spin.setSingleStep(step)
            spin.setDecimals(2)
            spin.setValue(value)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 10**6)
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, 50)
        self.window_spin.setValue(6)
        self.window_spin.setToolTip(
            self.tr(
                "s, the number of past values the network reads to predict the next."
            )
        )
        self.train_spin = QSpinBox()
        self.train_spin.setRange(1, 10000)
        self.train_spin.setValue(80)
        self.train_spin.setToolTip(
            self.tr("The first windows train the network; the rest test it.")
        )
        for widget in (
            self.start_spin,
            self.stop_spin,
            self.step_spin,
            self.noise_spin,
        ):
            widget.valueChanged.connect(self.regenerate)
        for widget in (self.seed_spin, self.window_spin, self.train_spin):
            widget.valueChanged.connect(self.regenerate)
        self.signal_combo.currentIndexChanged.connect(self.regenerate)
        self.window_slider = QSlider(Qt.Orientation.Horizontal)
        self.window_slider.valueChanged.connect(self._show_window)
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)
        self.series_label = QLabel()
        self.series_label.setWordWrap(True)
        self.series_plot = _plot(self.tr("x = signal(t) + noise, cut into windows"))
        self.series_plot.addLegend(offset=(-10, 10))
        self.clean_curve = self.series_plot.plot(
            pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DashLine),
            name=self.tr("signal without noise"),
        )
        self.points = self.series_plot.plot(
            pen=None,
            symbol="o",
            symbolSize=5,
            symbolBrush=BLUE,
            name=self.tr("noisy series x"),
        )
        self.train_region = pg.LinearRegionItem(
            movable=False, brush=QColor(40, 160, 40, 30)
        )
        self.test_region = pg.LinearRegionItem(
            movable=False, brush=QColor(220, 120, 20, 30)
        )
        self.window_region = pg.LinearRegionItem(
            movable=False, brush=QColor(40, 90, 200, 50)
        )
        for region in (self.train_region, self.test_region, self.window_region):
            self.series_plot.addItem(region)
        self.target_point = self.series_plot.plot(
            pen=None,
            symbol="star",
            symbolSize=16,
            symbolBrush=RED,
            name=self.tr("target Y = x[i + s]"),
        )
        form = QFormLayout()
        form.addRow(self.tr("Signal:"), self.signal_combo)
        form.addRow(self.tr("t from:"), self.start_spin)
        form.addRow(self.tr("t to:"), self.stop_spin)
        form.addRow(self.tr("step:"), self.step_spin)
        form.addRow(self.tr("noise σ:"), self.noise_spin)
        form.addRow(self.tr("seed:"), self.seed_spin)
        form.addRow(self.tr("window s:"), self.window_spin)
        form.addRow(self.tr("training windows:"), self.train_spin)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addWidget(self.series_label)
        column.addStretch(1)
        left.setMaximumWidth(330)
        right = QVBoxLayout()
        right.addWidget(self.series_plot, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Window i:")))
        row.addWidget(self.window_slider, 1)
        right.addLayout(row)
        right.addWidget(self.window_label)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(left)
        layout.addLayout(right, 1)
        return page

    def regenerate(self, *_):
        """Make the series and its windows from the settings."""
        try:
            self.t, self.x = series.make_series(
                self.start_spin.value(),
                self.stop_spin.value(),
                self.step_spin.value(),
                self.noise_spin.value(),
                self.seed_spin.value(),
                self.signal_combo.currentData(),
            )
            self.X, self.Y = series.make_windows(self.x, self.window_spin.value())
        except ValueError as error:
            self.series_label.setText(f"<span style='color:#b00020'>{error}</span>")
            return
        train = min(self.train_spin.value(), len(self.X) - 1)
        (self.x_train, self.y_train), (self.x_test, self.y_test) = series.split(
            self.X, self.Y, train
        )
        s = self.window_spin.value()
        self.series_label.setText(
            self.tr(
                "t: %1 points. Windows of s = %2: X %3, Y %4. Training: the first %5 windows; "
                "test: the next %6."
            )
            .replace("%1", str(len(self.t)))
            .replace("%2", str(s))
            .replace("%3", str(self.X.shape))
            .replace("%4", str(self.Y.shape))
            .replace("%5", str(len(self.x_train)))
            .replace("%6", str(len(self.x_test)))
        )
        self.clean_curve.setData(
            self.t, series.clean_signal(self.t, self.signal_combo.currentData())
        )
        self.points.setData(self.t, self.x)
        step = self.step_spin.value()
        # window i predicts x[i + s], drawn at t[i + s]
        self.train_region.setRegion((self.t[s], self.t[s + train - 1] + step / 2))
        self.test_region.setRegion((self.t[s + train - 1] + step / 2, self.t[-1]))
        self.window_slider.setRange(0, len(self.X) - 1)
        self._show_window(self.window_slider.value())
        self.model = None  # a model trained on other data no longer fits
        self.predictions = None
        if hasattr(self, "prediction_curve"):
            self.prediction_curve.setData([], [])
            self._update_train_plot()
        self.sig_state_changed.emit()

    def _show_window(self, i: int) -> None:
        if not hasattr(self, "X") or not 0 <= i < len(self.X):
            return
        s = self.window_spin.value()
        step = self.step_spin.value()
        self.window_region.setRegion(
            (self.t[i] - step / 2, self.t[i + s - 1] + step / 2)
        )
        self.target_point.setData([self.t[i + s]], [self.Y[i, 0]])
        values = ", ".join(f"{v:.3f}" for v in self.X[i])
        self.window_label.setText(
            self.tr("X[%1] = [%2]  →  Y[%1] = x[%1 + s] = %3")
            .replace("%1", str(i))
            .replace("%2", values)
            .replace("%3", f"{self.Y[i, 0]:.3f}")
        )

    # ---- page 2: the cell by hand
    def _build_cell_page(self) -> QWidget:
        self.units_spin = QSpinBox()
        self.units_spin.setRange(1, 12)
        self.units_spin.setValue(3)
        self.input_spin = QSpinBox()
        self.input_spin.setRange(1, 6)
        self.input_spin.setValue(2)
        self.cell_activation = QComboBox()
        for name in ("sigmoid", "tanh", "relu", "linear"):
            self.cell_activation.addItem(name, name)
        self.cell_seed = QSpinBox()
        self.cell_seed.setRange(0, 10**6)
        self.sequence_table = QTableWidget()
        self.sequence_table.setToolTip(
            self.tr("The input sequence X, one row per time step; edit the numbers.")
        )
        self.sequence_table.itemChanged.connect(self._check_sequence_cell)
        self.sequence_message = QLabel()
        self.sequence_message.setWordWrap(True)
        self.sequence_message.setStyleSheet("color: #b00020;")
        self.preset_button = QPushButton(
            self.tr("Course example (3 units, input 2, sigmoid)")
        )
        self.preset_button.clicked.connect(self.course_cell)
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.clicked.connect(self.step_cell)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._play_cell)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset_cell)
        for widget in (self.units_spin, self.input_spin, self.cell_seed):
            widget.valueChanged.connect(self.reset_cell)
        self.cell_activation.currentIndexChanged.connect(self.reset_cell)
        self.equation = QLabel()
        self.equation.setWordWrap(True)
        self.equation.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.equation.setStyleSheet("font-family: monospace;")
        self.state_plot = _plot(self.tr("The state h_t, unit by unit"))
        self.state_plot.setYRange(-1.05, 1.05)
        self.state_bars = pg.BarGraphItem(
            x=np.arange(3), height=np.zeros(3), width=0.6, brush=BLUE
        )
        self.state_plot.addItem(self.state_bars)
        self.history_table = QTableWidget()
        self.history_table.setToolTip(
            self.tr("h after each step: one column per time step.")
        )
        self._cell_timer = QTimer(self)
        self._cell_timer.setInterval(700)
        self._cell_timer.timeout.connect(self.step_cell)
        form = QFormLayout()
        form.addRow(self.tr("Units:"), self.units_spin)
        form.addRow(self.tr("Input size:"), self.input_spin)
        form.addRow(self.tr("Activation f:"), self.cell_activation)
        form.addRow(self.tr("Seed of the weights:"), self.cell_seed)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.play_button, self.reset_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.preset_button)
        left.addWidget(QLabel(self.tr("Input sequence X:")))
        left.addWidget(self.sequence_table, 1)
        left.addWidget(self.sequence_message)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("h_t = f(Wx^T x_t + Wy^T h_(t-1) + b)")))
        right.addWidget(self.equation)
        right.addWidget(self.state_plot, 1)
        right.addWidget(self.history_table, 1)
        page = QWidget()
        layout = QHBoxLayout(page)
        holder = QWidget()
        holder.setLayout(left)
        holder.setMaximumWidth(360)
        layout.addWidget(holder)
        layout.addLayout(right, 1)
        return page

    def course_cell(self) -> None:
        """The course's example: RnnLayer(3, 2, sigmoid), X of shape (5, 2)."""
        self.units_spin.setValue(3)
        self.input_spin.setValue(2)
        self.cell_activation.setCurrentIndex(self.cell_activation.findData("sigmoid"))
        self._fill_sequence(
            np.array([[1, 1], [1, 2], [1, 3], [1, 2], [1, 3]], dtype=float)
        )
        self.reset_cell()

    def _fill_sequence(self, X: np.ndarray) -> None:
        self._sequence = np.array(X, dtype=float)
        blocker = QSignalBlocker(self.sequence_table)
        self.sequence_table.setRowCount(X.shape[0])
        self.sequence_table.setColumnCount(X.shape[1])
        for r in range(X.shape[0]):
            for c in range(X.shape[1]):
                self.sequence_table.setItem(r, c, QTableWidgetItem(f"{X[r, c]:g}"))
        del blocker

    def _check_sequence_cell(self, item: QTableWidgetItem) -> None:
        """A typed value must be a number: otherwise say so and put the old one back."""
        from .kernel_editor import format_number, parse_number

        row, col = item.row(), item.column()
        value = parse_number(item.text())
        if value is None:
            bad = item.text()
            blocker = QSignalBlocker(self.sequence_table)
            item.setText(format_number(self._sequence[row, col]))
            del blocker
            self.sequence_message.setText(
                self.tr('"%1" is not a number; the cell keeps %2.')
                .replace("%1", bad)
                .replace("%2", format_number(self._sequence[row, col]))
            )
            return
        self._sequence[row, col] = value
        self.sequence_message.clear()

    def sequence(self) -> np.ndarray:
        """The input sequence as typed (every cell holds a number)."""
        return self._sequence.copy()

    def reset_cell(self, *_):
        """New weights from the seed, state back to zero."""
        inputs = self.input_spin.value()
        if self.sequence_table.columnCount() != inputs:
            self._fill_sequence(np.tile(np.arange(1, inputs + 1, dtype=float), (5, 1)))
        self.cell = RnnLayer(
            self.units_spin.value(),
            inputs,
            self.cell_activation.currentData(),
            seed=self.cell_seed.value(),
        )
        self.history_table.setRowCount(self.units_spin.value())
        self.history_table.setColumnCount(0)
        self.history_table.setVerticalHeaderLabels(
            [f"h[{u}]" for u in range(self.units_spin.value())]
        )
        self.state_bars.setOpts(
            x=np.arange(self.cell.n_units), height=np.zeros(self.cell.n_units)
        )
        self.equation.setText(self.tr("t = 0: h is zero. Press Step to read x_0."))

    def step_cell(self) -> None:
        X = self.sequence()
        if self.cell.t >= len(X):
            self.play_button.setChecked(False)
            self.equation.setText(
                self.equation.text().split("\n\n")[0]
                + "\n\n"
                + self.tr("End of the sequence: the layer returns h = the last state.")
            )
            return
        step = self.cell.step(X[self.cell.t])

        def vector(v):
            return "[" + ", ".join(f"{float(a):.3f}" for a in np.ravel(v)) + "]"

        self.equation.setText(
            f"t = {step.t}:  x_t = {vector(step.x)}\n"
            f"Wx^T x_t = {vector(step.input_term)}\n"
            f"Wy^T h_(t-1) = {vector(step.state_term)}   (h_(t-1) = {vector(step.previous)})\n"
            f"b = {vector(self.cell.b)}\n"
            f"h_t = {self.cell.activation_name}(sum) = {vector(step.h)}"
        )
        self.state_bars.setOpts(height=np.ravel(step.h))
        column = self.history_table.columnCount()
        self.history_table.setColumnCount(column + 1)
        self.history_table.setHorizontalHeaderItem(
            column, QTableWidgetItem(f"t = {column}")
        )
        for unit, value in enumerate(np.ravel(step.h)):
            self.history_table.setItem(unit, column, QTableWidgetItem(f"{value:.4f}"))

    def _play_cell(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self._cell_timer.start() if playing else self._cell_timer.stop()

    # ---- page 3: shapes
    def _build_shapes_page(self) -> QWidget:
        self.kind_combo = QComboBox()
        for kind in ("SimpleRNN", "LSTM", "GRU"):
            self.kind_combo.addItem(kind, kind)
        self.batch_spin, self.steps_spin, self.features_spin, self.shape_units = (
            QSpinBox() for _ in range(4)
        )
        for spin, value in (
            (self.batch_spin, 1),
            (self.steps_spin, 5),
            (self.features_spin, 2),
            (self.shape_units, 3),
        ):
            spin.setRange(1, 4096)
            spin.setValue(value)
            spin.valueChanged.connect(self.update_shapes)
        self.sequences_check = QCheckBox("return_sequences")
        self.state_check = QCheckBox("return_state")
        for widget in (self.sequences_check, self.state_check):
            widget.toggled.connect(self.update_shapes)
        self.kind_combo.currentIndexChanged.connect(self.update_shapes)
        self.shape_presets = QComboBox()
        self.shape_presets.addItem(self.tr("Course cases…"), None)
        cases = [
            ("SimpleRNN(3) on (1, 5, 2)", ("SimpleRNN", 1, 5, 2, 3, False, False)),
            (
                "SimpleRNN(4, return_sequences, return_state) on (32, 5, 2)",
                ("SimpleRNN", 32, 5, 2, 4, True, True),
            ),
            ("LSTM(16) on (32, 20, 8)", ("LSTM", 32, 20, 8, 16, False, False)),
            (
                "LSTM(16, return_sequences, return_state) on (32, 20, 8)",
                ("LSTM", 32, 20, 8, 16, True, True),
            ),
        ]
        for label, case in cases:
            self.shape_presets.addItem(label, case)
        self.shape_presets.activated.connect(self._shape_preset)
        self.shapes_table = QTableWidget(0, 2)
        self.shapes_table.setHorizontalHeaderLabels(
            [self.tr("Returned"), self.tr("Shape")]
        )
        self.shapes_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.shapes_table.verticalHeader().hide()
        self.params_label = QLabel()
        self.params_label.setWordWrap(True)
        self.keras_shapes_button = QPushButton(self.tr("Check with Keras"))
        self.keras_shapes_button.clicked.connect(self.check_shapes_with_keras)
        self.keras_shapes_label = QLabel()
        self.keras_shapes_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Course cases:"), self.shape_presets)
        form.addRow(self.tr("Layer:"), self.kind_combo)
        form.addRow(self.tr("Batch:"), self.batch_spin)
        form.addRow(self.tr("Time steps:"), self.steps_spin)
        form.addRow(self.tr("Features:"), self.features_spin)
        form.addRow(self.tr("Units:"), self.shape_units)
        form.addRow(self.sequences_check)
        form.addRow(self.state_check)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.shapes_table)
        layout.addWidget(self.params_label)
        layout.addWidget(self.keras_shapes_button)
        layout.addWidget(self.keras_shapes_label)
        layout.addStretch(1)
        return page

    def _shape_preset(self, index: int) -> None:
        case = self.shape_presets.itemData(index)
        if case is None:
            return
        kind, batch, steps, features, units, sequences, state = case
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        for spin, value in (
            (self.batch_spin, batch),
            (self.steps_spin, steps),
            (self.features_spin, features),
            (self.shape_units, units),
        ):
            spin.setValue(value)
        self.sequences_check.setChecked(sequences)
        self.state_check.setChecked(state)

    def shape_settings(self):
        return (
            self.kind_combo.currentData(),
            self.batch_spin.value(),
            self.steps_spin.value(),
            self.features_spin.value(),
            self.shape_units.value(),
            self.sequences_check.isChecked(),
            self.state_check.isChecked(),
        )

    def update_shapes(self, *_):
        kind, batch, steps, features, units, sequences, state = self.shape_settings()
        outputs = recurrent_outputs(
            kind, batch, steps, features, units, sequences, state
        )
        names = {
            "output": self.tr("output"),
            "final state": self.tr("final state"),
            "memory state": self.tr("memory state (h)"),
            "carry state": self.tr("carry state (c)"),
        }
        self.shapes_table.setRowCount(len(outputs))
        for row, (name, shape) in enumerate(outputs):
            self.shapes_table.setItem(row, 0, QTableWidgetItem(names[name]))
            self.shapes_table.setItem(row, 1, QTableWidgetItem(str(shape)))
        count, formula = recurrent_params(kind, units, features)
        self.params_label.setText(
            self.tr("Parameters: %1").replace("%1", formula)
            + "   "
            + {
                "SimpleRNN": self.tr("(Wx: features×units, Wy: units×units, b: units)"),
                "LSTM": self.tr("(four gates, each like a SimpleRNN)"),
                "GRU": self.tr("(three gates, two biases each in Keras)"),
            }[kind]
        )
        self.keras_shapes_label.clear()

    def check_shapes_with_keras(self) -> None:
        settings = self.shape_settings()

        def ask_keras():
            import keras

            kind, batch, steps, features, units, sequences, state = settings
            layer = getattr(keras.layers, kind)(
                units, return_sequences=sequences, return_state=state
            )
            out = layer(np.zeros((batch, steps, features), np.float32))
            out = out if isinstance(out, (list, tuple)) else [out]
            return [tuple(o.shape) for o in out], layer.count_params()

        def done(result):
            shapes, count = result
            kind, batch, steps, features, units, sequences, state = settings
            ours = [shape for _, shape in recurrent_outputs(*settings)]
            same = (
                shapes == ours and count == recurrent_params(kind, units, features)[0]
            )
            self.keras_shapes_label.setText(
                ("✓ " if same else "✗ ")
                + self.tr("Keras: %1, %2 parameters.")
                .replace("%1", ", ".join(str(s) for s in shapes))
                .replace("%2", str(count))
            )

        self._run_task(ask_keras, done)

    # ---- page 4: training and the animation
    def _build_train_page(self) -> QWidget:
        self.cell_combo = QComboBox()
        for kind in ("SimpleRNN", "LSTM", "GRU"):
            self.cell_combo.addItem(kind, kind)
        self.rnn_units = QSpinBox()
        self.rnn_units.setRange(1, 256)
        self.rnn_units.setValue(20)
        self.rnn_activation = QComboBox()
        for name in ("relu", "tanh", "sigmoid"):
            self.rnn_activation.addItem(name, name)
        self.rnn_optimizer = QComboBox()
        for name, label in (("rmsprop", "RMSprop"), ("adam", "Adam"), ("sgd", "SGD")):
            self.rnn_optimizer.addItem(label, name)
        self.rnn_epochs = QSpinBox()
        self.rnn_epochs.setRange(1, 5000)
        self.rnn_epochs.setValue(200)
        self.rnn_lr = QDoubleSpinBox()
        self.rnn_lr.setDecimals(4)
        self.rnn_lr.setRange(0.0001, 1.0)
        self.rnn_lr.setSingleStep(0.0005)
        self.rnn_lr.setValue(0.001)
        self.rnn_clip = QDoubleSpinBox()
        self.rnn_clip.setRange(0.0, 100.0)
        self.rnn_clip.setSingleStep(0.5)
        self.rnn_clip.setToolTip(
            self.tr(
                "Gradient clipping: 0 is off; otherwise gradients longer than this "
                "are scaled down (against exploding gradients)."
            )
        )
        self.rnn_train_button = QPushButton(self.tr("Train"))
        self.rnn_stop_button = QPushButton(self.tr("Stop"))
        self.rnn_continue_button = QPushButton(self.tr("Continue"))
        self.rnn_train_button.clicked.connect(self.start_training)
        self.rnn_stop_button.clicked.connect(self.stop_training)
        self.rnn_continue_button.clicked.connect(
            lambda: self.start_training(resume=True)
        )
        self.rnn_status = QLabel(
            self.tr(
                "The course's model: SimpleRNN(20, relu) → Dense(5, relu) → "
                "Dense(1), 551 parameters; MSE, RMSprop, 200 epochs, batch 16."
            )
        )
        self.rnn_status.setWordWrap(True)
        self.forecast_spin = QSpinBox()
        self.forecast_spin.setRange(1, 500)
        self.forecast_spin.setValue(40)
        self.forecast_button = QPushButton(self.tr("Forecast beyond the data"))
        self.forecast_button.setToolTip(
            self.tr("Feed each prediction back as the next input, N times.")
        )
        self.forecast_button.clicked.connect(self.forecast)
        self.anim_play = QPushButton(self.tr("Play"))
        self.anim_play.setCheckable(True)
        self.anim_play.toggled.connect(self._play_animation)
        self.anim_step = QPushButton(self.tr("Step"))
        self.anim_step.clicked.connect(self.next_frame)
        self.anim_speed = QSlider(Qt.Orientation.Horizontal)
        self.anim_speed.setRange(1, 10)
        self.anim_speed.setValue(3)
        self.anim_speed.setToolTip(self.tr("Windows per second ÷ 3"))
        self.loss_plot = _plot(self.tr("Training loss (MSE)"))
        self.loss_plot.setLogMode(y=True)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen(BLUE, width=2))
        self.fit_plot = _plot(
            self.tr("Predictions (red) drawn at t + step·s, over the noisy points")
        )
        self.fit_plot.addLegend(offset=(-10, 10))
        self.fit_points = self.fit_plot.plot(
            pen=None,
            symbol="o",
            symbolSize=5,
            symbolBrush=BLUE,
            name=self.tr("noisy series"),
        )
        self.prediction_curve = self.fit_plot.plot(
            pen=pg.mkPen(RED, width=2), name=self.tr("prediction")
        )
        self.forecast_curve = self.fit_plot.plot(
            pen=pg.mkPen(QColor(150, 0, 150), width=2, style=Qt.PenStyle.DashLine),
            name=self.tr("forecast"),
        )
        self.truth_curve = self.fit_plot.plot(
            pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DotLine),
            name=self.tr("signal without noise"),
        )
        self.anim_window = pg.LinearRegionItem(
            movable=False, brush=QColor(40, 90, 200, 50)
        )
        self.fit_plot.addItem(self.anim_window)
        self.anim_dot = self.fit_plot.plot(
            pen=None, symbol="o", symbolSize=12, symbolBrush=RED
        )
        form = QFormLayout()
        form.addRow(self.tr("Cell:"), self.cell_combo)
        form.addRow(self.tr("Units:"), self.rnn_units)
        form.addRow(self.tr("Activation:"), self.rnn_activation)
        form.addRow(self.tr("Optimizer:"), self.rnn_optimizer)
        form.addRow(self.tr("Learning rate:"), self.rnn_lr)
        form.addRow(self.tr("Epochs:"), self.rnn_epochs)
        form.addRow(self.tr("clipnorm:"), self.rnn_clip)
        buttons = QGridLayout()
        buttons.addWidget(self.rnn_train_button, 0, 0)
        buttons.addWidget(self.rnn_stop_button, 0, 1)
        buttons.addWidget(self.rnn_continue_button, 1, 0, 1, 2)
        anim = QHBoxLayout()
        anim.addWidget(self.anim_play)
        anim.addWidget(self.anim_step)
        anim.addWidget(self.anim_speed, 1)
        forecast_row = QHBoxLayout()
        forecast_row.addWidget(QLabel(self.tr("N:")))
        forecast_row.addWidget(self.forecast_spin)
        forecast_row.addWidget(self.forecast_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.rnn_status)
        column.addWidget(
            QLabel(
                self.tr("Animation: the window slides, the next point appears in red.")
            )
        )
        column.addLayout(anim)
        column.addLayout(forecast_row)
        column.addStretch(1)
        left.setMaximumWidth(360)
        right = QVBoxLayout()
        right.addWidget(self.fit_plot, 3)
        right.addWidget(self.loss_plot, 1)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(left)
        layout.addLayout(right, 1)
        self._set_running(False)
        return page

    def _update_train_plot(self) -> None:
        self.fit_points.setData(self.t, self.x)
        self.truth_curve.setData(
            self.t, series.clean_signal(self.t, self.signal_combo.currentData())
        )
        self.forecast_curve.setData([], [])

    def is_training(self) -> bool:
        return self._thread is not None

    def _set_running(self, running: bool) -> None:
        self.rnn_train_button.setEnabled(not running)
        self.rnn_stop_button.setEnabled(running)
        self.rnn_continue_button.setEnabled(not running and self.model is not None)
        self.forecast_button.setEnabled(not running and self.model is not None)

    def start_training(self, resume: bool = False) -> bool:
        from ..ml.rnn import build_rnn, rnn_config
        from ..ml.training import compile_model, seed_everything

        if self.is_training():
            return False
        config = rnn_config(
            self.rnn_epochs.value(),
            self.rnn_optimizer.currentData(),
            self.rnn_lr.value(),
            self.seed_spin.value(),
            self.rnn_clip.value(),
        )
        window, cell = self.window_spin.value(), self.cell_combo.currentData()
        units, activation = self.rnn_units.value(), self.rnn_activation.currentData()

        def make():
            seed_everything(config.seed)
            return compile_model(build_rnn(window, cell, units, activation), config)

        if not resume or self.model is None:
            self.model, self.epochs_done, self._losses = None, 0, []
        self._update_train_plot()
        self._target = self.epochs_done + config.epochs
        self._worker = RnnTrainWorker(
            self.model,
            (self.x_train[..., None], self.y_train),
            config,
            initial_epoch=self.epochs_done,
            build=None if self.model else make,
            windows=self.X,
            images=False,
        )
        self._thread = start_training(self, self._worker)
        self._set_running(True)
        self._redraw.start()
        return True

    def stop_training(self) -> None:
        if self._worker is not None:
            self._worker.stop_event.set()

    def wait(self, timeout_ms: int = 5000) -> None:
        """Stop and wait for the worker threads (on close)."""
        self.stop_training()
        self._animation.stop()
        if self._thread is not None:
            self._thread.wait(timeout_ms)
        self.tasks.wait(timeout_ms)

    @Slot(object)
    def _on_model(self, model) -> None:
        self.model = model

    @Slot(int, object)
    def _on_epoch(self, epoch: int, logs: dict) -> None:
        self._losses.append(logs.get("loss", np.nan))
        self.epochs_done = epoch + 1
        self.rnn_status.setText(
            self.tr("Epoch %1/%2, training MSE %3")
            .replace("%1", str(self.epochs_done))
            .replace("%2", str(self._target))
            .replace("%3", f"{self._losses[-1]:.4f}")
        )

    def _redraw_loss(self) -> None:
        self.loss_curve.setData(
            np.arange(1, len(self._losses) + 1), np.asarray(self._losses)
        )

    @Slot(int, object)
    def _on_predictions(self, epoch: int, predictions: np.ndarray) -> None:
        self.predictions = np.asarray(predictions)
        self._draw_predictions()

    def _draw_predictions(self) -> None:
        if self.predictions is None:
            return
        s, step = self.window_spin.value(), self.step_spin.value()
        # the course: plt.plot(t[:94] + 0.1*s, predicted)
        self.prediction_curve.setData(
            self.t[: len(self.predictions)] + step * s, self.predictions
        )

    @Slot(object)
    def _on_done(self, result: dict) -> None:
        from ..ml.rnn import predict

        history = result["history"].get("loss", [])
        if self.model is not None:
            self.predictions = predict(self.model, self.X)
            self._draw_predictions()
        mse = (
            float(
                np.mean(
                    (self.predictions[: len(self.y_train)] - self.y_train.ravel()) ** 2
                )
            )
            if self.predictions is not None
            else float("nan")
        )
        text = (
            self.tr("Trained %1 epochs: training MSE %2 (the course prints 0.012).")
            .replace("%1", str(self.epochs_done))
            .replace("%2", f"{mse:.4f}")
        )
        if result["stopped"]:
            text = self.tr("Stopped.") + " " + text
        self.rnn_status.setText(text)
        self.sig_status.emit(text)
        self.training_mse = mse if history else None

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.rnn_status.setText(message)
        self.sig_status.emit(message)

    @Slot()
    def _on_finished(self) -> None:
        self._thread = None
        self._worker = None
        self._redraw.stop()
        self._redraw_loss()
        self._set_running(False)

    def _play_animation(self, playing: bool) -> None:
        self.anim_play.setText(self.tr("Pause") if playing else self.tr("Play"))
        if playing:
            self._animation.start()
        else:
            self._animation.stop()

    def next_frame(self) -> None:
        """Slide the window by one step and show its prediction (or target)."""
        if not hasattr(self, "X") or len(self.X) == 0:
            return
        now = time.perf_counter()
        self._frame_times.append(now)
        ticks_per_window = max(1, 11 - self.anim_speed.value())
        self._tick = getattr(self, "_tick", 0) + 1
        if self._animation.isActive() and self._tick % ticks_per_window:
            return
        i = self._frame % len(self.X)
        self._frame += 1
        s, step = self.window_spin.value(), self.step_spin.value()
        self.anim_window.setRegion((self.t[i] - step / 2, self.t[i + s - 1] + step / 2))
        value = self.predictions[i] if self.predictions is not None else self.Y[i, 0]
        self.anim_dot.setData([self.t[i] + step * s], [value])

    def frames_per_second(self) -> float:
        """Timer frames per second over the last second of animation."""
        times = [t for t in self._frame_times if t > time.perf_counter() - 1.0]
        return (
            max(0, len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
        )

    def forecast(self) -> np.ndarray | None:
        """Feed predictions back for N steps after the last window; draw them."""
        if self.model is None or self.is_training():
            return None
        from ..ml.rnn import forecast

        steps = self.forecast_spin.value()
        values = forecast(self.model, self.x[-self.window_spin.value() :], steps)
        step = self.step_spin.value()
        future = self.t[-1] + step * np.arange(1, steps + 1)
        self.forecast_curve.setData(future, values)
        whole = np.concatenate([self.t, future])
        self.truth_curve.setData(
            whole, series.clean_signal(whole, self.signal_combo.currentData())
        )
        return values

    # ---- page 5: gradients through time
    def _build_gradient_page(self) -> QWidget:
        self.grad_cell = QComboBox()
        for kind in ("SimpleRNN", "LSTM", "GRU"):
            self.grad_cell.addItem(kind, kind)
        self.grad_activation = QComboBox()
        for name in ("tanh", "sigmoid", "relu"):
            self.grad_activation.addItem(name, name)
        self.grad_steps = QSpinBox()
        self.grad_steps.setRange(2, 60)
        self.grad_steps.setValue(30)
        self.grad_button = QPushButton(self.tr("Compute the gradients"))
        self.grad_button.clicked.connect(self.compute_gradients)
        self.grad_label = QLabel(
            self.tr(
                "Backpropagation through time multiplies, step after step back, by the recurrent "
                "weights and the activation's slope: with sigmoid or tanh the early time steps get "
                "vanishing gradients; exploding gradients are cut by clipping (clipnorm)."
            )
        )
        self.grad_label.setWordWrap(True)
        self.grad_plot = _plot(
            self.tr("|d prediction / d x_t| for each time step t (log scale)")
        )
        self.grad_plot.setLogMode(y=True)
        self.grad_plot.addLegend(offset=(-10, 10))
        self.grad_bars = pg.BarGraphItem(
            x=np.arange(1),
            height=np.ones(1),
            width=0.4,
            brush=BLUE,
            name=self.tr("gradient"),
        )
        self.clip_bars = pg.BarGraphItem(
            x=np.arange(1),
            height=np.ones(1),
            width=0.4,
            brush=QColor(220, 110, 20),
            name=self.tr("after clipping"),
        )
        self.grad_plot.addItem(self.grad_bars)
        self.grad_plot.addItem(self.clip_bars)
        self.grad_scale = QDoubleSpinBox()
        self.grad_scale.setRange(0.1, 5.0)
        self.grad_scale.setSingleStep(0.25)
        self.grad_scale.setValue(1.0)
        self.grad_scale.setToolTip(
            self.tr(
                "Multiply the recurrent weights Wy: above 1 with relu, gradients explode."
            )
        )
        self.grad_clip = QDoubleSpinBox()
        self.grad_clip.setRange(0.0, 100.0)
        self.grad_clip.setSingleStep(0.5)
        self.grad_clip.setValue(1.0)
        self.grad_clip.setToolTip(
            self.tr(
                "clipnorm: a gradient longer than this is scaled down to it (0: off)."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Cell:"), self.grad_cell)
        form.addRow(self.tr("Activation:"), self.grad_activation)
        form.addRow(self.tr("Time steps:"), self.grad_steps)
        form.addRow(self.tr("Recurrent weights ×:"), self.grad_scale)
        form.addRow(self.tr("clipnorm:"), self.grad_clip)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.grad_button)
        layout.addWidget(self.grad_label)
        layout.addWidget(self.grad_plot, 1)
        return page

    def compute_gradients(self) -> None:
        cell, activation, steps = (
            self.grad_cell.currentData(),
            self.grad_activation.currentData(),
            self.grad_steps.value(),
        )
        scale, clipnorm = self.grad_scale.value(), self.grad_clip.value()
        window = np.sin(np.arange(steps) * 0.3)

        def norms():
            from ..ml.rnn import build_rnn, gradient_norms, scale_recurrent_weights
            from ..ml.training import seed_everything

            seed_everything(0)
            model = build_rnn(steps, cell, 20, activation)
            scale_recurrent_weights(model, scale)
            return gradient_norms(model, window)

        def done(values):
            from ..ml.rnn import clip_by_norm

            self.gradients = np.maximum(np.asarray(values), 1e-12)
            self.clipped = np.maximum(clip_by_norm(self.gradients, clipnorm), 1e-12)
            x = np.arange(steps)
            self.grad_bars.setOpts(x=x - 0.2, height=self.gradients, width=0.4)
            self.clip_bars.setOpts(x=x + 0.2, height=self.clipped, width=0.4)
            ratio = self.gradients[-1] / max(self.gradients[0], 1e-12)
            self.grad_label.setText(
                self.tr(
                    "%1 with %2 over %3 steps: the last step's gradient is %4 times the first's."
                )
                .replace("%1", cell)
                .replace("%2", activation)
                .replace("%3", str(steps))
                .replace("%4", f"{ratio:.3g}")
                + " "
                + self.tr("Norm %1, after clipping %2.")
                .replace("%1", f"{np.linalg.norm(self.gradients):.3g}")
                .replace("%2", f"{np.linalg.norm(self.clipped):.3g}")
            )

        self._run_task(norms, done)

    # ---- helpers
    def _run_task(self, function, on_done) -> None:
        self.tasks.run(function, on_done, self._on_failed)

    def state(self) -> dict:
        return {
            "signal": self.signal_combo.currentData(),
            "window": self.window_spin.value(),
            "noise": self.noise_spin.value(),
            "seed": self.seed_spin.value(),
            "cell": self.cell_combo.currentData(),
            "epochs": self.rnn_epochs.value(),
        }

    def restore(self, state: dict) -> None:
        try:
            index = self.signal_combo.findData(state.get("signal"))
            if index >= 0:
                self.signal_combo.setCurrentIndex(index)
            self.window_spin.setValue(int(state.get("window", 6)))
            self.noise_spin.setValue(float(state.get("noise", 0.1)))
            self.seed_spin.setValue(int(state.get("seed", 0)))
            index = self.cell_combo.findData(state.get("cell"))
            if index >= 0:
                self.cell_combo.setCurrentIndex(index)
            self.rnn_epochs.setValue(int(state.get("epochs", 200)))
        except (TypeError, ValueError):
            pass
