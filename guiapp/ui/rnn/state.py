"""The RNN tab's document: settings, the series, the NumPy cell, the trained model.

Qt-free (no PySide6, pyqtgraph or Keras): every view of the RNN tab renders
from an :class:`RnnState` and writes to it; the tests drive it without a
window. Changing a series setting makes a new :class:`~guiapp.core.series.Windowed`
at once, and with it forgets what was trained on the old one (predictions,
forecast, model): whatever is drawn always belongs to the series shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...core import cells, series
from ...core.messages import Message, echo
from ...core.rnn import (
    ACTIVATIONS,
    COURSE_SEQUENCE,
    MESSAGES,
    RnnLayer,
    Step,
    clip_by_norm,
    sequence_value,
)
from ...ml.session import TrainingSession
from ..common.document import Document, Setting, Value

__all__ = [
    "RnnState",
    "Predictions",
    "Forecast",
    "Gradients",
    "KerasCheck",
    "SHAPE_CASES",
    "ANIMATION_SPEEDS",
    "SERIES_FIELDS",
    "MODEL_FIELDS",
]

#: The settings that make the series and its windows.
SERIES_FIELDS = (
    "signal",
    "start",
    "stop",
    "step",
    "noise",
    "seed",
    "window",
    "train_windows",
)
#: The settings of the NumPy cell of the "cell by hand" page.
CELL_FIELDS = ("cell_units", "cell_inputs", "cell_activation", "cell_seed")
#: The settings of the shapes page.
SHAPE_FIELDS = (
    "shape_cell",
    "shape_batch",
    "shape_steps",
    "shape_features",
    "shape_units",
    "return_sequences",
    "return_state",
)
#: The settings a training run reads (locked while it runs).
MODEL_FIELDS = (
    "cell",
    "units",
    "activation",
    "optimizer",
    "learning_rate",
    "epochs",
    "clipnorm",
)

#: The course's cases of the shapes page: the layer as Keras writes it, then
#: (cell, batch, steps, features, units, return_sequences, return_state). The
#: page names each "<layer> on an input of shape (batch, steps, features)" in
#: the user's language.
SHAPE_CASES = (
    ("SimpleRNN(3)", ("SimpleRNN", 1, 5, 2, 3, False, False)),
    (
        "SimpleRNN(4, return_sequences, return_state)",
        ("SimpleRNN", 32, 5, 2, 4, True, True),
    ),
    ("LSTM(16)", ("LSTM", 32, 20, 8, 16, False, False)),
    (
        "LSTM(16, return_sequences, return_state)",
        ("LSTM", 32, 20, 8, 16, True, True),
    ),
)

#: The animation's speeds, in points (windows) a second: the train page's
#: slider stops at these, slow enough to narrate each prediction, fast
#: enough to watch the whole curve.
ANIMATION_SPEEDS = (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 9.0, 12.0, 15.0, 20.0, 30.0)


def _index(value) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool)


@dataclass(frozen=True, eq=False)
class Predictions:
    """The model's prediction for every window of ``data``, after ``epoch``."""

    epoch: int
    values: np.ndarray
    data: series.Windowed

    def times(self) -> np.ndarray:
        """Where they are drawn: window i's prediction at its target's time."""
        return self.data.prediction_times(len(self.values))


@dataclass(frozen=True, eq=False)
class Forecast:
    """Predictions fed back as inputs after the end of ``data``."""

    values: np.ndarray
    times: np.ndarray
    #: the signal without noise over the series and the forecast
    truth_times: np.ndarray
    truth: np.ndarray


@dataclass(frozen=True, eq=False)
class Gradients:
    """|d prediction / d x_t| of a fresh model, and what it was computed for."""

    cell: str
    activation: str
    steps: int
    scale: float
    norms: np.ndarray


@dataclass(frozen=True, eq=False)
class KerasCheck:
    """What Keras said for the shapes page's settings ``settings``."""

    settings: tuple
    shapes: list
    count: int


