"""Start-up cost: guiapp's first shown window vs a bare PySide6 + pyqtgraph window.

    python benchmarks/bench_startup.py       (or: make bench)

Each contender runs in a fresh interpreter (imports included), alternating,
several times; the script prints the median of each and their ratio (target:
guiapp at most 1.3x the bare window). The time is from interpreter start to the
first shown, painted window; TensorFlow is not part of it (it loads after).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap

BARE = textwrap.dedent("""
    import time
    t0 = time.perf_counter()
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    widget = pg.GraphicsLayoutWidget()
    view = widget.addViewBox()
    window.setCentralWidget(widget)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(time.perf_counter() - t0)
""")

GUIAPP = textwrap.dedent("""
    import time
    t0 = time.perf_counter()
    from PySide6.QtWidgets import QApplication
    from guiapp.ui.controller import Controller
    app = QApplication([])
    controller = Controller(app, "en", load_tensorflow=False)
    window = controller.show(restore=False)
    app.processEvents()
    print(time.perf_counter() - t0)
""")


def run(code: str, env) -> float:
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    import compileall

    # An installed guiapp starts from compiled bytecode (pip compiles a wheel on
    # install; the bundle ships .pyc). A checkout run with PYTHONDONTWRITEBYTECODE
    # would compile every module on every start: compile once, as an install does.
    compileall.compile_dir(
        os.path.join(os.path.dirname(__file__), "..", "guiapp"), quiet=1
    )
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": home,
            "HOME": home,
        }
        run(BARE, env)  # warm the disk cache for both
        run(GUIAPP, env)
        bare, ours = [], []
        for _ in range(7):
            bare.append(run(BARE, env))
            ours.append(run(GUIAPP, env))
    b, g = statistics.median(bare), statistics.median(ours)
    print("first shown window, interpreter start included (median of 7, alternating)")
    print(f"   bare PySide6 + pyqtgraph: {b * 1e3:.0f} ms")
    print(f"   guiapp (convolution tab on the sample photo): {g * 1e3:.0f} ms")
    print(f"   ratio {g / b:.2f}x  (target <= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
