"""The kernel editor: size, presets, an editable grid, normalise, flip.

It shows the state's kernel and writes each edit as a SetValues command on the
tab's undo stack (kernel, preset and flip together), so Ctrl+Z undoes it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import kernels
from ...core.kernels import MAX_SIZE, parse_number
from ...core.messages import shorten
from ..common.number_box import IntegerBox
from ..common.numbers import cell, integer
from ..common.texts import Texts, set_item_texts
from ..common.undo import SetValues
from .state import ConvState

__all__ = [
    "WEIGHT_LIMIT",
    "CheckLabel",
    "KernelEditor",
    "OddSpinBox",
    "cell_value",
    "preset_labels",
]

#: rows of the kernel shown without scrolling (an 11×11 kernel scrolls)
VISIBLE_ROWS = 5

#: The largest weight (in absolute value) a kernel cell accepts: a larger one is
#: refused with a sentence. 121 cells of 10^6 on 255 stay far from overflow.
WEIGHT_LIMIT = kernels.WEIGHT_LIMIT


def cell_value(text: str) -> float | None:
    """The weight typed in a cell, or None if it is not one a cell accepts
    (not a number, or beyond ±:data:`WEIGHT_LIMIT`).

    >>> cell_value("1/9") == 1 / 9, cell_value("1e7"), cell_value("x")
    (True, None, None)
    """
    value = parse_number(text)
    return value if value is not None and abs(value) <= WEIGHT_LIMIT else None


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


class OddSpinBox(IntegerBox):
    """The kernel size F: an odd whole number from 1 to MAX_SIZE. An even or
    out-of-range size typed is refused with a sentence (``sig_refused``), and
    the kernel stays as it was."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRange(1, MAX_SIZE)
        self.setSingleStep(2)
        self.rule = self._odd
        self.advice = lambda: self.tr("type an odd whole number from %1 to %2.")

    def _odd(self, size: int) -> str:
        if size % 2:
            return ""
        return self.tr(
            "%1: %2 is even: a kernel has an odd size, so that it has a centre "
            "pixel; %3"
        )


