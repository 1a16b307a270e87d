"""The training tab's side panel: the settings, the run buttons, the progress.

Each control is bound to one setting of the :class:`TrainState`; the progress
bar and line are rendered from the document (the run's progress, the last
status), so a language switch renders them again. The tab connects the buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.layers import MAX_PARAMS
from ...ml import datasets
from ...ml.augment import RECIPES
from ...presets import PRESETS
from ..common import bind
from ..common.numbers import decimal, integer
from ..common.texts import Texts, add_rows, set_item_texts
from .names import dataset_label, network_label
from .state import BUILDER, TrainState

__all__ = ["SidePanel"]

#: the least a menu of the panel shows of its choice, in characters
COMBO_CHARACTERS = 10


class SidePanel(QWidget):
    """Network, dataset and optimizer settings; Train, Stop, Continue, Reset."""

    def __init__(self, state: TrainState, with_builder: bool, allow_download: bool):
        super().__init__()
        self.state = state
        self.texts = texts = Texts()
        self.allow_download = allow_download

        # ---- what to train, on what
        self.network_combo = QComboBox()
        sources = ([BUILDER] if with_builder else []) + list(PRESETS)
        for source in sources:
            self.network_combo.addItem(source, source)
        texts(
            lambda: set_item_texts(
                self.network_combo, [network_label(s) for s in sources]
            )
        )
        bind.combo_box(state, "network", self.network_combo)
        self._say_choice(
            self.network_combo,
            lambda: self.tr("Train the network you built, or one of the course's."),
        )
        self.dataset_combo = QComboBox()
        for name in datasets.DATASETS:
            self.dataset_combo.addItem(name, name)
        texts(
            lambda: set_item_texts(
                self.dataset_combo, [dataset_label(n) for n in datasets.DATASETS]
            )
        )
        bind.combo_box(state, "dataset", self.dataset_combo)
        self._say_choice(self.dataset_combo)
        self.dataset_status = QLabel()
        self.dataset_status.setWordWrap(True)
        self.import_button = QPushButton()
        texts(lambda: self.import_button.setText(self.tr("Import files…")))
        texts(
            lambda: self.import_button.setToolTip(
                self.tr(
                    "A folder with the four original IDX .gz files, "
                    "or an .npz (from a USB stick)."
                )
            )
        )
        self.download_button = QPushButton()
        texts(lambda: self.download_button.setText(self.tr("Download…")))

        # ---- how to train
        self.optimizer_combo = QComboBox()
        for name, label in (("adam", "Adam"), ("rmsprop", "RMSprop"), ("sgd", "")):
            self.optimizer_combo.addItem(label, name)
        texts(
            lambda: self.optimizer_combo.setItemText(
                2, self.tr("SGD with momentum 0.9")
            )
        )
        bind.combo_box(state, "optimizer", self.optimizer_combo)
        self._say_choice(self.optimizer_combo)
        self.learning_rate_spin = bind.double_spin_box(
            state, "learning_rate", decimals=5, step=0.0005
        )
        texts(
            lambda: self.learning_rate_spin.setToolTip(
                self.tr(
                    "How big each step of gradient descent is. Too big: the loss "
                    "explodes; too small: learning is slow."
                )
            )
        )
        self.batch_spin = bind.spin_box(state, "batch_size")
        texts(
            lambda: self.batch_spin.setToolTip(
                self.tr("Images per gradient step; the course uses 64.")
            )
        )
        self.epochs_spin = bind.spin_box(state, "epochs")
        self.split_spin = bind.double_spin_box(state, "validation_split", step=0.05)
        texts(
            lambda: self.split_spin.setToolTip(
                self.tr(
                    "Share of the training images kept aside to check "
                    "the network on images it does not learn from."
                )
            )
        )
        self.augment_combo = QComboBox()
        # a few letters wide at least, not its longest item: the panel's width
        # is the window's least (the whole item on hover and in the list)
        self.augment_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.augment_combo.setMinimumContentsLength(8)
        for name in RECIPES:
            self.augment_combo.addItem(name, name)
        texts(
            lambda: set_item_texts(
                self.augment_combo,
                [
                    self.tr("none"),
                    self.tr("shifts"),
                    self.tr("shifts, turns, zoom"),
                    self.tr("photos: + mirror, contrast"),
                ],
            )
        )
        texts(
            lambda: self.augment_combo.setToolTip(
                self.tr(
                    "Each training batch is changed at random as it is seen "
                    "(Keras's preprocessing layers), never the validation "
                    "images: the curves show what it does to images the "
                    "network does not learn from. Preview… shows one image "
                    "under eight draws."
                )
            )
        )
        bind.combo_box(state, "augmentation", self.augment_combo)
        self.preview_button = QPushButton()
        texts(lambda: self.preview_button.setText(self.tr("Preview…")))
        texts(
            lambda: self.preview_button.setToolTip(
                self.tr("One training image under eight draws of the augmentation.")
            )
        )
        self.seed_spin = bind.spin_box(state, "seed")
        texts(
            lambda: self.seed_spin.setToolTip(
                self.tr(
                    "The same seed gives the same initial weights: a run can be replayed."
                )
            )
        )

        # ---- run
        self.train_button = QPushButton()
        self.stop_button = QPushButton()
        self.continue_button = QPushButton()
        self.reset_button = QPushButton()
        texts(lambda: self.train_button.setText(self.tr("Train")))
        texts(lambda: self.stop_button.setText(self.tr("Stop")))
        texts(lambda: self.continue_button.setText(self.tr("Continue")))
        texts(lambda: self.reset_button.setText(self.tr("Reset")))
        texts(
            lambda: self.stop_button.setToolTip(
                self.tr("Stop after the current batch.")
            )
        )
        texts(
            lambda: self.continue_button.setToolTip(
                self.tr("Train more epochs from where it stopped.")
            )
        )
        texts(
            lambda: self.reset_button.setToolTip(
                self.tr("Back to the same initial weights (same seed).")
            )
        )
        self.progress = QProgressBar()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )

        # ---- files
        self.save_button = QPushButton()
        self.open_button = QPushButton()
        self.script_button = QPushButton()
        texts(lambda: self.save_button.setText(self.tr("Save model…")))
        texts(lambda: self.open_button.setText(self.tr("Open model…")))
        texts(lambda: self.script_button.setText(self.tr("Export script…")))
        texts(
            lambda: self.script_button.setToolTip(
                self.tr(
                    "Save a Python script that trains this network with these "
                    "settings, to run without this application."
                )
            )
        )

        # every setting of a run, disabled as one during a fit
        self.settings_group = QWidget()
        form = QFormLayout(self.settings_group)
        form.setContentsMargins(0, 0, 0, 0)
        # a narrow panel (a zoomed projector) puts a field under its label
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # each label is its field's buddy: a screen reader names the field by it
        add_rows(
            form,
            texts,
            [
                (lambda: self.tr("Network:"), self.network_combo),
                (lambda: self.tr("Dataset:"), self.dataset_combo),
            ],
        )
        form.addRow(self.dataset_status)
        data_buttons = QVBoxLayout()  # one under the other: room for any zoom
        data_buttons.addWidget(self.import_button)
        data_buttons.addWidget(self.download_button)
        form.addRow(data_buttons)
        add_rows(
            form,
            texts,
            [
                (lambda: self.tr("Optimizer:"), self.optimizer_combo),
                (lambda: self.tr("Learning rate:"), self.learning_rate_spin),
                (lambda: self.tr("Batch size:"), self.batch_spin),
                (lambda: self.tr("Epochs:"), self.epochs_spin),
                (lambda: self.tr("Validation split:"), self.split_spin),
                (lambda: self.tr("Seed:"), self.seed_spin),
                (lambda: self.tr("Augmentation:"), self.augment_combo),
            ],
        )
        form.addRow(self.preview_button)
        run_buttons = QGridLayout()
        run_buttons.addWidget(self.train_button, 0, 0)
        run_buttons.addWidget(self.stop_button, 0, 1)
        run_buttons.addWidget(self.continue_button, 1, 0)
        run_buttons.addWidget(self.reset_button, 1, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.settings_group)
        column.addLayout(run_buttons)
        column.addWidget(self.progress)
        column.addWidget(self.progress_label)
        column.addStretch(1)
        column.addWidget(self.save_button)
        column.addWidget(self.open_button)
        column.addWidget(self.script_button)

        state.subscribe(self._on_state)
        self.render()

    def natural_width(self) -> int:
        """The width that shows every choice of the menus in full beside the
        labels (the panel asks less at least: see ``minimumSizeHint``)."""
        metrics = self.fontMetrics()
        combos = (self.network_combo, self.dataset_combo, self.optimizer_combo)
        widest = max(
            metrics.horizontalAdvance(combo.itemText(index))
            for combo in combos
            for index in range(combo.count())
        )
        form = self.settings_group.layout()
        labels = max(
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().sizeHint().width()
            for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        )
        margins = self.layout().contentsMargins()
        # the combo box's frame and arrow: about four characters
        combo = widest + 4 * metrics.averageCharWidth()
        return (
            labels + form.horizontalSpacing() + combo + margins.left() + margins.right()
        )

    def _say_choice(
        self, combo: QComboBox, explanation: Callable[[], str] | None = None
    ) -> None:
        """Let ``combo`` be narrower than its longest item (its text elided),
        its tooltip telling the current choice in full (and ``explanation``)."""
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        combo.setMinimumContentsLength(COMBO_CHARACTERS)

        def say() -> None:
            tip = combo.currentText()
            if explanation is not None:
                tip += "\n" + explanation()
            combo.setToolTip(tip)

        self.texts(say)
        combo.currentIndexChanged.connect(say)

    # ---- rendering
    def _on_state(self, name: str) -> None:
        if name == "fitting" or (name == "training" and not self.state.fitting):
            self.render_enabled()
        elif name == "run":
            self.render_progress()
        elif name == "status":
            self.render_status()
        elif name == "dataset":
            self.render_dataset()

    def render(self) -> None:
        self.render_dataset()
        self.render_enabled()
        self.render_progress()
        self.render_status()

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render()

    def render_dataset(self) -> None:
        """Installed or not; Import and Download only for the full sets."""
        entry = datasets.dataset(self.state.dataset)
        self.import_button.setVisible(not entry.bundled)
        self.download_button.setVisible(not entry.bundled and self.allow_download)
        if datasets.is_installed(entry.name):
            self.dataset_status.setText(self.tr("Installed on this computer."))
        else:
            self.dataset_status.setText(
                self.tr(
                    "Not installed. Import the files a teacher gave you, "
                    "or download it (needs the internet, once)."
                )
            )

    def render_enabled(self) -> None:
        """During a fit only Stop works; Continue needs a model that trained."""
        state = self.state
        running = state.fitting
        for widget in (
            self.settings_group,
            self.train_button,
            self.reset_button,
            self.save_button,
            self.open_button,
        ):
            widget.setEnabled(not running)
        # an epoch done, or batch steps into one: Continue goes on from there
        training = state.training
        self.continue_button.setEnabled(
            not running
            and state.model is not None
            and (training.epochs_done > 0 or training.batches_in_epoch > 0)
        )
        self.stop_button.setEnabled(running)

    def render_progress(self) -> None:
        run = self.state.run
        if run is None:
            self.progress.setMaximum(1)
            self.progress.setValue(0)
            return
        self.progress.setMaximum(run.total_batches)
        self.progress.setValue(run.batches_done)
        if self.state.status == ("progress",):
            self.render_status()

    def render_status(self) -> None:
        """The progress line, from the document's status."""
        self.progress_label.setText(self.status_text(self.state.status))

    def step_text(
        self,
        stopped: bool,
        epochs_done: int,
        in_epoch: int,
        per_epoch: int,
        planned: int,
        loss: float,
        accuracy: float | None,
    ) -> str:
        """What a step did, and what comes next (see TrainingRunner.step_status)."""
        if in_epoch == 0:  # an epoch ended
            where = (
                self.tr("Epoch %1 of %2 done")
                if epochs_done <= planned
                else self.tr("Epoch %1 done")
            )
        else:
            where = (
                self.tr("Epoch %1 of %2: batch %3 of %4 done")
                if epochs_done < planned
                else self.tr("Epoch %1: batch %3 of %4 done")
            )
        where = (
            where.replace("%1", integer(epochs_done + (1 if in_epoch else 0)))
            .replace("%2", integer(planned))
            .replace("%3", integer(in_epoch))
            .replace("%4", integer(per_epoch))
        )
        if accuracy is None:
            measures = self.tr("loss %1").replace("%1", decimal(loss, 4))
        else:
            measures = (
                self.tr("loss %1, accuracy %2")
                .replace("%1", decimal(loss, 4))
                .replace("%2", decimal(accuracy, 4))
            )
        if in_epoch:
            measures += " " + self.tr("(means so far in the epoch)")
        text = self.tr("%1 — %2.").replace("%1", where).replace("%2", measures)
        text += " " + self.tr("Step again, or Continue to go on.")
        if stopped:
            text = self.tr("Stopped after the current batch.") + " " + text
        return text

    def status_text(self, status) -> str:
        if status is None:
            return ""
        kind, *values = status
        if kind == "progress":
            run = self.state.run
            if run is None or run.batches_done == 0:
                return self.tr("Preparing the data and the network…")
            return (
                self.tr("Epoch %1/%2, batch %3/%4, %5 images/s, %6 s left")
                .replace("%1", str(run.epoch + 1))
                .replace("%2", str(run.target_epochs))
                .replace("%3", integer(run.batch + 1))
                .replace("%4", integer(run.batches_per_epoch))
                .replace("%5", integer(run.images_per_second))
                .replace("%6", integer(run.seconds_left))
            )
        if kind == "done":
            stopped, epochs_done, last = values
            text = (
                self.tr("Stopped after the current batch.")
                if stopped
                else self.tr("Done.")
            )
            if last is not None:
                loss, accuracy = last
                text += " " + self.tr("Epoch %1: loss %2, accuracy %3.").replace(
                    "%1", str(epochs_done)
                ).replace("%2", decimal(loss, 4)).replace("%3", decimal(accuracy, 4))
            return text
        if kind == "step":
            return self.step_text(*values)
        if kind == "reset":
            return self.tr(
                "Reset: the next run starts from the initial weights of seed %1."
            ).replace("%1", str(values[0]))
        entry = datasets.dataset(self.state.dataset)
        if kind == "input":
            return (
                self.tr(
                    "the network's input is %1, but the images of %2 are %3: "
                    "set the input to %4 in the CNN builder"
                )
                .replace("%1", str(values[0]))
                .replace("%2", dataset_label(self.state.dataset))
                .replace("%3", str(tuple(entry.image_shape)))
                .replace("%4", " × ".join(str(v) for v in entry.image_shape))
            )
        if kind == "outputs":
            return (
                self.tr(
                    "the network must end with %1 outputs (one per class of %2), not %3"
                )
                .replace("%1", str(entry.num_classes))
                .replace("%2", dataset_label(self.state.dataset))
                .replace("%3", str(values[0]))
            )
        if kind == "too-big":
            return (
                self.tr(
                    "the network has %1 parameters: too many to train here (at most "
                    "%2). Make it smaller in the CNN builder"
                )
                .replace("%1", integer(values[0]))
                .replace("%2", integer(MAX_PARAMS))
            )
        if kind == "invalid":
            return self.tr(
                "the network has an invalid layer: fix it in the CNN builder first"
            )
        if kind == "no-model":
            return self.tr("Train a network first.")
        if kind == "opened":
            return self.tr("Model %1 opened.").replace("%1", values[0])
        if kind == "saved":
            return self.tr("Model saved as %1.").replace("%1", values[0])
        if kind == "imported":
            return self.tr("%1 imported.").replace("%1", values[0])
        # "message": a sentence already in the user's language
        return str(values[0])
