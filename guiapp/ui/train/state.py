"""The training tab's document: its settings, the network being trained and
everything computed from it (Qt-free, observable).

Settings (remembered, defaults written here only): which network, which
dataset, the optimizer and its learning rate, batch size, epochs, validation
split, seed, the last folder of a file dialog, and the speed of a run. The document: the
:class:`~guiapp.ml.session.TrainingSession` (the model and its history), the
loaded dataset, the progress of the current run, and the latest evaluation,
predictions and look inside the network. A view renders from it; a language
switch keeps all of it.

>>> state = TrainState()
>>> state.epochs, state.network, state.config().batch_size
(5, 'mnist-dense', 64)
>>> seen = []
>>> state.subscribe(seen.append)
>>> state.dataset = "fashion-mnist"     # the old dataset's results go too
>>> sorted(seen)
['dataset', 'drawing_prediction', 'evaluation', 'inside', 'loaded', 'prediction']
>>> TrainState().from_dict({"model": "fashion-cnn", "learning_rate": 0.01})
[]
"""

from __future__ import annotations

import time
from dataclasses import dataclass, fields

from ...ml.augment import RECIPES
from ...ml.datasets import DATASETS
from ...ml.datasets import dataset as dataset_entry
from ...ml.features import SALIENCY_METHODS
from ...ml.session import TrainingSession
from ...ml.training import OPTIMIZERS, TrainConfig, batches_per_epoch
from ...presets import PRESETS
from ..common.document import Document, Setting, Value

__all__ = ["TrainState", "RunProgress", "PAGES", "BUILDER", "SPEEDS"]

#: the network source that means "the CNN builder's network"
BUILDER = "builder"

#: the pages, in the order they are shown
PAGES = ("curves", "samples", "evaluate", "predict", "inside")

#: the training speeds: the seconds the worker waits after each batch
SPEEDS = {"full": 0.0, "slow": 0.25, "very-slow": 1.0}


@dataclass
class RunProgress:
    """Where the current (or last) run is: epochs and batches, speed, time left.

    The bar counts from ``first_epoch`` to ``target_epochs``: for Train and
    Continue, this run's epochs; for a step, the epochs of the Epochs setting
    from the start (a step of one epoch of five fills a fifth of it, not all).

    >>> run = RunProgress(0, 5, 57, 64, 0.0, start=(2, 0), stop=(3, 0))
    >>> run.restart()
    >>> run.batches_done, run.end_batches, run.total_batches
    (114, 171, 285)
    >>> run.finish()
    >>> run.batches_done
    171
    """

    #: the epoch the bar starts from (0, or where Continue picks up)
    first_epoch: int
    #: the epoch the bar ends at (first_epoch + the epochs asked for)
    target_epochs: int
    batches_per_epoch: int
    batch_size: int
    started_at: float
    #: batches done since first_epoch began (the bar's value)
    batches_done: int = 0
    #: the epoch and batch of the last report (0-based; batch -1 at an epoch's end)
    epoch: int = 0
    batch: int = 0
    #: (epochs done, batches into the next) when this run began; None: first_epoch
    start: tuple[int, int] | None = None
    #: the same where this run stops (a step); None: at target_epochs
    stop: tuple[int, int] | None = None

    def _count(self, where: tuple[int, int]) -> int:
        epochs, batches = where
        per_epoch = self.batches_per_epoch
        return (epochs - self.first_epoch) * per_epoch + min(batches, per_epoch)

    @property
    def total_batches(self) -> int:
        """The batches from first_epoch to target_epochs: the bar's maximum."""
        return max(1, (self.target_epochs - self.first_epoch) * self.batches_per_epoch)

    @property
    def start_batches(self) -> int:
        """The bar's value when this run began."""
        return 0 if self.start is None else self._count(self.start)

    @property
    def end_batches(self) -> int:
        """The bar's value when this run ends (a step ends before the bar does)."""
        if self.stop is None:
            return self.total_batches
        return min(self._count(self.stop), self.total_batches)

    @property
    def images_per_second(self) -> float:
        elapsed = time.perf_counter() - self.started_at
        done = self.batches_done - self.start_batches
        return done * self.batch_size / max(elapsed, 1e-6)

    @property
    def seconds_left(self) -> float:
        elapsed = time.perf_counter() - self.started_at
        left = max(0, self.end_batches - self.batches_done)
        return left * elapsed / max(self.batches_done - self.start_batches, 1)

    def restart(self) -> None:
        """The bar at the run's start (again, once the data says the number of
        batches an epoch has)."""
        self.batches_done = self.start_batches
        epochs, batches = self.start or (self.first_epoch, 0)
        self.epoch, self.batch = epochs, batches - 1

    def add(self, epoch: int, last_batch: int, count: int) -> None:
        """``count`` batches reported, the last one ``last_batch`` of ``epoch``."""
        self.batches_done = min(self.batches_done + count, self.total_batches)
        self.epoch = epoch
        self.batch = self.batches_per_epoch - 1 if last_batch < 0 else last_batch

    def finish(self) -> None:
        """The run went as far as it was asked: the bar there (full after
        Train or Continue, not after a step)."""
        self.batches_done = self.end_batches


