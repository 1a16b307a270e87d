"""Start-up: command line, QApplication, translations, the main window.

The window shows before TensorFlow is imported; TensorFlow then loads in a
background thread and the status bar says when it is ready.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

TAB_NAMES = ("conv", "builder", "train", "rnn")


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose refusals echo a bounded part of what was typed.

    argparse repeats a refused value whole ("invalid choice: 'xxxx…'",
    "unrecognized arguments: …"): a pasted paragraph would fill the terminal.
    """

    def error(self, message: str):
        super().error(bounded(message))


def bounded(message: str, word: int = 80, whole: int = 400) -> str:
    """``message`` with each word longer than ``word`` characters shortened, and
    at most ``whole`` characters (what an argparse refusal may echo)."""
    from .core.messages import shorten

    words = [
        shorten(part, word * 3 // 4) if len(part) > word else part
        for part in message.split(" ")
    ]
    return shorten(" ".join(words), whole)


def file_problem(text: str, folders_made: bool) -> str | None:
    """Why no file can be written at ``text``, or None when it can (as far as
    can be told before writing): a folder, a NUL character, a name too long,
    a folder that is missing (unless ``folders_made``), a file where a folder
    should be, a folder that cannot be written."""
    from .core.messages import shorten

    shown = repr(shorten(text, 60))
    if not text.strip():
        return "an empty file name"
    if "\0" in text:
        return f"{shown} holds a NUL character, which no file name can"
    try:
        path = Path(text)
        if len(os.fsencode(path.name)) > 200:
            return f"the file name {shown} is too long (at most 200 bytes)"
        if path.is_dir():
            return f"{shown} is a folder, not a file name"
        folder = path.parent
        if not folders_made and not folder.is_dir():
            return f"no folder {shorten(folder, 60)}"
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent  # the folders the screenshot would make
        if not folder.is_dir():
            return f"{shorten(folder, 60)} is a file, not a folder"
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"the folder {shorten(folder, 60)} cannot be written"
    except (OSError, ValueError) as error:  # UnicodeEncodeError is a ValueError
        return f"{shown} cannot be a file name ({shorten(error, 60)})"
    return None


def writable_file(text: str) -> str:
    """An argparse type: a file that can be written (its folders are made)."""
    problem = file_problem(text, folders_made=True)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="guiapp",
        description="Teach convolutional and recurrent neural networks (the course, as an app).",
        epilog="guiapp train --help: train a course network without a window. "
        "Exit status: 0 when the window is closed, 1 if a screenshot could not be "
        "written, 2 for a wrong option.",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        help="language of the interface, remembered (default: the one remembered, "
        "else the system's)",
    )
    parser.add_argument(
        "--tab",
        choices=TAB_NAMES,
        help="tab to open on (default: the one open when the app was last closed)",
    )
    parser.add_argument(
        "--image",
        metavar="FILE",
        # any path: a missing or bad file is said in the window (or on stderr
        # headless) and the app still starts (a desktop shortcut to a moved
        # photo must not stop the lesson)
        help="image to open in the convolution tab",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        type=writable_file,
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
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="keep TensorFlow's own log lines and Python warnings in the terminal",
    )
    return parser


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["train"] or argv[:2] == ["--verbose", "train"]:
        from .cli_train import main as train_main

        train_argv = argv[1:] if argv[0] == "train" else [*argv[2:], "--verbose"]
        return train_main(train_argv)
    args = build_parser().parse_args(argv)
    from .ml.backend import quiet_tensorflow

    quiet_tensorflow(verbose=args.verbose)  # before anything imports TensorFlow
    if args.screenshot or args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .ui import settings as stored
    from .ui.i18n import system_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("guiapp")
    app.setOrganizationName("guiapp")
    from PySide6.QtGui import QIcon

    from .resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "guiapp.svg"))))
    from . import teacher as teacher_settings

    try:
        teacher = teacher_settings.load()
    except Exception as error:  # a class must start, whatever the file holds
        teacher = teacher_settings.TeacherSettings(
            problems=[f"not read: {type(error).__name__}: {error}"]
        )
    where = f"teacher settings {teacher.path}" if teacher.path else "teacher settings"
    for problem in teacher.problems:
        print(f"guiapp: {where}: {problem}", file=sys.stderr)
    store = stored.settings()
    # a teacher's fixed language wins over the remembered one and --lang
    language = (
        teacher.language or args.lang or store.value("language") or system_language()
    )
    if language not in ("en", "fr"):
        language = "en"
    headless = bool(args.screenshot or args.smoke)
    if args.lang and not headless:
        store.setValue("language", args.lang)
    tab = args.tab
    if tab and tab not in teacher.tabs:
        print(f"guiapp: the teacher settings hide the {tab} tab", file=sys.stderr)
        tab = teacher.tabs[0]
    from .ui.controller import Controller

    controller = Controller(
        app,
        language,
        load_tensorflow=not (headless or args.no_tensorflow),
        quiet=headless,
        persist=not headless,
        teacher=teacher,
    )
    window = controller.show(tab=tab, image=args.image)
    if headless:
        window.resize(1280, 800)  # the same picture whatever size was remembered
    from .ui import crash

    crash.install()  # an unexpected error: one dialog, the work kept
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
        return _leave(app.exec())

    return _leave(app.exec())


def _leave(code: int) -> int:
    """Exit status ``code``, once no worker thread runs.

    The window stopped every job on close and the settings are saved. A job
    still inside one long TensorFlow call must not have its thread destroyed by
    the interpreter's exit (Qt then aborts the process: "QThread: Destroyed while
    thread is still running"): wait a little more, then leave at once.
    """
    from .ui import threads

    threads.stop_all(3000)
    if threads.running():
        sys.stderr.flush()
        sys.stdout.flush()
        os._exit(code)
    return code
