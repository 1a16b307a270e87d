"""The tab's left panel: the photo, the kernel, stride and padding with the
course's formula, the display of the result, Show code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.messages import shorten
from ..common import bind
from ..common.numbers import formula, integer
from ..common.texts import Texts, set_item_texts
from .kernel_editor import KernelEditor
from .state import DISPLAYS, ConvState

__all__ = ["ControlsPanel"]

#: how many characters of a file's name the panel echoes
NAME_LIMIT = 40


class ControlsPanel(QWidget):
    """Controls bound to the state; the formula and messages rendered from it.

    The tab connects the buttons (``open_button``, ``code_button``) and the
    sample list (``sample_combo.activated``) to its actions.
    """

    sig_status = Signal(str)
    """A message worth the status bar (why there is no output)."""

    def __init__(
        self, state: ConvState, undo_stack: QUndoStack, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.state = state
        self.texts = texts = Texts()
        column = QVBoxLayout(self)

        image_box = QGroupBox()
        texts(lambda: image_box.setTitle(self.tr("Image")))
        self.sample_combo = QComboBox()
        for name in ConvState.sample.choices:  # the labels below, in this order
            self.sample_combo.addItem("", name)
        texts(
            lambda: set_item_texts(
                self.sample_combo,
                [
                    self.tr("Chelsea the cat, 300×168 (the course's size)"),
                    self.tr("Coffee cup"),
                    self.tr("Camera (grey)"),
                    self.tr("Rocket launch"),
                    self.tr("Brick wall (grey)"),
                    self.tr("Opened file"),
                ],
            )
        )
        texts(
            lambda: self.sample_combo.setToolTip(
                self.tr("Photos shipped with guiapp (CC0 / public domain).")
            )
        )
        bind.follow(state, "sample", self.show_sample, self.sample_combo)
        self.open_button = QPushButton()
        texts(lambda: self.open_button.setText(self.tr("Open image…")))
        texts(
            lambda: self.open_button.setToolTip(
                self.tr(
                    "Open a PNG, JPEG, BMP, GIF, TIFF or WebP file (Ctrl+O), or drop one on the window."
                )
            )
        )
        self.grey_combo = QComboBox()
        for method in ConvState.grey_method.choices:
            self.grey_combo.addItem("", method)
        texts(
            lambda: set_item_texts(
                self.grey_combo,
                [
                    self.tr("Mean of R, G, B (as the course)"),
                    self.tr("Luminance 0.299 R + 0.587 G + 0.114 B"),
                ],
            )
        )
        texts(
            lambda: self.grey_combo.setToolTip(
                self.tr(
                    "The course computes np.average(img, axis=2).astype(int). Luminance "
                    "weighs green most, as the eye does."
                )
            )
        )
        bind.combo_box(state, "grey_method", self.grey_combo)
        self.image_info = bind.message_label()
        form = QFormLayout(image_box)
        sample_label, grey_label = QLabel(), QLabel()
        texts(lambda: sample_label.setText(self.tr("Sample:")))
        texts(lambda: grey_label.setText(self.tr("Grey:")))
        form.addRow(sample_label, self.sample_combo)
        form.addRow(self.open_button)
        form.addRow(grey_label, self.grey_combo)
        form.addRow(self.image_info)
        column.addWidget(image_box)

        kernel_box = QGroupBox()
        self.kernel_box = kernel_box
        texts(lambda: kernel_box.setTitle(self.tr("Kernel")))
        self.kernel_editor = KernelEditor(state, undo_stack)
        QVBoxLayout(kernel_box).addWidget(self.kernel_editor)
        column.addWidget(kernel_box)

        geometry_box = QGroupBox()
        self.geometry_box = geometry_box
        texts(lambda: geometry_box.setTitle(self.tr("Stride, padding, dilation")))
        self.stride_spin = bind.spin_box(state, "stride")
        texts(
            lambda: self.stride_spin.setToolTip(
                self.tr("S, the step of the window: S = 2 halves the output size.")
            )
        )
        self.padding_spin = bind.spin_box(state, "padding")
        texts(
            lambda: self.padding_spin.setToolTip(
                self.tr(
                    "P, the width of the black (zero) border added around the input. "
                    "With F = 3, P = 1 and S = 1 the output keeps the input's size."
                )
            )
        )
        self.dilation_spin = bind.spin_box(state, "dilation")
        texts(
            lambda: self.dilation_spin.setToolTip(
                self.tr(
                    "D, the distance between the kernel's taps: the window spans "
                    "D(F − 1) + 1 pixels and sees every D-th one. D = 2 with a 3×3 "
                    "kernel sees 5×5 with 9 weights."
                )
            )
        )
        self.formula_label = bind.message_label()
        self.formula_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        form = QFormLayout(geometry_box)
        stride_label, padding_label, dilation_label = QLabel(), QLabel(), QLabel()
        texts(lambda: stride_label.setText(self.tr("Stride S:")))
        texts(lambda: padding_label.setText(self.tr("Padding P:")))
        texts(lambda: dilation_label.setText(self.tr("Dilation D:")))
        # each label names its field (a screen reader, a refused number)
        stride_label.setBuddy(self.stride_spin)
        padding_label.setBuddy(self.padding_spin)
        dilation_label.setBuddy(self.dilation_spin)
        form.addRow(stride_label, self.stride_spin)
        form.addRow(padding_label, self.padding_spin)
        form.addRow(dilation_label, self.dilation_spin)
        form.addRow(self.formula_label)
        column.addWidget(geometry_box)

        display_box = QGroupBox()
        texts(lambda: display_box.setTitle(self.tr("Display of the result")))
        self.display_combo = QComboBox()
        for mode in DISPLAYS:
            self.display_combo.addItem("", mode)
        texts(
            lambda: set_item_texts(
                self.display_combo,
                [
                    self.tr("Diverging colours (blue < 0 < red)"),
                    self.tr("Absolute value"),
                    self.tr("Divided by its maximum (as the course)"),
                ],
            )
        )
        texts(
            lambda: self.display_combo.setToolTip(
                self.tr(
                    "A kernel with negative weights gives negative values: choose how to see them."
                )
            )
        )
        bind.combo_box(state, "display", self.display_combo)
        QVBoxLayout(display_box).addWidget(self.display_combo)
        column.addWidget(display_box)

        # a refusal echoes what was typed (shortened); the label never widens
        # the panel past the screen
        self.message = bind.message_label()
        # a palette colour: a style sheet stopped the label following the zoom
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
        self.message.setPalette(palette)
        column.addWidget(self.message)

        self.code_button = QPushButton()
        texts(lambda: self.code_button.setText(self.tr("Show code")))
        texts(
            lambda: self.code_button.setToolTip(
                self.tr("The NumPy lines that compute what is on screen (Ctrl+K).")
            )
        )
        column.addWidget(self.code_button)
        column.addStretch(1)

        for combo in self.findChildren(QComboBox):
            # long translated labels must not widen the panel past the screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        state.subscribe(self._on_state_changed)
        self.render()

    # ---- public API
    def show_sample(self, name: str) -> None:
        """Select ``name`` in the sample list (not an edit)."""
        index = self.sample_combo.findData(name)
        if index >= 0:
            self.sample_combo.setCurrentIndex(index)

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.kernel_editor.retranslate()
        self.render()

    # ---- rendering
    def _on_state_changed(self, name: str) -> None:
        if name == "results":
            self.render_formula()
            self.render_message()
        elif name in ("image_serial", "loading"):
            self.render_image_info()
        elif name == "notice":
            self.render_message()
        elif name == "page":
            self.render_page()

    def render(self) -> None:
        self.render_image_info()
        self.render_formula()
        self.render_message()
        self.render_page()

    def render_page(self) -> None:
        """The Sobel page uses its own two kernels, without stride or padding:
        the kernel and its geometry are greyed there, and say why."""
        sobel = self.state.page == "sobel"
        why = (
            self.tr("The Sobel page uses its own two kernels, Sobel x and y.")
            if sobel
            else ""
        )
        for box in (self.kernel_box, self.geometry_box):
            box.setEnabled(not sobel)
            box.setToolTip(why)

    def render_image_info(self) -> None:
        state = self.state
        if state.loading:
            self.image_info.setText(
                self.tr("Opening %1…").replace("%1", shorten(state.loading, NAME_LIMIT))
            )
            return
        if state.image is None:
            self.image_info.clear()
            return
        self.image_info.setText(
            self.tr("%1: %2, shape %3 → grey %4")
            .replace("%1", shorten(state.image_name(), NAME_LIMIT))
            .replace("%2", str(state.image.dtype))
            .replace("%3", str(tuple(state.image.shape)))
            .replace("%4", str(state.grey_shape()))
        )
        self.grey_combo.setEnabled(state.image.ndim == 3)

    def no_output_reason(self) -> str:
        """Why there is no convolution output, "" when there is one."""
        state = self.state
        if state.image is None or state.conv_valid():
            return ""
        h, w = state.grey_shape()
        return (
            self.tr(
                "No output: the %1×%1 kernel does not fit in the %2×%3 image with padding "
                "%4. Add padding or choose a smaller kernel."
            )
            .replace("%1", str(state.kernel_size()))
            .replace("%2", str(h))
            .replace("%3", str(w))
            .replace("%4", str(state.padding))
        )

    def render_message(self) -> None:
        text = self.no_output_reason() or self.state.notice
        if text != self.message.text() and text:
            self.sig_status.emit(text)
        self.message.setText(text)

    def render_formula(self) -> None:
        """The course's formula with the numbers put in, and what it means."""
        geometry = self.state.geometry()
        if geometry is None:
            self.formula_label.clear()
            return
        height, width = geometry
        lines = [
            self.tr("Output size, (W − F + 2P)/S + 1:")
            if self.state.dilation == 1
            else self.tr("Output size, (W + 2P − D(F − 1) − 1)/S + 1:"),
            f"Hc = {formula(height.text)}",
            f"Wc = {formula(width.text)}",
        ]
        notes = []
        for name, size, axis in (
            ("Hc", height, self.tr("row(s)")),
            ("Wc", width, self.tr("column(s)")),
        ):
            if size.valid and not size.whole:
                notes.append(
                    self.tr(
                        "%1 is not whole: the stride does not divide the padded input. The "
                        "window takes %2 steps and the last %3 %4 of the padded image are "
                        "never used; Keras also keeps the floor, %2."
                    )
                    .replace("%1", name)
                    .replace("%2", str(size.size))
                    .replace("%3", str(size.leftover))
                    .replace("%4", axis)
                )
        if height.valid and width.valid:
            h, w = self.state.grey_shape()
            lines.append(
                self.tr("Output %1 × %2 = %3 values (input: %4).")
                .replace("%1", str(height.size))
                .replace("%2", str(width.size))
                .replace("%3", integer(height.size * width.size))
                .replace("%4", integer(h * w))
            )
        else:
            notes.append(self.no_output_reason())
        text = "<br>".join(lines)
        if notes:
            text += "<br><span style='color:#a05000'>" + "<br>".join(notes) + "</span>"
        self.formula_label.setText(text)
