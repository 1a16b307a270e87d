"""The main window: zoom, language, remembered settings, About, glossary."""

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from guiapp.ui import settings as stored

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    from guiapp.ui.main_window import MainWindow

    win = MainWindow("en")
    qtbot.addWidget(win)
    yield win
    win.set_zoom(100, staged=False)


def test_zoom_scales_text_and_is_remembered(window, qtbot):
    """Ctrl+= enlarges every pane's text, Ctrl+- shrinks it, Ctrl+0 resets; the zoom is saved."""
    base = QApplication.instance().font().pointSizeF()
    label_before = window.conv_tab.controls.formula_label.font().pointSizeF()
    window.step_zoom(+1)
    qtbot.waitUntil(lambda: not window.pending_updates())
    assert QApplication.instance().font().pointSizeF() > base
    qtbot.waitUntil(
        lambda: (
            window.conv_tab.controls.formula_label.font().pointSizeF() > label_before
        )
    )
    assert window.zoom == 115
    window.step_zoom(-1)
    window.step_zoom(-1)
    assert window.zoom == 90
    window.set_zoom(100)
    qtbot.waitUntil(lambda: not window.pending_updates())
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base)


def test_zoom_shortcuts_exist(window):
    """The View menu has Ctrl+=, Ctrl+- and Ctrl+0."""
    shortcuts = {
        a.shortcut().toString() for a in window.findChildren(type(window.open_action))
    }
    assert {"Ctrl+=", "Ctrl+-", "Ctrl+0"} <= shortcuts


def test_state_is_remembered_between_runs(window, qtbot):
    """Closing saves the kernel and settings; a new window starts where the last one stopped."""
    from guiapp.ui.main_window import MainWindow

    window.conv_tab.kernel_editor.set_preset("emboss")
    window.conv_tab.state.padding = 1
    window.close()
    again = MainWindow("en")
    qtbot.addWidget(again)
    assert again.conv_tab.kernel_editor.preset() == "emboss"
    assert again.conv_tab.controls.padding_spin.value() == 1


def test_state_is_saved_without_closing(window, qtbot):
    """Edits reach the settings file within a second, so a crash loses nothing."""
    window.conv_tab.controls.stride_spin.setValue(3)
    qtbot.waitUntil(
        lambda: stored.load_json("conv/state", {}).get("stride") == 3, timeout=3000
    )


def test_language_switch_is_in_place(qtbot):
    """Choosing Français sets every text in French at once in the same window,
    keeping the kernel and its undo history, and is remembered."""
    from guiapp.ui.controller import Controller

    controller = Controller(QApplication.instance(), "en", load_tensorflow=False)
    window = controller.show(restore=False)
    qtbot.addWidget(window)
    window.conv_tab.kernel_editor.set_preset("course_c")
    undo_steps = window.conv_tab.undo_stack.count()
    assert window.menuBar().actions()[0].text() == "&File"
    english_texts = {
        action.text()
        for menu_action in window.menuBar().actions()
        for action in [menu_action, *menu_action.menu().actions()]
    }
    try:
        window.language_actions["fr"].trigger()
        assert controller.window is window
        assert window.menuBar().actions()[0].text() == "&Fichier"
        assert window.tabs.tabText(0) == "Convolution && regroupement"
        assert window.conv_tab.kernel_editor.preset() == "course_c"
        assert window.conv_tab.pages.tabText(2) == "Regroupement (pooling)"
        assert window.conv_tab.undo_stack.count() == undo_steps
        assert stored.settings().value("language") == "fr"
        neutral = {"English", "Français", ""}
        for menu_action in window.menuBar().actions():
            for action in [menu_action, *menu_action.menu().actions()]:
                text = action.text()
                assert text in neutral or text not in english_texts, text
        window.language_actions["en"].trigger()
        assert window.menuBar().actions()[0].text() == "&File"
        assert window.conv_tab.pages.tabText(2) == "Pooling"
    finally:
        from guiapp.ui import i18n

        i18n.install("en")


def test_about_credits_every_sample(window):
    """The About box shows the licence and credits the photographers of the samples."""
    from guiapp.ui.about import AboutDialog

    dialog = AboutDialog("", window)
    text = dialog.browser.toPlainText()
    for credit in (
        "BSD-3-Clause",
        "Stefan van der Walt",
        "Rachel Michetti",
        "Lav Varshney",
        "SpaceX",
    ):
        assert credit in text


