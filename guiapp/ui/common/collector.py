"""Garbage collection in the GUI thread only (pyqtgraph's GarbageCollector).

Python collects reference cycles in whichever thread happens to allocate when a
threshold is passed. With Keras in worker threads that is often a worker. When
a cycle holds a Qt object (a widget of a closed dialog, a QAction), its C++
destructor then runs in the worker: it takes Qt's locks and waits for the GIL,
while the GUI thread holds the GIL and waits for those locks — a deadlock. Seen
here: the window hung in ``QObject::~QObject`` while a worker was in ``gc``
during TensorFlow's tracing. The remedy pyqtgraph and Erik Janssens use:
automatic collection off, and a timer that collects in the GUI thread.

The other way round is as bad: a collection in the GUI thread while Keras runs
in a worker finalises TensorFlow objects (an old model, its functions) that
wait for TensorFlow's locks, held by the running fit. Seen here: one collection
during the RNN's training took 9.3 s, the whole fit. So the timer collects only
when no worker thread is running; during a long fit cyclic garbage waits (a few
megabytes), the rest is freed by reference counting as usual.

What is freed must also go back to the system. With glibc's defaults it did
not: the first big block freed (a dataset's arrays, ~16 MB) raises malloc's
mmap threshold, and every later block up to that size was carved from the
heaps, where freed holes stay resident. Twenty Train/Stop cycles kept growing
the process by megabytes each although nothing was left alive
(benchmarks/bench_soak.py). So :func:`install` fixes the threshold at 1 MiB
(big arrays are mapped and unmapped whole), and the collector hands the free
pages back (``malloc_trim``, a few ms) once the workers have finished. Both
only where the C library is glibc; elsewhere nothing changes.
"""

from __future__ import annotations

import ctypes
import gc
import sys

from PySide6.QtCore import QCoreApplication, QObject, QThread, Slot

from . import timers

__all__ = ["install", "after_work", "GuiCollector", "release_free_memory"]

#: glibc's mallopt parameter for the mmap threshold
_M_MMAP_THRESHOLD = -3
#: blocks from this size on are mapped on their own and unmapped when freed
MMAP_THRESHOLD = 1 << 20


def _glibc():
    """The process's C library if it is glibc (it has malloc_trim), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    except (OSError, AttributeError):
        return None
    return libc


def release_free_memory() -> bool:
    """Give the C allocator's free pages back to the system (glibc only);
    True if some were."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False


class GuiCollector(QObject):
    """Collects each generation when its count passes Python's threshold, on a
    timer in the GUI thread, when no worker thread runs."""

    def __init__(self, interval_ms: int = 500):
        super().__init__()
        self.threshold = gc.get_threshold()
        #: a worker ran since the free memory was last given back
        self.worked = False
        gc.disable()
        self.timer = timers.timer(self, interval_ms, self.check)
        self.timer.start()

    @Slot()
    def check(self) -> None:
        from .. import threads

        if threads.running():
            self.worked = True
            return  # TensorFlow at work: its objects must not be finalised now
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)
        if self.worked:
            self.worked = False
            release_free_memory()


_instance: list[GuiCollector] = []


def after_work() -> None:
    """Jobs ended: give the free memory back at the next quiet tick."""
    if _instance:
        _instance[0].worked = True


def install() -> GuiCollector | None:
    """Turn automatic collection off and collect on a GUI-thread timer (once;
    from the GUI thread, with a QApplication)."""
    app = QCoreApplication.instance()
    if _instance or app is None or QThread.currentThread() is not app.thread():
        return _instance[0] if _instance else None
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    collector = GuiCollector()
    collector.moveToThread(app.thread())
    _instance.append(collector)
    return collector
