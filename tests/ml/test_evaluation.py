"""guiapp.ml.evaluation and guiapp.ml.features: Keras work as Qt-free jobs."""

import numpy as np
import pytest

from guiapp.ml import datasets, evaluation, features, training
from guiapp.ml.models import build_model
from guiapp.ml.session import Stopped, Task
from guiapp.presets import preset

pytestmark = pytest.mark.slow


class Recorder(Task):
    """A Task that keeps its reports and can stop itself after some of them."""

    def __init__(self, stop_after=None):
        super().__init__(on_report=self._keep)
        self.reports = []
        self.stop_after = stop_after

    def _keep(self, *values):
        self.reports.append(values)
        if self.stop_after is not None and len(self.reports) >= self.stop_after:
            self.stop()


@pytest.fixture(scope="module")
def data():
    return datasets.load("mnist-5k")


@pytest.fixture(scope="module")
def trained(data):
    """The course's dense network after one quick epoch on 1 000 images."""
    (x, y), _ = data
    config = training.TrainConfig(epochs=1, validation_split=0.0)
    training.seed_everything(0)
    model = training.compile_model(build_model(*preset("mnist-dense")), config)
    training.train(model, datasets.preprocess(x[:1000], y[:1000]), config)
    return model


def test_evaluation_equals_keras(trained, data):
    """Loss and accuracy computed in chunks equal model.evaluate's, and the
    confusion matrix, per-class accuracy and mistakes agree with them."""
    _, (x_test, y_test) = data
    task = Recorder()
    result = evaluation.evaluate(task, trained, x_test, y_test, chunk=300)
    loss, accuracy = trained.evaluate(*datasets.preprocess(x_test, y_test), verbose=0)
    assert result.loss == pytest.approx(loss, abs=1e-5)
    assert result.accuracy == pytest.approx(accuracy, abs=1e-5)
    assert result.matrix.shape == (10, 10) and result.matrix.sum() == 1000
    assert np.trace(result.matrix) / 1000 == pytest.approx(result.accuracy)
    assert result.per_class == pytest.approx(np.diag(result.matrix) / 100)
    assert [r for r in task.reports] == [
        ("evaluate", 300, 1000),
        ("evaluate", 600, 1000),
        ("evaluate", 900, 1000),
        ("evaluate", 1000, 1000),
    ]
    worst = result.mistakes
    assert 0 < len(worst) <= 10
    assert all(result.predicted[i] != result.labels[i] for i in worst)
    confidences = [result.confidence(i) for i in worst]
    assert confidences == sorted(confidences, reverse=True)
    cell = result.cell(3, 5)
    assert len(cell) == result.matrix[3, 5]
    assert np.all(y_test[cell] == 3)


def test_evaluation_stops_within_a_chunk(trained, data):
    """A stop asked during an evaluation takes effect before the next chunk."""
    _, (x_test, y_test) = data
    task = Recorder(stop_after=1)
    with pytest.raises(Stopped):
        evaluation.evaluate(task, trained, x_test, y_test, chunk=200)
    assert task.reports == [("evaluate", 200, 1000)]


def test_evaluate_test_set_loads_and_reports_the_data(trained):
    """Evaluating by dataset name loads the test set in the job and reports it."""
    task = Recorder()
    result = evaluation.evaluate_test_set(task, trained, "mnist-5k")
    assert task.reports[0][:2] == ("data", "mnist-5k")
    assert result.matrix.sum() == 1000


def test_prediction_of_a_test_image_and_a_drawing(trained, data):
    """The probabilities of a test image are Keras's predict; a drawing is predicted too."""
    _, (x_test, _) = data
    prediction = features.predict_test_image(Task(), trained, "mnist-5k", data, 7)
    expected = trained.predict(datasets.preprocess(x_test[7:8], [0])[0], verbose=0)[0]
    np.testing.assert_allclose(prediction.probabilities, expected, atol=1e-6)
    assert prediction.index == 7 and prediction.guess == int(np.argmax(expected))
    drawing = np.zeros((28, 28), np.uint8)
    drawing[4:24, 13:15] = 255
    drawn = features.predict_drawing(Task(), trained, drawing)
    assert drawn.probabilities.shape == (10,)
    assert drawn.probabilities.sum() == pytest.approx(1, abs=1e-5)


def test_inside_a_network_without_convolution(trained, data):
    """A dense network has no kernels to show: the result says so."""
    _, (x_test, _) = data
    inside = features.look_inside(Task(), trained, x_test[0])
    assert not inside.has_convolution and inside.layers == []


def test_inside_a_convolutional_network(data):
    """The Fashion CNN: Sobel x then 23 of its 64 learned 3x3 kernels, and
    ten feature maps of its convolution and pooling layers."""
    _, (x_test, _) = data
    model = build_model(*preset("fashion-cnn"))
    inside = features.inside_test_image(Task(), model, "mnist-5k", data, 3)
    assert inside.has_convolution and inside.kernel_count == 64
    assert inside.kernel_size == 3
    assert [name for name, _ in inside.kernels[:2]] == ["Sobel x", "#0"]
    assert len(inside.kernels) == 24
    assert all(k.shape == (3, 3) for _, k in inside.kernels)
    assert [layer.shape for layer in inside.layers] == [(26, 26, 64), (13, 13, 64)]
    assert all(len(layer.maps) == 10 for layer in inside.layers)
    np.testing.assert_array_equal(inside.image, x_test[3])
