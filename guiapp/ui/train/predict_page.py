"""The Predict page: the course's ``argmax(predict(test_X)[i])`` for a chosen
test image, and the prediction for a digit drawn with the mouse.

The predictions are jobs the tab starts; this page renders the document's
``prediction`` and ``drawing_prediction``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...ml.features import SALIENCY_METHODS
from ..common import bind
from ..common.fit import refit_combo_boxes
from ..common.number_box import IntegerBox
from ..common.numbers import percent
from ..common.texts import Texts
from ..image_view import ImagePane
from .canvas import DrawingCanvas
from .names import class_names
from .state import TrainState
from .widgets import ProbabilityPlot

__all__ = ["PredictPage"]


class TakesTheHeight(QWidget):
    """Holds ``child`` so that it takes the height its layout has to give,
    asking only its least: a wrapped title inside made the layout ask for the
    child's whole preferred height (a page of 1 100 pixels on a 650 pixel pane)."""

    def __init__(self, child: QWidget):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(child)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.setMaximumWidth(child.maximumWidth())  # a fixed width stays fixed
        self.child = child

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        child = self.child
        return child.minimumSize().expandedTo(child.minimumSizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        child = self.child
        width = child.sizeHint().boundedTo(child.maximumSize()).width()
        return QSize(width, self.minimumSizeHint().height())


class Section(QWidget):
    """A picture and what the network says of it: the sentence, then the bars.

    Beside each other when the page stacks its sections, one under the other
    when the page shows them side by side (:meth:`set_column`)."""

    def __init__(self, picture: QWidget, sentence: QLabel, bars: QWidget):
        super().__init__()
        self.picture = picture
        result = QWidget()
        column = QVBoxLayout(result)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(sentence)
        column.addWidget(bars, 1)
        self.result = result
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(result, 1)

    def set_column(self, column: bool) -> None:
        """The picture above the result (``column``), or beside it."""
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom
            if column
            else QBoxLayout.Direction.LeftToRight
        )
        self._layout.setAlignment(
            self.picture,
            Qt.AlignmentFlag.AlignHCenter if column else Qt.AlignmentFlag.AlignTop,
        )

    def column_width(self) -> int:
        """The least width of the section as a column."""
        return max(
            self.picture.minimumSizeHint()
            .expandedTo(self.picture.minimumSize())
            .width(),
            self.result.minimumSizeHint().width(),
        )


