"""Keras work as plain functions that report progress and can be stopped (no Qt).

Orange3's habit: long work is a plain function ``run(task, ...)``. It checks
``task.should_stop()`` between steps and sends progress with ``task.report(...)``;
whoever started it decides what a report means. The interface runs these
functions in a worker thread (``guiapp.ui.common.jobs``); tests call them
directly with a :class:`Task`, no widget and no thread.

:class:`TrainingSession` is the one training loop of guiapp, for the CNN and the
RNN alike: build, fit, stop after the batch, continue, reset. It keeps the model
and its history, so a stopped run continues and a view can redraw everything
from it (after a language switch, say).

>>> task = Task()
>>> task.should_stop()
False
>>> task.stop(); task.should_stop()
True
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

__all__ = ["Task", "Stopped", "BatchChunker", "TrainingSession", "holding"]


class Stopped(Exception):
    """Raised by a job that noticed ``task.should_stop()`` and gave up early."""


class Task:
    """What a job is given: a stop flag it checks and a channel to report on.

    ``on_report(*values)`` is called in the job's thread; the worker that runs the
    job forwards it to the GUI thread. A cancel is a ``threading.Event``: while
    Keras runs, a worker thread's event loop is blocked, so a queued slot could
    never set it.
    """

    def __init__(self, on_report: Callable[..., None] | None = None):
        self._stop = threading.Event()
        self._on_report = on_report

    def stop(self) -> None:
        """Ask the job to stop at its next check (after the batch, the chunk)."""
        self._stop.set()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise :class:`Stopped` if a stop was asked."""
        if self._stop.is_set():
            raise Stopped()

    def report(self, *values) -> None:
        """Send ``values`` (floats, NumPy arrays, tuples; never tensors)."""
        if self._on_report is not None:
            self._on_report(*values)


def holding(task: Task, lock: threading.Lock, function, *args):
    """``function(task, *args)`` run while holding ``lock`` (a job).

    Keras is not made for one model being trained in a thread while another
    thread predicts with it or builds its successor; jobs on one
    :class:`TrainingSession` take its ``lock`` so they run one after the
    other. While waiting, a stop request is honoured (:class:`Stopped`).
    """
    while not lock.acquire(timeout=0.05):
        task.check()
    try:
        return function(task, *args)
    finally:
        lock.release()


class BatchChunker:
    """Groups per-batch logs and sends them at most every ``seconds``.

    One report per batch (70 a second on a laptop) kept the GUI thread busy and
    slowed ``fit()``; a chunk every 50 ms is smooth and cheap.
    """

    def __init__(self, send: Callable[[int, int, dict], None], seconds: float = 0.05):
        self.send, self.seconds = send, seconds
        self._pending: dict[str, list[float]] = {}
        self._last_sent = 0.0

    def add(self, epoch: int, batch: int, logs: dict) -> None:
        for key, value in logs.items():
            self._pending.setdefault(key, []).append(value)
        now = time.perf_counter()
        if now - self._last_sent >= self.seconds:
            self.flush(epoch, batch)
            self._last_sent = now

    def flush(self, epoch: int, batch: int) -> None:
        """Send what is pending; ``batch`` -1 means the end of the epoch."""
        if self._pending:
            self.send(epoch, batch, self._pending)
            self._pending = {}


