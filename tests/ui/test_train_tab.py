"""The training tab, driven as a student would (small, fast runs on the bundled subset)."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QPointF

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def train_tab(qtbot, context, tmp_path, monkeypatch):
    from guiapp.ui.builder.state import BuilderState
    from guiapp.ui.train.state import TrainState
    from guiapp.ui.train.tab import TrainTab

    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    context.documents["builder"] = BuilderState()
    state = context.documents["train"] = TrainState()
    state.epochs = 2
    tab = TrainTab(state, context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    yield tab
    tab.shutdown()


def wait_for(tab, qtbot, job, start, timeout=120000):
    """Call ``start()`` (which must start ``job``) and wait until that job ended."""
    with qtbot.waitSignal(
        tab.sig_job_finished, timeout=timeout, check_params_cb=lambda name: name == job
    ):
        assert start()


def points(curve) -> int:
    """How many points a pyqtgraph curve draws (it gives None for none)."""
    x = curve.getData()[0]
    return 0 if x is None else len(x)


def run(tab, qtbot, resume=False):
    wait_for(tab, qtbot, "fit", lambda: tab.start_training(resume=resume))
    assert not tab.is_training()


def test_train_the_course_dense_network(train_tab, qtbot):
    """The course's dense network in the tab: curves drawn, progress full, test accuracy >= 0.90."""
    train_tab.state.epochs = 6
    run(train_tab, qtbot)
    assert train_tab.state.training.epochs_done == 6
    curves = train_tab.curves_page.curves
    assert points(curves["loss"]) == 6
    assert points(curves["batch_loss"]) == 6 * 57  # 3600 images / 64
    progress = train_tab.panel.progress
    assert progress.value() == progress.maximum() == 6 * 57
    wait_for(train_tab, qtbot, "evaluate", train_tab.evaluate)
    result = train_tab.state.evaluation
    assert result.accuracy >= 0.90
    assert result.matrix.sum() == 1000
    assert "Test accuracy" in train_tab.evaluate_page.result_label.text()


def test_controls_are_locked_during_a_fit(train_tab, qtbot):
    """While training, the settings that decide the run cannot change; Stop can."""
    panel = train_tab.panel
    train_tab.state.epochs = 50
    assert train_tab.start_training()
    locked = (
        panel.network_combo,
        panel.dataset_combo,
        panel.optimizer_combo,
        panel.learning_rate_spin,
        panel.batch_spin,
        panel.epochs_spin,
        panel.train_button,
        panel.open_button,
        train_tab.evaluate_page.evaluate_button,
    )
    assert not any(widget.isEnabled() for widget in locked)
    assert panel.stop_button.isEnabled()
    assert not train_tab.evaluate()
    with qtbot.waitSignal(train_tab.sig_job_finished, timeout=60000):
        train_tab.stop_training()
    assert all(widget.isEnabled() for widget in locked[:-1])


def test_stop_continue_and_reset(train_tab, qtbot):
    """Stop takes effect after the current batch; Continue resumes and fills the
    progress bar; Reset replays the same run from the same weights."""
    state = train_tab.state
    state.epochs = 50
    assert train_tab.start_training()
    qtbot.waitUntil(
        lambda: len(state.training.batch_history.get("loss", [])) >= 5, timeout=60000
    )
    with qtbot.waitSignal(train_tab.sig_job_finished, timeout=30000):
        train_tab.stop_training()
    done = state.training.epochs_done
    assert done < 50
    assert "Stopped" in train_tab.panel.progress_label.text()
    first_losses = state.training.batch_history["loss"][:5]
    state.epochs = 2
    run(train_tab, qtbot, resume=True)
    assert state.training.epochs_done == done + 2
    progress = train_tab.panel.progress
    assert progress.value() == progress.maximum() == 2 * 57
    assert f"Epoch {done + 2}:" in train_tab.panel.progress_label.text()
    trained = [w.copy() for w in state.model.get_weights()]
    train_tab.reset()
    assert state.model is None
    assert points(train_tab.curves_page.curves["loss"]) == 0
    assert "seed 0" in train_tab.panel.progress_label.text()
    state.epochs = 1
    run(train_tab, qtbot)
    np.testing.assert_allclose(
        state.training.batch_history["loss"][:5], first_losses, rtol=1e-5
    )
    assert not all(
        np.array_equal(a, b)
        for a, b in zip(trained, state.model.get_weights(), strict=True)
    )


