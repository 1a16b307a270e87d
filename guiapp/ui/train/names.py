"""The training tab's names in the user's language: datasets, classes, networks.

The datasets registry (:mod:`guiapp.ml.datasets`) holds them in English once;
here they are translated. pyside6-lupdate reads literal strings only, so each
is also written out in :func:`_texts_for_lupdate`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...ml.datasets import dataset as dataset_entry
from ..preset_names import preset_title

__all__ = ["dataset_label", "class_names", "network_label"]


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
