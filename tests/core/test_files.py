"""Saving whole with the mode the user expects, and saying why a save failed
(guiapp.core.files, guiapp.core.os_errors)."""

import errno
import os
import stat
from pathlib import Path

import pytest

from guiapp.core.files import atomic_write
from guiapp.core.os_errors import os_error_message
from tests.locked_folder import unwritable


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask():
    """Set the process's umask for one test (restored after)."""
    old = os.umask(0o022)
    os.umask(old)
    yield lambda value: os.umask(value)
    os.umask(old)


def write_text(path, text="x"):
    atomic_write(path, lambda temporary: Path(temporary).write_text(text))


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize(
    "mask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)]
)
def test_a_new_file_gets_the_mode_open_gives(tmp_path, umask, mask, expected):
    """A new file is readable by the others when the umask says so (was 0600
    whatever the umask: students could not read a teacher's file)."""
    umask(mask)
    write_text(tmp_path / "network.json")
    with open(tmp_path / "plain.json", "w"):
        pass
    assert mode(tmp_path / "network.json") == expected == mode(tmp_path / "plain.json")


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("before", [0o644, 0o664, 0o600, 0o444])
def test_a_file_saved_over_keeps_its_mode(tmp_path, umask, before):
    """Saving over a shared 0644 file keeps it 0644 (it became 0600)."""
    umask(0o077)
    target = tmp_path / "shared.json"
    target.write_text("old")
    target.chmod(before)
    write_text(target, "new")
    assert target.read_text() == "new"
    assert mode(target) == before


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "net.json"
    target.write_text("old")

    def broken(temporary):
        Path(temporary).write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        atomic_write(target, broken)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["net.json"]


def test_a_long_name_still_gets_a_temporary_file(tmp_path):
    """The temporary name is never longer than the file system allows when
    the target's own name fits."""
    target = tmp_path / ("n" * 240 + ".json")
    write_text(target)
    assert target.is_file()


def test_an_unwritable_folder_is_said_with_the_users_file(tmp_path):
    """The error names the folder and the user's file, not the temporary file
    ('[Errno 1] Operation not permitted: '/tmp/tb/immut/.m-cd4_ja6i.keras'')."""
    folder = tmp_path / "immutable"
    with unwritable(folder), pytest.raises(OSError) as caught:
        write_text(folder / "m.json")
    message = os_error_message(caught.value, folder / "m.json")
    assert str(message) == (
        f"m.json cannot be saved in {folder}: you are not allowed to write there. "
        "Choose another folder"
    )
    assert ".m-" not in message and "Errno" not in message