def test_exploding_loss_says_what_to_try(train_tab, qtbot):
    """A huge learning rate makes the loss NaN: the run stops with advice to lower it."""
    state = train_tab.state
    state.optimizer = "sgd"
    state.learning_rate = 1e6
    state.epochs = 3
    with qtbot.waitSignal(
        train_tab.sig_status,
        timeout=120000,
        check_params_cb=lambda text: "learning rate" in text,
    ):
        assert train_tab.start_training()
    qtbot.waitUntil(lambda: not train_tab.is_training(), timeout=60000)
    assert state.model is None
    assert "Lower the learning rate" in train_tab.panel.progress_label.text()


def test_builder_network_with_wrong_input_is_explained(train_tab, qtbot):
    """A builder network for 32x32x3 images is refused with the reason before training."""
    builder = train_tab.context.document("builder")
    builder.set_stack(
        (32, 32, 3), [{"type": "Flatten"}, {"type": "Dense", "units": 10}]
    )
    train_tab.state.network = "builder"
    assert train_tab.stack()[0] == (32, 32, 3)
    assert not train_tab.start_training()
    assert "(28, 28, 1)" in train_tab.panel.progress_label.text()
    assert not train_tab.is_training()


def test_a_network_too_big_to_build_is_refused_before_training(train_tab):
    """A valid builder network of 10¹⁰ parameters is refused with its size,
    never handed to Keras (it would exhaust the laptop's memory)."""
    builder = train_tab.context.document("builder")
    builder.set_stack(
        (28, 28, 1),
        [
            {"type": "Flatten"},
            {"type": "Dense", "units": 100000},
            {"type": "Dense", "units": 100000},
            {"type": "Dense", "units": 10, "activation": "softmax"},
        ],
    )
    train_tab.state.network = "builder"
    assert not train_tab.start_training()
    assert not train_tab.is_training() and train_tab.state.model is None
    assert "too many to train here" in train_tab.panel.progress_label.text()


def test_predict_inside_and_drawing(train_tab, qtbot):
    """After training the Fashion CNN: the course's argmax, feature maps, and a drawn digit's prediction."""
    state = train_tab.state
    state.network = "fashion-cnn"
    state.epochs = 1
    run(train_tab, qtbot)
    with qtbot.waitSignal(
        train_tab.sig_job_finished, check_params_cb=lambda name: name == "predict"
    ):
        state.page = "predict"  # showing the page predicts the chosen test image
    assert train_tab.pages.currentWidget() is train_tab.predict_page
    assert 0 <= state.prediction.guess <= 9
    text = train_tab.predict_page.prediction_label.text()
    assert "argmax(predict(test_X)[0])" in text
    bars = train_tab.predict_page.test_bars.heights()
    np.testing.assert_allclose(bars, state.prediction.probabilities)
    with qtbot.waitSignal(
        train_tab.sig_job_finished,
        check_params_cb=lambda name: name == "predict-drawing",
    ):
        train_tab.predict_page.canvas.draw_line(QPointF(84, 16), QPointF(84, 152))
    assert state.drawing_prediction is not None
    assert train_tab.predict_page.canvas.array().max() == 255
    assert "Your drawing looks like" in train_tab.predict_page.drawing_label.text()
    with qtbot.waitSignal(
        train_tab.sig_job_finished, check_params_cb=lambda name: name == "inside"
    ):
        state.page = "inside"
    kernels, maps = train_tab.inside_page.shown()
    assert kernels == 24  # Sobel x and 23 learned kernels
    assert maps > 10
    assert "learned 64 kernels of 3×3" in train_tab.inside_page.label.text()
    # each layer named by its kind, read from the Keras model
    grid = train_tab.inside_page.maps_grid
    shown = [grid.itemAt(i).widget() for i in range(grid.count())]
    captions = [w.text() for w in shown if type(w).__name__ == "QLabel"]
    assert captions[0].startswith("Convolution (Conv2D), layer 1: output ")
    assert any(
        text.startswith("Max pooling (MaxPooling2D), layer ") for text in captions
    )
    with qtbot.waitSignal(
        train_tab.sig_job_finished, check_params_cb=lambda name: name == "inside"
    ):
        state.test_index = 5  # another image: its maps
    assert state.inside.index == 5


