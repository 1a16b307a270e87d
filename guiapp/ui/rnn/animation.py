"""The sliding-window animation of the train page: a QTimer and setData, no thread."""

from __future__ import annotations

import time
from collections import deque

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette

from ..common import timers
from .parts import RED
from .state import RnnState


class Animation(QObject):
    """Slides the window over the series; the next point appears in red.

    The timer asks for a frame every 16 ms (60 a second, a display's rate);
    the window moves ``state.animation_speed`` windows (points) a second,
    measured in time, not in frames, so a late frame does not slow the lesson
    down. :meth:`step` pauses and moves one window forward or back, so that a
    teacher can narrate each prediction; with the keyboard focus on the plot,
    Left and Right step and Space plays or pauses. Between
    two windows the shaded region glides (drawn at the fraction of the way);
    the red dot is the current window's prediction (or target). The animation
    pauses while its plot is hidden (another page or tab shown) and goes on
    when it is shown again. A frame only reads the state's current series and
    predictions, which always belong together (a new series clears the
    predictions), so it cannot fall out of step with them.
    """

    sig_playing = Signal(bool)
    """The animation started (True) or stopped (False)."""

    INTERVAL_MS = 16
    MAX_STEP_S = 0.1  # a frame later than this (a stall) moves as if on time

    def __init__(self, state: RnnState, plot: pg.PlotWidget, parent=None):
        super().__init__(parent)
        self.state = state
        #: when each of the last frames was drawn (perf_counter seconds)
        self.frame_times: deque[float] = deque(maxlen=1000)
        #: seconds each of the last frames took to draw
        self.frame_costs: deque[float] = deque(maxlen=1000)
        #: timer ticks so far, and the next window to show
        self.ticks = 0
        self.window_index = 0
        self.progress = 0.0  # the fraction of the way to the next window
        self._last_tick: float | None = None
        self._wanted = False  # Play pressed (the timer may wait for a Show)
        self._hidden = False
        self.region = pg.LinearRegionItem(movable=False, brush=QColor(40, 90, 200, 50))
        plot.addItem(self.region)
        self.dot = plot.plot(pen=None, symbol="o", symbolSize=12, symbolBrush=RED)
        self.timer = timers.timer(
            self, self.INTERVAL_MS, self._tick, on_stop=lambda: self.play(False)
        )
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.plot = plot
        plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab or a click: keys
        plot.installEventFilter(self)

    def play(self, playing: bool) -> None:
        if playing == self._wanted:
            return
        self._wanted = playing
        self._run(playing and not self._hidden)
        self.sig_playing.emit(playing)

    def _run(self, running: bool) -> None:
        if running and not self.timer.isActive():
            self._last_tick = None
            self.timer.start()
        elif not running:
            self.timer.stop()

    def is_playing(self) -> bool:
        return self._wanted

    def toggle(self) -> None:
        """Play if paused, pause if playing (Space)."""
        self.play(not self._wanted)

    #: the keys the plot takes while it has the focus: a step, or play/pause
    KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Space: 0}

    def _key(self, event: QKeyEvent) -> int | None:
        """The step a key asks for (0: play or pause), None for another key."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None  # Ctrl+arrows and the like are the page's
        return self.KEYS.get(event.key())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Hide:
            self._hidden = True
            self._run(False)  # nobody sees it: no frames
        elif kind == QEvent.Type.Show:
            self._hidden = False
            self._run(self._wanted)
        elif kind == QEvent.Type.ShortcutOverride and self._key(event) is not None:
            event.accept()  # ours while the plot has the focus, not a shortcut's
            return True
        elif kind == QEvent.Type.KeyPress and self._key(event) is not None:
            delta = self._key(event)
            if delta:
                self.step(delta)
            elif not event.isAutoRepeat():
                self.toggle()
            return True
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._show_focus(kind == QEvent.Type.FocusIn)
        return False

    def _show_focus(self, focused: bool) -> None:
        """A frame round the plot's data while the arrow keys step."""
        view = self.plot.getPlotItem().getViewBox()
        if focused:
            colour = self.plot.palette().color(QPalette.ColorRole.Highlight)
            view.setBorder(pg.mkPen(colour, width=3))
        else:
            view.setBorder(None)

    def windows_per_second(self) -> float:
        """Points (windows) a second while playing: the state's speed."""
        return float(self.state.animation_speed)

    def _tick(self) -> None:
        """A timer frame: move by the time elapsed since the last one."""
        now = time.perf_counter()
        elapsed = 0.0 if self._last_tick is None else now - self._last_tick
        self._last_tick = now
        self.progress += min(elapsed, self.MAX_STEP_S) * self.windows_per_second()
        steps = int(self.progress)
        self.progress -= steps
        self._draw(steps)
        self.frame_costs.append(time.perf_counter() - now)

    def next_frame(self) -> None:
        """Slide the window by one step and show its prediction (or target)."""
        self.step(1)

    def step(self, count: int = 1) -> None:
        """Pause, then move the window by ``count`` windows (back when
        negative, round the series at either end) and show its prediction (or
        target). From the start, one step forward shows the first window and
        one back the last."""
        self.play(False)
        data = self.state.data
        if data is None or len(data) == 0:
            return
        total = len(data)
        if self.window_index > 0:
            current = (self.window_index - 1) % total
        else:  # nothing shown yet
            current = -1 if count > 0 else 0
        self.window_index = (current + count) % total
        self.progress = 0.0
        self._draw(1)

    def current_window(self) -> int | None:
        """The window shown (its prediction is the red dot); None before the first."""
        data = self.state.data
        if self.window_index == 0 or data is None or len(data) == 0:
            return None
        return (self.window_index - 1) % len(data)

    def _draw(self, steps: int) -> None:
        data = self.state.data
        if data is None or len(data) == 0:
            return
        self.frame_times.append(time.perf_counter())
        self.ticks += 1
        count = len(data)
        if steps:
            i = self.window_index % count
            i = (i + steps - 1) % count
            self.window_index = i + 1
            self._show_point(data, i)
        current = (self.window_index - 1) % count
        start, end = data.window_span(current)
        if current + 1 < count and self.progress > 0:
            next_start, next_end = data.window_span(current + 1)
            start += (next_start - start) * self.progress
            end += (next_end - end) * self.progress
        self.region.setRegion((start, end))

    def _show_point(self, data, i: int) -> None:
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

    def frame_cost_ms(self) -> float:
        """The median time a frame took to draw, in milliseconds."""
        if not self.frame_costs:
            return 0.0
        return 1000.0 * float(sorted(self.frame_costs)[len(self.frame_costs) // 2])

    def frames_per_second(self) -> float:
        """Timer frames per second over the last second of animation."""
        now = time.perf_counter()
        times = [t for t in self.frame_times if t > now - 1.0]
        if len(times) < 2:
            return 0.0
        return (len(times) - 1) / (times[-1] - times[0])
