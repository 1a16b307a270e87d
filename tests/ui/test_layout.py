"""Every page of every tab fits the projectors and laptops of a classroom.

For each screen size (1024x768, 1280x720, 1366x768, 1920x1080), a fresh
process (a screen's size is fixed when Qt starts) runs the layout probe of
:mod:`tests.ui.layout_probe` at zoom 100, 150 and 200 %, in English and
French: no text clipped (unless elided with a tooltip), no widget cut by its
parent or overlapping a sibling, no window larger than the screen.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .layout_probe import SIZES

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("size", SIZES)
def test_every_page_fits_the_screen(size, tmp_path):
    env = {**os.environ, "GUIAPP_CONFIG_DIR": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_probe", size, "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    faults = json.loads(result.stdout.splitlines()[-1])
    listed = "\n".join(
        f"{f['where']}: {f['kind']} {f['widget']}: {f['detail']}" for f in faults
    )
    assert not faults, f"{len(faults)} layout faults on {size}:\n{listed}"
