"""Data augmentation: Keras's preprocessing layers, drawn anew at each batch.

The training tab chooses among :data:`AUGMENTATIONS`, each with an amount
(a fraction: of a turn for the rotation, of the size for the zoom and the
translation, of the contrast); :func:`augmenter` makes the Keras layers,
:func:`preview` shows one image under many draws, and
:func:`guiapp.ml.training.train` applies them to the training batches only
(the validation images are left as they are, so the curves show what the
augmentation does to unseen images).

>>> sorted(AUGMENTATIONS)
['contrast', 'flip', 'rotation', 'translation', 'zoom']
"""

from __future__ import annotations

import numpy as np

__all__ = ["AUGMENTATIONS", "RECIPES", "augmenter", "check", "preview"]

#: name -> (the Keras layer, what its amount is, the largest amount accepted)
AUGMENTATIONS = {
    "flip": ("RandomFlip", "1: mirror left-right half of the images", 1.0),
    "rotation": ("RandomRotation", "up to this fraction of a turn each way", 0.5),
    "zoom": ("RandomZoom", "up to this fraction in or out", 0.5),
    "translation": ("RandomTranslation", "up to this fraction of the size", 0.5),
    "contrast": ("RandomContrast", "up to this fraction more or less contrast", 0.9),
}


#: the choices the training tab offers, by name
RECIPES = {
    "none": {},
    "shifts": {"translation": 0.1},
    "shifts-turns": {"translation": 0.1, "rotation": 0.05, "zoom": 0.1},
    "photos": {
        "flip": 1.0,
        "translation": 0.1,
        "rotation": 0.05,
        "zoom": 0.1,
        "contrast": 0.2,
    },
}


def check(settings: dict) -> dict:
    """The settings with amounts > 0 kept, each checked (ValueError naming it)."""
    kept = {}
    for name, amount in (settings or {}).items():
        if name not in AUGMENTATIONS:
            raise ValueError(
                f"unknown augmentation {name!r}; choose among {', '.join(AUGMENTATIONS)}"
            )
        high = AUGMENTATIONS[name][2]
        if not isinstance(amount, int | float) or not 0 <= amount <= high:
            raise ValueError(
                f"{name}: the amount must be from 0 to {high}, not {amount!r}"
            )
        if amount > 0:
            kept[name] = float(amount)
    return kept


def augmenter(settings: dict, seed: int = 0):
    """A Keras model of the chosen preprocessing layers (identity when none);
    it changes images only when called with ``training=True``."""
    import keras

    settings = check(settings)
    layers = []
    for offset, (name, amount) in enumerate(sorted(settings.items())):
        kind = AUGMENTATIONS[name][0]
        layer_seed = seed + offset
        if name == "flip":
            layers.append(keras.layers.RandomFlip("horizontal", seed=layer_seed))
        elif name == "translation":
            layers.append(
                keras.layers.RandomTranslation(
                    amount, amount, fill_mode="constant", seed=layer_seed
                )
            )
        elif name in ("rotation", "zoom"):
            layers.append(
                getattr(keras.layers, kind)(
                    amount, fill_mode="constant", seed=layer_seed
                )
            )
        else:
            layers.append(getattr(keras.layers, kind)(amount, seed=layer_seed))
    if not layers:
        return lambda images, training=False: images  # nothing chosen
    return keras.Sequential(layers, name="augmentation")


def preview(image, settings: dict, draws: int = 8, seed: int = 0) -> np.ndarray:
    """``draws`` augmented copies of one ``(H, W, D)`` image, as the training
    would see it: ``(draws, H, W, D)`` float32."""
    batch = np.repeat(np.asarray(image, np.float32)[None], draws, axis=0)
    return np.asarray(augmenter(settings, seed)(batch, training=True))


def preview_sample(
    task, dataset: str, data, settings: dict, draws: int = 8, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """(the first training image of ``dataset``, its ``draws`` augmented
    copies), both as the network sees them ((28, 28) and (draws, 28, 28))."""
    from .datasets import preprocess, provide

    (x_train, y_train), _ = provide(task, dataset, data)
    task.check()
    images, _ = preprocess(x_train[:1], y_train[:1])
    drawn = preview(images[0], settings, draws, seed)
    return images[0, ..., 0], drawn[..., 0]
