"""Files of the training tab: models opened and saved, datasets imported and
downloaded, as jobs (reading a model or compressing 70 000 images takes from
0.3 s to seconds: never in the GUI thread).

A model made for other images (LeNet-5's 32 × 32 on MNIST's 28 × 28) or
without a softmax comes back from its job with the changes that make it fit,
already made in a new model (see :mod:`guiapp.ml.model_files`); the user is
asked, and only a yes replaces the current model.

An import reads and checks the files in one job, then, in the window's
thread, asks before it replaces an installed copy (saying what each holds) or
installs a set too small to learn from (fewer than 100 images, or a class
without any image); only a yes starts the job that saves it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ...ml import datasets, model_files
from ..common.jobs import KerasSession
from ..common.numbers import integer
from ..i18n import translate_message
from .state import TrainState

__all__ = [
    "Storage",
    "OPEN_MODEL",
    "SAVE_MODEL",
    "IMPORT",
    "DOWNLOAD",
    "INSTALL",
    "dataset_name",
]

OPEN_MODEL, SAVE_MODEL, IMPORT, DOWNLOAD = (
    "open-model",
    "save-model",
    "import-dataset",
    "download-dataset",
)
#: the job that saves an imported set once agreed to (its end is IMPORT's end)
INSTALL = "install-dataset"


def dataset_name(name: str) -> str:
    """A dataset's own name, without what its menu adds ("MNIST" for "MNIST,
    full (70 000)"): a proper name, the same in every language."""
    return datasets.dataset(name).label.split(",")[0]


