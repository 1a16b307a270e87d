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


def test_a_guarded_timer_stops_at_its_first_error(qtbot):
    """The timer of ``common.timers`` stops when its slot fails: one report, no
    tick after it, and ``on_stop`` told (a Play button shows it stopped)."""
    from PySide6.QtCore import QObject

    from guiapp.ui.common import timers

    stream = io.StringIO()
    reporter = CrashReporter(stream=stream, show_dialog=False)
    owner = QObject()
    calls, stopped = [], []

    def tick():
        calls.append(1)
        raise IndexError("index 93 is out of bounds for axis 0 with size 90")

    timer = timers.timer(owner, 1, tick, on_stop=lambda: stopped.append(1))
    old = sys.excepthook
    sys.excepthook = reporter.report
    try:
        timer.start()
        qtbot.waitUntil(lambda: bool(calls), timeout=2000)
        qtbot.wait(50)
    finally:
        sys.excepthook = old
    assert calls == [1] and stopped == [1]
    assert not timer.isActive()
    assert stream.getvalue().count("Traceback") == 1


def test_a_broken_animation_frame_stops_the_animation(qtbot, monkeypatch):
    """The RNN animation's frame failing (as a series changed under it once
    did) stops the animation and unpresses Play, instead of failing 33 times a
    second."""
    import pyqtgraph as pg

    from guiapp.ui.rnn.animation import Animation
    from guiapp.ui.rnn.state import RnnState

    stream = io.StringIO()
    reporter = CrashReporter(stream=stream, show_dialog=False)
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    animation = Animation(RnnState(), plot)
    playing = []
    animation.sig_playing.connect(playing.append)

    def broken():
        raise IndexError("index 93 is out of bounds for axis 0 with size 90")

    monkeypatch.setattr(animation.region, "setRegion", lambda *a: broken())
    monkeypatch.setattr(animation.state, "animation_speed", 10)
    old = sys.excepthook
    sys.excepthook = reporter.report
    try:
        animation.play(True)
        qtbot.waitUntil(lambda: not animation.is_playing(), timeout=3000)
        qtbot.wait(100)
    finally:
        sys.excepthook = old
    assert playing == [True, False]
    assert stream.getvalue().count("Traceback") == 1
