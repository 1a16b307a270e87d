"""The "Inside the network" page: the first layer's learned kernels beside a
hand-made one, and the feature maps of every convolution and pooling layer for
the test image chosen on the Predict page.

The arrays come from a job (:func:`guiapp.ml.features.inside_test_image`) the
tab starts; this page draws the document's ``inside``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..common.numbers import integer
from ..common.texts import Texts
from ..preset_names import preset_title
from .names import layer_kind_label, model_layers
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
        self.titles = (kernels_title, maps_title)
        layout.addWidget(kernels_title)
        layout.addWidget(self.kernels)
        layout.addWidget(maps_title)
        layout.addWidget(self.maps)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setWidget(page)
        self._input_caption: QLabel | None = None
        #: each layer's caption with its FeatureMaps (written again on a switch)
        self._captions: list[tuple[QLabel, object]] = []
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
        layers = model_layers(self.state.model)
        for caption, layer in self._captions:
            self._write_caption(caption, layer, layers)

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
                "Choose a network with one, for example \u201c%1\u201d."
            ).replace("%1", preset_title("fashion-cnn"))
        else:
            position, _ = model_layers(state.model).get(inside.first_conv, (0, ""))
            text = (
                self.tr(
                    "The first convolution (layer %1) learned %2 kernels of "
                    "%3×%3; the first %4 are shown."
                )
                .replace("%1", integer(position) if position else inside.first_conv)
                .replace("%2", str(inside.kernel_count))
                .replace("%3", str(inside.kernel_size))
                .replace("%4", str(len(inside.kernels) - 1))
            )
        self.label.setText(text)
        # the headings only over pictures (they stood over nothing)
        shown = inside is not None and inside.has_convolution
        for title in self.titles:
            title.setVisible(shown)

    def render_pictures(self) -> None:
        clear_grid(self.kernels_grid)
        clear_grid(self.maps_grid)
        self._input_caption = None
        self._captions = []
        inside = self.state.inside
        if inside is None or not inside.has_convolution:
            return
        for name, kernel in inside.kernels:
            self.kernels_grid.addWidget(picture(kernel, "diverging", name))
        source = picture(inside.image, "grey", self.tr("input"))
        self._input_caption = source.caption
        self.maps_grid.addWidget(source, 0, Qt.AlignmentFlag.AlignLeft)
        # each layer: its kind in words, its place and its output, then its
        # maps in rows (its Keras name on hover)
        layers = model_layers(self.state.model)
        for layer in inside.layers:
            caption = QLabel()
            caption.setWordWrap(True)
            self._write_caption(caption, layer, layers)
            self._captions.append((caption, layer))
            self.maps_grid.addWidget(caption)
            maps = QWidget()
            flow = FlowLayout(maps)
            flow.setContentsMargins(0, 0, 0, 0)
            for k, values in enumerate(layer.maps):
                flow.addWidget(picture(values, "auto", f"{k}"))
            self.maps_grid.addWidget(maps)

    def _write_caption(self, caption: QLabel, layer, layers: dict) -> None:
        """ "Max pooling (MaxPooling2D), layer 2: output 13 × 13 × 32"; the
        layer's Keras name on hover."""
        position, kind = layers.get(layer.layer, (0, ""))
        output = " × ".join(integer(size) for size in layer.shape)
        if kind:
            label = layer_kind_label(kind)
            # the words, then Keras's class name, as the course's code writes it
            named = label if label == kind else f"{label} ({kind})"
            text = (
                self.tr("%1, layer %2: output %3")
                .replace("%1", named)
                .replace("%2", integer(position))
                .replace("%3", output)
            )
        else:  # a layer the model no longer has: its Keras name
            text = (
                self.tr("%1: output %2")
                .replace("%1", layer.layer)
                .replace("%2", output)
            )
        caption.setText(text)
        caption.setToolTip(
            self.tr("Name of the layer in Keras: %1").replace("%1", layer.layer)
        )
