"""A soak test: what 20 Train/Stop/Evaluate and 20 RNN Train/Stop cycles leave.

    python benchmarks/bench_soak.py          (or: make bench)
    python benchmarks/bench_soak.py --cycles 5 --network fashion-cnn

One process, one real MainWindow, TensorFlow loaded first as in the app. On
the Training tab each cycle presses Train (a new model: the dense network on
the bundled 5 000 digits by default), Stop after a few batches, then Evaluate on
the test set; on the RNN tab each cycle presses Train and Stop after a few
epochs. A warm-up cycle of each comes first (TensorFlow's caches, the pages'
first drawing; ``--warm-up`` for more); the resident memory (RSS) is read after
it and after every cycle, each time once the work has settled and after a
garbage collection. The first two cycles still raise it once (by about 50 MB
on a 2-core Linux machine, and not again after); a leak is a growth that goes
on, which the slope and the second half show.

It prints, per cycle, the RSS and the TensorFlow graphs and Keras models
alive; then the RSS growth over the cycles (goal < 5 %), the growth per cycle
(a least-squares slope, less noisy than first and last) and over the second
half (what is left once the allocator has settled), and what is left behind:
worker threads still running, jobs the KerasSession still lists, Job objects
still alive, timers of the tabs and the session still active, and Keras
models beyond the Training tab's and the RNN tab's current ones. The exit
status is 1 when something is left behind; RSS growth is printed only (it
varies with the C allocator and the machine).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from bench_responsiveness import Probe, run_action, tabs_names  # noqa: E402

GOAL_PERCENT = 5.0


def rss_mb() -> float:
    """The process's resident memory in MB (psutil when installed, else /proc)."""
    try:
        import psutil
    except ImportError:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    return psutil.Process().memory_info().rss / 2**20


def keras_models() -> list:
    """The Keras models still alive (after a full collection), without the ones
    a model keeps inside itself (a Sequential keeps a Functional model of its
    layers, and the earlier ones it made while they were added)."""
    import keras

    gc.collect()
    models = [obj for obj in gc.get_objects() if isinstance(obj, keras.Model)]
    inner = set()
    for model in models:
        tracked = getattr(getattr(model, "_tracker", None), "config", {}) or {}
        _, layers = tracked.get("layers", (None, ()))
        inner.update(id(layer) for layer in layers)
        inner.add(id(getattr(model, "_functional", None)))
    return [model for model in models if id(model) not in inner]


def graphs_alive() -> int:
    """TensorFlow graphs alive (a traced train step is one, with its branches)."""
    from tensorflow.python.framework import ops

    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, ops.Graph))


