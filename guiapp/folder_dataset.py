"""A dataset from a folder of one's own images: one subfolder per class.

::

    shapes/
        circle/    a.png b.jpg ...
        square/    ...
        triangle/  ...

Every image Qt reads (PNG, JPEG, BMP, GIF, WebP...; any size; grey or
colour) is fitted to the network's input (:func:`guiapp.core.own_images.fit`:
padded, cropped or stretched, as chosen) and the classes are split into a
training and a test part, the same for the same seed. A file that cannot be
read is skipped and listed with its reason; a folder that cannot make a
dataset (not a folder, fewer than two classes, a class with no image) is
refused with a sentence that names it (:class:`FolderError`).

:func:`write_example` writes the example folder (circles, squares and
triangles drawn at random) for a class with no images of its own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .core.messages import Message
from .core.own_images import FITS, draw_shapes, fit, split
from .images import ImageError, load_image, supported_suffixes, to_qimage

__all__ = [
    "MAX_IMAGES",
    "MESSAGES",
    "FolderData",
    "FolderError",
    "read_folder",
    "write_example",
]

#: the most images read from one folder (a class's laptop, not a data centre)
MAX_IMAGES = 20_000
#: files a file manager leaves in folders: never images, never reported
IGNORED = {"thumbs.db", "desktop.ini"}

MESSAGES = (
    "{name} is not a folder: choose the folder that holds one subfolder per class",
    "{name} has no subfolder: put the images of each class in a subfolder named "
    "after the class (for example circle/, square/)",
    "{name} has one class ({label}): a network needs at least two to tell apart; "
    "add a subfolder of images of another class",
    "the class {label} has no image guiapp can read ({skipped} file(s) skipped): "
    "add images to it or remove the subfolder",
    "{name} holds more than {limit} images: make a smaller copy of the folder",
    "{name} cannot be read: {reason}",
    "not an image guiapp can read",
)


class FolderError(Exception):
    """Why a folder cannot make a dataset (a :class:`Message`: translatable)."""


@dataclass
class FolderData:
    """The images fitted to the input, split; what was skipped and why."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: list[str]
    #: (path relative to the folder, why it was skipped)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: how the images were fitted (one of FITS) and to what (H, W, D)
    how: str = "pad"
    shape: tuple[int, int, int] = (28, 28, 1)

    def counts(self) -> dict[str, tuple[int, int]]:
        """(training, test) images per class."""
        return {
            name: (int((self.y_train == i).sum()), int((self.y_test == i).sum()))
            for i, name in enumerate(self.class_names)
        }


def _entries(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as listing:
            return sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        raise FolderError(
            Message(MESSAGES[5], name=folder.name, reason=error.strerror or str(error))
        ) from None


def read_folder(
    path,
    shape: tuple[int, int, int] = (28, 28, 1),
    how: str = "pad",
    test_share: float = 0.2,
    seed: int = 0,
) -> FolderData:
    """Read the class subfolders of ``path`` as images of ``shape`` (H = W;
    D 1 for grey, 3 for colour), ``test_share`` of each class kept for the
    test. Raises :class:`FolderError` with a sentence that names the folder
    or the class."""
    folder = Path(path)
    if how not in FITS:
        raise ValueError(f"how must be one of {', '.join(FITS)}, not {how!r}")
    try:
        is_folder = folder.is_dir()
    except OSError:
        is_folder = False
    if not is_folder:
        raise FolderError(Message(MESSAGES[0], name=folder.name or str(folder)))
    classes = [
        entry
        for entry in _entries(folder)
        if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=True)
    ]
    if not classes:
        raise FolderError(Message(MESSAGES[1], name=folder.name))
    if len(classes) == 1:
        raise FolderError(Message(MESSAGES[2], name=folder.name, label=classes[0].name))
    suffixes = set(supported_suffixes())
    size, channels = shape[0], shape[2]
    images, labels, skipped = [], [], []
    for label, entry in enumerate(classes):
        found = 0
        files = [
            f
            for f in _entries(Path(entry.path))
            if not f.name.startswith(".") and f.name.lower() not in IGNORED
        ]
        for item in files:
            relative = f"{entry.name}/{item.name}"
            if item.is_dir():
                continue  # a class is one level of subfolders
            if Path(item.name).suffix.lower().lstrip(".") not in suffixes:
                skipped.append((relative, str(Message(MESSAGES[6]))))
                continue
            if len(images) >= MAX_IMAGES:
                raise FolderError(
                    Message(MESSAGES[4], name=folder.name, limit=MAX_IMAGES)
                )
            try:
                image = load_image(item.path, downscale=True)
            except ImageError as error:
                skipped.append((relative, str(error)))
                continue
            images.append(fit(image, size, how, channels))
            labels.append(label)
            found += 1
        if not found:
            raise FolderError(
                Message(
                    MESSAGES[3],
                    label=entry.name,
                    skipped=sum(
                        1 for name, _ in skipped if name.startswith(f"{entry.name}/")
                    ),
                )
            )
    x = np.stack(images)
    y = np.array(labels, dtype=np.int64)
    train, test = split(y, test_share, seed)
    return FolderData(
        x[train],
        y[train],
        x[test],
        y[test],
        [entry.name for entry in classes],
        skipped,
        how,
        (size, size, channels),
    )


def write_example(path, per_class: int = 80, size: int = 28, seed: int = 0) -> Path:
    """Write the shapes example (``circle/``, ``square/``, ``triangle/``, PNG)
    in ``path`` (made if needed); returns the folder."""
    folder = Path(path)
    for kind, images in draw_shapes(per_class, size, seed).items():
        (folder / kind).mkdir(parents=True, exist_ok=True)
        for number, image in enumerate(images):
            target = folder / kind / f"{kind}_{number:03d}.png"
            if not to_qimage(image).save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
    return folder
