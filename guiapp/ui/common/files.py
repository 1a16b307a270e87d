"""Asking for a file name, writing it whole or not at all, and saying why not.

One place for "ask a path, add the suffix, write": the write goes to a
temporary file in the same folder that then replaces the target, so a crash or
a full disk never leaves half a file where the user's file was, and the file
gets the mode ``open()`` would give it, or keeps its own when saved over (see
:mod:`guiapp.core.files`). :func:`explain` says in the user's language why a
file could not be written or read, naming it and its folder, never the
temporary file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ...core import files as core_files
from ...core.os_errors import os_error_message
from ..i18n import translate_message

__all__ = ["ask_save_path", "ask_open_path", "atomic_write", "write_text", "explain"]


def _with_suffix(path: str, suffix: str) -> str:
    return (
        path if not suffix or path.lower().endswith(suffix.lower()) else path + suffix
    )


def _start(folder: str, name: str) -> str:
    """Where a dialog opens: ``name`` in ``folder`` (either may be empty)."""
    if folder and name:
        return os.path.join(folder, name)
    return folder or name


def ask_save_path(
    parent: QWidget,
    title: str,
    folder: str,
    filter_text: str,
    suffix: str,
    name: str = "",
) -> str:
    """A path chosen in a save dialog that opens in ``folder`` with ``name``
    proposed, with ``suffix`` added if missing; "" if cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, _start(folder, name), filter_text
    )
    return _with_suffix(path, suffix) if path else ""


def ask_open_path(parent: QWidget, title: str, folder: str, filter_text: str) -> str:
    """A path chosen in an open dialog; "" if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filter_text)
    return path


def atomic_write(path: str | os.PathLike, write: Callable[[str], None]) -> None:
    """Call ``write(temporary_path)``, then move the result onto ``path``
    (:func:`guiapp.core.files.atomic_write`): whole or not at all, the old
    file's mode kept. An ``OSError`` is raised as it came: :func:`explain` it."""
    core_files.atomic_write(path, write)


def write_text(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` as UTF-8, atomically."""
    atomic_write(path, lambda temporary: Path(temporary).write_text(text, "utf-8"))


def explain(error: BaseException, path, writing: bool = True) -> str:
    """Why ``path`` could not be saved (``writing``) or opened, in the user's
    language: the file's name, its folder and the reason."""
    return translate_message(os_error_message(error, path, writing=writing))
