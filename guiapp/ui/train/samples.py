"""The Samples page: the first training images with their classes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ...ml import datasets
from ..common.numbers import integer
from .names import class_names
from .state import TrainState
from .widgets import Gallery

__all__ = ["SamplesPage"]

SHOWN = 32

#: this page's name in the document
PAGE = "samples"


class SamplesPage(QScrollArea):
    """32 training images and how the course prepares them."""

    def __init__(self, state: TrainState, parent=None):
        super().__init__(parent)
        self.state = state
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.gallery = Gallery()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.label)
        layout.addWidget(self.gallery)
        layout.addStretch(1)
        # as many images to a row as the width holds, scrolled down
        self.setWidgetResizable(True)
        self.setWidget(page)
        self._stale = True
        state.subscribe(self._on_state)
        self.render()

    def _on_state(self, name: str) -> None:
        if name in ("loaded", "dataset"):
            self._stale = True
        if self._stale and self.state.page == PAGE:
            self.render()  # 32 pictures: only when the page is shown

    def retranslate(self) -> None:
        self.render()

    def render(self) -> None:
        self._stale = False
        data = self.state.data()
        if data is None:
            self.gallery.set_items([])
            if datasets.is_installed(self.state.dataset):
                self.label.setText(self.tr("Loading the dataset…"))
            else:
                self.label.setText(
                    self.tr(
                        "Not installed. Import the files a teacher gave you, "
                        "or download it (needs the internet, once)."
                    )
                )
            return
        (x_train, y_train), (x_test, _) = data
        names = class_names(self.state.dataset)
        self.gallery.set_items(
            [
                (x_train[i], names[int(y_train[i])])
                for i in range(min(SHOWN, len(x_train)))
            ]
        )
        self.label.setText(
            self.tr(
                "%1 training and %2 test images, 28×28 grey. Preprocessing as the course: "
                "x/255 as float32, reshape (-1, 28, 28, 1), one-hot labels."
            )
            .replace("%1", integer(len(x_train)))
            .replace("%2", integer(len(x_test)))
        )
