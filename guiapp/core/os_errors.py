"""Why a file could not be saved or opened, in words (no Qt).

The system says why in English and in its own terms ("[Errno 1] Operation not
permitted: '/media/key/.model-cd4_ja6i.keras'"), sometimes naming a temporary
file the user never chose. :func:`os_error_message` makes of it a sentence that
names the user's file and its folder and says why, for the reasons a classroom
meets (a folder that cannot be written, a locked USB key, a full disk, a file
that is gone...): a :class:`~guiapp.core.messages.Message` the interface
translates. Any other reason is said in the system's words, without a path.

>>> import errno
>>> error = PermissionError(errno.EPERM, "Operation not permitted", "/k/.m-x1.keras")
>>> str(os_error_message(error, "/k/m.keras"))
'm.keras cannot be saved in /k: you are not allowed to write there. Choose another folder'
>>> error = OSError(errno.EIO, "Input/output error", "/k/.m-x1.keras")
>>> str(os_error_message(error, "/k/m.keras"))
'm.keras cannot be saved in /k: Input/output error'
>>> gone = FileNotFoundError(errno.ENOENT, "No such file or directory")
>>> str(os_error_message(gone, "/k/m.keras", writing=False)).split(" (")[0]
'm.keras cannot be opened: there is no such file in /k'
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from .messages import Message, shorten

__all__ = ["MESSAGES", "os_error_message", "place", "has_words"]

#: Every sentence this module can produce, for the translators.
MESSAGES = (
    # ---- saving (0-9)
    "{name} cannot be saved: the folder {folder} does not exist (was it moved, "
    "or is it on a USB key that was taken out?)",
    "{name} cannot be saved in {folder}: you are not allowed to write there. "
    "Choose another folder",
    "{name} cannot be saved in {folder}: that disk is read-only (a locked USB key, "
    "a CD?). Choose another folder",
    "{name} cannot be saved in {folder}: there is no room left on that disk. Make "
    "room or choose another disk",
    "{name} cannot be saved in {folder}: a folder there already has that name",
    "{name} cannot be saved in {folder}: part of that path is a file, not a folder",
    "{name} cannot be saved in {folder}: the name or the path is too long",
    "{name} cannot be saved in {folder}: something of that name is in the way",
    "{name} cannot be saved in {folder}: another program is using it",
    "{name} cannot be saved in {folder}: {error}",
    # ---- opening (10-15)
    "{name} cannot be opened: there is no such file in {folder} (was it moved, "
    "renamed, or on a USB key that was taken out?)",
    "{name} cannot be opened: you are not allowed to read it",
    "{name} cannot be opened: it is a folder, not a file",
    "{name} cannot be opened: part of the path {folder} is a file, not a folder",
    "{name} cannot be opened: the name or the path is too long",
    "{name} cannot be opened: {error}",
)

_SAVING = {
    errno.ENOENT: 0,
    errno.EACCES: 1,
    errno.EPERM: 1,
    errno.EROFS: 2,
    errno.ENOSPC: 3,
    getattr(errno, "EDQUOT", errno.ENOSPC): 3,  # over the user's quota
    errno.EISDIR: 4,
    errno.ENOTDIR: 5,
    errno.ENAMETOOLONG: 6,
    errno.EEXIST: 7,
    errno.EBUSY: 8,
    getattr(errno, "ETXTBSY", errno.EBUSY): 8,
}
_SAVING_OTHER = 9

_OPENING = {
    errno.ENOENT: 10,
    errno.EACCES: 11,
    errno.EPERM: 11,
    errno.EISDIR: 12,
    errno.ENOTDIR: 13,
    errno.ENAMETOOLONG: 14,
}
_OPENING_OTHER = 15

#: the characters of a folder a message shows at most (the middle cut out)
PLACE_LIMIT = 80
#: the characters of a file name a message shows at most
NAME_LIMIT = 60


def _readable(text: str) -> str:
    """``text`` with the bytes of a name that is not UTF-8 shown as "\ufffd"."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def place(folder, limit: int = PLACE_LIMIT) -> str:
    """A folder as a message shows it: absolute, its middle cut out when long
    (the start says which disk, the end which folder).

    >>> place("/media/teacher/" + "x" * 100 + "/course", 40)
    '/media/teacher/xxxx…xxxxxxxxxxxxx/course'
    """
    text = _readable(os.path.abspath(os.fspath(folder)))
    if len(text) <= limit:
        return text
    head = limit // 2 - 1
    return text[:head] + "…" + text[len(text) - (limit - head - 1) :]


def _reason(error: BaseException, path: Path) -> str:
    """The system's reason in its words, without any path (the temporary
    file's included)."""
    text = getattr(error, "strerror", None)
    if not text:
        text = str(error) or type(error).__name__
        for name in (
            getattr(error, "filename", None),
            getattr(error, "filename2", None),
        ):
            if isinstance(name, str | os.PathLike) and os.fspath(name):
                text = text.replace(repr(os.fspath(name)), path.name)
                text = text.replace(os.fspath(name), path.name)
    return shorten(_readable(str(text)), 120)


def has_words(error: BaseException, writing: bool = True) -> bool:
    """Whether ``error`` is one of the system's reasons said in words here (a
    file gone, a folder not allowed...), not a damaged file's (a zip that
    cannot seek, an OSError without a number).

    >>> has_words(FileNotFoundError(errno.ENOENT, "gone")), has_words(OSError("bad gzip"))
    (True, False)
    """
    number = getattr(error, "errno", None)
    return isinstance(error, OSError) and number in (_SAVING if writing else _OPENING)


def os_error_message(error: BaseException, path, writing: bool = True) -> Message:
    """The sentence for ``error``, met while saving (``writing``) or opening
    the user's file ``path``: it names the file and its folder and says why,
    never naming a temporary file."""
    path = Path(os.fspath(path))
    number = getattr(error, "errno", None)
    table, other = (_SAVING, _SAVING_OTHER) if writing else (_OPENING, _OPENING_OTHER)
    index = table.get(number, other)
    return Message(
        MESSAGES[index],
        name=shorten(_readable(path.name or str(path)), NAME_LIMIT),
        folder=place(path.parent),
        error=_reason(error, path) if index == other else "",
    )
