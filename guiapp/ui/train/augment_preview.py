"""A training image under eight draws of the chosen data augmentation."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
)

from .widgets import picture


class AugmentPreview(QDialog):
    """The image as it is, then eight copies as the training would see them."""

    COLUMNS = 3

    def __init__(self, original: np.ndarray, drawn: np.ndarray, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Augmentation preview"))
        label = QLabel(
            self.tr(
                "The first training image, then eight draws: at each batch the "
                "network sees its images changed this way, never twice the same."
            )
        )
        label.setWordWrap(True)
        grid = QGridLayout()
        shown = [(original, self.tr("as it is"))] + [
            (image, self.tr("draw %1").replace("%1", str(number + 1)))
            for number, image in enumerate(drawn)
        ]
        self.pictures = []
        for index, (image, caption) in enumerate(shown):
            made = picture(np.clip(image, 0, 1) * 255, "grey", caption, size=84)
            self.pictures.append(made)
            grid.addWidget(made, index // self.COLUMNS, index % self.COLUMNS)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(grid)
        layout.addWidget(buttons)
