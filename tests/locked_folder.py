"""A folder the test's user cannot write in, whoever runs the tests.

As root, permissions do not stop a write: the folder is made immutable
(``chattr +i``) instead; as another user it is made read-only. Where neither
works the test is skipped.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def _try_write(folder: Path) -> bool:
    try:
        handle, name = tempfile.mkstemp(dir=folder)
    except OSError:
        return False
    os.close(handle)
    os.unlink(name)
    return True


@contextlib.contextmanager
def unwritable(folder: Path):
    """``folder`` (made if missing) cannot be written in while inside."""
    folder.mkdir(parents=True, exist_ok=True)
    chattr = shutil.which("chattr")
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root:
        done = chattr is not None and (
            subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode
            == 0
        )
        undo = [chattr, "-i", str(folder)]
    else:
        folder.chmod(0o555)
        done, undo = True, None
    try:
        if not done or _try_write(folder):
            pytest.skip("no way to make a folder unwritable here")
        yield folder
    finally:
        if undo is not None:
            subprocess.run(undo, capture_output=True)
        else:
            folder.chmod(0o755)
