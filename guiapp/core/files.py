"""Writing a file whole or not at all, with the mode a plain ``open()`` gives it
(no Qt: the interface, the models and the datasets all write this way).

The data goes to a temporary file in the same folder (the same disk: the move
is atomic), which then replaces the target: a crash, a full disk or a USB key
taken out never leaves half a file where the user's file was.

The file keeps the permissions the user expects in a shared folder: a new
file gets what ``open()`` would give it (0666 less the umask: readable by the
others when the umask says so), and a file saved over keeps its own mode (a
teacher's network saved again stays readable by the students).
``tempfile.mkstemp`` made every saved file 0600.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write(folder / "a.txt", lambda temporary: pathlib.Path(temporary).write_text("hi"))
>>> (folder / "a.txt").read_text(), [p.name for p in folder.iterdir()]
('hi', ['a.txt'])
>>> import shutil; shutil.rmtree(folder)
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

__all__ = ["atomic_write", "TEMPORARY_PREFIX"]

#: the temporary file's name starts with this (a dot: hidden on Linux and macOS)
TEMPORARY_PREFIX = "."

_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
)

#: the characters of the target's name kept in the temporary file's name (a
#: long name plus the random part must stay a valid name)
_STEM_KEPT = 80


def _create_temporary(target: Path) -> tuple[str, int]:
    """A new empty file beside ``target``, keeping its suffix (Keras checks
    it), made as ``open()`` makes one; its path and the mode it was given."""
    for _ in range(100):
        name = (
            f"{TEMPORARY_PREFIX}{target.stem[:_STEM_KEPT]}-{secrets.token_hex(4)}"
            f"{target.suffix}"
        )
        temporary = target.parent / name
        try:
            handle = os.open(temporary, _FLAGS, 0o666)  # the umask applies
        except FileExistsError:
            continue
        try:
            mode = stat.S_IMODE(os.fstat(handle).st_mode)
        finally:
            os.close(handle)
        return str(temporary), mode
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


def _mode_of(target: Path) -> int | None:
    """The permissions of the file ``target`` names, None when there is none."""
    try:
        info = os.stat(target)
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def _set_mode(path: str, mode: int) -> None:
    """Give ``path`` ``mode`` if it has another; a disk that keeps no modes
    (a FAT USB key refuses some changes) is left as it is."""
    try:
        if stat.S_IMODE(os.stat(path).st_mode) != mode:
            os.chmod(path, mode)
    except OSError:
        pass


def atomic_write(path: str | os.PathLike, write: Callable[[str], None]) -> None:
    """Call ``write(temporary_path)``, then move the result onto ``path``.

    The temporary file is in the same folder and keeps ``path``'s suffix. The
    result gets the mode of the file it replaces, or the mode ``open()`` gives
    a new file. On any error the temporary file is removed and the error
    raised (an ``OSError`` may name the temporary file: say it with
    :func:`guiapp.core.os_errors.os_error_message`); the old file, if any, is
    untouched.
    """
    target = Path(path)
    temporary, mode = _create_temporary(target)
    try:
        write(temporary)
        kept = _mode_of(target)
        _set_mode(temporary, mode if kept is None else kept)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
