"""Keras work as plain functions that report progress and can be stopped (no Qt).

Orange3's habit: long work is a plain function ``run(task, ...)``. It checks
``task.should_stop()`` between steps and sends progress with ``task.report(...)``;
whoever started it decides what a report means. The interface runs these
functions in a worker thread (``guiapp.ui.common.jobs``); tests call them
directly with a :class:`Task`, no widget and no thread.

:class:`TrainingSession` is the one training loop of guiapp, for the CNN and the
RNN alike: build, fit, stop after the batch, continue, reset, and the steps a
class watches (a few batches, the end of an epoch, a wait after each batch). It
keeps the model and its history, so a stopped run continues and a view can
redraw everything from it (after a language switch, say).

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
from dataclasses import replace

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

    def wait(self, seconds: float) -> bool:
        """Wait ``seconds`` in the job's thread (a slowed run, between two
        batches), at once over when a stop is asked; True if it was."""
        return self._stop.wait(seconds)

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
    * ``("epoch", epoch, {metric: float})`` after every epoch (also one that
      a Stop ended early: Keras ends it with its validation);
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
        #: batches trained of epoch ``epochs_done`` (steps of one batch leave an
        #: epoch unfinished; 0 when the last epoch ended)
        self.batches_in_epoch = 0
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
            self.batches_in_epoch += count
        elif kind == "epoch":
            epoch, logs = values
            for key, value in logs.items():
                self.epoch_history.setdefault(key, []).append(value)
            self.epochs_done = epoch + 1
            self.batches_in_epoch = 0

    def finish(self, result: dict) -> None:
        """The run ended (finished or stopped): keep its result."""
        self.last_result = result

    def fail(self) -> None:
        """The run failed (diverged): the weights are useless, start afresh."""
        self.model = None
        self.key = None
        self.epochs_done = 0
        self.batches_in_epoch = 0

    def epoch_means(self) -> dict[str, float] | None:
        """The last batch's means so far in the unfinished epoch (what a step
        goes on from), None at the start of an epoch."""
        if self.batches_in_epoch == 0:
            return None
        return {key: values[-1] for key, values in self.batch_history.items() if values}

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
        batches: int | None = None,
        first_batch: int | None = None,
        means: dict | None = None,
        pace: Callable[[], float] | None = None,
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
        batches : int, optional
            A step: train that many batches, then stop (an epoch ends when
            its last batch is trained). None: ``config.epochs`` epochs, the
            first of them the end of an epoch that steps began.
        first_batch, means :
            Where the unfinished epoch is and its means so far; default to
            this session's :attr:`batches_in_epoch` and :meth:`epoch_means`.
        pace : callable() -> seconds, optional
            Asked after every batch: a slowed run waits that long, here in the
            worker thread, before the next batch (a Stop ends the wait at once).

        Returns
        -------
        dict
            :func:`guiapp.ml.training.train`'s result.
        """
        from . import training

        model = self.model if model is None else model
        initial_epoch = self.epochs_done if initial_epoch is None else initial_epoch
        first_batch = self.batches_in_epoch if first_batch is None else first_batch
        means = self.epoch_means() if means is None and first_batch else means
        data = prepare()
        if build is not None:
            model = build()
            task.report("model", model)
            initial_epoch, first_batch, means = 0, 0, None
        elif recompile:
            training.compile_model(model, config)
        chunker = BatchChunker(lambda *values: task.report("batches", *values))
        last = [initial_epoch, 0]  # the last batch trained: (epoch, batch)

        def on_batch(epoch: int, batch: int, logs: dict) -> None:
            last[:] = epoch, batch
            chunker.add(epoch, batch, logs)

        def on_epoch(epoch: int, logs: dict) -> None:
            chunker.flush(epoch, -1)
            task.report("epoch", epoch, logs)
            if epoch_hook is not None:
                epoch_hook(task, epoch, model)

        def wait() -> None:
            seconds = pace()
            if seconds > 0:
                chunker.flush(*last)  # the class sees this batch while waiting
                task.wait(seconds)

        run = {
            "on_batch": on_batch,
            "on_epoch": on_epoch,
            "should_stop": task.should_stop,
            "pace": None if pace is None else wait,
        }
        if batches is None and first_batch == 0:
            return training.train(
                model, data, config, initial_epoch=initial_epoch, **run
            )
        # a step, or the end of the epoch that steps began, one batch at a time
        step = training.train_batches(
            model, data, config, initial_epoch, first_batch, batches, means, **run
        )
        chunker.flush(*last)
        left = config.epochs - step["epochs_done"]
        if batches is not None or step["stopped"] or left <= 0:
            return step
        if pace is not None:
            wait()
            if task.should_stop():
                return {**step, "stopped": True}
        rest = training.train(
            model,
            data,
            replace(config, epochs=left),
            initial_epoch=initial_epoch + 1,
            **run,
        )
        history = {
            key: step["history"].get(key, []) + values
            for key, values in rest["history"].items()
        }
        return {
            "history": history,
            "stopped": rest["stopped"],
            "epochs_done": step["epochs_done"] + rest["epochs_done"],
        }
