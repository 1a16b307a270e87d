"""The one way the interface runs Keras: jobs in worker threads (no Keras here).

A job is a plain function of ``guiapp.ml`` that takes a
:class:`guiapp.ml.session.Task` first (see that module). :class:`KerasSession`
runs it in a QThread, forwards its reports to the GUI thread, and stops it on
request or when the window closes::

    job = self.session.start("evaluate", evaluation.evaluate, model, x, y)
    job.sig_report.connect(self._on_evaluate_progress)
    job.sig_done.connect(self._on_evaluated)
    job.sig_failed.connect(self._on_evaluate_failed)

Connections are written out (grep finds every wire) to methods of QObjects that
live in the GUI thread. Connecting right after ``start`` is safe: the worker's
signals are queued to the GUI thread, which is busy running this code.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal, Slot

from .. import threads
from . import collector, timers

__all__ = ["Job", "JobWorker", "KerasSession", "error_message"]


def error_message(error: BaseException) -> str:
    """A job's exception as a sentence in the user's language.

    guiapp.core and guiapp.ml raise :class:`guiapp.core.messages.Message`
    templates, translated here; anything else is shown with its type.
    """
    from ..i18n import translate_message

    if error.args and hasattr(error.args[0], "template"):
        return translate_message(error.args[0])
    text = str(error)
    return text if text else type(error).__name__


class JobWorker(QObject):
    """Runs ``function(task, *args)`` in its thread; reports in signals."""

    sig_report = Signal(object)
    """A tuple the job sent with ``task.report(...)``."""

    sig_done = Signal(object)
    """The job's return value."""

    sig_failed = Signal(object)
    """The exception the job raised (``Stopped`` when it gave up on request)."""

    sig_finished = Signal()
    """The worker is done, whatever the outcome."""

    def __init__(self, function, args, task):
        super().__init__()
        self.function, self.args, self.task = function, args, task

    @Slot()
    def run(self) -> None:
        try:
            self.sig_done.emit(self.function(self.task, *self.args))
        except Exception as error:  # reported to the user, never raised in a thread
            self.sig_failed.emit(error)
        finally:
            self.sig_finished.emit()


class Job(QObject):
    """The GUI thread's handle on one running job."""

    sig_report = Signal(object)
    """A report of the job (a tuple), in the GUI thread."""

    sig_done = Signal(object)
    """The job returned this value."""

    sig_failed = Signal(str)
    """The job raised; the message is in the user's language. Not sent when the
    job was stopped on request."""

    sig_stopped = Signal()
    """The job gave up because it was asked to stop."""

    sig_finished = Signal()
    """The job ended, whatever the outcome (after done / failed / stopped)."""

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        from ...ml.session import Task

        self.name = name
        self.task = Task(on_report=self._queue_report)
        self.running = True
        self.shows_busy = True
        self.started_at = time.perf_counter()
        self.worker: JobWorker | None = None

    def _queue_report(self, *values) -> None:
        # called in the worker thread: emit the worker's signal (queued)
        if self.worker is not None:
            self.worker.sig_report.emit(values)

    def stop(self) -> None:
        """Ask the job to stop at its next check."""
        self.task.stop()

    @Slot(object)
    def _on_report(self, values) -> None:
        self.sig_report.emit(values)

    @Slot(object)
    def _on_done(self, value) -> None:
        self.sig_done.emit(value)

    @Slot(object)
    def _on_failed(self, error) -> None:
        from ...ml.session import Stopped

        if isinstance(error, Stopped):
            self.sig_stopped.emit()
        else:
            self.sig_failed.emit(error_message(error))

    @Slot()
    def _on_finished(self) -> None:
        self.running = False
        self.worker = None
        self.sig_finished.emit()


class KerasSession(QObject):
    """Every Keras call of the interface goes through here, off the GUI thread.

    One session for the window; tabs get it from their context. A job has a name
    ("fit", "evaluate", "check-keras"...); :meth:`busy` tells whether one of that
    name runs. :meth:`close` stops them all and waits at most 2 s.
    """

    sig_busy = Signal(str)
    """The name of a job that has run for a while ("" when none is left): the
    window shows a busy indicator."""

    BUSY_AFTER_MS = 300

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.jobs: list[Job] = []
        self._busy_timer = timers.timer(
            self, self.BUSY_AFTER_MS, self._announce_busy, single_shot=True
        )

    def start(self, name: str, function, *args, busy: bool = True) -> Job:
        """Run ``function(task, *args)`` in a worker thread; return its Job.

        ``busy`` False: the window shows no busy indicator for it (TensorFlow's
        import, which the status bar announces itself).
        """
        job = Job(name, self)
        job.shows_busy = busy
        worker = JobWorker(function, args, job.task)
        job.worker = worker
        worker.sig_report.connect(job._on_report)
        worker.sig_done.connect(job._on_done)
        worker.sig_failed.connect(job._on_failed)
        worker.sig_finished.connect(job._on_finished)
        job.sig_finished.connect(self._on_job_finished)
        self.jobs.append(job)
        threads.start(worker, worker.run, worker.sig_finished)
        if busy and not self._busy_timer.isActive():
            self._busy_timer.start()
        return job

    def busy(self, name: str | None = None) -> bool:
        """True if a job (of that name) is running."""
        return any(job.running and name in (None, job.name) for job in self.jobs)

    def stop(self, name: str | None = None) -> None:
        """Ask the running jobs (of that name) to stop."""
        for job in self.jobs:
            if job.running and name in (None, job.name):
                job.stop()

    def wait(self, timeout_ms: int = 2000) -> bool:
        """Wait for every job's thread to end; True if all did in time."""
        deadline = time.perf_counter() + timeout_ms / 1000
        for thread in threads.running():
            left = max(0, int((deadline - time.perf_counter()) * 1000))
            thread.wait(left)
        return not threads.running()

    def close(self, timeout_ms: int = 2000) -> bool:
        """Stop every job and wait for them (on close): True if none is left."""
        self.stop()
        return self.wait(timeout_ms)

    @Slot()
    def _on_job_finished(self) -> None:
        for job in self.jobs:
            if not job.running:
                # a child of this session: without this it lived as long as
                # the window, one more per Train, Evaluate, Predict...
                job.deleteLater()
        self.jobs = [job for job in self.jobs if job.running]
        if not self.jobs:
            collector.after_work()  # what the jobs freed goes back to the system
        if not any(job.shows_busy for job in self.jobs):
            self._busy_timer.stop()
            self.sig_busy.emit("")

    @Slot()
    def _announce_busy(self) -> None:
        running = [job for job in self.jobs if job.running and job.shows_busy]
        if running:
            self.sig_busy.emit(running[-1].name)
