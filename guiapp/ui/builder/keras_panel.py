"""Keras's own summary beside ours, row by row (rendered from the state).

In exercise mode the panel lists only the layers whose answers are earned
(answered right, or revealed by the teacher; see :meth:`BuilderState.earned`),
and says so: Keras's figures are the answers too.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.bind import message_label
from ..common.numbers import integer
from ..common.texts import Texts
from .fitted_table import FittedTable
from .state import KERAS_CHECK_LIMIT, NETWORK, BuilderState, shape_text
from .summary_table import BAD, GOOD, count_text

KERAS_FIELDS = ("keras_status", "keras_progress", "keras_rows", "keras_error")
#: what else decides which rows the panel may show (exercise mode)
EXERCISE_FIELDS = (NETWORK, "exercise", "marks", "revealed")


class KerasPanel(QWidget):
    """The Keras check's message and table."""

    def __init__(self, state: BuilderState, parent=None):
        super().__init__(parent)
        self.state = state
        self.texts = Texts()
        self.label = message_label()
        self.table = FittedTable(0, 4)
        self.texts(
            lambda: self.table.setHorizontalHeaderLabels(
                [
                    self.tr("Layer"),
                    self.tr("Keras output shape"),
                    self.tr("Keras parameters"),
                    self.tr("Agreement"),
                ]
            )
        )
        self.table.verticalHeader().hide()
        self.texts(lambda: self.table.setAccessibleName(self.tr("Keras's summary")))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        state.subscribe(self._on_state)
        self.refresh()

    # ---- public API
    def retranslate(self) -> None:
        self.texts.retranslate()
        self.refresh()

    def refresh(self) -> None:
        state = self.state
        status = state.keras_status
        comparison = state.keras_comparison() if status == "done" else []
        hidden = 0
        if state.exercise:
            shown = [row for row in comparison if state.row_earned(row.index)]
            hidden = len(comparison) - len(shown)
            comparison = shown
        if status == "refused" and state.all_ok() and state.exercise:
            # the count could be a layer's answer (a one-layer network)
            text = self.tr(
                "Too many parameters to build here (at most %1, %2 MB of "
                "weights). Make the network smaller to compare it with Keras."
            )
            text = text.replace("%1", count_text(KERAS_CHECK_LIMIT)).replace(
                "%2", integer(KERAS_CHECK_LIMIT * 4 // 10**6)
            )
        elif status == "refused" and state.all_ok():
            text = self.tr(
                "%1 parameters: too many to build here (at most %2, %3 MB of "
                "weights). Make the network smaller to compare it with Keras."
            )
            text = (
                text.replace("%1", count_text(state.total()))
                .replace("%2", count_text(KERAS_CHECK_LIMIT))
                .replace("%3", integer(KERAS_CHECK_LIMIT * 4 // 10**6))
            )
        elif status == "refused":
            text = self.tr(
                "Fix the marked layer first: Keras would refuse this network too."
            )
        elif status == "running":
            text = self.tr("Building the model with Keras…")
            done, count = state.keras_progress
            if count:
                text += f" ({integer(done)}/{integer(count)})"
        elif status == "done" and hidden and not comparison:
            text = ""  # every row hidden: the sentence below says so
        elif status == "done":
            text = (
                self.tr("Keras agrees on %1 of %2 layers.")
                .replace("%1", integer(sum(row.agrees for row in comparison)))
                .replace("%2", integer(len(comparison)))
            )
        elif status == "failed":
            text = self.tr("Keras could not build this model: %1").replace(
                "%1", state.keras_error
            )
        else:
            text = self.tr("Keras's own summary appears here after Check with Keras.")
        if hidden:
            text += (" " if text else "") + self.tr(
                "Exercise mode: %1 layers are hidden until they are answered "
                "right or revealed."
            ).replace("%1", integer(hidden))
        self.label.setText(text)
        self._render_table(comparison)

    def _render_table(self, comparison) -> None:
        self.table.setRowCount(len(comparison))
        for line, row in enumerate(comparison):
            ours = row.ours
            values = [
                f"{row.index + 1}. {row.kind}",
                shape_text(row.shape),
                count_text(row.params),
                "✓"
                if row.agrees
                else self.tr("✗ ours: %1, %2")
                .replace("%1", shape_text(ours.shape if ours else None))
                .replace("%2", count_text(ours.params) if ours else "?"),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(GOOD if row.agrees else BAD)
                self.table.setItem(line, col, item)
        self.table.fit_columns()

    def _on_state(self, name: str) -> None:
        if name in KERAS_FIELDS or (
            name in EXERCISE_FIELDS and self.state.keras_status == "done"
        ):
            self.refresh()
