"""Time series and the sliding windows an RNN learns from (course part 2).

The course builds ``t = np.arange(0, 10, 0.1)`` (100 points),
``x = sin(t) + 0.1 * N(0, 1)``, then cuts it into windows of ``s = 6`` values,
each followed by the value to predict::

    X[i] = x[i : i + s],   Y[i] = x[i + s]        for i = 0 .. n - s - 1

so X has shape (94, 6) and Y (94, 1); the first 80 windows train, the next 14
test.

Every argument is checked before anything is computed: a refusal is a
``ValueError`` whose message (a :class:`~guiapp.core.messages.Message`, one of
:data:`MESSAGES`, which the RNN tab shows translated) names the argument, what
was given and what is accepted.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

import numpy as np

from .messages import Message, echo

__all__ = [
    "SIGNALS",
    "MESSAGES",
    "MAX_POINTS",
    "make_series",
    "clean_signal",
    "make_windows",
    "split",
    "Windowed",
    "windowed",
]

SIGNALS = ("sine", "two_sines", "square", "sawtooth", "damped_sine")

#: The most points a series may have (the RNN tab makes at most 30 000).
MAX_POINTS = 1_000_000

#: Every sentence this module can produce, for the translators.
MESSAGES = (
    "{name} must be a finite number, not {value}",
    "the step must be a number > 0, not {value}",
    "t to ({stop}) must be greater than t from ({start})",
    "t from {start} to {stop} by steps of {step} makes {count} points; at most "
    "{limit} are accepted (a larger step or a shorter span)",
    "unknown signal {value}; choose one of {choices}",
    "{name} must be a whole number from {low} to {high}, not {value}",
    "the window s must be from 1 to {high} for a series of {count} points, not {value}",
    "a series of {count} points is too short for a window: it needs at least 2",
    "{name} must be a number from {low} to {high}, not {value}",
)

#: the largest noise σ: beyond, noise × N(0, 1) overflows to inf (1e308 did)
MAX_NOISE = 1e6


def _number(value, name: str) -> float:
    """``value`` as a finite float, or a ValueError naming ``name``."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise ValueError(Message(MESSAGES[0], name=name, value=echo(value)))
    try:
        number = float(value)
    except OverflowError:  # an int of 400 digits
        number = math.inf
    if not math.isfinite(number):
        raise ValueError(Message(MESSAGES[0], name=name, value=echo(value)))
    return number


_LARGEST = 2**63 - 1


def _whole(value, name: str, low: int, high: int = _LARGEST) -> int:
    """``value`` as an int in [low, high] (a whole float such as 6.0 too)."""
    shown = "2**63 - 1" if high == _LARGEST else high
    refused = ValueError(
        Message(MESSAGES[5], name=name, low=low, high=shown, value=echo(value))
    )
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise refused
    if not isinstance(value, numbers.Integral):
        try:
            if not math.isfinite(value) or value != math.floor(value):
                raise refused
        except OverflowError:
            raise refused from None
    number = int(value)
    if not low <= number <= high:
        raise refused
    return number


def _seed(seed) -> int | None:
    return None if seed is None else _whole(seed, "the seed", 0)


def _signal(kind) -> str:
    if not isinstance(kind, str) or kind not in SIGNALS:
        raise ValueError(
            Message(MESSAGES[4], value=echo(kind), choices=", ".join(SIGNALS))
        )
    return kind


def clean_signal(t: np.ndarray, kind: str = "sine") -> np.ndarray:
    """The noiseless signal at times ``t``.

    >>> clean_signal(np.array([0.0, np.pi / 2])).round(6).tolist()
    [0.0, 1.0]
    """
    t = np.asarray(t, dtype=float)
    if kind == "sine":
        return np.sin(t)
    if kind == "two_sines":
        return 0.7 * np.sin(t) + 0.3 * np.sin(3.1 * t)
    if kind == "square":
        return np.sign(np.sin(t)) + (np.sin(t) == 0)
    if kind == "sawtooth":
        return 2 * ((t / (2 * np.pi)) % 1.0) - 1
    if kind == "damped_sine":
        return np.exp(-0.15 * t) * np.sin(2 * t)
    raise ValueError(Message(MESSAGES[4], value=echo(kind), choices=", ".join(SIGNALS)))


def make_series(
    start: float = 0.0,
    stop: float = 10.0,
    step: float = 0.1,
    noise: float = 0.1,
    seed: int | None = 0,
    kind: str = "sine",
) -> tuple[np.ndarray, np.ndarray]:
    """``t = arange(start, stop, step)`` and ``x = signal(t) + noise * N(0, 1)``.

    Examples
    --------
    >>> t, x = make_series()
    >>> t.shape, x.shape
    ((100,), (100,))
    """
    start, stop = _number(start, "the start (t from)"), _number(stop, "the end (t to)")
    step, noise = _number(step, "the step"), _number(noise, "the noise")
    seed, kind = _seed(seed), _signal(kind)
    if not 0 <= noise <= MAX_NOISE:
        raise ValueError(
            Message(
                MESSAGES[8],
                name="the noise",
                low=0,
                high=f"{MAX_NOISE:g}",
                value=echo(noise),
            )
        )
    if step <= 0:
        raise ValueError(Message(MESSAGES[1], value=echo(step)))
    if stop <= start:
        raise ValueError(Message(MESSAGES[2], start=f"{start:g}", stop=f"{stop:g}"))
    points = (stop - start) / step  # arange makes its ceiling (inf: too many)
    if not points <= MAX_POINTS:
        raise ValueError(
            Message(
                MESSAGES[3],
                start=f"{start:g}",
                stop=f"{stop:g}",
                step=f"{step:g}",
                count=math.ceil(points) if points < 1e9 else f"{points:.3g}",
                limit=MAX_POINTS,
            )
        )
    t = np.arange(start, stop, step)
    rng = np.random.default_rng(seed)
    return t, clean_signal(t, kind) + noise * rng.standard_normal(len(t))


