"""What the user sees when guiapp hits an error it did not expect.

Python calls ``sys.excepthook`` for an exception raised in a slot or a timer's
callback. A timer that fails does so again at its next tick (33 times a second
for the RNN's animation): the first time the traceback goes to stderr and one
dialog says the work is saved; the repeats of the same error are counted, not
shown again, and the dialog does not block the event loop (no nested dialogs).
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox

__all__ = ["CrashReporter", "install"]


def _key(kind, value, tb) -> tuple:
    """The same error at the same place: type, message, innermost frame."""
    frames = traceback.extract_tb(tb)
    where = (frames[-1].filename, frames[-1].lineno) if frames else ("", 0)
    return (kind.__name__, str(value)[:200], where)


class CrashReporter(QObject):
    """Reports each distinct unexpected error once (stderr and one dialog)."""

    def __init__(self, stream=None, show_dialog: bool = True):
        super().__init__()
        self.stream = stream or sys.stderr
        self.show_dialog = show_dialog
        self.seen: dict[tuple, int] = {}
        self.dialog: QMessageBox | None = None

    def report(self, kind, value, tb) -> None:
        key = _key(kind, value, tb)
        count = self.seen.get(key, 0) + 1
        self.seen[key] = count
        if count == 1:
            self.stream.write("".join(traceback.format_exception(kind, value, tb)))
        elif count in (2, 10, 100, 1000):
            self.stream.write(f"guiapp: the same error again ({count} times)\n")
        if count == 1 and self.show_dialog and QApplication.instance() is not None:
            self._show(traceback.format_exception(kind, value, tb))

    def _show(self, lines: list[str]) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the details of the first are enough
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Crash", "Unexpected error"),
            QCoreApplication.translate(
                "Crash",
                "guiapp hit an unexpected error. Your work is saved; "
                "you can go on. Details below, for a bug report.",
            ),
        )
        box.setDetailedText("".join(lines))
        self.dialog = box
        box.open()  # not exec(): no nested event loop, no dialog per tick


_reporter: list[CrashReporter] = []


def install() -> CrashReporter:
    """Make :class:`CrashReporter` the handler of unexpected errors."""
    if not _reporter:
        _reporter.append(CrashReporter())
    sys.excepthook = _reporter[0].report
    return _reporter[0]
