"""Training a Keras model with plain callbacks (no Qt), as the course does.

The course compiles with Adam and categorical cross-entropy, then
``model.fit(train_X, train_Y_one_hot, batch_size=64, epochs=10)``. :func:`train`
does the same and reports every batch and epoch to plain callables, so the
interface can draw live plots from another thread, and stops after the current
batch when ``should_stop()`` says so.
"""

from __future__ import annotations

import math
import os
import threading
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field

import numpy as np

from ..core.messages import Message

__all__ = [
    "MESSAGES",
    "TrainConfig",
    "TrainingDiverged",
    "batches_per_epoch",
    "model_builder",
    "fit_classifier",
    "compile_model",
    "custom_gradients",
    "train",
    "train_batches",
    "evaluate",
    "set_threads",
    "seed_everything",
]

OPTIMIZERS = ("adam", "rmsprop", "sgd")

#: Every sentence this module can produce, for the translators.
MESSAGES = (
    "the loss became {loss} at epoch {epoch}: the weights exploded. Lower the learning "
    "rate (now {rate}), for example divide it by 10, then press Reset and train again.",
    "the loss became {loss} at epoch {epoch}: the network ends with {activation}, not "
    "softmax, so its outputs are not probabilities and the cross-entropy of a 0 or a "
    "negative output is not a number. End the network with a softmax activation, "
    "then press Reset and train again.",
)


def _last_activation(model) -> str:
    """The name of the function that makes ``model``'s outputs ("softmax", "relu",
    "linear"...), or "" when it cannot be told."""
    layers = getattr(model, "layers", None) or []
    for layer in reversed(layers):
        if type(layer).__name__ == "Softmax":
            return "softmax"
        activation = getattr(layer, "activation", None)
        if activation is not None:
            return getattr(activation, "__name__", str(activation))
        if type(layer).__name__ not in ("Dropout", "Flatten", "Reshape"):
            return ""
    return ""


def _diverged(model, loss, epoch: int, config) -> TrainingDiverged:
    """The sentence for a loss that became NaN or infinite: a network without a
    softmax at its end is told so (a lower learning rate would not help)."""
    activation = _last_activation(model)
    if activation and activation != "softmax":
        return TrainingDiverged(
            Message(MESSAGES[1], loss=loss, epoch=epoch, activation=activation)
        )
    return TrainingDiverged(
        Message(MESSAGES[0], loss=loss, epoch=epoch, rate=f"{config.learning_rate:g}")
    )


@dataclass
class TrainConfig:
    """Everything that decides a run; the same config and seed replay it."""

    optimizer: str = "adam"
    learning_rate: float = 1e-3
    momentum: float = 0.9  # SGD only
    loss: str = "categorical_crossentropy"
    batch_size: int = 64
    epochs: int = 5
    validation_split: float = 0.1
    seed: int = 0
    clipnorm: float = 0.0  # > 0: gradients whose norm exceeds it are scaled down
    #: data augmentation (guiapp.ml.augment): {name: amount}, training batches only
    augment: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


class TrainingDiverged(RuntimeError):
    """The loss became NaN or infinite; the message says what to try."""


def batches_per_epoch(samples: int, config: TrainConfig) -> int:
    """Gradient steps in one epoch, as Keras counts them: the validation split
    keeps ``floor(N * (1 - split))`` samples to train on, in batches.

    >>> batches_per_epoch(4000, TrainConfig(batch_size=64, validation_split=0.1))
    57
    """
    kept = samples
    if config.validation_split > 0:
        kept = int(math.floor(samples * (1.0 - config.validation_split)))
    return max(1, math.ceil(kept / config.batch_size))


def set_threads(count: int | None = None) -> int:
    """Limit TensorFlow to ``count`` threads (default: all cores but one, or
    the ``GUIAPP_TF_THREADS`` environment variable).

    On a 2-core laptop one core stays free for the window, which keeps it
    smooth while training (benchmarks/bench_training.py measures it). Must run
    before TensorFlow executes anything; later calls are ignored.
    """
    import tensorflow as tf

    count = (
        count
        or int(os.environ.get("GUIAPP_TF_THREADS", 0))
        or max(1, (os.cpu_count() or 2) - 1)
    )
    try:
        tf.config.threading.set_intra_op_parallelism_threads(count)
        tf.config.threading.set_inter_op_parallelism_threads(1)
    except RuntimeError:
        pass  # TensorFlow already started: keep its setting
    return tf.config.threading.get_intra_op_parallelism_threads()


