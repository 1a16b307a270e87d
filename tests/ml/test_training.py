"""guiapp.ml.training: callbacks, stopping, divergence, replay; guiapp train."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from guiapp.ml import datasets, training
from guiapp.ml.models import build_model
from guiapp.presets import preset

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def small_data():
    (x, y), (tx, ty) = datasets.load("mnist-5k")
    return datasets.preprocess(x[:512], y[:512]), datasets.preprocess(
        tx[:200], ty[:200]
    )


def dense_model(config):
    training.seed_everything(config.seed)
    return training.compile_model(build_model(*preset("mnist-dense")), config)


def test_callbacks_receive_floats(small_data):
    """on_batch and on_epoch receive plain floats for every batch and epoch."""
    config = training.TrainConfig(epochs=2, batch_size=64, validation_split=0.25)
    batches, epochs = [], []
    result = training.train(
        dense_model(config),
        small_data[0],
        config,
        on_batch=lambda e, b, logs: batches.append((e, b, logs)),
        on_epoch=lambda e, logs: epochs.append((e, logs)),
    )
    assert len(batches) == 2 * 6  # 384 training samples / 64
    assert all(isinstance(v, float) for _, _, logs in batches for v in logs.values())
    assert [e for e, _ in epochs] == [0, 1] and "val_accuracy" in epochs[1][1]
    assert result["epochs_done"] == 2 and not result["stopped"]


def test_stop_after_the_current_batch_and_continue(small_data):
    """should_stop() stops after that batch; training continues from the stopped epoch."""
    config = training.TrainConfig(epochs=3, batch_size=64, validation_split=0.0)
    model = dense_model(config)
    seen = []
    result = training.train(
        model,
        small_data[0],
        config,
        on_batch=lambda e, b, logs: seen.append((e, b)),
        should_stop=lambda: len(seen) >= 3,
    )
    assert result["stopped"] and seen == [(0, 0), (0, 1), (0, 2)]
    more = []
    training.train(
        model,
        small_data[0],
        training.TrainConfig(epochs=1, validation_split=0.0),
        on_epoch=lambda e, logs: more.append(e),
        initial_epoch=1,
    )
    assert more == [1]


def test_nan_loss_stops_with_advice(small_data):
    """An absurd learning rate makes the loss NaN: the run stops and says to lower it."""
    config = training.TrainConfig(
        optimizer="sgd", learning_rate=1e12, epochs=3, validation_split=0.0
    )
    with pytest.raises(training.TrainingDiverged, match="Lower the learning rate"):
        training.train(dense_model(config), small_data[0], config)


def test_same_seed_same_run(small_data):
    """The same seed gives the same initial weights and the same loss after an epoch."""
    config = training.TrainConfig(epochs=1, validation_split=0.0, seed=7)
    first, second = dense_model(config), dense_model(config)
    for a, b in zip(first.get_weights(), second.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    losses = [
        training.train(m, small_data[0], config)["history"]["loss"][-1]
        for m in (first, second)
    ]
    assert losses[0] == pytest.approx(losses[1], rel=1e-5)


def test_guiapp_train_reaches_the_course_accuracy(tmp_path):
    """`guiapp train` on the bundled subset: the course's dense network passes 0.90 test accuracy."""
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "HOME": str(tmp_path)}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "guiapp",
            "train",
            "--preset",
            "mnist-dense",
            "--dataset",
            "mnist-5k",
            "--epochs",
            "6",
            "--json",
            "--save",
            str(tmp_path / "dense.keras"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert summary["params"] == 79510 and summary["epochs"] == 6
    assert summary["test_accuracy"] >= 0.90
    assert (tmp_path / "dense.keras").stat().st_size > 0


def test_guiapp_train_missing_dataset(tmp_path):
    """`guiapp train --dataset fashion-mnist` without the files exits 2 and says what to do."""
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "GUIAPP_DATA_DIR": str(tmp_path / "d"),
        "KERAS_HOME": str(tmp_path / "k"),
    }
    out = subprocess.run(
        [sys.executable, "-m", "guiapp", "train", "--dataset", "fashion-mnist"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert out.returncode == 2 and "not installed" in out.stderr


def session_task(session, stop_when=None):
    """A Task whose reports the session records at once (no thread in a test)."""
    from guiapp.ml.session import Task

    def report(*values):
        session.record(*values)
        for listener in listeners:
            listener(values)
        if stop_when is not None and stop_when(session):
            task.stop()

    listeners = []
    task = Task(on_report=report)
    task.listeners = listeners  # more callables that see every report
    return task


def test_training_session_trains_stops_and_continues(small_data):
    """TrainingSession.fit builds and trains; a stop ends after the batch; Continue
    starts from the epoch reached and the history grows."""
    from guiapp.ml.session import TrainingSession

    session = TrainingSession()
    config = training.TrainConfig(epochs=5, batch_size=64, validation_split=0.0)
    build, _ = session.prepare_run("dense", resume=False, optimizer={"lr": 1e-3})
    assert build
    # asked at the end of the first epoch: the second stops after its first batch
    task = session_task(session, lambda s: s.epochs_done >= 1)
    result = session.fit(
        task,
        lambda: small_data[0],
        config,
        build=training.model_builder(*preset("mnist-dense"), config),
    )
    session.finish(result)
    assert result["stopped"] and session.model is not None
    assert session.epochs_done == 2
    assert len(session.batch_history["loss"]) == 8 + 1  # 512 images / 64 a batch
    build, recompile = session.prepare_run("dense", resume=True, optimizer={"lr": 1e-3})
    assert not build and not recompile
    more = training.TrainConfig(epochs=1, batch_size=64, validation_split=0.0)
    result = session.fit(session_task(session), lambda: small_data[0], more)
    assert not result["stopped"] and session.epochs_done == 3
    assert len(session.epoch_history["loss"]) == 3


def test_fit_classifier_loads_the_data_in_the_job():
    """fit_classifier loads the named dataset in the job, reports it, then trains."""
    from guiapp.ml.session import TrainingSession

    session = TrainingSession()
    config = training.TrainConfig(epochs=1, batch_size=256, validation_split=0.1)
    seen = []
    task = session_task(session)
    task.listeners.append(lambda values: seen.append(values[0]))
    result = training.fit_classifier(
        task,
        session,
        "mnist-5k",
        None,
        config,
        build=training.model_builder(*preset("mnist-dense"), config),
    )
    assert seen[:2] == ["data", "model"] and "epoch" in seen
    assert result["epochs_done"] == 1
    steps = training.batches_per_epoch(4000, config)
    assert len(session.batch_history["loss"]) == steps == 15


def test_training_session_diverging_loss_is_a_sentence(small_data):
    """A diverging loss raises TrainingDiverged whose sentence says to lower the rate;
    fail() then forgets the useless weights."""
    from guiapp.ml.session import TrainingSession

    session = TrainingSession()
    config = training.TrainConfig(
        optimizer="sgd", learning_rate=1e12, epochs=2, validation_split=0.0
    )
    with pytest.raises(training.TrainingDiverged) as error:
        session.fit(
            session_task(session),
            lambda: small_data[0],
            config,
            build=training.model_builder(*preset("mnist-dense"), config),
        )
    message = error.value.args[0]
    assert message.template == training.MESSAGES[0]
    assert "Lower the learning rate (now 1e+12)" in message
    session.fail()
    assert session.model is None and session.epochs_done == 0


def test_a_network_without_softmax_is_told_so_when_its_loss_fails():
    """A network ending in Dense(10, relu) whose loss became NaN was told to
    lower its learning rate, which would not help: it is told that its outputs
    are not probabilities and to end with a softmax; a softmax network whose
    loss fails is told about the learning rate."""
    from guiapp.ml.training import _diverged

    config = training.TrainConfig()
    flat = {"type": "Flatten"}
    relu = build_model(
        (28, 28, 1), [flat, {"type": "Dense", "units": 10, "activation": "relu"}]
    )
    text = str(_diverged(relu, float("nan"), 2, config))
    assert "ends with relu, not softmax" in text and "learning rate" not in text
    softmax = build_model(*preset("mnist-dense"))
    text = str(_diverged(softmax, float("nan"), 2, config))
    assert "Lower the learning rate (now 0.001)" in text


def test_the_last_activation_is_read_through_dropout_and_activation_layers():
    from guiapp.ml.training import _last_activation

    def last(layers):
        return _last_activation(build_model((28, 28, 1), layers))

    flat = {"type": "Flatten"}
    assert last([flat, {"type": "Dense", "units": 10, "activation": "softmax"}]) == (
        "softmax"
    )
    assert (
        last(
            [
                flat,
                {"type": "Dense", "units": 10},
                {"type": "Activation", "activation": "softmax"},
            ]
        )
        == "softmax"
    )
    assert (
        last(
            [
                flat,
                {"type": "Dense", "units": 10, "activation": "relu"},
                {"type": "Dropout", "rate": 0.5},
            ]
        )
        == "relu"
    )
