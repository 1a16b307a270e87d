"""Workers that run Keras off the GUI thread (see HOUSE_STYLE: long work).

Signals carry floats and NumPy arrays, never tensors. A cancel is a
``threading.Event``: while ``fit()`` runs, the worker thread's event loop is
blocked, so a queued slot would never run.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Signal, Slot


class TrainWorker(QObject):
    """Prepares the data (and builds the model), then runs guiapp.ml.training.train.

    ``raw`` is (uint8 images, int labels); ``build`` a callable that returns a
    compiled model, when a new one is needed.
    """

    sig_model = Signal(object)
    """The model the worker built (sent before training starts)."""

    sig_batch = Signal(int, int, object)
    """(epoch, last batch, {metric: [floats]}): the batches since the last report.

    Batches are sent in chunks at most every ``CHUNK_SECONDS``: one signal per
    batch (70 a second on a laptop) kept the GUI thread busy and slowed fit().
    """

    sig_epoch = Signal(int, object)
    """(epoch, logs as a dict of floats) after every epoch."""

    sig_done = Signal(object)
    """The run ended (finished or stopped): train()'s result dict."""

    sig_failed = Signal(str)
    """The run failed; the argument is the message for the user."""

    sig_finished = Signal()
    """The worker is done, whatever the outcome."""

    CHUNK_SECONDS = 0.05

    def __init__(
        self,
        model,
        raw,
        config,
        initial_epoch=0,
        build=None,
        recompile=False,
        images=True,
    ):
        super().__init__()
        self.build, self.recompile = build, recompile
        self.images = (
            images  # MNIST-like images to preprocess; False: data used as given
        )
        self._pending: dict[str, list[float]] = {}
        self._last_sent = 0.0
        self.model, self.raw, self.config = model, raw, config
        self.initial_epoch = initial_epoch
        self.stop_event = threading.Event()
        self.started_at = 0.0

    @Slot()
    def run(self) -> None:
        from ..ml import datasets, training

        self.started_at = time.perf_counter()
        try:
            data = datasets.preprocess(*self.raw) if self.images else self.raw
            if self.build is not None:
                self.model = self.build()
                self.sig_model.emit(self.model)
            elif self.recompile:
                training.compile_model(self.model, self.config)
            result = training.train(
                self.model,
                data,
                self.config,
                on_batch=self._on_batch,
                on_epoch=self._on_epoch,
                should_stop=self.stop_event.is_set,
                initial_epoch=self.initial_epoch,
            )
            self.sig_done.emit(result)
        except training.TrainingDiverged as error:
            self.sig_failed.emit(str(error))
        except Exception as error:  # reported to the user, never raised in a thread
            self.sig_failed.emit(f"{type(error).__name__}: {error}")
        finally:
            self.sig_finished.emit()

    def _on_batch(self, epoch: int, batch: int, logs: dict) -> None:
        for key, value in logs.items():
            self._pending.setdefault(key, []).append(value)
        now = time.perf_counter()
        if now - self._last_sent >= self.CHUNK_SECONDS:
            self._flush(epoch, batch)
            self._last_sent = now

    def _flush(self, epoch: int, batch: int) -> None:
        if self._pending:
            self.sig_batch.emit(epoch, batch, self._pending)
            self._pending = {}

    def _on_epoch(self, epoch: int, logs: dict) -> None:
        self._flush(epoch, -1)
        self.sig_epoch.emit(epoch, logs)


class TaskWorker(QObject):
    """Runs one callable in a QThread and reports its result."""

    sig_done = Signal(object)
    """The callable's return value."""

    sig_failed = Signal(str)
    """The callable raised; the argument is the message."""

    sig_finished = Signal()
    """The worker is done."""

    def __init__(self, function, *args):
        super().__init__()
        self.function, self.args = function, args

    @Slot()
    def run(self) -> None:
        try:
            self.sig_done.emit(self.function(*self.args))
        except Exception as error:  # reported to the user
            from .i18n import (
                translate_message,
            )  # Messages from guiapp.ml, in the user's language

            self.sig_failed.emit(
                translate_message(error.args[0]) if error.args else type(error).__name__
            )
        finally:
            self.sig_finished.emit()


class TaskRunner(QObject):
    """Runs one callable at a time off the GUI thread for a tab, and calls
    back in the GUI thread (this object lives there)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thread = None
        self._on_done = self._on_failed = None

    def busy(self) -> bool:
        return self.thread is not None

    def run(self, function, on_done, on_failed) -> bool:
        """Start ``function()``; False if a task is already running."""
        from . import threads

        if self.busy():
            return False
        worker = TaskWorker(function)
        self._on_done, self._on_failed = on_done, on_failed
        worker.sig_done.connect(self._done)
        worker.sig_failed.connect(self._failed)
        worker.sig_finished.connect(self._finished)
        self.thread = threads.start(worker, worker.run, worker.sig_finished)
        return True

    def wait(self, timeout_ms: int = 5000) -> None:
        if self.thread is not None:
            self.thread.wait(timeout_ms)

    @Slot(object)
    def _done(self, value) -> None:
        self._on_done(value)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._on_failed(message)

    @Slot()
    def _finished(self) -> None:
        self.thread = None


def start_training(receiver: QObject, worker: TrainWorker):
    """Connect each ``worker.sig_NAME`` to ``receiver._on_NAME`` when the tab has
    one (model, batch, epoch, predictions, done, failed, finished), then start
    the worker in its thread. Returns the QThread."""
    from . import threads

    for name in (
        "model",
        "batch",
        "epoch",
        "predictions",
        "done",
        "failed",
        "finished",
    ):
        signal, slot = (
            getattr(worker, f"sig_{name}", None),
            getattr(receiver, f"_on_{name}", None),
        )
        if signal is not None and slot is not None:
            signal.connect(slot)
    return threads.start(worker, worker.run, worker.sig_finished)
