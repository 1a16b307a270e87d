"""The list of layers with its buttons: add, duplicate, remove, move, drag."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.layer_types import layer_type, layer_type_names
from ..common.numbers import formula
from ..common.texts import Texts
from .edits import StackEditor
from .state import NETWORK, BuilderState


def _name(button: QToolButton, text: str) -> None:
    """A glyph button's tooltip and its name for a screen reader."""
    button.setToolTip(text)
    button.setAccessibleName(text)


#: how many layers the list shows at least, in any zoom
LIST_LINES = 6


class LayerList(QWidget):
    """The layers, input at the top; the selection is the state's."""

    def __init__(self, state: BuilderState, editor: StackEditor, parent=None):
        super().__init__(parent)
        self.state, self.editor = state, editor
        self.texts = Texts()

        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.texts(lambda: self.list.setAccessibleName(self.tr("Layers")))
        self.texts(
            lambda: self.list.setToolTip(
                self.tr(
                    "The layers, input at the top. Drag to reorder; "
                    "Delete removes, Ctrl+D duplicates, Ctrl+Up/Down moves."
                )
            )
        )
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.currentRowChanged.connect(self._on_current_row)

        self.add_button = QToolButton()
        self.texts(lambda: self.add_button.setText(self.tr("Add layer")))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_menu.triggered.connect(self._on_add_action)
        self._fill_add_menu()
        self.add_button.setMenu(self.add_menu)
        self.duplicate_button = QPushButton()
        self.remove_button = QPushButton()
        # arrows as small as their glyph (a push button is at least 80 px wide)
        self.up_button = QToolButton()
        self.down_button = QToolButton()
        self.up_button.setText("↑")
        self.down_button.setText("↓")
        self.texts(lambda: self.duplicate_button.setText(self.tr("Duplicate")))
        self.texts(lambda: self.remove_button.setText(self.tr("Remove")))
        self.texts(
            lambda: _name(self.up_button, self.tr("Move the layer up (Ctrl+Up)"))
        )
        self.texts(
            lambda: _name(self.down_button, self.tr("Move the layer down (Ctrl+Down)"))
        )
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(self.move_selected_up)
        self.down_button.clicked.connect(self.move_selected_down)
        for keys, slot in (
            ("Delete", self.remove_selected),
            ("Ctrl+D", self.duplicate_selected),
            ("Ctrl+Up", self.move_selected_up),
            ("Ctrl+Down", self.move_selected_down),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        # two rows: the panel stays narrow at 200 % zoom
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.add_button, 1)
        first.addWidget(self.up_button)
        first.addWidget(self.down_button)
        second.addWidget(self.duplicate_button)
        second.addWidget(self.remove_button)
        self.add_button.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(first)
        layout.addLayout(second)

        state.subscribe(self._on_state)
        # the lines again in a new language (a rate reads 0,25 in French)
        self.texts(self._render_items)
        self._fit_list()

    def _fit_list(self) -> None:
        # at least LIST_LINES layers in view, in the current font (the zoom)
        self.list.setMinimumHeight(LIST_LINES * self.list.fontMetrics().height())

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_list()

    # ---- slots (the buttons and keys)
    def duplicate_selected(self) -> None:
        self.editor.duplicate_layer()

    def remove_selected(self) -> None:
        self.editor.remove_layer()

    def move_selected_up(self) -> None:
        self.editor.move_layer(-1)

    def move_selected_down(self) -> None:
        self.editor.move_layer(+1)

    # ---- rendering
    def _fill_add_menu(self) -> None:
        # read when shown: a layer type registered later appears too
        self.add_menu.clear()
        for kind in layer_type_names():
            action = self.add_menu.addAction(kind)
            action.setData(kind)

    def _on_add_action(self, action) -> None:
        self.editor.add_layer(action.data())

    def _on_state(self, name: str) -> None:
        if name == NETWORK:
            self._render_items()
        elif name == "selection":
            self._render_selection()

    def _render_items(self) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for index, layer in enumerate(self.state.layers):
                # "Dropout 0,25" in French, as the editor's fields write it
                text = (
                    f"{index + 1}. {formula(layer_type(layer['type']).describe(layer))}"
                )
                self.list.addItem(QListWidgetItem(text))
        self._render_selection()

    def _render_selection(self) -> None:
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(self.state.selection)

    def _on_current_row(self, row: int) -> None:
        self.state.selection = row

    def _on_rows_moved(self, parent, start, end, destination, row) -> None:
        target = row if row < start else row - 1
        # through the undo stack so the drag can be undone
        self.editor.move_layer_to(start, target)
        self._render_items()  # a drop that changes nothing: put the item back
