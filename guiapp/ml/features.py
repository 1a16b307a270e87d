"""What a trained network says about one image, and what it learned (Keras, no Qt).

* :func:`predict` — the probabilities for a few images (a test image, a drawing);
* :func:`look_inside` — the first convolution's kernels beside a hand-made one,
  and the feature maps of every convolution and pooling layer for one image.

Each returns NumPy arrays and names only: the interface draws them and never
asks Keras what a layer is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..core import kernels as hand_made
from .datasets import preprocess, provide

__all__ = [
    "Prediction",
    "Inside",
    "FeatureMaps",
    "predict",
    "predict_test_image",
    "predict_drawing",
    "look_inside",
    "inside_test_image",
]

#: learned kernels shown after the hand-made one
KERNELS_SHOWN = 23
#: feature maps shown per layer
MAPS_SHOWN = 10


@dataclass
class Prediction:
    """The network's answer for one image."""

    #: (classes,) probabilities
    probabilities: np.ndarray
    #: the image as the network saw it (28, 28) uint8
    image: np.ndarray
    #: the test image's number and true class, or None for a drawing
    index: int | None = None
    label: int | None = None
    #: where the network looked for its guess (guiapp.ml.saliency), (28, 28)
    #: from 0 to 1; None when not asked, or "" in ``saliency_note`` says why
    saliency: np.ndarray | None = None
    #: why there is no map ("needs a convolution"), "" when there is one
    saliency_note: str = ""

    @property
    def guess(self) -> int:
        """The course's ``argmax(predict(x))``."""
        return int(np.argmax(self.probabilities))

    @property
    def confidence(self) -> float:
        return float(self.probabilities[self.guess])


@dataclass
class FeatureMaps:
    """The output of one convolution or pooling layer for one image."""

    layer: str
    #: the layer's output shape without the batch (H, W, channels)
    shape: tuple[int, ...]
    #: the first few channels, each (H, W)
    maps: list[np.ndarray]


@dataclass
class Inside:
    """What the "Inside the network" page draws."""

    #: the first convolution layer's name ("" when the network has none)
    first_conv: str = ""
    #: how many kernels it learned, and their size F
    kernel_count: int = 0
    kernel_size: int = 0
    #: (caption, F x F array): Sobel x, then the first learned kernels
    kernels: list[tuple[str, np.ndarray]] = field(default_factory=list)
    #: the image the maps are for (28, 28) uint8
    image: np.ndarray | None = None
    #: per convolution / pooling layer, in order
    layers: list[FeatureMaps] = field(default_factory=list)
    #: the test image's number, None for another image
    index: int | None = None

    @property
    def has_convolution(self) -> bool:
        return bool(self.first_conv)


def predict(task, model, images: np.ndarray) -> np.ndarray:
    """Probabilities for ``images`` (N, 28, 28) uint8: an (N, classes) array."""
    task.check()
    x, _ = preprocess(np.asarray(images), np.zeros(len(images), dtype=np.int64))
    return np.asarray(model(x, training=False), dtype=np.float64)


#: the saliency maps the Predict page offers (see guiapp.ml.saliency)
SALIENCY_METHODS = ("none", "gradients", "smoothgrad", "grad_cam")


def with_saliency(task, model, prediction: Prediction, method: str) -> Prediction:
    """``prediction`` with the map of ``method`` for its guess, scaled to
    [0, 1] (its largest value 1); a network without convolution gets a note
    for Grad-CAM instead of a map."""
    from . import saliency

    if method == "none":
        return prediction
    if method not in SALIENCY_METHODS:
        raise ValueError(
            f"unknown saliency {method!r}; choose one of {SALIENCY_METHODS}"
        )
    task.check()
    x, _ = preprocess(prediction.image[None], np.zeros(1, dtype=np.int64))
    try:
        if method == "grad_cam":
            found = saliency.grad_cam(model, x, prediction.guess)
        else:
            found = getattr(saliency, method)(model, x, prediction.guess)
    except ValueError:
        prediction.saliency_note = "convolution"
        return prediction
    found = np.asarray(found[0], float)
    peak = found.max()
    prediction.saliency = found / peak if peak > 0 else found
    return prediction


def predict_test_image(
    task, model, dataset: str, data, index: int, method: str = "none"
) -> Prediction:
    """The prediction for test image ``index`` (the data loaded if need be),
    with the saliency ``method``'s map."""
    _, (x_test, y_test) = provide(task, dataset, data)
    index = int(np.clip(index, 0, len(x_test) - 1))
    probabilities = predict(task, model, x_test[index][None])[0]
    found = Prediction(probabilities, x_test[index], index, int(y_test[index]))
    return with_saliency(task, model, found, method)


def predict_drawing(
    task, model, drawing: np.ndarray, method: str = "none"
) -> Prediction:
    """The prediction for a 28 x 28 uint8 drawing, with the saliency map."""
    found = Prediction(predict(task, model, drawing[None])[0], np.asarray(drawing))
    return with_saliency(task, model, found, method)


def look_inside(
    task, model, image: np.ndarray, kernels: int = KERNELS_SHOWN, maps: int = MAPS_SHOWN
) -> Inside:
    """The first convolution's kernels and every layer's feature maps for ``image``.

    Parameters
    ----------
    image : (28, 28) uint8
    kernels, maps : how many learned kernels, and maps per layer, to keep.
    """
    import keras

    task.check()
    convolutions = [
        layer for layer in model.layers if isinstance(layer, keras.layers.Conv2D)
    ]
    if not convolutions:
        return Inside(image=np.asarray(image))
    first = convolutions[0]
    weights = np.asarray(first.get_weights()[0])  # (F, F, D, K)
    shown = [("Sobel x", hand_made.preset("sobel_x"))]
    shown += [
        (f"#{k}", weights[:, :, 0, k].copy())
        for k in range(min(weights.shape[3], kernels))
    ]
    kinds = (
        keras.layers.Conv2D,
        keras.layers.MaxPooling2D,
        keras.layers.AveragePooling2D,
    )
    layers = [layer for layer in model.layers if isinstance(layer, kinds)]
    probe = keras.Model(
        inputs=model.inputs[0], outputs=[layer.output for layer in layers]
    )
    task.check()
    x, _ = preprocess(np.asarray(image)[None], np.zeros(1, dtype=np.int64))
    outputs = probe(x, training=False)
    outputs = outputs if isinstance(outputs, (list, tuple)) else [outputs]
    found = []
    for layer, output in zip(layers, outputs, strict=True):
        values = np.asarray(output)[0]
        found.append(
            FeatureMaps(
                layer.name,
                tuple(int(v) for v in values.shape),
                [values[:, :, k].copy() for k in range(min(values.shape[-1], maps))],
            )
        )
    return Inside(
        first_conv=first.name,
        kernel_count=int(weights.shape[3]),
        kernel_size=int(weights.shape[0]),
        kernels=shown,
        image=np.asarray(image),
        layers=found,
    )


def inside_test_image(task, model, dataset: str, data, index: int) -> Inside:
    """:func:`look_inside` for test image ``index`` (the data loaded if need be)."""
    _, (x_test, _) = provide(task, dataset, data)
    index = int(np.clip(index, 0, len(x_test) - 1))
    inside = look_inside(task, model, x_test[index])
    inside.index = index
    return inside
