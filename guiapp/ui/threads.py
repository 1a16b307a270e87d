"""A registry of the QThreads guiapp starts, so that none is left running.

Every background thread is started through :func:`start`; the main window stops
them on close and the test suite fails a test that leaves one running.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QThread

_threads: "weakref.WeakSet[QThread]" = weakref.WeakSet()


def start(worker: QObject, run_slot, finished_signal, parent: QObject | None = None) -> QThread:
    """Move ``worker`` to a new QThread, run ``run_slot`` there, clean up after.

    Mu's wiring: ``finished_signal -> thread.quit``, ``deleteLater`` on both.
    """
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(run_slot)
    finished_signal.connect(thread.quit)
    finished_signal.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    _threads.add(thread)
    thread.start()
    return thread


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
