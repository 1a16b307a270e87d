"""The main window: tabs, menus, zoom for the projector, and what is remembered."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from . import settings as stored
from .conv_tab import ConvTab
from .glossary import GlossaryDock

#: Tabs in the order they appear, by the name ``--tab`` takes.
TABS = ("conv", "builder", "train", "rnn")
#: Made after the window shows (or when first needed).
DEFERRED = ("builder", "train", "rnn")

ZOOM_STEPS = (70, 80, 90, 100, 115, 130, 150, 175, 200, 250)


class MainWindow(QMainWindow):
    """guiapp's window. Long work never runs here (see guiapp.ui.threads)."""

    sig_language_requested = Signal(str)
    """The user chose a language in the Language menu ("en" or "fr")."""

    def __init__(
        self,
        language: str = "en",
        tab: str | None = None,
        image: str | None = None,
        restore: bool = True,
        persist: bool = True,
        quiet: bool = False,
        teacher=None,
    ):
        super().__init__()
        from ..teacher import TeacherSettings

        self.teacher = teacher or TeacherSettings()
        self.language = language
        self.setWindowTitle(self.tr("guiapp — convolutional and recurrent networks"))
        self.setAcceptDrops(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.quiet = quiet
        self.restoring = restore
        self.conv_tab = ConvTab(quiet=quiet)
        # The training and RNN tabs hold a dozen pyqtgraph plots (~100 ms to
        # make): they are made just after the window shows (or when first
        # needed), so the first window appears as fast as with the conv tab
        # alone. Until then a placeholder holds their place in the tab bar.
        self._made: dict[str, QWidget] = {}
        self.tab_widgets = {
            "conv": self.conv_tab,
            "builder": QWidget(),
            "train": QWidget(),
            "rnn": QWidget(),
        }
        self.titles = titles = {
            "conv": self.tr("Convolution && pooling"),
            "builder": self.tr("CNN builder"),
            "train": self.tr("Training"),
            "rnn": self.tr("Recurrent networks"),
        }
        # a teacher's settings file may show fewer tabs (the others still exist)
        for name in self.teacher.tabs:
            self.tabs.addTab(self.tab_widgets[name], titles[name])
        self.setCentralWidget(self.tabs)
        self.glossary = GlossaryDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.glossary)
        self.glossary.hide()
        self.tf_label = QLabel()
        self.statusBar().addPermanentWidget(self.tf_label)
        self.conv_tab.sig_status.connect(self._show_status)
        self._build_menus()
        self.persist = persist
        available = self.screen().availableGeometry()
        # 1280 x 800, or less on a small screen (a 1366 x 768 laptop)
        self.resize(min(1280, available.width()), min(800, available.height() - 40))

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_state)

        self._apply_teacher_defaults()
        if restore:
            self._restore(tab)
        else:
            self.show_tab(tab)
        if image:
            self.conv_tab.open_image(image)
        self.conv_tab.sig_state_changed.connect(self._save_timer.start)
        self.tabs.currentChanged.connect(self._save_timer.start)
        self.tabs.currentChanged.connect(self._make_shown_tab)
        self._shown_once = False
        self.set_zoom(self.zoom, announce=False)

    # ---- tabs
    @property
    def builder_tab(self):
        """The CNN builder tab (a BuilderTab), made on first use."""
        return self._tab("builder")

    @property
    def train_tab(self):
        """The training tab (a TrainTab), made on first use."""
        return self._tab("train")

    @property
    def rnn_tab(self):
        """The RNN tab (an RnnTab), made on first use."""
        return self._tab("rnn")

    def _tab(self, name: str):
        """The builder, training or RNN tab, made now if it was not yet."""
        if name in self._made:
            return self._made[name]
        # imported here too: their modules (pyqtgraph plots, datasets) cost ~45 ms
        if name == "builder":
            from .builder_tab import BuilderTab

            tab = BuilderTab(quiet=self.quiet)
            if self.teacher.preset:  # a default: a remembered network replaces it below
                from ..presets import preset

                tab.set_stack(*preset(self.teacher.preset))
                tab.undo_stack.clear()
            self.undo_group.addStack(tab.undo_stack)
            tab.sig_train_requested.connect(self._train_builder_network)
        elif name == "train":
            from .train_tab import TrainTab

            tab = TrainTab(quiet=self.quiet, builder=self.builder_tab)
            self._apply_teacher_to_training(tab)
        else:
            from .rnn_tab import RnnTab

            tab = RnnTab(quiet=self.quiet)
        self._made[name] = tab
        if self.restoring:
            state = stored.load_json(f"{name}/state", None)
            if isinstance(state, dict):
                tab.restore(state)
        tab.sig_status.connect(self._show_status)
        tab.sig_state_changed.connect(self._save_timer.start)
        placeholder = self.tab_widgets[name]
        self.tab_widgets[name] = tab
        index = self.tabs.indexOf(placeholder)
        if index >= 0:
            current = self.tabs.currentIndex()
            blocker = QSignalBlocker(self.tabs)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, self.titles[name])
            self.tabs.setCurrentIndex(current)
            del blocker
            placeholder.deleteLater()
        return tab

    def showEvent(self, event):  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # after the first paint: the window is on screen before they are made
            QTimer.singleShot(200, self._make_deferred_tabs)

    def _make_deferred_tabs(self) -> None:
        for name in DEFERRED:
            self._tab(name)

    def _make_shown_tab(self, index: int) -> None:
        for name in DEFERRED:
            if (
                name not in self._made
                and self.tabs.widget(index) is self.tab_widgets[name]
            ):
                self._tab(name)

    def show_tab(self, name: str | None) -> bool:
        """Show the tab called ``name`` (conv, builder, train, rnn) if it is shown at all."""
        if name in DEFERRED:
            self._tab(name)
        widget = self.tab_widgets.get(name or "")
        if widget is None or self.tabs.indexOf(widget) < 0:
            return False
        self.tabs.setCurrentWidget(widget)
        return True

    def current_tab_name(self) -> str:
        return next(
            n for n, w in self.tab_widgets.items() if w is self.tabs.currentWidget()
        )

    def _apply_teacher_defaults(self) -> None:
        teacher = self.teacher
        hide = teacher.hide
        self.code_action.setVisible("show_code" not in hide)
        self.conv_tab.code_button.setVisible("show_code" not in hide)
        self.open_action.setVisible("open_image" not in hide)
        self.conv_tab.open_button.setVisible("open_image" not in hide)
        self.export_action.setVisible("export" not in hide)
        if teacher.language:
            for action in self.language_actions.values():
                action.setEnabled(False)

    def _apply_teacher_to_training(self, tab) -> None:
        teacher = self.teacher
        if teacher.preset:
            tab.model_combo.setCurrentIndex(
                max(0, tab.model_combo.findData(teacher.preset))
            )
        if teacher.dataset:
            tab.dataset_combo.setCurrentIndex(
                max(0, tab.dataset_combo.findData(teacher.dataset))
            )
        tab.allow_download = "download" not in teacher.hide
        tab._update_dataset_status()

    # ---- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open image…"),
            QKeySequence.StandardKey.Open,
            self.conv_tab.ask_open_image,
            file_menu,
        )
        self.export_action = self._action(
            self.tr("&Export result as PNG…"), "Ctrl+E", self.ask_export, file_menu
        )
        self.code_action = self._action(
            self.tr("Show &code"), "Ctrl+K", self.conv_tab.show_code, file_menu
        )
        file_menu.addSeparator()
        self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, file_menu
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # one Undo for the window, acting on the shown tab's own history
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.conv_tab.kernel_editor.undo_stack)
        self.undo_group.setActiveStack(self.conv_tab.kernel_editor.undo_stack)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu(self.tr("&View"))
        zoom_in = self._action(
            self.tr("Zoom &in"), "Ctrl+=", lambda: self.step_zoom(+1), view_menu
        )
        zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self._action(
            self.tr("Zoom &out"), "Ctrl+-", lambda: self.step_zoom(-1), view_menu
        )
        self._action(
            self.tr("&Reset zoom"), "Ctrl+0", lambda: self.set_zoom(100), view_menu
        )
        view_menu.addSeparator()
        glossary_action = self.glossary.toggleViewAction()
        glossary_action.setText(self.tr("&Glossary"))
        glossary_action.setShortcut("F1")
        view_menu.addAction(glossary_action)

        language_menu = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in (("en", "English"), ("fr", "Français")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.setData(code)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        group.triggered.connect(self._on_language)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&About guiapp"), None, self.show_about, help_menu)

    def _action(self, text, shortcut, slot, menu) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ---- zoom for the projector
    @property
    def zoom(self) -> int:
        return int(stored.settings().value("zoom", 100))

    def set_zoom(self, percent: int, announce: bool = True) -> None:
        """Scale the text of every pane to ``percent`` of the normal size."""
        app = QApplication.instance()
        base = app.property("guiapp_base_point_size")
        if base is None:
            base = app.font().pointSizeF()
            app.setProperty("guiapp_base_point_size", base)
        font = app.font()
        font.setPointSizeF(float(base) * percent / 100)
        app.setFont(font)  # propagates to every widget without a font of its own
        stored.settings().setValue("zoom", int(percent))
        if announce:
            self.statusBar().showMessage(
                self.tr("Zoom %1 %").replace("%1", str(percent)), 2000
            )

    def step_zoom(self, direction: int) -> None:
        current = self.zoom
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < current]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.conv_tab:
            stack = self.conv_tab.kernel_editor.undo_stack
        elif widget is self._made.get("builder"):
            stack = widget.undo_stack
        else:
            stack = None  # the training and RNN tabs have no undo history
        self.undo_group.setActiveStack(stack)

    def _train_builder_network(self) -> None:
        """The builder's "Train this network": show it in the training tab."""
        combo = self.train_tab.model_combo
        combo.setCurrentIndex(combo.findData("builder"))
        self.tabs.setCurrentWidget(self.train_tab)

    # ---- actions
    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export result as PNG"),
            self.conv_tab.last_folder,
            self.tr("PNG images (*.png)"),
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.conv_tab.export_png(path):
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        else:
            self._show_status(self.tr("Could not write %1").replace("%1", path))

    def show_about(self) -> None:
        from .about import AboutDialog  # imported when asked: start-up stays short

        AboutDialog(self.tf_label.text(), self, teacher=self.teacher).exec()

    @Slot(str)
    def set_tensorflow_status(self, text: str) -> None:
        self.tf_label.setText(text)

    @Slot(str)
    def _show_status(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 8000)

    def _on_language(self, action: QAction) -> None:
        code = action.data()
        if code != self.language:
            self.sig_language_requested.emit(code)

    # ---- drag and drop of image files on the whole window
    def dragEnterEvent(self, event):
        self.conv_tab.dragEnterEvent(event)

    def dropEvent(self, event):
        self.tabs.setCurrentWidget(self.conv_tab)
        self.conv_tab.dropEvent(event)

    # ---- remembered between runs
    def save_state(self) -> None:
        if not self.persist:
            return
        store = stored.settings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("tab", self.current_tab_name())
        store.setValue("glossary", self.glossary.isVisible())
        store.setValue("last_folder", self.conv_tab.last_folder)
        stored.save_json("conv/state", self.conv_tab.state())
        for name, tab in self._made.items():  # a tab not made yet keeps its saved state
            stored.save_json(f"{name}/state", tab.state())

    def _restore(self, tab: str | None) -> None:
        store = stored.settings()
        geometry = store.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = stored.load_json("conv/state", None)
        if isinstance(state, dict):
            self.conv_tab.restore(state)
        tab = tab or store.value("tab", "conv")
        self.show_tab(tab)
        if str(store.value("glossary", "false")).lower() == "true":
            self.glossary.show()

    def closeEvent(self, event):
        self.conv_tab.stop_animation()
        for tab in self._made.values():
            tab.wait()  # the builder's Keras check; training stops after the batch
        self.save_state()
        super().closeEvent(event)
