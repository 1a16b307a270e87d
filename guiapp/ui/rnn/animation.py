"""The sliding-window animation of the train page: a QTimer and setData, no thread."""

from __future__ import annotations

import time
from collections import deque

import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

from ..common import timers
from .parts import RED
from .state import RnnState


class Animation(QObject):
    """Slides the window over the series; the next point appears in red.

    Each timer tick (every 30 ms, about 33 a second) is a frame; the window
    moves every ``11 - animation_speed`` frames. The frame only reads the
    state's current series and predictions, which always belong together (a new
    series clears the predictions), so it cannot fall out of step with them.
    """

    sig_playing = Signal(bool)
    """The animation started (True) or stopped (False)."""

    INTERVAL_MS = 30

    def __init__(self, state: RnnState, plot: pg.PlotWidget, parent=None):
        super().__init__(parent)
        self.state = state
        #: when each of the last frames was drawn (perf_counter seconds)
        self.frame_times: deque[float] = deque(maxlen=1000)
        #: timer ticks so far, and the next window to show
        self.ticks = 0
        self.window_index = 0
        self.region = pg.LinearRegionItem(movable=False, brush=QColor(40, 90, 200, 50))
        plot.addItem(self.region)
        self.dot = plot.plot(pen=None, symbol="o", symbolSize=12, symbolBrush=RED)
        self.timer = timers.timer(
            self,
            self.INTERVAL_MS,
            self.next_frame,
            on_stop=lambda: self.sig_playing.emit(False),
        )

    def play(self, playing: bool) -> None:
        if playing == self.timer.isActive():
            return
        if playing:
            self.timer.start()
        else:
            self.timer.stop()
        self.sig_playing.emit(playing)

    def is_playing(self) -> bool:
        return self.timer.isActive()

    def next_frame(self) -> None:
        """Slide the window by one step and show its prediction (or target)."""
        data = self.state.data
        if data is None or len(data) == 0:
            return
        self.frame_times.append(time.perf_counter())
        self.ticks += 1
        ticks_per_window = max(1, 11 - self.state.animation_speed)
        if self.timer.isActive() and self.ticks % ticks_per_window:
            return
        i = self.window_index % len(data)
        self.window_index = i + 1
        self.region.setRegion(data.window_span(i))
        predictions = self.state.predictions
        if (
            predictions is not None
            and predictions.data is data
            and i < len(predictions.values)
        ):
            value = float(predictions.values[i])
        else:
            value = float(data.Y[i, 0])
        self.dot.setData([data.t[i] + data.step * data.s], [value])

    def frames_per_second(self) -> float:
        """Timer frames per second over the last second of animation."""
        now = time.perf_counter()
        times = [t for t in self.frame_times if t > now - 1.0]
        if len(times) < 2:
            return 0.0
        return (len(times) - 1) / (times[-1] - times[0])
