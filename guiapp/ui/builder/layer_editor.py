"""The selected layer's settings, one widget per field of its type.

The form is generated from the registry (:mod:`guiapp.core.layer_types`): each
:class:`~guiapp.core.layer_types.Field` says its widget (``spin``,
``double_spin``, ``combo``, ``padding``), range, label and help sentence, so a
new layer type needs nothing here. A widget's range is the field's
:meth:`~guiapp.core.layer_types.Field.limits`, the range the checks accept:
every value of a valid stack is shown as it is, never clamped.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from ...core.layer_types import Field, StackError, layer_type
from ..common.number_box import NumberField, number_box
from ..common.texts import Texts
from ..i18n import translate_message as tm
from .edits import StackEditor
from .state import NETWORK, BuilderState


def _decimals(step: float) -> int:
    text = f"{step:g}"
    return len(text.partition(".")[2]) + 2


class LayerEditor(QGroupBox):
    """A form for the selected layer; edits go through the undo stack."""

    def __init__(self, state: BuilderState, editor: StackEditor, parent=None):
        super().__init__(parent)
        self.state, self.editor = state, editor
        self.texts = Texts()
        self.form = QFormLayout(self)
        # a label above its field when the panel is narrow (at 200 % zoom)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        #: field name -> its widget, for the layer shown
        self.widgets: dict[str, QWidget] = {}
        self._shown: tuple | None = None  # (row, type) the form was built for
        self._labels: list[tuple[QLabel, Field]] = []
        self._note: QLabel | None = None
        state.subscribe(self._on_state)
        self.refresh()

    # ---- public API
    def retranslate(self) -> None:
        self.texts.retranslate()
        self._render_title()
        for label, field in self._labels:
            label.setText(tm(field.label))
        for field in self._fields():
            if field.name in self.widgets:
                self.widgets[field.name].setToolTip(tm(field.help))
        if self._note is not None:
            self._note.setText(self.note_text())

    def refresh(self) -> None:
        """Show the selected layer: a new form for a new layer, else new values."""
        row = self.state.selection
        layers = self.state.layers
        layer = layers[row] if 0 <= row < len(layers) else None
        shown = None if layer is None else (row, layer["type"])
        if shown != self._shown:
            self._shown = shown
            self._build_form(layer)
        elif layer is not None:
            self._set_values(layer)
        self._render_title()

    # ---- building
    def _fields(self) -> tuple[Field, ...]:
        if self._shown is None:
            return ()
        return layer_type(self._shown[1]).fields

    def _build_form(self, layer: dict | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.widgets, self._labels, self._note = {}, [], None
        if layer is None:
            return
        for field in self._fields():
            widget = self._make_widget(field)
            widget.setToolTip(tm(field.help))
            label = QLabel(tm(field.label))
            label.setBuddy(widget)  # it names the field, in a refusal too
            self._labels.append((label, field))
            self.widgets[field.name] = widget
            self.form.addRow(label, widget)
        if not self._fields():
            self._note = QLabel(self.note_text())
            self._note.setWordWrap(True)
            self.form.addRow(self._note)
        self._set_values(layer)

    def note_text(self) -> str:
        """The sentence shown for a type without fields ("" otherwise)."""
        help_text = layer_type(self._shown[1]).help if self._shown else ""
        return tm(help_text) if help_text else ""

    def _make_widget(self, field: Field) -> QWidget:
        name = field.name
        low, high = field.limits()
        if field.editor in ("spin", "double_spin"):
            # what is typed is taken as it is, or refused with a sentence
            # (never turned into another number)
            widget = number_box(low, high, whole=field.editor == "spin")
            if field.editor == "spin":
                widget.setSingleStep(max(1, int(field.step)))
            else:
                widget.setDecimals(_decimals(field.step))
                widget.setSingleStep(field.step)
            widget.valueChanged.connect(
                lambda value, box=widget: self._edit(name, value, box)
            )
        else:  # combo, padding
            widget = QComboBox()
            for text, value in field.options():
                widget.addItem(text, value)
            widget.currentIndexChanged.connect(
                lambda index, combo=widget: self._edit(name, combo.itemData(index))
            )
        return widget

    def _set_values(self, layer: dict) -> None:
        for field in self._fields():
            widget, value = self.widgets[field.name], layer.get(field.name)
            with QSignalBlocker(widget):
                if isinstance(widget, QComboBox):
                    index = widget.findData(value)
                    if index < 0:  # a value the list does not offer (P = 9 from a file)
                        text = f"P = {value}" if field.kind == "padding" else str(value)
                        widget.addItem(text, value)
                        index = widget.count() - 1
                    widget.setCurrentIndex(index)
                else:
                    widget.setValue(value)

    def _render_title(self) -> None:
        if self._shown is None:
            self.setTitle(self.tr("Selected layer"))
        else:
            row, kind = self._shown
            self.setTitle(
                self.tr("Layer %1: %2").replace("%1", str(row + 1)).replace("%2", kind)
            )

    # ---- edits
    def _edit(self, name: str, value, box: QWidget | None = None) -> None:
        if self._shown is None:
            return
        try:
            self.editor.set_layer_field(self._shown[0], name, value)
        except StackError as error:  # the type refuses it: say why, keep the layer
            self._set_values(self.state.layers[self._shown[0]])
            if isinstance(box, NumberField):
                box.refuse(tm(error.args[0] if error.args else str(error)))

    def _on_state(self, name: str) -> None:
        if name in (NETWORK, "selection"):
            self.refresh()
