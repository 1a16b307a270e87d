"""Loading TensorFlow and Keras, once, off the GUI thread, without alarming a student.

TensorFlow writes notices to the terminal that mean nothing to a student and
look like errors: the oneDNN notice at import, ``E0000 … tfg_optimizer`` lines
at an RNN's first fit, Python warnings and absl log lines. Unless the user
asks for them (``guiapp --verbose``, ``guiapp train --verbose``):

* ``TF_CPP_MIN_LOG_LEVEL`` is 3 (set when :mod:`guiapp.ml` is imported, before
  any TensorFlow import; a value the user set is kept);
* the notices TensorFlow prints while it loads, before its log level applies
  (the oneDNN one), are held back by :func:`import_tensorflow` and dropped when
  below that level. oneDNN itself stays on (``TF_ENABLE_ONEDNN_OPTS`` is left
  alone): numbers do not change, only the notice goes;
* Python warnings from Keras and TensorFlow, and the ``tensorflow`` and
  ``absl`` loggers' records below ERROR, go to the ``guiapp.tensorflow``
  logger at DEBUG level (:func:`quiet_tensorflow`), not to stderr.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import re
import sys
import tempfile
import threading
import warnings
from pathlib import Path

__all__ = [
    "LOGGER",
    "import_tensorflow",
    "load_keras",
    "load_keras_job",
    "quiet_tensorflow",
]

#: Where TensorFlow's and Keras's warnings go (DEBUG level) unless --verbose.
LOGGER = logging.getLogger("guiapp.tensorflow")

# absl's format: severity letter, MMDD, time, thread, file:line] message
_ABSL_LINE = re.compile(rb"^([IWEF])\d{4} [\d:.]+\s+\d+ \S+:\d+\] ")
_ABSL_BEFORE_INIT = b"WARNING: All log messages before absl::InitializeLog() is called"
# the second line of cpu_feature_guard's notice
_GOES_ON = b"To enable the following instructions"
_SEVERITY = {b"I": 0, b"W": 1, b"E": 2, b"F": 3}
_PACKAGES = frozenset(
    ("keras", "tensorflow", "tf_keras", "absl", "ml_dtypes", "tensorboard", "h5py")
)
_ML_FOLDER = str(Path(__file__).resolve().parent)
_import_lock = threading.Lock()


def log_level() -> int:
    """TensorFlow's C++ log level in force: 0 shows everything, 3 only fatal errors."""
    try:
        return int(os.environ.get("TF_CPP_MIN_LOG_LEVEL", "0"))
    except ValueError:
        return 0


def quiet_tensorflow(verbose: bool = False) -> None:
    """Decide what TensorFlow may print; call at start-up, before it is imported.

    ``verbose``: everything TensorFlow says reaches the terminal (log level 0,
    warnings as Python shows them), and guiapp's own log too (INFO).
    """
    if verbose:
        os.environ["TF_CPP_MIN_LOG_LEVEL"] = "0"
        logging.basicConfig(level=logging.INFO)
        return
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    if not getattr(warnings.showwarning, "guiapp_routes", False):
        warnings.showwarning = _routing(warnings.showwarning)
    for name in ("tensorflow", "absl"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _ToDebugLog) for f in logger.filters):
            logger.addFilter(_ToDebugLog())


def _from_tensorflow(filename) -> bool:
    """A warning raised in Keras or TensorFlow, or attributed by their
    ``stacklevel`` to our calls in guiapp.ml (the only code that calls them)."""
    filename = str(filename)
    return filename.startswith(_ML_FOLDER) or not _PACKAGES.isdisjoint(
        Path(filename).parts
    )


def _routing(previous):
    def showwarning(message, category, filename, lineno, file=None, line=None):
        if file is None and _from_tensorflow(filename):
            LOGGER.debug("%s: %s (%s:%s)", category.__name__, message, filename, lineno)
        else:
            previous(message, category, filename, lineno, file, line)

    showwarning.guiapp_routes = True
    return showwarning


class _ToDebugLog(logging.Filter):
    """On the ``tensorflow`` and ``absl`` loggers: a record below ERROR goes to
    :data:`LOGGER` at DEBUG level instead of the handlers TensorFlow installs."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            return True
        try:
            text = record.getMessage()
        except Exception:  # a malformed record is still not ours to raise
            text = str(record.msg)
        LOGGER.debug("%s: %s", record.name, text)
        return False


def without_notices(text: bytes, level: int) -> bytes:
    """``text`` (what was written to stderr) without absl's log lines below
    ``level`` (I=0, W=1, E=2, F=3) and their continuation lines.

    >>> without_notices(b"I0000 00:00:1.5  6674 port.cc:153] oneDNN on\\nkept\\n", 1)
    b'kept\\n'
    """
    kept, dropping = [], False
    for line in text.splitlines(keepends=True):
        match = _ABSL_LINE.match(line)
        if match:
            dropping = _SEVERITY[match.group(1)] < level
        elif line.startswith(_ABSL_BEFORE_INIT):
            dropping = level >= 1
        elif dropping and (line[:1].isspace() or line.startswith(_GOES_ON)):
            pass  # the dropped notice's next line
        else:
            dropping = False
        if not dropping:
            kept.append(line)
    return b"".join(kept)


@contextlib.contextmanager
def _notices_held_back(level: int):
    """While TensorFlow's libraries load they log through absl before its log
    level is read (the oneDNN notice ignores TF_CPP_MIN_LOG_LEVEL): hold the
    process's stderr in a file, then write back all but those notices."""
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no stderr (a windowed bundle): nothing to hide
        yield
        return
    try:
        with tempfile.TemporaryFile() as held:
            os.dup2(held.fileno(), 2)
            try:
                yield
            finally:
                with contextlib.suppress(OSError, ValueError):
                    if sys.stderr is not None:
                        sys.stderr.flush()
                os.dup2(saved, 2)
                held.seek(0)
                rest = without_notices(held.read(), level)
                with contextlib.suppress(OSError):
                    while rest:
                        rest = rest[os.write(2, rest) :]
    finally:
        os.close(saved)


def import_tensorflow():
    """Import TensorFlow and Keras (once), its start-up notices dropped below
    the log level in force. Returns ``(tensorflow, keras)``."""
    with _import_lock:
        if "tensorflow" in sys.modules or log_level() <= 0:
            held = contextlib.nullcontext()
        else:
            held = _notices_held_back(log_level())
        with held:
            import keras
            import tensorflow as tf
    return tf, keras


def load_keras() -> str:
    """Import TensorFlow and Keras; return a line saying which versions.

    Quiet TensorFlow's C++ start-up log, which means nothing to a student.
    """
    tf, keras = import_tensorflow()

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
