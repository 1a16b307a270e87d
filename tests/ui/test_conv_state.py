"""The convolution tab's document and its computations, without a widget."""

import subprocess
import sys

import numpy as np
import pytest

from guiapp.core import conv, kernels, pooling
from guiapp.ml.session import Stopped, Task
from guiapp.ui.conv.state import ConvState
from guiapp.ui.conv.work import Request, compute


def photo(height=168, width=300):
    rng = np.random.default_rng(0)
    return rng.integers(0, 256, (height, width, 3), dtype=np.uint8)


def computed_state(**settings):
    state = ConvState()
    for name, value in settings.items():
        setattr(state, name, value)
    state.set_image(photo(), "chelsea")
    state.store(compute(Task(), Request.from_state(state)))
    return state


def test_state_and_work_import_no_qt():
    """The tab's document and its computations load neither Qt nor Keras."""
    script = (
        "import sys, guiapp.ui.conv.state, guiapp.ui.conv.work; "
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert not set(out.stdout.split()) & {"PySide6", "pyqtgraph", "keras", "tensorflow"}


def test_each_page_gets_its_results():
    """The convolution, Sobel and pooling pages each get exactly the arrays they show."""
    state = computed_state()
    grey = state.grey_image
    np.testing.assert_allclose(
        state.result, conv.correlate2d(grey, kernels.preset("sobel_x"))
    )
    assert state.sobel is None and state.pooled is None
    state.page = "sobel"
    assert state.missing() == ("sobel",)
    state.store(compute(Task(), Request.from_state(state)))
    np.testing.assert_allclose(state.sobel["magnitude"], conv.sobel(grey)[2])
    state.page = "pooling"
    state.store(compute(Task(), Request.from_state(state)))
    assert state.pooled["max"].shape == (42, 75)
    np.testing.assert_allclose(state.pooled["l2"], pooling.pool2d(grey, 4, 4, "l2"))


def test_results_of_old_settings_are_never_read():
    """A result computed before a change of setting is not shown, and a late one is dropped."""
    state = computed_state()
    state.stride = 2
    assert state.result is None and state.missing() == ("result",)
    state.stride = 1  # back: the kept result is valid again
    assert state.result.shape == (166, 298)
    fresh = ConvState()
    fresh.set_image(photo(), "chelsea")
    stale = Request.from_state(fresh)  # asked with padding 0
    fresh.padding = 1
    fresh.store(compute(Task(), stale))  # arrives late
    assert fresh.result is None and fresh.grey_image is not None


def test_pooling_follows_a_new_photo_and_the_convolution():
    """Pooled results belong to one photo and, when pooling the output, to one kernel."""
    state = computed_state(page="pooling", pool_source="conv")
    assert state.pooled["max"].shape == (41, 74)
    state.kernel = kernels.preset("course_c")
    assert state.pooled is None
    state.pool_source = "grey"
    state.set_image(photo(100, 120), "coffee")
    assert state.grey_image is None and state.pooled is None


def test_no_output_is_not_computed():
    """A kernel larger than the padded photo asks for no convolution, and pooling of it neither."""
    state = ConvState()
    state.set_image(np.zeros((2, 2), np.uint8), "file", "/tmp/dot.png")
    assert not state.conv_valid()
    assert state.needs() == ("grey",)
    state.page, state.pool_source = "pooling", "conv"
    assert state.pool_geometry() is None and state.needs() == ("grey",)
    state.padding = 1
    assert state.needs() == ("grey", "result")  # a 2x2 output: no 4x4 cell fits


def test_a_stopped_computation_gives_up():
    """A request made stale is abandoned at the next check (Stopped), not finished."""
    state = ConvState()
    state.set_image(photo(), "chelsea")
    task = Task()
    task.stop()
    with pytest.raises(Stopped):
        compute(task, Request.from_state(state))


def test_kernel_setting_refuses_what_the_editor_cannot_show():
    """An even, too large or non-numeric kernel from a file is refused; a valid one kept."""
    state = ConvState()
    for bad in (
        [[1, 2], [3, 4]],
        np.ones((13, 13)).tolist(),
        "garbage",
        [[float("nan")]],
    ):
        assert state.from_dict({"version": 1, "kernel": bad}) == ["kernel"]
    assert state.kernel_size() == 3
    state.from_dict({"version": 1, "kernel": np.ones((5, 5)).tolist()})
    assert state.kernel_size() == 5


def test_settings_round_trip_and_old_format():
    """Settings survive to_dict/from_dict; the old tab's dict (no version) migrates."""
    state = ConvState()
    state.stride, state.flip, state.page, state.pool_source = 3, True, "sobel", "conv"
    saved = state.to_dict()
    again = ConvState()
    again.from_dict(saved)
    assert again.to_dict() == saved
    old = ConvState()
    old.from_dict(
        {"image": "sample:rocket", "grey": "luminance", "pool": [2, 3, "conv"]}
    )
    assert (old.sample, old.grey_method) == ("rocket", "luminance")
    assert (old.pool_size, old.pool_stride, old.pool_source) == (2, 3, "conv")


def test_a_settings_file_kernel_with_huge_weights_is_skipped():
    """A remembered kernel of 1e308 (a damaged or hand-edited settings file) is
    skipped like any damaged value: the default kernel stays, nothing overflows."""
    from guiapp.ui.conv.state import ConvState

    state = ConvState()
    before = state.kernel
    skipped = state.from_dict({"version": 1, "kernel": [[1e308] * 3] * 3})
    assert "kernel" in skipped and state.kernel == before
