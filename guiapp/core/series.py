"""Time series and the sliding windows an RNN learns from (course part 2).

The course builds ``t = np.arange(0, 10, 0.1)`` (100 points),
``x = sin(t) + 0.1 * N(0, 1)``, then cuts it into windows of ``s = 6`` values,
each followed by the value to predict::

    X[i] = x[i : i + s],   Y[i] = x[i + s]        for i = 0 .. n - s - 1

so X has shape (94, 6) and Y (94, 1); the first 80 windows train, the next 14
test.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = [
    "SIGNALS",
    "make_series",
    "clean_signal",
    "make_windows",
    "split",
    "Windowed",
    "windowed",
]

SIGNALS = ("sine", "two_sines", "square", "sawtooth", "damped_sine")


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
    raise ValueError(f"unknown signal {kind!r}; choose one of {SIGNALS}")


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
    if step <= 0:
        raise ValueError("the step must be positive")
    if stop <= start:
        raise ValueError(f"t to ({stop:g}) must be greater than t from ({start:g})")
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
    if not 1 <= s < len(x):
        raise ValueError(
            f"the window s must be between 1 and {len(x) - 1} for a series of {len(x)}"
        )
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
        For a window that does not fit the series, a step <= 0, an empty range.

    Examples
    --------
    >>> data = windowed()
    >>> data.X.shape, data.Y.shape, len(data.x_train), len(data.x_test)
    ((94, 6), (94, 1), 80, 14)
    >>> round(float(data.prediction_times()[0]), 6)
    0.6
    """
    t, x = make_series(start, stop, step, noise, seed, kind)
    X, Y = make_windows(x, s)
    train = int(min(max(1, train), max(1, len(X) - 1)))
    return Windowed(kind, t, x, clean_signal(t, kind), int(s), float(step), X, Y, train)
