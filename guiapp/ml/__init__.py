"""Keras without Qt: datasets, models from a layer spec, training with plain callbacks.

Importing this package is cheap: TensorFlow is imported only when a function
needs it, so the window can show first.
"""

import os as _os

# TensorFlow reads its log level once, when it loads, and every TensorFlow
# import in guiapp happens inside guiapp.ml, after this line. 3: even the
# "E0000 ... tfg_optimizer" lines of an RNN's first fit are internal notices
# (the failures that matter raise Python exceptions). A value the user set,
# or guiapp --verbose's 0, is kept. See guiapp.ml.backend.
_os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
