"""Fixtures for the whole suite: isolated settings and no thread left running."""

import threading

import pytest


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Every test gets empty QSettings in its own folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path)
    )
    monkeypatch.setenv("GUIAPP_CONFIG_DIR", str(tmp_path))
    yield tmp_path


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail a test that leaves a QThread or a Python thread of ours running (napari's habit)."""
    before = set(threading.enumerate())
    yield
    from guiapp.ui import threads

    leftover = [t for t in threads.running() if t.isRunning()]
    assert not leftover, f"QThreads still running after the test: {leftover}"
    new = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not t.daemon
    ]
    assert not new, f"threads still running after the test: {new}"
