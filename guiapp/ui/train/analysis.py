"""The trained network's Keras work after training: evaluate, predict, look inside.

Each is a job of ``guiapp.ml`` started in the window's KerasSession; the result
is written into the document in the GUI thread, where the pages render it. A
request made while the same job runs (the drawing changes at every mouse move)
is kept, and the job runs once more with the latest input when it ends. A
result computed for a model that has changed since (a new run) is dropped.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from ...ml import datasets, evaluation, features
from ...ml.session import holding
from ..common.jobs import KerasSession
from .state import TrainState

__all__ = ["Analysis", "EVALUATE", "PREDICT", "DRAWING", "INSIDE", "LOAD"]

#: the KerasSession jobs' names
EVALUATE, PREDICT, DRAWING, INSIDE, LOAD = (
    "evaluate",
    "predict",
    "predict-drawing",
    "inside",
    "load-data",
)


class Analysis(QObject):
    """Evaluation, predictions, feature maps and data loading as jobs."""

    sig_failed = Signal(str)
    """A job failed; the sentence for the user."""

    sig_finished = Signal(str)
    """A job of this name ended, whatever the outcome (tests wait on it)."""

    def __init__(self, state: TrainState, session: KerasSession, parent=None):
        super().__init__(parent)
        self.state = state
        self.session = session
        self._again: set[str] = set()
        self._drawing: np.ndarray | None = None
        #: per running job, the model it works on and the epochs done then
        self._for: dict[str, tuple] = {}

    # ---- public API
    def evaluate(self) -> bool:
        """Start the evaluation on the test set; False if there is no model."""
        state = self.state
        if not self._can_use_model() or self.session.busy(EVALUATE):
            return False
        job = self._start(
            EVALUATE, evaluation.evaluate_test_set, state.dataset, state.data()
        )
        state.evaluating = (0, state.test_count())
        job.sig_report.connect(self._on_evaluate_report)
        job.sig_done.connect(self._on_evaluated)
        job.sig_failed.connect(self._on_failed)
        job.sig_finished.connect(self._on_evaluate_finished)
        return True

    def predict_test_image(self) -> bool:
        """Predict the chosen test image (again once the running one ends)."""
        if not self._can_use_model():
            return False
        if self.session.busy(PREDICT):
            self._again.add(PREDICT)
            return True
        state = self.state
        job = self._start(
            PREDICT,
            features.predict_test_image,
            state.dataset,
            state.data(),
            state.test_index,
            state.saliency,
        )
        job.sig_report.connect(self._on_report)
        job.sig_done.connect(self._on_predicted)
        job.sig_failed.connect(self._on_failed)
        job.sig_finished.connect(self._on_predict_finished)
        return True

    def predict_drawing(self, drawing: np.ndarray) -> bool:
        """Predict a 28 x 28 drawing (the latest one, if a prediction runs).

        A blank drawing (Clear) is never sent to the network: the drawing's
        prediction is forgotten, and one still running is dropped when it ends
        (the network's guess for an empty square stayed under a blank canvas)."""
        if not np.asarray(drawing).any():
            self._drawing = None
            self._again.discard(DRAWING)
            self.state.drawing_prediction = None
            return False
        self._drawing = drawing
        if not self._can_use_model():
            return False
        if self.session.busy(DRAWING):
            self._again.add(DRAWING)
            return True
        job = self._start(
            DRAWING, features.predict_drawing, drawing, self.state.saliency
        )
        job.sig_done.connect(self._on_drawing_predicted)
        job.sig_failed.connect(self._on_failed)
        job.sig_finished.connect(self._on_drawing_finished)
        return True

    def look_inside(self) -> bool:
        """Compute the kernels and feature maps for the chosen test image."""
        if not self._can_use_model():
            return False
        if self.session.busy(INSIDE):
            self._again.add(INSIDE)
            return True
        state = self.state
        job = self._start(
            INSIDE,
            features.inside_test_image,
            state.dataset,
            state.data(),
            state.test_index,
        )
        state.looking_inside = True
        job.sig_report.connect(self._on_report)
        job.sig_done.connect(self._on_inside)
        job.sig_failed.connect(self._on_failed)
        job.sig_finished.connect(self._on_inside_finished)
        return True

    def load_data(self) -> bool:
        """Load the chosen dataset in the background if it is installed."""
        state = self.state
        if (
            state.data() is not None
            or self.session.busy(LOAD)
            or not datasets.is_installed(state.dataset)
        ):
            return False
        job = self.session.start(LOAD, datasets.provide, state.dataset)
        job.sig_report.connect(self._on_report)
        job.sig_failed.connect(self._on_failed)
        job.sig_finished.connect(self._on_load_finished)
        return True

    # ---- helpers
    def _can_use_model(self) -> bool:
        return self.state.model is not None and not self.state.fitting

    def _token(self) -> tuple:
        """What a result depends on: the model, its training, the dataset."""
        training = self.state.training
        return (id(training.model), training.epochs_done, self.state.dataset)

    def _start(self, name: str, function, *args):
        self._for[name] = self._token()
        # one job at a time on the model: a fit must not start under a prediction
        lock = self.state.training.lock
        return self.session.start(
            name, holding, lock, function, self.state.model, *args
        )

    def _current(self, name: str) -> bool:
        """The job's model is still the document's, unchanged since it started."""
        return self._for.get(name) == self._token() and not self.state.fitting

    def _finished(self, name: str) -> None:
        self._for.pop(name, None)
        self.sig_finished.emit(name)

    # ---- job slots (GUI thread)
    @Slot(object)
    def _on_report(self, values) -> None:
        if values[0] == "data":
            self.state.set_data(values[1], values[2])

    @Slot(object)
    def _on_evaluate_report(self, values) -> None:
        if values[0] == "data":
            self.state.set_data(values[1], values[2])
            self.state.evaluating = (0, len(values[2][1][0]))
        elif values[0] == "evaluate":
            self.state.evaluating = (values[1], values[2])

    @Slot(object)
    def _on_evaluated(self, result) -> None:
        if self._current(EVALUATE):
            self.state.evaluation = result

    @Slot(object)
    def _on_predicted(self, result) -> None:
        if self._current(PREDICT):
            self.state.prediction = result

    @Slot(object)
    def _on_drawing_predicted(self, result) -> None:
        # not for a drawing cleared while it was computed
        if self._current(DRAWING) and self._drawing is not None:
            self.state.drawing_prediction = result

    @Slot(object)
    def _on_inside(self, result) -> None:
        if self._current(INSIDE):
            self.state.inside = result

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.sig_failed.emit(message)

    @Slot()
    def _on_evaluate_finished(self) -> None:
        self.state.evaluating = None
        self._finished(EVALUATE)

    @Slot()
    def _on_predict_finished(self) -> None:
        self._finished(PREDICT)
        if PREDICT in self._again:
            self._again.discard(PREDICT)
            self.predict_test_image()

    @Slot()
    def _on_drawing_finished(self) -> None:
        self._finished(DRAWING)
        if DRAWING in self._again and self._drawing is not None:
            self._again.discard(DRAWING)
            self.predict_drawing(self._drawing)

    @Slot()
    def _on_inside_finished(self) -> None:
        self.state.looking_inside = False
        self._finished(INSIDE)
        if INSIDE in self._again:
            self._again.discard(INSIDE)
            self.look_inside()

    @Slot()
    def _on_load_finished(self) -> None:
        self._finished(LOAD)
