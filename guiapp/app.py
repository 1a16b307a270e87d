"""Start-up: command line, QApplication, translations, the main window.

The window shows before TensorFlow is imported; TensorFlow then loads in a
background thread and the status bar says when it is ready.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

TAB_NAMES = ("conv", "builder", "train", "rnn")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guiapp",
        description="Teach convolutional and recurrent neural networks (the course, as an app).",
        epilog="guiapp train --help: train a course network without a window.",
    )
    parser.add_argument(
        "--lang", choices=("en", "fr"), help="language of the interface (remembered)"
    )
    parser.add_argument("--tab", choices=TAB_NAMES, help="tab to open on")
    parser.add_argument(
        "--image", metavar="FILE", help="image to open in the convolution tab"
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help="render the window offscreen once settled, write a PNG, exit",
    )
    parser.add_argument(
        "--smoke", action="store_true", help="build every tab, then exit 0"
    )
    parser.add_argument(
        "--no-tensorflow",
        action="store_true",
        help="do not load TensorFlow in the background",
    )
    return parser


class Controller:
    """Owns the window (rebuilt on a language change) and the TensorFlow loader."""

    def __init__(self, app, language: str, load_tensorflow: bool, quiet: bool = False):
        from PySide6.QtCore import QObject

        from .ui import i18n

        self.app = app
        self.language = language
        self.window = None
        self.tf_status = ""
        i18n.install(language)
        self._receiver = QObject()  # lives in the GUI thread: worker signals land here
        self._loader = None
        self._load_tensorflow = load_tensorflow
        self.quiet = quiet

    def show(self, tab=None, image=None, restore=True):
        from .ui.main_window import MainWindow

        self.window = MainWindow(
            self.language, tab=tab, image=image, restore=restore, quiet=self.quiet
        )
        self.window.sig_language_requested.connect(self.set_language)
        self.window.set_tensorflow_status(self.tf_status)
        self.window.show()
        if self._load_tensorflow and self._loader is None:
            self._start_tensorflow()
        return self.window

    def _start_tensorflow(self):
        from PySide6.QtCore import QCoreApplication

        from .ui import threads
        from .ui.tf_loader import TensorFlowLoader

        self._loader = TensorFlowLoader()
        self._loader.sig_ready.connect(self._on_tf_ready)
        self._loader.sig_failed.connect(self._on_tf_failed)
        self._set_tf_status(
            QCoreApplication.translate(
                "MainWindow", "Loading TensorFlow in the background…"
            )
        )
        threads.start(self._loader, self._loader.run, self._loader.sig_finished)

    def _set_tf_status(self, text):
        self.tf_status = text
        if self.window is not None:
            self.window.set_tensorflow_status(text)

    def _on_tf_ready(self, versions):
        from PySide6.QtCore import QCoreApplication

        self._set_tf_status(
            QCoreApplication.translate("MainWindow", "%1 ready").replace("%1", versions)
        )

    def _on_tf_failed(self, error):
        from PySide6.QtCore import QCoreApplication

        self._set_tf_status(
            QCoreApplication.translate(
                "MainWindow", "TensorFlow could not be loaded: %1"
            ).replace("%1", error)
        )

    def set_language(self, language: str):
        """Switch language now: the window is rebuilt with the same state."""
        from .ui import i18n
        from .ui import settings as stored

        old = self.window
        old.save_state()
        stored.settings().setValue("language", language)
        self.language = language
        i18n.install(language)
        geometry = old.saveGeometry()
        self.show()
        self.window.restoreGeometry(geometry)
        old.close()
        old.deleteLater()

    def shutdown(self):
        from .ui import threads

        threads.stop_all()


def _install_excepthook():
    """An unexpected error shows a dialog instead of killing the app.

    The convolution tab's state is saved on every change, so nothing is lost.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(kind, value, tb):
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(text)
        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QApplication.translate("Crash", "Unexpected error"),
                QApplication.translate(
                    "Crash",
                    "guiapp hit an unexpected error. Your work is saved; "
                    "you can go on. Details below, for a bug report.",
                ),
            )
            box.setDetailedText(text)
            box.exec()

    sys.excepthook = hook


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["train"]:
        from .cli_train import main as train_main

        return train_main(argv[1:])
    args = build_parser().parse_args(argv)
    if args.screenshot or args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .ui import settings as stored
    from .ui.i18n import system_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("guiapp")
    app.setOrganizationName("guiapp")
    from .ui.main_window import TABS

    store = stored.settings()
    language = args.lang or store.value("language") or system_language()
    if language not in ("en", "fr"):
        language = "en"
    if args.lang:
        store.setValue("language", args.lang)
    tab = args.tab
    if tab and tab not in TABS:
        print(
            f"guiapp: the {tab} tab is not in this version yet; opening conv",
            file=sys.stderr,
        )
        tab = "conv"
    headless = bool(args.screenshot or args.smoke)
    controller = Controller(
        app,
        language,
        load_tensorflow=not (headless or args.no_tensorflow),
        quiet=headless,
    )
    window = controller.show(tab=tab, image=args.image)
    if headless:
        window.resize(1280, 800)  # the same picture whatever size was remembered
    _install_excepthook()
    app.aboutToQuit.connect(controller.shutdown)

    if args.smoke:
        names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
        print("smoke ok:", ", ".join(n.replace("&&", "&") for n in names))
        window.close()
        return 0

    if args.screenshot:
        target = Path(args.screenshot)

        def grab():
            target.parent.mkdir(parents=True, exist_ok=True)
            ok = window.grab().save(str(target), "PNG")
            print(f"screenshot {'written to' if ok else 'FAILED:'} {target}")
            window.close()
            app.exit(0 if ok else 1)

        QTimer.singleShot(600, grab)  # let layouts and views settle
        return app.exec()

    return app.exec()
