"""Work spread over turns of the event loop, so that no turn stalls the window.

A language or zoom change touches every tab; done in one go it stalled the
window 70-100 ms. :class:`Stages` runs the first step now (the shown tab) and
each next one in its own turn; a new run under the same key replaces the steps
still waiting, and :meth:`Stages.finish` runs them all at once (a tab about to
be shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

__all__ = ["Stages"]


class Stages(QObject):
    """Named lists of steps, one step per turn of the event loop."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._waiting: dict[str, list[Callable[[], object]]] = {}

    def run(self, key: str, steps: list, staged: bool = True) -> None:
        """``steps[0]`` now, each next one in a later turn; all now if not
        ``staged``."""
        self._waiting[key] = list(steps)
        self._step(key)
        if not staged:
            self.finish()

    def pending(self) -> bool:
        """True while steps are waiting."""
        return bool(self._waiting)

    def cancel(self) -> None:
        """Drop every waiting step (their widgets are going away)."""
        self._waiting.clear()

    def finish(self) -> None:
        """Run every waiting step now."""
        while self._waiting:
            for key in list(self._waiting):
                self._step(key)

    def _step(self, key: str) -> None:
        steps = self._waiting.get(key)
        if steps:
            steps.pop(0)()
        if steps:
            QTimer.singleShot(0, self, self._next)
        else:
            self._waiting.pop(key, None)

    @Slot()
    def _next(self) -> None:
        for key in list(self._waiting):
            self._step(key)
