"""The course's NumPy recurrent layer, step by step (course part 2, section 2).

At each time step the layer combines the new input with its previous state::

    h_t = f(Wx^T x_t + Wy^T h_{t-1} + b)

with Wx of shape (input_size, n_units), Wy (n_units, n_units), b (n_units, 1)
and the state h (n_units, 1), starting at zero.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["ACTIVATIONS", "COURSE_SEQUENCE", "RnnLayer", "Step", "clip_by_norm"]

#: The course's input sequence for ``RnnLayer(3, 2, "sigmoid")``: 5 steps of 2 values.
COURSE_SEQUENCE = np.array([[1, 1], [1, 2], [1, 3], [1, 2], [1, 3]], dtype=float)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


ACTIVATIONS = {
    "sigmoid": sigmoid,
    "tanh": np.tanh,
    "relu": lambda x: np.maximum(x, 0),
    "linear": lambda x: x,
}


@dataclass
class Step:
    """One time step, with every term of the equation for display."""

    t: int
    x: np.ndarray  # (input_size, 1)
    input_term: np.ndarray  # Wx^T x_t
    state_term: np.ndarray  # Wy^T h_{t-1}
    previous: np.ndarray  # h_{t-1}
    h: np.ndarray  # the new state


class RnnLayer:
    """The course's ``RnnLayer``, with a seed and a step-by-step interface.

    Examples
    --------
    The course's example: 3 units, input 2, sigmoid, X of shape (5, 2).

    >>> layer = RnnLayer(3, 2, "sigmoid", seed=0)
    >>> X = np.array([[1, 1], [1, 2], [1, 3], [1, 2], [1, 3]])
    >>> layer.forward(X).shape
    (3, 1)
    """

    def __init__(
        self, n_units: int, input_size: int, activation="sigmoid", seed: int | None = 0
    ):
        self.n_units, self.input_size = int(n_units), int(input_size)
        if callable(activation):
            self.activation_name, self.activation = (
                getattr(activation, "__name__", "f"),
                activation,
            )
        else:
            self.activation_name, self.activation = activation, ACTIVATIONS[activation]
        rng = np.random.default_rng(seed)
        # the course draws them with np.random.randn, in this order
        self.Wx = rng.standard_normal((self.input_size, self.n_units))
        self.Wy = rng.standard_normal((self.n_units, self.n_units))
        self.b = rng.standard_normal((self.n_units, 1))
        self.reset()

    def reset(self) -> None:
        """Back to the zero state, before the first step."""
        self.h = np.zeros((self.n_units, 1))
        self.t = 0

    def step(self, x) -> Step:
        """Read one input ``x_t`` (input_size values) and update the state."""
        x = np.asarray(x, dtype=float).reshape(self.input_size, 1)
        input_term = self.Wx.T @ x
        state_term = self.Wy.T @ self.h
        previous = self.h
        self.h = self.activation(input_term + state_term + self.b)
        step = Step(self.t, x, input_term, state_term, previous, self.h)
        self.t += 1
        return step

    def forward(self, X) -> np.ndarray:
        """Read a whole sequence (one row per time step); return the last state.

        Like the course's ``forword``, the state carries over from earlier
        calls; call :meth:`reset` to start from zero.
        """
        for x in np.asarray(X, dtype=float):
            self.step(x)
        return self.h

    @property
    def param_count(self) -> int:
        """input_size*units + units*units + units: the same as Keras's SimpleRNN."""
        return self.Wx.size + self.Wy.size + self.b.size


def clip_by_norm(gradients, clipnorm: float) -> np.ndarray:
    """What Keras's ``clipnorm`` does: scale the whole gradient down to norm
    ``clipnorm`` when it is longer (0 or less: no clipping).

    .. math:: g \\leftarrow g \\cdot \\frac{c}{\\lVert g \\rVert}
              \\quad \\text{if } \\lVert g \\rVert > c

    >>> clip_by_norm(np.array([3.0, 4.0]), 1.0).round(6).tolist()
    [0.6, 0.8]
    >>> clip_by_norm(np.array([3.0, 4.0]), 0.0).tolist()
    [3.0, 4.0]
    """
    gradients = np.asarray(gradients, dtype=float)
    norm = float(np.linalg.norm(gradients))
    if clipnorm > 0 and norm > clipnorm:
        return gradients * (clipnorm / norm)
    return gradients
