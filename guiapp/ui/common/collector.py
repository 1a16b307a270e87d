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
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, Slot

from . import timers

__all__ = ["install", "GuiCollector"]


class GuiCollector(QObject):
    """Collects each generation when its count passes Python's threshold, on a
    timer in the GUI thread, when no worker thread runs."""

    def __init__(self, interval_ms: int = 500):
        super().__init__()
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = timers.timer(self, interval_ms, self.check)
        self.timer.start()

    @Slot()
    def check(self) -> None:
        from .. import threads

        if threads.running():
            return  # TensorFlow at work: its objects must not be finalised now
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)


_instance: list[GuiCollector] = []


def install() -> GuiCollector | None:
    """Turn automatic collection off and collect on a GUI-thread timer (once;
    from the GUI thread, with a QApplication)."""
    app = QCoreApplication.instance()
    if _instance or app is None or QThread.currentThread() is not app.thread():
        return _instance[0] if _instance else None
    collector = GuiCollector()
    collector.moveToThread(app.thread())
    _instance.append(collector)
    return collector
