"""Convolution speed, as ratios measured side by side in one run.

    python benchmarks/bench_conv.py          (or: make bench)

1. guiapp.core.conv.correlate2d vs scipy.ndimage.correlate on a 1024x1024 grey
   image, 3x3 / 5x5 / 7x7 random kernels (target: at most 1.5x SciPy's time).
2. The course's double loop over pixels vs correlate2d on the 168x300 photo
   (target: vectorised at least 300x faster).
3. What typing a kernel cell costs in the tab on a 1024x1024 photo: the
   convolution, the redraw, and the rest (target: no visible pause, < 100 ms).
4. The slowed sliding window (the receptive-field demo) playing at 10 windows
   a second on that photo for 3 s: the frames a second it draws (asked 60;
   target >= 58) and the median cost of a frame (target <= 8 ms).

Timings interleave the contenders and keep the best of several rounds, so a
noisy, shared machine shifts both sides alike.
"""

from __future__ import annotations

import os
import sys
import time

import numpy as np
from scipy import ndimage

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from guiapp.core import conv, kernels
from guiapp.core.image import to_grey
from guiapp.images import load_image
from guiapp.resources import sample_path


def best_of(functions, rounds=7, repeat=3):
    """Best time per call of each function, rounds interleaved."""
    best = [float("inf")] * len(functions)
    for _ in range(rounds):
        for index, function in enumerate(functions):
            start = time.perf_counter()
            for _ in range(repeat):
                function()
            best[index] = min(best[index], (time.perf_counter() - start) / repeat)
    return best


def main() -> int:
    rng = np.random.default_rng(0)
    image = rng.random((1024, 1024)) * 255
    print("1. correlate2d vs scipy.ndimage.correlate, 1024x1024 float64")
    worst = 0.0
    for size in (3, 5, 7):
        kernel = rng.standard_normal((size, size))
        ours, scipy = best_of(
            [
                lambda: conv.correlate2d(image, kernel),
                lambda: ndimage.correlate(image, kernel),
            ]
        )
        ratio = ours / scipy
        worst = max(worst, ratio)
        print(
            f"   {size}x{size}: guiapp {ours * 1e3:6.1f} ms   scipy {scipy * 1e3:6.1f} ms"
            f"   ratio {ratio:.2f}x  (target <= 1.5x)"
        )

    grey = to_grey(load_image(sample_path("chelsea")))
    kernel = kernels.preset("course_a")
    loop, vectorised = best_of(
        [
            lambda: conv.course_double_loop(grey, kernel),
            lambda: conv.correlate2d(grey, kernel),
        ],
        rounds=3,
        repeat=1,
    )
    speedup = loop / vectorised
    print("2. the course's double loop vs correlate2d, 168x300 photo, 3x3 kernel")
    print(
        f"   loop {loop * 1e3:.1f} ms   vectorised {vectorised * 1e3:.3f} ms"
        f"   speed-up {speedup:.0f}x  (target >= 300x)"
    )

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtWidgets import QApplication

    from guiapp.images import to_qimage
    from guiapp.teacher import TeacherSettings
    from guiapp.ui.common.jobs import KerasSession
    from guiapp.ui.common.tab import TabContext
    from guiapp.ui.conv.state import ConvState
    from guiapp.ui.conv.tab import ConvTab

    app = QApplication.instance() or QApplication([])
    context = TabContext(KerasSession(), TeacherSettings(), quiet=True)
    tab = ConvTab(ConvState(), context)
    tab.resize(1280, 800)
    tab.show()

    def settle():
        # a photo this size is computed in a worker: wait for the result shown
        app.processEvents()
        while tab.busy():
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "big.png")
        to_qimage(rng.integers(0, 256, (1024, 1024, 3), dtype=np.uint8)).save(path)
        tab.open_image(path)
        settle()
    values = iter(range(10**6))

    def kernel_edit():
        # what a student does: type a number in a kernel cell, see the result
        tab.kernel_editor.set_cell(0, 0, str(next(values) % 7 - 3))
        settle()

    (cost,) = best_of([kernel_edit], rounds=5, repeat=3)
    print("3. typing a kernel cell in the tab, 1024x1024 photo: convolve, redraw,")
    print("   update the receptive field and the formula")
    print(f"   {cost * 1e3:.1f} ms per edit  (no visible pause: < 100 ms)")

    page = tab.conv_page
    page.speed_slider.setValue(20)  # 10 windows a second, the fastest
    page.pin(500, 500)
    page.play_button.click()
    end = time.perf_counter() + 3.0
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    fps, frame = page.sweep_view.frames_per_second(), page.sweep_view.frame_cost_ms()
    page.play_button.click()
    print("4. the sliding window playing at 10 windows a second, 1024x1024 photo")
    print(
        f"   {fps:.1f} frames a second (asked 60, target >= 58)"
        f"   {frame:.2f} ms per frame, median  (target <= 8 ms)"
    )
    tab.close()
    context.session.close()
    ok = worst <= 1.5 and speedup >= 300 and cost < 0.1 and fps >= 58 and frame <= 8
    print("PASS" if ok else "BELOW TARGET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