def make_windows(x, s: int) -> tuple[np.ndarray, np.ndarray]:
    """Cut a series into windows of ``s`` values and the value after each.

    .. math:: X_i = (x_i, \\dots, x_{i+s-1}), \\quad Y_i = x_{i+s}

    Returns
    -------
    X : ndarray, shape (n - s, s)
    Y : ndarray, shape (n - s, 1)

    Examples
    --------
    >>> X, Y = make_windows(np.arange(100.0), 6)
    >>> X.shape, Y.shape, X[0].tolist(), float(Y[0, 0])
    ((94, 6), (94, 1), [0.0, 1.0, 2.0, 3.0, 4.0, 5.0], 6.0)
    """
    x = np.asarray(x, dtype=float).ravel()
    if len(x) < 2:
        raise ValueError(Message(MESSAGES[7], count=len(x)))
    try:
        s = _whole(s, "the window s", 1, len(x) - 1)
    except ValueError:
        raise ValueError(
            Message(MESSAGES[6], high=len(x) - 1, count=len(x), value=echo(s))
        ) from None
    X = np.lib.stride_tricks.sliding_window_view(x, s)[:-1].copy()
    Y = x[s:].reshape(-1, 1).copy()
    return X, Y


def split(X: np.ndarray, Y: np.ndarray, train: int = 80):
    """The course's split: the first ``train`` windows, then the rest.

    >>> X, Y = make_windows(np.arange(100.0), 6)
    >>> (a, b), (c, d) = split(X, Y)
    >>> a.shape, c.shape
    ((80, 6), (14, 6))
    """
    return (X[:train], Y[:train]), (X[train:], Y[train:])


@dataclass(frozen=True, eq=False)
class Windowed:
    """A series, its windows and the course's split, made once and never changed.

    Whoever draws or trains reads one ``Windowed``: its times, values, windows
    and split always agree (a new setting makes a new ``Windowed``).
    """

    kind: str
    t: np.ndarray
    x: np.ndarray
    #: the signal without noise at the times ``t``
    clean: np.ndarray
    #: the window length s
    s: int
    step: float
    X: np.ndarray
    Y: np.ndarray
    #: how many windows train (the rest test)
    train: int

    @property
    def x_train(self) -> np.ndarray:
        return self.X[: self.train]

    @property
    def y_train(self) -> np.ndarray:
        return self.Y[: self.train]

    @property
    def x_test(self) -> np.ndarray:
        return self.X[self.train :]

    @property
    def y_test(self) -> np.ndarray:
        return self.Y[self.train :]

    def __len__(self) -> int:
        """The number of windows."""
        return len(self.X)

    def window_span(self, i: int) -> tuple[float, float]:
        """Where window ``i`` lies on the time axis (half a step either side)."""
        return (
            float(self.t[i] - self.step / 2),
            float(self.t[i + self.s - 1] + self.step / 2),
        )

    def target(self, i: int) -> tuple[float, float]:
        """Window ``i``'s target ``Y[i] = x[i + s]`` and its time ``t[i + s]``."""
        return float(self.t[i + self.s]), float(self.Y[i, 0])

    def prediction_times(self, count: int | None = None) -> np.ndarray:
        """Where the predictions of the first ``count`` windows are drawn.

        The course draws them at ``t[:94] + 0.1 * s``: window i's prediction
        at the time of its target.
        """
        count = len(self.X) if count is None else count
        return self.t[:count] + self.step * self.s

    def future_times(self, steps: int) -> np.ndarray:
        """The ``steps`` times after the series (for a forecast)."""
        return self.t[-1] + self.step * np.arange(1, steps + 1)

    def train_span(self) -> tuple[float, float]:
        """The targets of the training windows, on the time axis."""
        return (
            float(self.t[self.s]),
            float(self.t[self.s + self.train - 1] + self.step / 2),
        )

    def test_span(self) -> tuple[float, float]:
        """The targets of the test windows, on the time axis."""
        return float(self.t[self.s + self.train - 1] + self.step / 2), float(self.t[-1])


def windowed(
    kind: str = "sine",
    start: float = 0.0,
    stop: float = 10.0,
    step: float = 0.1,
    noise: float = 0.1,
    seed: int | None = 0,
    s: int = 6,
    train: int = 80,
) -> Windowed:
    """The course's data in one call: series, windows of ``s``, the split.

    ``train`` is capped so that at least one window is left to test when there
    are two or more.

    Raises
    ------
    ValueError
        For a window that does not fit the series, a step <= 0, an empty range,
        more than :data:`MAX_POINTS` points, a number that is NaN or infinite,
        a seed or ``train`` that is not a whole number (``train`` >= 1), an
        unknown signal.

    Examples
    --------
    >>> data = windowed()
    >>> data.X.shape, data.Y.shape, len(data.x_train), len(data.x_test)
    ((94, 6), (94, 1), 80, 14)
    >>> round(float(data.prediction_times()[0]), 6)
    0.6
    """
    train = _whole(train, "the number of training windows", 1)
    t, x = make_series(start, stop, step, noise, seed, kind)
    X, Y = make_windows(x, s)
    train = min(train, max(1, len(X) - 1))
    return Windowed(kind, t, x, clean_signal(t, kind), int(s), float(step), X, Y, train)
