"""The training tab on a small screen and for a screen reader: every control
named, every page fitting its pane, the labels of the pages readable."""

import pytest

pytestmark = [pytest.mark.gui]


@pytest.fixture
def shown_tab(qtbot, context, tmp_path, monkeypatch):
    """A training tab shown in a window of ``size`` (default 1000 x 700)."""
    from guiapp.ui.builder.state import BuilderState
    from guiapp.ui.train.state import TrainState
    from guiapp.ui.train.tab import TrainTab

    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    context.documents["builder"] = BuilderState()
    state = context.documents["train"] = TrainState()
    tab = TrainTab(state, context)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.shutdown()


def settle(qtbot):
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_screen_reader_names_every_control(shown_tab, qtbot, language):
    """Every field, button and table of every page has a name a screen reader
    reads (the spin boxes were read as '0.00100', '64', the matrix as a
    table), and takes the keyboard focus."""
    from guiapp.ui import i18n
    from tests.ui.access_probe import check

    try:
        assert i18n.install(language)
        shown_tab.retranslate()
        faults = []
        for page in shown_tab.page_names():
            shown_tab.state.page = page
            settle(qtbot)
            faults += check(f"{language} {page}", shown_tab)
    finally:
        i18n.install("en")
        shown_tab.retranslate()
    assert faults == []
