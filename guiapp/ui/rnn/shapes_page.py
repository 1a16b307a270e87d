"""Page 3 of the RNN tab: what a recurrent layer returns, and its parameters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import cells
from ...core.layers import recurrent_outputs
from ...ml import rnn as rnn_jobs
from ..common import bind
from ..common.tab import Tab
from ..common.texts import Texts, add_rows
from .parts import FitTable, SidePanel, fill, listen, panel_form
from .state import SHAPE_CASES, SHAPE_FIELDS, KerasCheck, RnnState


def _descriptions_for_lupdate() -> None:  # pyside6-lupdate reads literal strings only
    # the descriptions of guiapp.core.cells, translated in ShapesPage's context
    QCoreApplication.translate(
        "ShapesPage", "(Wx: features×units, Wy: units×units, b: units)"
    )
    QCoreApplication.translate("ShapesPage", "(four gates, each like a SimpleRNN)")
    QCoreApplication.translate("ShapesPage", "(three gates, two biases each in Keras)")


class ShapesPage(QWidget):
    """Shapes returned by SimpleRNN, LSTM and GRU, checked against Keras on request."""

    def __init__(self, state: RnnState, tab: Tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.session = tab.session
        self.tab = tab
        self.texts = Texts()
        texts = self.texts
        self.job = None
        self.asked: tuple = ()

        self.cell_combo = QComboBox()
        for name in cells.names():
            self.cell_combo.addItem(name, name)
        bind.combo_box(state, "shape_cell", self.cell_combo)
        self.batch_spin = bind.spin_box(state, "shape_batch")
        self.steps_spin = bind.spin_box(state, "shape_steps")
        self.features_spin = bind.spin_box(state, "shape_features")
        self.units_spin = bind.spin_box(state, "shape_units")
        self.sequences_check = bind.check_box(
            state, "return_sequences", QCheckBox("return_sequences")
        )
        self.state_check = bind.check_box(
            state, "return_state", QCheckBox("return_state")
        )
        self.cases_combo = QComboBox()
        self.cases_combo.addItem("", None)
        for index in range(len(SHAPE_CASES)):
            self.cases_combo.addItem("", index)
        texts(self._name_cases)
        self.cases_combo.activated.connect(self._on_case_chosen)
        # the cases are long ("LSTM(16, return_sequences, return_state) on an
        # input of shape (32, 20, 8)"): the box keeps the side panel narrow, its list shows
        # them whole, and its tooltip the chosen one
        self.cases_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cases_combo.setMinimumContentsLength(16)
        self.cases_combo.currentIndexChanged.connect(self._tell_case)
        self.shapes_table = FitTable(stretch=True)
        texts(
            lambda: self.shapes_table.setAccessibleName(
                self.tr("Shapes, layer by layer")
            )
        )
        self.shapes_table.setColumnCount(2)
        self.shapes_table.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum
        )
        texts(
            lambda: self.shapes_table.setHorizontalHeaderLabels(
                [self.tr("Returned"), self.tr("Shape")]
            )
        )
        self.shapes_table.verticalHeader().hide()
        self.params_label = QLabel()
        self.params_label.setWordWrap(True)
        self.keras_button = QPushButton()
        texts(lambda: self.keras_button.setText(self.tr("Check with Keras")))
        self.keras_button.clicked.connect(self.check_with_keras)
        self.keras_label = QLabel()
        self.keras_label.setWordWrap(True)

        form = panel_form()
        add_rows(
            form,
            texts,
            (
                (lambda: self.tr("Course cases:"), self.cases_combo),
                (lambda: self.tr("Layer:"), self.cell_combo),
                (lambda: self.tr("Batch:"), self.batch_spin),
                (lambda: self.tr("Time steps:"), self.steps_spin),
                (lambda: self.tr("Features:"), self.features_spin),
                (lambda: self.tr("Units:"), self.units_spin),
            ),
        )
        form.addRow(self.sequences_check)
        form.addRow(self.state_check)
        # the settings beside what the layer returns: stacked, they were
        # taller than a projector's screen
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addLayout(form)
        column.addStretch(1)
        results = QVBoxLayout()
        results.addWidget(self.shapes_table)
        results.addWidget(self.params_label)
        results.addWidget(self.keras_button)
        results.addWidget(self.keras_label)
        results.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(SidePanel(controls, self))
        layout.addLayout(results, 1)

        listen(state, self, self._on_state)
        self.render()

    # ---- public slots
    def check_with_keras(self) -> bool:
        """Ask Keras for the same layer's shapes and count (in a worker);
        False if a check is already running."""
        if self.job is not None:
            return False
        self.keras_label.setText(self.tr("Asking Keras…"))
        self.keras_button.setEnabled(False)
        #: the settings Keras was asked about
        self.asked = self.state.shape_settings()
        self.job = self.session.start(
            "rnn-check-keras", rnn_jobs.check_layer, *self.asked
        )
        self.job.sig_done.connect(self._on_checked)
        self.job.sig_failed.connect(self._on_check_failed)
        self.job.sig_finished.connect(self._on_check_finished)
        return True

    def _name_cases(self) -> None:
        """The course's cases in the user's language (the layers as Keras
        writes them)."""
        self.cases_combo.setItemText(0, self.tr("Course cases…"))
        for index, (layer, case) in enumerate(SHAPE_CASES):
            _, batch, steps, features, *_ = case
            self.cases_combo.setItemText(
                index + 1,
                fill(
                    self.tr("%1 on an input of shape %2"),
                    layer,
                    (batch, steps, features),
                ),
            )
        self._tell_case(self.cases_combo.currentIndex())

    def _tell_case(self, index: int) -> None:
        chosen = self.cases_combo.itemData(index) is not None
        self.cases_combo.setToolTip(self.cases_combo.itemText(index) if chosen else "")

    def _on_case_chosen(self, index: int) -> None:
        case = self.cases_combo.itemData(index)
        if case is not None:
            self.state.apply_shape_case(case)

    # ---- job slots
    def _on_checked(self, result) -> None:
        shapes, count = result
        self.state.keras_check = KerasCheck(self.asked, shapes, count)

    def _on_check_failed(self, message: str) -> None:
        self.keras_label.setText(message)
        self.tab.sig_status.emit(message)

    def _on_check_finished(self) -> None:
        self.job = None
        self.keras_button.setEnabled(True)

    # ---- rendering from the state
    def _on_state(self, name: str) -> None:
        if name == "keras_check" or name in SHAPE_FIELDS:
            self.render()

    def render(self) -> None:
        kind, batch, steps, features, units, sequences, state = (
            self.state.shape_settings()
        )
        outputs = recurrent_outputs(
            kind, batch, steps, features, units, sequences, state
        )
        names = {
            "output": self.tr("output"),
            "final state": self.tr("final state"),
            "memory state": self.tr("memory state (h)"),
            "carry state": self.tr("carry state (c)"),
        }
        self.shapes_table.setRowCount(len(outputs))
        for row, (name, shape) in enumerate(outputs):
            self.shapes_table.setItem(row, 0, QTableWidgetItem(names[name]))
            self.shapes_table.setItem(row, 1, QTableWidgetItem(str(shape)))
        self.shapes_table.fit()
        cell = cells.cell(kind)
        _, formula = cell.params(units, features)
        self.params_label.setText(
            fill(self.tr("Parameters: %1"), formula)
            + "   "
            + QCoreApplication.translate("ShapesPage", cell.description)
        )
        self.render_check()

    def render_check(self) -> None:
        check = self.state.keras_check
        if check is None or check.settings != self.state.shape_settings():
            if self.job is None:
                self.keras_label.clear()
            return
        kind, batch, steps, features, units, sequences, state = check.settings
        ours = [
            shape
            for _, shape in recurrent_outputs(
                kind, batch, steps, features, units, sequences, state
            )
        ]
        same = (
            check.shapes == ours
            and check.count == cells.cell(kind).params(units, features)[0]
        )
        self.keras_label.setText(
            ("✓ " if same else "✗ ")
            + fill(
                self.tr("Keras: %1, %2 parameters."),
                ", ".join(str(s) for s in check.shapes),
                check.count,
            )
        )

    def retranslate(self) -> None:
        self.texts.retranslate()
        self.render()
