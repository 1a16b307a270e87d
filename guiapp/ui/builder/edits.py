"""The builder's undoable edits: each pushes one command that changes the state.

Views call these; the state notifies and every view renders again. Undo and
redo set the state back (the views follow the same way).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from ...presets import preset
from ..common.undo import SetValues
from .state import NETWORK, BuilderState, NetworkFile, read_network_file, shape_text


class StackEditor(QObject):
    """Add, remove, duplicate, move and edit layers; set the input or a whole stack."""

    def __init__(self, state: BuilderState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.undo_stack = QUndoStack(self)

    def _push(self, values: dict, text) -> None:
        if "selection" not in values:
            values = {**values, "selection": self.state.selection}
        if values[NETWORK] == self.state.network and (
            values["selection"] == self.state.selection
        ):
            return  # nothing changes: no empty undo step
        self.undo_stack.push(SetValues(self.state, values, text))

    # ---- public API
    def set_stack(self, input_shape, layers, text: str | None = None) -> None:
        """Replace the whole stack (undoable); raises StackError if malformed."""
        network = self.state.checked(input_shape, layers)
        self._push(
            {NETWORK: network, "selection": 0 if network[1] else -1},
            text or (lambda: self.tr("Set network")),
        )

    def open_network(self, content: bytes | str, text=None) -> NetworkFile:
        """Replace the stack by a network file's (one undo step): the state-level
        load path of Open. Raises StackError naming what is wrong; then nothing
        changed and no undo step was pushed."""
        read = read_network_file(content)
        self.set_stack(*read.network, text or (lambda: self.tr("Open network")))
        return read

    def load_preset(self, name: str, label=None) -> None:
        """The course network ``name`` (see guiapp.presets), undoable; ``label``
        names it in the undo step (a function, called again in a new language)."""

        def text() -> str:
            shown = label() if callable(label) else label
            return self.tr("Preset %s") % (shown or name)

        self.set_stack(*preset(name), text)

    def set_input_axis(self, axis: int, value: int) -> None:
        """Change H (0), W (1) or D (2) of the input."""
        shape = list(self.state.input_shape)
        shape[axis] = value
        self._push(
            self.state.with_input(shape),
            lambda: self.tr("Input %1").replace("%1", shape_text(shape)),
        )

    def add_layer(self, kind: str) -> None:
        """A new layer of type ``kind`` after the selected one."""
        self._push(self.state.added(kind), lambda: self.tr("Add %s") % kind)

    def remove_layer(self, row: int | None = None) -> None:
        row = self.state.selection if row is None else row
        if not 0 <= row < len(self.state.layers):
            return
        kind = self.state.layers[row]["type"]
        self._push(self.state.removed(row), lambda: self.tr("Remove %s") % kind)

    def duplicate_layer(self, row: int | None = None) -> None:
        row = self.state.selection if row is None else row
        if not 0 <= row < len(self.state.layers):
            return
        kind = self.state.layers[row]["type"]
        self._push(self.state.duplicated(row), lambda: self.tr("Duplicate %s") % kind)

    def move_layer(self, step: int, row: int | None = None) -> None:
        """Move the layer ``step`` places (-1 up, +1 down)."""
        row = self.state.selection if row is None else row
        self.move_layer_to(row, row + step)

    def move_layer_to(self, row: int, target: int) -> None:
        layers = self.state.layers
        if not (0 <= row < len(layers) and 0 <= target < len(layers)) or row == target:
            return
        kind = layers[row]["type"]
        self._push(self.state.moved(row, target), lambda: self.tr("Move %s") % kind)

    def set_layer_field(self, row: int, key: str, value) -> None:
        """Change one field of one layer (undoable); raises StackError if refused."""
        if self.state.layers[row].get(key) == value:
            return
        kind = self.state.layers[row]["type"]
        self._push(
            self.state.edited(row, key, value), lambda: self.tr("Edit %s") % kind
        )
