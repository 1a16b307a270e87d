"""The summary table: each layer's output shape and parameters with both
formulas, the total, the problems; in exercise mode, the student's answers.

In exercise mode nothing in it gives an answer away before it is earned (see
:meth:`BuilderState.earned`): an answer cell shows what the student typed, a
formula appears once Check answers found that answer right or the teacher
revealed the layer, and so do a layer's notes and warnings, which name its
output.

A wrong answer is explained without being given: its formula shows the
numbers put in and "?" for the result (:func:`hide_result`), and only when the
layer's input is known to the student (the input of the network, or the layer
above answered right or revealed); otherwise it says which layer to find first.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.layer_types import MESSAGES as LAYER_MESSAGES
from ...core.layer_types import layer_type
from ...core.receptive import receptive_fields
from ..common.bind import message_label
from ..common.numbers import decimal, formula, integer
from ..common.texts import Texts
from ..i18n import translate_message as tm
from .fitted_table import FittedTable
from .state import NETWORK, PARAMS, SHAPE, BuilderState, shape_text

LAYER_COLUMN, SHAPE_COLUMN, PARAMS_COLUMN = 1, 2, 3
FIELD_COLUMN = 6  # the receptive field, after the formulas
COLUMNS = 7
ANSWER_COLUMNS = {SHAPE_COLUMN: SHAPE, PARAMS_COLUMN: PARAMS}
GOOD, BAD, WARN = QColor("#c8f0c8"), QColor("#f6c8c8"), QColor("#fbe3b8")
#: beside a marked answer's formula: the mark is not in colour alone
RIGHT_MARK, WRONG_MARK = "✓", "✗"

#: the note of a size Keras floors ("7.5 is not whole: Keras floors it to 7")
FLOOR_NOTE = LAYER_MESSAGES[8]
#: the refusals that name the size of a layer's input (the answer of the
#: layer above): Flatten's vector, a shape with no rows, a kernel or a
#: window larger than the input
SIZED_ERRORS = tuple(LAYER_MESSAGES[i] for i in (10, 11, 12, 13))
#: what a result that is left to find reads as
UNKNOWN = "?"


def hide_result(worked: str) -> str:
    """``worked`` with each result left to find: ``(28 - 3 + 2*0)/1 + 1 = ?``.

    A formula of one axis per part (``H: … = 14; W: … = 10``) keeps each part's
    numbers put in; what follows the last ``=`` of a part (``7.5 -> 7``) is the
    answer. A part without ``=`` (``unchanged``) names no number to find.
    """
    parts = []
    for part in worked.split(";"):
        head, equals, _result = part.rpartition("=")
        parts.append(f"{head}= {UNKNOWN}" if equals else part)
    return ";".join(parts)


#: ``108 810`` in the user's language, of any size (the name keras_panel imports)
count_text = integer


class SummaryTable(QWidget):
    """The table, the totals line and the problems, rendered from the state."""

    #: problems listed under the table at most (66 layers' notes made the
    #: window 2 178 pixels high); the others are read on their layer
    PROBLEMS_SHOWN = 4

    def __init__(self, state: BuilderState, parent=None):
        super().__init__(parent)
        self.state = state
        self.texts = Texts()
        # the layer's description gives room first (whole in its tooltip)
        self.table = FittedTable(0, COLUMNS, shrinkable=LAYER_COLUMN)
        self.texts(
            lambda: self.table.setHorizontalHeaderLabels(
                [
                    "#",
                    self.tr("Layer"),
                    self.tr("Output shape"),
                    self.tr("Parameters"),
                    self.tr("Output size formula"),
                    self.tr("Parameter formula"),
                    self.tr("Receptive field"),
                ]
            )
        )
        self.texts(
            lambda: self.table.horizontalHeaderItem(FIELD_COLUMN).setToolTip(
                self.tr(
                    "How much of the input one output pixel sees (r × r) and how "
                    "far apart two neighbouring outputs look (their step j, in input "
                    "pixels): r = r_before + (F − 1)·j_before, j = j_before·S."
                )
            )
        )
        self.table.verticalHeader().hide()
        self.texts(
            lambda: self.table.setAccessibleName(self.tr("Summary of the layers"))
        )
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
        self.table.setUpdatesEnabled(False)
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(rows) + 1)
            self._set_row(
                0,
                ["", self.tr("Input"), shape_text(state.input_shape), "0", "", "", ""],
            )
            fields = receptive_fields(*state.network)
            for row in rows:
                self._render_row(row, fields[row.index])
        self.table.fit_columns()
        self.table.setUpdatesEnabled(True)

    def _field_text(self, field) -> tuple[str, str]:
        """(cell, tooltip) of a layer's receptive field."""
        if field.kind == "whole":
            return self.tr("the whole input"), self.tr(
                "Each output is computed from every input pixel."
            )
        if field.kind == "spread":
            return "—", self.tr(
                "After a transposed convolution, neighbouring outputs share their "
                "inputs unevenly: the field is not one square."
            )
        if field.kind != "window":
            return "", ""
        cell = (
            self.tr("%1×%1, step %2")
            .replace("%1", integer(field.size))
            .replace("%2", integer(field.jump))
        )
        return cell, formula(field.formula)

    def _render_row(self, row, field) -> None:
        """One layer's line: its figures, or in exercise mode what was typed,
        each figure and formula once earned (a wrong one hinted)."""
        state = self.state
        index = row.index
        layer = state.layers[index]
        computed = row.shape is not None
        figures = {
            SHAPE: shape_text(row.shape),
            PARAMS: count_text(row.params) if computed else "—",
        }
        worked = {
            SHAPE: formula(tm(row.shape_formula)),
            PARAMS: formula(tm(row.params_formula)),
        }
        exercise = state.exercise and computed and index not in state.revealed
        marks = (state.marks or {}) if exercise else {}
        # "Dropout 0,25" in French, as the editor's fields write it
        values = [str(index + 1), formula(layer_type(layer["type"]).describe(layer))]
        values += [
            state.answers.get((index, c), "") if exercise else figures[c]
            for c in (SHAPE, PARAMS)
        ]
        for column in (SHAPE, PARAMS):
            if not exercise:
                values.append(worked[column])
            elif (index, column) in marks:
                if marks[(index, column)] and self.input_known(index):
                    values.append(f"{RIGHT_MARK} {worked[column]}")
                elif marks[(index, column)]:
                    # its numbers put in would give the layer above's answer
                    values.append(RIGHT_MARK)
                else:
                    values.append(f"{WRONG_MARK} {self.hint(row, column)}")
            else:
                values.append("")
        values.append("")  # the receptive field, set below with its tooltip
        editable = {SHAPE_COLUMN, PARAMS_COLUMN} if exercise else set()
        self._set_row(index + 1, values, editable)
        # the row's sentence: an error always (it is no answer); a warning or a
        # note (they name the output) once the shape is earned
        shape_shown = not exercise or state.earned(index, SHAPE)
        tip = self.error_text(row) or (
            tm(row.warning) or "; ".join(formula(tm(n)) for n in row.notes)
            if shape_shown
            else ""
        )
        color = (
            BAD
            if row.error
            else WARN
            if shape_shown and (row.warning or row.notes)
            else None
        )
        for col in range(FIELD_COLUMN):
            item = self.table.item(index + 1, col)
            if color is not None:
                item.setBackground(color)
            if tip:
                item.setToolTip(tip)
        cell, explained = self._field_text(field)
        if exercise and not state.row_earned(index):
            cell = explained = ""  # a window's size helps find the answer
        item = self.table.item(index + 1, FIELD_COLUMN)
        item.setText(cell)
        item.setToolTip(explained)
        for column, col in ((SHAPE, SHAPE_COLUMN), (PARAMS, PARAMS_COLUMN)):
            if (index, column) not in marks:
                continue
            right = marks[(index, column)]
            item = self.table.item(index + 1, col)
            item.setBackground(GOOD if right else BAD)
            if not right:
                item.setToolTip(self.hint(row, column))

    def _set_row(self, index: int, values, editable=frozenset()) -> None:
        """Set one line's texts, reusing its items (never deleted under an edit)."""
        for col, value in enumerate(values):
            item = self.table.item(index, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(index, col, item)
            item.setText(value)
            item.setToolTip(value)  # the whole formula when the column is narrow
            item.setBackground(QBrush())
            flags = item.flags() | Qt.ItemFlag.ItemIsEditable
            if col not in editable:
                flags &= ~Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)

    def _render_texts(self) -> None:
        state = self.state
        total = state.total()
        if state.exercise:
            self.totals.setText(self._exercise_text())
        elif state.all_ok():
            self.totals.setText(
                self.tr(
                    "Total: %1 parameters, %2 KiB of weights in float32 (4 bytes each)."
                )
                .replace("%1", count_text(total))
                .replace("%2", decimal(total * 4 / 1024, 1))
            )
        else:
            self.totals.setText(
                self.tr(
                    "No total until the marked layer is fixed (%1 parameters in the layers above it)."
                ).replace("%1", count_text(total))
            )
        if state.exercise and state.marks is not None:
            problems = self._wrong_answers()
        else:
            problems = [
                f"<span style='color:#a03000'>{p}</span>" for p in self._problems()
            ]
        if len(problems) > self.PROBLEMS_SHOWN:  # the panel's height is the screen's
            hidden = len(problems) - self.PROBLEMS_SHOWN + 1
            problems = problems[: self.PROBLEMS_SHOWN - 1] + [
                self.tr(
                    "… and %1 more: select a marked layer to read its note."
                ).replace("%1", str(hidden))
            ]
        self.problems.setText("<br>".join(problems))

    def _exercise_text(self) -> str:
        state = self.state
        if state.marks is None:
            return self.tr(
                "Exercise mode: type each output shape and parameter count, "
                "then press Check answers."
            )
        right, attempted = sum(state.marks.values()), len(state.marks)
        if not attempted:
            return self.tr(
                "Nothing to check yet: Check answers marks the answers typed."
            )
        text = (
            self.tr("%1 of %2 answers right.")
            .replace("%1", integer(right))
            .replace("%2", integer(attempted))
        )
        left = sum(
            1 for index, column in state.asked() if not state.attempted(index, column)
        )
        if left:
            text += " " + self.tr("%1 not typed yet.").replace("%1", integer(left))
        return text

    def _problems(self) -> list[str]:
        """A sentence per error and warning; in exercise mode a warning (it
        names the output) waits until the layer's shape is earned."""
        state = self.state
        found = []
        for row, sentence in state.problems():
            if row.error:
                text = self.error_text(row)
            elif not state.exercise or state.earned(row.index, SHAPE):
                text = tm(sentence)
            else:
                text = self.tr(
                    "a note on this layer appears once its shape is answered"
                )
            found.append(
                self.tr("Layer %1 (%2): %3")
                .replace("%1", str(row.index + 1))
                .replace("%2", row.kind)
                .replace("%3", text)
            )
        return found

    def error_text(self, row) -> str:
        """The sentence of a layer that breaks the stack ("" if none). In
        exercise mode it does not name the size of the layer's input while that
        is the answer of the layer above, still to find."""
        state = self.state
        template = getattr(row.error, "template", None)
        if (
            not state.exercise
            or row.index == 0
            or state.earned(row.index - 1, SHAPE)
            or template not in SIZED_ERRORS
        ):
            return tm(row.error)
        values = row.error.values
        if template == SIZED_ERRORS[0]:
            text = self.tr(
                "%1 needs an image-shaped input (H, W, D), but after Flatten its "
                "input is a vector: it has no rows and columns left to slide over"
            )
        elif template == SIZED_ERRORS[1]:
            text = self.tr(
                "%1 needs an image-shaped input (H, W, D), but its input is not "
                "one: it has no rows and columns left to slide over"
            )
        elif template == SIZED_ERRORS[2]:
            text = self.tr(
                "the kernel is larger than this layer's input plus padding "
                "(find the output of layer %2 to see by how much)"
            )
        else:
            text = self.tr(
                "the window does not fit in this layer's input "
                "(find the output of layer %2 to see why)"
            )
        return text.replace("%1", str(values.get("kind", row.kind))).replace(
            "%2", str(row.index)
        )

    def input_known(self, index: int) -> bool:
        """Is layer ``index``'s input known to the student (the network's
        input, or the layer above answered right or revealed)?"""
        return index == 0 or self.state.earned(index - 1, SHAPE)

    def hint(self, row, column: str) -> str:
        """What an answer Check answers found wrong is told: its formula with
        the numbers put in and the result left to find; or, when the layer's
        input is itself an answer still to find, to find that one first."""
        if not self.input_known(row.index):
            return self.tr(
                "find the output shape of layer %1 first: it is this layer's input"
            ).replace("%1", str(row.index))
        worked = row.shape_formula if column == SHAPE else row.params_formula
        text = hide_result(formula(tm(worked)))
        if column == SHAPE and any(
            getattr(note, "template", None) == FLOOR_NOTE for note in row.notes
        ):
            text += " " + self.tr("(not whole? Keras rounds down)")
        return text

    def _wrong_answers(self) -> list[str]:
        """The hint of each answer Check answers found wrong (only the answers
        typed are marked)."""
        wrong = []
        for row in self.state.rows():
            for column in (SHAPE, PARAMS):
                if self.state.marks.get((row.index, column)) is False:
                    wrong.append(
                        self.tr("Layer %1: %2")
                        .replace("%1", str(row.index + 1))
                        .replace("%2", self.hint(row, column))
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
                    item.setToolTip(text)

    # ---- slots
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        column = ANSWER_COLUMNS.get(item.column())
        if column is not None and item.row() > 0 and self.state.exercise:
            self.state.set_answer(item.row() - 1, column, item.text())

    def _on_state(self, name: str) -> None:
        if name in (NETWORK, "exercise", "marks", "revealed"):
            self.refresh()
        elif name == "answers":
            self._render_answers()