class PredictPage(QScrollArea):
    """A test image and a drawing, each with the network's probabilities.

    Side by side when the page is wide enough (a 1024 × 768 projector at
    150 %: the drawing's answer was under the test image's, below the fold),
    else one under the other."""

    def __init__(self, state: TrainState, parent=None):
        super().__init__(parent)
        self.state = state
        self.texts = texts = Texts()
        # one prediction per number typed; a number that is no test image's
        # is refused with a sentence, never taken as another one
        self.test_index = IntegerBox()
        self.test_index.setRange(0, 0)
        self.test_index.valueChanged.connect(self._on_index)
        self.test_image = ImagePane("", colorbar=False)
        self.test_image.setMinimumSize(160, 160)
        # the digit as big as the drawing's
        self.test_image.graphics.setMinimumHeight(DrawingCanvas.SIZE)
        self.test_image.title.hide()  # the number's label above says it
        # short titles, on one line: each plot is under (or beside) its image
        self.test_bars = ProbabilityPlot(texts, title=lambda: self.tr("Probabilities"))
        self.prediction_label = QLabel()
        self.prediction_label.setWordWrap(True)
        self.canvas = DrawingCanvas()
        texts(
            lambda: self.canvas.setToolTip(
                self.tr(
                    "Draw a digit with the mouse (white on black, like MNIST). "
                    "Beside it, the 28 × 28 the network sees: your drawing "
                    "cropped, scaled to 20 × 20 and centred, as MNIST's digits "
                    "were made."
                )
            )
        )
        texts(lambda: self.canvas.setAccessibleName(self.tr("Drawing of a digit")))
        texts(lambda: self.canvas.setAccessibleDescription(self.canvas.toolTip()))
        self.clear_button = QPushButton()
        texts(lambda: self.clear_button.setText(self.tr("Clear")))
        self.clear_button.clicked.connect(self.canvas.clear)
        self.drawing_bars = ProbabilityPlot(
            texts, title=lambda: self.tr("Probabilities")
        )
        self.drawing_label = QLabel()
        self.drawing_label.setWordWrap(True)

        index_label = QLabel()
        texts(lambda: index_label.setText(self.tr("Test image:")))
        index_label.setBuddy(self.test_index)  # a screen reader names the box by it
        # the test image as wide as the canvas: the two sections line up
        self.test_image.setFixedWidth(self.canvas.width())
        # the image and the plots take the height there is, asking only their
        # least: the page scrolls only when that does not fit
        test_image = TakesTheHeight(self.test_image)
        test_bars = TakesTheHeight(self.test_bars.widget)
        drawing_bars = TakesTheHeight(self.drawing_bars.widget)

        # each picture under its heading: the test image's number, the
        # drawing's title and Clear (no row of its own: the room of the plots)
        index_row = QHBoxLayout()
        index_row.addWidget(index_label)
        index_row.addWidget(self.test_index)
        index_row.addStretch(1)
        test = QWidget()
        test_column = QVBoxLayout(test)
        test_column.setContentsMargins(0, 0, 0, 0)
        test_column.addLayout(index_row)
        test_column.addWidget(test_image, 1)
        test.setFixedWidth(self.canvas.width())
        # the drawing under its title and Clear: as high as the test image
        drawing_title = QLabel()
        texts(lambda: drawing_title.setText(self.tr("Your drawing")))
        heading = QHBoxLayout()
        heading.addWidget(drawing_title, 1)
        heading.addWidget(self.clear_button)
        drawing = QWidget()
        canvas_column = QVBoxLayout(drawing)
        canvas_column.setContentsMargins(0, 0, 0, 0)
        canvas_column.addLayout(heading)
        canvas_column.addWidget(self.canvas)
        drawing.setFixedWidth(self.canvas.width())
        self.test_section = Section(test, self.prediction_label, test_bars)
        self.drawing_section = Section(drawing, self.drawing_label, drawing_bars)
        self._sections = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._sections.addWidget(self.test_section, 1)
        self._sections.addWidget(self.drawing_section, 1)
        #: the sections are side by side
        self.side_by_side = False
        # where the network looked: a map over both pictures (saliency)
        self.saliency_combo = QComboBox()
        for method in SALIENCY_METHODS:
            self.saliency_combo.addItem("", method)
        bind.combo_box(state, "saliency", self.saliency_combo)
        texts(self._name_saliency_methods)
        saliency_label = QLabel()
        texts(lambda: saliency_label.setText(self.tr("Where it looked:")))
        saliency_label.setBuddy(self.saliency_combo)
        texts(
            lambda: self.saliency_combo.setToolTip(
                self.tr(
                    "An orange map over the test image and over the 28 × 28 of "
                    "your drawing: the pixels that moved the network's answer "
                    "most. Gradients: how much the answer's score changes with "
                    "each pixel. SmoothGrad: the same, averaged over 16 noisy "
                    "copies (steadier). Grad-CAM: where the last convolution "
                    "looked (a network with a convolution)."
                )
            )
        )
        saliency_row = QHBoxLayout()
        saliency_row.addWidget(saliency_label)
        saliency_row.addWidget(self.saliency_combo)
        saliency_row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(saliency_row)
        layout.addLayout(self._sections, 1)
        # scrolls when the zoom makes it taller (or wider) than its pane
        self.setWidgetResizable(True)
        self.setWidget(page)

        state.subscribe(self._on_state)
        self.render()

    # ---- the arrangement: side by side when the width allows
    def columns_width(self) -> int:
        """The least width that shows the sections side by side."""
        margins = self.widget().layout().contentsMargins()
        return (
            self.test_section.column_width()
            + self.drawing_section.column_width()
            + max(self._sections.spacing(), 0)
            + margins.left()
            + margins.right()
        )

    def arrange(self) -> None:
        """Side by side if the page is wide enough, with room kept for a
        vertical scroll bar (else showing one could make it switch back)."""
        room = (
            self.width()
            - 2 * self.frameWidth()
            - self.verticalScrollBar().sizeHint().width()
        )
        side_by_side = room >= self.columns_width()
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        self._sections.setDirection(
            QBoxLayout.Direction.LeftToRight
            if side_by_side
            else QBoxLayout.Direction.TopToBottom
        )
        for section in (self.test_section, self.drawing_section):
            section.set_column(side_by_side)

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.arrange()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # the zoom: once the children have the new font, measure again
            QTimer.singleShot(0, self, self.arrange)

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render()

    def _name_saliency_methods(self) -> None:
        names = {
            "none": self.tr("nowhere (no map)"),
            "gradients": self.tr("gradients"),
            "smoothgrad": self.tr("SmoothGrad"),
            "grad_cam": self.tr("Grad-CAM"),
        }
        for index in range(self.saliency_combo.count()):
            method = self.saliency_combo.itemData(index)
            self.saliency_combo.setItemText(index, names[method])
        refit_combo_boxes(self)

    # ---- edits
    def _on_index(self, value: int) -> None:
        self.state.test_index = value

    # ---- rendering
    def _on_state(self, name: str) -> None:
        if name in ("loaded", "dataset", "test_index"):
            self.render_index()
        elif name == "prediction":
            self.render_prediction()
        elif name == "drawing_prediction":
            self.render_drawing()
        elif name == "fitting" or (name == "training" and not self.state.fitting):
            self.render_prediction()  # "Train a network first.", "Training…" or not

    def render(self) -> None:
        self.render_index()
        self.render_prediction()
        self.render_drawing()

    def render_index(self) -> None:
        count = self.state.test_count()
        self.test_index.blockSignals(True)
        self.test_index.setRange(0, max(count - 1, 0))
        self.test_index.setValue(self.state.test_index)
        self.test_index.blockSignals(False)

    def render_prediction(self) -> None:
        prediction = self.state.prediction
        names = class_names(self.state.dataset)
        if prediction is None:
            self.test_bars.show(None, names)
            if self.state.fitting:
                text = self.tr("Training: the prediction comes when the run ends.")
            elif self.state.model is None:
                text = self.tr("Train a network first.")
            else:
                text = ""
            self.prediction_label.setText(text)
            return
        self.test_image.set_image(prediction.image.astype(float), "grey")
        self.test_image.set_overlay(prediction.saliency)
        self.test_bars.show(prediction.probabilities, names)
        guess = prediction.guess
        # right or wrong said by a sign, not left to the reader's comparison
        sign = "✓ " if guess == prediction.label else "✗ "
        self.prediction_label.setText(
            sign
            + self.tr("argmax(predict(test_X)[%1]) = %2 (%3), the true label is %4.")
            .replace("%1", str(prediction.index))
            .replace("%2", str(guess))
            .replace("%3", names[guess])
            .replace("%4", names[prediction.label])
            + self._saliency_note(prediction)
        )

    def _saliency_note(self, prediction) -> str:
        if prediction.saliency_note == "convolution":
            return " " + self.tr(
                "Grad-CAM needs a network with a convolution: choose gradients."
            )
        return ""

    def render_drawing(self) -> None:
        prediction = self.state.drawing_prediction
        names = class_names(self.state.dataset)
        if prediction is None:
            self.drawing_bars.show(None, names)
            self.drawing_label.setText(self.tr("Draw a digit with the mouse."))
            return
        self.drawing_bars.show(prediction.probabilities, names)
        self.canvas.set_saliency(prediction.saliency)
        self.drawing_label.setText(
            self.tr("Your drawing looks like %1 (%2).")
            .replace("%1", names[prediction.guess])
            .replace("%2", percent(prediction.confidence))
            + self._saliency_note(prediction)
        )
