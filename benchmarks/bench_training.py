"""Training through the app vs plain model.fit, and the window's responsiveness.

    python benchmarks/bench_training.py      (or: make bench)

For each TensorFlow thread count (1, and all cores), in a fresh process:

1. throughput (images/s) of plain ``model.fit(verbose=0)`` (with the same
   preprocessing, model building and compiling as the app's worker) and of the training
   tab (worker thread, callbacks, live plots redrawn at ~30 Hz) on the same
   model (the course's Fashion CNN, same seed), data (the bundled 5 000 MNIST
   digits) and batch size, alternating, best of 3 runs of 2 epochs each;
   target: the app at least 0.95x plain fit;
2. the GUI thread's delay while the tab trains: a 10 ms QTimer probe records
   how late each tick fires; worst and 99th percentile (target: < 50 ms).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

EPOCHS = 2


def measure() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import numpy as np
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from guiapp.ml import datasets, training
    from guiapp.ml.backend import load_keras
    from guiapp.ml.models import build_model
    from guiapp.presets import preset
    from guiapp.teacher import TeacherSettings
    from guiapp.ui.common.jobs import KerasSession
    from guiapp.ui.common.tab import TabContext
    from guiapp.ui.train.state import TrainState
    from guiapp.ui.train.tab import TrainTab

    load_keras()  # what the app does at start-up: import, then set the threads
    app = QApplication.instance() or QApplication([])
    (x, y), _ = datasets.load("mnist-5k")
    config = training.TrainConfig(epochs=EPOCHS, batch_size=64, validation_split=0.1)
    images = int(len(x) * 0.9) * EPOCHS

    def plain() -> float:
        # the same work as the app's worker: preprocess, build, compile, fit
        start = time.perf_counter()
        data = datasets.preprocess(x, y)
        training.seed_everything(0)
        model = training.compile_model(build_model(*preset("fashion-cnn")), config)
        model.fit(*data, batch_size=64, epochs=EPOCHS, validation_split=0.1, verbose=0)
        return images / (time.perf_counter() - start)

    context = TabContext(KerasSession(), TeacherSettings(), quiet=True)
    tab = TrainTab(TrainState(), context)
    tab.resize(1280, 800)
    tab.show()
    tab.state.network = "fashion-cnn"
    tab.state.epochs = EPOCHS
    delays: list[float] = []

    def in_app(probe: bool) -> float:
        tab.reset()
        clock = QElapsedTimer()
        timer = QTimer()
        timer.setInterval(10)
        last = [0]

        def tick():
            now = clock.elapsed()
            delays.append(max(0, now - last[0] - 10))
            last[0] = now

        if probe:
            clock.start()
            timer.timeout.connect(tick)
            timer.start()
        loop = QEventLoop()
        start = time.perf_counter()
        tab.sig_job_finished.connect(loop.quit)
        tab.start_training()
        loop.exec()  # as in the app: the GUI thread waits in its event loop
        tab.sig_job_finished.disconnect(loop.quit)
        while tab.is_training():
            app.processEvents()
        elapsed = time.perf_counter() - start
        timer.stop()
        return images / elapsed

    plain()  # warm-up: graph tracing, caches
    in_app(False)
    plain_runs, app_runs = [], []
    for _ in range(3):
        plain_runs.append(plain())
        app_runs.append(in_app(True))
    tab.close()
    context.session.close()
    delays_ms = np.asarray(delays[5:], dtype=float)
    return {
        "threads": training.set_threads(),
        "plain": max(plain_runs),
        "app": max(app_runs),
        "worst_ms": float(delays_ms.max()),
        "p99_ms": float(np.percentile(delays_ms, 99)),
    }


def main() -> int:
    if "--child" in sys.argv:
        print(json.dumps(measure()))
        return 0
    print(
        "training the course's Fashion CNN on 4 500 images, batch 64, "
        f"{EPOCHS} epochs (best of 3, alternating)"
    )
    for threads in ("1", str(os.cpu_count() or 2)):
        env = {**os.environ, "GUIAPP_TF_THREADS": threads}
        out = subprocess.run(
            [sys.executable, __file__, "--child"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"TensorFlow threads: {result['threads']}")
        print(
            f"   plain fit {result['plain']:7.0f} images/s   app {result['app']:7.0f} images/s"
            f"   ratio {result['app'] / result['plain']:.2f}x  (target >= 0.95x)"
        )
        print(
            f"   GUI thread delay while training: worst {result['worst_ms']:.0f} ms, "
            f"99th percentile {result['p99_ms']:.0f} ms  (target < 50 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
