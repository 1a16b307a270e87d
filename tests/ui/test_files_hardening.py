"""Files the user saves, exports, imports and drops (issue 10): a folder that
cannot be written is said in words naming the file and the folder, never a
traceback nor a temporary file's name; the saved files keep the permissions a
shared folder needs; an export says when there is nothing to export, and its
dialog opens in the last folder with a name; a dataset is imported from an
.npz or one of the four IDX files, and replaces an installed one only after a
question that gives both counts; a dropped file opens in the tab it belongs
to; Train asks before it replaces a model opened from a file."""

import os
import stat
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QDragEnterEvent, QImage
from PySide6.QtWidgets import QFileDialog

from guiapp.ml import datasets
from tests.locked_folder import unwritable
from tests.ml.test_datasets import write_idx_folder
from tests.ui.drops import drop_event

pytestmark = pytest.mark.gui

NOT_ALLOWED = "you are not allowed to write there. Choose another folder"


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def installed_images(name: str) -> int:
    """How many images the installed copy of ``name`` holds."""
    (x_train, _), (x_test, _) = datasets.load(name)
    return len(x_train) + len(x_test)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def private_data(tmp_path, monkeypatch):
    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))


class Dialogs:
    """QFileDialog's static functions, answered by the test: the folder and
    name each opened on and its filters are recorded."""

    def __init__(self, monkeypatch):
        self.answer = ""
        self.asked: list[tuple[str, str, str]] = []  # (kind, start, filters)
        for kind in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
            monkeypatch.setattr(QFileDialog, kind, self._make(kind))

    def _make(self, kind):
        def ask(parent, title="", start="", filters="", *args, **kwargs):
            self.asked.append((kind, str(start), str(filters)))
            if kind == "getExistingDirectory":
                return self.answer
            return (self.answer, "")

        return staticmethod(ask)


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


@pytest.fixture
def train_tab(qtbot, context, private_data):
    from guiapp.ui.builder.state import BuilderState
    from guiapp.ui.train.state import TrainState
    from guiapp.ui.train.tab import TrainTab

    context.documents["builder"] = BuilderState()
    state = context.documents["train"] = TrainState()
    tab = TrainTab(state, context)
    qtbot.addWidget(tab)
    yield tab
    tab.shutdown()


@pytest.fixture
def builder(qtbot, context):
    from guiapp.ui.builder.state import BuilderState
    from guiapp.ui.builder.tab import BuilderTab

    tab = BuilderTab(BuilderState(), context)
    qtbot.addWidget(tab)
    return tab


@pytest.fixture
def window(qtbot, private_data):
    from guiapp.ui.main_window import MainWindow

    win = MainWindow("en", quiet=True)
    qtbot.addWidget(win)
    pane = win.conv_tab.conv_page.output_pane
    qtbot.waitUntil(lambda: pane.data() is not None, timeout=20000)
    yield win
    win.close()


def said(tab, qtbot, action) -> str:
    """What ``action()`` told the user (the tab's status line)."""
    with qtbot.waitSignal(tab.sig_status, timeout=20000) as told:
        action()
    return told.args[0]


def wait_for(tab, qtbot, job, start, timeout=60000):
    with qtbot.waitSignal(
        tab.sig_job_finished, timeout=timeout, check_params_cb=lambda name: name == job
    ):
        assert start()


class Prefixing(QTranslator):
    """A language where every guiapp sentence starts with "FR:"."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return "FR: " + source


@pytest.fixture
def prefixing(qapp):
    translator = Prefixing()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


# ---- 1. a folder that cannot be written: words, not a traceback


def test_exporting_the_training_script_to_a_locked_folder_says_why(
    train_tab, qtbot, tmp_path, dialogs
):
    """Was an unhandled PermissionError ("Unexpected error" dialog)."""
    folder = tmp_path / "immut"
    with unwritable(folder):
        dialogs.answer = str(folder / "train.py")
        message = said(train_tab, qtbot, train_tab.ask_export_script)
    assert message == f"train.py cannot be saved in {folder}: {NOT_ALLOWED}"
    assert list(folder.iterdir()) == []


def test_the_training_script_is_saved_and_said(train_tab, qtbot, tmp_path, dialogs):
    dialogs.answer = str(tmp_path / "mine")
    train_tab.ask_export_script()
    assert "model.fit(" in (tmp_path / "mine.py").read_text()
    assert dialogs.asked[-1][1].endswith("train_mnist_dense.py")
    assert "mine.py" in train_tab.panel.progress_label.text()
    assert train_tab.state.last_folder == str(tmp_path)


def test_a_reason_is_said_in_the_users_language(
    train_tab, qtbot, tmp_path, dialogs, prefixing
):
    """The sentence goes through the translator (French in the app)."""
    folder = tmp_path / "immut"
    with unwritable(folder):
        dialogs.answer = str(folder / "train.py")
        message = said(train_tab, qtbot, train_tab.ask_export_script)
    assert message.startswith("FR: train.py cannot be saved in")


@pytest.mark.slow
def test_saving_a_model_in_a_locked_folder_names_no_temporary_file(
    train_tab, qtbot, tmp_path
):
    """Was "[Errno 1] Operation not permitted: '/tmp/tb/immut/.m-cd4_ja6i.keras'"."""
    from guiapp.ml.models import build_model
    from guiapp.presets import preset

    train_tab.state.adopt_model(build_model(*preset("mnist-dense")))
    folder = tmp_path / "immut"
    with unwritable(folder):
        wait_for(
            train_tab, qtbot, "save-model", lambda: train_tab.save_model(folder / "m")
        )
    assert train_tab.panel.progress_label.text() == (
        f"m.keras cannot be saved in {folder}: {NOT_ALLOWED}"
    )


def test_the_builder_says_why_it_cannot_save(builder, qtbot, tmp_path):
    """Was the system's English "Operation not permitted"."""
    folder = tmp_path / "immut"
    with unwritable(folder):
        message = said(builder, qtbot, lambda: builder.save_file(folder / "n.json"))
    assert message == f"n.json cannot be saved in {folder}: {NOT_ALLOWED}"


