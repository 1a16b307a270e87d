"""Loading TensorFlow and Keras, once, off the GUI thread."""

from __future__ import annotations

import gc
import os

__all__ = ["load_keras", "load_keras_job"]


def load_keras() -> str:
    """Import TensorFlow and Keras; return a line saying which versions.

    Quiet TensorFlow's C++ start-up log, which means nothing to a student.
    """
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import keras
    import tensorflow as tf

    from .training import set_threads

    set_threads()  # leave one core to the window (see set_threads)
    # TensorFlow leaves ~285 000 long-lived Python objects. A full garbage
    # collection walks them all holding the GIL, which froze the window for
    # ~200 ms at the first fit (seen with py-spy); frozen, the collector skips
    # them (benchmarks/bench_rnn.py --freeze compares).
    gc.freeze()
    return f"TensorFlow {tf.__version__}, Keras {keras.__version__}"


def load_keras_job(task) -> str:
    """:func:`load_keras` as a job of the interface's session (an import cannot
    be stopped half-way: ``task`` is only the job convention)."""
    return load_keras()