class TrainingSession:
    """One network being trained: its model, the epochs done and the history.

    :meth:`fit` runs in a worker thread and only *reports*; the GUI thread
    records the reports with :meth:`record` (the session is changed in one
    thread only). Reports are tuples:

    * ``("model", model)``: the model that was built (before training starts);
    * ``("batches", epoch, last_batch, {metric: [floats]})``: batches since the
      last report (``last_batch`` -1 at the end of an epoch);
    * ``("epoch", epoch, {metric: float})`` after every epoch;
    * whatever ``epoch_hook`` reports (the RNN's predictions, say).
    """

    def __init__(self):
        #: taken by every job on this session's model (see :func:`holding`)
        self.lock = threading.Lock()
        self.reset()

    # ---- state, read and changed in the GUI thread
    def reset(self) -> None:
        """Forget the model and its history: the next run builds anew."""
        self.model = None
        #: what the weights depend on (network, dataset, seed...): a change builds anew
        self.key = None
        #: the optimizer settings the model was compiled with
        self.optimizer = None
        self.epochs_done = 0
        #: per batch, in order: {"loss": [...], "accuracy": [...]}
        self.batch_history: dict[str, list[float]] = {}
        #: per epoch: {"loss": [...], "val_loss": [...], ...}
        self.epoch_history: dict[str, list[float]] = {}
        self.last_result: dict | None = None

    def needs_build(self, key, resume: bool) -> bool:
        """True when a run must build a new model (no model, a new key, or not
        resuming); the history is then cleared by :meth:`prepare_run`."""
        return self.model is None or not resume or self.key != key

    def prepare_run(self, key, resume: bool, optimizer: dict) -> tuple[bool, bool]:
        """Decide before a run: ``(build, recompile)``. Clears the history when a
        new model will be built."""
        build = self.needs_build(key, resume)
        recompile = False
        if build:
            self.reset()
            self.key = key
        elif optimizer != self.optimizer:
            recompile = True  # a new optimizer, the same weights
        self.optimizer = optimizer
        return build, recompile

    def record(self, kind: str, *values) -> None:
        """Apply one report of :meth:`fit` (in the GUI thread)."""
        if kind == "model":
            self.model = values[0]
        elif kind == "batches":
            _, _, logs = values
            count = len(next(iter(logs.values()), []))
            for key in set(logs) | set(self.batch_history):
                self.batch_history.setdefault(key, []).extend(
                    logs.get(key, [float("nan")] * count)
                )
        elif kind == "epoch":
            epoch, logs = values
            for key, value in logs.items():
                self.epoch_history.setdefault(key, []).append(value)
            self.epochs_done = epoch + 1

    def finish(self, result: dict) -> None:
        """The run ended (finished or stopped): keep its result."""
        self.last_result = result

    def fail(self) -> None:
        """The run failed (diverged): the weights are useless, start afresh."""
        self.model = None
        self.key = None
        self.epochs_done = 0

    # ---- the work, in a worker thread
    def fit(
        self,
        task: Task,
        prepare: Callable[[], tuple],
        config,
        build: Callable[[], object] | None = None,
        recompile: bool = False,
        epoch_hook: Callable[[Task, int, object], None] | None = None,
        model=None,
        initial_epoch: int | None = None,
    ) -> dict:
        """Prepare the data, build (or recompile) the model, train it.

        Parameters
        ----------
        task : Task
            Stop flag (checked after every batch) and report channel.
        prepare : callable() -> (x, y)
            Makes the training arrays (preprocessing takes ~100 ms: here, not in
            the GUI thread).
        config : guiapp.ml.training.TrainConfig
        build : callable() -> compiled model, optional
            When a new model is needed; it is reported as ``("model", model)``.
        recompile : bool
            Compile the existing model again (a new optimizer, same weights).
        epoch_hook : callable(task, epoch, model), optional
            Called after each epoch in this thread; may ``task.report`` more.
        model, initial_epoch :
            Default to this session's model and epochs done (read once, here,
            before training: the GUI thread does not change them during a run).

        Returns
        -------
        dict
            :func:`guiapp.ml.training.train`'s result.
        """
        from . import training

        model = self.model if model is None else model
        initial_epoch = self.epochs_done if initial_epoch is None else initial_epoch
        data = prepare()
        if build is not None:
            model = build()
            task.report("model", model)
            initial_epoch = 0
        elif recompile:
            training.compile_model(model, config)
        chunker = BatchChunker(lambda *values: task.report("batches", *values))

        def on_epoch(epoch: int, logs: dict) -> None:
            chunker.flush(epoch, -1)
            task.report("epoch", epoch, logs)
            if epoch_hook is not None:
                epoch_hook(task, epoch, model)

        return training.train(
            model,
            data,
            config,
            on_batch=chunker.add,
            on_epoch=on_epoch,
            should_stop=task.should_stop,
            initial_epoch=initial_epoch,
        )
