"""guiapp.ml.scripts: the training tab's run as a script (no Keras needed)."""

import pytest

from guiapp.ml.datasets import DatasetError
from guiapp.ml.scripts import training_script
from guiapp.ml.training import TrainConfig
from guiapp.presets import preset


def test_script_compiles_with_the_course_fit_call():
    """The exported script is valid Python with the course's compile and fit calls."""
    config = TrainConfig(optimizer="sgd", learning_rate=0.01, epochs=3, seed=4)
    script = training_script(*preset("fashion-cnn"), config, "fashion-mnist")
    compile(script, "<training script>", "exec")
    assert "keras.datasets.fashion_mnist.load_data()" in script
    assert "keras.optimizers.SGD(0.01, momentum=0.9)" in script
    assert "model.fit(train_X, train_Y_one_hot, batch_size=64, epochs=3" in script
    assert "keras.utils.set_random_seed(4)" in script


def test_script_for_an_unknown_dataset_names_it():
    """An unknown dataset raises with its name."""
    with pytest.raises(DatasetError, match="'cifar'"):
        training_script(*preset("mnist-dense"), TrainConfig(), "cifar")
