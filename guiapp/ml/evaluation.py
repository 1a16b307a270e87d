"""Evaluating a trained classifier on the test set, in chunks (Keras, no Qt).

The course prints ``model.evaluate(test_X, test_Y_one_hot)``; the interface
shows more: the confusion matrix, the accuracy of each class and the most
confident mistakes. :func:`evaluate` computes all of it from one pass of
predictions, 500 images at a time, so a stop takes effect within a chunk and
the window can show progress (10 000 images take over a second).

The loss is Keras's categorical cross-entropy on the predicted probabilities,
averaged over the test images: the same number as ``model.evaluate`` (to about
1e-6), computed from the probabilities the other results need anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .datasets import preprocess

__all__ = [
    "Evaluation",
    "evaluate",
    "evaluate_test_set",
    "summarize_predictions",
    "CHUNK",
]

#: Images per prediction step: small enough to stop quickly, big enough to be fast.
CHUNK = 500

#: How many of the most confident mistakes to keep.
MISTAKES = 10


@dataclass
class Evaluation:
    """What the Evaluate page shows, as plain numbers and arrays."""

    loss: float
    accuracy: float
    #: (N, classes) predicted probabilities
    probabilities: np.ndarray
    #: (N,) the predicted class of each test image
    predicted: np.ndarray
    #: (N,) the true class
    labels: np.ndarray
    #: (classes, classes): row the true class, column the predicted one
    matrix: np.ndarray
    #: (classes,) share of each class recognised (NaN for a class with no image)
    per_class: np.ndarray
    #: indices of the most confident mistakes, most confident first
    mistakes: np.ndarray

    def cell(self, row: int, column: int) -> np.ndarray:
        """Indices of the test images of class ``row`` predicted as ``column``."""
        return np.flatnonzero((self.labels == row) & (self.predicted == column))

    def confidence(self, index: int) -> float:
        """The probability the network gave to its own answer for image ``index``."""
        return float(self.probabilities[index, self.predicted[index]])


def summarize_predictions(
    probabilities: np.ndarray, labels: np.ndarray, loss: float
) -> Evaluation:
    """Confusion matrix, per-class accuracy and worst mistakes from probabilities.

    >>> p = np.array([[0.9, 0.1], [0.2, 0.8], [0.7, 0.3]])
    >>> e = summarize_predictions(p, np.array([0, 1, 1]), loss=0.5)
    >>> e.matrix.tolist(), e.per_class.tolist(), e.mistakes.tolist(), e.accuracy
    ([[1, 0], [1, 1]], [1.0, 0.5], [2], 0.6666666666666666)
    """
    probabilities = np.asarray(probabilities)
    labels = np.asarray(labels, dtype=np.int64)
    classes = probabilities.shape[1]
    predicted = probabilities.argmax(axis=1)
    matrix = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(matrix, (labels, predicted), 1)
    totals = matrix.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_class = np.where(
            totals > 0, np.diag(matrix) / np.maximum(totals, 1), np.nan
        )
    wrong = np.flatnonzero(predicted != labels)
    confidence = probabilities[wrong, predicted[wrong]]
    mistakes = wrong[np.argsort(-confidence, kind="stable")][:MISTAKES]
    accuracy = float(np.mean(predicted == labels)) if len(labels) else float("nan")
    return Evaluation(
        loss=float(loss),
        accuracy=accuracy,
        probabilities=probabilities,
        predicted=predicted,
        labels=labels,
        matrix=matrix,
        per_class=per_class,
        mistakes=mistakes,
    )


def evaluate(task, model, images: np.ndarray, labels: np.ndarray, chunk: int = CHUNK):
    """Test loss and accuracy, confusion matrix, per-class accuracy, mistakes.

    Parameters
    ----------
    task : guiapp.ml.session.Task
        Checked before every chunk (a stop raises ``Stopped``); reports
        ``("evaluate", done, total)`` after each chunk.
    model : keras.Model
        A classifier ending with one probability per class.
    images : (N, 28, 28) uint8
        The raw test images (preprocessed here, chunk by chunk, as the course does).
    labels : (N,) int

    Returns
    -------
    Evaluation
    """
    import keras

    labels = np.asarray(labels, dtype=np.int64)
    total = len(images)
    classes = int(model.outputs[0].shape[-1])
    probabilities = np.zeros((total, classes), dtype=np.float32)
    loss_sum = 0.0
    for start in range(0, total, chunk):
        task.check()
        stop = min(start + chunk, total)
        x, y = preprocess(images[start:stop], labels[start:stop], classes)
        p = np.asarray(model(x, training=False), dtype=np.float32)
        probabilities[start:stop] = p
        losses = keras.losses.categorical_crossentropy(y, p)
        loss_sum += float(np.sum(np.asarray(losses, dtype=np.float64)))
        task.report("evaluate", stop, total)
    loss = loss_sum / total if total else float("nan")
    return summarize_predictions(probabilities, labels, loss)


def evaluate_test_set(task, model, dataset: str, data=None) -> Evaluation:
    """:func:`evaluate` on the test set of ``dataset`` (loaded if ``data`` is None)."""
    from .datasets import provide

    _, (x_test, y_test) = provide(task, dataset, data)
    return evaluate(task, model, x_test, y_test)
