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
    """Runs guiapp.ml.training.train in a QThread."""

    sig_batch = Signal(int, int, object)
    """(epoch, batch, logs as a dict of floats) after every batch."""

    sig_epoch = Signal(int, object)
    """(epoch, logs as a dict of floats) after every epoch."""

    sig_done = Signal(object)
    """The run ended (finished or stopped): train()'s result dict."""

    sig_failed = Signal(str)
    """The run failed; the argument is the message for the user."""

    sig_finished = Signal()
    """The worker is done, whatever the outcome."""

    def __init__(self, model, data, config, initial_epoch: int = 0):
        super().__init__()
        self.model, self.data, self.config = model, data, config
        self.initial_epoch = initial_epoch
        self.stop_event = threading.Event()
        self.started_at = 0.0

    @Slot()
    def run(self) -> None:
        from ..ml import training

        self.started_at = time.perf_counter()
        try:
            result = training.train(
                self.model,
                self.data,
                self.config,
                on_batch=lambda e, b, logs: self.sig_batch.emit(e, b, logs),
                on_epoch=lambda e, logs: self.sig_epoch.emit(e, logs),
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
            self.sig_failed.emit(str(error) or type(error).__name__)
        finally:
            self.sig_finished.emit()
