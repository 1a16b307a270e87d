"""The course's recurrent model on a noisy sine (Keras, no Qt).

    model = Sequential()
    model.add(SimpleRNN(units=20, input_shape=(s, 1), activation="relu"))
    model.add(Dense(5, activation="relu"))
    model.add(Dense(1))
    model.compile(loss="mean_squared_error", optimizer="rmsprop")

551 parameters (440 + 105 + 6), trained 200 epochs with batches of 16.

The RNN tab runs the Keras work of this module as jobs (functions that take a
:class:`guiapp.ml.session.Task` first, in a worker thread): :func:`check_layer`
(the shapes page's "Check with Keras"), :func:`gradients_through_time`,
:func:`forecast` and, during training, :func:`prediction_hook` (predictions
every few epochs). Tests call them with a plain ``Task()``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..core import cells
from ..core.rnn import clip_by_norm
from .session import Task

__all__ = [
    "CELLS",
    "build_rnn",
    "build_compiled",
    "check_layer",
    "clip_by_norm",
    "forecast",
    "gradient_norms",
    "gradients_through_time",
    "predict",
    "prediction_hook",
    "rnn_config",
    "scale_recurrent_weights",
    "training_arrays",
]

#: The cells offered (the registry in :mod:`guiapp.core.cells`).
CELLS = cells.names()


def build_rnn(
    window: int = 6,
    cell: str = "SimpleRNN",
    units: int = 20,
    activation: str = "relu",
):
    """The course's model for windows of ``window`` values (uncompiled).

    ``cell`` is a name of :mod:`guiapp.core.cells`; an unknown one raises
    ``ValueError`` naming it.
    """
    spec = cells.cell(cell)
    import keras

    layer = getattr(keras.layers, spec.keras_class)(
        units, activation=activation, name=spec.name.lower()
    )
    model = keras.Sequential(
        [
            keras.Input(shape=(window, 1)),
            layer,
            keras.layers.Dense(5, activation="relu"),
            keras.layers.Dense(1),
        ],
        name="course_rnn",
    )
    return model


def rnn_config(
    epochs: int = 200,
    optimizer: str = "rmsprop",
    learning_rate: float = 1e-3,
    seed: int = 0,
    clipnorm: float = 0.0,
):
    """The course's training settings: MSE, RMSprop, 200 epochs, batch 16."""
    from .training import TrainConfig

    return TrainConfig(
        optimizer=optimizer,
        learning_rate=learning_rate,
        loss="mean_squared_error",
        batch_size=16,
        epochs=epochs,
        validation_split=0.0,
        seed=seed,
        clipnorm=clipnorm,
    )


def build_compiled(window: int, cell: str, units: int, activation: str, config):
    """The course's model, seeded with ``config.seed`` and compiled with ``config``
    (the ``build`` of :meth:`guiapp.ml.session.TrainingSession.fit`)."""
    from .training import compile_model, seed_everything

    seed_everything(config.seed)
    return compile_model(build_rnn(window, cell, units, activation), config)


def training_arrays(x_train: np.ndarray, y_train: np.ndarray) -> tuple:
    """Windows (n, s) and targets (n, 1) as Keras wants them: (n, s, 1) and (n, 1)."""
    return (
        np.asarray(x_train, dtype=np.float32)[..., None],
        np.asarray(y_train, dtype=np.float32),
    )


def predict(model, X: np.ndarray) -> np.ndarray:
    """Predictions for windows X of shape (n, s): shape (n,)."""
    return np.asarray(model(X[..., None].astype(np.float32), training=False)).ravel()


def prediction_hook(
    windows: np.ndarray, every: int = 5, last_epoch: int | None = None
) -> Callable[[Task, int, object], None]:
    """An ``epoch_hook`` for :meth:`TrainingSession.fit`: the model's prediction
    for every window, reported as ``("predictions", epoch, array)`` every
    ``every`` epochs, after ``last_epoch`` and after the epoch a stop ended, so
    the last report is always the trained model's.
    """
    windows = np.array(windows, dtype=float)

    def hook(task: Task, epoch: int, model) -> None:
        if (epoch + 1) % every == 0 or epoch == last_epoch or task.should_stop():
            task.report("predictions", epoch, predict(model, windows))

    return hook


def forecast(task: Task, model, window: np.ndarray, steps: int) -> np.ndarray:
    """Feed each prediction back as the next input, ``steps`` times (a job).

    Checks ``task`` between steps (a long forecast can be stopped).
    """
    window = np.asarray(window, dtype=np.float32).ravel()
    current = list(window)
    out = []
    for _ in range(steps):
        task.check()
        x = np.asarray(current[-len(window) :], dtype=np.float32)[None, :, None]
        value = float(np.asarray(model(x, training=False)).ravel()[0])
        out.append(value)
        current.append(value)
    return np.asarray(out)


def scale_recurrent_weights(model, factor: float) -> None:
    """Multiply the recurrent layer's Wy by ``factor``: above 1 (with relu or
    linear) the gradients through time explode, below 1 they vanish faster."""
    cell = model.layers[0].cell
    cell.recurrent_kernel.assign(np.asarray(cell.recurrent_kernel) * factor)


def gradient_norms(model, window: np.ndarray) -> np.ndarray:
    """|d prediction / d x_t| for each time step t of one window.

    Backpropagation through time multiplies by the recurrent weights and the
    activation's slope at every step back, so with saturating activations the
    early steps get tiny gradients (vanishing gradients).
    """
    import tensorflow as tf

    x = tf.convert_to_tensor(np.asarray(window, dtype=np.float32)[None, :, None])
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = model(x, training=False)
    grad = tape.gradient(y, x)
    return np.abs(np.asarray(grad)[0, :, 0])


def gradients_through_time(
    task: Task,
    cell: str,
    activation: str,
    steps: int,
    scale: float = 1.0,
    seed: int = 0,
) -> np.ndarray:
    """The gradients page's job: a fresh course model over ``steps`` time steps,
    its recurrent weights times ``scale``, and |d prediction / d x_t| for the
    window ``sin(0.3 t)``, t = 0 .. steps - 1.
    """
    from .training import seed_everything

    task.check()
    seed_everything(seed)
    model = build_rnn(steps, cell, 20, activation)
    scale_recurrent_weights(model, scale)
    task.check()
    return gradient_norms(model, np.sin(np.arange(steps) * 0.3))


def check_layer(
    task: Task,
    cell: str,
    batch: int,
    steps: int,
    features: int,
    units: int,
    return_sequences: bool = False,
    return_state: bool = False,
) -> tuple[list[tuple[int, ...]], int]:
    """What Keras says a recurrent layer returns, and its parameter count (a job).

    The layer is called on a symbolic input of shape (batch, steps, features):
    Keras works the shapes out without computing anything, so a batch of 4096
    sequences of 4096 steps costs no memory.

    Returns
    -------
    (shapes, count) : list of tuples, int
    """
    spec = cells.cell(cell)
    import keras

    task.check()
    layer = getattr(keras.layers, spec.keras_class)(
        units, return_sequences=return_sequences, return_state=return_state
    )
    out = layer(keras.Input(batch_shape=(batch, steps, features)))
    out = out if isinstance(out, (list, tuple)) else [out]
    return [tuple(int(n) for n in o.shape) for o in out], int(layer.count_params())