def test_a_cleared_canvas_shows_no_prediction_and_is_never_predicted(
    train_tab, qtbot, monkeypatch
):
    """After Clear the blank canvas still showed the last prediction (the
    network's guess for an empty square): now its bars are empty, the line
    says to draw a digit, and no blank drawing reaches the network, not even
    when Clear comes while the drawing's prediction is computed."""
    from guiapp.ml import features

    sent = []
    predict = features.predict_drawing

    def recorded(task, model, drawing, *more):
        sent.append(np.asarray(drawing).copy())
        return predict(task, model, drawing, *more)

    monkeypatch.setattr(features, "predict_drawing", recorded)
    state, page = train_tab.state, train_tab.predict_page
    state.epochs = 1
    run(train_tab, qtbot)
    state.page = "predict"
    with qtbot.waitSignal(
        train_tab.sig_job_finished,
        check_params_cb=lambda name: name == "predict-drawing",
    ):
        page.canvas.draw_line(QPointF(84, 16), QPointF(84, 152))
    assert state.drawing_prediction is not None
    assert page.drawing_bars.heights().max() > 0
    page.clear_button.click()
    assert state.drawing_prediction is None
    assert not page.drawing_bars.heights().any()
    assert page.drawing_label.text().startswith("Draw a digit")
    # Clear while the prediction of a new stroke runs: its result is dropped
    with qtbot.waitSignal(
        train_tab.sig_job_finished,
        check_params_cb=lambda name: name == "predict-drawing",
    ):
        page.canvas.draw_line(QPointF(60, 100), QPointF(140, 100))
        page.clear_button.click()
    assert state.drawing_prediction is None
    assert not page.drawing_bars.heights().any()
    assert page.drawing_label.text().startswith("Draw a digit")
    assert len(sent) == 2 and all(drawing.any() for drawing in sent)
    state.page = "curves"
    state.page = "predict"  # coming back to the page predicts no blank canvas
    qtbot.waitUntil(lambda: not train_tab.session.busy(), timeout=60000)
    assert len(sent) == 2 and state.drawing_prediction is None


def test_confusion_cell_shows_its_images(train_tab, qtbot):
    """Evaluate reports its progress; a confusion cell shows the images it counts."""
    state = train_tab.state
    state.epochs = 1
    run(train_tab, qtbot)
    seen = []
    state.subscribe(
        lambda name: seen.append(state.evaluating) if name == "evaluating" else None
    )
    wait_for(train_tab, qtbot, "evaluate", train_tab.evaluate)
    assert (1000, 1000) in seen and seen[-1] is None
    evaluation = state.evaluation
    assert train_tab.show_confusion_cell(4, 4)
    shown = train_tab.evaluate_page.cell_gallery.items
    assert len(shown) == min(20, evaluation.matrix[4, 4])
    assert f"{evaluation.matrix[4, 4]} images of 4 predicted as 4" in (
        train_tab.evaluate_page.cell_label.text()
    )


def test_save_and_open_model(train_tab, qtbot, tmp_path):
    """A trained model saved as .keras opens again (safe mode) and predicts the same;
    a file that is not a model is named and refused."""
    state = train_tab.state
    state.epochs = 1
    run(train_tab, qtbot)
    path = tmp_path / "model"
    wait_for(train_tab, qtbot, "save-model", lambda: train_tab.save_model(path))
    assert (tmp_path / "model.keras").is_file()
    assert "model.keras" in train_tab.panel.progress_label.text()
    wait_for(train_tab, qtbot, "predict", train_tab.predict_test_image)
    before = state.prediction.probabilities
    train_tab.reset()
    wait_for(
        train_tab,
        qtbot,
        "open-model",
        lambda: train_tab.open_model(path.with_suffix(".keras")),
    )
    assert "Model model.keras opened." in train_tab.panel.progress_label.text()
    wait_for(train_tab, qtbot, "predict", train_tab.predict_test_image)
    np.testing.assert_allclose(state.prediction.probabilities, before, atol=1e-6)
    opened = state.model
    bad = tmp_path / "bad.keras"
    bad.write_text("not a model")
    wait_for(train_tab, qtbot, "open-model", lambda: train_tab.open_model(bad))
    assert (
        "bad.keras is not a Keras model file" in train_tab.panel.progress_label.text()
    )
    assert state.model is opened


