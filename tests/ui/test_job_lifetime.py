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
