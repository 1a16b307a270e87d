"""The shared pieces of every tab: documents, bound widgets, undo, jobs, files."""

import threading
import time

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox

from guiapp.core.messages import Message
from guiapp.ml.session import Stopped
from guiapp.ui.common import bind
from guiapp.ui.common.document import Document, Setting, Value
from guiapp.ui.common.files import atomic_write, write_text
from guiapp.ui.common.jobs import KerasSession
from guiapp.ui.common.undo import SetValues


class Demo(Document):
    VERSION = 2
    epochs = Setting(5, low=1, high=500)
    rate = Setting(0.001, low=1e-5, high=10.0)
    optimizer = Setting("adam", choices=("adam", "sgd"))
    model = Value(None)

    def migrate(self, data, version):
        if version < 2 and "lr" in data:  # version 1 called it "lr"
            data["rate"] = data.pop("lr")
        return data


def test_document_notifies_saves_and_migrates():
    """A document notifies each change once, saves its settings with a version,
    and an old saved dict upgrades instead of breaking."""
    doc = Demo()
    seen = []
    doc.subscribe(seen.append)
    doc.epochs = 7
    doc.epochs = 7
    doc.model = object()
    assert seen == ["epochs", "model"]
    assert doc.to_dict() == {
        "version": 2,
        "epochs": 7,
        "rate": 0.001,
        "optimizer": "adam",
    }
    fresh = Demo()
    fresh.from_dict({"version": 1, "lr": 0.5, "epochs": "12"})
    assert (fresh.rate, fresh.epochs) == (0.5, 12)


@pytest.mark.parametrize(
    "saved", [None, [], "junk", {"epochs": "many"}, {"epochs": 1e999}, {"optimizer": 3}]
)
def test_damaged_saved_settings_keep_defaults(saved):
    """A damaged settings file never raises: the fields it spoils keep their defaults."""
    doc = Demo()
    doc.from_dict(saved)
    assert (doc.epochs, doc.optimizer) == (5, "adam")


def test_bound_widgets_follow_the_document(qtbot):
    """A bound spin box writes the user's edit to the document, shows the
    document's changes, and takes its range from the setting."""
    doc = Demo()
    spin = bind.spin_box(doc, "epochs")
    qtbot.addWidget(spin)
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 500, 5)
    spin.setValue(9)
    assert doc.epochs == 9
    doc.epochs = 3
    assert spin.value() == 3
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Adam", "adam")
    combo.addItem("SGD", "sgd")
    bind.combo_box(doc, "optimizer", combo)
    combo.setCurrentIndex(1)
    assert doc.optimizer == "sgd"
    doc.optimizer = "adam"
    assert combo.currentData() == "adam"


def test_undo_sets_the_document_back():
    """Undo and redo of a SetValues command change the document, and merged
    edits are one undo step."""
    doc = Demo()
    stack = QUndoStack()
    stack.push(SetValues(doc, {"epochs": 10}, "epochs", merge_id=1))
    stack.push(SetValues(doc, {"epochs": 20}, "epochs", merge_id=1))
    assert doc.epochs == 20 and stack.count() == 1
    stack.undo()
    assert doc.epochs == 5
    stack.redo()
    assert doc.epochs == 20


def _count(task, to):
    for i in range(to):
        task.check()
        task.report("progress", i)
        threading.Event().wait(0.01)  # a step of work in the job's thread
    return to


def _fail(task):
    raise ValueError(
        Message("layer {position}: unknown layer type {kind}", position=2, kind="Foo")
    )


def test_session_runs_reports_and_finishes(qtbot):
    """A job runs off the GUI thread, its reports arrive in order, then its result."""
    session = KerasSession()
    reports = []
    job = session.start("count", _count, 5)
    job.sig_report.connect(reports.append)
    with qtbot.waitSignal(job.sig_done, timeout=5000) as done:
        pass
    qtbot.waitUntil(lambda: not session.busy())
    assert done.args == [5]
    assert [r[1] for r in reports] == [0, 1, 2, 3, 4]


def test_session_stops_jobs_on_close(qtbot):
    """close() stops a long job within 2 s and says it stopped, not failed."""
    session = KerasSession()
    job = session.start("long", _count, 100000)
    stopped, failed = [], []
    job.sig_stopped.connect(lambda: stopped.append(True))
    job.sig_failed.connect(failed.append)
    qtbot.wait(50)
    began = time.perf_counter()
    assert session.close(2000)
    assert time.perf_counter() - began < 2
    qtbot.waitUntil(lambda: bool(stopped))
    assert not failed


def test_session_failure_is_a_sentence(qtbot):
    """A job that raises a guiapp Message reports the sentence, not a traceback."""
    session = KerasSession()
    job = session.start("fail", _fail)
    with qtbot.waitSignal(job.sig_failed, timeout=5000) as failed:
        pass
    qtbot.waitUntil(lambda: not session.busy())
    assert failed.args == ["layer 2: unknown layer type Foo"]


def test_atomic_write_keeps_the_old_file_on_error(tmp_path):
    """A write that fails half-way leaves the previous file whole and no stray file."""
    target = tmp_path / "net.json"
    write_text(target, "old")

    def broken(path):
        open(path, "w").write("half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(target, broken)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["net.json"]


def test_stopped_is_not_a_failure():
    """Stopped is its own exception (a job gave up on request)."""
    assert issubclass(Stopped, Exception)


def test_jobs_on_one_model_run_one_after_the_other(qtbot):
    """Two jobs holding the same lock never overlap (a fit never starts under a
    prediction on its model), and a waiting job still stops on request."""
    import threading

    from guiapp.ml.session import holding

    lock = threading.Lock()
    inside = []

    def work(task, name):
        inside.append(("in", name))
        threading.Event().wait(0.05)  # work in the job's thread
        inside.append(("out", name))
        return name

    session = KerasSession()
    first = session.start("a", holding, lock, work, "a")
    second = session.start("b", holding, lock, work, "b")
    qtbot.waitUntil(lambda: not session.busy(), timeout=5000)
    assert inside[0][0] == "in" and inside[1] == ("out", inside[0][1])
    assert not first.running and not second.running
    lock.acquire()
    try:
        waiting = session.start("c", holding, lock, work, "c")
        stopped = []
        waiting.sig_stopped.connect(lambda: stopped.append(True))
        assert session.close(2000)
        qtbot.waitUntil(lambda: bool(stopped))
    finally:
        lock.release()


def test_file_dialog_speaks_french(qtbot):
    """In French, Qt's own file dialog (the one guiapp opens where the system
    has none) has no English label left: "&Look in:" and "Files of &type:",
    which Qt's French catalogue lacks, come from guiapp's."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from guiapp.ui import i18n

    def labels():
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        dialog.deleteLater()
        return texts

    english = labels()
    assert "&Look in:" in english
    try:
        i18n.install("fr")
        french = labels()
    finally:
        i18n.install("en")
    assert "&Voir dans\u00a0:" in french
    assert not set(english) & set(french), french
    assert labels() == english
