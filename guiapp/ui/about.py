"""The About box: version, licences and the attribution of every shipped file."""

from __future__ import annotations

import platform
import re

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import __version__
from ..resources import resource_path


def _escaped(text: str) -> str:
    """``text`` shown as it is in Markdown: a teacher's file may hold ``*``,
    ``_``, ``<b>`` or ``#`` (CommonMark lets any ASCII punctuation be escaped)."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", text)


class AboutDialog(QDialog):
    def __init__(self, tensorflow_status: str = "", parent=None, teacher=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About guiapp"))
        browser = QTextBrowser()
        browser.setOpenExternalLinks(False)
        intro = self.tr(
            "# guiapp {version}\n\n"
            "A desktop application that teaches convolutional and recurrent neural "
            "networks, following the course *Réseaux de neurones convolutifs et "
            "récurrents*.\n\n"
            "guiapp is free software under the BSD-3-Clause licence. It runs offline: "
            "it never reaches the network unless you ask for a download.\n\n"
            "Python {python}, PySide6 {pyside}. {tensorflow}\n\n"
        ).format(
            version=__version__,
            python=platform.python_version(),
            pyside=pyside_version,
            tensorflow=tensorflow_status,
        )
        if teacher is not None and teacher.path is not None:
            intro += (
                self.tr("Teacher settings in force: %1").replace(
                    "%1", _escaped(str(teacher.path))
                )
                + "\n\n"
            )
        if teacher is not None and teacher.problems:
            # one item each: what was found in the file and what was done with it
            intro += self.tr("Ignored: %1").replace("%1", "").rstrip() + "\n\n"
            intro += "".join(f"- {_escaped(p)}\n" for p in teacher.problems) + "\n"
        try:
            attribution = resource_path("ATTRIBUTION.md").read_text(encoding="utf-8")
        except OSError:
            attribution = ""
        if attribution:
            # the licences are quoted as their authors wrote them: say so
            intro += (
                self.tr(
                    "The licences and sources of the files shipped with guiapp "
                    "follow, in English, as their authors wrote them."
                )
                + "\n\n"
            )
        browser.setMarkdown(intro + attribution)
        self.browser = browser
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
