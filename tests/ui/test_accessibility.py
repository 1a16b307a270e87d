"""A screen reader can name every control, and the keyboard can reach it.

The probe of :mod:`tests.ui.access_probe` walks every page of every tab in
English and French and asks Qt's accessibility interface (what a screen
reader reads) for each control's name.
"""

import pytest

from .access_probe import probe

pytestmark = pytest.mark.gui


def test_every_control_has_a_name_and_takes_the_focus(qtbot):
    faults = probe()
    listed = "\n".join(f"{f.where}: {f.kind} {f.widget}" for f in faults)
    assert not faults, f"{len(faults)} controls:\n{listed}"
