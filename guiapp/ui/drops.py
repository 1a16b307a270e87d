"""Where a file dropped on the window goes: the tab that opens it.

A Keras model (.keras, .h5) goes to the training tab's Open model, a network
(.json) to the builder, a dataset (.npz, an IDX .gz, or a folder of them) to
the training tab's import; anything else to the convolution tab, which opens
images and says why it cannot read the rest.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DROP_TARGETS", "open_dropped"]


def _model(window, path: Path) -> None:
    window.train_tab.open_model(path)


def _network(window, path: Path) -> None:
    window.builder_tab.open_file(path)


def _dataset(window, path: Path) -> None:
    """Import into the chosen full dataset; when the bundled subset is chosen,
    into the full set the name suggests (Fashion-MNIST for a name with
    "fashion", else MNIST), which the menu then shows."""
    from ..ml import datasets

    tab = window.train_tab
    if datasets.dataset(tab.state.dataset).bundled:
        named = str(path.parent if path.suffix.lower() == ".gz" else path)
        tab.state.dataset = "fashion-mnist" if "fashion" in named.lower() else "mnist"
    tab.import_from(path)


#: a dropped file's suffix: (the tab that opens it, how)
DROP_TARGETS = {
    ".keras": ("train", _model),
    ".h5": ("train", _model),
    ".json": ("builder", _network),
    ".npz": ("train", _dataset),
    ".gz": ("train", _dataset),
}


def _holds_idx_files(path: Path) -> bool:
    """Whether ``path`` is a folder with IDX .gz files in it (MNIST's)."""
    try:
        return path.is_dir() and any(path.glob("*-idx*-ubyte.gz"))
    except OSError:
        return False


def open_dropped(window, path: Path) -> bool:
    """Open ``path`` in the tab for its kind; False for what is left to the
    convolution tab (an image, or a file it will refuse in words)."""
    target = DROP_TARGETS.get(path.suffix.lower())
    if target is None and _holds_idx_files(path):
        target = DROP_TARGETS[".gz"]  # a folder of the four IDX files
    if target is None or not window.show_tab(target[0]):
        return False
    target[1](window, path)
    return True
