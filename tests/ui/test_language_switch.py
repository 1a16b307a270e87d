"""A language switch mid-lesson keeps every piece of work (issue: no rebuild)."""

import numpy as np
import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from guiapp.ui import i18n
    from guiapp.ui.main_window import MainWindow

    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    win = MainWindow("en", restore=False, quiet=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    yield win
    win.close()
    i18n.install("en")


def snapshot(window):
    """Everything a teacher would lose if a switch rebuilt the window."""
    train, rnn, builder = (
        window.train_tab.state,
        window.rnn_tab.state,
        window.builder_tab,
    )
    curves = window.train_tab.curves
    stack = builder.undo_stack
    return {
        "cnn model": train.training.model,
        "cnn epochs": train.training.epochs_done,
        "cnn history": {k: list(v) for k, v in train.training.epoch_history.items()},
        "loss curve": tuple(np.asarray(curves["loss"].getData()[1]).tolist()),
        "evaluation": train.evaluation,
        "rnn model": rnn.training.model,
        "rnn losses": list(rnn.training.epoch_history["loss"]),
        "forecast": rnn.forecast,
        "builder stack": builder.stack(),
        "undo steps": [stack.text(i) for i in range(stack.count())],
        "undo index": stack.index(),
        "kernel": window.conv_tab.kernel_editor.preset(),
        "conv undo": window.conv_tab.undo_stack.count(),
        "rnn page": window.rnn_tab.current_page(),
        "train page": window.train_tab.state.page,
        "geometry": window.saveGeometry(),
    }


def test_french_and_back_keeps_models_curves_results_and_undo(window, qtbot):
    """Train a CNN 2 epochs and the RNN a few, evaluate, forecast, edit the
    builder and the kernel; switch to French and back: the same model objects,
    curves, evaluation, forecast, builder stack and undo history, in place."""
    window.conv_tab.kernel_editor.set_preset("course_c")
    builder = window.builder_tab
    builder.load_preset("lenet5")
    builder.add_layer("Dropout")
    builder.set_layer_field(0, "filters", 8)
    builder.undo_stack.undo()  # an undo step left to redo

    train = window.train_tab
    train.state.network = "fashion-cnn"
    train.state.epochs = 2
    assert train.start_training()
    qtbot.waitUntil(lambda: not train.is_training(), timeout=180000)
    assert train.state.training.epochs_done == 2
    assert train.evaluate()
    qtbot.waitUntil(lambda: train.state.evaluation is not None, timeout=60000)
    train.show_page("evaluate")

    rnn = window.rnn_tab
    rnn.state.epochs = 5
    assert rnn.start_training()
    qtbot.waitUntil(lambda: not rnn.is_training(), timeout=120000)
    assert rnn.forecast()
    qtbot.waitUntil(lambda: rnn.state.forecast is not None, timeout=60000)
    rnn.show_page("train")
    window.show_tab("train")

    before = snapshot(window)
    assert before["cnn model"] is not None and before["rnn model"] is not None
    title = window.train_tab.pages.tabText(0)

    rate = window.train_tab.panel.learning_rate_spin
    assert rate.text() == "0.00100"
    window.set_language("fr")
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.train_tab.pages.tabText(0) != title  # the texts did change
    assert rate.text() == "0,00100"  # numbers follow the language too
    french = snapshot(window)
    window.set_language("en")
    back = snapshot(window)

    for after in (french, back):
        for key, value in before.items():
            if key.endswith("model") or key in ("evaluation", "forecast"):
                assert after[key] is value, key  # the very same objects
            else:
                assert after[key] == value, key
    assert window.train_tab.pages.tabText(0) == title
    assert window.tabs.currentWidget() is window.train_tab


def test_a_translator_installed_after_the_close_leaves_the_window_alone(qtbot):
    """A closed window's tabs are being deleted: a language installed then (by
    a test, or a second window) must not start retranslating them."""
    from guiapp.ui import i18n
    from guiapp.ui.main_window import MainWindow

    win = MainWindow("en", persist=False, restore=False, quiet=True)
    qtbot.addWidget(win)
    win._make_deferred_tabs()
    win.set_language("fr")  # steps left waiting for the hidden tabs
    win.close()
    assert not win.pending_updates()
    try:
        i18n.install("en")
        qtbot.wait(50)
        assert not win.pending_updates()
    finally:
        i18n.install("en")
