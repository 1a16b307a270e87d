"""Page 2 of the RNN tab: the course's NumPy recurrent cell, one step at a time."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.kernels import parse_number
from ...core.messages import shorten
from ...core.rnn import ACTIVATIONS
from ..common import bind, timers
from ..common.numbers import cell, decimal
from ..common.plots import make_plot
from ..common.texts import Texts, add_rows
from ..i18n import translate_message
from .parts import (
    BLUE,
    ElidedButton,
    FitTable,
    SidePanel,
    fill,
    lines_tall,
    listen,
    monospace,
    panel_form,
    text_colour,
    vector,
)
from .state import RnnState


class CellPage(QWidget):
    """h_t = f(Wx^T x_t + Wy^T h_(t-1) + b), step by step, on a sequence one types."""

    def __init__(self, state: RnnState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.texts = Texts()
        texts = self.texts

        self.units_spin = bind.spin_box(state, "cell_units")
        self.input_spin = bind.spin_box(state, "cell_inputs")
        self.activation_combo = QComboBox()
        for name in ACTIVATIONS:
            self.activation_combo.addItem(name, name)
        bind.combo_box(state, "cell_activation", self.activation_combo)
        self.seed_spin = bind.spin_box(state, "cell_seed")
        self.sequence_table = FitTable()
        texts(lambda: self.sequence_table.setAccessibleName(self.tr("Input sequence")))
        self.sequence_table.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum
        )
        texts(
            lambda: self.sequence_table.setToolTip(
                self.tr(
                    "The input sequence X, one row per time step; edit the numbers."
                )
            )
        )
        self.sequence_table.itemChanged.connect(self._on_sequence_edited)
        self.sequence_message = bind.message_label()
        text_colour(self.sequence_message, "#b00020")
        self.preset_button = ElidedButton()
        texts(
            lambda: self.preset_button.setText(
                self.tr("Course example (3 units, input 2, sigmoid)")
            )
        )
        self.preset_button.clicked.connect(self.state.course_cell)
        self.step_button = QPushButton()
        texts(lambda: self.step_button.setText(self.tr("Step")))
        self.step_button.clicked.connect(self.state.step_cell)
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self.play)
        texts(self._render_play_text)
        self.reset_button = QPushButton()
        texts(lambda: self.reset_button.setText(self.tr("Reset")))
        self.reset_button.clicked.connect(self.state.reset_cell)
        self.equation = QLabel()
        self.equation.setWordWrap(True)
        self.equation.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        monospace(self.equation)
        self.state_plot = make_plot(
            texts, title=lambda: self.tr("The state h_t, unit by unit")
        )
        self.state_plot.setYRange(-1.05, 1.05)
        self.state_bars = pg.BarGraphItem(
            x=np.arange(3), height=np.zeros(3), width=0.6, brush=BLUE
        )
        self.state_plot.addItem(self.state_bars)
        # up to four units shown without scrolling; the plot takes the rest
        self.history_table = FitTable(rows=4)
        texts(
            lambda: self.history_table.setAccessibleName(
                self.tr("Hidden state after each step")
            )
        )
        self.history_table.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum
        )
        texts(
            lambda: self.history_table.setToolTip(
                self.tr("h after each step: one column per time step.")
            )
        )
        self.timer = timers.timer(
            self, 700, self._on_timer, on_stop=lambda: self.play(False)
        )

        form = panel_form()
        add_rows(
            form,
            texts,
            (
                (lambda: self.tr("Units:"), self.units_spin),
                (lambda: self.tr("Input size:"), self.input_spin),
                (lambda: self.tr("Activation f:"), self.activation_combo),
                (lambda: self.tr("Seed of the weights:"), self.seed_spin),
            ),
        )
        buttons = QHBoxLayout()
        for button in (self.step_button, self.play_button, self.reset_button):
            buttons.addWidget(button)
        sequence_label = QLabel()
        texts(lambda: sequence_label.setText(self.tr("Input sequence X:")))
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.preset_button)
        left.addWidget(sequence_label)
        left.addWidget(self.sequence_table)
        left.addWidget(self.sequence_message)
        left.addLayout(buttons)
        left.addStretch(1)
        formula = QLabel()
        formula.setWordWrap(True)
        texts(lambda: formula.setText(self.tr("h_t = f(Wx^T x_t + Wy^T h_(t-1) + b)")))
        # the equation, the plot and the table scroll together when the
        # screen is too short for them (a projector's zoom)
        results = QWidget()
        right = QVBoxLayout(results)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(formula)
        right.addWidget(self.equation)
        right.addWidget(self.state_plot, 1)
        right.addWidget(self.history_table)
        lines_tall(self.state_plot, 8)
        holder = QWidget()
        holder.setLayout(left)
        layout = QHBoxLayout(self)
        layout.addWidget(SidePanel(holder, self))
        layout.addWidget(SidePanel(results, self, share=1), 1)

        listen(state, self, self._on_state)
        self.render()

    # ---- public slots
    def play(self, playing: bool) -> None:
        """Step every 0.7 s until the end of the sequence (or Pause)."""
        if self.play_button.isChecked() != playing:
            self.play_button.setChecked(playing)  # comes back here
            return
        self._render_play_text()
        if playing:
            self.timer.start()
        else:
            self.timer.stop()

    # ---- edits
    def _on_sequence_edited(self, item: QTableWidgetItem) -> None:
        """A typed value must be a number: otherwise say so and put the old one back."""
        row, column = item.row(), item.column()
        value = parse_number(item.text())
        old = self.state.sequence[row, column]
        if value is None:
            bad = item.text()
            with QSignalBlocker(self.sequence_table):
                item.setText(cell(old))
            self.sequence_message.setText(
                fill(
                    self.tr('"%1" is not a number; the cell keeps %2.'),
                    shorten(bad),
                    cell(old),
                )
            )
            return
        if self.state.set_sequence_value(row, column, value):
            self.sequence_message.clear()
        else:  # out of range (1e300): the state kept the old value and says why
            self.sequence_message.setText(translate_message(self.state.sequence_error))

    def _on_timer(self) -> None:
        if self.state.step_cell() is None:
            self.play(False)

    # ---- rendering from the state
    def _on_state(self, name: str) -> None:
        if name == "sequence":
            self.render_sequence()
        elif name in ("layer", "cell_steps", "cell_ended"):
            self.render_steps()

    def render(self) -> None:
        self.render_sequence()
        self.render_steps()

    def render_sequence(self) -> None:
        X = self.state.sequence
        with QSignalBlocker(self.sequence_table):
            self.sequence_table.setRowCount(X.shape[0])
            self.sequence_table.setColumnCount(X.shape[1])
            for r in range(X.shape[0]):
                for c in range(X.shape[1]):
                    text = cell(X[r, c])
                    item = self.sequence_table.item(r, c)
                    if item is None:
                        self.sequence_table.setItem(r, c, QTableWidgetItem(text))
                    elif item.text() != text:
                        item.setText(text)
            # rows are the time steps, counted from 0 as t is (they read 1..n)
            self.sequence_table.setVerticalHeaderLabels(
                [f"x_{t}" for t in range(X.shape[0])]
            )
        self.sequence_table.fit()

    def render_steps(self) -> None:
        layer, steps = self.state.layer, self.state.cell_steps
        units = layer.n_units
        self.history_table.setRowCount(units)
        self.history_table.setColumnCount(len(steps))
        self.history_table.setVerticalHeaderLabels([f"h[{u}]" for u in range(units)])
        for column, step in enumerate(steps):
            self.history_table.setHorizontalHeaderItem(
                column, QTableWidgetItem(f"t = {column}")
            )
            for unit, value in enumerate(np.ravel(step.h)):
                self.history_table.setItem(
                    unit, column, QTableWidgetItem(decimal(value, 4))
                )
        self.history_table.fit()
        heights = np.ravel(steps[-1].h) if steps else np.zeros(units)
        self.state_bars.setOpts(x=np.arange(units), height=heights)
        # one tick per unit, named as the table's rows (it showed 0, 0.5, 1...)
        self.state_plot.getAxis("bottom").setTicks(
            [[(unit, f"h[{unit}]") for unit in range(units)]]
        )
        self.render_equation()

    def render_equation(self) -> None:
        steps = self.state.cell_steps
        if not steps:
            text = self.tr(
                "Before the first step h is zero. Press Step to read x_0 "
                "and compute h_0."
            )
        else:
            step = steps[-1]
            # one text for the translator: the colon's space and the word
            # "sum" are the language's
            text = fill(
                self.tr(
                    "t = %1:  x_t = %2\n"
                    "Wx^T x_t = %3\n"
                    "Wy^T h_(t-1) = %4   (h_(t-1) = %5)\n"
                    "b = %6\n"
                    "h_t = %7(sum) = %8"
                ),
                step.t,
                vector(step.x),
                vector(step.input_term),
                vector(step.state_term),
                vector(step.previous),
                vector(self.state.layer.b),
                self.state.layer.activation_name,
                vector(step.h),
            )
        if self.state.cell_ended:
            text += "\n\n" + self.tr(
                "End of the sequence: the layer returns h = the last state."
            )
        self.equation.setText(text)

    def _render_play_text(self) -> None:
        self.play_button.setText(
            self.tr("Pause") if self.play_button.isChecked() else self.tr("Play")
        )

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render()  # the numbers of the tables too

    def shutdown(self) -> None:
        self.timer.stop()
