"""The convolution page: input and output, the receptive field of an output
pixel, and the sliding-window animation.

The animation is slow on purpose, in windows a second (0.5 to 10), so that a
class can follow the window on the large crop of :class:`SweepView`: the
timer asks for 60 frames a second, the window moves by the time elapsed (a
late frame does not slow the lesson down) and glides between two output
pixels; it pauses while the view is hidden (another page or tab)."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import conv
from ..common import bind, timers
from ..common.fit import FitArea
from ..common.numbers import cell
from ..common.texts import Texts
from ..image_view import ImagePane
from .state import ConvState
from .sweep_view import SweepView

__all__ = ["ConvPage", "WindowTable"]


#: columns of a window table always shown; a wider one (an 11×11 kernel at a
#: projector zoom) scrolls sideways
SHOWN_COLUMNS = 3


class WindowTable(QTableWidget):
    """A read-only F×F table as large as its numbers and headers in the font
    of the moment (the projector zoom is a font change): no header cut, no row
    hidden, every column as wide as the widest. It asks for all its columns
    and accepts SHOWN_COLUMNS, scrolling sideways; the page around it scrolls
    when its rows are taller than the screen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._narrow = False  # narrower than its columns: a scroll bar below
        self._shape = (0, 0)  # rows and columns when last laid out

    def fit(self) -> None:
        """Size the rows and columns to the texts in the current font."""
        columns, rows = range(self.columnCount()), range(self.rowCount())
        across, down = self.horizontalHeader(), self.verticalHeader()
        width = max(
            [self.sizeHintForColumn(c) for c in columns]
            + [across.sectionSizeFromContents(c).width() for c in columns],
            default=0,
        )
        width += self.fontMetrics().averageCharWidth()  # some air around "-118"
        height = max(
            [self.sizeHintForRow(r) for r in rows]
            + [down.sectionSizeFromContents(r).height() for r in rows],
            default=0,
        )
        changed = False
        for column in columns:
            if across.sectionSize(column) != width:
                across.resizeSection(column, width)
                changed = True
        for row in rows:
            if down.sectionSize(row) != height:
                down.resizeSection(row, height)
                changed = True
        shape = (self.rowCount(), self.columnCount())
        if changed or shape != self._shape:
            self._shape = shape
            self.updateGeometry()  # not at every step of the animation

    def _size(self, columns: int) -> QSize:
        frame = 2 * self.frameWidth()
        width = self.verticalHeader().sizeHint().width() + frame
        width += sum(self.columnWidth(c) for c in range(columns))
        height = self.horizontalHeader().sizeHint().height() + frame
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        if self._narrow:
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(width, height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._size(self.columnCount())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._size(min(self.columnCount(), SHOWN_COLUMNS))

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        narrow = self.width() < self._size(self.columnCount()).width()
        if narrow != self._narrow:
            self._narrow = narrow
            self.updateGeometry()  # room for the scroll bar, or none

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()  # the zoom: the texts need other sizes


def _small_table() -> WindowTable:
    return WindowTable()


def _fill_table(table: WindowTable, values: np.ndarray) -> None:
    size = values.shape[0]
    table.setRowCount(size)
    table.setColumnCount(size)
    labels = [str(i) for i in range(size)]  # a, b from 0, as in NumPy
    table.setHorizontalHeaderLabels(labels)
    table.setVerticalHeaderLabels(labels)
    for r in range(size):
        for c in range(size):
            item = QTableWidgetItem(cell(round(float(values[r, c]), 3)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, item)
    table.fit()


class ConvPage(QWidget):
    """Renders the grey photo, the output and the receptive field from the state."""

    INTERVAL_MS = 16  # a frame asked for 60 times a second
    MAX_STEP_S = 0.1  # a frame later than this (a stall) moves as if on time

    def __init__(self, state: ConvState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.texts = texts = Texts()
        self._shown_input = None  # (image_serial, grey array) on screen
        self._shown_output = None  # (result, display, revealed) on screen
        self._animation = (None, None, -1)  # (buffer, its result, last pixel filled)

        self.input_pane = ImagePane()
        texts(lambda: self.input_pane.title.setText(self.tr("Input (grey)")))
        self.output_pane = ImagePane()
        self.output_pane.sig_hovered.connect(self._on_output_hovered)
        self.output_pane.sig_clicked.connect(self.pin)
        views = QSplitter(Qt.Orientation.Horizontal)
        views.addWidget(self.input_pane)
        views.addWidget(self.output_pane)

        field_box = QGroupBox()
        texts(lambda: field_box.setTitle(self.tr("Receptive field")))
        self.field_help = QLabel()
        texts(
            lambda: self.field_help.setText(
                self.tr(
                    "Hover over the output to see the F×F window of the input that makes "
                    "each pixel; click to pin it. Each output pixel is the sum of "
                    "window × kernel."
                )
            )
        )
        self.field_help.setWordWrap(True)
        self.patch_table = _small_table()
        texts(
            lambda: self.patch_table.setAccessibleName(self.tr("Window of the input"))
        )
        self.products_table = _small_table()
        texts(lambda: self.products_table.setAccessibleName(self.tr("Window × kernel")))
        self.sum_label = QLabel()
        self.sum_label.setWordWrap(True)
        self.sweep_view = SweepView()
        texts(
            lambda: self.sweep_view.set_titles(
                self.tr("Input (crop)"), self.tr("Output")
            )
        )
        texts(lambda: self.sweep_view.setAccessibleName(self.tr("Sliding window")))
        texts(
            lambda: self.sweep_view.setAccessibleDescription(
                self.tr(
                    "A crop of the input with the kernel's window drawn large, and the "
                    "output pixels it makes. Arrow keys move the window by one output "
                    "pixel; Space plays or pauses."
                )
            )
        )
        texts(
            lambda: self.sweep_view.setToolTip(
                self.tr(
                    "Arrow keys: move the window by one output pixel. Space: play or "
                    "pause."
                )
            )
        )
        self.sweep_view.sig_move.connect(self.move_window)
        self.sweep_view.sig_play.connect(self.play_button_toggle)
        self.sweep_view.installEventFilter(self)
        tables = QVBoxLayout()
        for title, table in (
            (lambda: self.tr("Window of the input"), self.patch_table),
            (lambda: self.tr("Window × kernel"), self.products_table),
        ):
            label = QLabel()
            label.setWordWrap(True)
            texts(lambda label=label, title=title: label.setText(title()))
            tables.addWidget(label)
            tables.addWidget(table)
        tables.addStretch(1)
        beside = QHBoxLayout()
        beside.addWidget(self.sweep_view, 1)
        beside.addLayout(tables)

        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        texts(
            lambda: self.play_button.setToolTip(
                self.tr(
                    "Slide the window over the image and build the output (Ctrl+Space)."
                )
            )
        )
        self.step_button = QPushButton()
        texts(lambda: self.step_button.setText(self.tr("Step")))
        texts(
            lambda: self.step_button.setToolTip(
                self.tr("Move the window by one output pixel (Ctrl+Right).")
            )
        )
        self.reset_button = QPushButton()
        texts(lambda: self.reset_button.setText(self.tr("Reset")))
        texts(
            lambda: self.reset_button.setToolTip(
                self.tr("Stop and show the whole output.")
            )
        )
        # half windows a second: 1 to 20 is 0.5 to 10 windows a second
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        texts(
            lambda: self.speed_slider.setAccessibleName(self.tr("Windows per second"))
        )
        self.speed_slider.setRange(1, 20)
        texts(
            lambda: self.speed_slider.setToolTip(
                self.tr("Windows per second while playing.")
            )
        )
        self.speed_slider.valueChanged.connect(
            lambda value: setattr(state, "sweep_speed", value / 2)
        )
        self.speed_value = QLabel()  # short: a projector zoom leaves little room
        texts(lambda: self.speed_value.setToolTip(self.tr("Windows per second")))
        bind.follow(
            state,
            "sweep_speed",
            lambda value: (
                self.speed_slider.setValue(round(value * 2)),
                self._show_speed(),
            ),
            self.speed_slider,
        )
        # Ctrl+: plain Space and arrows belong to the kernel grid and spin
        # boxes. Shortcuts of their own, not the buttons': a button's setText
        # replaces its shortcut by the text's Alt mnemonic, none for "Play",
        # so Ctrl+Space was lost at the first render. The page's window
        # context: they work wherever the focus is, while the page is shown.
        self.shortcuts = {}
        for keys, slot in (
            ("Ctrl+Space", self.play_button.click),
            ("Ctrl+Right", self.step_button.click),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self.shortcuts[keys] = shortcut
        self.play_button.toggled.connect(self._on_play)
        self.step_button.clicked.connect(self.step_animation)
        self.reset_button.clicked.connect(self.reset_animation)
        speed_label = QLabel()
        texts(lambda: speed_label.setText(self.tr("Speed:")))
        # the speed on a row of its own: beside the buttons, a projector zoom
        # left the slider no room
        controls = QGridLayout()
        controls.addWidget(self.play_button, 0, 0)
        controls.addWidget(self.step_button, 0, 1)
        controls.addWidget(self.reset_button, 0, 2)
        controls.addWidget(speed_label, 1, 0)
        controls.addWidget(self.speed_slider, 1, 1, 1, 3)
        controls.addWidget(self.speed_value, 1, 4)
        controls.setColumnStretch(3, 1)

        # the explanation, the two F×F tables and the sum scroll when the
        # screen is short (a 5×5 kernel at a projector zoom); Play, Step and
        # Reset stay in sight below them
        field = QWidget()
        field_column = QVBoxLayout(field)
        field_column.setContentsMargins(0, 0, 0, 0)
        field_column.addWidget(self.field_help)
        field_column.addLayout(beside, 1)
        field_column.addWidget(self.sum_label)
        self.field_area = FitArea(field, keep_width=False)
        field_layout = QVBoxLayout(field_box)
        field_layout.addWidget(self.field_area, 1)
        field_layout.addLayout(controls)

        self.splitter = page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(views)
        page.addWidget(field_box)
        page.setChildrenCollapsible(False)
        page.setStretchFactor(0, 1)
        page.setStretchFactor(1, 0)
        self.field_box = field_box
        self._field_fitted = False
        QVBoxLayout(self).addWidget(page)

        self._timer = timers.timer(
            self,
            self.INTERVAL_MS,
            self._on_tick,
            on_stop=lambda: self.play_button.setChecked(False),
        )
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._last_tick: float | None = None
        self._progress = 0.0  # the fraction of the way to the next window
        self._hidden = False  # the view hidden: no frames
        state.subscribe(self._on_state_changed)
        self.render()

    # ---- public API
    def pin(self, row: int, col: int) -> None:
        """Pin the receptive field of output pixel (row, col); again: unpin."""
        state = self.state
        with state.batch():
            state.pinned = None if state.pinned == (row, col) else (row, col)
            state.field_pixel = (row, col)

    def animating(self) -> bool:
        """Play is pressed (the frames wait while the view is hidden)."""
        return self.play_button.isChecked()

    def windows_per_second(self) -> float:
        return float(self.state.sweep_speed)

    def step_animation(self) -> None:
        """Move the sliding window by one output pixel (row-major)."""
        self._glide(0.0)
        self._advance(1)

    def play_button_toggle(self) -> None:
        """Play or pause (Space on the sliding-window view)."""
        self.play_button.click()

    def current_pixel(self) -> tuple[int, int] | None:
        """The output pixel whose window is shown."""
        return self.sweep_view.position()

    def move_window(self, rows: int, cols: int) -> None:
        """Move the window by (rows, cols) output pixels (the arrow keys):
        while stepping, the output is built up to it; otherwise it is pinned."""
        state = self.state
        result, pixel = state.result, self.current_pixel()
        if result is None or pixel is None:
            return
        row = min(max(pixel[0] + rows, 0), result.shape[0] - 1)
        col = min(max(pixel[1] + cols, 0), result.shape[1] - 1)
        self._glide(0.0)
        with state.batch():
            if state.revealed >= 0 or self.animating():
                state.revealed = row * result.shape[1] + col
            else:
                state.pinned = (row, col)
            state.field_pixel = (row, col)

    def stop_animation(self) -> None:
        """Stop sliding; the whole output is shown."""
        self.play_button.setChecked(False)
        if self.state.revealed != -1:
            self.state.revealed = -1

    def reset_animation(self) -> None:
        """Stop sliding and show the whole output."""
        self.stop_animation()

    def retranslate(self) -> None:
        self.texts.retranslate()
        self._show_speed()
        self.render_texts()
        self.render_field()

    def fit_field(self) -> None:
        """The receptive field as tall as it asks (up to 70 % of the page: the sliding window drawn large),
        the images the rest: done when the page is first shown and after a
        zoom, the user's splitter otherwise kept."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        wanted = self.field_box.sizeHint().height()
        field = max(
            min(wanted, int(total * 0.7)), self.field_box.minimumSizeHint().height()
        )
        self.splitter.setSizes([max(total - field, 0), field])

    # ---- Qt events
    def showEvent(self, event):  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._field_fitted:
            self._field_fitted = True
            QTimer.singleShot(0, self, self.fit_field)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._field_fitted:
            QTimer.singleShot(0, self, self.fit_field)  # after the new layout

    def take_keys_from(self, widget: QWidget) -> None:
        """The page's shortcuts and the window's Undo also work while a
        number field of ``widget`` (the side panel's F, S and P) has the
        focus: its text took Ctrl+Right (a word to the right in a number of
        one or two digits) and Ctrl+Z even with nothing typed to undo."""
        for box in widget.findChildren(QAbstractSpinBox):
            box.installEventFilter(self)

    def _leaves_key(self, box: QAbstractSpinBox, event) -> bool:
        """The number field ``box`` lets the shortcut of key ``event`` act."""
        if QKeySequence(event.keyCombination()).toString() in self.shortcuts:
            return self.isVisible()
        edit = box.findChild(QLineEdit)
        if edit is None:
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            return not edit.isUndoAvailable()
        if event.matches(QKeySequence.StandardKey.Redo):
            return not edit.isRedoAvailable()
        return False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(obj, QAbstractSpinBox)
            and self._leaves_key(obj, event)
        ):
            event.ignore()  # not the field's: the shortcut's
            return True
        if obj is self.sweep_view:
            kind = event.type()
            if kind == QEvent.Type.Hide:
                self._hidden = True
                self._run(False)  # nobody sees it: no frames
            elif kind == QEvent.Type.Show:
                self._hidden = False
                self._run(self.animating())
        return super().eventFilter(obj, event)

    # ---- rendering
    def _on_state_changed(self, name: str) -> None:
        if name == "results":
            self.render()
        elif self.state.page != "conv":
            return  # rendered when shown
        elif name in ("display", "revealed"):
            self.render_output()
            self.render_field()
        elif name in ("pinned", "field_pixel"):
            self.render_field()

    def render(self) -> None:
        """Everything from the state (when this page is shown)."""
        if self.state.page != "conv":
            return
        self.render_input()
        self.render_output()
        self.render_field()
        self.render_texts()

    def render_texts(self) -> None:
        self.play_button.setText(
            self.tr("Pause") if self.animating() else self.tr("Play")
        )
        state = self.state
        if not state.conv_valid():
            self.output_pane.title.setText(
                self.tr("No output: see the reason on the left")
            )
        elif state.result is None:
            self.output_pane.title.setText(self.tr("Computing…"))
        else:
            f = state.kernel_size()
            title = (
                self.tr("Output %1 × %2 (kernel %3×%4, S = %5, P = %6)")
                if state.dilation == 1
                else self.tr("Output %1 × %2 (kernel %3×%4, S = %5, P = %6, D = %7)")
            )
            self.output_pane.title.setText(
                title.replace("%1", str(state.result.shape[0]))
                .replace("%2", str(state.result.shape[1]))
                .replace("%3", str(f))
                .replace("%4", str(f))
                .replace("%5", str(state.stride))
                .replace("%6", str(state.padding))
                .replace("%7", str(state.dilation))
            )

    def render_input(self) -> None:
        state = self.state
        grey = state.grey_image
        if grey is None:
            self.input_pane.clear()
            self._shown_input = None
            return
        if self._shown_input is not None and self._shown_input[1] is grey:
            return
        new_photo = self._shown_input is None or self._shown_input[0] != (
            state.image_serial
        )
        self.input_pane.set_image(grey, "grey", autorange=new_photo)
        self._shown_input = (state.image_serial, grey)

    def render_output(self) -> None:
        state = self.state
        result = state.result
        if result is None:
            self.output_pane.clear()
            self._shown_output = None
            self.render_texts()
            return
        shown = (result, state.display, state.revealed)
        if self._shown_output is not None and (
            self._shown_output[0] is result and self._shown_output[1:] == shown[1:]
        ):
            return
        data = result if state.revealed < 0 else self._partial(result, state.revealed)
        self.output_pane.set_image(data, state.display)
        self._shown_output = shown
        self.render_texts()

    def _partial(self, result: np.ndarray, revealed: int) -> np.ndarray:
        """The output built up to pixel ``revealed``, NaN after it. One buffer
        per result, filled as the window moves on (a 4-megapixel copy per
        step took ~25 ms)."""
        buffer, source, filled = self._animation
        if source is not result or revealed < filled:
            buffer, filled = np.full_like(result, np.nan), -1
        buffer.reshape(-1)[filled + 1 : revealed + 1] = result.reshape(-1)[
            filled + 1 : revealed + 1
        ]
        self._animation = (buffer, result, revealed)
        return buffer

    def render_field(self) -> None:
        """The F×F window of the input under one output pixel, and its sum."""
        state = self.state
        result, grey = state.result, state.grey_image
        pixel = state.field_pixel
        if state.revealed < 0 and state.pinned is not None:
            pixel = state.pinned
        if result is None or grey is None or pixel is None:
            self.sweep_view.clear()
            self.input_pane.hide_rect()
            self.output_pane.hide_rect()
            for table in (self.patch_table, self.products_table):
                table.setRowCount(0)
            self.sum_label.clear()
            return
        row = min(pixel[0], result.shape[0] - 1)
        col = min(pixel[1], result.shape[1] - 1)
        kernel = state.effective_kernel()
        f = kernel.shape[0]
        span = state.span()  # the window's side, the dilation's gaps included
        top, left = conv.receptive_window(row, col, f, state.stride, state.padding)
        self.input_pane.show_rect(top, left, span, span)
        self.output_pane.show_rect(row, col, 1, 1)
        patch, products, total = conv.window_products(
            grey, kernel, row, col, state.stride, state.padding, state.dilation
        )
        self.sweep_view.set_window(
            grey,
            result,
            kernel,
            state.stride,
            state.padding,
            (row, col),
            state.revealed,
            dilation=state.dilation,
        )
        _fill_table(self.patch_table, patch)
        _fill_table(self.products_table, products)
        self.sum_label.setText(
            self.tr(
                "Output [%1, %2] = Σ window × kernel = %3   (window rows %4…%5, columns %6…%7)"
            )
            .replace("%1", str(row))
            .replace("%2", str(col))
            .replace("%3", cell(round(total, 4)))
            .replace("%4", str(top))
            .replace("%5", str(top + span - 1))
            .replace("%6", str(left))
            .replace("%7", str(left + span - 1))
        )

    # ---- pointer and animation
    def _on_output_hovered(self, row: int, col: int) -> None:
        if self.state.pinned is None and not self.animating():
            self.state.field_pixel = (row, col)

    def _show_speed(self) -> None:
        self.speed_value.setText(
            self.tr("%1/s").replace("%1", cell(self.state.sweep_speed))
        )

    def _on_play(self, playing: bool) -> None:
        result = self.state.result
        if playing and result is not None:
            if self.state.revealed >= result.size - 1:
                self.state.revealed = -1
            self._run(not self._hidden)
        else:
            self._run(False)
            if playing:
                self.play_button.setChecked(False)
        self.render_texts()

    def _run(self, running: bool) -> None:
        if running and not self._timer.isActive():
            self._last_tick = None
            self._timer.start()
        elif not running:
            self._timer.stop()
            self._glide(0.0)

    def _glide(self, fraction: float) -> None:
        self._progress = fraction
        self.sweep_view.set_glide(fraction)

    def _on_tick(self) -> None:
        """A timer frame: move by the time elapsed since the last one."""
        now = time.perf_counter()
        elapsed = 0.0 if self._last_tick is None else now - self._last_tick
        self._last_tick = now
        progress = self._progress + min(elapsed, self.MAX_STEP_S) * (
            self.windows_per_second()
        )
        steps = int(progress)
        if steps:
            self._advance(steps)
        self._glide(progress - steps if self.animating() else 0.0)
        self.sweep_view.repaint()  # drawn now: its cost is the frame's
        self.sweep_view.note_frame(now)

    def _advance(self, count: int) -> None:
        state = self.state
        if state.result is None:
            return
        total = state.result.size
        index = min(state.revealed + count, total - 1)
        with state.batch():
            state.revealed = index
            state.field_pixel = divmod(index, state.result.shape[1])
        if index >= total - 1:
            self.play_button.setChecked(False)