def test_import_dataset_from_files(train_tab, qtbot, tmp_path):
    """Importing a folder of IDX files makes Fashion-MNIST installed; a damaged one is refused clearly."""
    from guiapp.ml import datasets
    from tests.ml.test_datasets import write_idx_folder

    state = train_tab.state
    state.dataset = "fashion-mnist"
    assert train_tab.panel.dataset_combo.currentData() == "fashion-mnist"
    assert "Not installed" in train_tab.panel.dataset_status.text()
    assert not train_tab.start_training()
    assert "not installed" in train_tab.panel.progress_label.text()
    write_idx_folder(tmp_path / "usb")
    wait_for(
        train_tab,
        qtbot,
        "import-dataset",
        lambda: train_tab.import_from(tmp_path / "usb"),
    )
    assert "Installed" in train_tab.panel.dataset_status.text()
    with qtbot.waitSignal(
        train_tab.sig_job_finished, check_params_cb=lambda name: name == "load-data"
    ):
        train_tab.show_page("samples")  # showing the samples loads the data
    items = train_tab.samples_page.gallery.items
    assert items[0][1] in datasets.CLASS_NAMES["fashion-mnist"]
    (tmp_path / "empty").mkdir()
    wait_for(
        train_tab,
        qtbot,
        "import-dataset",
        lambda: train_tab.import_from(tmp_path / "empty"),
    )
    assert "missing" in train_tab.panel.progress_label.text()


def test_download_with_progress(train_tab, qtbot, tmp_path):
    """Download (file:// addresses here, never the network) shows its progress
    and installs the dataset."""
    from guiapp.ml import datasets
    from tests.ml.test_datasets import write_idx_folder

    write_idx_folder(tmp_path / "server")
    urls = [
        (tmp_path / "server" / name).as_uri() for name in datasets.IDX_FILES.values()
    ]
    train_tab.state.dataset = "fashion-mnist"
    assert not train_tab.panel.download_button.isHidden()
    wait_for(train_tab, qtbot, "download-dataset", lambda: train_tab.download(urls))
    assert "Installed" in train_tab.panel.dataset_status.text()
    assert "fashion-mnist imported." in train_tab.panel.progress_label.text()


def test_download_hidden_by_the_teacher(qtbot, context):
    """A teacher's settings that hide "download" hide the Download button."""
    from guiapp.teacher import TeacherSettings
    from guiapp.ui.train.state import TrainState
    from guiapp.ui.train.tab import TrainTab

    context.teacher = TeacherSettings(hide=frozenset({"download"}))
    state = TrainState()
    state.dataset = "fashion-mnist"
    tab = TrainTab(state, context)
    qtbot.addWidget(tab)
    assert tab.panel.download_button.isHidden()
    assert not tab.panel.import_button.isHidden()


def test_training_script_compiles(train_tab):
    """The exported training script is valid Python with the course's fit call."""
    script = train_tab.training_script()
    compile(script, "<training script>", "exec")
    assert "model.fit(train_X, train_Y_one_hot, batch_size=64" in script


def test_retranslate_keeps_the_model_curves_and_evaluation(train_tab, qtbot):
    """Switching to French and back sets the texts again and keeps the trained
    model, its curves, its evaluation and the page shown."""
    from guiapp.ui import i18n

    state = train_tab.state
    state.epochs = 1
    run(train_tab, qtbot)
    wait_for(train_tab, qtbot, "evaluate", train_tab.evaluate)
    state.page = "evaluate"
    model, evaluation = state.model, state.evaluation
    curve = train_tab.curves_page.curves["batch_loss"]
    drawn = points(curve)
    english = train_tab.pages.tabText(0)
    try:
        assert i18n.install("fr")
        train_tab.retranslate()
        assert train_tab.pages.tabText(0) != english
    finally:
        i18n.install("en")
        train_tab.retranslate()
    assert train_tab.pages.tabText(0) == english
    assert state.model is model and state.evaluation is evaluation
    assert train_tab.curves_page.curves["batch_loss"] is curve
    assert points(curve) == drawn
    assert train_tab.pages.currentWidget() is train_tab.evaluate_page
    assert "Test accuracy" in train_tab.evaluate_page.result_label.text()


