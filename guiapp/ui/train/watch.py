"""Watching a network learn: steps of one batch or one epoch, and the speed.

The course's dense network trains in about a second: the curves appear
finished. As TensorFlow Playground's step button and speed let a teacher
narrate, "Step: one batch" and "Step: one epoch" train that much of the
current model (built first if there is none, as Train does), then stop, ready
for the next step or Continue; a slow speed makes the worker wait between two
batches (never the GUI thread), so the class sees the loss fall batch after
batch. The tab connects the buttons; the bar renders from the document.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ..common import bind
from ..common.texts import Texts
from .state import TrainState

__all__ = ["WatchBar"]


class WatchBar(QWidget):
    """The step buttons and the speed, in one row, or two when narrow."""

    def __init__(self, state: TrainState, parent=None):
        super().__init__(parent)
        self.state = state
        self.texts = texts = Texts()
        self.step_batch_button = QPushButton()
        self.step_epoch_button = QPushButton()
        texts(lambda: self.step_batch_button.setText(self.tr("Step: one batch")))
        texts(lambda: self.step_epoch_button.setText(self.tr("Step: one epoch")))
        texts(
            lambda: self.step_batch_button.setToolTip(
                self.tr(
                    "Train one batch of images, then stop: the curves, the "
                    "predictions and the weights show what it changed."
                )
            )
        )
        texts(
            lambda: self.step_epoch_button.setToolTip(
                self.tr("Train to the end of the epoch (one epoch), then stop.")
            )
        )
        self.speed_label = QLabel()
        texts(lambda: self.speed_label.setText(self.tr("Speed:")))
        #: the speed buttons, by name (the keys of state.SPEEDS)
        self.speed_buttons: dict[str, QRadioButton] = {}
        self.speed_group = QButtonGroup(self)
        for name, label in (
            ("full", lambda: self.tr("full")),
            ("slow", lambda: self.tr("slow")),
            ("very-slow", lambda: self.tr("very slow")),
        ):
            button = self.speed_buttons[name] = QRadioButton()
            texts(lambda button=button, label=label: button.setText(label()))
            self.speed_group.addButton(button)
        texts(
            lambda: self.speed_label.setToolTip(
                self.tr(
                    "Slow: about 4 batches a second; very slow: one a second. "
                    "It changes at once, also during training."
                )
            )
        )
        # the document's speed (a remembered setting) checks its button
        for name, button in self.speed_buttons.items():
            button.toggled.connect(
                lambda checked, name=name: self._on_speed_toggled(name, checked)
            )
        bind.follow(state, "speed", self._render_speed, self)

        steps = QWidget()
        row = QHBoxLayout(steps)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.step_batch_button)
        row.addWidget(self.step_epoch_button)
        speed = QWidget()
        row = QHBoxLayout(speed)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.speed_label)
        for button in self.speed_buttons.values():
            row.addWidget(button)
        self._parts = (steps, speed)
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        # the width follows the pane: one row when it fits, else two
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(steps)
        layout.addSpacing(12)
        layout.addWidget(speed)
        layout.addStretch(1)
        state.subscribe(self._on_state)
        self.render()

    # ---- public API
    def speed(self) -> str:
        """The speed chosen (one of state.SPEEDS): the document's."""
        return self.state.speed

    def render(self) -> None:
        """During a fit the steps wait; the speed can change at any time."""
        running = self.state.fitting
        self.step_batch_button.setEnabled(not running)
        self.step_epoch_button.setEnabled(not running)

    def retranslate(self) -> None:
        self.texts.retranslate()
        self._arrange()

    # ---- size: one row, or two when the pane is narrow
    def _one_row_width(self) -> int:
        return sum(part.sizeHint().width() for part in self._parts) + 12

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = max(part.minimumSizeHint().width() for part in self._parts)
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        heights = [part.sizeHint().height() for part in self._parts]
        one_row = self._layout.direction() == QBoxLayout.Direction.LeftToRight
        height = max(heights) if one_row else sum(heights) + self._layout.spacing()
        return QSize(self._one_row_width(), height)

    def _arrange(self) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= self._one_row_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self.updateGeometry()

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange()

    def _on_state(self, name: str) -> None:
        if name == "fitting":
            self.render()

    # ---- the speed: the document's, written when a button is chosen
    def _on_speed_toggled(self, name: str, checked: bool) -> None:
        if checked:
            self.state.speed = name

    def _render_speed(self, speed: str) -> None:
        button = self.speed_buttons.get(speed)
        if button is not None and not button.isChecked():
            with QSignalBlocker(button):
                button.setChecked(True)  # the group unchecks the others
