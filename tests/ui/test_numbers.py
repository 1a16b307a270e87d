"""Numbers follow the language: 0,2808 in French, 0.2808 in English, and a
language switch writes the ones on screen again (issue 10)."""

import re

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui

NNBSP = "\u202f"  # QLocale's French group separator, and the space before %


@pytest.fixture
def language(qapp):
    """``language("fr")`` sets the locale a switch to French sets (the numbers'
    part of it: no translator, so no window is told); English after the test."""
    from PySide6.QtCore import QLocale

    def set_language(code: str) -> None:
        QLocale.setDefault(
            QLocale(
                QLocale.Language.French if code == "fr" else QLocale.Language.English
            )
        )

    yield set_language
    set_language("en")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from guiapp.ui import i18n
    from guiapp.ui.main_window import MainWindow

    monkeypatch.setenv("GUIAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    win = MainWindow("en", restore=False, quiet=True)
    qtbot.addWidget(win)
    yield win
    # back to English before closing: a translator changed after the close
    # would retranslate the closed window's tabs while Qt deletes them
    win.set_language("en")
    win.finish_updates()
    win.close()
    i18n.install("en")


def switch(window, qtbot, language: str) -> None:
    """Switch the window's language and wait until every made tab has its texts."""
    window.set_language(language)
    qtbot.waitUntil(lambda: not window.pending_updates(), timeout=10000)


# ---- the one place numbers are written


def test_french_writes_a_decimal_comma_and_english_a_point(language):
    from guiapp.ui.common import numbers

    language("fr")
    assert numbers.decimal(0.28081234, 4) == "0,2808"
    assert numbers.significant(1234.5678, 3) == "1,23e+03"
    assert numbers.significant(0.5, 6) == "0,5"
    assert numbers.integer(108810) == f"108{NNBSP}810"
    assert numbers.percent(0.8995, 2) == f"89,95{NNBSP}%"
    assert numbers.cell(1 / 9) == "0,1111" and numbers.cell(-2.0) == "-2"
    assert numbers.cell(1e6) == "1000000"  # a cell is never grouped
    assert numbers.sequence([0.1, -2], 3) == "0,100\u00a0; -2,000"
    assert numbers.formula("(10 - 3 + 2*0)/2 + 1 = 4.5 -> 4").endswith("4,5 -> 4")
    language("en")
    assert numbers.decimal(0.28081234, 4) == "0.2808"
    assert numbers.significant(1234.5678, 3) == "1.23e+03"
    assert numbers.integer(108810) == "108,810"
    assert numbers.percent(0.8995, 2) == "89.95%"
    assert numbers.cell(1 / 9) == "0.1111"
    assert numbers.sequence([0.1, -2], 3) == "0.100, -2.000"
    assert numbers.formula("= 4.5 -> 4") == "= 4.5 -> 4"


@pytest.mark.parametrize("code", ["fr", "en"])
def test_nan_infinity_negative_zero_and_huge_integers(language, code):
    """NaN reads —, the infinities ∞ and -∞, a value rounding to zero never
    -0, and an integer beyond QLocale's 64 bits is grouped whole."""
    from guiapp.ui.common import numbers

    language(code)
    group = NNBSP if code == "fr" else ","
    nan, inf = float("nan"), float("inf")
    for write in (
        lambda v: numbers.decimal(v, 4),
        lambda v: numbers.significant(v, 3),
        numbers.integer,
        numbers.cell,
    ):
        assert write(nan) == "—"
        assert write(inf) == "∞" and write(-inf) == "-∞"
        assert write(np.float32("nan")) == "—"
    assert numbers.percent(nan) == "—"
    assert numbers.decimal(-0.00001, 4) == ("0,0000" if code == "fr" else "0.0000")
    assert numbers.significant(-0.0, 3) == "0" and numbers.cell(-0.0) == "0"
    assert numbers.integer(2**70) == group.join(
        ["1", "180", "591", "620", "717", "411", "303", "424"]
    )
    assert numbers.integer(-(2**64)).startswith("-18" + group + "446")
    assert numbers.integer(np.int64(2**62)).replace(group, "") == str(2**62)


def test_a_cell_reads_back_in_both_languages(language):
    """What a typed cell shows, parse_number reads back: 0,25 in French, 0.25 in English."""
    from guiapp.core.kernels import parse_number
    from guiapp.ui.common import numbers

    for code in ("fr", "en"):
        language(code)
        for value in (0.25, -1.5, 1 / 9, 1234.0, -2.0, 3.5e-7):
            assert parse_number(numbers.cell(value)) == pytest.approx(value, rel=1e-3)


# ---- the training tab


def evaluation(loss=0.28081234):
    """An evaluation of 1 000 test images, 899 right."""
    from guiapp.ml.evaluation import summarize_predictions

    labels = np.arange(1000) % 10
    predicted = labels.copy()
    predicted[:101] = (labels[:101] + 1) % 10
    probabilities = np.full((1000, 10), 0.01)
    probabilities[np.arange(1000), predicted] = 0.91
    return summarize_predictions(probabilities, labels, loss=loss)


def test_training_results_follow_the_language(window, qtbot):
    """The evaluation (4 decimals, as the course prints them, and a percentage),
    the per-class accuracy, the last epoch's loss and the batch counts: commas
    and French spaces in French, points again after switching back."""
    from guiapp.ui.train.state import RunProgress

    window.show_tab("train")
    train = window.train_tab
    state = train.state
    state.evaluation = evaluation()
    state.status = ("done", False, 10, (0.28081234, 0.8995))
    result, label = train.evaluate_page.result_label, train.panel.progress_label
    assert "0.2808" in result.text() and "0.8990 (89.90%)" in result.text()
    assert "loss 0.2808, accuracy 0.8995" in label.text()

    switch(window, qtbot, "fr")
    assert "0,2808" in result.text() and f"0,8990 (89,90{NNBSP}%)" in result.text()
    assert "0,2808" in label.text() and "0,8995" in label.text()
    assert "0.28" not in result.text() + label.text()
    assert f"90{NNBSP}%" in train.evaluate_page.per_class.text()
    # each class, then its accuracy: "1 : 90 %" (it read "0 89 %, 1 90 %")
    assert f"1\u00a0: 90{NNBSP}%" in train.evaluate_page.per_class.text()
    state.run = RunProgress(0, 2, 1500, 64, 0.0, batches_done=1200, batch=1199)
    state.status = ("progress",)
    assert f"1{NNBSP}200/1{NNBSP}500" in label.text()

    switch(window, qtbot, "en")
    assert "1,200/1,500" in label.text()
    state.status = ("done", False, 10, (0.28081234, 0.8995))
    assert "0.2808" in result.text() and "0.8990 (89.90%)" in result.text()
    assert "loss 0.2808, accuracy 0.8995" in label.text()


def test_a_diverged_evaluation_says_so_without_python_words(window, qtbot):
    """A NaN loss reads — (not nan, nor 17 digits)."""
    window.show_tab("train")
    state = window.train_tab.state
    state.evaluation = evaluation(loss=float("nan"))
    text = window.train_tab.evaluate_page.result_label.text()
    assert "—" in text and "nan" not in text


# ---- the RNN tab


def test_rnn_numbers_follow_the_language(window, qtbot):
    """The cell's equation and history table, the series window, the training
    MSE and the gradient ratio: commas in French (lists split by ' ; '),
    points again in English."""
    from guiapp.ui.rnn.state import Gradients

    window.show_tab("rnn")
    rnn = window.rnn_tab
    state = rnn.state
    state.course_cell()
    state.set_sequence_value(0, 0, 0.25)
    state.step_cell()
    state.train_outcome = {"epochs": 200, "mse": 0.0123456, "stopped": False}
    state.gradients = Gradients(
        "SimpleRNN", "tanh", 3, 1.0, np.array([1.0, 0.5, 0.0125])
    )
    cell, series = rnn.cell_page, rnn.series_page

    def shown():
        return {
            "equation": cell.equation.text(),
            "history": cell.history_table.item(0, 0).text(),
            "sequence": cell.sequence_table.item(0, 0).text(),
            "window": series.window_label.text(),
            "mse": rnn.train_page.status.text(),
            "gradients": rnn.gradients_page.label.text(),
        }

    english = shown()
    assert english["sequence"] == "0.25" and "." in english["history"]
    assert "MSE 0.0123" in english["mse"] and "0.0125 times" in english["gradients"]

    switch(window, qtbot, "fr")
    french = shown()
    assert french["sequence"] == "0,25"
    assert french["history"] == english["history"].replace(".", ",")
    x_t = french["equation"].split("\n")[0]
    assert "[0,250\u00a0; " in x_t and "." not in x_t
    assert "\u00a0; " in french["window"] and "." not in french["window"]
    assert "0,0123" in french["mse"] and "0,0125" in french["gradients"]

    switch(window, qtbot, "en")
    assert shown() == english


def test_a_comma_typed_in_a_sequence_cell_is_a_decimal(window, qtbot):
    """In French the cell shows 0,5 for a typed '0,5'; a point is read too."""
    window.show_tab("rnn")
    page, state = window.rnn_tab.cell_page, window.rnn_tab.state
    switch(window, qtbot, "fr")
    page.sequence_table.item(0, 1).setText("0,5")
    assert state.sequence[0, 1] == 0.5 and page.sequence_message.text() == ""
    assert page.sequence_table.item(0, 1).text() == "0,5"
    page.sequence_table.item(1, 1).setText("-1.25")
    assert state.sequence[1, 1] == -1.25
    assert page.sequence_table.item(1, 1).text() == "-1,25"


# ---- images and the builder


def test_the_value_under_the_cursor_and_the_colour_bar(qtbot, language):
    """Hovering a pixel reads its value in the user's language, and a language
    switch (the window sets the tab's locale) writes it again."""
    from PySide6.QtCore import QLocale, QPointF
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from guiapp.ui.image_view import ImagePane

    tab = QWidget()  # the window sets each tab's locale on a switch
    pane = ImagePane(parent=tab)
    QVBoxLayout(tab).addWidget(pane)
    qtbot.addWidget(tab)
    tab.resize(400, 300)
    tab.show()
    qtbot.waitExposed(tab)
    pane.set_image(np.array([[0.5, -1.25], [1.0, np.nan]]), "diverging")

    def hover(row: int, col: int) -> str:
        point = pane.view.mapViewToScene(QPointF(col + 0.5, row + 0.5))
        pane._on_mouse_moved(point)
        return pane.readout.text()

    assert hover(0, 1) == "[0, 1] = -1.25"
    assert hover(1, 1) == "[1, 1] = —"

    language("fr")
    tab.setLocale(QLocale())
    assert hover(0, 0) == "[0, 0] = 0,5"
    hover(0, 1)
    language("en")
    tab.setLocale(QLocale())
    assert pane.readout.text() == "[0, 1] = -1.25"  # written again, no hover needed
    assert "0.5" in [text for _, text in pane.bar.labels()]  # ticks -1 to 1
    language("fr")
    tab.setLocale(QLocale())
    assert pane.readout.text() == "[0, 1] = -1,25"
    assert [text for _, text in pane.bar.labels()] == ["-1", "-0,5", "0", "0,5", "1"]


def test_builder_totals_and_formulas_follow_the_language(window, qtbot):
    """108 810 parameters and 425,0 KiB in French; a size formula that is not
    whole reads 13,5 in French and 13.5 in English."""
    window.show_tab("builder")
    builder = window.builder_tab
    builder.load_preset("fashion-cnn")

    def formulas() -> str:
        table = builder.summary.table
        return " ".join(table.item(r, 4).text() for r in range(1, table.rowCount()))

    switch(window, qtbot, "fr")
    totals = builder.summary.totals.text()
    assert f"108{NNBSP}810" in totals and "425,0" in totals
    builder.set_layer_field(0, "strides", 2)
    assert "(28 - 3 + 2*0)/2 + 1 = 13,5" in formulas()
    assert not re.search(r"\d\.\d", formulas())
    switch(window, qtbot, "en")
    assert "(28 - 3 + 2*0)/2 + 1 = 13.5" in formulas()
    builder.undo_stack.undo()
    assert "108,810" in builder.summary.totals.text()


def test_kernel_cells_and_the_training_sample_counts_follow_the_language(window, qtbot):
    """The box blur's cells read 0,1111 in French (they stayed 0.1111), and
    the Samples page writes 5 000 with the language's grouping."""
    editor = window.conv_tab.kernel_editor
    editor.set_preset("box_blur")
    samples = window.train_tab.samples_page

    def shows(text):
        return any(text in label.text() for label in samples.findChildren(QLabel))

    window.train_tab.state.page = "samples"
    qtbot.waitUntil(lambda: shows("000"), timeout=30000)  # the dataset is read
    switch(window, qtbot, "fr")
    assert editor.table.item(0, 0).text() == "0,1111"
    assert shows(NNBSP + "000 ")
    switch(window, qtbot, "en")
    assert editor.table.item(0, 0).text() == "0.1111"
    assert shows(",000 ")