class RnnState(Document):
    """Everything the RNN tab shows and remembers."""

    #: 1: the first versioned format. Version 0 (the old RnnTab.state()) saved
    #: signal, window, noise, seed, cell and epochs under the same names.
    #: 2: animation_speed is in points a second (it was a step of 1 to 10,
    #: three points a second each).
    VERSION = 2

    # ---- the series and its windows (page 1)
    signal = Setting("sine", choices=series.SIGNALS)
    start = Setting(0.0, low=-100.0, high=100.0)
    stop = Setting(10.0, low=-100.0, high=200.0)
    step = Setting(0.1, low=0.01, high=5.0)
    noise = Setting(0.1, low=0.0, high=2.0)
    seed = Setting(0, low=0, high=10**6)
    window = Setting(6, low=1, high=50)
    train_windows = Setting(80, low=1, high=10000)

    # ---- the cell by hand (page 2)
    cell_units = Setting(3, low=1, high=12)
    cell_inputs = Setting(2, low=1, high=6)
    cell_activation = Setting("sigmoid", choices=tuple(ACTIVATIONS))
    cell_seed = Setting(0, low=0, high=10**6)

    # ---- shapes (page 3)
    shape_cell = Setting("SimpleRNN", choices=cells.names())
    shape_batch = Setting(1, low=1, high=4096)
    shape_steps = Setting(5, low=1, high=4096)
    shape_features = Setting(2, low=1, high=4096)
    shape_units = Setting(3, low=1, high=4096)
    return_sequences = Setting(False)
    return_state = Setting(False)

    # ---- train and animate (page 4)
    cell = Setting("SimpleRNN", choices=cells.names())
    units = Setting(20, low=1, high=256)
    activation = Setting("relu", choices=("relu", "tanh", "sigmoid"))
    optimizer = Setting("rmsprop", choices=("rmsprop", "adam", "sgd"))
    learning_rate = Setting(0.001, low=0.0001, high=1.0)
    epochs = Setting(200, low=1, high=5000)
    clipnorm = Setting(0.0, low=0.0, high=100.0)
    forecast_steps = Setting(40, low=1, high=500)
    #: points (windows) a second while the animation plays
    animation_speed = Setting(9.0, low=ANIMATION_SPEEDS[0], high=ANIMATION_SPEEDS[-1])

    # ---- gradients through time (page 5)
    gradient_cell = Setting("SimpleRNN", choices=cells.names())
    gradient_activation = Setting("tanh", choices=("tanh", "sigmoid", "relu"))
    gradient_steps = Setting(30, low=2, high=60)
    gradient_scale = Setting(1.0, low=0.1, high=5.0)
    gradient_clipnorm = Setting(1.0, low=0.0, high=100.0)

    # ---- the document (not saved)
    #: the series, its windows and split (a series.Windowed)
    data = Value(None)
    #: why the last series settings gave no series ("" when they did): a
    #: core Message (one of core.series.MESSAGES) the page translates
    series_error = Value("")
    #: the window shown on the series page
    shown_window = Value(0)
    #: the NumPy cell's input sequence, one row per time step
    sequence = Value(None)
    #: why the last value typed into the sequence was refused ("" when it was
    #: taken): a core Message (one of core.rnn.MESSAGES) the page translates
    sequence_error = Value("")
    #: the NumPy cell (a core.rnn.RnnLayer) and the steps it took
    layer = Value(None)
    cell_steps = Value(factory=list)
    #: True once Step was pressed after the last time step
    cell_ended = Value(False)
    #: what Keras said on the shapes page (a KerasCheck)
    keras_check = Value(None)
    #: a training run is going on
    fitting = Value(False)
    #: the epoch count the running fit reaches
    fit_target = Value(0)
    #: how the last run ended: {"epochs", "mse", "stopped"} or {"error": text}
    #: or {"series_changed": True}
    train_outcome = Value(None)
    predictions = Value(None)
    forecast = Value(None)
    gradients = Value(None)

    def __init__(self):
        super().__init__()
        #: the model and its loss history ("training" notifies a change)
        self.training = TrainingSession()
        self._series_key = None
        self.subscribe(self._on_change)
        self.regenerate()
        self.reset_cell()

    def migrate(self, data: dict, version: int) -> dict:
        """Version 0 (the one-file RnnTab before issue 9) wrote ``signal``,
        ``window``, ``noise``, ``seed``, ``cell`` and ``epochs``: the same names
        and meanings; anything else it held is dropped. Version 1's
        ``animation_speed`` counted steps of 3 points a second."""
        if version < 1:
            kept = ("signal", "window", "noise", "seed", "cell", "epochs")
            data = {name: data[name] for name in kept if name in data}
        if version < 2 and "animation_speed" in data:
            old = data["animation_speed"]
            if isinstance(old, int | float) and not isinstance(old, bool):
                data["animation_speed"] = 3 * old  # steps of 3 points a second
        return data

    def _on_change(self, name: str) -> None:
        if name in SERIES_FIELDS:
            self.regenerate()
        elif name in CELL_FIELDS:
            self.reset_cell()
        elif name in SHAPE_FIELDS:
            self.keras_check = None

    # ---- the series
    def series_key(self) -> tuple:
        return tuple(getattr(self, name) for name in SERIES_FIELDS)

    def regenerate(self) -> bool:
        """Make the series and its windows from the settings.

        On a bad combination (a window longer than the series...) the previous
        series stays and ``series_error`` says why. A new series forgets the
        model, its predictions and forecast (they were for the old one).
        Returns True if the series changed.
        """
        key = self.series_key()
        if key == self._series_key and self.data is not None:
            self.series_error = ""  # back to the series shown
            return False
        try:
            data = series.windowed(
                self.signal,
                self.start,
                self.stop,
                self.step,
                self.noise,
                self.seed,
                self.window,
                self.train_windows,
            )
        except ValueError as error:
            self.series_error = error.args[0] if error.args else str(error)
            return False
        self._series_key = key
        with self.batch():
            self.data = data
            self.series_error = ""
            self.shown_window = min(self.shown_window, len(data) - 1)
            self.predictions = None
            self.forecast = None
            if self.fitting:
                self.train_outcome = {"series_changed": True}
            self.training.reset()
            self.notify("training")
        return True

    def show_window(self, index: int) -> None:
        """Show window ``index`` (clamped to the windows there are)."""
        self.shown_window = int(min(max(0, index), len(self.data) - 1))

    # ---- the cell by hand
    def reset_cell(self) -> None:
        """New weights from the seed, the state back to zero."""
        inputs = self.cell_inputs
        with self.batch():
            if self.sequence is None or self.sequence.shape[1] != inputs:
                self.sequence = np.tile(np.arange(1, inputs + 1, dtype=float), (5, 1))
            self.layer = RnnLayer(
                self.cell_units, inputs, self.cell_activation, seed=self.cell_seed
            )
            self.cell_steps = []
            self.cell_ended = False
            self.sequence_error = ""

    def course_cell(self) -> None:
        """The course's example: RnnLayer(3, 2, sigmoid), X of shape (5, 2)."""
        with self.batch():
            self.cell_units = 3
            self.cell_inputs = 2
            self.cell_activation = "sigmoid"
            self.sequence = COURSE_SEQUENCE.copy()
        self.reset_cell()

    def set_sequence_value(self, row: int, column: int, value: float) -> bool:
        """One number of the input sequence (the next steps read it); True if taken.

        A value that is not a finite number within ±core.rnn.SEQUENCE_LIMIT
        (NaN, 1e999, 10**400, text), or a cell outside the sequence, is refused:
        the sequence stays as it was, ``sequence_error`` says why, and
        "sequence" is notified so that a view shows the kept value again.
        """
        rows, columns = self.sequence.shape
        if not (
            _index(row) and _index(column) and 0 <= row < rows and 0 <= column < columns
        ):
            return self._refuse_sequence_value(
                Message(
                    MESSAGES[1],
                    row=echo(row),
                    column=echo(column),
                    rows=rows,
                    columns=columns,
                )
            )
        try:
            number = sequence_value(value, row, column, self.sequence[row, column])
        except ValueError as error:
            return self._refuse_sequence_value(error.args[0])
        sequence = self.sequence.copy()
        sequence[row, column] = number
        with self.batch():
            self.sequence_error = ""
            self.sequence = sequence
        return True

    def _refuse_sequence_value(self, message) -> bool:
        with self.batch():
            self.sequence_error = message
            self.notify("sequence")  # the kept value is shown again
        return False

    def step_cell(self) -> Step | None:
        """Read the next input x_t; None (and ``cell_ended``) after the last."""
        if self.layer.t >= len(self.sequence):
            self.cell_ended = True
            return None
        step = self.layer.step(self.sequence[self.layer.t])
        self.cell_steps = [*self.cell_steps, step]
        return step

    # ---- shapes
    def shape_settings(self) -> tuple:
        """(cell, batch, steps, features, units, return_sequences, return_state)."""
        return tuple(getattr(self, name) for name in SHAPE_FIELDS)

    def apply_shape_case(self, index: int) -> None:
        """Set the shapes page to the course's case ``index`` of SHAPE_CASES."""
        _, case = SHAPE_CASES[index]
        with self.batch():
            for name, value in zip(SHAPE_FIELDS, case, strict=True):
                setattr(self, name, value)

    # ---- training
    def training_key(self) -> tuple:
        """What the weights depend on: a change builds a new model."""
        return (self.series_key(), self.cell, self.units, self.activation)

    def optimizer_settings(self) -> dict:
        return {
            "optimizer": self.optimizer,
            "learning_rate": self.learning_rate,
            "clipnorm": self.clipnorm,
        }

    def train_config(self):
        """The course's TrainConfig with this state's settings."""
        from ...ml.rnn import rnn_config

        return rnn_config(
            self.epochs, self.optimizer, self.learning_rate, self.seed, self.clipnorm
        )

    def record(self, data: series.Windowed, kind: str, *values) -> None:
        """A report of the running fit, on ``data`` (in the GUI thread)."""
        if data is not self.data:
            return  # a fit on an older series: nothing of it is kept
        if kind == "predictions":
            epoch, array = values
            self.predictions = Predictions(epoch, np.asarray(array), data)
            return
        self.training.record(kind, *values)
        self.notify("training")

    def training_mse(self) -> float:
        """The mean squared error of the last predictions on the training windows."""
        if self.predictions is None:
            return float("nan")
        data = self.predictions.data
        values = self.predictions.values[: data.train]
        return float(np.mean((values - data.y_train.ravel()) ** 2))

    def set_forecast(self, data: series.Windowed, values) -> None:
        """The forecast after ``data`` (ignored if the series changed since)."""
        if data is not self.data:
            return
        values = np.asarray(values, dtype=float)
        times = data.future_times(len(values))
        whole = np.concatenate([data.t, times])
        self.forecast = Forecast(
            values, times, whole, series.clean_signal(whole, data.kind)
        )

    # ---- gradients
    def clipped(self) -> np.ndarray | None:
        """The gradients after clipping to ``gradient_clipnorm`` (0: off)."""
        if self.gradients is None:
            return None
        return clip_by_norm(self.gradients.norms, self.gradient_clipnorm)
