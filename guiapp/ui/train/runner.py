"""Starting, following and stopping a training run (the tab's one fit job).

The run is :func:`guiapp.ml.training.fit_classifier` in the window's
KerasSession: it loads and preprocesses the data, builds (or recompiles) the
model and trains it, in a worker thread, and only *reports*. Here, in the GUI
thread, each report is recorded into the document's TrainingSession and the
run's progress; the views redraw from the document.

A class watches the network learn with steps (one batch, one epoch: each
trains that much, then stops, the model ready for the next step or Continue)
and a slower speed: the worker waits between two batches, in its own thread,
and a Stop ends the wait at once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal, Slot

from ...ml import training
from ...ml.session import holding
from ...ml.training import batches_per_epoch
from ..common.jobs import Job, KerasSession
from .state import SPEEDS, TrainState

__all__ = ["TrainingRunner", "FIT_JOB", "SPEEDS"]

#: the KerasSession job's name
FIT_JOB = "fit"


class TrainingRunner(QObject):
    """The training tab's fit job: start, stop, and the reports it records."""

    sig_failed = Signal(str)
    """The run failed (the loss diverged...); the sentence for the user."""

    sig_finished = Signal()
    """A run ended, whatever the outcome (the document says how)."""

    def __init__(self, state: TrainState, session: KerasSession, parent=None):
        super().__init__(parent)
        self.state = state
        self.session = session
        self.job: Job | None = None
        #: the running run is a step (of batches or epochs)
        self._step = False
        #: the wait after a batch, for the worker (the document's speed)
        self._delay = SPEEDS[state.speed]
        state.subscribe(self._on_state)

    @property
    def speed(self) -> str:
        """The document's speed (one of :data:`SPEEDS`); a change applies from
        the next batch, also during a run."""
        return self.state.speed

    @speed.setter
    def speed(self, name: str) -> None:
        if name not in SPEEDS:
            raise ValueError(
                f"unknown speed {name!r}: choose one of {', '.join(SPEEDS)}"
            )
        self.state.speed = name

    def delay(self) -> float:
        """Seconds to wait after a batch (read by the worker: a plain float,
        written in the GUI thread when the document's speed changes)."""
        return self._delay

    def _on_state(self, name: str) -> None:
        if name == "speed":
            self._delay = SPEEDS[self.state.speed]

    # ---- public API
    def busy(self) -> bool:
        return self.job is not None

    def start(
        self,
        input_shape,
        layers,
        resume: bool,
        batches: int | None = None,
        epochs: int | None = None,
    ) -> None:
        """Train ``(input_shape, layers)`` with the state's settings; with
        ``resume``, continue the current model from the epoch it reached (a
        changed network, dataset or seed builds anew).

        A step: ``batches`` trains that many batches of the current epoch,
        ``epochs`` that many epochs (instead of the Epochs setting), the first
        of them the end of an epoch that steps began."""
        state = self.state
        config = state.config()
        if epochs is not None:
            config = replace(config, epochs=epochs)
        session = state.training
        key = (repr((tuple(input_shape), layers)), state.dataset, config.seed)
        build, recompile = session.prepare_run(key, resume, state.optimizer_settings())
        data = state.data()
        samples = len(data[0][0]) if data is not None else 0
        self._step = batches is not None or epochs is not None
        with state.batch():
            state.forget_results()  # the weights change: old results are stale
            state.begin_run(samples, resume=not build)
            run = state.run
            reached = (session.epochs_done, session.batches_in_epoch)
            if self._step:
                # the bar shows the epochs of the Epochs setting (or the ones
                # stepped beyond it), from the first: a step fills its part
                end = reached[0] + (epochs or 1)
                run.first_epoch = 0
                run.target_epochs = max(state.epochs, end)
                run.stop = (end, 0) if epochs else (reached[0], reached[1] + batches)
            run.start = reached
            run.restart()
            if build:
                state.notify("training")  # the history was cleared
        self.job = self.session.start(
            FIT_JOB,
            holding,  # one job at a time on this model (a prediction may run)
            session.lock,
            training.fit_classifier,
            session,
            state.dataset,
            data,
            config,
            training.model_builder(input_shape, layers, config) if build else None,
            recompile,
            None if build else session.model,
            0 if build else session.epochs_done,
            batches,
            0 if build else session.batches_in_epoch,
            None if build else session.epoch_means(),
            self.delay,
        )
        self.job.sig_report.connect(self._on_report)
        self.job.sig_done.connect(self._on_done)
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_stopped.connect(self._on_stopped)
        self.job.sig_finished.connect(self._on_finished)

    def stop(self) -> None:
        """Stop after the current batch."""
        if self.job is not None:
            self.job.stop()

    # ---- the job's reports (GUI thread)
    @Slot(object)
    def _on_report(self, values) -> None:
        state = self.state
        kind = values[0]
        if kind == "data":
            _, name, data = values
            state.set_data(name, data)
            run = state.run
            if run is not None:
                run.batches_per_epoch = batches_per_epoch(
                    len(data[0][0]), state.config()
                )
                run.restart()  # no batch yet: counted again with the right size
            return
        state.training.record(*values)
        if kind == "batches" and state.run is not None:
            epoch, last_batch, logs = values[1:]
            state.run.add(epoch, last_batch, len(next(iter(logs.values()), [])))
            state.notify("run")
        state.notify("training")

    @Slot(object)
    def _on_done(self, result: dict) -> None:
        state = self.state
        state.training.finish(result)
        if not result["stopped"] and state.run is not None:
            state.run.finish()
            state.notify("run")
        if self._step:
            state.status = self.step_status(result["stopped"])
            return
        history = state.training.epoch_history
        last = (
            (history["loss"][-1], history["accuracy"][-1])
            if history.get("loss") and history.get("accuracy")
            else None
        )
        state.status = ("done", result["stopped"], state.training.epochs_done, last)

    def step_status(self, stopped: bool) -> tuple:
        """Where a step left the network, as the progress line says it:
        ("step", stopped, epochs done, batches into the next epoch, batches an
        epoch, the Epochs setting, loss, accuracy or None); the loss and the
        accuracy of the epoch that ended, else the means so far in the epoch."""
        state = self.state
        training, run = state.training, state.run
        per_epoch = run.batches_per_epoch if run is not None else 0
        history = (
            training.batch_history
            if training.batches_in_epoch
            else training.epoch_history
        )
        loss = history.get("loss") or [float("nan")]
        accuracy = history.get("accuracy")
        return (
            "step",
            stopped,
            training.epochs_done,
            training.batches_in_epoch,
            per_epoch,
            state.epochs,
            loss[-1],
            accuracy[-1] if accuracy else None,
        )

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.state.training.fail()  # diverged weights are useless: start afresh
        self.state.status = ("message", message)
        self.state.notify("training")
        self.sig_failed.emit(message)

    @Slot()
    def _on_stopped(self) -> None:
        # stopped before training began (while loading the data)
        self.state.status = ("done", True, self.state.training.epochs_done, None)

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
        self._step = False
        self.state.fitting = False
        self.sig_finished.emit()
