"""The pooling page: the course's four pooling functions side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core import pooling
from ..common import bind
from ..common.fit import FitArea
from ..common.numbers import formula, integer
from ..common.texts import Texts, set_item_texts
from ..image_view import ImagePane
from .state import POOL_SOURCES, ConvState

__all__ = ["PoolingPage"]


class PoolingPage(QWidget):
    """Renders the state's poolings and the formula; its controls are bound to
    the state. The panes are made when the page is first shown."""

    def __init__(self, state: ConvState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.texts = texts = Texts()
        self._shown = None  # (pooled results, display) on screen
        self.source_combo = QComboBox()
        for source in POOL_SOURCES:
            self.source_combo.addItem("", source)
        texts(
            lambda: set_item_texts(
                self.source_combo,
                [self.tr("Grey image"), self.tr("Convolution output")],
            )
        )
        bind.combo_box(state, "pool_source", self.source_combo)
        self.size_spin = bind.spin_box(state, "pool_size")
        texts(
            lambda: self.size_spin.setToolTip(
                self.tr(
                    "F, the side of each square cell. The course uses F = 4, and F = 2 in general."
                )
            )
        )
        self.stride_spin = bind.spin_box(state, "pool_stride")
        texts(
            lambda: self.stride_spin.setToolTip(
                self.tr("S, the distance between cells. S = F: cells do not overlap.")
            )
        )
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        # two rows: in one, at a projector zoom, they made the page wider
        # than the screen
        controls = QGridLayout()
        for row, column, title, widget in (
            (0, 0, lambda: self.tr("Pool:"), self.source_combo),
            (1, 0, lambda: self.tr("Window F:"), self.size_spin),
            (1, 2, lambda: self.tr("Stride S:"), self.stride_spin),
        ):
            label = QLabel()
            texts(lambda label=label, title=title: label.setText(title()))
            label.setBuddy(widget)  # it names the field, in a refusal too
            controls.addWidget(label, row, column)
            span = 3 if widget is self.source_combo else 1
            controls.addWidget(widget, row, column + 1, 1, span)
        controls.setColumnStretch(4, 1)
        self.panes: dict[str, ImagePane] = {}
        self.grid = QGridLayout()
        # four panes under the formula: at a projector zoom on a short
        # screen the page scrolls rather than squeeze them
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(controls)
        column.addWidget(self.formula)
        column.addLayout(self.grid, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(FitArea(content))
        state.subscribe(self._on_state_changed)

    # ---- public API
    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render_formula()

    # ---- rendering
    def _on_state_changed(self, name: str) -> None:
        if name == "results" or (
            name == "display" and self.state.pool_source == "conv"
        ):
            self.render()

    def render(self) -> None:
        state = self.state
        if state.page != "pooling":
            return
        self.render_formula()
        pooled = state.pooled
        if pooled is None:
            for pane in self.panes.values():
                pane.clear()
            self._shown = None
            return
        # an L2 norm of F*F grey pixels exceeds 255: each pane its own range
        display = "auto" if state.pool_source == "grey" else state.display
        if self._shown is not None and (
            self._shown[0] is pooled and self._shown[1] == display
        ):
            return
        self._ensure_panes()
        for mode, pane in self.panes.items():
            # an L2 norm is never negative: a blue half of the diverging
            # colours stood for values it never takes (down to -5 000)
            shown = "auto" if mode == "l2" and display == "diverging" else display
            pane.set_image(pooled[mode], shown)
        self._shown = (pooled, display)

    def render_formula(self) -> None:
        """``(W - F)/S + 1`` with the numbers put in, and the values kept."""
        state = self.state
        shape = state.pool_input_shape()
        if shape is None:
            self.formula.setText(
                self.tr("No convolution output to pool: see the reason on the left.")
                if state.image is not None
                else ""
            )
            return
        hp, wp = state.pool_geometry()
        lines = [
            self.tr("Output size, (W − F)/S + 1:"),
            f"Hp = {formula(hp.text)}",
            f"Wp = {formula(wp.text)}",
        ]
        if hp.valid and wp.valid:
            lines.append(
                self.tr("%1 values → %2 values (%3 × %4).")
                .replace("%1", integer(shape[0] * shape[1]))
                .replace("%2", integer(hp.size * wp.size))
                .replace("%3", str(hp.size))
                .replace("%4", str(wp.size))
            )
            if not (hp.whole and wp.whole):
                lines.append(
                    self.tr(
                        "Not whole: the last cells that do not fit are dropped (floor)."
                    )
                )
            if state.pooled is None:
                lines.append(self.tr("Computing…"))
        else:
            lines.append(
                self.tr("The %1×%1 window does not fit in the %2×%3 input.")
                .replace("%1", str(state.pool_size))
                .replace("%2", str(shape[0]))
                .replace("%3", str(shape[1]))
            )
        self.formula.setText("<br>".join(lines))

    def add_pane(self) -> bool:
        """Make the next of the four panes; False when all were made already (see
        SobelPage.add_pane)."""
        index = len(self.panes)
        if index == len(pooling.MODES):
            return False
        mode = pooling.MODES[index]
        pane = ImagePane()
        self.texts(lambda: pane.title.setText(self._title(mode)))
        self.grid.addWidget(pane, index // 2, index % 2)
        if index:
            pane.view.setXLink(self.panes[pooling.MODES[0]].view)
            pane.view.setYLink(self.panes[pooling.MODES[0]].view)
        self.panes[mode] = pane
        return True

    def _ensure_panes(self) -> None:
        while self.add_pane():
            pass

    def _title(self, mode: str) -> str:
        return {
            "max": self.tr("Max pooling"),
            "avg": self.tr("Average (mean) pooling"),
            "l2": self.tr("L2 norm √(Σ x²)"),
            "weighted": self.tr("Mean weighted by distance to the centre"),
        }[mode]
