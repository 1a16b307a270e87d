"""CNN builder speed: one edit of a 30-layer stack vs Keras building it.

    python benchmarks/bench_builder.py      (or: make bench)

Prints, side by side in one run: the time from a field edit to the table,
totals and drawing updated (target: within one frame, 16 ms at 60 Hz), and the
time Keras takes to build the same model.
"""

from __future__ import annotations

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def thirty_layers():
    layers = []
    for block in range(6):
        layers += [
            {
                "type": "Conv2D",
                "filters": 16 + 8 * block,
                "kernel_size": 3,
                "strides": 1,
                "padding": "same",
                "activation": "relu",
            },
            {
                "type": "Conv2D",
                "filters": 16 + 8 * block,
                "kernel_size": 3,
                "strides": 1,
                "padding": "same",
                "activation": "relu",
            },
            {"type": "Activation", "activation": "relu"},
            {"type": "Dropout", "rate": 0.1},
        ]
        if block < 5:
            layers.append({"type": "MaxPooling2D", "pool_size": 2, "strides": 1})
    layers += [
        {"type": "Flatten"},
        {"type": "Dense", "units": 10, "activation": "softmax"},
    ]
    return (64, 64, 3), layers[:30]


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from guiapp.core.layers import summarize
    from guiapp.teacher import TeacherSettings
    from guiapp.ui.builder.state import BuilderState
    from guiapp.ui.builder.tab import BuilderTab
    from guiapp.ui.common.jobs import KerasSession
    from guiapp.ui.common.tab import TabContext

    app = QApplication.instance() or QApplication([])
    context = TabContext(KerasSession(), TeacherSettings(), quiet=True)
    tab = BuilderTab(BuilderState(), context)
    tab.resize(1280, 800)
    tab.show()
    shape, layers = thirty_layers()
    tab.set_stack(shape, layers)
    app.processEvents()
    assert len(tab.rows()) == 30

    edits = []
    for step in range(40):
        start = time.perf_counter()
        tab.set_layer_field(0, "filters", 16 + step % 2)
        app.processEvents()  # the table, the totals and the drawing repaint
        edits.append(time.perf_counter() - start)
    core = []
    for _ in range(40):
        start = time.perf_counter()
        summarize(shape, layers)
        core.append(time.perf_counter() - start)

    from guiapp.ml.models import build_model

    build_model(shape, layers)  # the first build also imports TensorFlow
    keras = []
    for _ in range(5):
        start = time.perf_counter()
        build_model(shape, layers)
        keras.append(time.perf_counter() - start)

    edit, summary, build = sorted(edits)[len(edits) // 2], min(core), min(keras)
    print("30-layer stack (64x64x3 input)")
    print(f"   summarize (core only):              {summary * 1e3:7.2f} ms")
    print(
        f"   one edit in the tab, repainted:      {edit * 1e3:7.2f} ms (median; target < 16 ms)"
    )
    print(
        f"   Keras builds the same model:         {build * 1e3:7.2f} ms (best of 5, after import)"
    )
    print(f"   Keras build / tab update: {build / edit:.0f}x")
    tab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