class CheckLabel(QLabel):
    """The word-wrapped text of a check box (a QCheckBox's own text never wraps:
    at a projector zoom it widened the panel past the screen). A click on it
    toggles the box, as a click on the box's own text does."""

    def __init__(self, box: QCheckBox, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self.box.setAccessibleName(text)  # a screen reader names the box by it

    def mouseReleaseEvent(self, event):  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.click()
        super().mouseReleaseEvent(event)


class KernelEditor(QWidget):
    """Edit the state's F x F kernel; every change can be undone (Ctrl+Z)."""

    def __init__(
        self, state: ConvState, undo_stack: QUndoStack, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.state = state
        self.undo_stack = undo_stack
        self.texts = Texts()

        # typing 11 is one edit: not F = 1 (which loses the kernel), then 11
        self.size_spin = OddSpinBox()
        self.texts(
            lambda: self.size_spin.setToolTip(
                self.tr(
                    "F, the kernel size. Each output pixel sees an F×F window of the input."
                )
            )
        )
        self.preset_combo = QComboBox()
        self.texts(
            lambda: self.preset_combo.setToolTip(
                self.tr("Classic filters and the course's kernels A, B and C.")
            )
        )
        self.preset_combo.addItem("", "custom")
        for name in kernels.PRESETS:
            self.preset_combo.addItem("", name)
        self.texts(
            lambda: set_item_texts(
                self.preset_combo, [self.tr("Custom"), *preset_labels().values()]
            )
        )

        self.table = QTableWidget()
        self.texts(lambda: self.table.setAccessibleName(self.tr("Kernel weights")))
        self.texts(
            lambda: self.table.setToolTip(
                self.tr(
                    "The kernel's weights. Type a number (-1, 0.5, 0,5 or 1/9); the result "
                    "updates at once. Ctrl+Z undoes."
                )
            )
        )
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.normalise_button = QPushButton()
        self.texts(lambda: self.normalise_button.setText(self.tr("Normalise")))
        self.texts(
            lambda: self.normalise_button.setToolTip(
                self.tr(
                    "Divide by the sum of the weights, so a flat image keeps its brightness "
                    "(by the sum of absolute values when the weights sum to 0)."
                )
            )
        )
        self.flip_check = QCheckBox()
        self.flip_label = CheckLabel(self.flip_check)
        self.texts(
            lambda: self.flip_label.setText(self.tr("Flip kernel (true convolution)"))
        )

        def flip_tooltip() -> None:
            tip = self.tr(
                "CNNs compute a cross-correlation: the kernel is used as is. True "
                "convolution flips it left-right and up-down first. For a symmetric "
                "kernel both give the same result; try Sobel x or the course's kernel B."
            )
            self.flip_check.setToolTip(tip)
            self.flip_label.setToolTip(tip)

        self.texts(flip_tooltip)
        self.sum_label = QLabel()
        self.sum_label.setWordWrap(True)  # "Sum of weights: 0,1111" under a zoom

        form = QFormLayout()
        preset_label, size_label = QLabel(), QLabel()
        self.texts(lambda: preset_label.setText(self.tr("Preset:")))
        self.texts(lambda: size_label.setText(self.tr("Size F:")))
        form.addRow(preset_label, self.preset_combo)
        size_label.setBuddy(self.size_spin)  # it names the field, in a refusal too
        form.addRow(size_label, self.size_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.normalise_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sum_label)
        flip = QHBoxLayout()
        flip.addWidget(self.flip_check, 0, Qt.AlignmentFlag.AlignTop)
        flip.addWidget(self.flip_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(flip)

        self.render()
        self.size_spin.valueChanged.connect(self._on_size)
        self.size_spin.sig_refused.connect(self._refuse)
        self.preset_combo.activated.connect(self._on_preset)
        self.table.itemChanged.connect(self._on_item)
        self.normalise_button.clicked.connect(self._on_normalise)
        self.flip_check.toggled.connect(self._on_flip)
        state.subscribe(self._on_state_changed)

    # ---- public API
    def kernel(self) -> np.ndarray:
        """The kernel as typed (not flipped)."""
        return self.state.kernel_array()

    def effective_kernel(self) -> np.ndarray:
        """The kernel the result uses: flipped when true convolution is on."""
        return self.state.effective_kernel()

    def flipped(self) -> bool:
        return self.state.flip

    def preset(self) -> str:
        return self.state.preset

    def set_kernel(
        self, kernel, preset: str = "custom", text: str | None = None
    ) -> None:
        """Replace the kernel (undoable)."""
        self._push(
            kernel, preset, self.state.flip, text or (lambda: self.tr("Set kernel"))
        )

    def set_preset(self, name: str, size: int | None = None) -> None:
        """Load a preset by name (undoable); ``size`` for the sizeable ones."""
        self._push(
            kernels.preset(name, size or self.state.kernel_size()),
            name,
            self.state.flip,
            lambda: self.tr("Preset %s") % preset_labels()[name],
        )

    def set_size(self, size: int) -> None:
        """Resize the kernel to F = ``size`` (odd; undoable): a sizeable preset
        is made at that size, any other kernel keeps its centre."""
        old = self.state.kernel_array()
        if size == old.shape[0] or size % 2 == 0 or not 1 <= size <= MAX_SIZE:
            return
        preset = self.state.preset
        if preset in ("identity", "box_blur", "gaussian"):
            new = kernels.preset(preset, size)
        else:
            # keep the centre of the old kernel, pad or crop around it
            new, preset = np.zeros((size, size)), "custom"
            n = min(size, old.shape[0])
            o, d = (old.shape[0] - n) // 2, (size - n) // 2
            new[d : d + n, d : d + n] = old[o : o + n, o : o + n]
        self._push(
            new, preset, self.state.flip, lambda: self.tr("Kernel size %d") % size
        )

    def set_cell(self, row: int, col: int, text: str) -> bool:
        """Type ``text`` into a cell, as a user would; False if refused (then
        the cell shows its weight again and the notice says why, shortened)."""
        self.table.item(row, col).setText(text)
        return cell_value(text) is not None

    def set_flipped(self, flipped: bool) -> None:
        self.flip_check.setChecked(flipped)

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_table()  # the zoom: rows and columns for the new font

    def fit_table(self) -> None:
        """Rows and columns never narrower than a weight and its header in the
        current font; up to VISIBLE_ROWS rows shown without scrolling."""
        table = self.table
        metrics = table.fontMetrics()
        row = metrics.height() + 8
        table.verticalHeader().setMinimumSectionSize(row)
        table.horizontalHeader().setMinimumSectionSize(
            metrics.horizontalAdvance("-0.000") + 12
        )
        rows = min(max(table.rowCount(), 1), VISIBLE_ROWS)
        header = table.horizontalHeader().sizeHint().height()
        table.setMinimumHeight(header + rows * row + 2 * table.frameWidth())

    # ---- rendering the state
    def _on_state_changed(self, name: str) -> None:
        if name in ("kernel", "preset", "flip"):
            self.render()

    def render(self) -> None:
        """Show the state's kernel, preset and flip (not an edit)."""
        kernel = self.state.kernel_array()
        size = kernel.shape[0]
        with QSignalBlocker(self.size_spin):
            self.size_spin.setValue(size)
        with QSignalBlocker(self.preset_combo):
            self.preset_combo.setCurrentIndex(
                max(self.preset_combo.findData(self.state.preset), 0)
            )
        with QSignalBlocker(self.flip_check):
            self.flip_check.setChecked(self.state.flip)
        with QSignalBlocker(self.table):
            self.table.setRowCount(size)
            self.table.setColumnCount(size)
            labels = [str(i) for i in range(size)]  # kernel[a, b] from 0, as in NumPy
            self.table.setHorizontalHeaderLabels(labels)
            self.table.setVerticalHeaderLabels(labels)
            for r in range(size):
                for c in range(size):
                    item = QTableWidgetItem(cell(kernel[r, c]))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(r, c, item)
        self.fit_table()
        self.sum_label.setText(self.tr("Sum of weights: %s") % cell(kernel.sum()))

    # ---- edits
    def _push(self, kernel, preset: str, flip: bool, text) -> None:
        new = {
            "kernel": ConvState.kernel.coerce(kernel),
            "preset": preset,
            "flip": flip,
        }
        if all(getattr(self.state, name) == value for name, value in new.items()):
            return
        self.undo_stack.push(SetValues(self.state, new, text))

    def _refuse(self, reason: str) -> None:
        self.state.notice = reason

    def _on_size(self, size: int) -> None:
        self.set_size(size)

    def _on_preset(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        if name != "custom":
            self.set_preset(name)

    def _on_item(self, item: QTableWidgetItem) -> None:
        row, col = item.row(), item.column()
        kernel = self.state.kernel_array()
        typed = item.text()
        value = cell_value(typed)
        if value is None:
            with QSignalBlocker(self.table):
                item.setText(cell(kernel[row, col]))
            if parse_number(typed) is None:
                reason = self.tr(
                    '"%s" is not a number. Type a number such as -1, 0.5 or 1/9.'
                ) % shorten(typed)
            else:
                reason = (
                    self.tr('"%1" is too large: a weight is from -%2 to %2.')
                    .replace("%1", shorten(typed))
                    .replace("%2", integer(WEIGHT_LIMIT))
                )
            self._refuse(reason)
            return
        if value == kernel[row, col]:
            return
        kernel[row, col] = value
        self._push(
            kernel,
            "custom",
            self.state.flip,
            lambda: self.tr("Cell (%d, %d) = %s") % (row, col, cell(value)),
        )

    def _on_normalise(self) -> None:
        self._push(
            kernels.normalise(self.state.kernel_array()),
            "custom",
            self.state.flip,
            lambda: self.tr("Normalise"),
        )

    def _on_flip(self, checked: bool) -> None:
        self._push(
            self.state.kernel_array(),
            self.state.preset,
            checked,
            (lambda: self.tr("Flip kernel"))
            if checked
            else (lambda: self.tr("Unflip kernel")),
        )
