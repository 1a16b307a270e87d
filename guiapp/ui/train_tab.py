"""The training tab (course part 1, section 4): Keras in a background thread,
live plots, evaluation, predictions and a look inside the trained network."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..ml import datasets
from ..presets import PRESETS, preset
from .i18n import translate_message as tm
from .image_view import ImagePane, array_pixmap
from .workers import TaskRunner, TrainWorker, start_training

REDRAW_MS = 33  # live plots redraw at most about 30 times a second


def class_names(dataset: str) -> list[str]:
    """Class names in the user's language."""
    if dataset != "fashion-mnist":
        return [str(d) for d in range(10)]
    return [
        QCoreApplication.translate("FashionClasses", "T-shirt/top"),
        QCoreApplication.translate("FashionClasses", "Trouser"),
        QCoreApplication.translate("FashionClasses", "Pullover"),
        QCoreApplication.translate("FashionClasses", "Dress"),
        QCoreApplication.translate("FashionClasses", "Coat"),
        QCoreApplication.translate("FashionClasses", "Sandal"),
        QCoreApplication.translate("FashionClasses", "Shirt"),
        QCoreApplication.translate("FashionClasses", "Sneaker"),
        QCoreApplication.translate("FashionClasses", "Bag"),
        QCoreApplication.translate("FashionClasses", "Ankle boot"),
    ]