class Storage(QObject):
    """Open and save models; import and download datasets."""

    sig_failed = Signal(str, str)
    """(what, sentence): a file could not be used; ``what`` is the job's name."""

    sig_download_progress = Signal(int, int)
    """(bytes received, bytes in all) of a download."""

    sig_finished = Signal(str)
    """A job of this name ended, whatever the outcome (tests wait on it)."""

    sig_dataset_changed = Signal()
    """A dataset was imported or downloaded: what is installed changed."""

    def __init__(
        self,
        state: TrainState,
        session: KerasSession,
        parent=None,
        ask: Callable[[str, str], bool] | None = None,
    ):
        super().__init__(parent)
        self.state = state
        self.session = session
        #: ask(title, question) -> the user's yes (None: yes without asking)
        self.ask = ask
        #: the model file's job result, decided on when the job has ended
        self._opened: model_files.OpenedModel | None = None
        #: (the model opened from a file, the file's name), until another
        #: model replaces it
        self.opened_from: tuple[object, str] | None = None
        #: the import's read and checked files, decided on when the job has ended
        self._read: tuple | None = None
        #: the source of the import under way ("" when none)
        self._source = ""

    # ---- models
    def open_model(self, path) -> bool:
        """Open a .keras model (safe mode; checked for the chosen dataset, the
        changes that make it fit offered)."""
        if self.state.fitting or self.session.busy(OPEN_MODEL):
            return False
        entry = datasets.dataset(self.state.dataset)
        self._opened = None
        job = self.session.start(
            OPEN_MODEL,
            model_files.open_model_file,
            str(path),
            entry.image_shape,
            entry.num_classes,
        )
        self._path = Path(path)
        job.sig_done.connect(self._on_opened)
        job.sig_failed.connect(self._on_open_failed)
        job.sig_finished.connect(self._on_open_finished)
        return True

    def save_model(self, path) -> bool:
        """Save the model as .keras (atomically); False if there is none."""
        model = self.state.model
        if model is None or self.state.fitting or self.session.busy(SAVE_MODEL):
            return False
        job = self.session.start(SAVE_MODEL, model_files.save_model, model, str(path))
        job.sig_done.connect(self._on_saved)
        job.sig_failed.connect(self._on_save_failed)
        job.sig_finished.connect(self._on_save_finished)
        return True

    # ---- datasets
    def importing(self) -> bool:
        """An import is under way (reading, asking or saving)."""
        return bool(self._source)

    def import_dataset(self, source) -> bool:
        """Check and install the chosen dataset from a folder of IDX files (or
        one of them) or an .npz, asking first when it would replace an
        installed copy or is too small to learn from."""
        if self.importing() or self.session.busy(DOWNLOAD):
            return False
        self._imported = self.state.dataset
        self._source = Path(source).name or str(source)
        self._read = None
        job = self.session.start(
            IMPORT, datasets.read_task, self.state.dataset, str(source)
        )
        job.sig_done.connect(self._on_read)
        job.sig_failed.connect(self._on_import_failed)
        job.sig_finished.connect(self._on_read_finished)
        return True

    def _counts_text(self, counts: datasets.Counts) -> str:
        return (
            self.tr("%1 images (%2 to train, %3 to test), %4 of %5 classes")
            .replace("%1", integer(counts.images))
            .replace("%2", integer(counts.train))
            .replace("%3", integer(counts.test))
            .replace("%4", str(counts.classes))
            .replace("%5", str(datasets.dataset(self._imported).num_classes))
        )

    def _agree_to_install(self, counts, installed) -> bool:
        """Ask before replacing an installed copy or installing a set too
        small to learn from; True without asking otherwise."""
        small = datasets.too_small(self._imported, counts)
        if installed is None and not small:
            return True
        label = dataset_name(self._imported)
        found = (
            self.tr("%1 holds %2.")
            .replace("%1", self._source)
            .replace("%2", self._counts_text(counts))
        )
        if small:
            found += " " + self.tr(
                "That is too little for a network to learn from: the full set "
                "has 70 000 images of 10 classes."
            )
        paragraphs = [found]
        if installed is None:
            paragraphs.append(self.tr("Import it as %1?").replace("%1", label))
        else:
            paragraphs.append(
                self.tr("The %1 installed now holds %2.")
                .replace("%1", label)
                .replace("%2", self._counts_text(installed))
            )
            paragraphs.append(
                self.tr("Replace the installed %1 with it?").replace("%1", label)
            )
        return self.ask is None or self.ask(self.tr("Import"), "\n\n".join(paragraphs))

    def download_dataset(self, urls=None) -> bool:
        """Download the chosen dataset (only on the user's request)."""
        if self.importing() or self.session.busy(DOWNLOAD):
            return False
        self._imported = self.state.dataset
        job = self.session.start(
            DOWNLOAD, datasets.download_task, self.state.dataset, urls
        )
        job.sig_report.connect(self._on_download_report)
        job.sig_done.connect(self._on_imported)
        job.sig_failed.connect(self._on_download_failed)
        job.sig_finished.connect(self._on_download_finished)
        return True

    def cancel_download(self) -> None:
        self.session.stop(DOWNLOAD)

    # ---- job slots (GUI thread)
    @Slot(object)
    def _on_opened(self, opened) -> None:
        self._opened = opened  # decided on in _on_open_finished, the job's last signal

    @Slot(str)
    def _on_open_failed(self, message: str) -> None:
        self.state.status = ("message", message)
        self.sig_failed.emit(OPEN_MODEL, message)

    @Slot()
    def _on_open_finished(self) -> None:
        opened, self._opened = self._opened, None
        if opened is not None:
            self._decide(opened)
        self.sig_finished.emit(OPEN_MODEL)

    def _decide(self, opened) -> None:
        """Use the opened model, after a yes when it comes with changes."""
        name = self._path.name
        if self.state.fitting:  # Train was pressed while the file was read
            self.state.status = (
                "message",
                self.tr("%1 was not opened: a network is training.").replace(
                    "%1", name
                ),
            )
            return
        if not opened.changes:
            self._adopt(opened.model, name)
            self.state.status = ("opened", name)
            return
        problems = [translate_message(problem) for problem in opened.problems]
        remedies = [translate_message(remedy) for remedy in opened.remedies]
        question = (
            "\n".join(problem + "." for problem in problems)
            + "\n\n"
            + self.tr("guiapp can use it with these changes:")
            + "\n"
            + "\n".join("• " + remedy for remedy in remedies)
            + "\n\n"
            + self.tr("Open it this way?")
        )
        if self.ask is not None and not self.ask(self.tr("Open model"), question):
            self.state.status = (
                "message",
                self.tr("Not opened: %1.").replace("%1", problems[0]),
            )
            return
        self._adopt(opened.model, name)
        self.state.status = (
            "message",
            self.tr("Model %1 opened, changed: %2.")
            .replace("%1", name)
            .replace("%2", "; ".join(remedies)),
        )

    def _adopt(self, model, name: str) -> None:
        self.state.adopt_model(model)
        self.opened_from = (model, name)

    def opened_name(self) -> str:
        """The file the current model was opened from, "" when it was not
        (trained here, or none)."""
        if self.opened_from is not None and self.opened_from[0] is self.state.model:
            return self.opened_from[1]
        return ""

    @Slot(object)
    def _on_saved(self, path) -> None:
        self.state.status = ("saved", Path(path).name)

    @Slot(str)
    def _on_save_failed(self, message: str) -> None:
        self.state.status = ("message", message)
        self.sig_failed.emit(SAVE_MODEL, message)

    @Slot()
    def _on_save_finished(self) -> None:
        self.sig_finished.emit(SAVE_MODEL)

    @Slot(object)
    def _on_read(self, result) -> None:
        self._read = result  # decided on in _on_read_finished, the job's last signal

    @Slot()
    def _on_read_finished(self) -> None:
        read, self._read = self._read, None
        if read is None:  # refused (said) or stopped
            self._end_import()
            return
        data, counts, installed = read
        if not self._agree_to_install(counts, installed):
            self.state.status = (
                "message",
                self.tr("%1 was not imported.").replace("%1", self._source)
                + (
                    " "
                    + self.tr("The installed %1 is kept.").replace(
                        "%1", dataset_name(self._imported)
                    )
                    if installed is not None
                    else ""
                ),
            )
            self._end_import()
            return
        job = self.session.start(INSTALL, datasets.install_task, self._imported, data)
        job.sig_done.connect(self._on_imported)
        job.sig_failed.connect(self._on_import_failed)
        job.sig_finished.connect(self._end_import)

    @Slot(object)
    def _on_imported(self, _path) -> None:
        self.state.status = ("imported", self._imported)
        if self._imported == self.state.dataset:
            self.state.loaded = None  # read the new files next time
        self.sig_dataset_changed.emit()

    @Slot(str)
    def _on_import_failed(self, message: str) -> None:
        self.state.status = ("message", message)
        self.sig_failed.emit(IMPORT, message)

    @Slot()
    def _end_import(self) -> None:
        self._source = ""
        self.sig_finished.emit(IMPORT)

    @Slot(object)
    def _on_download_report(self, values) -> None:
        if values[0] == "download":
            self.sig_download_progress.emit(int(values[1]), int(values[2]))

    @Slot(str)
    def _on_download_failed(self, message: str) -> None:
        self.state.status = ("message", message)
        self.sig_failed.emit(DOWNLOAD, message)

    @Slot()
    def _on_download_finished(self) -> None:
        self.sig_finished.emit(DOWNLOAD)
