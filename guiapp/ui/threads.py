"""A registry of the QThreads guiapp starts, so that none is left running.

Every background thread is started through :func:`start`; the main window stops
them on close and the test suite fails a test that leaves one running.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Slot

# Strong references: a QThread whose Python wrapper is collected while it runs
# aborts the process ("QThread: Destroyed while thread is still running").
_threads: set[QThread] = set()
_workers: dict[QThread, QObject] = {}


def start(
    worker: QObject, run_slot, finished_signal, parent: QObject | None = None
) -> QThread:
    """Move ``worker`` to a new QThread, run ``run_slot`` there, clean up after.

    Mu's wiring (``finished_signal -> thread.quit``, the thread deleted later),
    except that the worker is released in the GUI thread once its thread ended.
    """
    from .common import collector

    collector.install()  # no garbage collection in this thread (see collector)
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(run_slot)
    # Direct: QThread.quit is thread-safe, and a queued call would wait for the
    # GUI thread's event loop, which is blocked while the window waits for the
    # thread on close (a deadlock until the wait times out).
    finished_signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    # no worker.deleteLater: it ran at thread exit, in a thread without Python,
    # and crashed now and then; the worker is dropped by _forget, after its
    # thread has finished
    thread.finished.connect(thread.deleteLater)
    thread.finished.connect(_reaper().forget)
    _threads.add(thread)
    _workers[thread] = worker
    thread.start()
    return thread


class _Reaper(QObject):
    """Lives in the GUI thread, so ``finished`` is handled there (a bare lambda
    could run in the finishing thread)."""

    @Slot()
    def forget(self) -> None:
        thread = self.sender()
        _threads.discard(thread)
        _workers.pop(thread, None)


_reaper_instance: _Reaper | None = None


def _reaper() -> _Reaper:
    global _reaper_instance
    if _reaper_instance is None:
        _reaper_instance = _Reaper()
    return _reaper_instance


def running() -> list[QThread]:
    """The registered threads that are still running."""
    alive = []
    for thread in list(_threads):
        try:
            if thread.isRunning():
                alive.append(thread)
        except RuntimeError:  # the C++ object is already deleted
            pass
    return alive


def stop_all(timeout_ms: int = 5000) -> None:
    """Ask every registered thread to quit and wait for it."""
    for thread in running():
        thread.requestInterruption()
        thread.quit()
        thread.wait(timeout_ms)
