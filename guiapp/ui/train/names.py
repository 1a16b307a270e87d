"""The training tab's names in the user's language: datasets, classes,
networks, and the kinds of the trained network's layers.

The datasets registry (:mod:`guiapp.ml.datasets`) holds them in English once;
here they are translated. pyside6-lupdate reads literal strings only, so each
is also written out in :func:`_texts_for_lupdate`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...ml.datasets import dataset as dataset_entry
from ..preset_names import preset_title

__all__ = [
    "dataset_label",
    "class_names",
    "network_label",
    "layer_kind_label",
    "model_layers",
]

#: the kinds of layer (Keras's class names) named in words; another kind is
#: shown by its class name
LAYER_KINDS = {
    "Conv2D": "Convolution",
    "MaxPooling2D": "Max pooling",
    "AveragePooling2D": "Average pooling",
    "Dense": "Dense (fully connected)",
    "Flatten": "Flatten",
    "Activation": "Activation",
    "Dropout": "Dropout",
    "ZeroPadding2D": "Zero padding",
    "Conv2DTranspose": "Transposed convolution",
    "SeparableConv2D": "Separable convolution",
    "BatchNormalization": "Batch normalization",
    "GlobalAveragePooling2D": "Global average pooling",
    "GlobalMaxPooling2D": "Global max pooling",
}


def dataset_label(name: str) -> str:
    """What the dataset menu says for ``name``."""
    return QCoreApplication.translate("Datasets", dataset_entry(name).label)


def class_names(name: str) -> list[str]:
    """The class names of dataset ``name`` in the user's language."""
    return [
        QCoreApplication.translate("FashionClasses", text)
        for text in dataset_entry(name).class_names
    ]


def network_label(source: str) -> str:
    """What the network menu says for "builder" or a preset's name."""
    if source == "builder":
        return QCoreApplication.translate("TrainTab", "The network of the CNN builder")
    return preset_title(source)


def layer_kind_label(kind: str) -> str:
    """The kind of layer ``kind`` (Keras's class name, "MaxPooling2D") in the
    user's language ("Regroupement par maximum"), or ``kind`` itself when it
    has no name here."""
    text = LAYER_KINDS.get(kind)
    if text is None:
        return kind
    # an untranslated text comes back empty from the French catalogues
    return QCoreApplication.translate("LayerKinds", text) or text


def model_layers(model) -> dict[str, tuple[int, str]]:
    """``{layer name: (position from 1, Keras class name)}`` of ``model``'s
    layers, its input left out (numbered as the builder's list), ``{}`` for
    no model. Read from the model's attributes: no Keras import here."""
    found: dict[str, tuple[int, str]] = {}
    for layer in getattr(model, "layers", None) or []:
        kind = type(layer).__name__
        if kind != "InputLayer":
            found[layer.name] = (len(found) + 1, kind)
    return found


def _texts_for_lupdate() -> None:  # pyside6-lupdate reads literal strings only
    QCoreApplication.translate("Datasets", "MNIST, 5 000 digits (bundled)")
    QCoreApplication.translate("Datasets", "MNIST, full (70 000)")
    QCoreApplication.translate("Datasets", "Fashion-MNIST, full (70 000)")
    QCoreApplication.translate("FashionClasses", "T-shirt/top")
    QCoreApplication.translate("FashionClasses", "Trouser")
    QCoreApplication.translate("FashionClasses", "Pullover")
    QCoreApplication.translate("FashionClasses", "Dress")
    QCoreApplication.translate("FashionClasses", "Coat")
    QCoreApplication.translate("FashionClasses", "Sandal")
    QCoreApplication.translate("FashionClasses", "Shirt")
    QCoreApplication.translate("FashionClasses", "Sneaker")
    QCoreApplication.translate("FashionClasses", "Bag")
    QCoreApplication.translate("FashionClasses", "Ankle boot")
    QCoreApplication.translate("LayerKinds", "Convolution")
    QCoreApplication.translate("LayerKinds", "Max pooling")
    QCoreApplication.translate("LayerKinds", "Average pooling")
    QCoreApplication.translate("LayerKinds", "Dense (fully connected)")
    QCoreApplication.translate("LayerKinds", "Flatten")
    QCoreApplication.translate("LayerKinds", "Activation")
    QCoreApplication.translate("LayerKinds", "Dropout")
    QCoreApplication.translate("LayerKinds", "Zero padding")
    QCoreApplication.translate("LayerKinds", "Transposed convolution")
    QCoreApplication.translate("LayerKinds", "Separable convolution")
    QCoreApplication.translate("LayerKinds", "Batch normalization")
    QCoreApplication.translate("LayerKinds", "Global average pooling")
    QCoreApplication.translate("LayerKinds", "Global max pooling")