def test_the_builder_says_why_it_cannot_open(builder, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "teacher.json"
    path.write_text(builder.to_json())

    def not_allowed(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", not_allowed)
    message = said(builder, qtbot, lambda: builder.open_file(path))
    assert message == "teacher.json cannot be opened: you are not allowed to read it"


# ---- 2. exporting an image


def test_exporting_no_image_says_so_before_asking(qtbot, dialogs, no_dialogs):
    from guiapp.ui.image_view import ImagePane

    pane = ImagePane("Output")
    qtbot.addWidget(pane)
    pane.ask_export()
    assert dialogs.asked == []
    assert no_dialogs == [
        ("warning", "Export image", "There is no image to export yet.")
    ]


def test_an_image_export_to_a_locked_folder_is_said(
    qtbot, tmp_path, dialogs, no_dialogs
):
    """Was silent: nothing written, nothing said."""
    from guiapp.ui.image_view import ImagePane

    pane = ImagePane("Output 4 × 5 (kernel 3×3, S = 1, P = 0)")
    qtbot.addWidget(pane)
    pane.set_image(np.arange(20.0).reshape(4, 5), "diverging")
    folder = tmp_path / "immut"
    with unwritable(folder):
        dialogs.answer = str(folder / "out.png")
        pane.ask_export()
    assert no_dialogs == [
        (
            "warning",
            "Export image",
            f"out.png cannot be saved in {folder}: {NOT_ALLOWED}",
        )
    ]
    assert list(folder.iterdir()) == []


def test_the_export_dialog_opens_in_the_last_folder_with_a_name(
    qtbot, tmp_path, dialogs, no_dialogs
):
    """It opened on "result.png" in the folder guiapp was started from."""
    from guiapp.ui.image_view import ImagePane

    pane = ImagePane("Output 4 × 5 (kernel 3×3, S = 1, P = 0)")
    qtbot.addWidget(pane)
    pane.set_image(np.arange(20.0).reshape(4, 5), "diverging")
    dialogs.answer = str(tmp_path / "first.png")
    pane.ask_export()
    first = dialogs.asked[-1][1]
    assert os.path.isabs(first) and first.endswith("output-4-5.png")
    assert QImage(str(tmp_path / "first.png")).size().toTuple() == (5, 4)
    other = ImagePane("Max pooling")
    qtbot.addWidget(other)
    other.set_image(np.ones((2, 2)), "grey")
    dialogs.answer = ""
    other.ask_export()
    assert dialogs.asked[-1][1] == str(tmp_path / "max-pooling.png")
    assert no_dialogs == []


def test_the_windows_export_with_no_result_says_so_before_asking(
    window, dialogs, qtbot
):
    """It asked for a name, then said "Could not write …/nothing.png"."""
    window.conv_tab.conv_page.output_pane.clear()
    window.ask_export()
    assert dialogs.asked == []
    assert "no result to export yet" in window.statusBar().currentMessage()


def test_the_windows_export_to_a_locked_folder_says_why(window, dialogs, tmp_path):
    folder = tmp_path / "immut"
    with unwritable(folder):
        dialogs.answer = str(folder / "out.png")
        window.ask_export()
    assert window.statusBar().currentMessage() == (
        f"out.png cannot be saved in {folder}: {NOT_ALLOWED}"
    )
    dialogs.answer = str(tmp_path / "out.png")
    window.ask_export()
    assert (tmp_path / "out.png").is_file()
    window.ask_export()
    assert dialogs.asked[-1][1].startswith(str(tmp_path) + os.sep)


# ---- 3. the permissions a shared folder needs


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_saved_files_are_readable_by_the_students(
    builder, train_tab, tmp_path, umask_022, dialogs, qtbot
):
    """Networks, scripts and PNG exports were 0600; a 0644 file saved over
    became 0600."""
    from guiapp.ui.image_view import ImagePane

    assert builder.save_file(tmp_path / "net.json")
    assert builder.export_script(tmp_path / "net.py")
    dialogs.answer = str(tmp_path / "train.py")
    train_tab.ask_export_script()
    pane = ImagePane()
    qtbot.addWidget(pane)
    pane.set_image(np.ones((3, 3)), "grey")
    assert pane.export_png(str(tmp_path / "out.png"))
    for name in ("net.json", "net.py", "train.py", "out.png"):
        assert mode(tmp_path / name) == 0o644, name
    shared = tmp_path / "shared.json"
    shared.write_text("{}")
    shared.chmod(0o664)
    os.umask(0o077)
    assert builder.save_file(shared)
    assert mode(shared) == 0o664


# ---- 4. importing a dataset


def test_import_accepts_an_npz_file_or_one_of_the_four_gz_files(
    train_tab, qtbot, tmp_path, dialogs
):
    """The dialog chose folders only: an .npz could not be chosen."""
    train_tab.state.dataset = "fashion-mnist"
    write_idx_folder(tmp_path / "usb")
    dialogs.answer = str(tmp_path / "usb" / datasets.IDX_FILES["x_train"])
    with qtbot.waitSignal(
        train_tab.sig_job_finished,
        timeout=30000,
        check_params_cb=lambda name: name == "import-dataset",
    ):
        train_tab.ask_import()
    kind, _, filters = dialogs.asked[-1]
    assert kind == "getOpenFileName" and "*.npz" in filters and "*.gz" in filters
    assert installed_images("fashion-mnist") == 17
    assert train_tab.state.last_folder == str(tmp_path / "usb")


def silly_npz(path) -> Path:
    """Valid, but one image of one class."""
    x = np.zeros((1, 28, 28), np.uint8)
    y = np.array([4])
    np.savez(path, x_train=x, y_train=y, x_test=x, y_test=y)
    return path


def test_replacing_an_installed_dataset_asks_with_both_counts(
    train_tab, qtbot, tmp_path, monkeypatch
):
    """A 1-image .npz replaced a good import without a word."""
    train_tab.state.dataset = "mnist"
    write_idx_folder(tmp_path / "usb", n_train=150, n_test=50)
    datasets.import_files("mnist", tmp_path / "usb")
    before = installed_images("mnist")
    questions = []

    def answer(title, question):
        questions.append(question)
        return False

    monkeypatch.setattr(train_tab.storage, "ask", answer)
    wait_for(
        train_tab,
        qtbot,
        "import-dataset",
        lambda: train_tab.import_from(silly_npz(tmp_path / "one.npz")),
    )
    (question,) = questions
    assert "one.npz holds 2 images (1 to train, 1 to test), 1 of 10 classes" in question
    assert "too little" in question
    assert "200 images (150 to train, 50 to test)" in question
    assert "Replace the installed MNIST with it?" in question
    assert installed_images("mnist") == before == 200
    assert "one.npz was not imported" in train_tab.panel.progress_label.text()


def test_a_small_set_is_imported_when_agreed_and_the_menu_tells_its_size(
    train_tab, qtbot, tmp_path, monkeypatch
):
    """The menu still said "MNIST, full (70 000)" of a 2-image set."""
    train_tab.state.dataset = "mnist"
    questions = []
    monkeypatch.setattr(
        train_tab.storage, "ask", lambda title, q: questions.append(q) or True
    )
    wait_for(
        train_tab,
        qtbot,
        "import-dataset",
        lambda: train_tab.import_from(silly_npz(tmp_path / "one.npz")),
    )
    assert "Import it as MNIST?" in questions[0]
    assert installed_images("mnist") == 2
    combo = train_tab.panel.dataset_combo
    assert combo.itemText(combo.findData("mnist")) == "MNIST, installed (2 images)"
    train_tab.retranslate()
    assert combo.itemText(combo.findData("mnist")) == "MNIST, installed (2 images)"


def test_a_full_sized_set_is_imported_without_a_question(
    train_tab, qtbot, tmp_path, monkeypatch
):
    train_tab.state.dataset = "mnist"
    monkeypatch.setattr(train_tab.storage, "ask", lambda *args: pytest.fail("asked"))
    write_idx_folder(tmp_path / "usb", n_train=150, n_test=50)
    wait_for(
        train_tab,
        qtbot,
        "import-dataset",
        lambda: train_tab.import_from(tmp_path / "usb"),
    )
    assert installed_images("mnist") == 200


# ---- 5. dropping files on the window


def test_a_dropped_dataset_is_imported_in_the_training_tab(window, qtbot, tmp_path):
    """It went to the convolution tab: "guiapp cannot read .npz files"."""
    tab = window.train_tab
    with qtbot.waitSignal(
        tab.sig_job_finished,
        timeout=30000,
        check_params_cb=lambda name: name == "import-dataset",
    ):
        window.dropEvent(drop_event(silly_npz(tmp_path / "one.npz")))
    assert window.current_tab_name() == "train"
    assert tab.state.dataset == "mnist"
    assert installed_images("mnist") == 2


def test_a_dropped_network_opens_in_the_builder(window, tmp_path):
    builder = window.builder_tab
    builder.state.set_stack((28, 28, 1), [{"type": "Flatten"}], selection=0)
    path = tmp_path / "teacher.json"
    path.write_text(builder.to_json())
    builder.state.set_stack((32, 32, 3), [], selection=0)
    window.dropEvent(drop_event(path))
    assert window.current_tab_name() == "builder"
    assert builder.state.layers == [{"type": "Flatten"}]


@pytest.mark.slow
def test_a_dropped_model_opens_in_the_training_tab(window, qtbot, tmp_path):
    from guiapp.ml.model_files import save_model
    from guiapp.ml.models import build_model
    from guiapp.ml.session import Task
    from guiapp.presets import preset

    path = save_model(Task(), build_model(*preset("mnist-dense")), tmp_path / "t")
    tab = window.train_tab
    with qtbot.waitSignal(
        tab.sig_job_finished,
        timeout=60000,
        check_params_cb=lambda name: name == "open-model",
    ):
        window.dropEvent(drop_event(path))
    assert window.current_tab_name() == "train"
    assert tab.panel.progress_label.text() == "Model t.keras opened."


def test_the_convolution_tab_leaves_other_files_to_the_window(window, tmp_path):
    """A drag over the convolution tab of a dataset, a model or a network is
    not taken by it (Qt then gives it to the window); an image is."""
    for name in ("one.npz", "t.keras", "n.json", "train-images-idx3-ubyte.gz"):
        event = drop_event(tmp_path / name, QDragEnterEvent)
        event.setAccepted(False)
        window.conv_tab.dragEnterEvent(event)
        assert not event.isAccepted(), name
    event = drop_event(tmp_path / "photo.png", QDragEnterEvent)
    event.setAccepted(False)
    window.conv_tab.dragEnterEvent(event)
    assert event.isAccepted()


def test_every_file_the_window_routes_is_left_to_it_by_the_convolution_tab():
    from guiapp.ui.conv.opener import OTHER_TABS_FILES
    from guiapp.ui.drops import DROP_TARGETS

    assert set(DROP_TARGETS) == OTHER_TABS_FILES


# ---- 6. Train after opening a model


@pytest.mark.slow
def test_train_asks_before_replacing_an_opened_model(
    train_tab, qtbot, tmp_path, monkeypatch
):
    """Train replaced the opened model with a fresh network without a word."""
    from guiapp.ml.model_files import save_model
    from guiapp.ml.models import build_model
    from guiapp.ml.session import Task
    from guiapp.presets import preset

    path = save_model(Task(), build_model(*preset("mnist-dense")), tmp_path / "t")
    wait_for(train_tab, qtbot, "open-model", lambda: train_tab.open_model(path))
    opened = train_tab.state.model
    questions = []

    def answer(title, question):
        questions.append(question)
        return False

    monkeypatch.setattr(train_tab, "ask", answer)
    assert not train_tab.start_training()
    assert questions == [
        "Train a new network? The model opened from t.keras will be replaced "
        "(the file stays as it is)."
    ]
    assert train_tab.state.model is opened and not train_tab.is_training()
    assert train_tab.panel.progress_label.text() == (
        "Not trained: the model opened from t.keras is kept."
    )


def test_a_dropped_folder_of_idx_files_goes_to_the_import(window, qtbot, tmp_path):
    """A folder of MNIST's .gz files went to the convolution tab ("... is a
    folder, not an image file"); it is the training tab's import."""
    folder = tmp_path / "mnist-files"
    folder.mkdir()
    (folder / "train-images-idx3-ubyte.gz").write_bytes(b"junk")
    tab = window.train_tab
    with qtbot.waitSignal(
        tab.sig_job_finished,
        timeout=30000,
        check_params_cb=lambda name: name == "import-dataset",
    ):
        window.dropEvent(drop_event(folder))
    assert window.current_tab_name() == "train"
