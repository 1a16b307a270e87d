"""Timers whose callback cannot fail at every tick.

A repeating timer whose slot raises would raise again at its next tick (33
times a second for an animation): the crash reporter would count the repeats,
but the broken work would go on. :func:`timer` connects the slot through a
guard: the first exception stops the timer, calls ``on_stop`` (so a Play
button can show that the animation stopped), and goes to ``sys.excepthook``,
the crash reporter of :mod:`guiapp.ui.crash` (one traceback, one dialog).

Every repeating or restartable timer of guiapp's windows is made here; a test
of the architecture checks that no other module makes a ``QTimer`` itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

__all__ = ["timer"]


def timer(
    parent: QObject,
    interval_ms: int,
    slot: Callable[[], object],
    *,
    single_shot: bool = False,
    on_stop: Callable[[], object] | None = None,
) -> QTimer:
    """A QTimer of ``parent`` calling ``slot``; stopped at the slot's first error."""
    made = QTimer(parent)
    made.setInterval(interval_ms)
    made.setSingleShot(single_shot)

    def guarded() -> None:
        try:
            slot()
        except Exception:  # noqa: BLE001 - reported below, never swallowed
            made.stop()
            kind, value, tb = sys.exc_info()
            if on_stop is not None:
                try:
                    on_stop()
                except Exception:  # noqa: BLE001 - the first error is the one to see
                    pass
            sys.excepthook(kind, value, tb)

    made.timeout.connect(guarded)
    return made
