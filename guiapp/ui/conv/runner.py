"""Keeps the convolution tab's results current: at once for a small photo, in a
job for a large one, the latest request winning."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from ...ml.session import Task
from .state import COMPUTE_INPUTS, ConvState
from .work import Request, compute

__all__ = ["ConvRunner"]


class ConvRunner(QObject):
    """Computes what the state is missing after each change of its inputs.

    A photo of up to :attr:`SYNC_PIXELS` pixels is computed in the GUI thread:
    the worst case, a 640 x 427 sample on the pooling page with an 11 x 11
    kernel, took about 20 ms here. A larger one runs as the job "conv"; a newer
    request stops the running one, and a result that arrives for old settings is
    dropped by :meth:`ConvState.store`. Every update ends by setting
    ``state.results`` once, the one notification the pages render on.
    """

    sig_failed = Signal(str)
    """A computation failed; the message is for the user."""

    SYNC_PIXELS = 640 * 480

    def __init__(self, state: ConvState, session, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.session = session
        self._job = None
        self._job_keys = None
        state.subscribe(self._on_state_changed)

    def _on_state_changed(self, name: str) -> None:
        if name in COMPUTE_INPUTS:
            self.update()

    def update(self) -> None:
        """Compute, or start computing, what the current page is missing."""
        state = self.state
        with state.batch():
            if not state.missing():
                self.stop()
                state.results = state.results  # the pages render once
                return
            request = Request.from_state(state)
            pixels = state.image.shape[0] * state.image.shape[1]
            if pixels <= self.SYNC_PIXELS:
                self.stop()
                state.store(compute(Task(), request))
                return
            if self._job is not None and self._job_keys == request.keys():
                return  # already computing exactly this
            self.stop()
            self._job = self.session.start("conv", compute, request)
            self._job_keys = request.keys()
            self._job.sig_done.connect(self._on_done)
            self._job.sig_failed.connect(self._on_failed)
            state.results = state.results  # the pages say "Computing…"

    def stop(self) -> None:
        """Stop the running computation, if any (its result would be dropped)."""
        if self._job is not None:
            self._job.stop()
        self._job = self._job_keys = None

    def busy(self) -> bool:
        """True while a job computes for the current settings."""
        return self._job is not None

    @Slot(object)
    def _on_done(self, entries: dict) -> None:
        keys = tuple((name, entry[0]) for name, entry in entries.items())
        with self.state.batch():
            self.state.store(entries)
            if keys == self._job_keys:  # not a stopped job that finished anyway
                self._job = self._job_keys = None
            self.update()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._job = self._job_keys = None
        self.sig_failed.emit(message)
