"""Saliency of a trained digit network lies on the ink (guiapp.ml.saliency).

Measured on 64 test digits, the strokes (pixels above 0.2) covering 16 % of
the image: for the course's CNN after 3 epochs, |d score / d pixel| puts
about 40 % of its mass on them and Grad-CAM about 65 %. (The course's dense
network does not: its gradients are templates spread over the whole image,
32 % on a stroke widened by one pixel that covers 26 % - worth showing.)
"""

import numpy as np
import pytest

from guiapp.ml import datasets, saliency, training
from guiapp.presets import preset

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def digits():
    (x, y), (x_test, y_test) = datasets.load("mnist-5k")
    return datasets.preprocess(x, y), datasets.preprocess(x_test[:64], y_test[:64])


@pytest.fixture(scope="module")
def cnn(digits):
    config = training.TrainConfig(epochs=3, batch_size=64, seed=1)
    model = training.model_builder(*preset("fashion-cnn"), config)()
    training.train(model, digits[0], config)
    return model


def ink_share(maps, images):
    """The median share of each map on the ink, and the share of the image
    the ink covers (maps that are zero everywhere left out)."""
    ink = images[..., 0] > 0.2
    totals = maps.sum(axis=(1, 2))
    kept = totals > 0
    inside = (maps * ink).sum(axis=(1, 2))[kept] / totals[kept]
    return float(np.median(inside)), float(ink.mean())


def test_gradients_of_the_course_cnn_lie_on_the_ink(digits, cnn):
    _, (images, _) = digits
    maps = saliency.gradients(cnn, images)
    assert maps.shape == images.shape[:3] and (maps >= 0).all()
    inside, area = ink_share(maps, images)
    print(f"gradients: {inside:.2f} of the saliency on {area:.2f} of the image")
    assert inside > 2 * area


def test_grad_cam_of_the_course_cnn_lies_on_the_ink(digits, cnn):
    _, (images, _) = digits
    maps = saliency.grad_cam(cnn, images)
    assert maps.shape == images.shape[:3] and 0 <= maps.min() and maps.max() <= 1
    inside, area = ink_share(maps, images)
    print(f"grad-cam: {inside:.2f} of the saliency on {area:.2f} of the image")
    assert inside > 3 * area


def test_smoothgrad_without_noise_is_the_gradient(digits, cnn):
    _, (images, _) = digits
    np.testing.assert_allclose(
        saliency.smoothgrad(cnn, images[:3], samples=2, noise=0.0),
        saliency.gradients(cnn, images[:3]),
        rtol=1e-5,
        atol=1e-7,
    )


def test_grad_cam_needs_a_convolution(digits):
    config = training.TrainConfig(epochs=1)
    dense = training.model_builder(*preset("mnist-dense"), config)()
    with pytest.raises(ValueError, match="convolution"):
        saliency.grad_cam(dense, digits[1][0][:1])


def test_gradient_times_input_adds_up_to_the_score_of_a_linear_net(digits):
    """For a network without hidden layers, gradient × input summed over the
    pixels is the class's score minus its bias (first order is exact)."""
    import keras

    model = keras.Sequential(
        [keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10)]
    )
    _, (images, _) = digits
    maps = saliency.gradient_times_input(model, images[:4], class_index=3)
    scores = np.asarray(model(images[:4]))[:, 3] - np.asarray(model.layers[-1].bias)[3]
    np.testing.assert_allclose(maps.sum(axis=(1, 2)), scores, rtol=1e-4, atol=1e-4)
