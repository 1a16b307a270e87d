"""Page 5 of the RNN tab: gradients through time, vanishing or exploding, clipped."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import cells
from ...ml import rnn as rnn_jobs
from ..common import bind
from ..common.numbers import significant
from ..common.plots import make_plot
from ..common.tab import Tab
from ..common.texts import Texts, add_rows
from .parts import (
    BLUE,
    ORANGE,
    SidePanel,
    fill,
    lines_tall,
    listen,
    log_axis,
    panel_form,
)
from .state import Gradients, RnnState

#: the log scale's floor: a zero gradient is drawn this small
FLOOR = 1e-12


class GradientsPage(QWidget):
    """|d prediction / d x_t| of a fresh model, step by step back, and clipnorm."""

    def __init__(self, state: RnnState, tab: Tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.tab = tab
        self.session = tab.session
        self.texts = Texts()
        texts = self.texts
        self.job = None
        self.asked: tuple = ()

        self.cell_combo = QComboBox()
        for name in cells.names():
            self.cell_combo.addItem(name, name)
        bind.combo_box(state, "gradient_cell", self.cell_combo)
        self.activation_combo = QComboBox()
        for name in ("tanh", "sigmoid", "relu"):
            self.activation_combo.addItem(name, name)
        bind.combo_box(state, "gradient_activation", self.activation_combo)
        self.steps_spin = bind.spin_box(state, "gradient_steps")
        self.scale_spin = bind.double_spin_box(state, "gradient_scale", 2, 0.25)
        texts(
            lambda: self.scale_spin.setToolTip(
                self.tr(
                    "Multiply the recurrent weights Wy: above 1 with relu, gradients explode."
                )
            )
        )
        self.clip_spin = bind.double_spin_box(state, "gradient_clipnorm", 2, 0.5)
        texts(
            lambda: self.clip_spin.setToolTip(
                self.tr(
                    "clipnorm: a gradient longer than this is scaled down to it (0: off)."
                )
            )
        )
        self.compute_button = QPushButton()
        texts(lambda: self.compute_button.setText(self.tr("Compute the gradients")))
        self.compute_button.clicked.connect(self.compute)
        self.label = bind.message_label()
        self.plot = make_plot(
            texts,
            title=lambda: self.tr("|d prediction / d x_t| per time step t (log scale)"),
            legend_offset=(-10, 10),
        )
        # labels that never pile up, and read within a decade too
        log_axis(self.plot)
        # no bar before anything is computed (a placeholder bar filled the plot)
        self.gradient_bars = pg.BarGraphItem(
            x=np.arange(1), height=np.ones(1), width=0.4, brush=BLUE
        )
        self.clipped_bars = pg.BarGraphItem(
            x=np.arange(1), height=np.ones(1), width=0.4, brush=ORANGE
        )
        for bars in (self.gradient_bars, self.clipped_bars):
            bars.hide()
        self.plot.addItem(self.gradient_bars)
        self.plot.addItem(self.clipped_bars)
        legend = self.plot.getPlotItem().legend

        def legend_names() -> None:
            legend.removeItem(self.gradient_bars)
            legend.removeItem(self.clipped_bars)
            legend.addItem(self.gradient_bars, self.tr("gradient"))
            legend.addItem(self.clipped_bars, self.tr("after clipping"))

        texts(legend_names)

        form = panel_form()
        add_rows(
            form,
            texts,
            (
                (lambda: self.tr("Cell:"), self.cell_combo),
                (lambda: self.tr("Activation:"), self.activation_combo),
                (lambda: self.tr("Time steps:"), self.steps_spin),
                (lambda: self.tr("Recurrent weights ×:"), self.scale_spin),
                (lambda: self.tr("clipnorm:"), self.clip_spin),
            ),
        )
        # the settings beside the plot: the plot keeps the page's height
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addLayout(form)
        column.addWidget(self.compute_button)
        column.addWidget(self.label)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(SidePanel(controls, self, share=0.4))
        layout.addWidget(self.plot, 1)

        lines_tall(self.plot, 9)  # its title and a few labels, at any zoom
        listen(state, self, self._on_state)
        self.render()

    # ---- public slots
    def compute(self) -> bool:
        """Build a fresh model and compute its gradients (in a worker); False if
        a computation is already running."""
        if self.job is not None:
            return False
        state = self.state
        self.asked = (
            state.gradient_cell,
            state.gradient_activation,
            state.gradient_steps,
            state.gradient_scale,
        )
        self.compute_button.setEnabled(False)
        self.job = self.session.start(
            "rnn-gradients", rnn_jobs.gradients_through_time, *self.asked
        )
        self.job.sig_done.connect(self._on_computed)
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_finished.connect(self._on_finished)
        return True

    # ---- job slots
    def _on_computed(self, norms) -> None:
        cell, activation, steps, scale = self.asked
        self.state.gradients = Gradients(
            cell, activation, steps, scale, np.asarray(norms, dtype=float)
        )

    def _on_failed(self, message: str) -> None:
        self.label.setText(message)
        self.tab.sig_status.emit(message)

    def _on_finished(self) -> None:
        self.job = None
        self.compute_button.setEnabled(True)

    # ---- rendering from the state
    def _on_state(self, name: str) -> None:
        if name in ("gradients", "gradient_clipnorm"):
            self.render()

    def render(self) -> None:
        gradients = self.state.gradients
        for bars in (self.gradient_bars, self.clipped_bars):
            bars.setVisible(gradients is not None)
        # no legend before the bars: it showed pyqtgraph's "hidden" icons
        self.plot.getPlotItem().legend.setVisible(gradients is not None)
        if gradients is None:
            self.label.setText(
                self.tr(
                    "Backpropagation through time multiplies, step after step back, by the recurrent "
                    "weights and the activation's slope: with sigmoid or tanh the early time steps get "
                    "vanishing gradients; exploding gradients are cut by clipping (clipnorm)."
                )
            )
            return
        norms, clipped = gradients.norms, self.state.clipped()
        x = np.arange(len(norms))
        # pyqtgraph does not take the log of a bar graph: the bars are drawn in
        # log10 units, from below the smallest value, on the log axis
        tops = np.log10(np.maximum(norms, FLOOR)), np.log10(np.maximum(clipped, FLOOR))
        bottom = np.floor(min(tops[0].min(), tops[1].min())) - 0.5
        self.gradient_bars.setOpts(
            x=x - 0.2, y0=bottom, height=tops[0] - bottom, width=0.4
        )
        self.clipped_bars.setOpts(
            x=x + 0.2, y0=bottom, height=tops[1] - bottom, width=0.4
        )
        ratio = norms[-1] / max(norms[0], FLOOR)
        self.label.setText(
            fill(
                self.tr(
                    "%1 with %2 over %3 steps: the last step's gradient is %4 times the first's."
                ),
                gradients.cell,
                gradients.activation,
                gradients.steps,
                significant(ratio, 3),
            )
            + " "
            + fill(
                self.tr("Norm %1, after clipping %2."),
                significant(np.linalg.norm(norms), 3),
                significant(np.linalg.norm(clipped), 3),
            )
        )

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render()