def settle(app, seconds: float = 0.7) -> None:
    """Let the window go quiet, then collect what is only garbage.

    The events run for longer than a tick of guiapp's collector (500 ms, see
    guiapp.ui.common.collector), so what the app does when its workers have
    ended is done; then one full collection, which the app leaves to its
    timer, so that what is counted is only what is still reachable.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def train_cycle(app, probe, window, batches: int) -> None:
    """Train (a new model), Stop after ``batches`` batches, Evaluate, each
    triggered from the event loop as a click would be."""
    train, state = window.train_tab, window.train_tab.state
    done = lambda: len(state.training.batch_history.get("loss", []))  # noqa: E731
    run_action(app, probe, train.start_training, lambda: done() >= batches, 120, 0)
    run_action(app, probe, train.stop_training, lambda: not train.is_training(), 60, 0)
    evaluated = lambda: (  # noqa: E731
        state.evaluation is not None and not window.session.busy("evaluate")
    )
    run_action(app, probe, train.evaluate, evaluated, 120, 0.05)
    if state.evaluation is None:
        raise RuntimeError("the evaluation gave no result")


def rnn_cycle(app, probe, window, epochs: int) -> None:
    """RNN Train (a new model), Stop after ``epochs`` epochs."""
    rnn, state = window.rnn_tab, window.rnn_tab.state
    trained = lambda: state.training.epochs_done >= epochs  # noqa: E731
    run_action(app, probe, rnn.start_training, trained, 120, 0)
    run_action(app, probe, rnn.stop_training, lambda: not rnn.is_training(), 60, 0.05)


def slope(values: list[float]) -> float:
    """Least-squares growth per step of ``values``."""
    import numpy as np

    if len(values) < 2:
        return 0.0
    return float(np.polyfit(np.arange(len(values)), values, 1)[0])


def leftovers(window) -> dict[str, list]:
    """What should be gone once every run ended: running threads, listed and
    alive jobs, active timers of the tabs and the session, Keras models beyond
    the current ones."""
    from PySide6.QtCore import QTimer

    from guiapp.ui import threads
    from guiapp.ui.common.jobs import Job

    gc.collect()
    session = window.session
    current = {
        id(window.train_tab.state.training.model),
        id(window.rnn_tab.state.training.model),
    }
    owners = {"train": window.tab("train"), "rnn": window.tab("rnn")}
    owners["session"] = session  # its busy indicator's timer
    timers = [
        f"{name}: {type(timer.parent()).__name__} every {timer.interval()} ms"
        for name, owner in owners.items()
        for timer in owner.findChildren(QTimer)
        if timer.isActive()
    ]
    models = keras_models()
    return {
        "threads running": threads.running(),
        "jobs listed by the session": [job.name for job in session.jobs],
        "Job objects alive": [
            obj.name for obj in gc.get_objects() if isinstance(obj, Job)
        ],
        "timers of the tabs and the session active": timers,
        "Keras models alive beyond the current ones": [
            model.name for model in models if id(model) not in current
        ],
        "Keras models alive": [model.name for model in models],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=20, help="default: %(default)s")
    parser.add_argument(
        "--network", default="mnist-dense", help="a preset (default: %(default)s)"
    )
    parser.add_argument(
        "--batches",
        type=int,
        default=15,
        help="batches before Stop (default: %(default)s)",
    )
    parser.add_argument(
        "--epochs",
        type=int,
        default=3,
        help="RNN epochs before Stop (default: %(default)s)",
    )
    parser.add_argument(
        "--warm-up",
        type=int,
        default=1,
        help="cycles before the first RSS reading (default: %(default)s)",
    )
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from guiapp.ml.backend import load_keras

    versions = load_keras()
    folder = Path(tempfile.mkdtemp(prefix="guiapp-soak-"))
    os.environ["GUIAPP_DATA_DIR"] = str(folder / "data")
    os.environ["GUIAPP_CONFIG_DIR"] = str(folder / "config")
    app = QApplication.instance() or QApplication([])
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config")
    )
    from guiapp.ui.main_window import MainWindow

    window = MainWindow("en", restore=False, persist=False, quiet=True)
    window.resize(1280, 800)
    window.show()
    for name in tabs_names():
        window.tab(name)
    train_state, rnn_state = window.train_tab.state, window.rnn_tab.state
    train_state.network, train_state.dataset = args.network, "mnist-5k"
    train_state.epochs = 50  # Stop ends every run
    rnn_state.epochs = 200
    window.rnn_tab.show_page("train")
    probe = Probe()
    print(
        f"soak: {args.cycles} Train/Stop/Evaluate cycles ({args.network}, "
        f"Stop after {args.batches} batches) and {args.cycles} RNN Train/Stop "
        f"cycles (Stop after {args.epochs} epochs); {versions}"
    )

    def both() -> None:
        window.show_tab("train")
        train_cycle(app, probe, window, args.batches)
        window.show_tab("rnn")
        rnn_cycle(app, probe, window, args.epochs)
        settle(app)

    began = time.perf_counter()
    for _ in range(args.warm_up):
        both()
    first = rss_mb()
    print(
        f"after {args.warm_up} warm-up cycle(s): RSS {first:.1f} MB, "
        f"TensorFlow graphs alive {graphs_alive()}",
        flush=True,
    )
    samples = [first]
    for cycle in range(1, args.cycles + 1):
        both()
        samples.append(rss_mb())
        print(
            f"cycle {cycle:3d}: RSS {samples[-1]:7.1f} MB ({samples[-1] - first:+6.1f})"
            f"  TensorFlow graphs alive {graphs_alive():4d}"
            f"  Keras models alive {len(keras_models())}",
            flush=True,
        )
    last, middle = samples[-1], samples[len(samples) // 2]
    print(
        f"RSS {first:.1f} MB -> {last:.1f} MB after {args.cycles} cycles: "
        f"{100 * (last - first) / first:+.1f} % (goal < {GOAL_PERCENT:.0f} %), "
        f"{slope(samples):+.2f} MB per cycle (least-squares slope); "
        f"second half {100 * (last - middle) / middle:+.1f} %; "
        f"{time.perf_counter() - began:.0f} s"
    )
    if len(samples) > 3:
        settled = samples[2]  # after the one-time rise of the first two cycles
        print(
            f"from cycle 2 to cycle {args.cycles}: {settled:.1f} MB -> {last:.1f} MB, "
            f"{100 * (last - settled) / settled:+.1f} % (goal < {GOAL_PERCENT:.0f} %)"
        )
    left = leftovers(window)
    bad = False
    for what, found in left.items():
        if what == "Keras models alive":
            print(f"  {what}: {len(found)} ({', '.join(found)})")
            continue
        shown = (
            f"  ({', '.join(map(str, found[:5]))}{', ...' if len(found) > 5 else ''})"
        )
        print(f"  {what}: {len(found)}" + (shown if found else ""))
        bad = bad or bool(found)
    window.close()
    settle(app, 0.1)
    print("nothing left behind" if not bad else "SOMETHING LEFT BEHIND")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
