"""Finished jobs are let go: a window that ran many keeps none of them (issue 10)."""

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

from guiapp.ui.common.jobs import Job, KerasSession


class Result:
    """What a job returns (a model, an evaluation: something big, in the app)."""


def _make(task):
    return Result()


def test_finished_jobs_and_their_results_are_released(qtbot):
    """Twenty jobs run and end: the session lists none, no Job object is left
    (they were children of the session, one more per Train or Evaluate) and
    nothing they returned is kept."""
    session = KerasSession()
    jobs, results = [], []
    for _ in range(20):
        job = session.start("make", _make)
        job.sig_done.connect(lambda value: results.append(weakref.ref(value)))
        jobs.append(weakref.ref(job))
    del job
    qtbot.waitUntil(lambda: not session.busy() and len(results) == 20, timeout=10000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert session.jobs == []
    assert session.findChildren(Job) == []
    assert [ref() for ref in jobs] == [None] * 20
    assert [ref() for ref in results] == [None] * 20


def test_free_memory_is_given_back_once_the_jobs_ended(qtbot, monkeypatch):
    """When the last job ends, the collector hands the C allocator's free pages
    back to the system at its next tick (what a fit freed does not stay in the
    process)."""
    from guiapp.ui.common import collector

    given_back = []
    monkeypatch.setattr(
        collector, "release_free_memory", lambda: given_back.append(True)
    )
    session = KerasSession()
    session.start("make", _make)
    qtbot.waitUntil(lambda: not session.busy(), timeout=10000)
    qtbot.waitUntil(lambda: bool(given_back), timeout=3000)
    assert not collector.install().worked


def test_giving_memory_back_is_harmless():
    """release_free_memory works (glibc) or does nothing (another C library)."""
    from guiapp.ui.common import collector

    assert collector.release_free_memory() in (True, False)
