"""Watching the network learn: steps of one batch or one epoch, and a slow speed
(the course's dense network on the bundled subset: 57 batches an epoch)."""

import threading

import pytest
from PySide6.QtCore import QTimer

from guiapp.ml.session import Task

from .test_train_tab import points, run, wait_for
from .test_train_tab import train_tab as train_tab  # the same fixture

pytestmark = [pytest.mark.gui, pytest.mark.slow]

PER_EPOCH = 57  # 3600 training images / 64


def batches(tab) -> int:
    return len(tab.state.training.batch_history.get("loss", []))


def step(tab, qtbot, **what):
    wait_for(tab, qtbot, "fit", lambda: tab.step(**what))
    assert not tab.is_training()


@pytest.fixture
def waits(monkeypatch):
    """The worker's waits between batches: their delays, whether a Stop cut
    them short, and an event set when one begins."""
    record = {"delays": [], "cut": [], "waiting": threading.Event()}
    wait = Task.wait

    def recorded(task, seconds):
        record["delays"].append(seconds)
        record["waiting"].set()
        cut = wait(task, seconds)
        record["cut"].append(cut)
        return cut

    monkeypatch.setattr(Task, "wait", recorded)
    return record


def test_step_one_batch_builds_then_trains_one_batch(train_tab, qtbot):
    """Each "Step: one batch" adds one point to the batch curve; the first
    builds the network; nothing runs after; the bar says 1, then 2, of 57."""
    state = train_tab.state
    assert state.model is None
    step(train_tab, qtbot, batches=1)
    assert state.model is not None
    assert batches(train_tab) == 1
    assert points(train_tab.curves["batch_loss"]) == 1
    assert points(train_tab.curves["loss"]) == 0  # the epoch is not over
    assert state.training.epochs_done == 0
    # the bar counts the two epochs of the Epochs setting
    progress = train_tab.panel.progress
    assert (progress.value(), progress.maximum()) == (1, 2 * PER_EPOCH)
    assert "Epoch 1 of 2: batch 1 of 57 done" in train_tab.panel.progress_label.text()
    first = [w.copy() for w in state.model.get_weights()]

    step(train_tab, qtbot, batches=1)
    assert batches(train_tab) == 2
    assert points(train_tab.curves["batch_loss"]) == 2
    assert progress.value() == 2
    assert "batch 2 of 57" in train_tab.panel.progress_label.text()
    assert "means so far in the epoch" in train_tab.panel.progress_label.text()
    assert any(
        (a != b).any() for a, b in zip(first, state.model.get_weights(), strict=True)
    )
    # the buttons say the same: the step buttons work, Continue goes on
    assert train_tab.watch.step_batch_button.isEnabled()
    assert train_tab.panel.continue_button.isEnabled()
    with qtbot.waitSignal(train_tab.sig_job_finished, timeout=120000):
        train_tab.watch.step_batch_button.click()
    assert batches(train_tab) == 3


def test_step_one_epoch(train_tab, qtbot):
    """ "Step: one epoch" trains one more epoch; after batch steps it ends the
    epoch they began, so the curves' epochs and batches stay aligned."""
    state = train_tab.state
    step(train_tab, qtbot, epochs=1)
    assert state.training.epochs_done == 1
    assert batches(train_tab) == PER_EPOCH
    assert points(train_tab.curves["loss"]) == 1
    step(train_tab, qtbot, batches=1)
    step(train_tab, qtbot, batches=1)
    assert (state.training.epochs_done, batches(train_tab)) == (1, PER_EPOCH + 2)
    step(train_tab, qtbot, epochs=1)
    assert state.training.epochs_done == 2
    assert batches(train_tab) == 2 * PER_EPOCH
    assert points(train_tab.curves["val_loss"]) == 2
    progress = train_tab.panel.progress
    assert progress.value() == progress.maximum() == 2 * PER_EPOCH
    assert "Epoch 2 of 2 done" in train_tab.panel.progress_label.text()
    step(train_tab, qtbot, epochs=1)  # beyond the Epochs setting: no "of"
    assert progress.value() == progress.maximum() == 3 * PER_EPOCH
    assert train_tab.panel.progress_label.text().startswith("Epoch 3 done — ")


def test_a_step_says_what_it_did_not_that_training_is_done(train_tab, qtbot):
    """ "Step: one epoch" said "Done." with a full bar, as if the training were
    over: the line now says which epoch of how many is done and what to do
    next, the bar is at that epoch (in French too, after a switch)."""
    from guiapp.ui import i18n

    state, panel = train_tab.state, train_tab.panel
    state.epochs = 4
    step(train_tab, qtbot, epochs=1)
    text = panel.progress_label.text()
    assert text.startswith("Epoch 1 of 4 done — loss ")
    assert "accuracy" in text and "Step again, or Continue" in text
    assert "Done" not in text
    assert (panel.progress.value(), panel.progress.maximum()) == (
        PER_EPOCH,
        4 * PER_EPOCH,
    )
    assert panel.progress.text() == "25%"
    # the curves' axis shows the four epochs the bar counts
    assert train_tab.curves_page.loss_plot.getPlotItem().viewRange()[0][1] >= 4
    try:
        assert i18n.install("fr")
        train_tab.retranslate()
        french = panel.progress_label.text()
        assert french == panel.status_text(state.status)
        loss = state.training.epoch_history["loss"][-1]
        assert f"{loss:.4f}".replace(".", ",") in french
    finally:
        i18n.install("en")
        train_tab.retranslate()
    assert panel.progress_label.text() == text


