"""Regenerate the README's screenshots (make screenshots).

Each language runs in a fresh process with empty settings, offscreen, and the
three pages of the convolution tab are captured as a student would set them:
the course's kernel A with stride 2 (a formula that is not whole), Sobel with
a 25 % threshold, and the course's 4x4 pooling (42 x 75, 50 400 -> 3 150);
then the builder on the course's Fashion-MNIST CNN with a Conv2D put after
Flatten, to show how a broken stack is marked; then the training tab after
three epochs of the Fashion CNN on the bundled digits (curves, evaluation,
inside the network). Then the projector pictures: a 1024 x 768 screen, zoom
150 %, French, one picture per tab (``projector-<tab>-fr.png``).
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from guiapp.ui.controller import Controller

lang, out = sys.argv[1], sys.argv[2]
app = QApplication([])
window = Controller(app, lang, load_tensorflow=False).show(restore=False)
window.resize(1280, 800)
tab = window.conv_tab


def settle(rounds=5):
    for _ in range(rounds):
        app.processEvents()
    while window.session.busy() or tab.busy():
        app.processEvents()


def shoot():
    tab.kernel_editor.set_preset("course_a")
    tab.state.stride = 2
    tab.conv_page.pin(40, 60)
    for name in ("conv", "sobel", "pooling"):
        tab.show_page(name)
        if name == "sobel":
            tab.state.threshold = 25
        settle()
        window.grab().save(f"{out}/{name}-{lang}.png")
    builder = window.builder_tab
    window.show_tab("builder")
    builder.select_layer(3)
    builder.add_layer("Conv2D")  # after Flatten: marked, with the reason
    settle()
    window.grab().save(f"{out}/builder-{lang}.png")
    train = window.train_tab
    window.show_tab("train")
    train.state.network = "fashion-cnn"
    train.state.epochs = 3
    train.start_training()
    QTimer.singleShot(200, lambda: after_training(train))


def after_training(train):
    if train.is_training():
        QTimer.singleShot(200, lambda: after_training(train))
        return
    settle()
    window.grab().save(f"{out}/train-curves-{lang}.png")
    train.show_page("evaluate")
    train.evaluate()
    settle()
    train.show_confusion_cell(4, 9)
    settle()
    window.grab().save(f"{out}/train-evaluate-{lang}.png")
    train.show_page("inside")
    settle()
    window.grab().save(f"{out}/train-inside-{lang}.png")
    rnn = window.rnn_tab
    window.tabs.setCurrentWidget(rnn)
    rnn.course_cell()
    for _ in range(3):
        rnn.step_cell()
    rnn.show_page("cell")
    settle()
    window.grab().save(f"{out}/rnn-cell-{lang}.png")
    rnn.show_page("train")
    rnn.state.epochs = 200
    rnn.start_training()
    QTimer.singleShot(200, lambda: after_rnn(rnn))


def after_rnn(rnn):
    if rnn.is_training():
        QTimer.singleShot(200, lambda: after_rnn(rnn))
        return
    rnn.forecast()
    QTimer.singleShot(200, lambda: after_forecast(rnn))


def after_forecast(rnn):
    if rnn.state.forecast is None:
        QTimer.singleShot(200, lambda: after_forecast(rnn))
        return
    settle()
    window.grab().save(f"{out}/rnn-train-{lang}.png")
    window.close()
    app.quit()


QTimer.singleShot(500, shoot)
app.exec()
"""


PROJECTOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from guiapp.presets import preset
from guiapp.ui.controller import Controller

lang, out = sys.argv[1], sys.argv[2]
app = QApplication([])
window = Controller(app, lang, load_tensorflow=False).show(restore=False)
window.showMaximized()


def settle(rounds=8):
    for _ in range(rounds):
        app.processEvents()
    while window.session.busy():
        app.processEvents()


def shoot():
    window.set_zoom(150, announce=False, staged=False)
    window.conv_tab.kernel_editor.set_preset("course_a")
    window.conv_tab.conv_page.pin(40, 60)
    settle()
    window.grab().save(f"{out}/projector-conv-{lang}.png")
    window.show_tab("builder")
    window.builder_tab.state.set_stack(*preset("fashion-cnn"))
    settle()
    window.grab().save(f"{out}/projector-builder-{lang}.png")
    window.show_tab("train")
    window.train_tab.state.page = "evaluate"
    settle()
    window.grab().save(f"{out}/projector-train-{lang}.png")
    window.show_tab("rnn")
    window.rnn_tab.show_page("train")
    settle()
    window.grab().save(f"{out}/projector-rnn-{lang}.png")
    window.close()
    app.quit()


QTimer.singleShot(500, shoot)
app.exec()
"""


def projector_screen(folder: str) -> str:
    """An offscreen platform with one 1024 x 768 screen (a classroom projector)."""
    path = Path(folder) / "screen.json"
    path.write_text(
        '{"synthesizedDpr": false, "screens": [{"name": "projector", "x": 0, '
        '"y": 0, "width": 1024, "height": 768, "logicalDpi": 96, '
        '"logicalBaseDpi": 96, "dpr": 1}]}'
    )
    return f"offscreen:configfile={path}"


def main() -> int:
    for lang in ("en", "fr"):
        with tempfile.TemporaryDirectory() as config:
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "XDG_CONFIG_HOME": config,
                "TF_CPP_MIN_LOG_LEVEL": "3",
            }
            subprocess.run(
                [sys.executable, "-c", SCRIPT, lang, str(HERE)], check=True, env=env
            )
    with tempfile.TemporaryDirectory() as config:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": projector_screen(config),
            "XDG_CONFIG_HOME": config,
            "TF_CPP_MIN_LOG_LEVEL": "3",
        }
        subprocess.run(
            [sys.executable, "-c", PROJECTOR, "fr", str(HERE)], check=True, env=env
        )
    print("screenshots written to", HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
