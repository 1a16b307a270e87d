"""Time series and the sliding windows an RNN learns from (course part 2).

The course builds ``t = np.arange(0, 10, 0.1)`` (100 points),
``x = sin(t) + 0.1 * N(0, 1)``, then cuts it into windows of ``s = 6`` values,
each followed by the value to predict::

    X[i] = x[i : i + s],   Y[i] = x[i + s]        for i = 0 .. n - s - 1

so X has shape (94, 6) and Y (94, 1); the first 80 windows train, the next 14
test.
"""

from __future__ import annotations

import numpy as np

__all__ = ["SIGNALS", "make_series", "clean_signal", "make_windows", "split"]

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