def test_glossary_pairs(window):
    """The glossary pairs the course's French words with the English ones."""
    table = window.glossary.table
    pairs = {
        (table.item(r, 0).text(), table.item(r, 1).text())
        for r in range(table.rowCount())
    }
    for french, english in [
        ("noyau (filtre)", "kernel (filter)"),
        ("pas", "stride"),
        ("remplissage (zero-padding)", "padding"),
        ("regroupement (pooling)", "pooling"),
        ("couche entièrement connectée", "dense (fully connected) layer"),
        # the words of the training tab's settings and curves
        ("époque", "epoch"),
        ("lot (batch)", "batch"),
        ("perte (fonction de coût)", "loss"),
        ("exactitude (taux de réussite)", "accuracy"),
        ("taux d'apprentissage", "learning rate"),
        ("part de validation", "validation split"),
    ]:
        assert (french, english) in pairs


def test_drop_opens_the_image(window, drop_image):
    """Dropping an image file on the window opens it in the convolution tab."""
    window.dropEvent(drop_image(99))
    assert window.conv_tab.state.image.shape == (20, 30)


def test_train_this_network_opens_the_training_tab(window):
    """The builder's 'Train this network' shows the training tab with the builder's network chosen."""
    window.builder_tab.train_button.click()
    assert window.tabs.currentWidget() is window.train_tab
    assert window.train_tab.state.network == "builder"
    assert window.train_tab.stack() == window.builder_tab.stack()


@pytest.mark.parametrize("width", [1024, 1600])
def test_the_glossary_never_widens_the_window(qtbot, width):
    """F1 on a 1024-pixel projector opened a 560-pixel dock that grew the
    window to 1 502 pixels, off the screen; now it floats when the tab leaves
    it no room, and docks (the window's width kept) when it does."""
    from guiapp.ui.main_window import MainWindow

    win = MainWindow("en", persist=False, restore=False, tab="builder", quiet=True)
    qtbot.addWidget(win)
    win.resize(width, 700)
    win.show()
    qtbot.waitExposed(win)
    action = win.glossary.toggleViewAction()
    action.trigger()
    for _ in range(5):
        QApplication.processEvents()
    assert win.glossary.isVisible()
    assert win.width() == width
    room = width - win.centralWidget().minimumSizeHint().width()
    assert win.glossary.isFloating() == (room < win.glossary.min_docked() + 16)
    action.trigger()
    assert not win.glossary.isVisible()


def test_about_in_french_says_the_licences_are_quoted_in_english(window):
    """In French the About box switched to English without a word at the
    licences; it now says they are quoted as their authors wrote them."""
    from guiapp.ui import i18n
    from guiapp.ui.about import AboutDialog

    try:
        i18n.install("fr")
        text = AboutDialog("", window).browser.toPlainText()
    finally:
        i18n.install("en")
    assert "en anglais, telles que leurs auteurs les ont écrites" in text
    assert "BSD-3-Clause" in text


