"""Start-up in a fresh process, as a user starts the app (MNELAB's habit)."""

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QImage

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(args, tmp_path, timeout=120):
    env = {**ENV, "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def test_smoke(tmp_path):
    """`python -m guiapp --smoke` builds every tab and exits 0."""
    result = run(["-m", "guiapp", "--smoke"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "smoke ok" in result.stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_screenshot(tmp_path, lang):
    """--screenshot writes a 1280x800 PNG of the window and exits 0, in both languages."""
    target = tmp_path / f"shot-{lang}.png"
    result = run(
        ["-m", "guiapp", "--lang", lang, "--tab", "conv", "--screenshot", str(target)],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Fatal" not in result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_every_tab_opens_from_the_command_line(tmp_path):
    """--tab conv|builder|train|rnn each start the app on that tab (smoke run, exit 0)."""
    for tab in ("conv", "builder", "train", "rnn"):
        result = run(["-m", "guiapp", "--tab", tab, "--smoke"], tmp_path)
        assert result.returncode == 0, result.stderr
    assert "4 tabs" in result.stdout or result.stdout.count(",") == 3


def test_headless_runs_change_no_setting(tmp_path):
    """--smoke and --screenshot leave the user's settings as they were (tab, language)."""
    run(["-m", "guiapp", "--lang", "fr", "--tab", "rnn", "--smoke"], tmp_path)
    assert (
        not (tmp_path / "guiapp" / "guiapp.ini").exists()
        or "rnn" not in (tmp_path / "guiapp" / "guiapp.ini").read_text()
    )


def test_bad_image_argument(tmp_path):
    """--image with a missing file still starts; headless, the reason goes to stderr."""
    result = run(
        ["-m", "guiapp", "--image", str(tmp_path / "nope.png"), "--smoke"], tmp_path
    )
    assert result.returncode == 0
    assert "nope.png does not exist" in result.stderr


def test_signal_emit_keeps_bool_references():
    """PySide6 6.12.0 dropped a reference to True per emit, aborting Python at exit: we must not ship it."""
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QObject, Signal
        class Source(QObject):
            sig = Signal()
        source = Source()
        source.sig.connect(lambda: None)
        before = sys.getrefcount(True)
        for _ in range(1000):
            source.sig.emit()
        print(sys.getrefcount(True) - before)
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=ENV
    )
    assert abs(int(result.stdout.strip())) < 10


@pytest.mark.slow
def test_window_shows_before_tensorflow(tmp_path):
    """The window is shown before TensorFlow is imported; the status bar then says it is ready."""
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from guiapp.ui.controller import Controller
        app = QApplication([])
        controller = Controller(app, "en", load_tensorflow=True)
        window = controller.show(restore=False)
        print("shown, tensorflow imported:", "tensorflow" in sys.modules, flush=True)
        def poll():
            if "ready" in window.tf_label.text() or "could not" in window.tf_label.text():
                print("status:", window.tf_label.text(), flush=True)
                window.close()
                controller.shutdown()
                app.quit()
        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(100)
        QTimer.singleShot(240000, app.quit)
        app.exec()
    """)
    env = {**ENV, "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert "shown, tensorflow imported: False" in result.stdout, result.stderr
    assert "status: TensorFlow" in result.stdout and "ready" in result.stdout, (
        result.stdout
    )


def test_tab_hidden_by_the_teacher(tmp_path):
    """--tab for a tab the teacher settings hide says so and opens the first allowed tab."""
    settings = tmp_path / "guiapp-teacher.ini"
    settings.write_text("[guiapp]\ntabs = builder\n")
    env_file = {"GUIAPP_TEACHER_SETTINGS": str(settings)}
    result = subprocess.run(
        [sys.executable, "-m", "guiapp", "--tab", "rnn", "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={
            **ENV,
            "XDG_CONFIG_HOME": str(tmp_path),
            "HOME": str(tmp_path),
            **env_file,
        },
    )
    assert result.returncode == 0, result.stderr
    assert "hide the rnn tab" in result.stderr
    assert "smoke ok: CNN builder" in result.stdout
