"""The summary table: each layer's output shape and parameters with both
formulas, the total, the problems; in exercise mode, the student's answers."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.layer_types import layer_type
from ..common.bind import message_label
from ..common.numbers import decimal, formula, integer
from ..common.texts import Texts
from ..i18n import translate_message as tm
from .fitted_table import FittedTable
from .state import NETWORK, PARAMS, SHAPE, BuilderState, shape_text

SHAPE_COLUMN, PARAMS_COLUMN = 2, 3
ANSWER_COLUMNS = {SHAPE_COLUMN: SHAPE, PARAMS_COLUMN: PARAMS}
GOOD, BAD, WARN = QColor("#c8f0c8"), QColor("#f6c8c8"), QColor("#fbe3b8")

#: ``108 810`` in the user's language, of any size (the name keras_panel imports)
count_text = integer


class SummaryTable(QWidget):
    """The table, the totals line and the problems, rendered from the state."""

    def __init__(self, state: BuilderState, parent=None):
        super().__init__(parent)
        self.state = state
        self.texts = Texts()
        self.table = FittedTable(0, 6)
        self.texts(
            lambda: self.table.setHorizontalHeaderLabels(
                [
                    "#",
                    self.tr("Layer"),
                    self.tr("Output shape"),
                    self.tr("Parameters"),
                    self.tr("Output size formula"),
                    self.tr("Parameter formula"),
                ]
            )
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(False)
        self.table.itemChanged.connect(self._on_item_changed)
        self.totals = message_label()
        self.problems = message_label()
        self.problems.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.problems)
        state.subscribe(self._on_state)
        self.refresh()

    # ---- public API
    def retranslate(self) -> None:
        self.texts.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Draw the table, the totals and the problems from the state."""
        self._render_table()
        self._render_texts()

    # ---- rendering
    def _render_table(self) -> None:
        state = self.state
        rows = state.rows()
        exercise = state.exercise
        marks = state.marks or {}
        self.table.setUpdatesEnabled(False)
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(rows) + 1)
            self._set_row(
                0,
                ["", self.tr("Input"), shape_text(state.input_shape), "0", "", ""],
                editable=False,
            )
            for row in rows:
                layer = state.layers[row.index]
                shown = [
                    shape_text(row.shape),
                    count_text(row.params) if row.shape else "—",
                ]
                if exercise:
                    shown = [
                        state.answers.get((row.index, c), "") for c in (SHAPE, PARAMS)
                    ]
                values = [
                    str(row.index + 1),
                    layer_type(layer["type"]).describe(layer),
                    *shown,
                    "" if exercise else formula(tm(row.shape_formula)),
                    "" if exercise else formula(tm(row.params_formula)),
                ]
                self._set_row(row.index + 1, values, editable=exercise)
                color = (
                    BAD if row.error else WARN if (row.warning or row.notes) else None
                )
                tip = tm(row.error or row.warning) or "; ".join(
                    formula(tm(n)) for n in row.notes
                )
                for col in range(6):
                    item = self.table.item(row.index + 1, col)
                    if color is not None and not exercise:
                        item.setBackground(color)
                    if tip:
                        item.setToolTip(tip)
                for col, column in ANSWER_COLUMNS.items():
                    if (row.index, column) in marks:
                        right = marks[(row.index, column)]
                        item = self.table.item(row.index + 1, col)
                        item.setBackground(GOOD if right else BAD)
                        if not right:
                            worked = (
                                row.shape_formula
                                if column == SHAPE
                                else row.params_formula
                            )
                            item.setToolTip(formula(tm(worked)))
        self.table.fit_columns()  # measured once per render, headers included
        self.table.setUpdatesEnabled(True)

    def _set_row(self, index: int, values, editable: bool) -> None:
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # the whole formula when the column is narrow
            flags = item.flags()
            if not (editable and col in ANSWER_COLUMNS):
                flags &= ~Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            self.table.setItem(index, col, item)

    def _render_texts(self) -> None:
        state = self.state
        total = state.total()
        if state.marks is not None:
            right, asked = sum(state.marks.values()), len(state.marks)
            self.totals.setText(
                self.tr("%1 of %2 answers right.")
                .replace("%1", integer(right))
                .replace("%2", integer(asked))
            )
            self.problems.setText("<br>".join(self._wrong_answers()))
            return
        if state.exercise:
            text = self.tr(
                "Exercise mode: type each output shape and parameter count, "
                "then press Check answers."
            )
        elif state.all_ok():
            text = (
                self.tr(
                    "Total: %1 parameters, %2 KiB of weights in float32 (4 bytes each)."
                )
                .replace("%1", count_text(total))
                .replace("%2", decimal(total * 4 / 1024, 1))
            )
        else:
            text = self.tr(
                "No total until the marked layer is fixed (%1 parameters in the layers above it)."
            ).replace("%1", count_text(total))
        self.totals.setText(text)
        problems = [
            self.tr("Layer %1 (%2): %3")
            .replace("%1", str(row.index + 1))
            .replace("%2", row.kind)
            .replace("%3", tm(sentence))
            for row, sentence in state.problems()
        ]
        self.problems.setText(
            "<br>".join(f"<span style='color:#a03000'>{p}</span>" for p in problems)
        )

    def _wrong_answers(self) -> list[str]:
        wrong = []
        for row in self.state.rows():
            for column, worked in (
                (SHAPE, row.shape_formula),
                (PARAMS, row.params_formula),
            ):
                if self.state.marks.get((row.index, column)) is False:
                    wrong.append(
                        self.tr("Layer %1: %2")
                        .replace("%1", str(row.index + 1))
                        .replace("%2", formula(tm(worked)))
                    )
        return wrong

    def _render_answers(self) -> None:
        if not self.state.exercise:
            return
        with QSignalBlocker(self.table):
            for (index, column), text in self.state.answers.items():
                col = SHAPE_COLUMN if column == SHAPE else PARAMS_COLUMN
                item = self.table.item(index + 1, col)
                if item is not None and item.text() != text:
                    item.setText(text)

    # ---- slots
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        column = ANSWER_COLUMNS.get(item.column())
        if column is not None and item.row() > 0 and self.state.exercise:
            self.state.set_answer(item.row() - 1, column, item.text())

    def _on_state(self, name: str) -> None:
        if name in (NETWORK, "exercise", "marks"):
            self.refresh()
        elif name == "answers":
            self._render_answers()
