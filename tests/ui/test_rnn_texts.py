"""Every word the RNN tab shows goes through Qt's translation: with a
translator that marks each text it is asked for, no English word is left
outside a mark on any page (labels, buttons, tooltips, accessible names,
combo box items, table headers, plot titles and legends). Only the names
of Keras's own layers, arguments and activations, which a student types as
they are, and the course's math letters stay as written."""

import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTableWidget, QWidget

pytestmark = pytest.mark.gui

#: written as Keras (or the course's formulas) writes them, in any language
CODE = {
    "SimpleRNN",
    "LSTM",
    "GRU",
    "Dense",
    "relu",
    "tanh",
    "sigmoid",
    "linear",
    "RMSprop",
    "Adam",
    "SGD",
    "return_sequences",
    "return_state",
    "Wx",
    "Wy",
    "x_t",
}
MARKED = re.compile(r"⟦[^⟦⟧]*(?:⟧|$)")  # an elided title ends without its mark
WORD = re.compile(r"[A-Za-z][A-Za-z_]*[A-Za-z]")


class Marker(QTranslator):
    """Gives every text back between ⟦ and ⟧."""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧" if source else ""


def english_left(text: str) -> list[str]:
    """The words of ``text`` outside the marks, Keras's names apart."""
    text = re.sub(r"<[^>]+>", "", text)  # a legend's or a label's HTML
    return [w for w in WORD.findall(MARKED.sub(" ", text)) if w not in CODE]


def shown_texts(page: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user sees or hears on ``page``."""
    found = []
    for widget in [page] + page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        where = type(widget).__name__
        texts = [
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            for header in (widget.horizontalHeaderItem, widget.verticalHeaderItem):
                for index in range(max(widget.columnCount(), widget.rowCount())):
                    item = header(index)
                    if item is not None:
                        texts.append(item.text())
        if isinstance(widget, pg.PlotWidget):
            item = widget.getPlotItem()
            texts.append(item.titleLabel.text)
            for side in ("left", "bottom", "right", "top"):
                texts.append(item.getAxis(side).labelText or "")
            if item.legend is not None:
                texts += [label.text for _, label in item.legend.items]
        found += [(where, text) for text in texts if text]
    return found


@pytest.fixture
def marked_tab(qtbot, context):
    from guiapp.ui.rnn.state import Gradients, KerasCheck, RnnState
    from guiapp.ui.rnn.tab import RnnTab

    app = QCoreApplication.instance()
    marker = Marker(app)
    app.installTranslator(marker)
    state = RnnState()
    tab = RnnTab(state, context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.retranslate()
    # the texts that come with work done: a stepped cell, a course case
    # chosen, Keras's answer, gradients, a finished fit
    state.course_cell()
    state.step_cell()
    tab.shapes_page.cases_combo.setCurrentIndex(1)
    tab.shapes_page.cases_combo.activated.emit(1)
    state.keras_check = KerasCheck(state.shape_settings(), [(1, 3)], 18)
    state.gradients = Gradients("SimpleRNN", "tanh", 5, 1.0, np.linspace(1, 0.1, 5))
    state.train_outcome = {"epochs": 1, "mse": 0.01, "stopped": True}
    yield tab
    tab.shutdown()
    app.removeTranslator(marker)
    tab.retranslate()


def test_no_english_word_outside_the_translation(marked_tab, qtbot):
    """Pages, combo items, tooltips, plot titles and legends: all translated
    ("SimpleRNN(3) on (1, 5, 2)" and the cell's "sigmoid(sum)" were not)."""
    left = []
    for name in marked_tab.page_names():
        marked_tab.show_page(name)
        page = marked_tab.pages.currentWidget()
        qtbot.waitUntil(page.isVisible)
        for where, text in shown_texts(page):
            words = english_left(text)
            if words:
                left.append(f"{name} {where}: {words} in {text!r}")
    assert not left, "\n".join(left)


def test_the_marks_are_seen(marked_tab):
    """The check above reads the texts it means to (a marker that marked
    nothing would pass it)."""
    marked_tab.show_page("shapes")
    texts = [text for _, text in shown_texts(marked_tab.shapes_page)]
    assert "⟦SimpleRNN(3) on an input of shape (1, 5, 2)⟧" in texts
    assert english_left("⟦Step⟧ Step back SimpleRNN") == ["Step", "back"]
