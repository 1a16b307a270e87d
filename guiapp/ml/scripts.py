"""The training tab's run as a stand-alone Python script (no Keras needed to write it).

A student takes the network and settings of the interface to a notebook or a
terminal: the script builds the same network (:func:`guiapp.ml.models.keras_script`),
loads the dataset as the course does, compiles with the same optimizer and
trains with the same batch size, epochs and validation split.

When a class outgrows one laptop, the same script runs on a machine with GPUs:
``--strategy mirrored`` builds the model under TensorFlow's own
``tf.distribute.MirroredStrategy`` (a copy on each GPU, or on each CPU device
where there is no GPU), which shares each batch out; nothing of guiapp's.
"""

from __future__ import annotations

from .datasets import dataset as dataset_entry

__all__ = ["training_script", "OPTIMIZER_CLASSES"]

#: guiapp's optimizer names and their Keras classes
OPTIMIZER_CLASSES = {"adam": "Adam", "rmsprop": "RMSprop", "sgd": "SGD"}


def training_script(input_shape, layers, config, dataset: str) -> str:
    """A runnable script that trains the network with ``config`` on ``dataset``.

    Parameters
    ----------
    input_shape, layers : the stack (see :mod:`guiapp.core.layers`)
    config : guiapp.ml.training.TrainConfig
    dataset : a name of :data:`guiapp.ml.datasets.REGISTRY` (unknown: raises)

    >>> from guiapp.ml.training import TrainConfig
    >>> from guiapp.presets import preset
    >>> script = training_script(*preset("mnist-dense"), TrainConfig(), "mnist-5k")
    >>> "keras.datasets.mnist.load_data()" in script
    True
    """
    from .models import keras_script

    entry = dataset_entry(dataset)
    try:
        optimizer_class = OPTIMIZER_CLASSES[config.optimizer]
    except KeyError:
        raise ValueError(
            f"unknown optimizer {config.optimizer!r}; "
            f"choose one of {tuple(OPTIMIZER_CLASSES)}"
        ) from None
    momentum = f", momentum={config.momentum}" if config.optimizer == "sgd" else ""
    clip = f", clipnorm={config.clipnorm}" if config.clipnorm > 0 else ""
    build = keras_script(input_shape, layers).replace("model.summary()\n", "")
    head, _, body = build.partition("import keras\n")
    model_lines = [line for line in body.strip().splitlines() if line.strip()]
    return head + "\n".join(
        [
            "import argparse",
            "",
            "import keras",
            "import numpy as np",
            "import tensorflow as tf",
            "",
            "parser = argparse.ArgumentParser(description=__doc__)",
            "parser.add_argument(",
            "    '--strategy', choices=('default', 'mirrored'), default='default',",
            "    help='mirrored: a copy of the model on each GPU of this machine '",
            "    '(each CPU device if none), each batch shared out '",
            "    '(tf.distribute.MirroredStrategy); default: one device')",
            "args = parser.parse_args()",
            "if args.strategy == 'mirrored':",
            "    gpus = [d.name for d in tf.config.list_logical_devices('GPU')]",
            "    cpus = [d.name for d in tf.config.list_logical_devices('CPU')]",
            "    strategy = tf.distribute.MirroredStrategy(gpus or cpus)",
            "else:",
            "    strategy = tf.distribute.get_strategy()",
            "print('Replicas:', strategy.num_replicas_in_sync)",
            "",
            f"keras.utils.set_random_seed({config.seed})",
            "with strategy.scope():  # the weights made on every device",
            *("    " + line for line in model_lines),
            f"    optimizer = keras.optimizers.{optimizer_class}"
            f"({config.learning_rate}{momentum}{clip})",
            f"    model.compile(optimizer=optimizer, loss={config.loss!r}, "
            "metrics=['accuracy'])",
            "model.summary()",
            "",
            "(train_X, train_Y), (test_X, test_Y) = "
            f"keras.datasets.{entry.keras_name}.load_data()",
            "train_X = (train_X.astype('float32') / 255).reshape(-1, 28, 28, 1)",
            "test_X = (test_X.astype('float32') / 255).reshape(-1, 28, 28, 1)",
            "train_Y_one_hot = keras.utils.to_categorical(train_Y)",
            "test_Y_one_hot = keras.utils.to_categorical(test_Y)",
            "model.fit(train_X, train_Y_one_hot, "
            f"batch_size={config.batch_size}, "
            f"epochs={config.epochs}, validation_split={config.validation_split})",
            "test_loss, test_acc = model.evaluate(test_X, test_Y_one_hot)",
            "print('Test loss', test_loss)",
            "print('Test accuracy', test_acc)",
            "predictions = model.predict(test_X)",
            "print(np.argmax(np.round(predictions[0])))",
            "",
        ]
    )
