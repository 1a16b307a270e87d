"""Asking for a file name and writing it whole or not at all.

One place for "ask a path, add the suffix, write": the write goes to a
temporary file in the same folder that then replaces the target, so a crash or
a full disk never leaves half a file where the user's file was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

__all__ = ["ask_save_path", "ask_open_path", "atomic_write", "write_text"]


def _with_suffix(path: str, suffix: str) -> str:
    return (
        path if not suffix or path.lower().endswith(suffix.lower()) else path + suffix
    )


def ask_save_path(
    parent: QWidget, title: str, folder: str, filter_text: str, suffix: str
) -> str:
    """A path chosen in a save dialog, with ``suffix`` added if missing; "" if
    cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, folder, filter_text)
    return _with_suffix(path, suffix) if path else ""


def ask_open_path(parent: QWidget, title: str, folder: str, filter_text: str) -> str:
    """A path chosen in an open dialog; "" if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filter_text)
    return path


def atomic_write(path: str | os.PathLike, write: Callable[[str], None]) -> None:
    """Call ``write(temporary_path)``, then move the result onto ``path``.

    The temporary file is in the same folder (same disk: the move is atomic) and
    keeps ``path``'s suffix (Keras checks it). On any error it is removed and
    the error raised; the old file, if any, is untouched.
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent
    )
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def write_text(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` as UTF-8, atomically."""
    atomic_write(path, lambda temporary: Path(temporary).write_text(text, "utf-8"))