def test_closing_during_training_stops_quickly(train_tab, qtbot):
    """Closing the window while training stops it within 2 seconds; no thread left."""
    state = train_tab.state
    state.epochs = 100
    assert train_tab.start_training()
    qtbot.waitUntil(
        lambda: len(state.training.batch_history.get("loss", [])) >= 3, timeout=60000
    )
    start = time.perf_counter()
    train_tab.shutdown()
    assert train_tab.session.close(2000)
    assert time.perf_counter() - start < 2.0


def test_predict_page_says_training_during_a_fit(train_tab, qtbot):
    """On the Predict page during a fit: "Training…", not "Train a network first."."""
    train_tab.state.epochs = 50
    train_tab.show_page("predict")
    assert train_tab.start_training()
    qtbot.waitUntil(lambda: train_tab.state.model is not None, timeout=60000)
    text = train_tab.predict_page.prediction_label.text()
    assert "Training" in text and "first" not in text
    train_tab.stop_training()
    qtbot.waitUntil(lambda: not train_tab.is_training(), timeout=60000)


# ---- a network or a model for larger images: padding offered, every page padded


def _use_every_page(tab, qtbot):
    """Evaluate, predict a test image and a drawing, look inside: each with the
    28 x 28 images of the dataset."""
    state = tab.state
    wait_for(tab, qtbot, "evaluate", tab.evaluate)
    assert state.evaluation.matrix.sum() == state.test_count()
    with qtbot.waitSignal(
        tab.sig_job_finished, check_params_cb=lambda name: name == "predict"
    ):
        state.page = "predict"
    assert 0 <= state.prediction.guess <= 9
    assert "argmax(predict(test_X)[0])" in tab.predict_page.prediction_label.text()
    with qtbot.waitSignal(
        tab.sig_job_finished, check_params_cb=lambda name: name == "predict-drawing"
    ):
        tab.predict_page.canvas.draw_line(QPointF(84, 16), QPointF(84, 152))
    assert "Your drawing looks like" in tab.predict_page.drawing_label.text()
    with qtbot.waitSignal(
        tab.sig_job_finished, check_params_cb=lambda name: name == "inside"
    ):
        state.page = "inside"
    assert "learned 6 kernels of 5×5" in tab.inside_page.label.text()
    kernels, maps = tab.inside_page.shown()
    assert kernels == 7 and maps > 10  # Sobel x and 6 kernels; maps of 4 layers


def test_lenet5_on_mnist_is_offered_padding_then_trains(train_tab, qtbot, no_dialogs):
    """The LeNet-5 preset (32x32) on MNIST (28x28): padding by 2 is asked once;
    after a yes it trains, and Evaluate, Predict (test image and drawing) and
    Inside work; Continue does not ask again; the exported script pads too."""
    state = train_tab.state
    train_tab.context.quiet = False
    state.network = "lenet5"
    state.epochs = 2
    run(train_tab, qtbot)
    assert [kind for kind, _, _ in no_dialogs] == ["question"]
    question = no_dialogs[0][2]
    assert "The network expects 32 × 32 × 1 images; this dataset's are 28 × 28 × 1" in (
        question
    )
    assert "Pad them with 2 pixels of 0 on each side" in question
    assert state.training.epochs_done == 2
    assert state.training.epoch_history["accuracy"][-1] > 0.6
    assert state.model.inputs[0].shape[1:] == (28, 28, 1)
    run(train_tab, qtbot, resume=True)
    assert state.training.epochs_done == 4 and len(no_dialogs) == 1
    _use_every_page(train_tab, qtbot)
    assert state.evaluation.accuracy > 0.6
    script = train_tab.training_script()
    compile(script, "<training script>", "exec")
    assert "keras.layers.ZeroPadding2D(2)" in script


