"""Import TensorFlow in the background, so the window shows first."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


class TensorFlowLoader(QObject):
    """Runs :func:`guiapp.ml.backend.load_keras` in a worker thread."""

    sig_ready = Signal(str)
    """TensorFlow is imported; the argument names the versions."""

    sig_failed = Signal(str)
    """The import failed; the argument is the error."""

    sig_finished = Signal()
    """The worker is done, whatever the outcome."""

    @Slot()
    def run(self) -> None:
        try:
            from ..ml.backend import load_keras

            self.sig_ready.emit(load_keras())
        except Exception as error:  # any import failure is reported, not raised
            self.sig_failed.emit(f"{type(error).__name__}: {error}")
        finally:
            self.sig_finished.emit()
