"""The application controller: the window and the background TensorFlow loader."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot


class Controller(QObject):
    """Owns the window and the TensorFlow loader.

    A QObject living in the GUI thread, so the loader's signals are handled
    there (house style: never a bare callable as the receiver of a worker).
    """

    def __init__(
        self,
        app,
        language: str,
        load_tensorflow: bool,
        quiet: bool = False,
        persist: bool = True,
        teacher=None,
    ):
        super().__init__()
        self.teacher = teacher
        from . import i18n

        self.app = app
        self.language = language
        self.window = None
        self._tf = ("", "")  # (state, detail): "", "loading", "ready", "failed"
        i18n.install(language)
        self._loader = None
        self._load_tensorflow = load_tensorflow
        self.quiet = quiet
        self.persist = (
            persist  # False for --smoke and --screenshot: they change no setting
        )

    @property
    def tf_status(self) -> str:
        """The TensorFlow line of the status bar, in the current language."""
        state, detail = self._tf
        if state == "loading":
            return QCoreApplication.translate(
                "MainWindow", "Loading TensorFlow in the background…"
            )
        if state == "ready":
            return QCoreApplication.translate("MainWindow", "%1 ready").replace(
                "%1", detail
            )
        if state == "failed":
            return QCoreApplication.translate(
                "MainWindow", "TensorFlow could not be loaded: %1"
            ).replace("%1", detail)
        return ""

    def show(self, tab=None, image=None, restore=True):
        from .main_window import MainWindow

        self.window = MainWindow(
            self.language,
            tab=tab,
            image=image,
            restore=restore,
            quiet=self.quiet,
            persist=self.persist,
            teacher=self.teacher,
        )
        self.window.controller = self
        self.window.set_tensorflow_status(self.tf_status)
        self.window.show()
        if self._load_tensorflow and self._loader is None:
            self._start_tensorflow()
        return self.window

    def _start_tensorflow(self):
        from ..ml.backend import load_keras_job

        # a job of the window's session like any Keras work; no busy indicator:
        # the status bar says it is loading
        job = self.window.session.start("tensorflow", load_keras_job, busy=False)
        job.sig_done.connect(self._on_tf_ready)
        job.sig_failed.connect(self._on_tf_failed)
        self._loader = job
        self._set_tf("loading")

    def _set_tf(self, state: str, detail: str = "") -> None:
        self._tf = (state, detail)
        if self.window is not None:
            self.window.set_tensorflow_status(self.tf_status)

    @Slot(object)
    def _on_tf_ready(self, versions: str) -> None:
        self._set_tf("ready", versions)
        if self.window is not None:
            self.window.retire_tensorflow_status()

    @Slot(str)
    def _on_tf_failed(self, error: str) -> None:
        self._set_tf("failed", error)

    def set_language(self, language: str) -> None:
        """Switch language now, in place: nothing is rebuilt or lost."""
        self.language = language
        self.window.set_language(language)

    def shutdown(self):
        from . import threads

        threads.stop_all()
