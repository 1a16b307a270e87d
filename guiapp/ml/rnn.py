"""The course's recurrent model on a noisy sine (Keras, no Qt).

    model = Sequential()
    model.add(SimpleRNN(units=20, input_shape=(s, 1), activation="relu"))
    model.add(Dense(5, activation="relu"))
    model.add(Dense(1))
    model.compile(loss="mean_squared_error", optimizer="rmsprop")

551 parameters (440 + 105 + 6), trained 200 epochs with batches of 16.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "build_rnn",
    "clip_by_norm",
    "forecast",
    "gradient_norms",
    "rnn_config",
    "scale_recurrent_weights",
]

CELLS = ("SimpleRNN", "LSTM", "GRU")


def build_rnn(
    window: int = 6,
    cell: str = "SimpleRNN",
    units: int = 20,
    activation: str = "relu",
):
    """The course's model for windows of ``window`` values (uncompiled)."""
    import keras

    layer = getattr(keras.layers, cell)(units, activation=activation, name=cell.lower())
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


def predict(model, X: np.ndarray) -> np.ndarray:
    """Predictions for windows X of shape (n, s): shape (n,)."""
    return np.asarray(model(X[..., None].astype(np.float32), training=False)).ravel()


def forecast(model, window: np.ndarray, steps: int) -> np.ndarray:
    """Feed each prediction back as the next input, ``steps`` times."""
    current = list(np.asarray(window, dtype=np.float32).ravel())
    out = []
    for _ in range(steps):
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


def clip_by_norm(gradients: np.ndarray, clipnorm: float) -> np.ndarray:
    """What ``clipnorm`` does: scale the whole gradient down to norm ``clipnorm``.

    >>> clip_by_norm(np.array([3.0, 4.0]), 1.0).tolist()
    [0.6, 0.8]
    """
    norm = float(np.linalg.norm(gradients))
    return (
        gradients * (clipnorm / norm) if clipnorm > 0 and norm > clipnorm else gradients
    )


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
