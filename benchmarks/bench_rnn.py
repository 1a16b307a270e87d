"""RNN tab: the GUI thread's worst stall for every action, and the animation's fps.

    python benchmarks/bench_rnn.py           (or: make bench)

TensorFlow is loaded first (as the window does in the background). Each action
runs inside the event loop while a 5 ms QTimer probes the GUI thread; the
worst delay of the probe from the action until its result is shown (the fit,
the forecast, the gradients, Keras's answer) is the stall a user would feel.
Target: every action <= 50 ms. ``--freeze`` calls ``gc.freeze()`` after
loading TensorFlow, to compare (see the note printed at the end). Then the animation's frames per second for 3
seconds idle and 3 seconds while the course's RNN trains, with the median cost of
a frame (target >= 58 fps and <= 8 ms a frame).
"""

from __future__ import annotations

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

PROBE_MS = 5


def run_action(app, action, done=lambda: True, timeout: float = 120.0) -> float:
    """Worst GUI-thread delay (ms) from ``action()`` until ``done()`` is true."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock, delays, last = QElapsedTimer(), [], [0]

    def tick():
        now = clock.elapsed()
        delays.append(max(0, now - last[0] - PROBE_MS))
        last[0] = now

    probe = QTimer()
    probe.setTimerType(probe.timerType().PreciseTimer)
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(tick)
    loop = QEventLoop()
    started = []

    def check():
        if started and done():
            loop.quit()
        elif time.perf_counter() - started[0] > timeout:
            loop.quit()

    def go():
        started.append(time.perf_counter())
        action()

    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(check)
    clock.start()
    probe.start()
    QTimer.singleShot(60, go)
    QTimer.singleShot(80, watcher.start)
    loop.exec()
    # a little after the result too (the last redraws)
    QTimer.singleShot(100, loop.quit)
    loop.exec()
    probe.stop()
    watcher.stop()
    return float(max(delays[2:], default=0))


def measure_fps(tab, seconds: float = 3.0) -> float:
    from PySide6.QtCore import QEventLoop, QTimer

    animation = tab.train_page.animation
    animation.frame_times.clear()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    start = time.perf_counter()
    loop.exec()
    frames = [t for t in animation.frame_times if t >= start]
    return (len(frames) - 1) / (frames[-1] - frames[0]) if len(frames) > 1 else 0.0


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from guiapp.ml.backend import load_keras

    versions = load_keras()
    freeze = "--freeze" in sys.argv
    if freeze:
        import gc

        gc.freeze()  # TensorFlow's objects out of the collector's way
    app = QApplication.instance() or QApplication([])
    from guiapp.ui import i18n
    from guiapp.ui.common.jobs import KerasSession
    from guiapp.ui.common.tab import TabContext
    from guiapp.ui.rnn.state import RnnState
    from guiapp.ui.rnn.tab import RnnTab

    session = KerasSession()
    state = RnnState()
    tab = RnnTab(state, TabContext(session=session, quiet=True))
    tab.resize(1280, 800)
    tab.show()
    idle = lambda: not session.busy()  # noqa: E731

    def train(epochs):
        def start():
            state.epochs = epochs
            tab.start_training()

        return start

    def stop_after_a_second():
        state.epochs = 2000
        tab.start_training()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(1000, tab.stop_training)

    def play_on_its_page():
        tab.show_page("train")
        tab.play(True)

    def language(code):
        def switch():
            i18n.install(code)
            tab.retranslate()

        return switch

    actions = [
        *(
            (f"page {name}", lambda name=name: tab.show_page(name), idle)
            for name in tab.page_names()
        ),
        ("new series (window 10)", lambda: setattr(state, "window", 10), idle),
        ("new series (square)", lambda: setattr(state, "signal", "square"), idle),
        ("back to the course", lambda: state.reset_settings(), idle),
        ("cell: course example", tab.course_cell, idle),
        ("cell: step", tab.step_cell, idle),
        ("shapes: a course case", lambda: state.apply_shape_case(3), idle),
        ("shapes: Check with Keras", tab.check_shapes_with_keras, idle),
        ("Train (60 epochs)", train(60), idle),
        ("Continue (20 epochs)", lambda: tab.start_training(resume=True), idle),
        ("Train then Stop", stop_after_a_second, idle),
        ("Forecast (40 steps)", tab.forecast, idle),
        ("gradients through time", tab.compute_gradients, idle),
        ("page train again", lambda: tab.show_page("train"), idle),
        ("Step", lambda: tab.step(1), idle),
        ("Step back", lambda: tab.step(-1), idle),
        # on its page: the animation waits while hidden (it waited for the
        # 120 s timeout after the gradients page)
        ("Play (2 s)", play_on_its_page, lambda: tab.frames_per_second() > 0),
        ("language: French", language("fr"), idle),
        ("language: English", language("en"), idle),
    ]
    print(
        f"RNN tab ({versions}): worst GUI-thread stall, {PROBE_MS} ms probe"
        + (", gc.freeze() after loading TensorFlow" if freeze else "")
    )
    worst = 0.0
    for name, action, done in actions:
        if name.startswith("Continue"):
            state.epochs = 20
        stall = run_action(app, action, done)
        if name.startswith("Play"):
            run_action(app, lambda: None, lambda: False, timeout=2.0)
            tab.play(False)
        worst = max(worst, stall)
        print(f"   {name:28s} {stall:5.0f} ms")
    print(f"   worst {worst:.0f} ms (target <= 50 ms)")
    if not freeze:
        print(
            "   (the first fit's stall is Python's garbage collector walking "
            "TensorFlow's objects while holding the GIL: compare with --freeze)"
        )

    tab.show_page("train")
    state.animation_speed = 30  # windows a second, the fastest
    tab.play(True)
    animation = tab.train_page.animation
    fps_idle = measure_fps(tab)
    cost_idle = animation.frame_cost_ms()
    animation.frame_costs.clear()
    state.epochs = 1000
    tab.start_training()
    fps_busy = measure_fps(tab)
    cost_busy = animation.frame_cost_ms()
    tab.stop_training()
    tab.play(False)
    session.close(5000)
    print(
        f"Animation, timer asking 60 fps: idle {fps_idle:.1f} frames/s "
        f"(median frame {cost_idle:.2f} ms), while training {fps_busy:.1f} "
        f"frames/s (median frame {cost_busy:.2f} ms); target >= 58 fps, <= 8 ms"
    )
    tab.shutdown()
    tab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
