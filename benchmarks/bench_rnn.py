"""RNN tab animation: frames per second, idle and while the course's model trains.

    python benchmarks/bench_rnn.py           (or: make bench)

The animation timer asks for a frame every 30 ms (33 fps) with the whole
series, the predictions and the window drawn. Measured for 4 seconds with
nothing else running, then for 4 seconds while the course's RNN trains in the
worker thread: frames per second and the GUI thread's worst and 99th
percentile delay (target: >= 30 fps in both cases, delay < 50 ms).
"""

from __future__ import annotations

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def measure(app, tab, seconds: float = 4.0):
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    tab._frame_times.clear()
    clock, delays, last = QElapsedTimer(), [], [0]

    def tick():
        now = clock.elapsed()
        delays.append(max(0, now - last[0] - 10))
        last[0] = now

    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(tick)
    clock.start()
    probe.start()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    start = time.perf_counter()
    loop.exec()
    probe.stop()
    frames = [t for t in tab._frame_times if t >= start]
    fps = (len(frames) - 1) / (frames[-1] - frames[0]) if len(frames) > 1 else 0.0
    delays = sorted(delays[3:])
    return fps, delays[-1], delays[int(0.99 * (len(delays) - 1))]


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from guiapp.ml.backend import load_keras
    from guiapp.ui.rnn_tab import RnnTab

    versions = load_keras()
    app = QApplication.instance() or QApplication([])
    tab = RnnTab(quiet=True)
    tab.resize(1280, 800)
    tab.show()
    tab.pages.setCurrentIndex(3)
    tab.anim_speed.setValue(10)  # a new window every frame
    tab.anim_play.setChecked(True)
    idle = measure(app, tab)
    tab.rnn_epochs.setValue(1000)
    tab.start_training()
    busy = measure(app, tab)
    tab.stop_training()
    tab.wait()
    tab.anim_play.setChecked(False)
    print(f"RNN tab animation ({versions}), timer at 33 fps, whole series drawn")
    for name, (fps, worst, p99) in (("idle", idle), ("while training", busy)):
        print(
            f"   {name:15s} {fps:5.1f} frames/s   GUI delay worst {worst} ms, 99th percentile {p99} ms"
        )
    print("   targets: >= 30 frames/s, delay < 50 ms")
    tab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