class Gallery(QWidget):
    """A grid of small images with captions (samples, mistakes, a confusion cell)."""

    def __init__(self, columns: int = 8, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setSpacing(4)
        self.items: list[tuple[np.ndarray, str]] = []

    def set_items(self, items: list[tuple[np.ndarray, str]]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.items = items
        for index, (image, caption) in enumerate(items):
            cell = QLabel()
            cell.setPixmap(array_pixmap(image, "grey", 56))
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(caption)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text.setWordWrap(True)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(cell)
            column.addWidget(text)
            self.grid.addWidget(box, index // self.columns, index % self.columns)


class DrawingCanvas(QWidget):
    """Draw a digit with the mouse; a 28x28 grey image like MNIST's."""

    sig_changed = Signal()
    """The drawing changed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedSize(196, 196)
        self.image = QImage(196, 196, QImage.Format.Format_Grayscale8)
        self.clear()
        self._last: QPointF | None = None
        self.setToolTip(
            self.tr("Draw a digit with the mouse (white on black, like MNIST).")
        )

    def clear(self) -> None:
        self.image.fill(0)
        self.update()
        self.sig_changed.emit()

    def array(self) -> np.ndarray:
        """The drawing as a 28x28 uint8 array."""
        small = self.image.scaled(
            28,
            28,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        small = small.convertToFormat(QImage.Format.Format_Grayscale8)
        buffer = np.frombuffer(small.constBits(), np.uint8, count=small.sizeInBytes())
        return buffer.reshape(28, small.bytesPerLine())[:, :28].copy()

    def draw_line(self, start: QPointF, end: QPointF) -> None:
        painter = QPainter(self.image)
        pen = QPen(
            QColor(255, 255, 255), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
        )
        painter.setPen(pen)
        painter.drawLine(start, end)
        painter.end()
        self.update()
        self.sig_changed.emit()

    def mousePressEvent(self, event):  # noqa: N802 (Qt override)
        self._last = event.position()
        self.draw_line(self._last, self._last)

    def mouseMoveEvent(self, event):  # noqa: N802 (Qt override)
        if self._last is not None:
            self.draw_line(self._last, event.position())
            self._last = event.position()

    def mouseReleaseEvent(self, event):  # noqa: N802 (Qt override)
        self._last = None

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.end()


class TrainTab(QWidget):
    """Train a network on MNIST or Fashion-MNIST and look at what it learned."""

    sig_state_changed = Signal()
    """A setting worth remembering changed."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self, parent: QWidget | None = None, quiet: bool = False, builder=None
    ):
        super().__init__(parent)
        self.quiet = quiet
        self.builder = builder  # the CNN builder tab, when there is one
        self.model = None
        self.model_key = None  # what the model was built from, to know when to rebuild
        self.data = (
            None  # (train (x, y), test (x, y)) raw uint8, for the chosen dataset
        )
        self.epochs_done = 0
        self._optimizer_settings: dict = {}
        self._thread = None
        self._worker = None
        self.tasks = TaskRunner(self)  # Keras work that is not training
        self._batches: list[float] = []
        self._batch_acc: list[float] = []
        self._epochs: dict[str, list[float]] = {}
        self._dirty = False
        self._run_start = 0.0
        self._run_batches = 0
        self._loss_top = 0.0
        self.allow_download = True  # a teacher's settings may hide Download
        self.last_folder = ""
        self._build()
        self._redraw = QTimer(self)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._redraw_plots)
        self._update_dataset_status()

    # ---- construction
    def _build(self) -> None:
        self.model_combo = QComboBox()
        self.model_combo.addItem(self.tr("The network of the CNN builder"), "builder")
        for name in PRESETS:
            self.model_combo.addItem(self.tr("Preset: %1").replace("%1", name), name)
        self.model_combo.setCurrentIndex(self.model_combo.findData("mnist-dense"))
        self.model_combo.setToolTip(
            self.tr("Train the network you built, or one of the course's.")
        )
        self.dataset_combo = QComboBox()
        self.dataset_combo.addItem(self.tr("MNIST, 5 000 digits (bundled)"), "mnist-5k")
        self.dataset_combo.addItem(self.tr("MNIST, full (70 000)"), "mnist")
        self.dataset_combo.addItem(
            self.tr("Fashion-MNIST, full (70 000)"), "fashion-mnist"
        )
        self.dataset_combo.currentIndexChanged.connect(self._update_dataset_status)
        self.dataset_status = QLabel()
        self.dataset_status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.setToolTip(
            self.tr(
                "A folder with the four original IDX .gz files, "
                "or an .npz (from a USB stick)."
            )
        )
        self.download_button = QPushButton(self.tr("Download…"))
        self.import_button.clicked.connect(self.ask_import)
        self.download_button.clicked.connect(self.ask_download)

        self.optimizer_combo = QComboBox()
        for name, label in (
            ("adam", "Adam"),
            ("rmsprop", "RMSprop"),
            ("sgd", self.tr("SGD with momentum 0.9")),
        ):
            self.optimizer_combo.addItem(label, name)
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setDecimals(5)
        self.lr_spin.setRange(0.00001, 1e6)  # huge values show a loss that explodes
        self.lr_spin.setSingleStep(0.0005)
        self.lr_spin.setValue(0.001)
        self.lr_spin.setToolTip(
            self.tr(
                "How big each step of gradient descent is. Too big: the loss "
                "explodes; too small: learning is slow."
            )
        )
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 4096)
        self.batch_spin.setValue(64)
        self.batch_spin.setToolTip(
            self.tr("Images per gradient step; the course uses 64.")
        )
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 500)
        self.epochs_spin.setValue(5)
        self.split_spin = QDoubleSpinBox()
        self.split_spin.setRange(0.0, 0.5)
        self.split_spin.setSingleStep(0.05)
        self.split_spin.setValue(0.1)
        self.split_spin.setToolTip(
            self.tr(
                "Share of the training images kept aside to check "
                "the network on images it does not learn from."
            )
        )
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setToolTip(
            self.tr(
                "The same seed gives the same initial weights: a run can be replayed."
            )
        )

        self.train_button = QPushButton(self.tr("Train"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.continue_button = QPushButton(self.tr("Continue"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.stop_button.setToolTip(self.tr("Stop after the current batch."))
        self.continue_button.setToolTip(
            self.tr("Train more epochs from where it stopped.")
        )
        self.reset_button.setToolTip(
            self.tr("Back to the same initial weights (same seed).")
        )
        self.train_button.clicked.connect(self.start_training)
        self.stop_button.clicked.connect(self.stop_training)
        self.continue_button.clicked.connect(lambda: self.start_training(resume=True))
        self.reset_button.clicked.connect(self.reset)
        self.progress = QProgressBar()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Save model…"))
        self.open_button = QPushButton(self.tr("Open model…"))
        self.script_button = QPushButton(self.tr("Export training script…"))
        self.save_button.clicked.connect(self.ask_save_model)
        self.open_button.clicked.connect(self.ask_open_model)
        self.script_button.clicked.connect(self.ask_export_script)

        form = QFormLayout()
        form.addRow(self.tr("Network:"), self.model_combo)
        form.addRow(self.tr("Dataset:"), self.dataset_combo)
        form.addRow(self.dataset_status)
        data_buttons = QHBoxLayout()
        data_buttons.addWidget(self.import_button)
        data_buttons.addWidget(self.download_button)
        form.addRow(data_buttons)
        form.addRow(self.tr("Optimizer:"), self.optimizer_combo)
        form.addRow(self.tr("Learning rate:"), self.lr_spin)
        form.addRow(self.tr("Batch size:"), self.batch_spin)
        form.addRow(self.tr("Epochs:"), self.epochs_spin)
        form.addRow(self.tr("Validation split:"), self.split_spin)
        form.addRow(self.tr("Seed:"), self.seed_spin)
        run_buttons = QGridLayout()
        run_buttons.addWidget(self.train_button, 0, 0)
        run_buttons.addWidget(self.stop_button, 0, 1)
        run_buttons.addWidget(self.continue_button, 1, 0)
        run_buttons.addWidget(self.reset_button, 1, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addLayout(run_buttons)
        column.addWidget(self.progress)
        column.addWidget(self.progress_label)
        column.addStretch(1)
        column.addWidget(self.save_button)
        column.addWidget(self.open_button)
        column.addWidget(self.script_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(380)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.pages = QTabWidget()
        self.pages.addTab(self._build_live_page(), self.tr("Learning curves"))
        self.pages.addTab(self._build_samples_page(), self.tr("Samples"))
        self.pages.addTab(self._build_evaluate_page(), self.tr("Evaluate"))
        self.pages.addTab(self._build_predict_page(), self.tr("Predict"))
        self.pages.addTab(self._build_inside_page(), self.tr("Inside the network"))
        self.pages.currentChanged.connect(self._on_page)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([390, 890])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._set_running(False)

    def _plot(
        self, title: str, y_label: str, legend_at_bottom: bool = False
    ) -> pg.PlotWidget:
        plot = pg.PlotWidget(title=title)
        plot.disableAutoRange()  # ranges are set per run (see _redraw_plots)
        plot.setBackground(self.palette().color(self.backgroundRole()))
        plot.showGrid(x=True, y=True, alpha=0.3)
        plot.setLabel("bottom", self.tr("epoch"))
        plot.setLabel("left", y_label)
        # where the curves are not: top right for the loss, bottom right for accuracy
        plot.addLegend(offset=(-10, -10) if legend_at_bottom else (-10, 10))
        plot.setMenuEnabled(False)
        return plot

    def _build_live_page(self) -> QWidget:
        self.loss_plot = self._plot(self.tr("Loss"), self.tr("loss"))
        self.acc_plot = self._plot(
            self.tr("Accuracy"), self.tr("accuracy"), legend_at_bottom=True
        )
        self.acc_plot.setYRange(0, 1)
        grey, blue, orange = (
            QColor(150, 150, 150),
            QColor(40, 90, 200),
            QColor(220, 110, 20),
        )
        batch = self.tr("training, mean so far in the epoch (per batch)")
        epoch, validation = self.tr("training, per epoch"), self.tr("validation")
        self.curves = {}
        for plot, metric in ((self.loss_plot, "loss"), (self.acc_plot, "accuracy")):
            self.curves[f"batch_{metric}"] = plot.plot(pen=pg.mkPen(grey), name=batch)
            for key, color, symbol, name in (
                (metric, blue, "o", epoch),
                (f"val_{metric}", orange, "s", validation),
            ):
                self.curves[key] = plot.plot(
                    pen=pg.mkPen(color, width=2),
                    symbol=symbol,
                    symbolSize=6,
                    symbolBrush=color,
                    name=name,
                )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.loss_plot)
        layout.addWidget(self.acc_plot)
        return page

    def _build_samples_page(self) -> QWidget:
        self.samples = Gallery(columns=8)
        self.samples_label = QLabel()
        self.samples_label.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.samples_label)
        layout.addWidget(self.samples)
        layout.addStretch(1)
        return page

    def _build_evaluate_page(self) -> QWidget:
        self.evaluate_button = QPushButton(self.tr("Evaluate on the test set"))
        self.evaluate_button.clicked.connect(self.evaluate)
        self.evaluate_label = QLabel(
            self.tr("Train a network, then evaluate it on images it never saw.")
        )
        self.evaluate_label.setWordWrap(True)
        self.evaluate_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.confusion = QTableWidget(10, 10)
        self.confusion.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.confusion.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.confusion.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.confusion.setToolTip(
            self.tr(
                "Rows: the true class; columns: the predicted class. "
                "Click a cell to see those images."
            )
        )
        self.confusion.cellClicked.connect(self.show_confusion_cell)
        self.per_class = QLabel()
        self.per_class.setWordWrap(True)
        self.cell_gallery = Gallery(columns=10)
        self.cell_label = QLabel()
        self.mistakes = Gallery(columns=10)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.evaluate_button)
        layout.addWidget(self.evaluate_label)
        layout.addWidget(QLabel(self.tr("Confusion matrix")))
        layout.addWidget(self.confusion, 2)
        layout.addWidget(self.per_class)
        layout.addWidget(self.cell_label)
        layout.addWidget(self.cell_gallery)
        layout.addWidget(QLabel(self.tr("The most confident mistakes")))
        layout.addWidget(self.mistakes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _build_predict_page(self) -> QWidget:
        self.test_index = QSpinBox()
        self.test_index.setRange(0, 0)
        self.test_index.valueChanged.connect(self.predict_test_image)
        self.test_image = ImagePane(self.tr("Test image"), colorbar=False)
        self.test_image.setMinimumSize(200, 200)
        self.prob_plot = self._bar_plot(self.tr("Probabilities for the test image"))
        self.prediction_label = QLabel()
        self.prediction_label.setWordWrap(True)
        self.canvas = DrawingCanvas()
        self.canvas.sig_changed.connect(self.predict_drawing)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.canvas.clear)
        self.draw_plot = self._bar_plot(self.tr("Probabilities for your drawing"))
        self.draw_label = QLabel(
            self.tr("Draw a digit: the prediction changes as you draw.")
        )
        self.draw_label.setWordWrap(True)
        top = QHBoxLayout()
        left = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Test image number:")))
        row.addWidget(self.test_index)
        left.addLayout(row)
        left.addWidget(self.test_image)
        top.addLayout(left)
        top.addWidget(self.prob_plot, 1)
        bottom = QHBoxLayout()
        canvas_column = QVBoxLayout()
        canvas_column.addWidget(self.canvas)
        canvas_column.addWidget(self.clear_button)
        bottom.addLayout(canvas_column)
        bottom.addWidget(self.draw_plot, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top, 1)
        layout.addWidget(self.prediction_label)
        layout.addLayout(bottom, 1)
        layout.addWidget(self.draw_label)
        return page

    def _bar_plot(self, title: str) -> pg.PlotWidget:
        plot = pg.PlotWidget(title=title)
        plot.setBackground(self.palette().color(self.backgroundRole()))
        plot.setYRange(0, 1)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(False, False)
        bars = pg.BarGraphItem(
            x=np.arange(10), height=np.zeros(10), width=0.7, brush=QColor(40, 90, 200)
        )
        plot.addItem(bars)
        plot.bars = bars
        return plot

    def _set_bar_labels(self, plot: pg.PlotWidget) -> None:
        names = class_names(self.dataset())
        plot.getAxis("bottom").setTicks([[(i, name) for i, name in enumerate(names)]])

    def _build_inside_page(self) -> QWidget:
        self.inside_label = QLabel(
            self.tr(
                "The first layer's learned kernels beside the hand-made ones "
                "of the convolution tab, and the feature maps of every "
                "convolution and pooling layer for the chosen test image."
            )
        )
        self.inside_label.setWordWrap(True)
        self.kernels_gallery = QWidget()
        self.kernels_grid = QGridLayout(self.kernels_gallery)
        self.maps_gallery = QWidget()
        self.maps_grid = QGridLayout(self.maps_gallery)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.inside_label)
        layout.addWidget(
            QLabel(
                self.tr(
                    "First layer's kernels (Sobel x from the convolution tab first)"
                )
            )
        )
        layout.addWidget(self.kernels_gallery)
        layout.addWidget(
            QLabel(self.tr("Feature maps for the test image of the Predict page"))
        )
        layout.addWidget(self.maps_gallery)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    # ---- data
    def dataset(self) -> str:
        return self.dataset_combo.currentData()

    def _update_dataset_status(self, *_):
        name = self.dataset()
        installed = datasets.is_installed(name)
        self.import_button.setVisible(name != "mnist-5k")
        self.download_button.setVisible(name != "mnist-5k" and self.allow_download)
        if installed:
            self.dataset_status.setText(self.tr("Installed on this computer."))
        else:
            self.dataset_status.setText(
                self.tr(
                    "Not installed. Import the files a teacher gave you, "
                    "or download it (needs the internet, once)."
                )
            )
        self.data = None
        self.sig_state_changed.emit()

    def load_data(self) -> bool:
        """Load the chosen dataset (uint8); False (and a message) if it is not here."""
        if self.data is not None:
            return True
        try:
            self.data = datasets.load(self.dataset())
        except datasets.DatasetError as error:
            self._tell(self.tr("Dataset"), tm(error.args[0]))
            return False
        (x_train, y_train), (x_test, _) = self.data
        names = class_names(self.dataset())
        self.samples.set_items(
            [(x_train[i], names[int(y_train[i])]) for i in range(min(32, len(x_train)))]
        )
        self.samples_label.setText(
            self.tr(
                "%1 training and %2 test images, 28×28 grey. Preprocessing as the course: "
                "x/255 as float32, reshape (-1, 28, 28, 1), one-hot labels."
            )
            .replace("%1", str(len(x_train)))
            .replace("%2", str(len(x_test)))
        )
        self.test_index.setRange(0, len(x_test) - 1)
        return True

    def ask_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder with the IDX .gz files"), self.last_folder
        )
        if folder:
            self.import_from(folder)

    def import_from(self, source) -> bool:
        try:
            datasets.import_files(self.dataset(), source)
        except datasets.DatasetError as error:
            self._tell(self.tr("Import"), tm(error.args[0]))
            return False
        self.last_folder = str(source)
        self._update_dataset_status()
        self.sig_status.emit(self.tr("%1 imported.").replace("%1", self.dataset()))
        return True

    def ask_download(self) -> None:
        name = self.dataset()
        dialog = QProgressDialog(
            self.tr("Downloading %1…").replace("%1", name),
            self.tr("Cancel"),
            0,
            100,
            self,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        import threading

        cancel = threading.Event()
        dialog.canceled.connect(cancel.set)
        progress = {"value": 0}

        def fetch():
            return datasets.download(
                name,
                progress=lambda done, total: progress.update(
                    value=int(100 * done / max(total, 1))
                ),
                should_stop=cancel.is_set,
            )

        timer = QTimer(dialog)
        timer.timeout.connect(lambda: dialog.setValue(progress["value"]))
        timer.start(100)
        self.tasks.run(
            fetch,
            lambda _: (dialog.close(), self._update_dataset_status()),
            lambda error: (dialog.close(), self._tell(self.tr("Download"), error)),
        )
        dialog.show()

    # ---- the model
    def stack(self):
        source = self.model_combo.currentData()
        if source == "builder" and self.builder is not None:
            return self.builder.stack()
        return preset(source if source != "builder" else "mnist-dense")

    def _build_model(self):
        """Check the network, then build and compile it (now, in this thread)."""
        return self._model_factory()()

    def _model_factory(self):
        """Check the network (raise ValueError with the reason); return a
        Qt-free callable that builds and compiles it, for the worker thread."""
        from ..core.layers import summarize
        from ..ml import training
        from ..ml.models import build_model

        shape, layers = self.stack()
        rows = summarize(shape, layers)
        if not all(row.ok for row in rows):
            raise ValueError(
                self.tr(
                    "the network has an invalid layer: fix it in the CNN builder first"
                )
            )
        if tuple(shape) != (28, 28, 1):
            raise ValueError(
                self.tr(
                    "the network's input is %1, but MNIST images are (28, 28, 1): "
                    "set the input to 28 × 28 × 1 in the CNN builder"
                ).replace("%1", str(tuple(shape)))
            )
        if rows[-1].shape != (10,):
            raise ValueError(
                self.tr(
                    "the network must end with 10 outputs (one per class), not %1"
                ).replace("%1", str(rows[-1].shape))
            )
        seed, config = self.seed_spin.value(), self.config()

        def make():
            training.seed_everything(seed)
            return training.compile_model(build_model(shape, layers), config)

        return make

    def config(self):
        from ..ml.training import TrainConfig

        return TrainConfig(
            optimizer=self.optimizer_combo.currentData(),
            learning_rate=self.lr_spin.value(),
            batch_size=self.batch_spin.value(),
            epochs=self.epochs_spin.value(),
            validation_split=self.split_spin.value(),
            seed=self.seed_spin.value(),
        )

    # ---- training
    def is_training(self) -> bool:
        return self._thread is not None

    def start_training(self, resume: bool = False) -> bool:
        """Start (or, with resume, continue) training in a worker thread."""
        if self.is_training() or not self.load_data():
            return False
        # what the weights depend on; epochs or batch size may change between runs
        key = (self.stack(), self.dataset(), self.seed_spin.value())
        optimizer = {
            k: v
            for k, v in self.config().to_dict().items()
            if k in ("optimizer", "learning_rate", "momentum", "loss")
        }
        # Building the model and preprocessing take ~100 ms: the worker does
        # them, so the window never stalls when Train is pressed.
        build = recompile = None
        try:
            if self.model is None or not resume or self.model_key != key:
                build = self._model_factory()
                self.model = None
                self.model_key = key
                self.epochs_done = 0
                self._clear_curves()
            elif optimizer != self._optimizer_settings:
                recompile = True  # a new optimizer, the same weights
            self._optimizer_settings = optimizer
        except ValueError as error:  # a network that cannot train on MNIST
            self._tell(self.tr("Training"), str(error))
            return False
        (x_train, y_train), _ = self.data
        config = self.config()
        self._batches_per_epoch = int(
            np.ceil(len(x_train) * (1 - config.validation_split) / config.batch_size)
        )
        self._target_epochs = self.epochs_done + config.epochs
        self._run_start = time.perf_counter()
        self._run_batches = 0
        self._worker = TrainWorker(
            self.model,
            (x_train, y_train),
            config,
            initial_epoch=self.epochs_done,
            build=build,
            recompile=bool(recompile),
        )
        self._thread = start_training(self, self._worker)
        self._set_running(True)
        self._loss_top = 0.0
        for plot in (self.loss_plot, self.acc_plot):
            plot.setXRange(0, self._target_epochs, padding=0.02)
        self.acc_plot.setYRange(0, 1, padding=0.02)
        self._redraw.start()
        return True

    @Slot(object)
    def _on_model(self, model) -> None:
        self.model = model

    def stop_training(self) -> None:
        """Stop after the current batch."""
        if self._worker is not None:
            self._worker.stop_event.set()

    def reset(self) -> None:
        """Forget the trained weights: the next run starts from the same initial weights."""
        if self.is_training():
            return
        self.model = None
        self.model_key = None
        self.epochs_done = 0
        self._clear_curves()
        self.progress.setValue(0)
        self.progress_label.setText(
            self.tr(
                "Reset: the next run starts from the initial weights of seed %1."
            ).replace("%1", str(self.seed_spin.value()))
        )
        self._set_running(False)

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Stop and wait for the training thread (on close); True if it ended."""
        self.stop_training()
        if self._thread is not None:
            self._thread.wait(timeout_ms)
        self.tasks.wait(timeout_ms)
        return True

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.train_button,
            self.continue_button,
            self.reset_button,
            self.model_combo,
            self.dataset_combo,
            self.import_button,
            self.download_button,
            self.save_button,
            self.open_button,
            self.evaluate_button,
        ):
            widget.setEnabled(not running)
        self.continue_button.setEnabled(
            not running and self.model is not None and self.epochs_done > 0
        )
        self.stop_button.setEnabled(running)

    def _clear_curves(self) -> None:
        self._batches, self._batch_acc = [], []
        self._epochs = {}
        for curve in self.curves.values():
            curve.setData([], [])

    @Slot(int, int, object)
    def _on_batch(self, epoch: int, batch: int, logs: dict) -> None:
        count = len(logs.get("loss", []))
        self._batches.extend(logs.get("loss", []))
        self._batch_acc.extend(logs.get("accuracy", [np.nan] * count))
        self._run_batches += count
        self._dirty = True
        if batch < 0:  # the end-of-epoch flush
            batch = self._batches_per_epoch - 1
        elapsed = time.perf_counter() - self._run_start
        rate = self._run_batches * self.batch_spin.value() / max(elapsed, 1e-6)
        total = (self._target_epochs - self.epochs_done) * self._batches_per_epoch
        left = max(0, total - self._run_batches) * elapsed / max(self._run_batches, 1)
        self.progress.setMaximum(total)
        self.progress.setValue(min(self._run_batches, total))
        self.progress_label.setText(
            self.tr("Epoch %1/%2, batch %3/%4, %5 images/s, %6 s left")
            .replace("%1", str(epoch + 1))
            .replace("%2", str(self._target_epochs))
            .replace("%3", str(batch + 1))
            .replace("%4", str(self._batches_per_epoch))
            .replace("%5", f"{rate:.0f}")
            .replace("%6", f"{left:.0f}")
        )

    @Slot(int, object)
    def _on_epoch(self, epoch: int, logs: dict) -> None:
        for key, value in logs.items():
            self._epochs.setdefault(key, []).append(value)
        self.epochs_done = epoch + 1
        self._dirty = True

    def _redraw_plots(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        per_epoch = max(self._batches_per_epoch, 1)
        x = (np.arange(len(self._batches)) + 1) / per_epoch
        losses = np.asarray(self._batches)
        self.curves["batch_loss"].setData(x, losses)
        self.curves["batch_accuracy"].setData(x, np.asarray(self._batch_acc))
        for key in ("loss", "val_loss", "accuracy", "val_accuracy"):
            values = self._epochs.get(key, [])
            self.curves[key].setData(np.arange(1, len(values) + 1), np.asarray(values))
        # Fixed ranges that only grow: an axis whose range changes is redrawn
        # from scratch, which cost the GUI thread more than the curves did.
        top = float(np.nanmax(losses)) if losses.size else 1.0
        if np.isfinite(top) and top > self._loss_top:
            self._loss_top = 1.25 * top
            self.loss_plot.setYRange(0, self._loss_top, padding=0)

    @Slot(object)
    def _on_done(self, result: dict) -> None:
        history = result["history"]
        text = (
            self.tr("Stopped after the current batch.")
            if result["stopped"]
            else self.tr("Done.")
        )
        if history.get("loss"):
            text += " " + self.tr("Epoch %1: loss %2, accuracy %3.").replace(
                "%1", str(self.epochs_done)
            ).replace("%2", f"{history['loss'][-1]:.4f}").replace(
                "%3", f"{history['accuracy'][-1]:.4f}"
            )
        self.progress_label.setText(text)
        self.sig_status.emit(text)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.model = None  # diverged weights are useless: the next run starts afresh
        self.model_key = None
        self.epochs_done = 0
        self._tell(self.tr("Training stopped"), message)

    @Slot()
    def _on_finished(self) -> None:
        self._thread = None
        self._worker = None
        self._redraw.stop()
        self._dirty = True
        self._redraw_plots()
        self._set_running(False)

    # ---- evaluate
    def evaluate(self) -> dict | None:
        """Test loss and accuracy, confusion matrix, per-class accuracy, mistakes."""
        if self.model is None or self.is_training() or not self.load_data():
            self.evaluate_label.setText(self.tr("Train a network first."))
            return None
        from ..ml.training import evaluate

        _, (x_test, y_test) = self.data
        x, y = datasets.preprocess(x_test, y_test)
        loss, accuracy = evaluate(self.model, (x, y))
        probabilities = np.asarray(self.model.predict(x, verbose=0, batch_size=256))
        predicted = probabilities.argmax(axis=1)
        matrix = np.zeros((10, 10), dtype=int)
        np.add.at(matrix, (y_test, predicted), 1)
        self._evaluation = {
            "predicted": predicted,
            "probabilities": probabilities,
            "matrix": matrix,
        }
        self.evaluate_label.setText(
            self.tr("Test loss %1\nTest accuracy %2")
            .replace("%1", repr(loss))
            .replace("%2", repr(accuracy))
        )
        names = class_names(self.dataset())
        self.confusion.setHorizontalHeaderLabels(names)
        self.confusion.setVerticalHeaderLabels(names)
        peak = max(int(matrix.max()), 1)
        for r in range(10):
            for c in range(10):
                item = QTableWidgetItem(str(matrix[r, c]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                strength = matrix[r, c] / peak
                item.setBackground(
                    QColor.fromRgbF(1 - 0.6 * strength, 1 - 0.4 * strength, 1.0)
                    if r == c
                    else QColor.fromRgbF(1.0, 1 - 0.7 * strength, 1 - 0.7 * strength)
                )
                self.confusion.setItem(r, c, item)
        totals = matrix.sum(axis=1)
        per_class = [
            matrix[i, i] / totals[i] if totals[i] else float("nan") for i in range(10)
        ]
        self.per_class.setText(
            self.tr("Accuracy per class: ")
            + ", ".join(f"{names[i]} {per_class[i]:.0%}" for i in range(10))
        )
        wrong = np.flatnonzero(predicted != y_test)
        confidence = probabilities[wrong, predicted[wrong]]
        worst = wrong[np.argsort(-confidence)][:10]
        self.mistakes.set_items(
            [
                (
                    x_test[i],
                    self.tr("%1 read as %2 (%3)")
                    .replace("%1", names[y_test[i]])
                    .replace("%2", names[predicted[i]])
                    .replace("%3", f"{probabilities[i, predicted[i]]:.0%}"),
                )
                for i in worst
            ]
        )
        return {
            "loss": loss,
            "accuracy": accuracy,
            "matrix": matrix,
            "per_class": per_class,
        }

    def show_confusion_cell(self, row: int, col: int) -> None:
        evaluation = getattr(self, "_evaluation", None)
        if evaluation is None:
            return
        _, (x_test, y_test) = self.data
        names = class_names(self.dataset())
        chosen = np.flatnonzero((y_test == row) & (evaluation["predicted"] == col))
        self.cell_label.setText(
            self.tr("%1 images of %2 predicted as %3:")
            .replace("%1", str(len(chosen)))
            .replace("%2", names[row])
            .replace("%3", names[col])
        )
        self.cell_gallery.set_items([(x_test[i], str(i)) for i in chosen[:20]])

    # ---- predict
    def _probabilities(self, image: np.ndarray) -> np.ndarray:
        x, _ = datasets.preprocess(image[None], np.zeros(1, dtype=int))
        return np.asarray(self.model(x, training=False))[0]

    def predict_test_image(self, *_):
        if self.model is None or self.is_training() or not self.load_data():
            return None
        _, (x_test, y_test) = self.data
        index = self.test_index.value()
        probabilities = self._probabilities(x_test[index])
        self.test_image.set_image(x_test[index].astype(float), "grey")
        self.prob_plot.bars.setOpts(height=probabilities)
        self._set_bar_labels(self.prob_plot)
        names = class_names(self.dataset())
        guess = int(np.argmax(probabilities))
        self.prediction_label.setText(
            self.tr("argmax(predict(test_X)[%1]) = %2 (%3), the true label is %4.")
            .replace("%1", str(index))
            .replace("%2", str(guess))
            .replace("%3", names[guess])
            .replace("%4", names[int(y_test[index])])
        )
        if self.pages.currentIndex() == 4:
            self._show_inside()
        return guess

    def predict_drawing(self) -> int | None:
        if self.model is None or self.is_training():
            return None
        probabilities = self._probabilities(self.canvas.array())
        self.draw_plot.bars.setOpts(height=probabilities)
        self._set_bar_labels(self.draw_plot)
        guess = int(np.argmax(probabilities))
        self.draw_label.setText(
            self.tr("Your drawing looks like %1 (%2).")
            .replace("%1", class_names(self.dataset())[guess])
            .replace("%2", f"{probabilities[guess]:.0%}")
        )
        return guess

    def _on_page(self, index: int) -> None:
        if index == 3:
            self.predict_test_image()
        elif index == 4:
            self._show_inside()

    # ---- inside the network
    def _show_inside(self) -> None:
        if self.model is None or self.is_training() or not self.load_data():
            self.inside_label.setText(
                self.tr("Train a network with a convolution layer first.")
            )
            return
        import keras

        from ..core import kernels as hand_made

        for grid in (self.kernels_grid, self.maps_grid):
            while grid.count():
                widget = grid.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
        convs = [
            layer
            for layer in self.model.layers
            if isinstance(layer, keras.layers.Conv2D)
        ]
        if not convs:
            self.inside_label.setText(
                self.tr(
                    "This network has no convolution layer: nothing to show here. "
                    "Choose the Fashion CNN or LeNet-5 preset."
                )
            )
            return
        weights = convs[0].get_weights()[0]  # (F, F, D, K)
        shown = [("Sobel x", hand_made.preset("sobel_x"))]
        shown += [
            (f"#{k}", weights[:, :, 0, k]) for k in range(min(weights.shape[3], 23))
        ]
        for index, (name, kernel) in enumerate(shown):
            self.kernels_grid.addWidget(
                self._picture(kernel, "diverging", name), index // 12, index % 12
            )
        _, (x_test, _) = self.data
        image, _ = datasets.preprocess(
            x_test[self.test_index.value()][None], np.zeros(1, dtype=int)
        )
        kinds = (
            keras.layers.Conv2D,
            keras.layers.MaxPooling2D,
            keras.layers.AveragePooling2D,
        )
        layers = [layer for layer in self.model.layers if isinstance(layer, kinds)]
        probe = keras.Model(
            inputs=self.model.inputs[0], outputs=[layer.output for layer in layers]
        )
        outputs = probe(image, training=False)
        outputs = outputs if isinstance(outputs, (list, tuple)) else [outputs]
        self.maps_grid.addWidget(
            self._picture(x_test[self.test_index.value()], "grey", self.tr("input")),
            0,
            0,
        )
        for row, (layer, output) in enumerate(
            zip(layers, outputs, strict=True), start=1
        ):
            maps = np.asarray(output)[0]
            label = QLabel(f"{layer.name}\n{tuple(maps.shape)}")
            self.maps_grid.addWidget(label, row, 0)
            for k in range(min(maps.shape[-1], 10)):
                self.maps_grid.addWidget(
                    self._picture(maps[:, :, k], "auto", f"{k}"), row, k + 1
                )
        self.inside_label.setText(
            self.tr("Layer %1 learned %2 kernels of %3×%3; the first %4 are shown.")
            .replace("%1", convs[0].name)
            .replace("%2", str(weights.shape[3]))
            .replace("%3", str(weights.shape[0]))
            .replace("%4", str(len(shown) - 1))
        )

    @staticmethod
    def _picture(data: np.ndarray, mode: str, caption: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        picture = QLabel()
        picture.setPixmap(array_pixmap(data, mode, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(caption)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(picture)
        column.addWidget(text)
        return box

    # ---- files
    def ask_save_model(self) -> None:
        if self.model is None:
            self._tell(self.tr("Save model"), self.tr("Train a network first."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save model"),
            self.last_folder,
            self.tr("Keras models (*.keras)"),
        )
        if path:
            self.model.save(path if path.endswith(".keras") else path + ".keras")

    def ask_open_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open model"),
            self.last_folder,
            self.tr("Keras models (*.keras)"),
        )
        if path:
            self.open_model(path)

    def open_model(self, path) -> bool:
        """Load a .keras model in Keras's safe mode (no arbitrary code)."""
        import keras

        try:
            model = keras.saving.load_model(path, safe_mode=True)
        except Exception as error:  # any unreadable or unsafe file
            self._tell(
                self.tr("Open model"),
                self.tr("%1 cannot be opened: %2")
                .replace("%1", Path(path).name)
                .replace("%2", str(error)),
            )
            return False
        self.model = model
        self.model_key = None
        self.epochs_done = 0
        self._set_running(False)
        self.sig_status.emit(self.tr("Model %1 opened.").replace("%1", Path(path).name))
        return True

    def training_script(self) -> str:
        """A runnable script that trains the same network with the same settings."""
        from ..ml.models import keras_script

        config = self.config()
        optimizer_class = {"adam": "Adam", "rmsprop": "RMSprop", "sgd": "SGD"}[
            config.optimizer
        ]
        build = keras_script(*self.stack()).replace("model.summary()\n", "")
        return build + "\n".join(
            [
                "import numpy as np",
                "",
                f"keras.utils.set_random_seed({config.seed})",
                f"(train_X, train_Y), (test_X, test_Y) = keras.datasets."
                f"{'fashion_mnist' if self.dataset() == 'fashion-mnist' else 'mnist'}.load_data()",
                "train_X = (train_X.astype('float32') / 255).reshape(-1, 28, 28, 1)",
                "test_X = (test_X.astype('float32') / 255).reshape(-1, 28, 28, 1)",
                "train_Y_one_hot = keras.utils.to_categorical(train_Y)",
                "test_Y_one_hot = keras.utils.to_categorical(test_Y)",
                f"optimizer = keras.optimizers.{optimizer_class}"
                f"({config.learning_rate}{', momentum=0.9' if config.optimizer == 'sgd' else ''})",
                f"model.compile(optimizer=optimizer, loss={config.loss!r}, metrics=['accuracy'])",
                f"model.fit(train_X, train_Y_one_hot, batch_size={config.batch_size}, "
                f"epochs={config.epochs}, validation_split={config.validation_split})",
                "test_loss, test_acc = model.evaluate(test_X, test_Y_one_hot)",
                "print('Test loss', test_loss)",
                "print('Test accuracy', test_acc)",
                "predictions = model.predict(test_X)",
                "print(np.argmax(np.round(predictions[0])))",
                "",
            ]
        )

    def ask_export_script(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export training script"),
            self.last_folder,
            self.tr("Python scripts (*.py)"),
        )
        if path:
            Path(path if path.endswith(".py") else path + ".py").write_text(
                self.training_script(), encoding="utf-8"
            )

    # ---- helpers
    def _tell(self, title: str, message: str) -> None:
        self.sig_status.emit(message)
        self.progress_label.setText(message)
        if not self.quiet:
            QMessageBox.warning(self, title, message)

    def state(self) -> dict:
        return {
            "model": self.model_combo.currentData(),
            "dataset": self.dataset(),
            "optimizer": self.optimizer_combo.currentData(),
            "learning_rate": self.lr_spin.value(),
            "batch_size": self.batch_spin.value(),
            "epochs": self.epochs_spin.value(),
            "validation_split": self.split_spin.value(),
            "seed": self.seed_spin.value(),
            "last_folder": self.last_folder,
        }

    def restore(self, state: dict) -> None:
        try:
            for combo, key in (
                (self.model_combo, "model"),
                (self.dataset_combo, "dataset"),
                (self.optimizer_combo, "optimizer"),
            ):
                index = combo.findData(state.get(key))
                if index >= 0:
                    combo.setCurrentIndex(index)
            self.lr_spin.setValue(float(state.get("learning_rate", 0.001)))
            self.batch_spin.setValue(int(state.get("batch_size", 64)))
            self.epochs_spin.setValue(int(state.get("epochs", 5)))
            self.split_spin.setValue(float(state.get("validation_split", 0.1)))
            self.seed_spin.setValue(int(state.get("seed", 0)))
            self.last_folder = str(state.get("last_folder", ""))
        except (TypeError, ValueError):
            pass
