"""The Predict page: the course's ``argmax(predict(test_X)[i])`` for a chosen
test image, and the prediction for a digit drawn with the mouse.

The predictions are jobs the tab starts; this page renders the document's
``prediction`` and ``drawing_prediction``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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


class PredictPage(QScrollArea):
    """A test image and a drawing, each with the network's probabilities."""

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
        self.test_image.setMinimumSize(200, 200)
        texts(lambda: self.test_image.title.setText(self.tr("Test image")))
        self.test_bars = ProbabilityPlot(
            texts, title=lambda: self.tr("Probabilities for the test image")
        )
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
            texts, title=lambda: self.tr("Probabilities for your drawing")
        )
        self.drawing_label = QLabel()
        self.drawing_label.setWordWrap(True)

        index_label = QLabel()
        texts(lambda: index_label.setText(self.tr("Test image number:")))
        index_label.setBuddy(self.test_index)  # a screen reader names the box by it
        # the test image as wide as the canvas under it: the two plots line up
        self.test_image.setFixedWidth(self.canvas.width())
        # the image and the plots take the height there is, asking only their
        # least: the page scrolls only when that does not fit
        test_image = TakesTheHeight(self.test_image)
        test_bars = TakesTheHeight(self.test_bars.widget)
        drawing_bars = TakesTheHeight(self.drawing_bars.widget)

        row = QHBoxLayout()
        row.addWidget(index_label)
        row.addWidget(self.test_index)
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(test_image)
        top.addWidget(test_bars, 1)
        bottom = QHBoxLayout()
        canvas_column = QVBoxLayout()
        canvas_column.addWidget(self.canvas)
        canvas_column.addWidget(self.clear_button)
        canvas_column.addStretch(1)
        bottom.addLayout(canvas_column)
        bottom.addWidget(drawing_bars, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addLayout(top, 1)
        layout.addWidget(self.prediction_label)
        layout.addLayout(bottom, 1)
        layout.addWidget(self.drawing_label)
        # scrolls when the zoom makes it taller (or wider) than its pane
        self.setWidgetResizable(True)
        self.setWidget(page)

        state.subscribe(self._on_state)
        self.render()

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render()

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
        )

    def render_drawing(self) -> None:
        prediction = self.state.drawing_prediction
        names = class_names(self.state.dataset)
        if prediction is None:
            self.drawing_bars.show(None, names)
            self.drawing_label.setText(
                self.tr("Draw a digit: the prediction changes as you draw.")
            )
            return
        self.drawing_bars.show(prediction.probabilities, names)
        self.drawing_label.setText(
            self.tr("Your drawing looks like %1 (%2).")
            .replace("%1", names[prediction.guess])
            .replace("%2", percent(prediction.confidence))
        )
