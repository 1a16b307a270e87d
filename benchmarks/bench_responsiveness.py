"""The GUI thread's worst stall for every action of every tab (5 ms timer probe).

    python benchmarks/bench_responsiveness.py          (or: make bench)

TensorFlow is loaded first, as it is a few seconds after start-up. A 5 ms
QTimer runs while each action is triggered from the event loop (as a click
would) and while its work settles (jobs in the KerasSession, plots redrawn);
the stall is the longest gap between two ticks minus the 5 ms interval. Target:
every action <= 50 ms. It prints each action's worst stall and its ratio to that
budget, measured side by side in one run.

A full-size test set is made for "Evaluate on 10 000 images": the bundled
digits tiled to 60 000 + 10 000 and imported as "mnist" into a temporary data
folder (nothing is downloaded).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

BUDGET_MS = 50.0
PROBE_MS = 5


class Probe:
    """Records the longest gap between ticks of a 5 ms QTimer."""

    def __init__(self):
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self.tick)
        self.worst = 0.0
        self.last = 0.0

    def tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.worst = max(self.worst, now - self.last - PROBE_MS)
        self.last = now

    def start(self) -> None:
        self.worst = 0.0
        self.clock.start()
        self.last = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(0.0, self.worst)


def run_action(app, probe, action, settled, timeout_s=120.0, linger_s=0.3):
    """Trigger ``action`` from the event loop, wait until ``settled()``, return
    the worst stall in ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    probe.start()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    QTimer.singleShot(PROBE_MS * 2, action)
    began = time.perf_counter()
    # let the action start, then wait for its work to settle
    while time.perf_counter() - began < 0.05:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    while not settled() and time.perf_counter() - began < timeout_s:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    end = time.perf_counter() + linger_s  # the redraws that follow a result
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return probe.stop()


