"""The main window: tabs, menus, zoom for the projector, and what is remembered.

The window makes every tab's document first (plain Python, cheap), restores the
remembered settings into them, then the tabs' widgets (the convolution tab at
once, the others just after the window shows). A language switch sets every
text again in place: the documents, the trained models, the curves and the undo
histories stay. All Keras work goes through one KerasSession, which the window
stops on close.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QSignalBlocker,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from . import drops, i18n, tabs
from . import settings as stored
from .common import timers, wheel
from .common.announce import announce
from .common.files import ask_save_path, explain
from .common.jobs import KerasSession
from .common.stages import Stages
from .common.tab import Documents, Tab, TabContext
from .common.texts import Texts
from .glossary import GlossaryDock

ZOOM_STEPS = (70, 80, 90, 100, 115, 130, 150, 175, 200, 250)


class MainWindow(QMainWindow):
    """guiapp's window. Long work never runs here (see guiapp.ui.common.jobs)."""

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
        self.persist = persist
        self.texts = Texts()
        wheel.install()  # the wheel scrolls panels, not unfocused boxes
        self._stages = Stages(self)  # language and zoom, tab by tab
        self._busy_name = ""
        self._closed = False
        self._presenting = False
        self._state_before_presenting = Qt.WindowState.WindowNoState
        self._presenting_hint = QLabel(self)
        self._presenting_hint.setObjectName("presenting_hint")
        self._presenting_hint.setStyleSheet(
            "background: rgba(30, 30, 30, 210); color: white; padding: 8px 14px;"
            "border-radius: 6px;"
        )
        self._presenting_hint.hide()
        self._hint_timer = timers.timer(
            self, 4000, self._presenting_hint.hide, single_shot=True
        )
        self.setAcceptDrops(True)
        self.session = KerasSession(self)
        self.context = TabContext(
            session=self.session, teacher=self.teacher, quiet=quiet
        )
        self._save_timer = timers.timer(self, 400, self.save_state, single_shot=True)
        # ---- the documents: each tab's state, made before its widget (the
        # first tab's now, the others when first needed: start-up stays short)
        self._restore_saved = restore
        self.context.documents = Documents(self._make_document)

        # ---- the tabs: placeholders until each is made
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # on a 1024-pixel projector at 200 %: titles elided, never scrolled away
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(False)
        self.tab_widgets: dict[str, QWidget] = {}
        self._made: dict[str, Tab] = {}
        for name in self.teacher.tabs:  # a teacher's settings may show fewer tabs
            self.tab_widgets[name] = placeholder = QWidget()
            self.tabs.addTab(placeholder, "")
        self.setCentralWidget(self.tabs)
        self.glossary = GlossaryDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.glossary)
        self.glossary.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: Keras is working
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.busy_label = QLabel()
        self.tf_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.tf_label)
        self._tf_retire_timer = timers.timer(
            self, 10_000, lambda: self.tf_label.setVisible(False), single_shot=True
        )
        self.session.sig_busy.connect(self._on_busy)
        self.undo_group = QUndoGroup(self)
        self._build_menus()
        self.texts(
            lambda: self.setWindowTitle(
                self.tr("guiapp — convolutional and recurrent networks")
            )
        )
        self.texts(self._retitle_tabs)

        available = self.screen().availableGeometry()
        # 1280 x 800, or less on a small screen (a 1366 x 768 laptop)
        self.resize(min(1280, available.width()), min(800, available.height() - 40))
        first = next((n for n in self.teacher.tabs if not tabs.spec(n).deferred), None)
        if first:
            self.tab(first)
        if restore:
            self._restore_window(tab)
        else:
            self.show_tab(tab)
        if image:
            self.conv_tab.open_image(image)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._on_tab_changed(self.tabs.currentIndex())
        self._shown_once = False
        self._texts_language = i18n.current()
        self.set_zoom(self.zoom, announce=False, staged=False)

    # ---- tabs
    def tab(self, name: str) -> Tab:
        """The tab called ``name``, made now if it was not yet."""
        if name in self._made:
            return self._made[name]
        spec = tabs.spec(name)
        widget = spec.widget_class()(self.context.documents[name], self.context)
        self._made[name] = widget
        widget.sig_status.connect(self._show_status)
        if widget.undo_stack is not None:
            self.undo_group.addStack(widget.undo_stack)
        if name == "builder":
            widget.sig_train_requested.connect(self._train_builder_network)
        if self._presenting:
            widget.set_presenting(True)
        placeholder = self.tab_widgets.get(name)
        self.tab_widgets[name] = widget
        index = self.tabs.indexOf(placeholder) if placeholder is not None else -1
        if index >= 0:
            current = self.tabs.currentIndex()
            blocker = QSignalBlocker(self.tabs)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, spec.title())
            self.tabs.setTabToolTip(index, spec.title().replace("&&", "&"))
            self.tabs.setCurrentIndex(current)
            del blocker
            placeholder.deleteLater()
            self._on_tab_changed(self.tabs.currentIndex())
        return widget

    @property
    def conv_tab(self):
        """The convolution tab (made at start-up)."""
        return self.tab("conv")

    @property
    def builder_tab(self):
        """The CNN builder tab, made on first use."""
        return self.tab("builder")

    @property
    def train_tab(self):
        """The training tab, made on first use."""
        return self.tab("train")

    @property
    def rnn_tab(self):
        """The RNN tab, made on first use."""
        return self.tab("rnn")

    def showEvent(self, event):  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # after the first paint: the window is on screen before they are made
            QTimer.singleShot(200, self, self._make_deferred_tabs)

    def _make_deferred_tabs(self) -> None:
        for name in self.teacher.tabs:
            self.tab(name)

    def show_tab(self, name: str | None) -> bool:
        """Show the tab called ``name`` if the teacher's settings show it."""
        if name not in self.tab_widgets:
            return False
        self.tabs.setCurrentWidget(self.tab(name))
        return True

    def current_tab_name(self) -> str:
        current = self.tabs.currentWidget()
        return next((n for n, w in self.tab_widgets.items() if w is current), "")

    def _retitle_tabs(self) -> None:
        for name, widget in self.tab_widgets.items():
            index = self.tabs.indexOf(widget)
            if index >= 0:
                title = tabs.spec(name).title()
                self.tabs.setTabText(index, title)
                # the whole title on hover when a narrow window elides it
                self.tabs.setTabToolTip(index, title.replace("&&", "&"))

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        self.finish_updates()  # the tab about to show has its texts and font
        widget = self.tabs.widget(index)
        name = next((n for n, w in self.tab_widgets.items() if w is widget), None)
        if name is not None and name not in self._made:
            self.tab(name)  # shown before it was made: make it now
            return
        self.undo_group.setActiveStack(getattr(widget, "undo_stack", None))
        self._save_timer.start()

    def _make_document(self, name: str):
        """Tab ``name``'s document: the teacher's defaults, then what was
        remembered (which wins); changes are saved (debounced)."""
        document = tabs.spec(name).make_state()
        teacher = self.teacher
        if teacher.preset and name in ("builder", "train"):
            from ..presets import preset

            if name == "builder":
                document.set_stack(*preset(teacher.preset))
            else:
                document.network = teacher.preset
        if teacher.dataset and name == "train":
            document.dataset = teacher.dataset
        if self._restore_saved:
            saved = stored.load_json(f"{name}/state", None)
            if saved is not None:
                document.from_dict(saved)
        document.subscribe(self._on_document_changed)
        return document

    @Slot()
    def _train_builder_network(self) -> None:
        """The builder's "Train this network": show it in the training tab."""
        self.context.documents["train"].network = "builder"
        self.show_tab("train")

    # ---- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menu(bar, lambda: self.tr("&File"))
        self.open_action = self._action(
            lambda: self.tr("&Open image…"),
            QKeySequence.StandardKey.Open,
            self._open_image,
            file_menu,
        )
        self.export_action = self._action(
            lambda: self.tr("&Export result as PNG…"),
            "Ctrl+E",
            self.ask_export,
            file_menu,
        )
        self.code_action = self._action(
            lambda: self.tr("Show &code"), "Ctrl+K", self._show_code, file_menu
        )
        file_menu.addSeparator()
        self._action(
            lambda: self.tr("&Quit"),
            QKeySequence.StandardKey.Quit,
            self.close,
            file_menu,
        )
        hidden = self.context.hidden
        self.code_action.setVisible(not hidden("show_code"))
        self.open_action.setVisible(not hidden("open_image"))
        self.export_action.setVisible(not hidden("export"))

        edit_menu = self._menu(bar, lambda: self.tr("&Edit"))
        # one Undo for the window, acting on the shown tab's own history; our
        # own actions, not QUndoGroup's: those keep the "Undo %1" of the
        # language they were made in
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        self.redo_action.triggered.connect(self.undo_group.redo)
        for signal in (
            self.undo_group.undoTextChanged,
            self.undo_group.redoTextChanged,
        ):
            signal.connect(self._render_undo_actions)
        for signal in (self.undo_group.canUndoChanged, self.undo_group.canRedoChanged):
            signal.connect(self._render_undo_actions)
        self.undo_group.activeStackChanged.connect(self._render_undo_actions)
        self.texts(self._render_undo_actions)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = self._menu(bar, lambda: self.tr("&View"))
        zoom_in = self._action(
            lambda: self.tr("Zoom &in"), "Ctrl+=", self.zoom_in, view_menu
        )
        zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self._action(lambda: self.tr("Zoom &out"), "Ctrl+-", self.zoom_out, view_menu)
        # the level in the menu: the status bar says it for two seconds only
        self.reset_zoom_action = self._action(
            lambda: self.tr("&Reset zoom (now %1 %)").replace("%1", str(self.zoom)),
            "Ctrl+0",
            self.reset_zoom,
            view_menu,
        )
        view_menu.addSeparator()
        self.present_action = self._action(
            lambda: self.tr("&Presentation mode"),
            "F5",
            self.set_presenting,
            view_menu,
        )
        self.present_action.setCheckable(True)
        self.texts(
            lambda: self.present_action.setToolTip(
                self.tr(
                    "Full screen, without the side panels and the bars: the "
                    "plots and images take the projector. F5 or Esc to leave."
                )
            )
        )
        self.addAction(self.present_action)  # F5 works with the menus hidden
        # Esc leaves too, only while presenting (it cancels edits otherwise)
        self.leave_action = QAction(self)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(lambda: self.set_presenting(False))
        self.addAction(self.leave_action)
        self.palette_action = self._action(
            lambda: self.tr("Colour-&blind safe colours"),
            None,
            self.set_colourblind,
            view_menu,
        )
        self.palette_action.setCheckable(True)
        self.texts(
            lambda: self.palette_action.setToolTip(
                self.tr(
                    "Maps of signed values in blue and yellow instead of blue and "
                    "red: told apart with any colour vision."
                )
            )
        )
        view_menu.addSeparator()
        glossary_action = self.glossary.toggleViewAction()
        self.texts(lambda: glossary_action.setText(self.tr("&Glossary")))
        glossary_action.setShortcut("F1")
        view_menu.addAction(glossary_action)

        language_menu = self._menu(bar, lambda: self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in (("en", "English"), ("fr", "Français")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.setData(code)
            action.setEnabled(not self.teacher.language)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        group.triggered.connect(self._on_language)

        help_menu = self._menu(bar, lambda: self.tr("&Help"))
        self._action(lambda: self.tr("&About guiapp"), None, self.show_about, help_menu)

    @Slot()
    def _render_undo_actions(self, *_) -> None:
        """ "Undo Add Conv2D" / "Redo …" in the current language, enabled when
        the shown tab's history allows it."""
        group = self.undo_group
        undo, redo = group.undoText(), group.redoText()
        self.undo_action.setText(
            self.tr("Undo %1").replace("%1", undo) if undo else self.tr("Undo")
        )
        self.redo_action.setText(
            self.tr("Redo %1").replace("%1", redo) if redo else self.tr("Redo")
        )
        self.undo_action.setEnabled(group.canUndo())
        self.redo_action.setEnabled(group.canRedo())

    def _menu(self, bar, title):
        menu = bar.addMenu("")
        self.texts(lambda: menu.setTitle(title()))
        return menu

    def _action(self, text, shortcut, slot, menu) -> QAction:
        action = QAction(self)
        self.texts(lambda: action.setText(text()))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ---- colours
    def set_colourblind(self, on: bool) -> None:
        """Colour-blind-safe maps in every image pane (remembered)."""
        from . import image_view  # pyqtgraph: not at start-up

        image_view.set_palette("colourblind" if on else "standard")
        self.palette_action.setChecked(bool(on))
        if self.persist:
            stored.settings().setValue("palette", image_view.palette())

    # ---- presentation mode
    def presenting(self) -> bool:
        return self.present_action.isChecked()

    def set_presenting(self, presenting: bool) -> None:
        """Full screen without menus, status bar and the tabs' side panels, or
        back to the window as it was."""
        presenting = bool(presenting)
        if presenting == self._presenting:
            return
        self._presenting = presenting
        self.present_action.setChecked(presenting)
        self.leave_action.setEnabled(presenting)
        for widget in self._made.values():
            widget.set_presenting(presenting)
        self.menuBar().setVisible(not presenting)
        self.statusBar().setVisible(not presenting)
        if presenting:
            self._state_before_presenting = self.windowState()
            self.showFullScreen()
            self._show_presenting_hint()
        else:
            self._presenting_hint.hide()
            self.setWindowState(self._state_before_presenting)

    def _show_presenting_hint(self) -> None:
        """How to leave, for a few seconds at the top (no menu or status bar
        says it in full screen), and to a screen reader."""
        hint = self._presenting_hint
        text = self.tr("Presentation mode: Esc or F5 to leave.")
        hint.setText(text)
        hint.setFont(self.tabs.font())  # the zoom's size
        hint.adjustSize()
        hint.move((self.width() - hint.width()) // 2, 12)
        hint.raise_()
        hint.show()
        self._hint_timer.start()
        announce(self, text)

    # ---- language, in place
    def set_language(self, language: str) -> None:
        """Switch the interface to ``language`` now; nothing is rebuilt or lost."""
        if language not in i18n.LANGUAGES or language == self.language:
            return
        self.language = language
        if self.persist:
            stored.settings().setValue("language", language)
        self.language_actions[language].setChecked(True)
        i18n.install(language)
        self.retranslate()

    def retranslate(self, staged: bool = True) -> None:
        """Set every text of the window and of every tab made so far again.

        The window and the shown tab at once; each other tab in a later turn of
        the event loop (all at once, ~80 ms, stalled the window), or as soon as
        it is shown.
        """
        self._texts_language = i18n.current()
        current = self.tabs.currentWidget()
        others = [tab for tab in self._made.values() if tab is not current]

        def retranslate_tab(tab: Tab) -> None:
            tab.setLocale(QLocale())  # numbers too: 0,001 in French
            tab.retranslate()

        def first() -> None:
            self.texts.retranslate()
            if current in self._made.values():
                retranslate_tab(current)
            self._render_undo_actions()  # the steps' names, retranslated by the tab
            self.set_tensorflow_status(self._tf_status())
            self._on_busy(self._busy_name)

        # the glossary re-lays out every wrapped row: a step of its own
        steps = [first, self.glossary.retranslate]
        steps += [lambda tab=tab: retranslate_tab(tab) for tab in others]
        self._stages.run("language", steps + [self._render_undo_actions], staged)

    def event(self, event) -> bool:
        """A LanguageChange stops here: every view sets its own texts again
        (:meth:`retranslate`); Qt's own delivery of it to each of the window's
        ~3 000 widgets cost ~20 ms of a language switch and changed nothing
        (the dialogs are made when asked, in the language of the moment)."""
        if event.type() == QEvent.Type.LanguageChange:
            # a translator installed by someone else than set_language (not
            # after the close: the tabs are being deleted)
            if (
                self._texts_language_known()
                and not self._closed
                and i18n.current() != self._texts_language
            ):
                self.retranslate()
            return True
        return super().event(event)

    def _texts_language_known(self) -> bool:
        return hasattr(self, "_texts_language")

    @Slot(QAction)
    def _on_language(self, action: QAction) -> None:
        self.set_language(action.data())

    # ---- zoom for the projector
    @property
    def zoom(self) -> int:
        try:
            return int(stored.settings().value("zoom", 100))
        except (TypeError, ValueError):
            return 100

    def set_zoom(
        self, percent: int, announce: bool = True, staged: bool = True
    ) -> None:
        """Scale the text of every pane to ``percent`` of the normal size.

        The shown tab first, the others in later turns of the event loop, the
        application's font (menus, dialogs, tabs made later) last: one font
        change for the whole window re-laid out everything in one ~70 ms stall.
        """
        percent = min(max(int(percent), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        app = QApplication.instance()
        base = app.property("guiapp_base_point_size")
        if base is None:
            base = app.font().pointSizeF()
            app.setProperty("guiapp_base_point_size", base)
        font = app.font()
        font.setPointSizeF(float(base) * percent / 100)
        current = self.tabs.currentWidget()
        tabs = [current] + [tab for tab in self._made.values() if tab is not current]
        steps = [lambda tab=tab: tab.setFont(font) for tab in tabs]
        steps.append(lambda: app.setFont(font))  # what has no font of its own
        self._stages.run("zoom", steps, staged)
        stored.settings().setValue("zoom", int(percent))
        self.reset_zoom_action.setText(
            self.tr("&Reset zoom (now %1 %)").replace("%1", str(percent))
        )
        if announce:
            self.statusBar().showMessage(
                self.tr("Zoom %1 %").replace("%1", str(percent)), 2000
            )

    def pending_updates(self) -> bool:
        """True while a language or zoom change is still reaching hidden tabs."""
        return self._stages.pending()

    def finish_updates(self) -> None:
        """Bring every tab up to date now (a tab about to be shown)."""
        self._stages.finish()

    def step_zoom(self, direction: int) -> None:
        current = self.zoom
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < current]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    @Slot()
    def zoom_in(self) -> None:
        self.step_zoom(+1)

    @Slot()
    def zoom_out(self) -> None:
        self.step_zoom(-1)

    @Slot()
    def reset_zoom(self) -> None:
        self.set_zoom(100)

    # ---- actions
    @Slot()
    def _open_image(self) -> None:
        self.show_tab("conv")
        self.conv_tab.ask_open_image()

    @Slot()
    def _show_code(self) -> None:
        self.show_tab("conv")
        self.conv_tab.show_code()

    @Slot()
    def ask_export(self) -> None:
        """Export the convolution tab's main image as a PNG: said at once when
        there is none yet, the dialog in the last folder with a name from the
        image, and why a file cannot be written."""
        from .image_view import export_folder, remember_export_folder

        title = self.tr("Export result as PNG")
        pane = self.conv_tab.main_pane()
        if pane is None or pane.data() is None:
            self._tell(
                title,
                self.tr(
                    "There is no result to export yet: wait until it is "
                    "computed, or change what the left panel says stops it."
                ),
            )
            return
        state = self.context.documents["conv"]
        path = ask_save_path(
            self,
            title,
            state.last_folder or export_folder(),
            self.tr("PNG images (*.png)"),
            ".png",
            name=pane.suggested_name(),
        )
        if not path:
            return
        try:
            pane.save_png(path)
        except (OSError, ValueError) as error:
            self._tell(
                title,
                explain(error, path)
                if isinstance(error, OSError)
                else self.tr(
                    "There is no result to export yet: wait until it is "
                    "computed, or change what the left panel says stops it."
                ),
            )
            return
        state.last_folder = str(Path(path).parent)
        remember_export_folder(Path(path).parent)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)

    def _tell(self, title: str, message: str) -> None:
        """A message the user must read: status bar, and a dialog unless quiet."""
        self._show_status(message)
        if self.context.quiet:
            print(f"{title}: {message}", file=sys.stderr)
        else:
            QMessageBox.warning(self, title, message)

    @Slot()
    def show_about(self) -> None:
        from .about import AboutDialog  # imported when asked: start-up stays short

        AboutDialog(self.tf_label.text(), self, teacher=self.teacher).exec()

    # ---- status bar
    def _tf_status(self) -> str:
        controller = getattr(self, "controller", None)
        return controller.tf_status if controller is not None else self.tf_label.text()

    @Slot(str)
    def set_tensorflow_status(self, text: str) -> None:
        self.tf_label.setText(text)
        self.tf_label.setToolTip(text)

    def retire_tensorflow_status(self) -> None:
        """Once TensorFlow is ready, its line leaves the status bar after a
        while (Help > About keeps it): it cut the messages of a 1024-pixel
        projector at 150 % ("Époques entraînées : 200 ; MSE d'appren…")."""
        self._tf_retire_timer.start()

    @Slot(str)
    def _show_status(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 8000)
            announce(self, text)  # read aloud by a screen reader too

    @Slot(str)
    def _on_busy(self, name: str) -> None:
        self._busy_name = name
        self.busy.setVisible(bool(name))
        self.busy_label.setText(self.tr("Working…") if name else "")

    # ---- drag and drop of files on the whole window
    def dragEnterEvent(self, event):  # noqa: N802 (Qt override)
        # any local file: the convolution tab leaves models, networks and
        # datasets to the window, which opens them in their tab
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802 (Qt override)
        """A dropped file goes where it is opened: a Keras model to the
        training tab's Open model, a network (.json) to the builder, a
        dataset (.npz, an IDX .gz) to the training tab's import, an image to
        the convolution tab (which says why it cannot read anything else)."""
        paths = [
            Path(url.toLocalFile())
            for url in event.mimeData().urls()
            if url.isLocalFile()
        ]
        if not paths:
            return
        if drops.open_dropped(self, paths[0]):
            event.acceptProposedAction()
            return
        self.show_tab("conv")
        self.conv_tab.dropEvent(event)

    # ---- remembered between runs
    @Slot(str)
    def _on_document_changed(self, _name: str) -> None:
        self._save_timer.start()

    def save_state(self) -> None:
        if not self.persist:
            return
        store = stored.settings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("tab", self.current_tab_name())
        store.setValue("glossary", self.glossary.isVisible())
        # a document not made yet keeps what was saved of it
        for name, document in list(self.context.documents.items()):
            stored.save_json(f"{name}/state", document.to_dict())

    def _restore_window(self, tab: str | None) -> None:
        store = stored.settings()
        geometry = store.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if str(store.value("palette", "")) == "colourblind":
            self.set_colourblind(True)
        remembered = store.value("tab", "")
        if not (tab and self.show_tab(tab)) and not self.show_tab(str(remembered)):
            self.tabs.setCurrentIndex(0)
        if str(store.value("glossary", "false")).lower() == "true":
            self.glossary.show()

    def closeEvent(self, event):  # noqa: N802 (Qt override)
        self._closed = True
        self._stages.cancel()  # no language or zoom step on closing tabs
        for widget in self._made.values():
            widget.shutdown()
        # training stops after the batch, other jobs at their next check
        self.session.close(2000)
        self.save_state()
        super().closeEvent(event)
