"""The training tab, driven as a student would (small, fast runs on the bundled subset)."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QPointF

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def train_tab(qtbot, tmp_path, monkeypatch):
    from guiapp.ui.train_tab import TrainTab

    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    tab = TrainTab(quiet=True)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.epochs_spin.setValue(2)
    yield tab
    tab.wait()


def run(tab, qtbot, **kwargs):
    assert tab.start_training(**kwargs)
    qtbot.waitUntil(lambda: not tab.is_training(), timeout=120000)


def test_train_the_course_dense_network(train_tab, qtbot):
    """The course's dense network in the tab: curves drawn, progress full, test accuracy >= 0.90."""
    train_tab.epochs_spin.setValue(6)
    run(train_tab, qtbot)
    assert train_tab.epochs_done == 6
    assert len(train_tab.curves["loss"].getData()[0]) == 6
    batches = len(train_tab.curves["batch_loss"].getData()[0])
    assert batches == 6 * 57  # 3600 training images / batches of 64
    assert train_tab.progress.value() == train_tab.progress.maximum()
    result = train_tab.evaluate()
    assert result["accuracy"] >= 0.90
    assert result["matrix"].sum() == 1000
    assert "Test accuracy" in train_tab.evaluate_label.text()


def test_stop_continue_and_reset(train_tab, qtbot):
    """Stop takes effect after the current batch; Continue resumes; Reset replays the same weights."""
    train_tab.epochs_spin.setValue(50)
    assert train_tab.start_training()
    qtbot.waitUntil(lambda: len(train_tab._batches) >= 5, timeout=60000)
    train_tab.stop_training()
    qtbot.waitUntil(lambda: not train_tab.is_training(), timeout=30000)
    assert train_tab.epochs_done < 50
    assert "Stopped" in train_tab.progress_label.text()
    train_tab.epochs_spin.setValue(1)
    done = train_tab.epochs_done
    run(train_tab, qtbot, resume=True)
    assert train_tab.epochs_done == done + 1
    first = [w.copy() for w in train_tab.model.get_weights()]
    train_tab.reset()
    assert (
        train_tab.model is None
        and train_tab.curves["loss"].getData()[0] is None
        or len(train_tab.curves["loss"].getData()[0]) == 0
    )
    model = train_tab._build_model()
    again = train_tab._build_model()
    for a, b in zip(model.get_weights(), again.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    assert not all(
        np.array_equal(a, b) for a, b in zip(first, model.get_weights(), strict=True)
    )


def test_exploding_loss_says_what_to_try(train_tab, qtbot):
    """A huge learning rate makes the loss NaN: the run stops with advice to lower it."""
    train_tab.optimizer_combo.setCurrentIndex(train_tab.optimizer_combo.findData("sgd"))
    train_tab.lr_spin.setValue(1e6)
    train_tab.epochs_spin.setValue(3)
    with qtbot.waitSignal(
        train_tab.sig_status,
        timeout=120000,
        check_params_cb=lambda text: "learning rate" in text,
    ):
        assert train_tab.start_training()
    qtbot.waitUntil(lambda: not train_tab.is_training(), timeout=60000)
    assert train_tab.model is None


def test_builder_network_with_wrong_input_is_explained(train_tab, qtbot):
    """A builder network for 32x32x3 images is refused with the reason before training."""
    from guiapp.ui.builder_tab import BuilderTab

    builder = BuilderTab(quiet=True)
    qtbot.addWidget(builder)
    builder.set_stack(
        (32, 32, 3), [{"type": "Flatten"}, {"type": "Dense", "units": 10}]
    )
    train_tab.builder = builder
    train_tab.model_combo.setCurrentIndex(train_tab.model_combo.findData("builder"))
    assert not train_tab.start_training()
    assert "(28, 28, 1)" in train_tab.progress_label.text()


def test_predict_inside_and_drawing(train_tab, qtbot):
    """After training the Fashion CNN: the course's argmax, feature maps, and a drawn digit's prediction."""
    train_tab.model_combo.setCurrentIndex(train_tab.model_combo.findData("fashion-cnn"))
    run(train_tab, qtbot)
    train_tab.pages.setCurrentIndex(3)
    guess = train_tab.predict_test_image()
    assert (
        0 <= guess <= 9
        and "argmax(predict(test_X)[0])" in train_tab.prediction_label.text()
    )
    train_tab.canvas.draw_line(QPointF(98, 20), QPointF(98, 176))
    assert train_tab.predict_drawing() is not None
    assert train_tab.canvas.array().max() == 255
    train_tab.pages.setCurrentIndex(4)
    assert train_tab.kernels_grid.count() == 24  # Sobel x and 23 learned kernels
    assert train_tab.maps_grid.count() > 10


def test_save_and_open_model(train_tab, qtbot, tmp_path):
    """A trained model saved as .keras opens again (safe mode) and predicts the same."""
    run(train_tab, qtbot)
    path = tmp_path / "model.keras"
    train_tab.model.save(path)
    before = train_tab.predict_test_image()
    train_tab.reset()
    assert train_tab.open_model(path)
    assert train_tab.predict_test_image() == before
    bad = tmp_path / "bad.keras"
    bad.write_text("not a model")
    assert not train_tab.open_model(bad)
    assert "bad.keras" in train_tab.progress_label.text()


def test_import_dataset_from_files(train_tab, tmp_path):
    """Importing a folder of IDX files makes Fashion-MNIST installed; a damaged one is refused clearly."""
    from guiapp.ml import datasets
    from tests.ml.test_datasets import write_idx_folder

    train_tab.dataset_combo.setCurrentIndex(
        train_tab.dataset_combo.findData("fashion-mnist")
    )
    assert "Not installed" in train_tab.dataset_status.text()
    write_idx_folder(tmp_path / "usb")
    assert train_tab.import_from(tmp_path / "usb")
    assert "Installed" in train_tab.dataset_status.text()
    assert train_tab.load_data()
    assert train_tab.samples.items[0][1] in datasets.CLASS_NAMES["fashion-mnist"]
    (tmp_path / "empty").mkdir()
    assert not train_tab.import_from(tmp_path / "empty")
    assert "missing" in train_tab.progress_label.text()


def test_training_script_compiles(train_tab):
    """The exported training script is valid Python with the course's fit call."""
    script = train_tab.training_script()
    compile(script, "<training script>", "exec")
    assert "model.fit(train_X, train_Y_one_hot, batch_size=64" in script


def test_closing_during_training_stops_quickly(qtbot):
    """Closing the window while training stops it and returns within 2 seconds; no thread left."""
    from guiapp.ui.main_window import MainWindow

    window = MainWindow("en", restore=False, quiet=True)
    qtbot.addWidget(window)
    window.train_tab.epochs_spin.setValue(100)
    assert window.train_tab.start_training()
    qtbot.waitUntil(lambda: len(window.train_tab._batches) >= 3, timeout=60000)
    start = time.perf_counter()
    window.close()
    assert time.perf_counter() - start < 2.0
    assert not window.train_tab.is_training() or window.train_tab._thread.isFinished()
