"""Page 1 of the RNN tab: the series, cut into windows of s values."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...core import series
from ..common import bind
from ..common.numbers import decimal, sequence
from ..common.plots import add_curve, make_plot
from ..common.texts import Texts, add_rows, set_item_texts
from ..i18n import translate_message
from .parts import (
    BLUE,
    GREY,
    RED,
    SidePanel,
    fill,
    lines_tall,
    listen,
    panel_form,
    text_colour,
)
from .state import SERIES_FIELDS, RnnState


class SeriesPage(QWidget):
    """x = signal(t) + noise, its windows X[i] and targets Y[i] = x[i + s]."""

    def __init__(self, state: RnnState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.texts = Texts()
        texts = self.texts

        self.signal_combo = QComboBox()
        for kind in series.SIGNALS:
            self.signal_combo.addItem(kind, kind)
        texts(
            lambda: set_item_texts(
                self.signal_combo,
                [
                    self.tr("sin t (the course)"),
                    self.tr("sum of two sines"),
                    self.tr("square wave"),
                    self.tr("sawtooth"),
                    self.tr("damped sine"),
                ],
            )
        )
        bind.combo_box(state, "signal", self.signal_combo)
        self.start_spin = bind.double_spin_box(state, "start", 2, 1.0)
        self.stop_spin = bind.double_spin_box(state, "stop", 2, 1.0)
        self.step_spin = bind.double_spin_box(state, "step", 2, 0.05)
        self.noise_spin = bind.double_spin_box(state, "noise", 2, 0.05)
        self.seed_spin = bind.spin_box(state, "seed")
        self.window_spin = bind.spin_box(state, "window")
        texts(
            lambda: self.window_spin.setToolTip(
                self.tr(
                    "s, the number of past values the network reads to predict the next."
                )
            )
        )
        self.train_spin = bind.spin_box(state, "train_windows")
        texts(
            lambda: self.train_spin.setToolTip(
                self.tr("The first windows train the network; the rest test it.")
            )
        )
        #: the controls that change the series (locked while a fit runs)
        self.series_controls = (
            self.signal_combo,
            self.start_spin,
            self.stop_spin,
            self.step_spin,
            self.noise_spin,
            self.seed_spin,
            self.window_spin,
            self.train_spin,
        )
        assert len(self.series_controls) == len(SERIES_FIELDS)

        self.window_slider = QSlider(Qt.Orientation.Horizontal)
        texts(lambda: self.window_slider.setAccessibleName(self.tr("Window i")))
        self.window_slider.valueChanged.connect(self.state.show_window)
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)
        self.series_label = bind.message_label()
        self.locked_label = bind.message_label()
        text_colour(self.locked_label, "#8a5a00")
        texts(
            lambda: self.locked_label.setText(
                self.tr("The network is training on this series: stop it to change it.")
            )
        )

        self.plot = make_plot(
            texts,
            title=lambda: self.tr("x = signal(t) + noise, cut into windows"),
            legend_offset=(-10, 10),
        )
        self.clean_curve = add_curve(
            self.plot,
            texts,
            name=lambda: self.tr("signal without noise"),
            pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DashLine),
        )
        self.points = add_curve(
            self.plot,
            texts,
            name=lambda: self.tr("noisy series x"),
            pen=None,
            symbol="o",
            symbolSize=5,
            symbolBrush=BLUE,
        )
        self.train_region = pg.LinearRegionItem(
            movable=False, brush=QColor(40, 160, 40, 30)
        )
        self.test_region = pg.LinearRegionItem(
            movable=False, brush=QColor(220, 120, 20, 30)
        )
        self.window_region = pg.LinearRegionItem(
            movable=False, brush=QColor(40, 90, 200, 50)
        )
        for region in (self.train_region, self.test_region, self.window_region):
            self.plot.addItem(region)
        self.target_point = add_curve(
            self.plot,
            texts,
            name=lambda: self.tr("target Y = x[i + s]"),
            pen=None,
            symbol="star",
            symbolSize=16,
            symbolBrush=RED,
        )

        form = panel_form()
        add_rows(
            form,
            texts,
            (
                (lambda: self.tr("Signal:"), self.signal_combo),
                (lambda: self.tr("t from:"), self.start_spin),
                (lambda: self.tr("t to:"), self.stop_spin),
                (lambda: self.tr("step:"), self.step_spin),
                (lambda: self.tr("noise σ:"), self.noise_spin),
                (lambda: self.tr("seed:"), self.seed_spin),
                (lambda: self.tr("window s:"), self.window_spin),
                (lambda: self.tr("training windows:"), self.train_spin),
            ),
        )
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addLayout(form)
        column.addWidget(self.locked_label)
        column.addWidget(self.series_label)
        column.addStretch(1)
        left = SidePanel(controls, self)
        right = QVBoxLayout()
        right.addWidget(self.plot, 1)
        row = QHBoxLayout()
        slider_label = QLabel()
        texts(lambda: slider_label.setText(self.tr("Window i:")))
        row.addWidget(slider_label)
        row.addWidget(self.window_slider, 1)
        right.addLayout(row)
        right.addWidget(self.window_label)
        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addLayout(right, 1)

        lines_tall(self.plot, 9)  # its title and a few labels, at any zoom
        listen(state, self, self._on_state)
        self.render()

    # ---- rendering from the state
    def _on_state(self, name: str) -> None:
        if name == "data":
            self.render_series()
        elif name == "series_error":
            self.render_label()
        elif name == "shown_window":
            self.render_window()
        elif name == "fitting":
            self.render_lock()

    def render(self) -> None:
        self.render_series()
        self.render_lock()

    def render_series(self) -> None:
        data = self.state.data
        self.clean_curve.setData(data.t, data.clean)
        self.points.setData(data.t, data.x)
        self.train_region.setRegion(data.train_span())
        self.test_region.setRegion(data.test_span())
        self.window_slider.blockSignals(True)
        self.window_slider.setRange(0, len(data) - 1)
        self.window_slider.blockSignals(False)
        self.render_label()
        self.render_window()

    def render_label(self) -> None:
        error = self.state.series_error
        if error:
            # in the user's language, and a typed '<' shown as typed
            text = html.escape(translate_message(error))
            self.series_label.setText(f"<span style='color:#b00020'>{text}</span>")
            return
        data = self.state.data
        self.series_label.setText(
            fill(
                self.tr(
                    "t: %1 points. Windows of s = %2: X %3, Y %4. Training windows: %5; "
                    "test windows: %6."
                ),
                len(data.t),
                data.s,
                data.X.shape,
                data.Y.shape,
                len(data.x_train),
                len(data.x_test),
            )
        )

    def render_window(self) -> None:
        data, i = self.state.data, self.state.shown_window
        if not 0 <= i < len(data):
            return
        if self.window_slider.value() != i:
            self.window_slider.blockSignals(True)
            self.window_slider.setValue(i)
            self.window_slider.blockSignals(False)
        self.window_region.setRegion(data.window_span(i))
        time, target = data.target(i)
        self.target_point.setData([time], [target])
        self.window_label.setText(
            fill(
                self.tr("X[%1] = [%2]  →  Y[%1] = x[%1 + s] = %3"),
                i,
                sequence(data.X[i], 3),
                decimal(target, 3),
            )
        )

    def render_lock(self) -> None:
        fitting = bool(self.state.fitting)
        for widget in self.series_controls:
            widget.setEnabled(not fitting)
        self.locked_label.setVisible(fitting)

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render_label()
        self.render_window()
