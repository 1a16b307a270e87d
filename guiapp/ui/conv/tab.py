"""The convolution and pooling tab (course part 1, sections 2.1 and 2.2)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget

from ..common import bind
from ..common.fit import FitArea, TabTitles, refit_combo_boxes
from ..common.tab import Tab, TabContext
from ..image_view import ImagePane
from .code_dialog import CodeDialog
from .controls import ControlsPanel
from .conv_page import ConvPage
from .opener import OTHER_TABS_FILES, ImageOpener
from .pooling_page import PoolingPage
from .runner import ConvRunner
from .sobel_page import SobelPage
from .state import PAGES, RESULT_INPUTS, ConvState

__all__ = ["ConvTab"]

#: the side panel's width in characters of its font (420 px in a 9-point font)
PANEL_CHARACTERS = 70


class ConvTab(Tab):
    """Kernel convolution, Sobel edges and pooling on a loaded photo."""

    name = "conv"

    def __init__(self, state: ConvState, context: TabContext, parent=None):
        super().__init__(state, context, parent)
        self.setAcceptDrops(True)
        self._undo_stack = QUndoStack(self)
        # first listener: a new setting clears the last refusal and the animation
        # before the runner and the pages see it
        state.subscribe(self._on_state_changed)
        self.runner = ConvRunner(state, self.session, self)
        self.runner.sig_failed.connect(self._on_compute_failed)
        self.opener = ImageOpener(self)

        # ---- views
        self.controls = ControlsPanel(state, self._undo_stack)
        self.kernel_editor = self.controls.kernel_editor
        self.conv_page = ConvPage(state)
        self.sobel_page = SobelPage(state)
        self.pool_page = PoolingPage(state)
        self.conv_page.take_keys_from(self.controls)
        self.pages = QTabWidget()
        for page in (self.conv_page, self.sobel_page, self.pool_page):
            self.pages.addTab(page, "")
        # short titles on a narrow pane (a projector's zoom), each tab's
        # tooltip saying the full one
        self.titles = TabTitles(
            self.pages,
            [
                (lambda: self.tr("Convolution"), lambda: self.tr("Convolution")),
                (lambda: self.tr("Sobel edges"), lambda: self.tr("Sobel")),
                (
                    lambda: self.tr("Pooling"),
                    lambda: self.tr("Pooling", "a page's short title"),
                ),
            ],
        )
        self.texts(self.titles.fit)
        self.pages.currentChanged.connect(self._on_page_chosen)
        bind.follow(state, "page", self._show_page, self.pages)

        self.panel_area = FitArea(self.controls)
        self.panel_area.setObjectName(self.SIDE_PANEL)  # hidden when presenting
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.panel_area)
        splitter.addWidget(self.pages)
        splitter.setChildrenCollapsible(False)
        # the panel as wide as its controls ask, the pages the rest
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        # ---- wiring
        self.controls.open_button.clicked.connect(self.ask_open_image)
        self.controls.code_button.clicked.connect(self.show_code)
        self.controls.sample_combo.activated.connect(self._on_sample_chosen)
        self.controls.sig_status.connect(self.sig_status)
        self.controls.code_button.setVisible(not context.hidden("show_code"))
        self.controls.open_button.setVisible(not context.hidden("open_image"))

        self.opener.restore()
        self._panes_started = False
        self._panel_fitted = False

    # ---- public API the window uses
    @property
    def undo_stack(self) -> QUndoStack:
        """The kernel's edits (Ctrl+Z)."""
        return self._undo_stack

    def open_image(self, path) -> bool:
        """Open an image file; on a bad file, say why and keep the current image.

        A large file is decoded off the GUI thread: True then means it is being
        opened (:meth:`busy` until it is shown).
        """
        return self.opener.open_file(path)

    def open_sample(self, name: str) -> None:
        """Show one of the bundled photos (guiapp.resources.SAMPLES)."""
        self.opener.open_sample(name)

    def ask_open_image(self) -> None:
        """Choose an image file in a dialog and open it."""
        self.opener.ask_open_image()

    def set_kernel_size(self, size: int) -> None:
        """Resize the kernel to F = ``size`` (odd, 1 to 11; undoable)."""
        self.kernel_editor.set_size(size)

    def show_page(self, page: str) -> None:
        """Show the page "conv", "sobel" or "pooling"."""
        self.state.page = page

    def code(self) -> str:
        """The NumPy code for the current page (see guiapp.core.codegen), its
        comments in the user's language."""
        return self.state.code(
            say=lambda text: QCoreApplication.translate("CoreMessages", text)
        )

    def show_code(self) -> None:
        CodeDialog(self.code(), self).exec()

    def result(self) -> np.ndarray | None:
        """The convolution output for the current settings (None while it is
        computed or when the kernel does not fit)."""
        return self.state.result

    def main_pane(self) -> ImagePane | None:
        """The pane an export saves: the output, the Sobel magnitude or max pooling."""
        page = self.state.page
        if page == "sobel":
            return self.sobel_page.magnitude_pane
        if page == "pooling":
            return self.pool_page.panes.get("max")
        return self.conv_page.output_pane

    def export_png(self, path: str) -> bool:
        """Save the current page's main image as a PNG (whole or not at all)."""
        pane = self.main_pane()
        return pane is not None and pane.export_png(path)

    def busy(self) -> bool:
        """True while a photo is decoded or results are computed in a worker."""
        return bool(self.state.loading) or self.runner.busy()

    def stop_animation(self) -> None:
        self.conv_page.stop_animation()

    def shutdown(self) -> None:
        self.stop_animation()
        self.runner.stop()
        self.opener.stop()

    def retranslate(self) -> None:
        super().retranslate()
        self.controls.retranslate()
        for page in (self.conv_page, self.sobel_page, self.pool_page):
            page.retranslate()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # the zoom: the children have the new font; measure again
            refit_combo_boxes(self)
            if self._panel_fitted:
                QTimer.singleShot(0, self, self.fit_panel)

    def fit_panel(self) -> None:
        """Give the side panel PANEL_CHARACTERS characters of its font (up to
        40 % of the tab, never less than its controls need), the pages the
        rest: when the tab is first shown and after a zoom, the user's
        splitter otherwise kept."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        natural = self.controls.fontMetrics().averageCharWidth() * PANEL_CHARACTERS
        panel = min(natural, int(total * 0.4))
        panel = max(panel, self.panel_area.minimumSizeHint().width())
        self.splitter.setSizes([panel, max(total - panel, 0)])

    def showEvent(self, event):  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._panel_fitted:
            self._panel_fitted = True
            QTimer.singleShot(0, self, self.fit_panel)
        if not self._panes_started:
            self._panes_started = True
            QTimer.singleShot(200, self, self._add_next_pane)

    @Slot()
    def _add_next_pane(self) -> None:
        # the Sobel and pooling panes, one per turn of the event loop
        if self.sobel_page.add_pane() or self.pool_page.add_pane():
            QTimer.singleShot(0, self, self._add_next_pane)

    # ---- drag and drop (the window forwards drops here)
    def dragEnterEvent(self, event):  # noqa: N802 (Qt override)
        files = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if not files:
            return
        if Path(files[0].toLocalFile()).suffix.lower() in OTHER_TABS_FILES:
            event.ignore()  # the window takes it and opens it in its tab
            return
        event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802 (Qt override)
        if self.context.hidden("open_image"):
            self.sig_status.emit(
                self.tr(
                    "The teacher's settings keep to the photos shipped with guiapp."
                )
            )
            event.ignore()
            return
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_image(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    # ---- slots
    def _on_state_changed(self, name: str) -> None:
        if name in RESULT_INPUTS:
            if self.state.notice:
                self.state.notice = ""
            self.stop_animation()

    @Slot(int)
    def _on_page_chosen(self, index: int) -> None:
        self.state.page = PAGES[index]

    def _show_page(self, page: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(page))

    @Slot(int)
    def _on_sample_chosen(self, index: int) -> None:
        name = self.controls.sample_combo.itemData(index)
        if name == "file":
            self.ask_open_image()
            self.controls.show_sample(self.state.sample)  # as it was if cancelled
        else:
            self.open_sample(name)

    @Slot(str)
    def _on_compute_failed(self, message: str) -> None:
        self.tell(self.tr("Cannot compute this result"), message)
