"""The convolution and pooling tab (course part 1, sections 2.1 and 2.2)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import QLocale, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import conv, pooling
from ..core.image import to_grey
from ..core.shapes import OutputSize, explain_conv, explain_pool
from ..images import ImageError, ImageTooLarge, load_image, supported_suffixes
from ..resources import SAMPLES, sample_path
from .image_view import ImagePane
from .kernel_editor import KernelEditor, format_number

PAGES = ("conv", "sobel", "pooling")


class ConvTab(QWidget):
    """Kernel convolution, Sobel edges and pooling on a loaded photo."""

    sig_state_changed = Signal()
    """Something worth remembering changed (image, kernel, settings)."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, parent: QWidget | None = None, quiet: bool = False):
        super().__init__(parent)
        # quiet: no modal dialog (--smoke, --screenshot); errors go to stderr
        self.quiet = quiet
        self.setAcceptDrops(True)
        self._image: np.ndarray | None = None
        self._image_path: Path | None = None
        self._image_label = ""
        self._grey: np.ndarray | None = None
        self._result: np.ndarray | None = None
        self._dirty = set(PAGES)
        self._pinned: tuple[int, int] | None = None
        self._anim_index = -1  # the last output pixel shown; -1: not sliding
        self._field_pixel: tuple[int, int] | None = None
        self.last_folder = ""

        self._build_controls()
        self._build_conv_page()
        self._build_sobel_page()
        self._build_pooling_page()

        self.pages = QTabWidget()
        self.pages.addTab(self.conv_page, self.tr("Convolution"))
        self.pages.addTab(self.sobel_page, self.tr("Sobel edges"))
        self.pages.addTab(self.pool_page, self.tr("Pooling"))
        self.pages.currentChanged.connect(self._refresh_current_page)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.controls)
        scroll.setMinimumWidth(430)
        # as needed: at a projector zoom of 150 % and more the panel is wider
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for combo in self.controls.findChildren(QComboBox):
            # long translated labels must not widen the panel past the screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 840])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self._anim_timer = QTimer(self)
        self._anim_timer.setInterval(40)
        self._anim_timer.timeout.connect(self._anim_tick)

        self.kernel_editor.sig_changed.connect(self._recompute)
        self.kernel_editor.sig_message.connect(self._show_message)
        self.stride_spin.valueChanged.connect(self._recompute)
        self.padding_spin.valueChanged.connect(self._recompute)
        self.display_combo.currentIndexChanged.connect(self._redraw_output)
        self.grey_combo.currentIndexChanged.connect(self._regrey)
        self.sample_combo.activated.connect(self._on_sample)

        self.open_sample("chelsea")
        self.show_receptive_field(0, 0)

    # ---- construction
    def _build_controls(self) -> None:
        self.controls = QWidget()
        column = QVBoxLayout(self.controls)

        image_box = QGroupBox(self.tr("Image"))
        self.sample_combo = QComboBox()
        self.sample_combo.setToolTip(
            self.tr("Photos shipped with guiapp (CC0 / public domain).")
        )
        self.sample_combo.addItem(
            self.tr("Chelsea the cat, 300×168 (the course's size)"), "chelsea"
        )
        self.sample_combo.addItem(self.tr("Coffee cup"), "coffee")
        self.sample_combo.addItem(self.tr("Camera (grey)"), "camera")
        self.sample_combo.addItem(self.tr("Rocket launch"), "rocket")
        self.sample_combo.addItem(self.tr("Brick wall (grey)"), "brick")
        self.sample_combo.addItem(self.tr("Opened file"), "file")
        self.open_button = QPushButton(self.tr("Open image…"))
        self.open_button.setToolTip(
            self.tr(
                "Open a PNG, JPEG, BMP, GIF, TIFF or WebP file (Ctrl+O), or drop one on the window."
            )
        )
        self.open_button.clicked.connect(self.ask_open_image)
        self.grey_combo = QComboBox()
        self.grey_combo.addItem(self.tr("Mean of R, G, B (as the course)"), "mean")
        self.grey_combo.addItem(
            self.tr("Luminance 0.299 R + 0.587 G + 0.114 B"), "luminance"
        )
        self.grey_combo.setToolTip(
            self.tr(
                "The course computes np.average(img, axis=2).astype(int). Luminance "
                "weighs green most, as the eye does."
            )
        )
        self.image_info = QLabel()
        self.image_info.setWordWrap(True)
        form = QFormLayout(image_box)
        form.addRow(self.tr("Sample:"), self.sample_combo)
        form.addRow(self.open_button)
        form.addRow(self.tr("Grey:"), self.grey_combo)
        form.addRow(self.image_info)
        column.addWidget(image_box)

        kernel_box = QGroupBox(self.tr("Kernel"))
        self.kernel_editor = KernelEditor()
        QVBoxLayout(kernel_box).addWidget(self.kernel_editor)
        column.addWidget(kernel_box)

        geometry_box = QGroupBox(self.tr("Stride and padding"))
        self.stride_spin = QSpinBox()
        self.stride_spin.setRange(1, 16)
        self.stride_spin.setToolTip(
            self.tr("S, the step of the window: S = 2 halves the output size.")
        )
        self.padding_spin = QSpinBox()
        self.padding_spin.setRange(0, 16)
        self.padding_spin.setToolTip(
            self.tr(
                "P, the width of the black (zero) border added around the input. "
                "With F = 3, P = 1 and S = 1 the output keeps the input's size."
            )
        )
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        form = QFormLayout(geometry_box)
        form.addRow(self.tr("Stride S:"), self.stride_spin)
        form.addRow(self.tr("Padding P:"), self.padding_spin)
        form.addRow(self.formula_label)
        column.addWidget(geometry_box)

        display_box = QGroupBox(self.tr("Display of the result"))
        self.display_combo = QComboBox()
        self.display_combo.addItem(
            self.tr("Diverging colours (blue < 0 < red)"), "diverging"
        )
        self.display_combo.addItem(self.tr("Absolute value"), "absolute")
        self.display_combo.addItem(
            self.tr("Divided by its maximum (as the course)"), "max"
        )
        self.display_combo.setToolTip(
            self.tr(
                "A kernel with negative weights gives negative values: choose how to see them."
            )
        )
        QVBoxLayout(display_box).addWidget(self.display_combo)
        column.addWidget(display_box)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        column.addWidget(self.message)

        self.code_button = QPushButton(self.tr("Show code"))
        self.code_button.setToolTip(
            self.tr("The NumPy lines that compute what is on screen (Ctrl+K).")
        )
        self.code_button.clicked.connect(self.show_code)
        column.addWidget(self.code_button)
        column.addStretch(1)

    def _build_conv_page(self) -> None:
        self.conv_page = QWidget()
        self.input_pane = ImagePane(self.tr("Input (grey)"))
        self.output_pane = ImagePane(self.tr("Output"))
        self.output_pane.sig_hovered.connect(self._on_output_hovered)
        self.output_pane.sig_clicked.connect(self._on_output_clicked)
        views = QSplitter(Qt.Orientation.Horizontal)
        views.addWidget(self.input_pane)
        views.addWidget(self.output_pane)

        field_box = QGroupBox(self.tr("Receptive field"))
        self.field_help = QLabel(
            self.tr(
                "Hover over the output to see the F×F window of the input that makes "
                "each pixel; click to pin it. Each output pixel is the sum of "
                "window × kernel."
            )
        )
        self.field_help.setWordWrap(True)
        self.patch_table = self._small_table()
        self.products_table = self._small_table()
        self.sum_label = QLabel()
        self.sum_label.setWordWrap(True)
        tables = QHBoxLayout()
        patch_column = QVBoxLayout()
        patch_column.addWidget(QLabel(self.tr("Window of the input")))
        patch_column.addWidget(self.patch_table)
        products_column = QVBoxLayout()
        products_column.addWidget(QLabel(self.tr("Window × kernel")))
        products_column.addWidget(self.products_table)
        tables.addLayout(patch_column)
        tables.addLayout(products_column)

        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(
            self.tr(
                "Slide the window over the image and build the output (Ctrl+Space)."
            )
        )
        # Ctrl+: plain Space and arrows belong to the kernel grid and spin boxes
        self.play_button.setShortcut("Ctrl+Space")
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(
            self.tr("Move the window by one output pixel (Ctrl+Right).")
        )
        self.step_button.setShortcut("Ctrl+Right")
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Stop and show the whole output."))
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(1, 400)
        self.speed_slider.setValue(20)
        self.speed_slider.setToolTip(self.tr("Output pixels per frame while playing."))
        self.play_button.toggled.connect(self._on_play)
        self.step_button.clicked.connect(self.step_animation)
        self.reset_button.clicked.connect(self.reset_animation)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.step_button)
        controls.addWidget(self.reset_button)
        controls.addWidget(QLabel(self.tr("Speed:")))
        controls.addWidget(self.speed_slider, 1)

        field_layout = QVBoxLayout(field_box)
        field_layout.addWidget(self.field_help)
        field_layout.addLayout(tables)
        field_layout.addWidget(self.sum_label)
        field_layout.addLayout(controls)

        field_box.setMinimumHeight(250)
        page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(views)
        page.addWidget(field_box)
        page.setChildrenCollapsible(False)
        page.setStretchFactor(0, 3)
        page.setStretchFactor(1, 1)
        QVBoxLayout(self.conv_page).addWidget(page)

    def _small_table(self) -> QTableWidget:
        table = QTableWidget()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setMinimumSectionSize(20)
        table.horizontalHeader().setDefaultSectionSize(52)
        table.verticalHeader().setDefaultSectionSize(22)
        table.setMinimumHeight(90)
        return table

    def _build_sobel_page(self) -> None:
        # The image panes of this page and the pooling page are made the first
        # time the page is shown: eight pyqtgraph views would add about 130 ms
        # to start-up (benchmarks/bench_startup.py).
        self.sobel_page = QWidget()
        self.sobel_grid = QGridLayout()
        self.gx_pane = self.gy_pane = self.magnitude_pane = self.direction_pane = None
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        self.threshold_slider.setRange(0, 100)
        self.threshold_slider.setToolTip(
            self.tr(
                "Keep only pixels whose magnitude is at least this share of the maximum: an edge map."
            )
        )
        self.threshold_label = QLabel()
        self.threshold_slider.valueChanged.connect(lambda: self._page_changed("sobel"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Threshold:")))
        row.addWidget(self.threshold_slider, 1)
        row.addWidget(self.threshold_label)
        layout = QVBoxLayout(self.sobel_page)
        layout.addLayout(self.sobel_grid, 1)
        layout.addLayout(row)

    def _ensure_sobel_panes(self) -> None:
        if self.gx_pane is not None:
            return
        self.gx_pane = ImagePane(self.tr("gx = image ⋆ Sobel x"))
        self.gy_pane = ImagePane(self.tr("gy = image ⋆ Sobel y"))
        self.magnitude_pane = ImagePane(self.tr("Magnitude √(gx² + gy²) / max"))
        self.direction_pane = ImagePane(self.tr("Direction atan2(gy, gx) in degrees"))
        for index, pane in enumerate(self._sobel_panes()):
            self.sobel_grid.addWidget(pane, index // 2, index % 2)
            if index:
                pane.view.setXLink(self.gx_pane.view)
                pane.view.setYLink(self.gx_pane.view)

    def _sobel_panes(self):
        return (self.gx_pane, self.gy_pane, self.magnitude_pane, self.direction_pane)

    def _build_pooling_page(self) -> None:
        self.pool_page = QWidget()
        self.pool_source = QComboBox()
        self.pool_source.addItem(self.tr("Grey image"), "grey")
        self.pool_source.addItem(self.tr("Convolution output"), "conv")
        self.pool_size = QSpinBox()
        self.pool_size.setRange(1, 32)
        self.pool_size.setValue(4)
        self.pool_size.setToolTip(
            self.tr(
                "F, the side of each square cell. The course uses F = 4, and F = 2 in general."
            )
        )
        self.pool_stride = QSpinBox()
        self.pool_stride.setRange(1, 32)
        self.pool_stride.setValue(4)
        self.pool_stride.setToolTip(
            self.tr("S, the distance between cells. S = F: cells do not overlap.")
        )
        self.pool_formula = QLabel()
        self.pool_formula.setWordWrap(True)
        self.pool_formula.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Pool:")))
        controls.addWidget(self.pool_source)
        controls.addWidget(QLabel(self.tr("Window F:")))
        controls.addWidget(self.pool_size)
        controls.addWidget(QLabel(self.tr("Stride S:")))
        controls.addWidget(self.pool_stride)
        controls.addStretch(1)
        self.pool_panes: dict[str, ImagePane] = {}
        self.pool_grid = QGridLayout()
        layout = QVBoxLayout(self.pool_page)
        layout.addLayout(controls)
        layout.addWidget(self.pool_formula)
        layout.addLayout(self.pool_grid, 1)
        for widget in (self.pool_size, self.pool_stride):
            widget.valueChanged.connect(lambda: self._page_changed("pooling"))
        self.pool_source.currentIndexChanged.connect(
            lambda: self._page_changed("pooling")
        )

    def _ensure_pool_panes(self) -> None:
        if self.pool_panes:
            return
        titles = {
            "max": self.tr("Max pooling"),
            "avg": self.tr("Average (mean) pooling"),
            "l2": self.tr("L2 norm √(Σ x²)"),
            "weighted": self.tr("Mean weighted by distance to the centre"),
        }
        self.pool_panes = {mode: ImagePane(titles[mode]) for mode in pooling.MODES}
        first = self.pool_panes["max"]
        for index, pane in enumerate(self.pool_panes.values()):
            self.pool_grid.addWidget(pane, index // 2, index % 2)
            if pane is not first:
                pane.view.setXLink(first.view)
                pane.view.setYLink(first.view)

    # ---- images
    def open_sample(self, name: str) -> None:
        """Show one of the bundled photos."""
        self._set_image(load_image(sample_path(name)), sample_path(name), name)

    def open_image(self, path: str | Path) -> bool:
        """Open an image file; on a bad file, say why and keep the current image."""
        path = Path(path)
        try:
            image = load_image(path)
        except ImageTooLarge as error:
            if self.quiet:
                print(f"guiapp: {error} Opening the smaller copy.", file=sys.stderr)
            answer = (
                QMessageBox.StandardButton.Yes
                if self.quiet
                else QMessageBox.question(
                    self,
                    self.tr("Large image"),
                    str(error) + "\n\n" + self.tr("Open the smaller copy?"),
                )
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                image = load_image(path, downscale=True)
            except ImageError as error2:
                self._refuse_image(str(error2))
                return False
        except ImageError as error:
            self._refuse_image(str(error))
            return False
        self.last_folder = str(path.parent)
        self._set_image(image, path, "file")
        return True

    def _refuse_image(self, message: str) -> None:
        self.sig_status.emit(message)
        if self.quiet:
            print(f"guiapp: {message}", file=sys.stderr)
        else:
            QMessageBox.warning(self, self.tr("Cannot open this image"), message)

    def ask_open_image(self) -> None:
        patterns = " ".join(f"*.{s}" for s in supported_suffixes())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open image"),
            self.last_folder,
            self.tr("Images (%s)") % patterns + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.open_image(path)

    def _set_image(self, image: np.ndarray, path: Path, sample: str) -> None:
        self._image = image
        self._image_path = Path(path)
        with QSignalBlocker(self.sample_combo):
            self.sample_combo.setCurrentIndex(self.sample_combo.findData(sample))
        self._regrey(autorange=True)
        self.sig_state_changed.emit()

    def _regrey(self, *_, autorange: bool = False) -> None:
        method = self.grey_combo.currentData()
        self._grey = to_grey(self._image, method)
        shape = tuple(self._image.shape)
        self.image_info.setText(
            self.tr("%1: %2, shape %3 → grey %4")
            .replace("%1", self._image_path.name)
            .replace("%2", str(self._image.dtype))
            .replace("%3", str(shape))
            .replace("%4", str(self._grey.shape))
        )
        self.grey_combo.setEnabled(self._image.ndim == 3)
        self.input_pane.set_image(self._grey, "grey", autorange=True)
        self._recompute(autorange=autorange)

    def _on_sample(self, index: int) -> None:
        name = self.sample_combo.itemData(index)
        if name == "file":
            self.ask_open_image()
        else:
            self.open_sample(name)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() and any(
            u.isLocalFile() for u in event.mimeData().urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event):
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_image(url.toLocalFile())
                event.acceptProposedAction()
                return

    # ---- computing
    def geometry(self) -> tuple[OutputSize, OutputSize]:
        """The course's formula for the output height and width, numbers put in."""
        f = self.kernel_editor.kernel().shape[0]
        s, p = self.stride_spin.value(), self.padding_spin.value()
        h, w = self._grey.shape
        return explain_conv(h, f, p, s), explain_conv(w, f, p, s)

    def result(self) -> np.ndarray | None:
        """The convolution output on screen (None while the settings are refused)."""
        return self._result

    def _recompute(self, *_, autorange: bool = False) -> None:
        if self._grey is None:
            return
        self.stop_animation()
        height, width = self.geometry()
        self._show_formula(height, width)
        if not (height.valid and width.valid):
            self._result = None
            self.output_pane.set_image(np.full((1, 1), np.nan), "diverging")
            self.output_pane.title.setText(
                self.tr("No output: see the reason on the left")
            )
            self._field_pixel = None
            self._clear_field()
            self._dirty = set(PAGES)
            self.sig_state_changed.emit()
            return
        self._show_message("")
        self._result = conv.correlate2d(
            self._grey,
            self.kernel_editor.effective_kernel(),
            self.stride_spin.value(),
            self.padding_spin.value(),
        )
        self._redraw_output(autorange=autorange)
        self._dirty = set(PAGES) - {"conv"}
        self._refresh_current_page()
        self._update_field()
        self.sig_state_changed.emit()

    def _redraw_output(self, *_, autorange: bool = False) -> None:
        if self._result is None:
            return
        f = self.kernel_editor.kernel().shape[0]
        self.output_pane.title.setText(
            self.tr("Output %1 × %2 (kernel %3×%4, S = %5, P = %6)")
            .replace("%1", str(self._result.shape[0]))
            .replace("%2", str(self._result.shape[1]))
            .replace("%3", str(f))
            .replace("%4", str(f))
            .replace("%5", str(self.stride_spin.value()))
            .replace("%6", str(self.padding_spin.value()))
        )
        self.output_pane.set_image(
            self._result, self.display_combo.currentData(), autorange=autorange
        )
        self.sig_state_changed.emit()

    def _show_formula(self, height: OutputSize, width: OutputSize) -> None:
        locale = QLocale()
        lines = [
            self.tr("Output size, (W − F + 2P)/S + 1:"),
            f"Hc = {height.text}",
            f"Wc = {width.text}",
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
            inputs = self._grey.size
            outputs = height.size * width.size
            lines.append(
                self.tr("Output %1 × %2 = %3 values (input: %4).")
                .replace("%1", str(height.size))
                .replace("%2", str(width.size))
                .replace("%3", locale.toString(outputs))
                .replace("%4", locale.toString(inputs))
            )
        else:
            f = self.kernel_editor.kernel().shape[0]
            h, w = self._grey.shape
            reason = (
                self.tr(
                    "No output: the %1×%1 kernel does not fit in the %2×%3 image with padding "
                    "%4. Add padding or choose a smaller kernel."
                )
                .replace("%1", str(f))
                .replace("%2", str(h))
                .replace("%3", str(w))
                .replace("%4", str(self.padding_spin.value()))
            )
            notes.append(reason)
            self._show_message(reason)
        text = "<br>".join(lines)
        if notes:
            text += "<br><span style='color:#a05000'>" + "<br>".join(notes) + "</span>"
        self.formula_label.setText(text)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        if text:
            self.sig_status.emit(text)

    # ---- pages
    def _refresh_current_page(self, *_):
        page = PAGES[self.pages.currentIndex()]
        if page in self._dirty:
            self._dirty.discard(page)
            if page == "sobel":
                self._update_sobel()
            elif page == "pooling":
                self._update_pooling()
        self.sig_state_changed.emit()

    def _page_changed(self, page: str) -> None:
        """A setting of ``page`` changed: redraw it now if shown, else when shown."""
        self._dirty.add(page)
        self._refresh_current_page()

    def _update_sobel(self, *_):
        if self._grey is None or min(self._grey.shape) < 3:
            return
        self._ensure_sobel_panes()
        gx, gy, magnitude, direction = conv.sobel(self._grey)
        threshold = self.threshold_slider.value() / 100
        self.threshold_label.setText(
            self.tr("%1 % of the maximum").replace(
                "%1", str(self.threshold_slider.value())
            )
        )
        self.gx_pane.set_image(gx, "diverging")
        self.gy_pane.set_image(gy, "diverging")
        degrees = np.degrees(direction)
        if threshold > 0:
            peak = magnitude.max() or 1.0
            edges = magnitude >= threshold * peak
            self.magnitude_pane.set_image(edges.astype(float), "binary")
            degrees = np.where(edges, degrees, np.nan)
        else:
            self.magnitude_pane.set_image(magnitude, "max")
        self.direction_pane.set_image(degrees, "cyclic", unit="°")

    def _update_pooling(self, *_):
        source_name = self.pool_source.currentData()
        source = self._result if source_name == "conv" else self._grey
        if source is None:
            return
        self._ensure_pool_panes()
        size, stride = self.pool_size.value(), self.pool_stride.value()
        h, w = source.shape
        hp, wp = explain_pool(h, size, stride), explain_pool(w, size, stride)
        locale = QLocale()
        lines = [
            self.tr("Output size, (W − F)/S + 1:"),
            f"Hp = {hp.text}",
            f"Wp = {wp.text}",
        ]
        if hp.valid and wp.valid:
            lines.append(
                self.tr("%1 values → %2 values (%3 × %4).")
                .replace("%1", locale.toString(source.size))
                .replace("%2", locale.toString(hp.size * wp.size))
                .replace("%3", str(hp.size))
                .replace("%4", str(wp.size))
            )
            if not (hp.whole and wp.whole):
                lines.append(
                    self.tr(
                        "Not whole: the last cells that do not fit are dropped (floor)."
                    )
                )
            for mode, pane in self.pool_panes.items():
                # an L2 norm of F*F grey pixels exceeds 255: each pane its own range
                shown = (
                    "auto"
                    if source_name == "grey"
                    else self.display_combo.currentData()
                )
                pane.set_image(pooling.pool2d(source, size, stride, mode), shown)
        else:
            lines.append(
                self.tr("The %1×%1 window does not fit in the %2×%3 input.")
                .replace("%1", str(size))
                .replace("%2", str(h))
                .replace("%3", str(w))
            )
        self.pool_formula.setText("<br>".join(lines))
        self.sig_state_changed.emit()

    # ---- receptive field
    def _on_output_hovered(self, row: int, col: int) -> None:
        if self._pinned is None and not self._anim_timer.isActive():
            self.show_receptive_field(row, col)

    def _on_output_clicked(self, row: int, col: int) -> None:
        self._pinned = None if self._pinned == (row, col) else (row, col)
        self.show_receptive_field(row, col)

    def show_receptive_field(self, row: int, col: int) -> float | None:
        """Highlight the input window of output pixel (row, col); return its sum."""
        if self._result is None:
            return None
        kernel = self.kernel_editor.effective_kernel()
        f = kernel.shape[0]
        stride, padding = self.stride_spin.value(), self.padding_spin.value()
        top, left = conv.receptive_window(row, col, f, stride, padding)
        self.input_pane.show_rect(top, left, f, f)
        self.output_pane.show_rect(row, col, 1, 1)
        patch, products, total = conv.window_products(
            self._grey, kernel, row, col, stride, padding
        )
        self._fill_table(self.patch_table, patch)
        self._fill_table(self.products_table, products)
        self.sum_label.setText(
            self.tr(
                "Output [%1, %2] = Σ window × kernel = %3   (window rows %4…%5, columns %6…%7)"
            )
            .replace("%1", str(row))
            .replace("%2", str(col))
            .replace("%3", format_number(round(total, 4)))
            .replace("%4", str(top))
            .replace("%5", str(top + f - 1))
            .replace("%6", str(left))
            .replace("%7", str(left + f - 1))
        )
        self._field_pixel = (row, col)
        return total

    def _fill_table(self, table: QTableWidget, values: np.ndarray) -> None:
        size = values.shape[0]
        table.setRowCount(size)
        table.setColumnCount(size)
        labels = [str(i) for i in range(size)]  # a, b from 0, as in NumPy
        table.setHorizontalHeaderLabels(labels)
        table.setVerticalHeaderLabels(labels)
        rows = min(size, 7)  # up to 7x7 without scrolling
        table.setMinimumHeight(rows * table.verticalHeader().defaultSectionSize() + 30)
        for r in range(size):
            for c in range(size):
                item = QTableWidgetItem(format_number(round(float(values[r, c]), 3)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)

    def _update_field(self) -> None:
        pixel = self._field_pixel
        if pixel is not None and self._result is not None:
            row = min(pixel[0], self._result.shape[0] - 1)
            col = min(pixel[1], self._result.shape[1] - 1)
            self.show_receptive_field(row, col)

    def _clear_field(self) -> None:
        self.input_pane.hide_rect()
        self.output_pane.hide_rect()
        for table in (self.patch_table, self.products_table):
            table.setRowCount(0)
        self.sum_label.clear()

    # ---- animation
    def _on_play(self, playing: bool) -> None:
        if playing and self._result is not None:
            if self._anim_index >= self._result.size - 1:
                self._anim_index = -1
            self.play_button.setText(self.tr("Pause"))
            self._anim_timer.start()
        else:
            self._anim_timer.stop()
            self.play_button.setText(self.tr("Play"))

    def _anim_tick(self) -> None:
        self._advance(self.speed_slider.value())

    def step_animation(self) -> None:
        """Move the sliding window by one output pixel."""
        self._advance(1)

    def _advance(self, count: int) -> None:
        if self._result is None:
            return
        total = self._result.size
        self._anim_index = min(self._anim_index + count, total - 1)
        partial = self._result.copy()
        partial.flat[self._anim_index + 1 :] = np.nan
        self.output_pane.set_image(partial, self.display_combo.currentData())
        row, col = divmod(self._anim_index, self._result.shape[1])
        self.show_receptive_field(row, col)
        if self._anim_index >= total - 1:
            self.play_button.setChecked(False)

    def stop_animation(self) -> None:
        self.play_button.setChecked(False)
        self._anim_index = -1

    def reset_animation(self) -> None:
        """Stop sliding and show the whole output."""
        self.stop_animation()
        self._redraw_output()

    # ---- code, export and state
    def code(self) -> str:
        """The NumPy code for the current page (see guiapp.core.codegen)."""
        from ..core.codegen import conv_code

        page = PAGES[self.pages.currentIndex()]
        return conv_code(
            str(self._image_path),
            self.grey_combo.currentData(),
            self._image.ndim == 3,
            self.kernel_editor.kernel(),
            self.stride_spin.value(),
            self.padding_spin.value(),
            self.kernel_editor.flipped(),
            pool=(
                self.pool_size.value(),
                self.pool_stride.value(),
                self.pool_source.currentData(),
            )
            if page == "pooling"
            else None,
            sobel=page == "sobel",
        )

    def show_code(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("NumPy code for this result"))
        text = QPlainTextEdit(self.code())
        text.setReadOnly(True)
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(text.toPlainText())
        )
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(
            QLabel(self.tr("Runs as shown in Python where guiapp is installed:"))
        )
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(720, 560)
        dialog.exec()

    def main_pane(self) -> ImagePane:
        """The pane an export saves: the output, the Sobel magnitude or max pooling."""
        page = PAGES[self.pages.currentIndex()]
        if page == "sobel":
            return self.magnitude_pane
        if page == "pooling":
            return self.pool_panes["max"]
        return self.output_pane

    def export_png(self, path: str) -> bool:
        return self.main_pane().export_png(path)

    def state(self) -> dict:
        """What to remember between runs (JSON-serialisable)."""
        sample = self.sample_combo.currentData()
        return {
            "image": str(self._image_path) if sample == "file" else f"sample:{sample}",
            "grey": self.grey_combo.currentData(),
            "kernel": self.kernel_editor.kernel().tolist(),
            "preset": self.kernel_editor.preset(),
            "flip": self.kernel_editor.flipped(),
            "stride": self.stride_spin.value(),
            "padding": self.padding_spin.value(),
            "display": self.display_combo.currentData(),
            "page": PAGES[self.pages.currentIndex()],
            "pool": [
                self.pool_size.value(),
                self.pool_stride.value(),
                self.pool_source.currentData(),
            ],
            "threshold": self.threshold_slider.value(),
            "last_folder": self.last_folder,
        }

    def restore(self, state: dict) -> None:
        """Put back a :meth:`state`; anything missing or invalid is skipped."""
        try:
            self.last_folder = str(state.get("last_folder", ""))
            image = str(state.get("image", "sample:chelsea"))
            if image.startswith("sample:") and image[7:] in SAMPLES:
                self.open_sample(image[7:])
            elif Path(image).is_file():
                try:
                    self._set_image(load_image(image), Path(image), "file")
                except ImageError:
                    pass
            for combo, key in (
                (self.grey_combo, "grey"),
                (self.display_combo, "display"),
            ):
                index = combo.findData(state.get(key))
                if index >= 0:
                    combo.setCurrentIndex(index)
            kernel = np.asarray(state.get("kernel", []), dtype=float)
            if (
                kernel.ndim == 2
                and kernel.shape[0] == kernel.shape[1]
                and kernel.shape[0] % 2 == 1
                and kernel.shape[0] <= 11
                and np.all(np.isfinite(kernel))
            ):
                self.kernel_editor._apply(
                    kernel, str(state.get("preset", "custom")), bool(state.get("flip"))
                )
            self.stride_spin.setValue(int(state.get("stride", 1)))
            self.padding_spin.setValue(int(state.get("padding", 0)))
            size, stride, source = state.get("pool", [4, 4, "grey"])
            self.pool_size.setValue(int(size))
            self.pool_stride.setValue(int(stride))
            self.pool_source.setCurrentIndex(max(0, self.pool_source.findData(source)))
            self.threshold_slider.setValue(int(state.get("threshold", 0)))
            page = state.get("page", "conv")
            if page in PAGES:
                self.pages.setCurrentIndex(PAGES.index(page))
        except (TypeError, ValueError):
            pass  # a damaged state must never stop the app from starting
        self.kernel_editor.undo_stack.clear()