def full_size_mnist(folder: Path) -> None:
    """A 70 000-image "mnist" made from the bundled digits (for timing only)."""
    import numpy as np

    from guiapp.ml import datasets

    (x_train, y_train), (x_test, y_test) = datasets.load("mnist-5k")
    train_reps = -(-60000 // len(x_train))
    test_reps = -(-10000 // len(x_test))
    npz = folder / "mnist-full.npz"
    np.savez(
        npz,
        x_train=np.tile(x_train, (train_reps, 1, 1))[:60000],
        y_train=np.tile(y_train, train_reps)[:60000],
        x_test=np.tile(x_test, (test_reps, 1, 1))[:10000],
        y_test=np.tile(y_test, test_reps)[:10000],
    )
    datasets.import_files("mnist", npz)


def photo(folder: Path) -> Path:
    """A 3000 x 2000 colour photo (a sample scaled up)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from guiapp.resources import sample_path

    image = QImage(str(sample_path("coffee")))
    big = image.scaled(
        3000,
        2000,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    path = folder / "photo-3000x2000.png"
    big.save(str(path))
    return path


def actions(window, folder: Path):
    """(tab, action name, action, settled) for every action of every tab."""
    from guiapp.presets import PRESETS

    session = window.session
    idle = lambda: not session.busy()  # noqa: E731
    conv, builder = window.conv_tab, window.builder_tab
    train, rnn = window.train_tab, window.rnn_tab
    cs, bs, ts, rs = (window.context.documents[n] for n in tabs_names())
    big = photo(folder)
    out = []

    def add(tab, name, action, settled=idle):
        out.append((tab, name, action, settled))

    # ---- convolution and pooling
    add("conv", "show the tab", lambda: window.show_tab("conv"))
    add("conv", "sample switch (coffee)", lambda: conv.open_sample("coffee"))
    add("conv", "open a 3000×2000 photo", lambda: conv.open_image(big))
    add("conv", "kernel 11×11 (on the photo)", lambda: conv.set_kernel_size(11))
    add("conv", "Sobel page", lambda: conv.show_page("sobel"))
    add("conv", "pooling page", lambda: conv.show_page("pooling"))
    add("conv", "back to the course photo", lambda: conv.open_sample("chelsea"))
    # ---- builder
    add("builder", "show the tab", lambda: window.show_tab("builder"))
    for name in PRESETS:
        add("builder", f"preset {name}", lambda name=name: builder.load_preset(name))
    add("builder", "add a layer", lambda: builder.add_layer("Dense"))
    add("builder", "Check with Keras", builder.check_with_keras)
    add("builder", "Train this network", builder.request_training)

    # ---- training: the Fashion CNN on the bundled digits, then the full-size set
    def batches():
        return len(ts.training.batch_history.get("loss", []))

    def train_long():
        ts.network, ts.dataset, ts.epochs = "fashion-cnn", "mnist-5k", 50
        train.start_training()

    add("train", "show the tab", lambda: window.show_tab("train"))
    add("train", "Train (Fashion CNN)", train_long, lambda: batches() >= 40)
    add("train", "Stop", train.stop_training, lambda: not train.is_training())
    add(
        "train",
        "Continue (1 epoch)",
        lambda: setattr(ts, "epochs", 1) or train.start_training(resume=True),
        lambda: not train.is_training(),
    )
    add("train", "Step one batch", train.step_batch, lambda: not train.is_training())
    add(
        "train",
        "choose the 70 000-image MNIST",
        lambda: setattr(ts, "dataset", "mnist"),
    )
    add("train", "Samples page (loads 70 000)", lambda: train.show_page("samples"))
    add("train", "Evaluate on 10 000 images", train.evaluate)
    add("train", "Evaluate page", lambda: train.show_page("evaluate"))
    add("train", "a confusion cell", lambda: train.show_confusion_cell(4, 9))
    add("train", "Predict page", lambda: train.show_page("predict"))
    add(
        "train",
        "Predict another test image",
        lambda: setattr(ts, "test_index", 7) or train.predict_test_image(),
    )
    add("train", "Inside the network", lambda: train.show_page("inside"))
    # ---- RNN
    add("rnn", "show the tab", lambda: window.show_tab("rnn"))
    for page in rnn.page_names():
        add("rnn", f"page {page}", lambda page=page: rnn.show_page(page))
    add(
        "rnn",
        "Train (20 epochs)",
        lambda: setattr(rs, "epochs", 20) or rnn.start_training(),
        lambda: not rnn.is_training(),
    )
    add("rnn", "Forecast", rnn.forecast)
    add("rnn", "gradients through time", rnn.compute_gradients)
    add("rnn", "Play (1 s)", lambda: rnn.play(True), lambda: False)
    add("rnn", "Pause", lambda: rnn.play(False))
    # ---- the window
    for name in tabs_names():
        add("window", f"tab switch to {name}", lambda name=name: window.show_tab(name))
    add("window", "language → Français", lambda: window.set_language("fr"))
    add("window", "language → English", lambda: window.set_language("en"))
    add("window", "zoom in", window.zoom_in)
    add("window", "zoom reset", window.reset_zoom)
    add("window", "glossary (F1)", lambda: window.glossary.setVisible(True))
    add("window", "glossary hidden", lambda: window.glossary.setVisible(False))
    return out


def tabs_names():
    from guiapp.ui import tabs

    return tabs.names()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from guiapp.ml.backend import load_keras

    versions = load_keras()
    folder = Path(tempfile.mkdtemp(prefix="guiapp-bench-"))
    os.environ["GUIAPP_DATA_DIR"] = str(folder / "data")
    os.environ["GUIAPP_CONFIG_DIR"] = str(folder / "config")
    app = QApplication.instance() or QApplication([])
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config")
    )
    full_size_mnist(folder)
    from guiapp.ui.main_window import MainWindow

    window = MainWindow("en", restore=False, persist=False, quiet=True)
    window.resize(1280, 800)
    window.show()
    for name in tabs_names():
        window.tab(name)
    probe = Probe()
    print(f"GUI-thread stalls, 5 ms probe, {versions}; budget {BUDGET_MS:.0f} ms")
    print(f"{'tab':8} {'action':40} {'worst ms':>9} {'/ budget':>9}")
    rows = []
    for tab, name, action, settled in actions(window, folder):
        playing = name.startswith("Play")
        worst = run_action(
            app, probe, action, settled, timeout_s=1.0 if playing else 300.0
        )
        rows.append((tab, name, worst))
        flag = "" if worst <= BUDGET_MS else "  over"
        print(
            f"{tab:8} {name:40} {worst:9.1f} {worst / BUDGET_MS:9.2f}{flag}",
            flush=True,
        )
    window.close()
    over = [row for row in rows if row[2] > BUDGET_MS]
    worst = max(rows, key=lambda row: row[2])
    print(
        f"{len(rows)} actions; worst {worst[2]:.1f} ms ({worst[0]}: {worst[1]}), "
        f"{worst[2] / BUDGET_MS:.2f}x the budget; {len(over)} over {BUDGET_MS:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