def test_presentation_mode_hides_the_side_panels_and_comes_back(qtbot):
    """F5: full screen, no menus, no status bar, each tab's side panel hidden
    (a tab made meanwhile too); F5 or Esc: everything as it was."""
    from guiapp.ui.main_window import MainWindow

    win = MainWindow("en", persist=False, restore=False, tab="conv", quiet=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # the RNN pages' columns hold the animations' Play and Step: not marked
    panels = [
        panel
        for name in ("conv", "builder", "train")
        for panel in win.tab(name).side_panels()
    ]
    assert len(panels) >= 3, "each of these tabs marks its side panel"
    hidden = [panel.isHidden() for panel in panels]
    win.present_action.trigger()
    assert win.presenting() and win.isFullScreen()
    assert not win.menuBar().isVisible() and not win.statusBar().isVisible()
    assert all(panel.isHidden() for panel in panels)
    # how to leave is said on screen (no menu, no status bar to say it)
    hint = win.findChild(QLabel, "presenting_hint")
    assert hint.isVisible() and "Esc" in hint.text()
    win.leave_action.trigger()  # Esc
    assert not hint.isVisible()
    assert not win.presenting() and not win.isFullScreen()
    assert win.menuBar().isVisible()
    assert [panel.isHidden() for panel in panels] == hidden


def test_leaving_presentation_shows_the_panels_of_pages_not_shown(qtbot):
    """A panel on a page not shown when F5 was pressed stayed hidden after
    (it was judged by its visibility, which its page's hides)."""
    from PySide6.QtWidgets import QTabWidget, QWidget

    from guiapp.ui.common.tab import Tab, TabContext

    class TwoPages(Tab):
        def __init__(self):
            super().__init__(None, TabContext(session=None))
            self.pages = QTabWidget(self)
            for _ in range(2):
                page = QWidget()
                panel = QWidget(page)
                panel.setObjectName(Tab.SIDE_PANEL)
                self.pages.addTab(page, "page")

    tab = TwoPages()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    panels = tab.side_panels()
    assert len(panels) == 2 and not all(p.isVisible() for p in panels)  # a page hidden
    tab.set_presenting(True)
    tab.pages.setCurrentIndex(1)
    tab.set_presenting(False)
    assert not any(panel.isHidden() for panel in panels)


def test_colour_blind_safe_colours_recolour_every_pane_and_are_remembered(qtbot):
    """View > Colour-blind safe colours: the signed output (blue < 0 < red,
    which red-green colour blindness confuses less than it should) is drawn
    with the CET colour-blind-safe diverging map, at once, and again at the
    next start; unticked, the old map is back."""
    import numpy as np

    from guiapp.ui import image_view
    from guiapp.ui.main_window import MainWindow

    win = MainWindow("en", persist=True, restore=True, tab="conv", quiet=True)
    qtbot.addWidget(win)
    pane = win.conv_tab.findChildren(image_view.ImagePane)[0]
    pane.set_image(np.array([[-1.0, 0.0], [0.5, 1.0]]), "diverging")

    standard = image_view.render_rgba(np.array([[-1.0, 1.0]]), "diverging")
    try:
        win.palette_action.trigger()
        assert image_view.palette() == "colourblind"
        safe = image_view.render_rgba(np.array([[-1.0, 1.0]]), "diverging")
        assert not np.array_equal(standard, safe)
        assert pane.item.getColorMap().name == "CET-CBD1"
        again = MainWindow("en", persist=True, restore=True, tab="conv", quiet=True)
        qtbot.addWidget(again)
        assert again.palette_action.isChecked()
        again.palette_action.trigger()
        assert image_view.palette() == "standard"
        assert pane.item.getColorMap().name == "CET-D1"
    finally:
        image_view.set_palette("standard")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_glossary_reads_whole_at_150_percent(qtbot, language):
    """On a 1024-pixel projector at 150 %, every term and meaning of the
    glossary is whole in its cell (the meaning was squeezed to "La petite …")."""
    from PySide6.QtCore import QRect, Qt

    from guiapp.ui import i18n
    from guiapp.ui.main_window import MainWindow

    try:
        i18n.install(language)
        win = MainWindow(language, persist=False, restore=False, quiet=True)
        qtbot.addWidget(win)
        win.resize(1024, 700)
        win.show()
        qtbot.waitExposed(win)
        win.set_zoom(150, announce=False, staged=False)
        win.glossary.toggleViewAction().trigger()
        for _ in range(5):
            QApplication.processEvents()
        table = win.glossary.table
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            for column in range(3):
                room = table.columnWidth(column) - 6  # the cell's text margins
                needed = metrics.boundingRect(
                    QRect(0, 0, room, 10_000),
                    int(Qt.TextFlag.TextWordWrap),
                    table.item(row, column).text(),
                )
                assert needed.height() <= table.rowHeight(row), (row, column)
                assert needed.width() <= room + 1, (row, column)
        # the meaning keeps a readable share (the offscreen screen is 800 px wide)
        assert table.columnWidth(2) >= 0.25 * table.viewport().width()
    finally:
        i18n.install("en")


def test_tensorflow_line_leaves_the_status_bar_once_ready(window, qtbot):
    """'TensorFlow …, Keras … ready' stays a while, then leaves the status bar
    to the messages (it cut them at 150 %); its text stays for About."""
    window.show()
    qtbot.waitExposed(window)
    window.set_tensorflow_status("TensorFlow 2.x, Keras 3.x ready")
    window.tf_label.show()
    assert window.tf_label.isVisible()
    assert window.tf_label.toolTip() == "TensorFlow 2.x, Keras 3.x ready"
    window._tf_retire_timer.setInterval(10)
    window.retire_tensorflow_status()
    qtbot.waitUntil(lambda: not window.tf_label.isVisible(), timeout=2000)
    assert "ready" in window.tf_label.text()


def test_the_view_menu_says_the_zoom_level(window):
    """The status bar says the zoom for two seconds; the View menu says it
    as long as it lasts."""
    window.set_zoom(150, announce=False, staged=False)
    assert "150 %" in window.reset_zoom_action.text()
    window.set_zoom(100, announce=False, staged=False)
    assert "100 %" in window.reset_zoom_action.text()
