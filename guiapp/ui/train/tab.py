"""The training tab (course part 1, section 4): Keras off the GUI thread, live
plots, evaluation, predictions and a look inside the trained network.

The tab assembles the side panel and the pages, each rendering from the
:class:`TrainState`, and routes the user's requests to the three owners of
Keras work: :class:`TrainingRunner` (the fit), :class:`Analysis` (evaluate,
predict, look inside, load the data) and :class:`Storage` (model and dataset
files). No Keras here: only jobs of ``guiapp.ml`` started in the window's
KerasSession.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.layers import MAX_PARAMS, StackError, summarize, total_params
from ...ml import augment, datasets, model_files
from ...ml.scripts import training_script
from ...presets import preset
from ..common.files import ask_open_path, ask_save_path, explain, write_text
from ..common.fit import refit_combo_boxes
from ..common.numbers import integer
from ..common.tab import Tab, TabContext
from ..i18n import translate_message
from .analysis import Analysis
from .augment_preview import AugmentPreview
from .curves import CurvesPage
from .evaluate_page import EvaluatePage
from .frame import PageTabs, PanelScroll
from .inside_page import InsidePage
from .names import dataset_label
from .panel import SidePanel
from .predict_page import PredictPage
from .runner import TrainingRunner
from .samples import SamplesPage
from .state import BUILDER, PAGES, TrainState
from .storage import DOWNLOAD, Storage, dataset_name
from .watch import WatchBar

__all__ = ["TrainTab"]

#: the most of the tab's width the side panel takes on its own
PANEL_SHARE = 0.4


class TrainTab(Tab):
    """Train a network on MNIST or Fashion-MNIST and look at what it learned."""

    name = "train"

    sig_job_finished = Signal(str)
    """A job of this tab ended ("fit", "evaluate", "predict", "inside",
    "open-model"...), whatever the outcome: its result is in the state."""

    def __init__(self, state: TrainState, context: TabContext, parent=None):
        super().__init__(state, context, parent)
        self.runner = TrainingRunner(state, self.session, self)
        self.analysis = Analysis(state, self.session, self)
        self.storage = Storage(state, self.session, self, ask=self.ask)
        self._download_dialog: QProgressDialog | None = None
        #: the (network, images) whose padding the user agreed to
        self._padding_agreed: set[str] = set()
        self._build()
        self.runner.sig_failed.connect(self._on_training_failed)
        self.runner.sig_finished.connect(self._on_training_finished)
        self.analysis.sig_failed.connect(self._on_analysis_failed)
        self.analysis.sig_finished.connect(self.sig_job_finished)
        self.storage.sig_failed.connect(self._on_file_failed)
        self.storage.sig_finished.connect(self.sig_job_finished)
        self.storage.sig_finished.connect(self._on_storage_finished)
        self.storage.sig_download_progress.connect(self._on_download_progress)
        self.storage.sig_dataset_changed.connect(self.panel.render_dataset)
        self.storage.sig_dataset_changed.connect(self.samples_page.render)
        self.storage.sig_dataset_changed.connect(self.render_dataset_labels)
        self.render_dataset_labels()
        state.subscribe(self._on_state)
        self._show_page(state.page)

    # ---- construction
    def _build(self) -> None:
        state, texts = self.state, self.texts
        self.panel = SidePanel(
            state,
            with_builder=self._builder() is not None,
            allow_download=not self.context.hidden("download"),
        )
        panel = self.panel
        panel.train_button.clicked.connect(self._on_train_clicked)
        panel.stop_button.clicked.connect(self.stop_training)
        panel.continue_button.clicked.connect(self._on_continue_clicked)
        panel.reset_button.clicked.connect(self.reset)
        panel.import_button.clicked.connect(self.ask_import)
        panel.download_button.clicked.connect(self.ask_download)
        panel.save_button.clicked.connect(self.ask_save_model)
        panel.open_button.clicked.connect(self.ask_open_model)
        panel.script_button.clicked.connect(self.ask_export_script)
        panel.preview_button.clicked.connect(self.preview_augmentation)
        # as wide as the panel needs (its fields wrap under their labels when
        # narrow), scrolled up and down when the zoom makes it taller
        self.panel_area = scroll = PanelScroll(panel)
        scroll.setObjectName(self.SIDE_PANEL)  # hidden when presenting

        self.curves_page = CurvesPage(state)
        self.samples_page = SamplesPage(state)
        self.evaluate_page = EvaluatePage(state)
        self.predict_page = PredictPage(state)
        self.inside_page = InsidePage(state)
        self.evaluate_page.evaluate_button.clicked.connect(self.evaluate)
        self.evaluate_page.confusion.cellClicked.connect(self.show_confusion_cell)
        self.predict_page.canvas.sig_changed.connect(self.predict_drawing)
        self.pages = PageTabs()
        for page in self._pages():
            self.pages.addTab(page, "")
        # full names when they fit, short ones on a narrow pane or a big zoom
        self.pages.set_labels(
            [
                (
                    lambda: self.tr("Learning curves"),
                    lambda: self.tr("Curves"),
                    lambda: self.tr("The loss and the accuracy, batch after batch."),
                ),
                (
                    lambda: self.tr("Samples"),
                    lambda: self.tr("Samples"),
                    lambda: self.tr("The first training images."),
                ),
                (
                    lambda: self.tr("Evaluate"),
                    lambda: self.tr("Evaluate"),
                    lambda: self.tr(
                        "The accuracy on the test set and the confusion matrix."
                    ),
                ),
                (
                    lambda: self.tr("Predict"),
                    lambda: self.tr("Predict"),
                    lambda: self.tr(
                        "What the network says of a test image or of your drawing."
                    ),
                ),
                (
                    lambda: self.tr("Inside the network"),
                    lambda: self.tr("Inside"),
                    lambda: self.tr("The learned kernels and the feature maps."),
                ),
            ]
        )
        texts(self.pages.fit_labels)
        self.pages.currentChanged.connect(self._on_page_changed)

        # steps and speed above every page: a class watches any page learn
        self.watch = WatchBar(state)
        self.watch.step_batch_button.clicked.connect(self._on_step_batch_clicked)
        self.watch.step_epoch_button.clicked.connect(self._on_step_epoch_clicked)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.watch)
        column.addWidget(self.pages, 1)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([390, 890])
        #: the user moved the splitter: the panel keeps that width until a zoom
        self._panel_moved = False
        splitter.splitterMoved.connect(self._on_splitter_moved)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _pages(self):
        return (
            self.curves_page,
            self.samples_page,
            self.evaluate_page,
            self.predict_page,
            self.inside_page,
        )

    # ---- public API: pages
    @property
    def curves(self) -> dict:
        """The learning curves by history key ("loss", "batch_loss", "val_accuracy"...)."""
        return self.curves_page.curves

    def page_names(self) -> tuple[str, ...]:
        """The pages, in order (curves, samples, evaluate, predict, inside)."""
        return PAGES

    def show_page(self, name: str) -> None:
        """Show page ``name``; ValueError naming it if there is none."""
        if name not in PAGES:
            raise ValueError(f"unknown page {name!r}: choose one of {', '.join(PAGES)}")
        self.state.page = name

    # ---- public API: the network
    def stack(self) -> tuple[tuple[int, int, int], list[dict]]:
        """(input shape, layers) of the chosen network: the builder's or a preset."""
        builder = self._builder()
        if self.state.network == BUILDER and builder is not None:
            return builder.stack()
        network = self.state.network
        return preset(network if network != BUILDER else "mnist-dense")

    def check_network(self) -> tuple | None:
        """The stack to train if the chosen network can learn the chosen
        dataset, else None (the reason in the progress line, and told).

        A network for larger images whose first layer is a convolution (LeNet-5
        takes 32 × 32, MNIST's digits are 28 × 28) is offered zero padding:
        after a yes, the stack returned pads the images in that convolution
        (see :func:`guiapp.ml.model_files.padded_stack`), so the trained model
        takes the dataset's images on every page."""
        shape, layers = self.stack()
        rows = summarize(shape, layers)
        expected = self.state.image_shape()
        classes = len(self.state.class_names())
        if not all(row.ok for row in rows):
            refusal = ("invalid",)
        elif (rows[-1].shape if rows else tuple(shape)) != (classes,):
            # no layer at all: the output is the input
            refusal = ("outputs", rows[-1].shape if rows else tuple(shape))
        elif total_params(rows) > MAX_PARAMS:
            refusal = ("too-big", total_params(rows))
        elif tuple(shape) != expected:
            padded = model_files.padded_stack(shape, layers, expected)
            if padded is None:
                refusal = ("input", tuple(shape))
            elif self._agree_to_padding(shape, layers, padded):
                return padded
            else:
                return None
        else:
            return shape, layers
        self.state.status = refusal
        self.tell(self.tr("Training"), self.panel.status_text(refusal))
        return None

    def _padding_key(self, shape, layers) -> str:
        return repr((tuple(shape), layers, self.state.image_shape()))

    def _agree_to_padding(self, shape, layers, padded) -> bool:
        """Ask once per network and images whether to pad the images; a no is
        said in the progress line."""
        key = self._padding_key(shape, layers)
        if key in self._padding_agreed:
            return True
        expected = self.state.image_shape()
        pad = (shape[0] - expected[0]) // 2
        found = (
            self.tr("The network expects %1 images; this dataset's are %2.")
            .replace("%1", model_files.format_shape(shape))
            .replace("%2", model_files.format_shape(expected))
        )
        question = (
            self.tr(
                "Pad them with %1 pixels of 0 on each side, as LeNet-5's authors "
                "did for MNIST? Its first convolution then pads every image it "
                "is given (P = %2): in training, evaluation, predictions and "
                "the feature maps."
            )
            .replace("%1", str(pad))
            .replace("%2", str(padded[1][0]["padding"]))
        )
        if not self.ask(self.tr("Training"), found + "\n\n" + question):
            self.state.status = ("message", found + " " + self.tr("Not trained."))
            return False
        self._padding_agreed.add(key)
        return True

    def ask(self, title: str, question: str) -> bool:
        """A yes-or-no question; yes without asking when quiet (said on stderr)."""
        if self.context.quiet:
            print(f"{title}: {question} Yes.", file=sys.stderr)
            return True
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    # ---- public API: training
    def is_training(self) -> bool:
        return self.state.fitting

    def start_training(
        self,
        resume: bool = False,
        batches: int | None = None,
        epochs: int | None = None,
    ) -> bool:
        """Start (or, with ``resume``, continue) training in a worker thread;
        False when the network or the dataset cannot be used (``batches``,
        ``epochs``: a step, see :meth:`step`)."""
        if self.is_training():
            return False
        if not datasets.is_installed(self.state.dataset):
            try:
                datasets.load(self.state.dataset)  # raises with what to do
            except datasets.DatasetError as error:
                self.state.status = ("message", translate_message(error.args[0]))
                self.tell(self.tr("Dataset"), self.panel.status_text(self.state.status))
            return False
        if not resume and not self._agree_to_replace_opened_model():
            return False
        network = self.check_network()
        if network is None:
            return False
        self.runner.start(*network, resume=resume, batches=batches, epochs=epochs)
        return True

    def step(self, batches: int | None = None, epochs: int | None = None) -> bool:
        """Train ``batches`` batches (or ``epochs`` epochs) of the current model,
        building it first if there is none (as Train does), then stop: the
        model is ready for the next step or Continue. False as
        :meth:`start_training` says."""
        if self.is_training():
            return False
        training = self.state.training
        if training.model is not None and training.key is None:
            # a model opened from a file: a step trains the chosen network
            if not self._agree_to_replace_opened_model():
                return False
        return self.start_training(resume=True, batches=batches, epochs=epochs)

    def step_batch(self) -> bool:
        """Step: one batch."""
        return self.step(batches=1)

    def step_epoch(self) -> bool:
        """Step: one epoch (the end of the epoch that batch steps began)."""
        return self.step(epochs=1)

    def set_speed(self, name: str) -> None:
        """ "full", "slow" or "very-slow": how long the worker waits between two
        batches (state.SPEEDS); also during a run. Remembered."""
        self.runner.speed = name  # raises on an unknown name

    def _agree_to_replace_opened_model(self) -> bool:
        """Ask before a new network replaces a model opened from a file (Train
        builds the network of the menu; the opened one would be lost)."""
        name = self.storage.opened_name()
        if not name:
            return True
        question = self.tr(
            "Train a new network? The model opened from %1 will be replaced "
            "(the file stays as it is)."
        ).replace("%1", name)
        if self.ask(self.tr("Training"), question):
            return True
        self.state.status = (
            "message",
            self.tr("Not trained: the model opened from %1 is kept.").replace(
                "%1", name
            ),
        )
        return False

    def stop_training(self) -> None:
        """Stop after the current batch."""
        self.runner.stop()

    def reset(self) -> None:
        """Forget the trained weights: the next run starts from the same initial weights."""
        if self.is_training():
            return
        self.state.forget_model()
        self.state.status = ("reset", self.state.seed)

    # ---- public API: the trained network
    def evaluate(self) -> bool:
        """Start evaluating on the test set (the result arrives in
        ``state.evaluation``; ``sig_job_finished("evaluate")`` follows)."""
        if not self.analysis.evaluate():
            if self.state.model is None:
                self.state.status = ("no-model",)
            return False
        return True

    def show_confusion_cell(self, row: int, column: int) -> bool:
        """Show the test images of class ``row`` predicted as ``column``."""
        return self.evaluate_page.show_cell(row, column)

    def predict_test_image(self) -> bool:
        """Predict the chosen test image (``state.test_index``) in a job."""
        return self.analysis.predict_test_image()

    def predict_drawing(self) -> bool:
        """Predict the drawing on the canvas in a job."""
        return self.analysis.predict_drawing(self.predict_page.canvas.array())

    def look_inside(self) -> bool:
        """Compute the kernels and feature maps for the chosen test image."""
        return self.analysis.look_inside()

    def load_data(self) -> bool:
        """Load the chosen dataset in the background (if it is installed)."""
        return self.analysis.load_data()

    def preview_augmentation(self) -> None:
        """One training image under eight draws of the chosen augmentation,
        drawn in the worker (Keras's layers), shown in a dialog."""
        state = self.state
        job = self.session.start(
            "augment-preview",
            augment.preview_sample,
            state.dataset,
            state.data(),
            augment.RECIPES[state.augmentation],
            8,
            state.seed,
        )
        job.sig_done.connect(self._show_augmentation)
        job.sig_failed.connect(
            lambda message: self.tell(self.tr("Augmentation"), message)
        )

    def _show_augmentation(self, result) -> None:
        original, drawn = result
        self.augment_dialog = AugmentPreview(original, drawn, self)
        self.augment_dialog.show()

    # ---- public API: files
    def open_model(self, path) -> bool:
        """Open a .keras model in a job (Keras's safe mode; shapes checked)."""
        return self.storage.open_model(path)

    def save_model(self, path) -> bool:
        """Save the model as .keras in a job (whole or not at all)."""
        if self.state.model is None:
            self.state.status = ("no-model",)
            return False
        return self.storage.save_model(path)

    def import_from(self, source) -> bool:
        """Import the chosen dataset from a folder of IDX files (or one of
        them) or an .npz, in a job; the file dialogs then open in its folder."""
        source = Path(source)
        try:
            folder = source if source.is_dir() else source.parent
        except OSError as error:  # a folder one may list but not enter
            self.tell(self.tr("Import"), explain(error, source, writing=False))
            return False
        self.state.last_folder = str(folder)
        return self.storage.import_dataset(source)

    def training_script(self) -> str:
        """A runnable script that trains the same network with the same settings
        (its images padded if the user agreed to it)."""
        shape, layers = self.stack()
        if self._padding_key(shape, layers) in self._padding_agreed:
            padded = model_files.padded_stack(shape, layers, self.state.image_shape())
            shape, layers = padded or (shape, layers)
        return training_script(shape, layers, self.state.config(), self.state.dataset)

    def export_script(self, path) -> bool:
        """Write the training script at ``path`` (whole or not at all); on
        failure say why, naming the file and its folder."""
        title = self.tr("Export training script")
        try:
            script = self.training_script()
        except StackError as error:
            self.tell(title, translate_message(error.args[0]))
            return False
        path = Path(path)
        try:
            write_text(path, script)
        except OSError as error:
            self.state.status = ("message", explain(error, path))
            self.tell(title, explain(error, path))
            return False
        self.state.last_folder = str(path.parent)
        self.state.status = (
            "message",
            self.tr("Training script saved as %1.").replace("%1", path.name),
        )
        return True

    def ask_import(self) -> None:
        """Choose the .npz file, or one of the four IDX .gz files (their
        folder is imported)."""
        path = ask_open_path(
            self,
            self.tr(
                "Import %1: the .npz file, or one of the four IDX .gz files"
            ).replace("%1", dataset_name(self.state.dataset)),
            self.state.last_folder,
            self.tr("Dataset files (*.npz *.gz)") + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.import_from(path)

    def ask_download(self) -> None:
        self.download()

    def download(self, urls=None) -> bool:
        """Download the chosen dataset in a job, with a progress dialog that can
        cancel it (``urls`` replaces the official addresses, for tests)."""
        name = self.state.dataset
        if not self.storage.download_dataset(urls):
            return False
        dialog = QProgressDialog(
            self.tr("Downloading %1…").replace("%1", name),
            self.tr("Cancel"),
            0,
            100,
            self,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.storage.cancel_download)
        self._download_dialog = dialog
        dialog.show()
        return True

    def _file_stem(self) -> str:
        """A name for the files of this run: the network's ("mnist-cnn")."""
        network = self.state.network
        return "network" if network == BUILDER else network

    def ask_save_model(self) -> None:
        if self.state.model is None:
            self.tell(self.tr("Save model"), self.tr("Train a network first."))
            return
        path = ask_save_path(
            self,
            self.tr("Save model"),
            self.state.last_folder,
            self.tr("Keras models (*.keras)"),
            ".keras",
            name=self.storage.opened_name() or self._file_stem() + ".keras",
        )
        if path:
            self.state.last_folder = str(Path(path).parent)
            self.save_model(path)

    def ask_open_model(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Open model"),
            self.state.last_folder,
            self.tr("Keras models (*.keras *.h5)"),
        )
        if path:
            self.state.last_folder = str(Path(path).parent)
            self.open_model(path)

    def ask_export_script(self) -> None:
        try:
            self.training_script()
        except StackError as error:
            self.tell(
                self.tr("Export training script"), translate_message(error.args[0])
            )
            return
        path = ask_save_path(
            self,
            self.tr("Export training script"),
            self.state.last_folder,
            self.tr("Python scripts (*.py)"),
            ".py",
            name="train_" + self._file_stem().replace("-", "_") + ".py",
        )
        if path:
            self.export_script(path)

    def render_dataset_labels(self) -> None:
        """The dataset menu says how many images an imported copy holds when
        it is not the full set ("MNIST, full (70 000)" said so of 17)."""
        combo = self.panel.dataset_combo
        for index in range(combo.count()):
            name = combo.itemData(index)
            label = dataset_label(name)
            if not datasets.dataset(name).bundled:
                counts = datasets.installed_counts(name)
                if counts is not None and counts != datasets.Counts(60000, 10000, 10):
                    label = (
                        self.tr("%1, installed (%2 images)")
                        .replace("%1", dataset_name(name))
                        .replace("%2", integer(counts.images))
                    )
            if combo.itemText(index) != label:
                combo.setItemText(index, label)
                if index == combo.currentIndex():
                    combo.setToolTip(label)

    # ---- Tab API
    def retranslate(self) -> None:
        super().retranslate()
        self.panel.retranslate()
        self.watch.retranslate()
        self.render_dataset_labels()  # after the panel wrote the registry's
        for page in self._pages():
            page.retranslate()
        QTimer.singleShot(0, self, self.fit_panel)  # other words, other widths

    # ---- the frame on any screen
    def fit_panel(self) -> None:
        """Give the side panel the width it needs in the current font (its
        natural width if there is room, at most :data:`PANEL_SHARE` of the tab,
        and leaving the pages room for their short labels and their content),
        the pages the rest."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0 or len(sizes) != 2:
            return
        least = self.panel_area.minimumSizeHint().width()
        room = total - max(self.pages.needed(short=True), self.pages.content_width())
        panel = min(self.panel_area.sizeHint().width(), int(total * PANEL_SHARE), room)
        panel = max(panel, least)
        self.splitter.setSizes([panel, max(total - panel, 0)])
        self.pages.fit_labels()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # the zoom: once the children have the new font, measure again
            refit_combo_boxes(self)
            self._panel_moved = False
            QTimer.singleShot(0, self, self.fit_panel)

    def showEvent(self, event):  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._panel_moved:
            QTimer.singleShot(0, self, self.fit_panel)

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if not self._panel_moved and self.isVisible():
            self.fit_panel()

    @Slot(int, int)
    def _on_splitter_moved(self, position: int, index: int) -> None:
        self._panel_moved = True

    def shutdown(self) -> None:
        self.runner.stop()
        self.curves_page.stop()

    # ---- reactions
    def _builder(self):
        return self.context.documents.get("builder")

    @Slot()
    def _on_train_clicked(self) -> None:
        self.start_training()

    @Slot()
    def _on_continue_clicked(self) -> None:
        self.start_training(resume=True)

    @Slot()
    def _on_step_batch_clicked(self) -> None:
        self.step_batch()

    @Slot()
    def _on_step_epoch_clicked(self) -> None:
        self.step_epoch()

    @Slot(int)
    def _on_page_changed(self, index: int) -> None:
        self.state.page = PAGES[index]

    def _show_page(self, page: str) -> None:
        index = PAGES.index(page) if page in PAGES else 0
        if self.pages.currentIndex() != index:
            with QSignalBlocker(self.pages):
                self.pages.setCurrentIndex(index)
        self._refresh_page()

    def _on_state(self, name: str) -> None:
        state = self.state
        if name == "status" and state.status and state.status[0] != "progress":
            self.sig_status.emit(self.panel.status_text(state.status))
        elif name == "page":
            self._show_page(state.page)
        elif name == "test_index":
            self._refresh_page()
        elif name == "saliency" and not state.fitting and state.model is not None:
            # the maps of the other method, for both pictures
            if state.page == "predict":
                self.predict_test_image()
                if not self.predict_page.canvas.is_blank():
                    self.predict_drawing()
        if name in ("fitting", "training", "loaded", "dataset") and not state.fitting:
            # a new model, new data: what the page shows is computed again
            QTimer.singleShot(0, self, self._refresh_page)

    def _refresh_page(self) -> None:
        """Compute what the current page shows if it is missing or stale."""
        state = self.state
        if state.fitting:
            return
        page = state.page
        if page == "samples":
            self.load_data()
        elif page == "predict" and state.model is not None:
            prediction = state.prediction
            if prediction is None or prediction.index != state.test_index:
                self.predict_test_image()
            if (
                state.drawing_prediction is None
                and not self.predict_page.canvas.is_blank()
            ):
                self.predict_drawing()
        elif page == "inside" and state.model is not None:
            inside = state.inside
            if inside is None or inside.index != state.test_index:
                self.look_inside()

    @Slot(str)
    def _on_training_failed(self, message: str) -> None:
        self.tell(self.tr("Training stopped"), message)

    @Slot()
    def _on_training_finished(self) -> None:
        self.sig_job_finished.emit("fit")

    @Slot(int, int)
    def _on_download_progress(self, done: int, total: int) -> None:
        if self._download_dialog is not None:
            self._download_dialog.setValue(int(100 * done / max(total, 1)))

    @Slot(str)
    def _on_storage_finished(self, name: str) -> None:
        if name == DOWNLOAD and self._download_dialog is not None:
            self._download_dialog.close()
            self._download_dialog.deleteLater()
            self._download_dialog = None

    @Slot(str)
    def _on_analysis_failed(self, message: str) -> None:
        self.state.status = ("message", message)
        self.tell(self.tr("Training"), message)

    @Slot(str, str)
    def _on_file_failed(self, what: str, message: str) -> None:
        titles = {
            "open-model": self.tr("Open model"),
            "save-model": self.tr("Save model"),
            "import-dataset": self.tr("Import"),
            "download-dataset": self.tr("Download"),
        }
        self.tell(titles.get(what, self.tr("Training")), message)
