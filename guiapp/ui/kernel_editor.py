"""The old kernel editor of guiapp/ui/conv_tab.py (legacy: delete it with that module).

The convolution tab's editor is now guiapp.ui.conv.kernel_editor, bound to the
tab's state with SetValues undo commands; parse_number and format_number live in
guiapp.core.kernels.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import kernels
from ..core.kernels import format_number, parse_number  # noqa: F401 (rnn_tab)
from .common.undo import SetValues

MAX_SIZE = 11


def preset_labels() -> dict[str, str]:
    """Display names of the kernel presets, in the user's language."""
    return {
        "identity": QCoreApplication.translate("Kernels", "Identity"),
        "box_blur": QCoreApplication.translate("Kernels", "Box blur (mean)"),
        "gaussian": QCoreApplication.translate("Kernels", "Gaussian blur"),
        "sharpen": QCoreApplication.translate("Kernels", "Sharpen"),
        "laplacian": QCoreApplication.translate("Kernels", "Laplacian"),
        "sobel_x": QCoreApplication.translate("Kernels", "Sobel x (vertical edges)"),
        "sobel_y": QCoreApplication.translate("Kernels", "Sobel y (horizontal edges)"),
        "prewitt_x": QCoreApplication.translate("Kernels", "Prewitt x"),
        "prewitt_y": QCoreApplication.translate("Kernels", "Prewitt y"),
        "emboss": QCoreApplication.translate("Kernels", "Emboss"),
        "course_a": QCoreApplication.translate("Kernels", "Course kernel A (3×3)"),
        "course_b": QCoreApplication.translate("Kernels", "Course kernel B (3×3)"),
        "course_c": QCoreApplication.translate("Kernels", "Course kernel C (5×5)"),
    }


