"""Memory across runs: a Train that replaces the model leaves nothing of the old one.

The process grew by megabytes at every Train (issue 10): each traced train step
stayed alive in TensorFlow's registry of custom gradients. These tests count
objects (models, TensorFlow graphs), never bytes or seconds.
"""

import gc
import threading
import weakref

import numpy as np
import pytest

from guiapp.ml import datasets, rnn, training
from guiapp.ml.session import Task, TrainingSession
from guiapp.presets import preset

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def small_data():
    (x, y), _ = datasets.load("mnist-5k")
    return datasets.preprocess(x[:256], y[:256])


def graphs_alive() -> int:
    """TensorFlow graphs still alive (a traced train step is one, with its parts)."""
    from tensorflow.python.framework import ops

    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, ops.Graph))


def train_anew(session: TrainingSession, data, key) -> weakref.ref:
    """Train (a new model, as the Train button does) and Stop after 3 batches;
    return a weak reference to the model."""
    config = training.TrainConfig(epochs=5, batch_size=32, validation_split=0.0)
    build, _ = session.prepare_run(key, resume=False, optimizer={"lr": 1e-3})
    assert build
    batches = []

    def report(*values):
        session.record(*values)
        if values[0] == "batches":
            batches.extend(values[3]["loss"])
            if len(batches) >= 3:
                task.stop()

    task = Task(on_report=report)
    result = session.fit(
        task,
        lambda: data,
        config,
        build=training.model_builder(*preset("mnist-dense"), config),
    )
    session.finish(result)
    assert result["stopped"] and session.model is not None
    return weakref.ref(session.model)


def test_train_after_train_keeps_one_model_and_its_graphs(small_data):
    """Train five times in a row (each a new model): the old models are freed and
    TensorFlow keeps no more graphs after the fifth than after the second."""
    session = TrainingSession()
    models = [train_anew(session, small_data, key) for key in ("a", "b")]
    after_two = graphs_alive()
    models += [train_anew(session, small_data, key) for key in ("c", "d", "e")]
    assert graphs_alive() <= after_two
    assert [model() is not None for model in models] == [False] * 4 + [True]
    session.reset()
    gc.collect()
    assert models[-1]() is None


def test_continue_and_recompile_still_train_after_the_graphs_are_released(
    small_data,
):
    """The traced step of a stopped run is kept, and released only with its
    model: Continue goes on from the epoch reached, a new optimizer recompiles."""
    session = TrainingSession()
    train_anew(session, small_data, "dense")
    for optimizer, recompiles in (({"lr": 1e-3}, False), ({"lr": 1e-2}, True)):
        build, recompile = session.prepare_run("dense", True, optimizer)
        assert not build and recompile is recompiles
        config = training.TrainConfig(
            epochs=1,
            batch_size=32,
            validation_split=0.0,
            learning_rate=optimizer["lr"],
        )
        before = session.epochs_done
        task = Task(on_report=session.record)
        result = session.fit(task, lambda: small_data, config, recompile=recompile)
        assert not result["stopped"] and session.epochs_done == before + 1
        assert np.isfinite(session.epoch_history["loss"][-1])


def test_two_fits_at_once_both_train_and_release_their_graphs(small_data):
    """The training tab and the RNN tab may fit at the same time (two threads):
    both finish, and the graphs they traced are released once both ended."""
    before = training.custom_gradients()
    x = np.sin(np.arange(200) * 0.3)
    windows = np.stack([x[i : i + 6] for i in range(150)])
    rnn_data = rnn.training_arrays(windows, x[6:156, None])
    results, errors = {}, []

    def fit(name, data, build, config):
        try:
            session = TrainingSession()
            session.prepare_run(name, resume=False, optimizer={})
            results[name] = session.fit(
                Task(on_report=session.record), lambda: data, config, build=build
            )
        except Exception as error:  # noqa: BLE001 - reported by the assert below
            errors.append(error)

    dense_config = training.TrainConfig(epochs=2, batch_size=32, validation_split=0)
    rnn_config = rnn.rnn_config(epochs=3)
    threads = [
        threading.Thread(
            target=fit,
            args=(
                "dense",
                small_data,
                training.model_builder(*preset("mnist-dense"), dense_config),
                dense_config,
            ),
        ),
        threading.Thread(
            target=fit,
            args=(
                "rnn",
                rnn_data,
                lambda: rnn.build_compiled(6, "SimpleRNN", 20, "relu", rnn_config),
                rnn_config,
            ),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not errors
    assert results["dense"]["epochs_done"] == 2 and results["rnn"]["epochs_done"] == 3
    assert training.custom_gradients() == before
