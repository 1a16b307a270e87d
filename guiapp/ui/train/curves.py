"""The learning curves: loss and accuracy per batch and per epoch, drawn live.

The curves are drawn from the document's TrainingSession history, at most
about 30 times a second while a run reports (a redraw per report kept the GUI
thread busy); after a language switch the same curves stay, only the titles
and legends change.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QBoxLayout, QWidget

from ..common import timers
from ..common.plots import add_curve, make_plot
from ..common.texts import Texts
from .state import TrainState

__all__ = ["CurvesPage", "REDRAW_MS"]

REDRAW_MS = 33  # live plots redraw at most about 30 times a second
#: the plots side by side when the page is this many times wider than high
SIDE_BY_SIDE = 1.5


class CurvesPage(QWidget):
    """Loss and accuracy: per batch (grey), per epoch (blue), validation (orange)."""

    def __init__(self, state: TrainState, parent=None):
        super().__init__(parent)
        self.state = state
        self.texts = texts = Texts()
        # the title names the values: no axis label beside them (at 200 % on
        # a 1024 x 768 projector "exactitude" was longer than the plot's height)
        self.loss_plot = make_plot(
            texts,
            title=lambda: self.tr("Loss"),
            bottom=lambda: self.tr("epoch"),
            legend_offset=(-10, 10),  # top right: where the loss is not
        )
        self.accuracy_plot = make_plot(
            texts,
            title=lambda: self.tr("Accuracy"),
            bottom=lambda: self.tr("epoch"),
            legend_offset=(-10, -10),  # bottom right: where the accuracy is not
        )
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.disableAutoRange()  # ranges are set per run (see redraw)
        self.accuracy_plot.setYRange(0, 1, padding=0.02)
        self.loss_plot.setYRange(0, 1, padding=0)
        grey, blue, orange = (
            QColor(150, 150, 150),
            QColor(40, 90, 200),
            QColor(220, 110, 20),
        )
        #: the curves by history key ("batch_loss", "loss", "val_loss", ...)
        self.curves: dict[str, pg.PlotDataItem] = {}
        for plot, metric in (
            (self.loss_plot, "loss"),
            (self.accuracy_plot, "accuracy"),
        ):
            # short names: the legend stays inside the plot at 200 % on a
            # 1024 x 768 projector; the tooltip says what each curve is
            self.curves[f"batch_{metric}"] = add_curve(
                plot,
                texts,
                name=lambda: self.tr("training, per batch"),
                pen=pg.mkPen(grey),
            )
            for key, color, symbol, name in (
                (metric, blue, "o", lambda: self.tr("training, per epoch")),
                (f"val_{metric}", orange, "s", lambda: self.tr("validation")),
            ):
                self.curves[key] = add_curve(
                    plot,
                    texts,
                    name=name,
                    pen=pg.mkPen(color, width=2),
                    symbol=symbol,
                    symbolSize=6,
                    symbolBrush=color,
                )
        texts(
            lambda: self.loss_plot.setToolTip(
                self.tr(
                    "Grey: the training loss after each batch, the mean since the "
                    "start of the epoch (what Keras reports). Blue: the training "
                    "loss at the end of each epoch. Orange: the loss on the "
                    "validation images, which the network does not train on."
                )
            )
        )
        texts(
            lambda: self.accuracy_plot.setToolTip(
                self.tr(
                    "Grey: the training accuracy after each batch, the mean since "
                    "the start of the epoch (what Keras reports). Blue: the "
                    "training accuracy at the end of each epoch. Orange: the "
                    "accuracy on the validation images, which the network does "
                    "not train on."
                )
            )
        )
        # one under the other, or side by side on a wide and short page (a
        # 1280 x 720 screen at 200 %: stacked, each plot was 110 pixels high
        # and its legend covered the curves)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.addWidget(self.loss_plot)
        self._layout.addWidget(self.accuracy_plot)

        self._loss_top = 0.0
        self._epochs_shown = 0
        self._dirty = False
        self._timer = timers.timer(self, REDRAW_MS, self._on_timer)
        state.subscribe(self._on_state)
        self.redraw()

    # ---- public API
    def redraw(self) -> None:
        """Draw every curve from the document's history now."""
        self._dirty = False
        session, run = self.state.training, self.state.run
        per_epoch = max(run.batches_per_epoch, 1) if run is not None else 1
        batches = session.batch_history
        losses = np.asarray(batches.get("loss", []), dtype=float)
        x = (np.arange(len(losses)) + 1) / per_epoch
        self.curves["batch_loss"].setData(x, losses)
        accuracy = np.asarray(
            batches.get("accuracy", [np.nan] * len(losses)), dtype=float
        )
        self.curves["batch_accuracy"].setData(x[: len(accuracy)], accuracy)
        for key in ("loss", "val_loss", "accuracy", "val_accuracy"):
            values = np.asarray(session.epoch_history.get(key, []), dtype=float)
            self.curves[key].setData(np.arange(1, len(values) + 1), values)
        # Fixed ranges that only grow: an axis whose range changes is redrawn
        # from scratch, which cost the GUI thread more than the curves did.
        finite = losses[np.isfinite(losses)]
        top = float(finite.max()) if finite.size else 0.0
        if top > self._loss_top:
            self._loss_top = 1.25 * top
            self.loss_plot.setYRange(0, self._loss_top, padding=0)
        epochs = max(
            run.target_epochs if run is not None else 0, session.epochs_done, 1
        )
        if epochs != self._epochs_shown:
            self._epochs_shown = epochs
            for plot in (self.loss_plot, self.accuracy_plot):
                plot.setXRange(0, epochs, padding=0.02)

    def retranslate(self) -> None:
        self.texts.retranslate()

    @property
    def side_by_side(self) -> bool:
        """The plots are side by side (else one under the other)."""
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        wide = self.width() >= SIDE_BY_SIDE * self.height()
        direction = (
            QBoxLayout.Direction.LeftToRight
            if wide
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def stop(self) -> None:
        """Stop the redraw timer (the window closes)."""
        self._timer.stop()

    # ---- document changes
    def _on_state(self, name: str) -> None:
        if name == "training":
            if not self.state.training.batch_history:
                self._loss_top = 0.0  # a new history: the range starts again
            if not self.state.fitting:
                self.redraw()  # reset, a model opened: at once
                return
            self._dirty = True
            if not self._timer.isActive():
                self._timer.start()
        elif name == "fitting" and not self.state.fitting:
            self.redraw()  # the last reports, at once
            self._timer.stop()

    @Slot()
    def _on_timer(self) -> None:
        if self._dirty:
            self.redraw()
        elif not self.state.fitting:
            self._timer.stop()
