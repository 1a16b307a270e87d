"""The "Inside the network" page: the first layer's learned kernels beside a
hand-made one, and the feature maps of every convolution and pooling layer for
the test image chosen on the Predict page.

The arrays come from a job (:func:`guiapp.ml.features.inside_test_image`) the
tab starts; this page draws the document's ``inside``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..common.texts import Texts
from .state import TrainState
from .widgets import FlowLayout, clear_grid, picture

__all__ = ["InsidePage"]


class InsidePage(QScrollArea):
    """Kernels and feature maps, drawn from the document."""

    def __init__(self, state: TrainState, parent=None):
        super().__init__(parent)
        self.state = state
        self.texts = texts = Texts()
        self.label = QLabel()
        self.label.setWordWrap(True)
        # as many pictures to a row as the width holds (a zoomed projector too)
        self.kernels = QWidget()
        self.kernels_grid = FlowLayout(self.kernels)
        self.maps = QWidget()
        self.maps_grid = QVBoxLayout(self.maps)
        self.maps_grid.setContentsMargins(0, 0, 0, 0)
        kernels_title, maps_title = QLabel(), QLabel()
        kernels_title.setWordWrap(True)  # not wider than the pane
        maps_title.setWordWrap(True)
        texts(
            lambda: kernels_title.setText(
                self.tr(
                    "First layer's kernels (Sobel x from the convolution tab first)"
                )
            )
        )
        texts(
            lambda: maps_title.setText(
                self.tr("Feature maps for the test image of the Predict page")
            )
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.label)
        layout.addWidget(kernels_title)
        layout.addWidget(self.kernels)
        layout.addWidget(maps_title)
        layout.addWidget(self.maps)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setWidget(page)
        self._input_caption: QLabel | None = None
        state.subscribe(self._on_state)
        self.render()

    # ---- public API
    def shown(self) -> tuple[int, int]:
        """(kernels drawn, feature maps drawn), the input image included."""
        inside = self.state.inside
        if inside is None or not inside.has_convolution:
            return 0, 0
        return len(inside.kernels), 1 + sum(len(layer.maps) for layer in inside.layers)

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render_label()
        if self._input_caption is not None:
            self._input_caption.setText(self.tr("input"))

    # ---- rendering
    def _on_state(self, name: str) -> None:
        if name == "inside":
            self.render()
        elif name == "looking_inside" or (
            name in ("training", "fitting") and not self.state.fitting
        ):
            self.render_label()

    def render(self) -> None:
        self.render_label()
        self.render_pictures()

    def render_label(self) -> None:
        state, inside = self.state, self.state.inside
        if state.looking_inside:
            text = self.tr("Computing the kernels and feature maps…")
        elif inside is None:
            text = (
                self.tr("Train a network with a convolution layer first.")
                if state.model is None or state.fitting
                else self.tr(
                    "The first layer's learned kernels beside the hand-made ones "
                    "of the convolution tab, and the feature maps of every "
                    "convolution and pooling layer for the chosen test image."
                )
            )
        elif not inside.has_convolution:
            text = self.tr(
                "This network has no convolution layer: nothing to show here. "
                "Choose the Fashion CNN or LeNet-5 preset."
            )
        else:
            text = (
                self.tr("Layer %1 learned %2 kernels of %3×%3; the first %4 are shown.")
                .replace("%1", inside.first_conv)
                .replace("%2", str(inside.kernel_count))
                .replace("%3", str(inside.kernel_size))
                .replace("%4", str(len(inside.kernels) - 1))
            )
        self.label.setText(text)

    def render_pictures(self) -> None:
        clear_grid(self.kernels_grid)
        clear_grid(self.maps_grid)
        self._input_caption = None
        inside = self.state.inside
        if inside is None or not inside.has_convolution:
            return
        for name, kernel in inside.kernels:
            self.kernels_grid.addWidget(picture(kernel, "diverging", name))
        source = picture(inside.image, "grey", self.tr("input"))
        self._input_caption = source.caption
        self.maps_grid.addWidget(source, 0, Qt.AlignmentFlag.AlignLeft)
        # each layer: its name and shape, then its maps in rows
        for layer in inside.layers:
            caption = QLabel(f"{layer.layer} {layer.shape}")
            caption.setWordWrap(True)
            self.maps_grid.addWidget(caption)
            maps = QWidget()
            flow = FlowLayout(maps)
            flow.setContentsMargins(0, 0, 0, 0)
            for k, values in enumerate(layer.maps):
                flow.addWidget(picture(values, "auto", f"{k}"))
            self.maps_grid.addWidget(maps)
