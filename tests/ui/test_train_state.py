"""The training tab's document, without a window."""

from guiapp.ui.train.state import PAGES, RunProgress, TrainState


def test_settings_round_trip():
    """Every setting saved by to_dict comes back with from_dict."""
    state = TrainState()
    state.network = "fashion-cnn"
    state.dataset = "fashion-mnist"
    state.optimizer = "sgd"
    state.learning_rate = 0.05
    state.batch_size = 128
    state.epochs = 12
    state.validation_split = 0.2
    state.seed = 7
    state.last_folder = "/tmp/usb"
    state.speed = "very-slow"
    again = TrainState()
    assert again.from_dict(state.to_dict()) == []
    assert again.to_dict() == state.to_dict()
    assert again.config() == state.config()


def test_old_saved_settings_still_load():
    """The old tab's saved dict (no version, "model" for the network) loads."""
    old = {
        "model": "fashion-cnn",
        "dataset": "mnist",
        "optimizer": "rmsprop",
        "learning_rate": 0.01,
        "batch_size": 32,
        "epochs": 3,
        "validation_split": 0.2,
        "seed": 4,
        "last_folder": "/home/student",
    }
    state = TrainState()
    assert state.from_dict(old) == []
    assert (state.network, state.dataset, state.optimizer) == (
        "fashion-cnn",
        "mnist",
        "rmsprop",
    )
    assert (state.batch_size, state.epochs, state.seed) == (32, 3, 4)
    assert state.to_dict()["version"] == TrainState.VERSION


def test_damaged_settings_keep_defaults():
    """An unknown network or dataset in a saved file keeps the default."""
    state = TrainState()
    skipped = state.from_dict({"version": 1, "network": "resnet", "dataset": "cifar"})
    assert sorted(skipped) == ["dataset", "network"]
    assert (state.network, state.dataset) == ("mnist-dense", "mnist-5k")


def test_a_new_dataset_forgets_stale_results():
    """Choosing another dataset drops the loaded data and the old evaluation."""
    state = TrainState()
    state.loaded = ("mnist-5k", object())
    state.evaluation = object()
    state.dataset = "fashion-mnist"
    assert state.loaded is None and state.evaluation is None
    assert state.data() is None


def test_run_progress_counts_only_this_run():
    """After Continue the bar's maximum is this run's batches: it is full at the
    last epoch, not before."""
    run = RunProgress(
        first_epoch=7,
        target_epochs=10,
        batches_per_epoch=57,
        batch_size=64,
        started_at=0.0,
    )
    assert run.total_batches == 3 * 57
    for epoch in range(7, 10):
        run.add(epoch, 56, 56)
        run.add(epoch, -1, 1)
    assert run.batches_done == run.total_batches and run.batch == 56


def test_pages_and_defaults():
    """The pages are named once; the course's defaults are the state's."""
    state = TrainState()
    assert PAGES[0] == state.page == "curves"
    assert (state.optimizer, state.learning_rate, state.batch_size) == (
        "adam",
        0.001,
        64,
    )


def test_the_step_speed_is_a_remembered_setting():
    """The speed of a run is saved with the settings (it was the radio
    buttons' alone, "full" again at every start); a damaged one keeps full."""
    state = TrainState()
    assert "speed" in TrainState.settings() and state.speed == "full"
    state.speed = "slow"
    assert state.to_dict()["speed"] == "slow"
    again = TrainState()
    assert again.from_dict(state.to_dict()) == [] and again.speed == "slow"
    damaged = TrainState()
    assert damaged.from_dict({"version": 1, "speed": "warp"}) == ["speed"]
    assert damaged.speed == "full"
