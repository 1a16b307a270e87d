"""The convolution tab in French: a text whose French is the English word
("Convolution", "Pause", "%1/s") is shown, not left empty."""

import pytest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


@pytest.fixture
def french_tab(qtbot, context):
    from guiapp.ui import i18n
    from guiapp.ui.conv.state import ConvState
    from guiapp.ui.conv.tab import ConvTab

    i18n.install("fr")
    tab = ConvTab(ConvState(), context)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    QApplication.processEvents()
    yield tab
    tab.shutdown()
    i18n.install("en")


def test_words_the_same_in_french_are_shown(french_tab):
    """The Convolution page's tab, Pause while playing and the speed read
    in full. (A translator that answers "" for what it does not know made
    Qt take "" as the French of every word spelt as in English: PySide's tr
    goes on to the base classes' contexts when the French equals the
    English.)"""
    page = french_tab.conv_page
    assert french_tab.pages.tabText(0) == "Convolution"
    assert page.speed_value.text().endswith("/s")
    page.play_button.click()
    assert page.play_button.text() == "Pause"
    page.play_button.click()
    assert page.play_button.text() == "Lecture"