class OddSpinBox(QSpinBox):
    """A spin box for kernel sizes that refuses even numbers, and says why."""

    sig_refused = Signal(str)
    """A typed value was refused; the argument is the reason for the user."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRange(1, MAX_SIZE)
        self.setSingleStep(2)

    def validate(self, text, pos):
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Acceptable and int(text) % 2 == 0:
            self.sig_refused.emit(
                self.tr(
                    "A kernel has an odd size (1, 3, 5 … 11) so that it has a centre pixel."
                )
            )
            return QValidator.State.Intermediate, text, pos
        return state, text, pos

    def fixup(self, text):
        try:
            value = int(text)
        except ValueError:
            return str(self.value())
        return str(min(value + 1, MAX_SIZE) if value % 2 == 0 else value)


class KernelEditor(QWidget):
    """Edit an F x F kernel; every change can be undone (Ctrl+Z)."""

    sig_changed = Signal()
    """The kernel, or the flip switch, changed."""

    sig_message = Signal(str)
    """A message for the user (a refused value and why); empty clears it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._kernel = kernels.preset("sobel_x")
        self._preset = "sobel_x"
        self._updating = False

        self.size_spin = OddSpinBox()
        self.size_spin.setToolTip(
            self.tr(
                "F, the kernel size. Each output pixel sees an F×F window of the input."
            )
        )
        self.preset_combo = QComboBox()
        self.preset_combo.setToolTip(
            self.tr("Classic filters and the course's kernels A, B and C.")
        )
        self.preset_combo.addItem(self.tr("Custom"), "custom")
        for name, label in preset_labels().items():
            self.preset_combo.addItem(label, name)

        self.table = QTableWidget()
        self.table.setToolTip(
            self.tr(
                "The kernel's weights. Type a number (-1, 0.5, 0,5 or 1/9); the result "
                "updates at once. Ctrl+Z undoes."
            )
        )
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)

        self.normalise_button = QPushButton(self.tr("Normalise"))
        self.normalise_button.setToolTip(
            self.tr(
                "Divide by the sum of the weights, so a flat image keeps its brightness "
                "(by the sum of absolute values when the weights sum to 0)."
            )
        )
        self.flip_check = QCheckBox(self.tr("Flip kernel (true convolution)"))
        self.flip_check.setToolTip(
            self.tr(
                "CNNs compute a cross-correlation: the kernel is used as is. True "
                "convolution flips it left-right and up-down first. For a symmetric "
                "kernel both give the same result; try Sobel x or the course's kernel B."
            )
        )
        self.sum_label = QLabel()

        form = QFormLayout()
        form.addRow(self.tr("Preset:"), self.preset_combo)
        form.addRow(self.tr("Size F:"), self.size_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.normalise_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sum_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.flip_check)

        self._apply(self._kernel, self._preset, False)
        self.size_spin.valueChanged.connect(self._on_size)
        self.size_spin.sig_refused.connect(self.sig_message)
        self.preset_combo.activated.connect(self._on_preset)
        self.table.itemChanged.connect(self._on_item)
        self.normalise_button.clicked.connect(self._on_normalise)
        self.flip_check.toggled.connect(self._on_flip)

    # ---- public API
    def kernel(self) -> np.ndarray:
        """The kernel as typed (not flipped)."""
        return self._kernel.copy()

    def effective_kernel(self) -> np.ndarray:
        """The kernel the result uses: flipped when true convolution is on."""
        return (
            np.flip(self._kernel)
            if self.flip_check.isChecked()
            else self._kernel.copy()
        )

    def flipped(self) -> bool:
        return self.flip_check.isChecked()

    def preset(self) -> str:
        return self._preset

    def set_kernel(
        self, kernel, preset: str = "custom", text: str | None = None
    ) -> None:
        """Replace the kernel (undoable)."""
        kernel = np.array(kernel, dtype=float)
        self._push(kernel, preset, self.flipped(), text or self.tr("Set kernel"))

    def set_preset(self, name: str, size: int | None = None) -> None:
        """Load a preset by name (undoable)."""
        size = size or self._kernel.shape[0]
        self._push(
            kernels.preset(name, size),
            name,
            self.flipped(),
            self.tr("Preset %s") % preset_labels()[name],
        )

    def set_cell(self, row: int, col: int, text: str) -> bool:
        """Type ``text`` into a cell, as a user would; False if refused."""
        self.table.item(row, col).setText(text)
        return parse_number(text) is not None

    def set_flipped(self, flipped: bool) -> None:
        self.flip_check.setChecked(flipped)

    # ---- undoable changes
    @property
    def kernel_state(self):
        """(kernel, preset, flipped): what one undo step sets."""
        return (self._kernel.copy(), self._preset, self.flipped())

    def _push(self, kernel, preset, flipped, text):
        self.undo_stack.push(
            SetValues(
                self,
                {"kernel_state": (kernel, preset, flipped)},
                text,
                apply=lambda values: self._apply(*values["kernel_state"]),
            )
        )

    def _apply(self, kernel, preset, flipped):
        """Show a kernel state (called by undo commands and at start)."""
        self._updating = True
        try:
            self._kernel = np.array(kernel, dtype=float)
            self._preset = preset
            size = self._kernel.shape[0]
            self.size_spin.setValue(size)
            index = self.preset_combo.findData(preset)
            self.preset_combo.setCurrentIndex(max(index, 0))
            self.flip_check.setChecked(flipped)
            self.table.setRowCount(size)
            self.table.setColumnCount(size)
            labels = [str(i) for i in range(size)]  # kernel[a, b] from 0, as in NumPy
            self.table.setHorizontalHeaderLabels(labels)
            self.table.setVerticalHeaderLabels(labels)
            for r in range(size):
                for c in range(size):
                    item = QTableWidgetItem(format_number(self._kernel[r, c]))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(r, c, item)
            self.sum_label.setText(
                self.tr("Sum of weights: %s") % format_number(self._kernel.sum())
            )
        finally:
            self._updating = False
        self.sig_message.emit("")
        self.sig_changed.emit()

    # ---- widget slots
    def _on_size(self, size: int) -> None:
        if self._updating or size == self._kernel.shape[0] or size % 2 == 0:
            return
        if self._preset in ("identity", "box_blur", "gaussian"):
            new, preset = kernels.preset(self._preset, size), self._preset
        else:
            # keep the centre of the old kernel, pad or crop around it
            new, preset = np.zeros((size, size)), "custom"
            old = self._kernel
            n = min(size, old.shape[0])
            o, d = (old.shape[0] - n) // 2, (size - n) // 2
            new[d : d + n, d : d + n] = old[o : o + n, o : o + n]
        self._push(new, preset, self.flipped(), self.tr("Kernel size %d") % size)

    def _on_preset(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        if name == "custom":
            return
        self.set_preset(name)

    def _on_item(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        row, col = item.row(), item.column()
        value = parse_number(item.text())
        if value is None:
            bad = item.text()
            self._updating = True
            item.setText(format_number(self._kernel[row, col]))
            self._updating = False
            self.sig_message.emit(
                self.tr('"%s" is not a number. Type a number such as -1, 0.5 or 1/9.')
                % bad
            )
            return
        if value == self._kernel[row, col]:
            return
        new = self._kernel.copy()
        new[row, col] = value
        self._push(
            new,
            "custom",
            self.flipped(),
            self.tr("Cell (%d, %d) = %s") % (row, col, format_number(value)),
        )

    def _on_normalise(self) -> None:
        self._push(
            kernels.normalise(self._kernel),
            "custom",
            self.flipped(),
            self.tr("Normalise"),
        )

    def _on_flip(self, checked: bool) -> None:
        if self._updating:
            return
        self._updating = True
        self.flip_check.setChecked(not checked)  # the command sets it back
        self._updating = False
        self._push(
            self._kernel.copy(),
            self._preset,
            checked,
            self.tr("Flip kernel") if checked else self.tr("Unflip kernel"),
        )
