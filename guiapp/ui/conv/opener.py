"""Opening the tab's photo: a bundled sample, a file, a dropped file.

A file of up to :attr:`ImageOpener.SYNC_DECODE_PIXELS` pixels is decoded at
once (a 1000 x 1000 PNG took ~9 ms, a JPEG ~14 ms); a larger one is decoded in
the job "conv-load" (a 3000 x 2000 photo took 60-80 ms). Qt's QImageReader and
QImage may run outside the GUI thread; only the array comes back. Opening
another photo meanwhile wins: the late decode is ignored.

A smaller copy is offered only when ``load_image`` can deliver it: a file too
large to decode at all (a 40 000 x 40 000 PNG) or too short for its header is
refused at once, whichever way it comes (dialog, drop, start-up), and the
photo shown stays.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox

from ...images import (
    MAX_PIXELS,
    ImageError,
    ImageTooLarge,
    load_image,
    supported_suffixes,
)
from ...resources import SAMPLES, sample_path
from ..common.files import ask_open_path

__all__ = ["ImageOpener", "decode", "OTHER_TABS_FILES"]

#: the files a drop on the window opens in another tab, never as a photo: Keras
#: models (Training), networks (CNN builder), datasets (Training's import)
OTHER_TABS_FILES = frozenset({".keras", ".h5", ".json", ".npz", ".gz"})


def decode(task, path: str, downscale: bool, token: int):
    """Read ``path`` (a job): ``(token, path, image, "")``, or
    ``(token, path, None, reason)`` when it cannot be read."""
    try:
        return token, path, load_image(path, downscale=downscale), ""
    except ImageError as error:
        return token, path, None, str(error)


class ImageOpener(QObject):
    """Opens photos into the tab's state; refusals are told to the user."""

    SYNC_DECODE_PIXELS = 1_000_000

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.state = tab.state
        self._token = 0  # the latest request; a decode of an older one is ignored
        self._job = None

    # ---- public API
    def open_sample(self, name: str) -> None:
        """Show one of the bundled photos (small: read at once)."""
        self._next_request()
        self._show_sample(name)

    def open_file(self, path, restoring: bool = False) -> bool:
        """Open an image file; False (and a message) when it cannot be opened.

        A large file is decoded in a worker: True then means it is being opened.
        ``restoring`` (at start-up): open a smaller copy of a too-large photo
        without asking, and say nothing if the file is gone or damaged.
        """
        path = Path(path)
        self._next_request()
        try:
            image = load_image(path, max_pixels=self.SYNC_DECODE_PIXELS)
        except ImageTooLarge as error:
            image, (width, height) = None, error.size
        except ImageError as error:
            if not restoring:
                self._refuse(str(error))
            return False
        if image is not None:
            self.state.set_image(image, "file", str(path))
            return True
        downscale = width * height > MAX_PIXELS
        if downscale and not restoring and not self._agree_to_copy(path):
            return False
        if self.state.image is None:
            self._show_sample("chelsea")  # something to show while decoding
        self.state.loading = path.name
        self._job = self.tab.session.start(
            "conv-load", decode, str(path), downscale, self._token
        )
        self._job.sig_done.connect(self._on_decoded)
        self._job.sig_failed.connect(self._on_decode_failed)
        return True

    def ask_open_image(self) -> None:
        """Choose a file in a dialog and open it."""
        patterns = " ".join(f"*.{suffix}" for suffix in supported_suffixes())
        path = ask_open_path(
            self.tab,
            self.tr("Open image"),
            self.state.last_folder,
            self.tr("Images (%s)") % patterns + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.open_file(path)

    def restore(self) -> None:
        """Open the photo the state names (at start-up), else the course's."""
        state = self.state
        if state.sample == "file":
            path = state.image_path
            if path and Path(path).is_file() and self.open_file(path, restoring=True):
                return
        self.open_sample(state.sample if state.sample in SAMPLES else "chelsea")

    def stop(self) -> None:
        """Forget a decode in progress."""
        self._next_request()
        self.state.loading = ""

    # ---- helpers
    def _next_request(self) -> None:
        self._token += 1
        if self._job is not None:
            self._job.stop()
            self._job = None

    def _show_sample(self, name: str) -> None:
        self.state.set_image(load_image(sample_path(name)), name)

    def _agree_to_copy(self, path: Path) -> bool:
        try:
            load_image(path)  # reads the header and says how large a copy fits
            message = ""
        except ImageTooLarge as error:
            message = str(error)
        except ImageError as error:
            self._refuse(str(error))
            return False
        if self.tab.context.quiet:
            opening = self.tr("Opening the smaller copy.")
            print(f"guiapp: {message} {opening}", file=sys.stderr)
            return True
        answer = QMessageBox.question(
            self.tab,
            self.tr("Large image"),
            message + "\n\n" + self.tr("Open the smaller copy?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot(object)
    def _on_decoded(self, outcome) -> None:
        token, path, image, reason = outcome
        if token != self._token:
            return  # another photo was asked for meanwhile
        self._job = None
        if image is None:
            self.state.loading = ""
            self._refuse(reason)
            return
        self.state.set_image(image, "file", path)

    @Slot(str)
    def _on_decode_failed(self, message: str) -> None:
        self._job = None
        self.state.loading = ""
        self._refuse(message)

    def _refuse(self, message: str) -> None:
        self.tab.tell(self.tr("Cannot open this image"), message)
