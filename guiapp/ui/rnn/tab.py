"""The RNN tab (course part 2): a series cut into windows, the NumPy cell by hand,
recurrent shapes, the course's model trained and animated, gradients through time.

The tab only assembles its five pages; each renders from the
:class:`~guiapp.ui.rnn.state.RnnState` and writes to it, and the Keras work
runs in the window's :class:`~guiapp.ui.common.jobs.KerasSession`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..common.fit import TabTitles, refit_combo_boxes
from ..common.tab import Tab, TabContext
from .cell_page import CellPage
from .gradients_page import GradientsPage
from .series_page import SeriesPage
from .shapes_page import ShapesPage
from .state import RnnState
from .train_page import TrainPage

__all__ = ["RnnTab"]


class RnnTab(Tab):
    """From the NumPy recurrent cell to Keras SimpleRNN/LSTM/GRU on a sine."""

    name = "rnn"

    #: the pages, in order (their index in ``pages``)
    SERIES, CELL, SHAPES, TRAIN, GRADIENTS = range(5)
    PAGE_NAMES = ("series", "cell", "shapes", "train", "gradients")

    def __init__(
        self, state: RnnState, context: TabContext, parent: QWidget | None = None
    ):
        super().__init__(state, context, parent)
        self.series_page = SeriesPage(state)
        self.cell_page = CellPage(state)
        self.shapes_page = ShapesPage(state, self)
        self.train_page = TrainPage(state, self)
        self.gradients_page = GradientsPage(state, self)
        self.pages = QTabWidget()
        for page in (
            self.series_page,
            self.cell_page,
            self.shapes_page,
            self.train_page,
            self.gradients_page,
        ):
            self.pages.addTab(page, "")
        # five titles do not fit in one row at a projector's zoom: short ones
        # then, each tab's tooltip saying the full one
        self.titles = TabTitles(
            self.pages,
            [
                (lambda: self.tr("Series and windows"), lambda: self.tr("Series")),
                (lambda: self.tr("The cell, by hand"), lambda: self.tr("Cell")),
                (lambda: self.tr("Shapes"), lambda: self.tr("Shapes")),
                (lambda: self.tr("Train and animate"), lambda: self.tr("Training")),
                (
                    lambda: self.tr("Gradients through time"),
                    lambda: self.tr("Gradients"),
                ),
            ],
        )
        self.texts(self.titles.fit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            refit_combo_boxes(self)  # the zoom: measure the texts again

    # ---- the window's API
    def retranslate(self) -> None:
        super().retranslate()
        for page in (
            self.series_page,
            self.cell_page,
            self.shapes_page,
            self.train_page,
            self.gradients_page,
        ):
            page.retranslate()

    def shutdown(self) -> None:
        self.cell_page.shutdown()
        self.train_page.shutdown()

    def page_names(self) -> tuple[str, ...]:
        """The pages' names, in order (for show_page)."""
        return self.PAGE_NAMES

    def show_page(self, name: str) -> None:
        """Show the page called ``name``; ValueError naming it if there is none."""
        if name not in self.PAGE_NAMES:
            raise ValueError(
                f"unknown RNN page {name!r}: choose one of {', '.join(self.PAGE_NAMES)}"
            )
        self.pages.setCurrentIndex(self.PAGE_NAMES.index(name))

    def current_page(self) -> str:
        return self.PAGE_NAMES[self.pages.currentIndex()]

    # ---- page 1: the series
    def regenerate(self) -> bool:
        """Make the series and its windows from the state's settings."""
        return self.state.regenerate()

    # ---- page 2: the cell by hand
    def course_cell(self) -> None:
        """The course's example: RnnLayer(3, 2, sigmoid), X of shape (5, 2)."""
        self.state.course_cell()

    def step_cell(self) -> None:
        """Read the next input of the sequence."""
        self.state.step_cell()

    def reset_cell(self) -> None:
        """New weights from the seed, state back to zero."""
        self.state.reset_cell()

    def sequence(self) -> np.ndarray:
        """The input sequence as typed."""
        return self.state.sequence.copy()

    # ---- page 3: shapes
    def update_shapes(self) -> None:
        """Show the shapes and count for the state's shape settings."""
        self.shapes_page.render()

    def check_shapes_with_keras(self) -> bool:
        """Ask Keras the same (in a worker); ``state.keras_check`` gets the answer."""
        return self.shapes_page.check_with_keras()

    # ---- page 4: training, animation, forecast
    def start_training(self, resume: bool = False) -> bool:
        return self.train_page.start_training(resume)

    def stop_training(self) -> None:
        self.train_page.stop_training()

    def is_training(self) -> bool:
        return self.train_page.is_training()

    def play(self, playing: bool = True) -> None:
        """Start (or stop) the sliding-window animation."""
        self.train_page.animation.play(playing)

    def next_frame(self) -> None:
        """Slide the window by one step and show its prediction (or target)."""
        self.train_page.animation.next_frame()

    def step(self, count: int = 1) -> None:
        """Pause the animation and move its window by ``count`` windows (back
        when negative)."""
        self.train_page.animation.step(count)

    def frames_per_second(self) -> float:
        return self.train_page.animation.frames_per_second()

    def forecast(self) -> bool:
        """Feed predictions back for ``state.forecast_steps`` steps after the
        series (in a worker): ``state.forecast`` gets them. False if there is no
        model or it is training."""
        return self.train_page.forecast()

    # ---- page 5: gradients through time
    def compute_gradients(self) -> bool:
        """Compute the gradients of a fresh model (in a worker):
        ``state.gradients`` gets them."""
        return self.gradients_page.compute()