def compile_model(model, config: TrainConfig):
    """Compile with the config's optimizer, learning rate and loss; metric accuracy."""
    import keras

    clip = {"clipnorm": config.clipnorm} if config.clipnorm > 0 else {}
    if config.optimizer == "adam":
        optimizer = keras.optimizers.Adam(config.learning_rate, **clip)
    elif config.optimizer == "rmsprop":
        optimizer = keras.optimizers.RMSprop(config.learning_rate, **clip)
    elif config.optimizer == "sgd":
        optimizer = keras.optimizers.SGD(
            config.learning_rate, momentum=config.momentum, **clip
        )
    else:
        raise ValueError(
            f"unknown optimizer {config.optimizer!r}; choose one of {OPTIMIZERS}"
        )
    # accuracy means something for classes, not for a regression (the RNN's MSE)
    metrics = ["accuracy"] if "crossentropy" in config.loss else []
    model.compile(optimizer=optimizer, loss=config.loss, metrics=metrics)
    return model


#: the fits running in this process (any thread), and the custom gradients
#: TensorFlow held before the first of them began (see _forgetting_gradients)
_fits = {"running": 0, "before": frozenset()}
_fits_lock = threading.Lock()


def _gradient_registry() -> dict | None:
    """TensorFlow's registry of gradient functions by op type (private: None
    if this TensorFlow has none where it is looked for)."""
    from tensorflow.python.framework import ops

    registry = getattr(getattr(ops, "_gradient_registry", None), "_registry", None)
    return registry if isinstance(registry, dict) else None


def custom_gradients() -> frozenset[str]:
    """The names under which TensorFlow keeps a traced custom gradient."""
    registry = _gradient_registry()
    if registry is None:
        return frozenset()
    return frozenset(name for name in registry if name.startswith("CustomGradient-"))


@contextmanager
def _forgetting_gradients():
    """Run a fit, then drop the custom gradients registered while fits ran.

    Each trace of Keras's train step (every new model, every recompile) goes
    through ``tf.custom_gradient`` (the optimizer sums the gradients across
    replicas with it), which registers a gradient function for the trace in
    TensorFlow's global registry under a new name and never removes it. The
    function holds the traced graph: without this, every Train kept its whole
    train-step graph alive (hundreds of operations, a few megabytes) for the
    life of the process, even after the model itself was gone.

    The registered function is only looked up while its graph is being built,
    within the fit that traced it; a finished trace runs without it (Continue
    reuses it). So, once no fit runs in any thread (a fit starting waits for
    the lock), the entries added since the first of them began are removed.
    """
    with _fits_lock:
        if _fits["running"] == 0:
            _fits["before"] = custom_gradients()
        _fits["running"] += 1
    try:
        yield
    finally:
        with _fits_lock:
            _fits["running"] -= 1
            if _fits["running"] == 0:
                registry = _gradient_registry()
                for name in custom_gradients() - _fits["before"]:
                    registry.pop(name, None)


def _floats(logs) -> dict:
    return {key: float(value) for key, value in (logs or {}).items()}


