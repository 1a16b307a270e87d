"""The course's NumPy recurrent layer, step by step (course part 2, section 2).

At each time step the layer combines the new input with its previous state::

    h_t = f(Wx^T x_t + Wy^T h_{t-1} + b)

with Wx of shape (input_size, n_units), Wy (n_units, n_units), b (n_units, 1)
and the state h (n_units, 1), starting at zero.

Arguments are checked before anything is computed: sizes are whole numbers
from 1 to :data:`MAX_UNITS`, the activation one of :data:`ACTIVATIONS` or a
function, the seed a whole number >= 0 or None; each refusal names the
argument, what was given and what is accepted.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

import numpy as np

from .messages import Message, echo
from .shapes import whole_number

__all__ = [
    "ACTIVATIONS",
    "COURSE_SEQUENCE",
    "MAX_UNITS",
    "MESSAGES",
    "SEQUENCE_LIMIT",
    "RnnLayer",
    "Step",
    "clip_by_norm",
    "sequence_value",
]

#: The most units or inputs a NumPy layer takes (Wy alone is units x units).
MAX_UNITS = 4096
#: The largest input value the cell by hand takes (beyond, every activation
#: saturates or overflows and the equation's numbers no longer fit their cells).
SEQUENCE_LIMIT = 1_000_000

#: Every sentence of this module that the interface shows, for the translators.
MESSAGES = (
    "x[{row}, {column}] must be a number from -{limit} to {limit}, not {value}; "
    "the cell keeps {old}",
    "x[{row}, {column}] is not a cell of the {rows}×{columns} input sequence",
)


def sequence_value(value, row: int, column: int, old: float) -> float:
    """``value`` typed into cell (``row``, ``column``) of an input sequence, as a
    float; a ``ValueError`` (a :class:`~guiapp.core.messages.Message`) naming the
    cell, the value and what is accepted when it is not a finite number within
    ±:data:`SEQUENCE_LIMIT`.

    >>> sequence_value("2", 0, 1, 1.0)
    2.0
    >>> sequence_value(1e999, 0, 1, 1.0)
    Traceback (most recent call last):
    ...
    ValueError: x[0, 1] must be a number from -1000000 to 1000000, not inf; the cell keeps 1
    """
    number = math.nan
    if not isinstance(value, (bool, np.bool_)):
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            pass
    if not (math.isfinite(number) and abs(number) <= SEQUENCE_LIMIT):
        raise ValueError(
            Message(
                MESSAGES[0],
                row=row,
                column=column,
                limit=SEQUENCE_LIMIT,
                value=echo(value),
                old=f"{old:g}",
            )
        )
    return number


#: The course's input sequence for ``RnnLayer(3, 2, "sigmoid")``: 5 steps of 2 values.
COURSE_SEQUENCE = np.array([[1, 1], [1, 2], [1, 3], [1, 2], [1, 3]], dtype=float)


def sigmoid(x):
    """1 / (1 + exp(-x)), written so that a large ``|x|`` gives 0 or 1 without
    NumPy's overflow warning (exp(1e6) overflows)."""
    with np.errstate(invalid="ignore"):  # NaN in, NaN out
        return np.exp(-np.logaddexp(0.0, -np.asarray(x, dtype=float)))


ACTIVATIONS = {
    "sigmoid": sigmoid,
    "tanh": np.tanh,
    "relu": lambda x: np.maximum(x, 0),
    "linear": lambda x: x,
}


def _size(value, name: str) -> int:
    number = whole_number(value, name)
    if number > MAX_UNITS:
        raise ValueError(
            f"{name} must be a whole number from 1 to {MAX_UNITS}, not {echo(value)}"
        )
    return number


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
        self.n_units = _size(n_units, "n_units")
        self.input_size = _size(input_size, "input_size")
        if callable(activation):
            self.activation_name, self.activation = (
                getattr(activation, "__name__", "f"),
                activation,
            )
        elif isinstance(activation, str) and activation in ACTIVATIONS:
            self.activation_name, self.activation = activation, ACTIVATIONS[activation]
        else:
            raise ValueError(
                f"activation must be one of {', '.join(ACTIVATIONS)} or a function, "
                f"not {echo(activation)}"
            )
        if seed is not None:
            seed = whole_number(seed, "seed", low=0)
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
        x = np.asarray(x, dtype=float)
        if x.size != self.input_size:
            raise ValueError(
                f"x_t must hold input_size = {self.input_size} values, "
                f"not {x.size} (shape {x.shape})"
            )
        x = x.reshape(self.input_size, 1)
        # an input near the largest float overflows to inf, which then goes
        # through as NumPy carries it (tanh(inf) = 1), without a warning
        with np.errstate(over="ignore", invalid="ignore"):
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
    if isinstance(clipnorm, (bool, np.bool_)) or not isinstance(clipnorm, numbers.Real):
        raise TypeError(f"clipnorm must be a number, not {echo(clipnorm)}")
    if clipnorm != clipnorm:  # NaN (math.isnan overflows on an int of 400 digits)
        raise ValueError("clipnorm must be a number (0 or less: no clipping), not nan")
    gradients = np.asarray(gradients, dtype=float)
    norm = float(np.linalg.norm(gradients))
    if clipnorm > 0 and norm > clipnorm:
        return gradients * (clipnorm / norm)
    return gradients
