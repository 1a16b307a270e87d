"""Fixtures for widget tests."""

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def no_dialogs(monkeypatch):
    """Record message boxes instead of blocking on them; answer questions Yes."""
    shown = []

    def record(kind, answer):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer

        return box

    monkeypatch.setattr(
        QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(
        QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes)
    )
    return shown


@pytest.fixture
def context(qtbot):
    """What the window gives a tab: a KerasSession, default teacher settings,
    quiet (no modal dialog). Jobs left running are stopped after the test."""
    from guiapp.teacher import TeacherSettings
    from guiapp.ui.common.jobs import KerasSession
    from guiapp.ui.common.tab import TabContext

    session = KerasSession()
    yield TabContext(session=session, teacher=TeacherSettings(), quiet=True)
    session.close(10000)


@pytest.fixture
def drop_image(tmp_path):
    """A function that writes a 20x30 grey PNG and returns the drop event a file
    manager would send for it."""
    import numpy as np

    from guiapp.images import to_qimage

    from .drops import drop_event

    def make(value: int = 9):
        path = tmp_path / "drop.png"
        to_qimage(np.full((20, 30), value, np.uint8)).save(str(path))
        return drop_event(path)

    return make
