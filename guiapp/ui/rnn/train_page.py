"""Page 4 of the RNN tab: the course's model trained on the series, animated,
and its forecast beyond the data."""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...core import cells
from ...ml import rnn as rnn_jobs
from ...ml.session import holding
from ..common import bind, timers
from ..common.numbers import cell, decimal
from ..common.plots import add_curve, make_plot
from ..common.tab import Tab
from ..common.texts import Texts, add_rows
from .animation import Animation
from .parts import (
    BLUE,
    GREY,
    PURPLE,
    RED,
    ElidedButton,
    SidePanel,
    fill,
    lines_tall,
    listen,
    log_axis,
    panel_form,
)
from .state import ANIMATION_SPEEDS, RnnState

#: predictions are reported every this many epochs during a fit
PREDICT_EVERY = 5


class TrainPage(QWidget):
    """Train, Stop, Continue; the red predictions, the loss, Play and Forecast."""

    def __init__(self, state: RnnState, tab: Tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.tab = tab
        self.session = tab.session
        self.texts = Texts()
        texts = self.texts
        #: the running fit and forecast jobs (None when none runs)
        self.fit_job = None
        self.forecast_job = None
        #: the series the running fit / forecast works on
        self.fit_data = None
        self.forecast_data = None

        self.cell_combo = QComboBox()
        for name in cells.names():
            self.cell_combo.addItem(name, name)
        bind.combo_box(state, "cell", self.cell_combo)
        self.units_spin = bind.spin_box(state, "units")
        self.activation_combo = QComboBox()
        for name in ("relu", "tanh", "sigmoid"):
            self.activation_combo.addItem(name, name)
        bind.combo_box(state, "activation", self.activation_combo)
        self.optimizer_combo = QComboBox()
        for name, label in (("rmsprop", "RMSprop"), ("adam", "Adam"), ("sgd", "SGD")):
            self.optimizer_combo.addItem(label, name)
        bind.combo_box(state, "optimizer", self.optimizer_combo)
        self.rate_spin = bind.double_spin_box(state, "learning_rate", 4, 0.0005)
        self.epochs_spin = bind.spin_box(state, "epochs")
        self.clip_spin = bind.double_spin_box(state, "clipnorm", 2, 0.5)
        texts(
            lambda: self.clip_spin.setToolTip(
                self.tr(
                    "Gradient clipping: 0 is off; otherwise gradients longer than this "
                    "are scaled down (against exploding gradients)."
                )
            )
        )
        #: the controls a run reads (locked while it runs)
        self.model_controls = (
            self.cell_combo,
            self.units_spin,
            self.activation_combo,
            self.optimizer_combo,
            self.rate_spin,
            self.epochs_spin,
            self.clip_spin,
        )
        self.train_button = QPushButton()
        texts(lambda: self.train_button.setText(self.tr("Train")))
        self.train_button.clicked.connect(self.start_training)
        self.stop_button = QPushButton()
        texts(lambda: self.stop_button.setText(self.tr("Stop")))
        self.stop_button.clicked.connect(self.stop_training)
        self.continue_button = QPushButton()
        texts(lambda: self.continue_button.setText(self.tr("Continue")))
        self.continue_button.clicked.connect(self.continue_training)
        self.status = bind.message_label()
        self.forecast_spin = bind.spin_box(state, "forecast_steps")
        self.forecast_button = ElidedButton()
        texts(lambda: self.forecast_button.setText(self.tr("Forecast beyond the data")))
        texts(
            lambda: self.forecast_button.setToolTip(
                self.tr("Feed each prediction back as the next input, N times.")
            )
        )
        self.forecast_button.clicked.connect(self.forecast)

        self.loss_plot = make_plot(texts, title=lambda: self.tr("Training loss (MSE)"))
        # labels that never pile up on a short plot (a projector's zoom)
        log_axis(self.loss_plot)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen(BLUE, width=2))
        self.fit_plot = make_plot(
            texts,
            title=lambda: self.tr("Predictions (red), drawn at t + step·s"),
            legend_offset=(-10, 10),
        )
        self.points = add_curve(
            self.fit_plot,
            texts,
            name=lambda: self.tr("noisy series"),
            pen=None,
            symbol="o",
            symbolSize=5,
            symbolBrush=BLUE,
        )
        self.prediction_curve = add_curve(
            self.fit_plot,
            texts,
            name=lambda: self.tr("prediction"),
            pen=pg.mkPen(RED, width=2),
        )
        self.forecast_curve = add_curve(
            self.fit_plot,
            texts,
            name=lambda: self.tr("forecast"),
            pen=pg.mkPen(PURPLE, width=2, style=Qt.PenStyle.DashLine),
        )
        self.truth_curve = add_curve(
            self.fit_plot,
            texts,
            name=lambda: self.tr("signal without noise"),
            pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DotLine),
        )
        self.animation = Animation(state, self.fit_plot, self)
        self.animation.sig_playing.connect(self._on_playing)
        texts(lambda: self.fit_plot.setAccessibleName(self.tr("Predictions")))
        texts(
            lambda: self.fit_plot.setAccessibleDescription(
                self.tr(
                    "The noisy series with the network's predictions; the shaded "
                    "window is what the network reads, the red dot what it "
                    "predicts next. Left and Right arrows step one point back or "
                    "forward; Space plays or pauses."
                )
            )
        )
        texts(
            lambda: self.fit_plot.setToolTip(
                self.tr(
                    "Click the plot, then: Left and Right arrows step one point back "
                    "or forward, Space plays or pauses."
                )
            )
        )
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self.animation.play)
        texts(self._render_play_text)
        texts(
            lambda: self.play_button.setToolTip(
                self.tr(
                    "Slide the window along the series: the network reads the s "
                    "shaded values and the red dot is its prediction of the next "
                    "one (Space on the plot, Ctrl+Space on this page)."
                )
            )
        )
        self.back_button = ElidedButton()
        texts(lambda: self.back_button.setText(self.tr("Step back")))
        texts(
            lambda: self.back_button.setToolTip(
                self.tr(
                    "Pause and move the window one point back, to the prediction "
                    "before (Left arrow on the plot, Ctrl+Left on this page)."
                )
            )
        )
        self.back_button.clicked.connect(lambda: self.animation.step(-1))
        self.step_button = ElidedButton()
        texts(lambda: self.step_button.setText(self.tr("Step")))
        texts(
            lambda: self.step_button.setToolTip(
                self.tr(
                    "Pause and move the window one point forward: the network reads "
                    "the next s values and predicts the point after them (Right "
                    "arrow on the plot, Ctrl+Right on this page)."
                )
            )
        )
        self.step_button.clicked.connect(lambda: self.animation.step(1))
        # the slider stops at ANIMATION_SPEEDS (points a second), slow to fast
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, len(ANIMATION_SPEEDS) - 1)
        self.speed_slider.setPageStep(2)
        texts(
            lambda: self.speed_slider.setAccessibleName(
                self.tr("Speed, in points per second")
            )
        )
        texts(
            lambda: self.speed_slider.setToolTip(
                self.tr(
                    "How many points the window moves through each second while "
                    "playing: slow to talk about each prediction, fast to watch the "
                    "whole curve. Remembered with your settings."
                )
            )
        )
        self.speed_slider.valueChanged.connect(self._on_speed_chosen)
        self.speed_value = QLabel()  # short: a projector zoom leaves little room
        texts(lambda: self.speed_value.setToolTip(self.tr("Points per second")))
        bind.follow(state, "animation_speed", self._show_speed, self.speed_slider)
        self.speed_label = QLabel()
        texts(lambda: self.speed_label.setText(self.tr("Speed:")))
        self.speed_label.setBuddy(self.speed_slider)
        # Ctrl+ keys anywhere on the page, as on the convolution tab (plain
        # Space and arrows belong to the fields); shortcuts of the page, not
        # of the buttons, whose setText would replace them
        self.shortcuts = {}
        for keys, slot in (
            ("Ctrl+Space", self.animation.toggle),
            ("Ctrl+Left", lambda: self.animation.step(-1)),
            ("Ctrl+Right", lambda: self.animation.step(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self.shortcuts[keys] = shortcut
        # the loss is redrawn at most 10 times a second while a fit reports
        self.redraw_timer = timers.timer(self, 100, self.render_loss)

        form = panel_form()
        add_rows(
            form,
            texts,
            (
                (lambda: self.tr("Cell:"), self.cell_combo),
                (lambda: self.tr("Units:"), self.units_spin),
                (lambda: self.tr("Activation:"), self.activation_combo),
                (lambda: self.tr("Optimizer:"), self.optimizer_combo),
                (lambda: self.tr("Learning rate:"), self.rate_spin),
                (lambda: self.tr("Epochs:"), self.epochs_spin),
                (lambda: self.tr("clipnorm:"), self.clip_spin),
            ),
        )
        buttons = QGridLayout()
        buttons.addWidget(self.train_button, 0, 0)
        buttons.addWidget(self.stop_button, 0, 1)
        buttons.addWidget(self.continue_button, 1, 0, 1, 2)
        # the speed on a row of its own: beside the buttons, a projector zoom
        # left the slider no room; rows of their own (not a grid's columns)
        # so that each button gets its text's width before any is shortened
        step_row = QHBoxLayout()
        for button in (self.play_button, self.back_button, self.step_button):
            step_row.addWidget(button)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed_label)
        speed_row.addWidget(self.speed_slider, 1)
        speed_row.addWidget(self.speed_value)
        forecast_row = QHBoxLayout()
        steps_label = QLabel()
        texts(lambda: steps_label.setText(self.tr("N:")))
        steps_label.setBuddy(self.forecast_spin)  # it names the field
        forecast_row.addWidget(steps_label)
        forecast_row.addWidget(self.forecast_spin)
        forecast_row.addWidget(self.forecast_button)
        animation_label = bind.message_label()
        texts(
            lambda: animation_label.setText(
                self.tr("Animation: the window slides, the next point appears in red.")
            )
        )
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(animation_label)
        column.addLayout(step_row)
        column.addLayout(speed_row)
        column.addLayout(forecast_row)
        # the training's line last: it changes length when a fit ends, and
        # above the animation's buttons it moved them under the mouse
        column.addWidget(self.status)
        column.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.fit_plot, 3)
        right.addWidget(self.loss_plot, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(SidePanel(controls, self, share=0.4))
        layout.addLayout(right, 1)
        lines_tall(self.fit_plot, 8)
        lines_tall(self.loss_plot, 7)

        for box in controls.findChildren(QAbstractSpinBox):
            box.installEventFilter(self)  # the page's Ctrl+arrows: see eventFilter
        listen(state, self, self._on_state)
        self.render()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(obj, QAbstractSpinBox)
            and QKeySequence(event.keyCombination()).toString() in self.shortcuts
        ):
            # a number field's text cursor takes Ctrl+arrows (a word along a
            # number of a few digits): the page's step shortcuts win
            event.ignore()
            return True
        return super().eventFilter(obj, event)

    # ---- public slots: training
    def is_training(self) -> bool:
        return self.fit_job is not None

    def start_training(self, resume: bool = False) -> bool:
        """Train the course's model on the series (a new one unless ``resume``
        and the model still fits the settings); False if one is running."""
        if self.fit_job is not None or self.forecast_job is not None:
            return False
        state, data = self.state, self.state.data
        config = state.train_config()
        build, recompile = state.training.prepare_run(
            state.training_key(), bool(resume), state.optimizer_settings()
        )
        model = state.training.model
        initial_epoch = state.training.epochs_done
        target = initial_epoch + config.epochs
        builder = None
        if build:
            builder = functools.partial(
                rnn_jobs.build_compiled,
                data.s,
                state.cell,
                state.units,
                state.activation,
                config,
            )
        with state.batch():
            state.fitting = True
            state.fit_target = target
            state.train_outcome = None
            if build:
                state.predictions = None
                state.forecast = None
            state.notify("training")
        self.fit_data = data
        self.fit_job = self.session.start(
            "rnn-fit",
            holding,  # one job at a time on this model (a forecast may end)
            state.training.lock,
            state.training.fit,
            functools.partial(rnn_jobs.training_arrays, data.x_train, data.y_train),
            config,
            builder,
            recompile,
            rnn_jobs.prediction_hook(data.X, PREDICT_EVERY, target - 1),
            model,
            initial_epoch,
        )
        self.fit_job.sig_report.connect(self._on_fit_report)
        self.fit_job.sig_done.connect(self._on_fit_done)
        self.fit_job.sig_failed.connect(self._on_fit_failed)
        self.fit_job.sig_finished.connect(self._on_fit_finished)
        self.redraw_timer.start()
        return True

    def continue_training(self) -> bool:
        """Train the same model for more epochs."""
        return self.start_training(resume=True)

    def stop_training(self) -> None:
        """Stop after the current batch (the model keeps what it learnt)."""
        if self.fit_job is not None:
            self.fit_job.stop()

    # ---- public slots: forecast
    def forecast(self) -> bool:
        """Feed predictions back for N steps after the last window (in a worker);
        False if there is no model yet or it is training."""
        model = self.state.training.model
        if model is None or self.fit_job is not None or self.forecast_job is not None:
            return False
        data = self.forecast_data = self.state.data
        self.forecast_job = self.session.start(
            "rnn-forecast",
            holding,
            self.state.training.lock,
            rnn_jobs.forecast,
            model,
            data.x[-data.s :].copy(),
            self.state.forecast_steps,
        )
        self.forecast_job.sig_done.connect(self._on_forecast_done)
        self.forecast_job.sig_failed.connect(self._on_forecast_failed)
        self.forecast_job.sig_finished.connect(self._on_forecast_finished)
        self.render_buttons()
        return True

    # ---- job slots (GUI thread)
    def _on_fit_report(self, values: tuple) -> None:
        self.state.record(self.fit_data, *values)

    def _on_fit_done(self, result: dict) -> None:
        state = self.state
        if self.fit_data is not state.data:
            return  # the series changed: the run was stopped and forgotten
        state.training.finish(result)
        state.train_outcome = {
            "epochs": state.training.epochs_done,
            "mse": state.training_mse(),
            "stopped": bool(result.get("stopped")),
        }
        self.tab.sig_status.emit(self.status.text())

    def _on_fit_failed(self, message: str) -> None:
        if self.fit_data is self.state.data:
            self.state.training.fail()
            self.state.train_outcome = {"error": message}
            self.state.notify("training")
        self.tab.sig_status.emit(message)

    def _on_fit_finished(self) -> None:
        self.fit_job = None
        self.fit_data = None
        self.redraw_timer.stop()
        self.state.fitting = False
        self.render_loss()

    def _on_forecast_done(self, values) -> None:
        self.state.set_forecast(self.forecast_data, values)

    def _on_forecast_failed(self, message: str) -> None:
        self.tab.sig_status.emit(message)

    def _on_forecast_finished(self) -> None:
        self.forecast_job = None
        self.forecast_data = None
        self.render_buttons()

    # ---- animation
    def _on_playing(self, playing: bool) -> None:
        if self.play_button.isChecked() != playing:
            self.play_button.blockSignals(True)
            self.play_button.setChecked(playing)
            self.play_button.blockSignals(False)
        self._render_play_text()

    def _on_speed_chosen(self, index: int) -> None:
        self.state.animation_speed = ANIMATION_SPEEDS[index]

    def _show_speed(self, speed: float) -> None:
        """The slider at the stop nearest ``speed`` and its value in words."""
        nearest = min(
            range(len(ANIMATION_SPEEDS)),
            key=lambda index: abs(ANIMATION_SPEEDS[index] - speed),
        )
        self.speed_slider.setValue(nearest)
        self.speed_value.setText(fill(self.tr("%1/s"), cell(speed)))
        self._fit_speed_value()
        self.speed_slider.setAccessibleDescription(
            fill(self.tr("Points per second: %1"), cell(speed))
        )

    def _fit_speed_value(self) -> None:
        """The speed's label as wide as its widest value: the slider beside
        it keeps its length (it moved under the pointer while dragged)."""
        metrics = self.speed_value.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(fill(self.tr("%1/s"), cell(speed)))
            for speed in ANIMATION_SPEEDS
        )
        self.speed_value.setMinimumWidth(widest)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_speed_value()  # the zoom

    def _render_play_text(self) -> None:
        self.play_button.setText(
            self.tr("Pause") if self.play_button.isChecked() else self.tr("Play")
        )

    # ---- rendering from the state
    def _on_state(self, name: str) -> None:
        if name == "data":
            self._on_new_series()
        elif name == "predictions":
            self.render_predictions()
        elif name == "forecast":
            self.render_forecast()
        elif name == "training":
            self.render_status()
            self.render_buttons()
            if not self.redraw_timer.isActive():
                self.render_loss()
        elif name in ("fitting", "train_outcome", "fit_target"):
            self.render_status()
            self.render_buttons()

    def _on_new_series(self) -> None:
        if self.fit_job is not None and self.fit_data is not self.state.data:
            # the state has forgotten the run; stop it after its batch
            self.fit_job.stop()
            self.tab.sig_status.emit(self.tr("The series changed: training stopped."))
        self.render_series()

    def render(self) -> None:
        self.render_series()
        self.render_status()
        self.render_buttons()
        self.render_loss()

    def render_series(self) -> None:
        data = self.state.data
        self.points.setData(data.t, data.x)
        self.render_predictions()
        self.render_forecast()

    def render_predictions(self) -> None:
        predictions = self.state.predictions
        if predictions is None:
            self.prediction_curve.setData([], [])
        else:
            self.prediction_curve.setData(predictions.times(), predictions.values)

    def render_forecast(self) -> None:
        forecast, data = self.state.forecast, self.state.data
        if forecast is None:
            self.forecast_curve.setData([], [])
            self.truth_curve.setData(data.t, data.clean)
        else:
            self.forecast_curve.setData(forecast.times, forecast.values)
            self.truth_curve.setData(forecast.truth_times, forecast.truth)

    def render_loss(self) -> None:
        losses = np.asarray(self.state.training.epoch_history.get("loss", []))
        self.loss_curve.setData(np.arange(1, len(losses) + 1), losses)

    def render_buttons(self) -> None:
        fitting = self.fit_job is not None or bool(self.state.fitting)
        busy = fitting or self.forecast_job is not None
        has_model = self.state.training.model is not None
        self.train_button.setEnabled(not busy)
        self.stop_button.setEnabled(fitting)
        self.continue_button.setEnabled(not busy and has_model)
        self.forecast_button.setEnabled(not busy and has_model)
        for widget in self.model_controls:
            widget.setEnabled(not fitting)

    def render_status(self) -> None:
        state, outcome = self.state, self.state.train_outcome
        losses = state.training.epoch_history.get("loss", [])
        if outcome is not None and "series_changed" in outcome:
            text = self.tr("The series changed: training stopped.")
        elif outcome is not None and "error" in outcome:
            text = outcome["error"]
        elif outcome is not None:
            text = fill(
                self.tr(
                    "Epochs trained: %1; training MSE %2 (the course prints 0.012)."
                ),
                outcome["epochs"],
                decimal(outcome["mse"], 4),
            )
            if outcome["stopped"]:
                text = self.tr("Stopped.") + " " + text
        elif state.fitting and losses:
            text = fill(
                self.tr("Epoch %1/%2, training MSE %3"),
                state.training.epochs_done,
                state.fit_target,
                decimal(losses[-1], 4),
            )
        else:
            text = self.tr(
                "The course's model: SimpleRNN(20, relu) → Dense(5, relu) → "
                "Dense(1), 551 parameters; MSE, RMSprop, 200 epochs, batch 16."
            )
        self.status.setText(text)

    def retranslate(self) -> None:
        self.texts.retranslate()
        self._show_speed(self.state.animation_speed)
        self.render_status()

    def shutdown(self) -> None:
        self.animation.play(False)
        self.redraw_timer.stop()
        self.stop_training()
