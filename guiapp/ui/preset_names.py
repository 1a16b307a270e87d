"""The course's networks by the names the windows show, in the user's language.

The presets (:mod:`guiapp.presets`) are data with ids such as ``fashion-cnn``;
the builder's preset menu and the training tab's network menu show these
titles, never the ids, and no figures: the parameter counts are the answers
of the builder's exercises.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["preset_title"]


def preset_title(name: str) -> str:
    """The title of preset ``name`` (its id if it has none)."""
    titles = {
        "mnist-dense": QCoreApplication.translate(
            "Presets", "Course: MNIST dense network"
        ),
        "fashion-cnn": QCoreApplication.translate(
            "Presets", "Course: Fashion-MNIST CNN, printed summary"
        ),
        "fashion-cnn-deep": QCoreApplication.translate(
            "Presets", "Course: deeper Fashion-MNIST CNN"
        ),
        "lenet5": QCoreApplication.translate(
            "Presets", "LeNet-5 (LeCun 1998), a classic beyond the course"
        ),
        "modern-cnn": QCoreApplication.translate(
            "Presets", "Small modern CNN: conv-BN-ReLU blocks, global pooling"
        ),
    }
    return titles.get(name, name)