def test_continue_after_steps_goes_on_from_there(train_tab, qtbot):
    """Three batch steps, then Continue for 2 epochs: the first epoch is
    finished, then one more; the bar fills; Reset forgets the steps."""
    state = train_tab.state
    for _ in range(3):
        step(train_tab, qtbot, batches=1)
    losses = list(state.training.batch_history["loss"])
    state.epochs = 2
    run(train_tab, qtbot, resume=True)
    assert state.training.epochs_done == 2
    assert batches(train_tab) == 2 * PER_EPOCH
    assert state.training.batch_history["loss"][:3] == losses
    assert points(train_tab.curves["loss"]) == 2
    progress = train_tab.panel.progress
    assert progress.value() == progress.maximum() == 2 * PER_EPOCH
    assert "Epoch 2:" in train_tab.panel.progress_label.text()
    train_tab.reset()
    assert state.model is None and state.training.batches_in_epoch == 0
    step(train_tab, qtbot, batches=1)
    assert batches(train_tab) == 1


def test_a_step_refreshes_the_page_shown(train_tab, qtbot):
    """On Predict and Inside, a step's new weights are shown when it ends."""
    state = train_tab.state
    step(train_tab, qtbot, batches=1)
    state.page = "predict"
    qtbot.waitUntil(lambda: state.prediction is not None, timeout=60000)
    before = state.prediction
    step(train_tab, qtbot, batches=1)
    qtbot.waitUntil(
        lambda: state.prediction is not None and state.prediction is not before,
        timeout=60000,
    )
    state.page = "inside"
    qtbot.waitUntil(lambda: state.inside is not None, timeout=60000)
    before = state.inside
    step(train_tab, qtbot, batches=1)
    qtbot.waitUntil(
        lambda: state.inside is not None and state.inside is not before,
        timeout=60000,
    )


def test_slow_speed_waits_in_the_worker_between_batches(train_tab, qtbot, waits):
    """At the slow speed the worker waits a quarter second after each batch
    but the last of the step; at full speed it does not wait."""
    step(train_tab, qtbot, batches=3)
    assert waits["delays"] == []
    train_tab.set_speed("slow")
    assert train_tab.watch.speed_buttons["slow"].isChecked()
    step(train_tab, qtbot, batches=3)
    assert waits["delays"] == [0.25, 0.25]
    assert batches(train_tab) == 6
    train_tab.watch.speed_buttons["very-slow"].click()
    assert train_tab.runner.speed == "very-slow"


def test_stop_during_a_slow_run_stops_at_once(train_tab, qtbot, waits):
    """Very slow (a second a batch): the window keeps answering while the
    batches come one by one, steps are locked, and Stop ends the wait at once."""
    state = train_tab.state
    state.epochs = 50
    train_tab.set_speed("very-slow")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(batches(train_tab)))
    timer.start(10)
    assert train_tab.start_training()
    assert not train_tab.watch.step_batch_button.isEnabled()
    assert not train_tab.watch.step_epoch_button.isEnabled()
    assert not train_tab.panel.train_button.isEnabled()
    qtbot.waitUntil(lambda: batches(train_tab) >= 2, timeout=60000)
    timer.stop()
    # the GUI thread ran its timer while the worker waited after each batch
    assert ticks.count(1) >= 2
    waits["waiting"].clear()
    qtbot.waitUntil(waits["waiting"].is_set, timeout=60000)
    with qtbot.waitSignal(train_tab.sig_job_finished, timeout=30000):
        train_tab.stop_training()
    assert waits["cut"][-1] is True  # the wait ended on the Stop
    # no batch after the wait that the Stop cut: each batch was followed by a wait
    assert batches(train_tab) == len(waits["delays"])
    assert waits["delays"] and set(waits["delays"]) == {1.0}
    assert "Stopped" in train_tab.panel.progress_label.text()
    assert train_tab.watch.step_batch_button.isEnabled()


def test_the_speed_chosen_survives_a_restart_and_a_language_switch(qtbot):
    """A teacher chose "slow" for the class: after a language switch and at the
    next start the slow button is still checked and the worker still waits a
    quarter second (it was back to full at every start)."""
    from guiapp.ui.main_window import MainWindow
    from guiapp.ui.train.state import SPEEDS

    window = MainWindow("en", persist=True, restore=True, tab="train", quiet=True)
    qtbot.addWidget(window)
    tab = window.train_tab
    assert tab.watch.speed_buttons["full"].isChecked()
    tab.watch.speed_buttons["slow"].click()
    assert tab.state.speed == "slow" and tab.runner.delay() == SPEEDS["slow"]
    try:
        window.set_language("fr")
        window.retranslate(staged=False)
        assert tab.watch.speed_buttons["slow"].isChecked()
        assert tab.runner.delay() == SPEEDS["slow"]
    finally:
        window.set_language("en")
    window.save_state()
    tab.shutdown()

    again = MainWindow("en", persist=True, restore=True, tab="train", quiet=True)
    qtbot.addWidget(again)
    watch = again.train_tab.watch
    assert watch.speed_buttons["slow"].isChecked()
    assert not watch.speed_buttons["full"].isChecked()
    assert again.train_tab.runner.delay() == SPEEDS["slow"]
    again.train_tab.set_speed("very-slow")
    assert watch.speed_buttons["very-slow"].isChecked()
    again.train_tab.shutdown()