class TrainState(Document):
    """The training tab's document (see the module's doc)."""

    VERSION = 1  # 0: the old tab's state() dict (no version, "model" for network)

    # ---- settings (remembered; the only place their defaults are written)
    #: "builder" (the CNN builder's network) or a preset's name
    network = Setting("mnist-dense", choices=(BUILDER, *PRESETS))
    dataset = Setting("mnist-5k", choices=DATASETS)
    optimizer = Setting("adam", choices=OPTIMIZERS)
    #: huge values are allowed: they show a loss that explodes
    learning_rate = Setting(0.001, low=0.00001, high=1e6)
    batch_size = Setting(64, low=1, high=4096)
    epochs = Setting(5, low=1, high=500)
    validation_split = Setting(0.1, low=0.0, high=0.5)
    #: NumPy's seeds, as ``guiapp train --seed`` accepts them
    seed = Setting(0, low=0, high=2**32 - 1)
    #: where the file dialogs open
    last_folder = Setting("")
    #: how fast a run goes (one of SPEEDS): a class watching a network learn
    #: batch after batch keeps its pace from one lesson to the next
    speed = Setting("full", choices=tuple(SPEEDS))
    #: data augmentation during the fit (a name of guiapp.ml.augment.RECIPES)
    augmentation = Setting("none", choices=tuple(RECIPES))
    #: the Predict page's map of where the network looked (SALIENCY_METHODS)
    saliency = Setting("none", choices=SALIENCY_METHODS)

    # ---- the document (not saved)
    #: the model being trained and its history; "training" is notified when
    #: the session records a report
    training = Value(factory=TrainingSession)
    #: (name, ((x_train, y_train), (x_test, y_test))) raw uint8, or None
    loaded = Value(None)
    #: a fit is running (the training controls are disabled)
    fitting = Value(False)
    #: the current or last run's progress (a RunProgress), None before any
    run = Value(None)
    #: what the progress line says: (kind, *values), rendered by the side panel
    status = Value(None)
    #: guiapp.ml.evaluation.Evaluation of the current model, or None
    evaluation = Value(None)
    #: while evaluating: (images done, images), else None
    evaluating = Value(None)
    #: guiapp.ml.features.Prediction for the chosen test image / the drawing
    prediction = Value(None)
    drawing_prediction = Value(None)
    #: guiapp.ml.features.Inside for the chosen test image
    inside = Value(None)
    #: "Inside the network" is being computed
    looking_inside = Value(False)
    #: the chosen test image (Predict and Inside pages)
    test_index = Value(0)
    #: the page shown (one of PAGES)
    page = Value("curves")

    def __init__(self):
        super().__init__()
        self.subscribe(self._on_change)

    def _on_change(self, name: str) -> None:
        if name == "dataset":
            # another dataset: what was computed on the old one is stale
            with self.batch():
                self.loaded = None
                self.forget_results()

    # ---- saved settings
    def migrate(self, data: dict, version: int) -> dict:
        if version < 1 and "model" in data and "network" not in data:
            data["network"] = data.pop("model")
        return data

    # ---- what a run needs
    def config(self) -> TrainConfig:
        """The settings as guiapp.ml.training's TrainConfig: every setting whose
        name TrainConfig has (a new one needs no line here)."""
        names = {field.name for field in fields(TrainConfig)} & set(self.settings())
        values = {name: getattr(self, name) for name in sorted(names)}
        values["augment"] = dict(RECIPES[self.augmentation])
        return TrainConfig(**values)

    def optimizer_settings(self) -> dict:
        """What the compiled optimizer depends on: a change recompiles, same weights."""
        config = self.config().to_dict()
        return {
            key: config[key]
            for key in ("optimizer", "learning_rate", "momentum", "loss", "clipnorm")
        }

    def class_names(self) -> tuple[str, ...]:
        """The chosen dataset's class names (English)."""
        return dataset_entry(self.dataset).class_names

    def image_shape(self) -> tuple[int, int, int]:
        return dataset_entry(self.dataset).image_shape

    @property
    def model(self):
        """The trained (or opened) model, None before any."""
        return self.training.model

    # ---- the data
    def data(self):
        """The chosen dataset's arrays if they are loaded, else None."""
        if self.loaded is not None and self.loaded[0] == self.dataset:
            return self.loaded[1]
        return None

    def set_data(self, name: str, data) -> None:
        """Keep a dataset a job loaded (ignored if the user chose another since)."""
        if name == self.dataset and self.data() is None:
            self.loaded = (name, data)
            (_, _), (x_test, _) = data
            self.test_index = min(self.test_index, len(x_test) - 1)

    def test_count(self) -> int:
        data = self.data()
        return 0 if data is None else len(data[1][0])

    # ---- the run
    def begin_run(self, samples: int, resume: bool) -> None:
        """A run starts from the epoch reached (resume) or 0: its progress is reset."""
        config = self.config()
        first = self.training.epochs_done if resume else 0
        with self.batch():
            self.run = RunProgress(
                first_epoch=first,
                target_epochs=first + config.epochs,
                batches_per_epoch=batches_per_epoch(samples, config),
                batch_size=config.batch_size,
                started_at=time.perf_counter(),
            )
            self.fitting = True
            self.status = ("progress",)

    def forget_results(self) -> None:
        """Evaluation, predictions and feature maps of the old model go."""
        with self.batch():
            self.evaluation = None
            self.prediction = None
            self.drawing_prediction = None
            self.inside = None

    def forget_model(self) -> None:
        """Back to no model and no history: the next run starts afresh."""
        with self.batch():
            self.training.reset()
            self.run = None
            self.forget_results()
            self.notify("training")

    def adopt_model(self, model) -> None:
        """A model opened from a file replaces the trained one (no history)."""
        with self.batch():
            self.training.reset()
            self.training.model = model
            self.run = None
            self.forget_results()
            self.notify("training")
