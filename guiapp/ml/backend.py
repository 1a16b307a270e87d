"""Loading TensorFlow and Keras, once, off the GUI thread."""

from __future__ import annotations

import os

__all__ = ["load_keras"]


def load_keras() -> str:
    """Import TensorFlow and Keras; return a line saying which versions.

    Quiet TensorFlow's C++ start-up log, which means nothing to a student.
    """
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import keras
    import tensorflow as tf

    from .training import set_threads

    set_threads()  # leave one core to the window (see set_threads)
    return f"TensorFlow {tf.__version__}, Keras {keras.__version__}"
