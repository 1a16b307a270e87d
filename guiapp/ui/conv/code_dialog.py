"""The Show-code dialog: the NumPy lines behind what the tab shows."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

__all__ = ["CodeDialog"]


class CodeDialog(QDialog):
    """Read-only code with a Copy button."""

    def __init__(self, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("NumPy code for this result"))
        self.text = QPlainTextEdit(code)
        self.text.setReadOnly(True)
        # fixed width, at the size the projector zoom gives the window's text
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        zoomed = parent.font() if parent is not None else self.font()
        fixed.setPointSizeF(zoomed.pointSizeF())
        self.text.setFont(fixed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Runs as shown in Python where guiapp is installed:"))
        )
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def copy(self) -> None:
        """Put the code on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
