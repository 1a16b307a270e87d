"""Why a file could not be saved or opened, said in words naming the user's
file and its folder, never a temporary file (guiapp.core.os_errors)."""

import errno
import os

import pytest

from guiapp.core.os_errors import MESSAGES, os_error_message


@pytest.mark.parametrize(
    "number, words",
    [
        (errno.ENOENT, "the folder /k does not exist"),
        (errno.EACCES, "you are not allowed to write there"),
        (errno.EPERM, "you are not allowed to write there"),
        (errno.EROFS, "that disk is read-only"),
        (errno.ENOSPC, "there is no room left on that disk"),
        (errno.EISDIR, "a folder there already has that name"),
        (errno.ENOTDIR, "part of that path is a file, not a folder"),
        (errno.ENAMETOOLONG, "the name or the path is too long"),
        (errno.EEXIST, "something of that name is in the way"),
        (errno.EBUSY, "another program is using it"),
    ],
)
def test_each_reason_a_save_fails_is_said_in_words(number, words):
    error = OSError(number, os.strerror(number), "/k/.m-cd4_ja6i.keras")
    message = os_error_message(error, "/k/m.keras")
    assert words in message and "m.keras" in message
    assert message.template in MESSAGES
    assert ".m-cd4" not in message and os.strerror(number) not in message


@pytest.mark.parametrize(
    "number, words",
    [
        (errno.ENOENT, "there is no such file in /k"),
        (errno.EACCES, "you are not allowed to read it"),
        (errno.EISDIR, "it is a folder, not a file"),
    ],
)
def test_each_reason_an_open_fails_is_said_in_words(number, words):
    error = OSError(number, os.strerror(number), "/k/net.json")
    message = os_error_message(error, "/k/net.json", writing=False)
    assert message.startswith("net.json cannot be opened: ") and words in message


def test_another_reason_is_said_in_the_systems_words_without_a_path():
    error = OSError(errno.EIO, "Input/output error", "/k/.m-x1.keras")
    message = os_error_message(error, "/k/m.keras")
    assert str(message) == "m.keras cannot be saved in /k: Input/output error"
    plain = OSError("could not write /k/.m-x1.keras")
    plain.filename = "/k/.m-x1.keras"
    assert ".m-x1" not in os_error_message(plain, "/k/m.keras")


def test_a_name_that_is_not_utf8_is_shown_readable(tmp_path):
    name = os.fsdecode(b"caf\xe9.json")
    error = PermissionError(errno.EACCES, "Permission denied")
    message = os_error_message(error, tmp_path / name)
    message.encode("utf-8")
    assert "caf\ufffd.json" in message