def train(
    model,
    data,
    config: TrainConfig,
    on_batch=None,
    on_epoch=None,
    should_stop=None,
    initial_epoch: int = 0,
    pace=None,
) -> dict:
    """Fit ``model`` on ``data = (x, y_one_hot)`` for ``config.epochs`` epochs.

    Parameters
    ----------
    on_batch : callable(epoch, batch, logs), optional
        After every batch; ``logs`` holds floats (loss, accuracy).
    on_epoch : callable(epoch, logs), optional
        After every epoch, with validation metrics when there is a split.
    should_stop : callable() -> bool, optional
        Checked after every batch; True stops after that batch.
    initial_epoch : int
        To continue a stopped run: the epoch to start from.
    pace : callable(), optional
        Called after every batch (after ``on_batch`` and the stop check), in
        this thread: a slowed run waits there so that a class can watch.

    Returns
    -------
    dict
        ``{"history": {metric: [per epoch]}, "stopped": bool, "epochs_done": int}``

    Raises
    ------
    TrainingDiverged
        When the loss becomes NaN or infinite.
    """
    import keras

    x, y = data
    state = {"stopped": False, "diverged": None, "epoch": initial_epoch}

    class Forward(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            state["epoch"] = epoch

        def on_train_batch_end(self, batch, logs=None):
            values = _floats(logs)
            loss = values.get("loss", 0.0)
            if not math.isfinite(loss):
                state["diverged"] = loss
                self.model.stop_training = True
                return
            if on_batch is not None:
                on_batch(state["epoch"], batch, values)
            if should_stop is not None and should_stop():
                state["stopped"] = True
                self.model.stop_training = True
            elif pace is not None:
                pace()
                if should_stop is not None and should_stop():
                    state["stopped"] = True
                    self.model.stop_training = True

        def on_epoch_end(self, epoch, logs=None):
            if on_epoch is not None and state["diverged"] is None:
                on_epoch(epoch, _floats(logs))

    epochs = initial_epoch + config.epochs if initial_epoch else config.epochs
    with _forgetting_gradients():
        if config.augment:
            fed = _augmented(x, y, config, initial_epoch)
            history = model.fit(
                fed["train"],
                epochs=epochs,
                initial_epoch=initial_epoch,
                validation_data=fed["validation"],
                shuffle=False,  # the dataset shuffles itself
                verbose=0,
                callbacks=[Forward()],
            )
        else:
            history = model.fit(
                x,
                y,
                batch_size=config.batch_size,
                epochs=epochs,
                initial_epoch=initial_epoch,
                validation_split=config.validation_split,
                shuffle=True,
                verbose=0,
                callbacks=[Forward()],
            )
    if state["diverged"] is not None:
        raise _diverged(model, state["diverged"], state["epoch"] + 1, config)
    epochs_done = len(history.history.get("loss", []))
    return {
        "history": {
            key: [float(v) for v in values] for key, values in history.history.items()
        },
        "stopped": state["stopped"],
        "epochs_done": epochs_done,
    }


def _augmented(x, y, config: TrainConfig, initial_epoch: int = 0) -> dict:
    """The training batches augmented anew at each epoch, and the validation
    images as they are: the last ``validation_split`` of the data, as
    Keras's ``validation_split`` keeps them."""
    import tensorflow as tf

    from .augment import augmenter

    split = int(len(x) * (1.0 - config.validation_split))
    augment = augmenter(config.augment, config.seed + initial_epoch)
    train = (
        tf.data.Dataset.from_tensor_slices((x[:split], y[:split]))
        .shuffle(split, seed=config.seed, reshuffle_each_iteration=True)
        .batch(config.batch_size)
        .map(lambda images, labels: (augment(images, training=True), labels))
    )
    validation = (x[split:], y[split:]) if split < len(x) else None
    return {"train": train, "validation": validation}


def train_batches(
    model,
    data,
    config: TrainConfig,
    epoch: int,
    first_batch: int,
    count: int | None = None,
    means: dict | None = None,
    on_batch=None,
    on_epoch=None,
    should_stop=None,
    pace=None,
) -> dict:
    """Train ``count`` batches of epoch ``epoch`` from batch ``first_batch``
    (0-based), one batch at a time: a step that a class watches, or the end of
    an epoch that steps began (``count`` None: up to the end of the epoch).

    ``model.fit`` cannot start in the middle of an epoch, and an epoch it stops
    early still ends (with its validation): a fit of one batch would count as
    an epoch. Here the epoch goes on where the last step left it: the same
    training split as Keras's ``validation_split`` (the first
    ``floor(N * (1 - split))`` samples), in an order that depends on the seed
    and the epoch only, the batches reported as ``fit`` reports them (the
    loss and accuracy are the means so far in the epoch, from ``means``: the
    last batch's means). When the epoch's last batch is trained, its
    validation is computed and ``on_epoch(epoch, logs)`` called, as ``fit``
    does.

    Returns
    -------
    dict
        As :func:`train`'s: ``{"history": {metric: [the epoch's values, if it
        ended]}, "stopped": bool, "epochs_done": int}`` (1 if the epoch ended).
    """
    x, y = data
    kept = len(x)
    if config.validation_split > 0:
        kept = int(math.floor(len(x) * (1.0 - config.validation_split)))
    per_epoch = batches_per_epoch(len(x), config)
    last = per_epoch if count is None else min(per_epoch, first_batch + count)
    order = np.random.default_rng((config.seed, epoch)).permutation(kept)
    sums = {
        key: value * first_batch * config.batch_size
        for key, value in (means or {}).items()
    }
    seen = first_batch * config.batch_size
    result = {"history": {}, "stopped": False, "epochs_done": 0}
    logs: dict = dict(means or {})
    augment = None
    if config.augment:  # the batches a step sees are augmented as a fit's are
        from .augment import augmenter

        augment = augmenter(config.augment, config.seed + epoch)
    with _forgetting_gradients():
        for batch in range(first_batch, last):
            chosen = order[batch * config.batch_size : (batch + 1) * config.batch_size]
            images = x[chosen]
            if augment is not None:
                images = np.asarray(augment(images, training=True))
            values = _floats(model.train_on_batch(images, y[chosen], return_dict=True))
            if not math.isfinite(values.get("loss", 0.0)):
                raise _diverged(model, values["loss"], epoch + 1, config)
            # Keras's means are weighted by the images of each batch
            size = len(chosen)
            for key, value in values.items():
                sums[key] = sums.get(key, 0.0) + value * size
            seen += size
            logs = {key: sums[key] / seen for key in values}
            if on_batch is not None:
                on_batch(epoch, batch, logs)
            if batch == per_epoch - 1:
                if kept < len(x):
                    logs.update(
                        {
                            "val_" + key: float(value)
                            for key, value in model.evaluate(
                                x[kept:],
                                y[kept:],
                                batch_size=config.batch_size,
                                verbose=0,
                                return_dict=True,
                            ).items()
                        }
                    )
                if on_epoch is not None:
                    on_epoch(epoch, logs)
                result["history"] = {key: [value] for key, value in logs.items()}
                result["epochs_done"] = 1
            if batch == last - 1:
                break
            if should_stop is not None and should_stop():
                result["stopped"] = True
                break
            if pace is not None:
                pace()
                if should_stop is not None and should_stop():
                    result["stopped"] = True
                    break
    return result


def model_builder(input_shape, layers, config: TrainConfig):
    """A callable that builds and compiles the stack with ``config`` (for a job).

    It seeds everything first, so the same stack and seed give the same initial
    weights each time: Reset replays a run.
    """

    def build():
        from .models import build_model

        seed_everything(config.seed)
        return compile_model(build_model(input_shape, layers), config)

    return build


def fit_classifier(
    task,
    session,
    dataset: str,
    data,
    config: TrainConfig,
    build=None,
    recompile: bool = False,
    model=None,
    initial_epoch: int = 0,
    batches: int | None = None,
    first_batch: int = 0,
    means: dict | None = None,
    pace=None,
) -> dict:
    """Train an image classifier as a job: :meth:`TrainingSession.fit
    <guiapp.ml.session.TrainingSession.fit>` on ``dataset``'s training images
    (``batches``: a step of that many batches; ``first_batch``, ``means``:
    where the unfinished epoch is; ``pace``: the seconds to wait after a batch).

    ``data`` is the raw dataset, or None to load it here (reported as
    ``("data", name, data)``); preprocessing (~100 ms) is done here too.
    """
    from .datasets import preprocess, provide

    def prepare():
        (x_train, y_train), _ = provide(task, dataset, data)
        return preprocess(x_train, y_train)

    return session.fit(
        task,
        prepare,
        config,
        build=build,
        recompile=recompile,
        model=model,
        initial_epoch=initial_epoch,
        batches=batches,
        first_batch=first_batch,
        means=means,
        pace=pace,
    )


def evaluate(model, data) -> tuple[float, float]:
    """Test loss and accuracy, as the course prints them."""
    x, y = data
    loss, accuracy = model.evaluate(x, y, verbose=0)
    return float(loss), float(accuracy)


def seed_everything(seed: int) -> None:
    """Same seed, same initial weights and shuffling: a run can be replayed."""
    import keras

    keras.utils.set_random_seed(seed)
    np.random.seed(seed)
