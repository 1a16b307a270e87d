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


@pytest.mark.slow
def test_script_trains_mirrored_on_two_devices(tmp_path):
    """`--strategy mirrored` trains under TensorFlow's MirroredStrategy, here
    on the CPU split into two logical devices (on a GPU machine, each GPU);
    the course's MNIST is replaced by 600 bundled digits (no network)."""
    import subprocess
    import sys

    config = TrainConfig(epochs=2, batch_size=32)
    script = tmp_path / "train.py"
    script.write_text(training_script(*preset("mnist-dense"), config, "mnist-5k"))
    prelude = tmp_path / "run.py"
    prelude.write_text(
        "import runpy, sys\n"
        "import tensorflow as tf\n"
        "cpu = tf.config.list_physical_devices('CPU')[0]\n"
        "tf.config.set_logical_device_configuration(\n"
        "    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)\n"
        "import keras\n"
        "from guiapp.ml import datasets\n"
        "(x, y), _ = datasets.load('mnist-5k')\n"
        "keras.datasets.mnist.load_data = lambda: (\n"
        "    (x[:480], y[:480]), (x[480:600], y[480:600]))\n"
        f"sys.argv = [{str(script)!r}, '--strategy', 'mirrored']\n"
        f"runpy.run_path({str(script)!r}, run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, str(prelude)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Replicas: 2" in result.stdout
    accuracy = float(result.stdout.split("Test accuracy")[1].split()[0])
    assert accuracy > 0.5  # two epochs on 432 digits, far above chance
