"""Which pixels made the network say "7": saliency maps (Keras, no Qt).

* :func:`gradients`: how much the class's score moves when each pixel moves,
  ``|d score / d pixel|`` (Simonyan et al. 2014), for any network;
* :func:`smoothgrad`: the same averaged over copies of the image with a
  little noise (Smilkov et al. 2017): a steadier map;
* :func:`gradient_times_input`: the gradient times the pixel, signed
  (what each pixel adds to the score, to first order);
* :func:`grad_cam`: for a network with a convolution, the last convolution's
  maps weighted by their mean gradient, kept positive, brought up to the
  image's size (Selvaraju et al. 2017): where the network looked.

Each takes images shaped as the network's input, ``(N, H, W, D)``, and returns
``(N, H, W)`` maps; the score is the network's output for ``class_index``
(its own prediction when None), before the softmax when the last layer is a
softmax (the probability saturates: its gradient vanishes on a sure answer).
The interface computes them in its worker thread.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "grad_cam",
    "gradient_times_input",
    "gradients",
    "last_convolution",
    "smoothgrad",
]

#: the layer types Grad-CAM may look at (the last of them in the network)
CONVOLUTIONS = ("Conv2D", "SeparableConv2D", "Conv2DTranspose", "DepthwiseConv2D")


def _softmax_last(model) -> bool:
    activation = getattr(model.layers[-1], "activation", None)
    return getattr(activation, "__name__", "") == "softmax"


def _scores_from(model, features, start: int = 0):
    """The scores before the softmax, from the input of layer ``start``: the
    last layer's softmax set aside (an Activation skipped, a Dense's linear
    part kept)."""
    import keras

    layers = model.layers[start:]
    softmax = _softmax_last(model)
    for layer in layers[:-1] if softmax else layers:
        features = layer(features, training=False)
    last = model.layers[-1]
    if softmax and type(last).__name__ != "Activation":
        features = keras.ops.matmul(features, last.kernel)
        if last.use_bias:
            features = features + last.bias
    return features


def _targets(model, images, class_index):
    scores = np.asarray(model(images, training=False))
    if class_index is None:
        return scores.argmax(axis=1)
    return np.full(len(images), int(class_index))


def _gradients(model, images, targets) -> np.ndarray:
    import tensorflow as tf

    x = tf.convert_to_tensor(images, dtype=tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(x)
        scores = _scores_from(model, x)
        chosen = tf.gather(scores, targets, axis=1, batch_dims=1)
    return np.asarray(tape.gradient(chosen, x))


def gradients(model, images, class_index: int | None = None) -> np.ndarray:
    """``|d score / d pixel|``, the largest over the channels: (N, H, W)."""
    images = np.asarray(images, dtype=np.float32)
    targets = _targets(model, images, class_index)
    return np.abs(_gradients(model, images, targets)).max(axis=-1)


def gradient_times_input(model, images, class_index: int | None = None) -> np.ndarray:
    """``d score / d pixel * pixel``, summed over the channels (signed)."""
    images = np.asarray(images, dtype=np.float32)
    targets = _targets(model, images, class_index)
    return (_gradients(model, images, targets) * images).sum(axis=-1)


def smoothgrad(
    model,
    images,
    class_index: int | None = None,
    samples: int = 16,
    noise: float = 0.15,
    seed: int = 0,
) -> np.ndarray:
    """:func:`gradients` averaged over ``samples`` noisy copies (noise's
    standard deviation: ``noise`` times the images' range)."""
    images = np.asarray(images, dtype=np.float32)
    targets = _targets(model, images, class_index)
    rng = np.random.default_rng(seed)
    sigma = noise * float(images.max() - images.min() or 1.0)
    total = np.zeros(images.shape[:3], np.float64)
    for _ in range(samples):
        noisy = images + rng.normal(0.0, sigma, images.shape).astype(np.float32)
        total += np.abs(_gradients(model, noisy, targets)).max(axis=-1)
    return total / samples


def last_convolution(model):
    """The network's last convolution layer, or None (Grad-CAM needs one)."""
    for layer in reversed(model.layers):
        if type(layer).__name__ in CONVOLUTIONS:
            return layer
    return None


def grad_cam(model, images, class_index: int | None = None) -> np.ndarray:
    """Grad-CAM maps, (N, H, W), each scaled to [0, 1] (0 where nothing).

    Raises ValueError when the network has no convolution.
    """
    import tensorflow as tf

    layer = last_convolution(model)
    if layer is None:
        raise ValueError("Grad-CAM needs a network with a convolution layer")
    images = np.asarray(images, dtype=np.float32)
    targets = _targets(model, images, class_index)
    index = model.layers.index(layer)
    x = tf.convert_to_tensor(images)
    with tf.GradientTape() as tape:
        maps = x
        for part in model.layers[: index + 1]:
            maps = part(maps, training=False)
        tape.watch(maps)
        scores = _scores_from(model, maps, index + 1)
        chosen = tf.gather(scores, targets, axis=1, batch_dims=1)
    grads = np.asarray(tape.gradient(chosen, maps))
    maps = np.asarray(maps)
    weights = grads.mean(axis=(1, 2), keepdims=True)
    cam = np.maximum((weights * maps).sum(axis=-1), 0.0)
    height, width = images.shape[1:3]
    resized = np.asarray(
        tf.image.resize(cam[..., None], (height, width), method="bilinear")
    )[..., 0]
    peak = resized.max(axis=(1, 2), keepdims=True)
    return np.where(peak > 0, resized / np.where(peak > 0, peak, 1.0), 0.0)