def test_padding_declined_trains_nothing(train_tab, qtbot, no_dialogs, monkeypatch):
    """A no to the padding: nothing trains, the progress line says why."""
    from PySide6.QtWidgets import QMessageBox

    train_tab.context.quiet = False
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No
    )
    train_tab.state.network = "lenet5"
    assert not train_tab.start_training()
    assert not train_tab.is_training() and train_tab.state.model is None
    text = train_tab.panel.progress_label.text()
    assert "expects 32 × 32 × 1 images" in text and "Not trained." in text
    assert no_dialogs == []  # no warning after the user's own no


def test_larger_network_padding_cannot_help_is_refused(train_tab, no_dialogs):
    """32x32 images into a Flatten first (no convolution to pad them): refused
    with the shapes, nothing asked."""
    train_tab.context.quiet = False
    builder = train_tab.context.document("builder")
    builder.set_stack(
        (32, 32, 1),
        [{"type": "Flatten"}, {"type": "Dense", "units": 10, "activation": "softmax"}],
    )
    train_tab.state.network = "builder"
    assert not train_tab.start_training()
    assert [kind for kind, _, _ in no_dialogs] == ["warning"]
    assert "(32, 32, 1)" in no_dialogs[0][2] and "(28, 28, 1)" in no_dialogs[0][2]


def test_a_lenet5_model_file_is_offered_padding(train_tab, qtbot, tmp_path, no_dialogs):
    """A LeNet-5 .keras file (32x32) on MNIST: opening it asks to pad the images;
    after a yes every page works with it."""
    from guiapp.ml import model_files
    from guiapp.ml.models import build_model
    from guiapp.ml.session import Task
    from guiapp.presets import preset

    path = model_files.save_model(
        Task(), build_model(*preset("lenet5")), tmp_path / "lenet.keras"
    )
    train_tab.context.quiet = False
    wait_for(train_tab, qtbot, "open-model", lambda: train_tab.open_model(path))
    assert [kind for kind, _, _ in no_dialogs] == ["question"]
    question = no_dialogs[0][2]
    assert "lenet.keras expects images of shape (32, 32, 1)" in question
    assert "pad each image with 2 pixels of 0 on each side" in question
    state = train_tab.state
    assert state.model is not None
    assert "lenet.keras opened" in train_tab.panel.progress_label.text()
    _use_every_page(train_tab, qtbot)


def test_a_model_file_declined_keeps_the_current_model(
    train_tab, qtbot, tmp_path, no_dialogs, monkeypatch
):
    """A no to the offer for a model ending without softmax: the model in use stays."""
    import keras
    from PySide6.QtWidgets import QMessageBox

    from guiapp.ml import model_files
    from guiapp.ml.session import Task

    logits = keras.Sequential(
        [keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10)]
    )
    path = model_files.save_model(Task(), logits, tmp_path / "logits.keras")
    state = train_tab.state
    state.epochs = 1
    run(train_tab, qtbot)
    trained = state.model
    train_tab.context.quiet = False
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No
    )
    wait_for(train_tab, qtbot, "open-model", lambda: train_tab.open_model(path))
    assert state.model is trained
    text = train_tab.panel.progress_label.text()
    assert "Not opened" in text and "ends without a softmax" in text


def test_a_model_file_read_during_a_fit_is_not_used(train_tab, qtbot, tmp_path):
    """Train pressed while a model file is read: the file does not replace the
    model being trained under the run; the progress line says so."""
    from guiapp.ml import model_files
    from guiapp.ml.models import build_model
    from guiapp.ml.session import Task
    from guiapp.presets import preset

    path = model_files.save_model(
        Task(), build_model(*preset("mnist-dense")), tmp_path / "dense.keras"
    )
    state = train_tab.state
    state.epochs = 5
    seen = []
    state.subscribe(
        lambda name: seen.append(state.status) if name == "status" else None
    )
    with qtbot.waitSignal(
        train_tab.sig_job_finished,
        timeout=120000,
        check_params_cb=lambda name: name == "open-model",
    ):
        assert train_tab.open_model(path)
        assert train_tab.start_training()
    assert ("message", "dense.keras was not opened: a network is training.") in seen
    qtbot.waitUntil(lambda: not train_tab.is_training(), timeout=120000)
    assert state.training.epochs_done == 5


