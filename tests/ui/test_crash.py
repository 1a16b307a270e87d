"""Unexpected errors in slots and timers: reported once, never a dialog per tick."""

import io
import sys

from PySide6.QtCore import QTimer

from guiapp.ui.crash import CrashReporter


def raise_in_timer(reporter, qtbot, ticks=10):
    """A timer whose slot fails at every tick, as a broken animation would."""
    timer = QTimer()
    timer.setInterval(1)
    calls = []

    def tick():
        calls.append(1)
        if len(calls) >= ticks:
            timer.stop()
        raise IndexError("index 93 is out of bounds for axis 0 with size 90")

    timer.timeout.connect(tick)
    old = sys.excepthook
    sys.excepthook = reporter.report
    try:
        timer.start()
        qtbot.waitUntil(lambda: len(calls) >= ticks, timeout=5000)
    finally:
        sys.excepthook = old
    return calls


def test_a_failing_timer_gives_one_traceback_and_one_dialog(qtbot):
    """Ten failing ticks: one traceback on stderr, a repeat count, one dialog,
    and the event loop kept running (the dialog is not modal-blocking)."""
    stream = io.StringIO()
    reporter = CrashReporter(stream=stream)
    calls = raise_in_timer(reporter, qtbot)
    assert len(calls) == 10  # the loop went on while the dialog was up
    text = stream.getvalue()
    assert text.count("Traceback") == 1
    assert "IndexError: index 93" in text
    assert "the same error again (2 times)" in text
    assert reporter.dialog is not None and reporter.dialog.isVisible()
    shown = reporter.dialog
    reporter.dialog.close()
    raise_in_timer(reporter, qtbot, ticks=3)
    assert reporter.dialog is shown  # the same error: no new dialog
