"""The Sobel page: gx, gy, the magnitude (or an edge map) and the direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ..common import bind
from ..common.texts import Texts
from ..image_view import ImagePane
from .state import ConvState

__all__ = ["SobelPage"]

_PANES = ("gx", "gy", "magnitude", "direction")


class SobelPage(QWidget):
    """Renders the state's Sobel results; the threshold slider is bound to it.

    The four panes are not made with the page: eight pyqtgraph views (with
    the pooling page's) added about 130 ms to start-up
    (benchmarks/bench_startup.py). See :meth:`add_pane`.
    """

    def __init__(self, state: ConvState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.texts = texts = Texts()
        self._shown = None  # (sobel, edges) on screen
        self._panes: dict[str, ImagePane] = {}
        self.gx_pane = self.gy_pane = self.magnitude_pane = self.direction_pane = None
        self.grid = QGridLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        texts(
            lambda: self.threshold_slider.setAccessibleName(self.tr("Edge threshold"))
        )
        self.threshold_slider.setRange(0, 100)
        texts(
            lambda: self.threshold_slider.setToolTip(
                self.tr(
                    "Keep only pixels whose magnitude is at least this share of the maximum: an edge map."
                )
            )
        )
        self.threshold_slider.valueChanged.connect(
            lambda value: setattr(state, "threshold", value)
        )
        bind.follow(
            state, "threshold", self.threshold_slider.setValue, self.threshold_slider
        )
        self.threshold_label = QLabel()
        threshold_title = QLabel()
        texts(lambda: threshold_title.setText(self.tr("Threshold:")))
        row = QHBoxLayout()
        row.addWidget(threshold_title)
        row.addWidget(self.threshold_slider, 1)
        row.addWidget(self.threshold_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.grid, 1)
        layout.addLayout(row)
        state.subscribe(self._on_state_changed)

    # ---- public API
    def panes(self) -> tuple[ImagePane, ...]:
        """gx, gy, magnitude, direction: those made so far."""
        return tuple(self._panes.values())

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render_texts()

    # ---- rendering
    def _on_state_changed(self, name: str) -> None:
        if name == "results":
            self.render()
        elif name == "threshold":
            self.render_texts()  # the maps follow with the results

    def render(self) -> None:
        state = self.state
        if state.page != "sobel":
            return
        self.render_texts()
        sobel = state.sobel
        edges = state.edges if state.threshold > 0 else None
        if sobel is None or (state.threshold > 0 and edges is None):
            for pane in self.panes():
                pane.clear()
            self._shown = None
            return
        if self._shown is not None and (
            self._shown[0] is sobel and self._shown[1] is edges
        ):
            return
        self._ensure_panes()
        if self._shown is None or self._shown[0] is not sobel:
            self.gx_pane.set_image(sobel["gx"], "diverging")
            self.gy_pane.set_image(sobel["gy"], "diverging")
        if edges is not None:
            self.magnitude_pane.set_image(edges["edges"], "binary")
            self.direction_pane.set_image(edges["direction"], "cyclic", unit="°")
        else:
            self.magnitude_pane.set_image(sobel["magnitude"], "max")
            self.direction_pane.set_image(sobel["direction"], "cyclic", unit="°")
        self._shown = (sobel, edges)

    def render_texts(self) -> None:
        state = self.state
        if not state.sobel_valid() and state.image is not None:
            status = self.tr("The image is smaller than the 3×3 Sobel kernel.")
        elif state.image is not None and (
            state.sobel is None or (state.threshold > 0 and state.edges is None)
        ):
            status = self.tr("Computing…")
        else:
            status = ""
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.threshold_label.setText(
            self.tr("%1 % of the maximum").replace("%1", str(state.threshold))
        )

    def add_pane(self) -> bool:
        """Make the next of the four panes; False when all were made already.

        The tab makes them ahead of need, one per turn of the event loop, so
        that showing the page first does not stall (~7 ms a pane)."""
        index = len(self._panes)
        if index == len(_PANES):
            return False
        name = _PANES[index]
        pane = ImagePane()
        self.texts(lambda: pane.title.setText(self._title(name)))
        self.grid.addWidget(pane, index // 2, index % 2)
        if index:
            pane.view.setXLink(self._panes["gx"].view)
            pane.view.setYLink(self._panes["gx"].view)
        self._panes[name] = pane
        setattr(self, f"{name}_pane", pane)
        return True

    def _ensure_panes(self) -> None:
        while self.add_pane():
            pass

    def _title(self, name: str) -> str:
        return {
            "gx": self.tr("gx = image ⋆ Sobel x"),
            "gy": self.tr("gy = image ⋆ Sobel y"),
            "magnitude": self.tr("Magnitude √(gx² + gy²) / max"),
            "direction": self.tr("Direction atan2(gy, gx) in degrees"),
        }[name]