def test_refusals_name_the_dataset_and_the_network_list_shows_titles(train_tab, qtbot):
    """'MNIST images are (28, 28, 1)' was written whatever the dataset, '10
    outputs' whatever its classes, and the network list showed ids such as
    'Preset: fashion-cnn' where the builder shows names."""
    from guiapp.ui.train.names import dataset_label

    combo = train_tab.panel.network_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert not any("fashion-cnn" in text or "Preset:" in text for text in texts)
    assert any("Fashion-MNIST CNN" in text for text in texts)
    builder = train_tab.context.document("builder")
    builder.set_stack((28, 28, 1), [{"type": "Flatten"}, {"type": "Dense", "units": 5}])
    train_tab.state.network = "builder"
    assert not train_tab.start_training()
    text = train_tab.panel.progress_label.text()
    assert "10 outputs" in text and dataset_label(train_tab.state.dataset) in text
    builder.set_stack(
        (30, 30, 1), [{"type": "Flatten"}, {"type": "Dense", "units": 10}]
    )
    assert not train_tab.start_training()
    text = train_tab.panel.progress_label.text()
    assert dataset_label(train_tab.state.dataset) in text and "28 × 28 × 1" in text


def test_evaluate_can_be_asked_again(train_tab, qtbot):
    """After an evaluation the button works again: a teacher evaluates once
    more (after more epochs, or to show it to the class)."""
    state = train_tab.state
    state.epochs = 1
    button = train_tab.evaluate_page.evaluate_button
    assert not button.isEnabled()  # nothing to evaluate yet
    run(train_tab, qtbot)
    assert button.isEnabled()
    wait_for(train_tab, qtbot, "evaluate", train_tab.evaluate)
    assert button.isEnabled()
    first = state.evaluation
    wait_for(train_tab, qtbot, "evaluate", lambda: button.click() or True)
    assert state.evaluation is not first
    assert button.isEnabled()


def _header_texts(table, orientation):
    return [
        table.model().headerData(section, orientation)
        for section in range(table.model().columnCount())
    ]


