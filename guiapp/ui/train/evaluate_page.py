"""The Evaluate page: test loss and accuracy, the confusion matrix, the accuracy
of each class, the images of a confusion cell and the most confident mistakes.

The evaluation itself is a job (:func:`guiapp.ml.evaluation.evaluate_test_set`)
that the tab starts; this page renders the document's ``evaluation`` and, while
it runs, its progress.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.numbers import decimal, integer, percent
from ..common.texts import Texts
from .names import class_names
from .state import TrainState
from .widgets import Gallery

__all__ = ["EvaluatePage"]

#: images of a confusion cell shown
CELL_SHOWN = 20


class ConfusionTable(QTableWidget):
    """A 10 × 10 table that asks for room to show every row and column: its
    size follows the font (the zoom), its cells share the width."""

    def __init__(self, parent=None):
        super().__init__(10, 10, parent)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        #: the widest count shown (its width is the cells' least)
        self.widest = "00"

    def set_widest(self, text: str) -> None:
        self.widest = text
        self.updateGeometry()

    def _cell(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(
            metrics.horizontalAdvance(self.widest) + metrics.averageCharWidth(),
            metrics.height() + 8,
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        cell, frame = self._cell(), 2 * self.frameWidth()
        header = self.horizontalHeader().sizeHint().height()
        side = self.verticalHeader().sizeHint().width()
        return QSize(
            side + self.columnCount() * cell.width() + frame,
            header + self.rowCount() * cell.height() + frame,
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSizeHint()


class EvaluatePage(QScrollArea):
    """Evaluate on the test set; click a confusion cell to see its images."""

    def __init__(self, state: TrainState, parent=None):
        super().__init__(parent)
        self.state = state
        self.texts = texts = Texts()
        self.evaluate_button = QPushButton()
        texts(lambda: self.evaluate_button.setText(self.tr("Evaluate on the test set")))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.confusion = ConfusionTable()
        texts(lambda: self.confusion.setAccessibleName(self.tr("Confusion matrix")))
        texts(
            lambda: self.confusion.setToolTip(
                self.tr(
                    "Rows: the true class; columns: the predicted class. "
                    "Click a cell to see those images."
                )
            )
        )
        texts(lambda: self.confusion.setAccessibleDescription(self.confusion.toolTip()))
        # the axes named beside the matrix: the headers alone are only class names
        self.predicted_title, self.true_title = QLabel(), QLabel()
        texts(lambda: self.predicted_title.setText(self.tr("Predicted class →")))
        texts(lambda: self.true_title.setText(self.tr("True class ↓")))
        self.predicted_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.per_class = QLabel()
        self.per_class.setWordWrap(True)
        self.cell_label = QLabel()
        self.cell_label.setWordWrap(True)
        self.cell_gallery = Gallery()
        self.mistakes = Gallery()
        confusion_title, mistakes_title = QLabel(), QLabel()
        texts(lambda: confusion_title.setText(self.tr("Confusion matrix")))
        texts(lambda: mistakes_title.setText(self.tr("The most confident mistakes")))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.evaluate_button)
        layout.addWidget(self.result_label)
        layout.addWidget(confusion_title)
        axes = QHBoxLayout()
        axes.addWidget(self.true_title)
        axes.addWidget(self.predicted_title, 1)
        layout.addLayout(axes)
        layout.addWidget(self.confusion)
        layout.addWidget(self.per_class)
        layout.addWidget(self.cell_label)
        layout.addWidget(self.cell_gallery)
        layout.addWidget(mistakes_title)
        layout.addWidget(self.mistakes)
        layout.addStretch(1)  # the room left under the mistakes, not between lines
        self.setWidgetResizable(True)
        self.setWidget(page)

        #: the confusion cell shown (row, column), None for none
        self.cell: tuple[int, int] | None = None
        state.subscribe(self._on_state)
        self.render()

    # ---- public API
    def show_cell(self, row: int, column: int) -> bool:
        """Show the test images of class ``row`` predicted as ``column``."""
        if self.state.evaluation is None or self.state.data() is None:
            return False
        classes = len(self.state.evaluation.matrix)
        if not (0 <= row < classes and 0 <= column < classes):
            return False  # no such cell: the one shown stays
        self.cell = (row, column)
        self.render_cell()
        return True

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render()

    # ---- rendering
    def _on_state(self, name: str) -> None:
        if name == "evaluation":
            self.cell = None
            self.render()
        elif name == "dataset":
            self.render_matrix()  # its class names
        elif name == "evaluating":  # the button again once it ended
            self.render_enabled()
            self.render_label()
        elif name == "fitting" or (name == "training" and not self.state.fitting):
            self.render_enabled()
            self.render_label()

    def render(self) -> None:
        self.render_enabled()
        self.render_label()
        self.render_matrix()
        self.render_cell()

    def render_enabled(self) -> None:
        """Evaluate works whenever a model exists and nothing runs, again and
        again (after more epochs, or to show it once more)."""
        state = self.state
        self.evaluate_button.setEnabled(
            not state.fitting and state.evaluating is None and state.model is not None
        )

    def render_label(self) -> None:
        state, evaluation = self.state, self.state.evaluation
        if state.evaluating is not None:
            done, total = state.evaluating
            text = (
                self.tr("Evaluating: %1 of %2 test images…")
                .replace("%1", integer(done))
                .replace("%2", integer(total))
            )
        elif evaluation is not None:
            # 4 decimals, as the course prints them (test accuracy 0.8995), and
            # the accuracy as a percentage too
            accuracy = evaluation.accuracy
            text = (
                self.tr("Test loss %1\nTest accuracy %2")
                .replace("%1", decimal(evaluation.loss, 4))
                .replace("%2", f"{decimal(accuracy, 4)} ({percent(accuracy, 2)})")
            )
        elif state.model is None:
            text = self.tr("Train a network, then evaluate it on images it never saw.")
        else:
            text = ""
        self.result_label.setText(text)

    def render_matrix(self) -> None:
        """The confusion matrix, per-class accuracy and mistakes (~100 cells: fast)."""
        evaluation = self.state.evaluation
        names = class_names(self.state.dataset)
        self.render_headers(names)
        if evaluation is None:
            self.confusion.clearContents()
            self.confusion.set_widest("00")
            self.per_class.setText("")
            self.mistakes.set_items([])
            return
        matrix = evaluation.matrix
        peak = max(int(matrix.max()), 1)
        self.confusion.set_widest(integer(peak))
        for row in range(matrix.shape[0]):
            for column in range(matrix.shape[1]):
                count = int(matrix[row, column])
                item = QTableWidgetItem(integer(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                strength = count / peak
                right = row == column
                item.setBackground(
                    QColor.fromRgbF(1 - 0.6 * strength, 1 - 0.4 * strength, 1.0)
                    if right
                    else QColor.fromRgbF(1.0, 1 - 0.7 * strength, 1 - 0.7 * strength)
                )
                # not the colour alone: the right answers in bold, and said
                if right:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                item.setToolTip(self.cell_text(count, names[row], names[column]))
                self.confusion.setItem(row, column, item)
        self.per_class.setText(
            self.tr("Accuracy per class: ")
            + ", ".join(
                # "7: 97 %" (the class, then its accuracy; NaN, no image: —)
                self.tr("%1: %2").replace("%1", names[i]).replace("%2", percent(value))
                for i, value in enumerate(evaluation.per_class)
            )
        )
        data = self.state.data()
        if data is None:
            self.mistakes.set_items([])
            return
        _, (x_test, _) = data
        self.mistakes.set_items(
            [
                (
                    x_test[i],
                    self.tr("%1 read as %2 (%3)")
                    .replace("%1", names[evaluation.labels[i]])
                    .replace("%2", names[evaluation.predicted[i]])
                    .replace("%3", percent(evaluation.confidence(i))),
                )
                for i in evaluation.mistakes
            ]
        )

    def render_headers(self, names: list[str]) -> None:
        """The class names on both axes, each header telling its axis on hover
        (a long name elided in a narrow column is read in full there)."""
        table = self.confusion
        for index, name in enumerate(names):
            column = QTableWidgetItem(name)
            column.setToolTip(self.tr("Predicted class: %1").replace("%1", name))
            table.setHorizontalHeaderItem(index, column)
            row = QTableWidgetItem(name)
            row.setToolTip(self.tr("True class: %1").replace("%1", name))
            table.setVerticalHeaderItem(index, row)

    def cell_text(self, count: int, true: str, predicted: str) -> str:
        """What a cell counts, with ✓ on the diagonal and ✗ off it."""
        if true == predicted:
            return "✓ " + self.tr("%1 images of %2 recognised").replace(
                "%1", integer(count)
            ).replace("%2", true)
        return "✗ " + self.tr("%1 images of %2 read as %3").replace(
            "%1", integer(count)
        ).replace("%2", true).replace("%3", predicted)

    def render_cell(self) -> None:
        evaluation, data = self.state.evaluation, self.state.data()
        if self.cell is None or evaluation is None or data is None:
            self.cell_label.setText("")
            self.cell_gallery.set_items([])
            return
        row, column = self.cell
        names = class_names(self.state.dataset)
        chosen = evaluation.cell(row, column)
        self.cell_label.setText(
            self.tr("%1 images of %2 predicted as %3:")
            .replace("%1", integer(len(chosen)))
            .replace("%2", names[row])
            .replace("%3", names[column])
        )
        _, (x_test, _) = data
        self.cell_gallery.set_items([(x_test[i], str(i)) for i in chosen[:CELL_SHOWN]])