def test_confusion_matrix_names_its_axes_and_classes(train_tab, qtbot):
    """The matrix says which axis is the true class and which the predicted
    one, and its headers are the class names, before and after an evaluation
    (Fashion-MNIST's names too); each header tells its class in full."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    page = train_tab.evaluate_page
    table = page.confusion
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical

    def check(names):
        assert _header_texts(table, horizontal) == names
        assert _header_texts(table, vertical) == names
        labels = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "Predicted class" in labels and "True class" in labels
        tip = table.model().headerData(9, horizontal, Qt.ItemDataRole.ToolTipRole)
        assert names[9] in tip and "redicted" in tip
        tip = table.model().headerData(9, vertical, Qt.ItemDataRole.ToolTipRole)
        assert names[9] in tip and "rue" in tip

    digits = [str(i) for i in range(10)]
    check(digits)
    train_tab.state.dataset = "fashion-mnist"
    check(["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
           "Shirt", "Sneaker", "Bag", "Ankle boot"])  # fmt: skip
    train_tab.state.dataset = "mnist-5k"
    train_tab.state.epochs = 1
    run(train_tab, qtbot)
    wait_for(train_tab, qtbot, "evaluate", train_tab.evaluate)
    check(digits)
    assert table.item(3, 3).text() == str(train_tab.state.evaluation.matrix[3, 3])


def test_a_network_without_layers_is_refused_in_words(train_tab):
    """An empty builder network reached Keras ('Arguments target and output
    must have the same rank'): its output is its input, refused as such."""
    builder = train_tab.context.document("builder")
    builder.set_stack((28, 28, 1), [])
    train_tab.state.network = "builder"
    assert not train_tab.start_training()
    text = train_tab.panel.progress_label.text()
    assert "must end with 10 outputs" in text and "(28, 28, 1)" in text
    assert not train_tab.is_training()


def test_importing_from_a_folder_one_cannot_enter_says_so(train_tab, monkeypatch):
    """A file chosen in a folder listed but not entered (no x permission):
    Path.is_dir raised PermissionError out of the import (a traceback)."""
    from pathlib import Path

    said = []
    monkeypatch.setattr(train_tab, "tell", lambda title, text: said.append(text))

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_dir", refuse)
    assert not train_tab.import_from("/locked/train-images-idx3-ubyte.gz")
    assert said and "train-images-idx3-ubyte.gz" in said[0]


def test_a_confusion_cell_out_of_the_matrix_is_refused(train_tab, qtbot):
    """show_confusion_cell(10, 10) was kept and broke the next language switch
    (IndexError in the page's rendering)."""
    state = train_tab.state
    state.network = "mnist-dense"
    state.epochs = 1
    run(train_tab, qtbot)
    with qtbot.waitSignal(train_tab.sig_job_finished, timeout=60000):
        train_tab.evaluate()
    assert train_tab.show_confusion_cell(4, 9)
    assert not train_tab.show_confusion_cell(10, 10)
    assert not train_tab.show_confusion_cell(-1, 0)
    assert train_tab.evaluate_page.cell == (4, 9)
    train_tab.retranslate()  # renders the cell shown


@pytest.mark.slow
def test_predict_shows_where_the_network_looked(train_tab, qtbot):
    """After training the Fashion CNN, "Where it looked: Grad-CAM" draws a map
    over the test image and over the drawing's 28 × 28, computed in the
    worker; "nowhere" takes them away; the dense network says Grad-CAM needs
    a convolution."""
    state, page = train_tab.state, train_tab.predict_page
    state.network = "fashion-cnn"
    state.epochs = 1
    run(train_tab, qtbot)
    with qtbot.waitSignal(
        train_tab.sig_job_finished, check_params_cb=lambda name: name == "predict"
    ):
        state.page = "predict"
    assert not page.test_image.overlay_shown()
    page.saliency_combo.setCurrentIndex(page.saliency_combo.findData("grad_cam"))
    assert state.saliency == "grad_cam"
    qtbot.waitUntil(lambda: state.prediction.saliency is not None, timeout=60000)
    looked = state.prediction.saliency
    assert looked.shape == (28, 28) and looked.max() == pytest.approx(1.0)
    assert page.test_image.overlay_shown()
    page.canvas.draw_line(QPointF(84, 16), QPointF(84, 152))
    qtbot.waitUntil(lambda: page.canvas.saliency() is not None, timeout=60000)
    page.saliency_combo.setCurrentIndex(page.saliency_combo.findData("none"))
    qtbot.waitUntil(lambda: state.prediction.saliency is None, timeout=60000)
    assert not page.test_image.overlay_shown()
    # the course's dense network has no convolution for Grad-CAM
    state.saliency = "grad_cam"
    state.network = "mnist-dense"
    run(train_tab, qtbot)
    qtbot.waitUntil(
        lambda: state.prediction is not None and bool(state.prediction.saliency_note),
        timeout=60000,
    )
    assert "needs a network with a convolution" in page.prediction_label.text()
    assert not page.test_image.overlay_shown()


@pytest.mark.slow
def test_augmentation_is_chosen_previewed_and_trained_with(train_tab, qtbot):
    """'shifts, turns, zoom' reaches the fit (TrainConfig.augment), its
    preview shows the first training image and eight different draws, and
    a run with it trains and draws its curves."""
    state, panel = train_tab.state, train_tab.panel
    panel.augment_combo.setCurrentIndex(panel.augment_combo.findData("shifts-turns"))
    assert state.config().augment == {"translation": 0.1, "rotation": 0.05, "zoom": 0.1}
    panel.preview_button.click()
    qtbot.waitUntil(lambda: hasattr(train_tab, "augment_dialog"), timeout=60000)
    dialog = train_tab.augment_dialog
    pictures = [picture.data for picture in dialog.pictures]
    assert len(pictures) == 9
    assert len({p.tobytes() for p in pictures}) == 9  # each draw its own
    dialog.close()
    state.epochs = 1
    run(train_tab, qtbot)
    assert len(state.training.epoch_history["val_accuracy"]) == 1
