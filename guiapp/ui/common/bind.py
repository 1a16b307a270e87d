"""Widgets bound to one field of a document (napari's small control files).

Each function makes (or takes) a widget, sets it from the document, writes the
user's edits to the document, and follows the document's later changes; the
range comes from the field's :class:`~guiapp.ui.common.document.Setting`, so a
new control is one field in the state plus one line here:

    form.addRow(self.tr("Epochs:"), bind.spin_box(state, "epochs"))

The widget never becomes the source of truth: nothing reads a value back out of
a widget elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QSizePolicy,
    QWidget,
)

from .document import Document
from .number_box import WHOLE_LIMIT, DecimalBox, IntegerBox, WholeBox, number_box

__all__ = [
    "spin_box",
    "double_spin_box",
    "combo_box",
    "check_box",
    "follow",
    "message_label",
]


def follow(document: Document, name: str, update, widget: QWidget) -> None:
    """Call ``update(value)`` now and whenever ``document.name`` changes, while
    ``widget`` exists (its signals blocked, so the update is not an edit)."""

    def on_change(changed: str) -> None:
        if changed != name:
            return
        try:
            blocker = QSignalBlocker(widget)
        except RuntimeError:  # the widget was deleted: stop following
            document.unsubscribe(on_change)
            return
        update(getattr(document, name))
        del blocker

    document.subscribe(on_change)
    with QSignalBlocker(widget):
        update(getattr(document, name))


def _range(document: Document, name: str, lowest, highest):
    """The setting's range; ValueError if it has none or a wider one than the
    widget holds (``lowest``, ``highest``): the widget would clamp a value the
    document accepts (from a settings file, say), silently."""
    setting = type(document).settings()[name]
    low, high = setting.low, setting.high
    if low is None or high is None or low < lowest or high > highest:
        raise ValueError(
            f"{name}: a bound widget holds [{lowest}, {highest}]; give the setting "
            f"a low and a high within it, not [{low}, {high}]"
        )
    return low, high


def message_label(text: str = "") -> QLabel:
    """A QLabel for messages: word-wrapped, and never wider than its column.

    A long word (a path, a typed value) is cut at the column's edge instead of
    widening the panel past the screen; shorten what a message echoes too
    (:func:`guiapp.core.layer_types.shorten`).
    """
    label = QLabel(text)
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    return label


def _no_wheel_without_focus(widget: QAbstractSpinBox | QComboBox) -> None:
    # scrolling the side panel must not change values under the pointer
    from PySide6.QtCore import Qt

    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def spin_box(
    document: Document, name: str, widget: IntegerBox | WholeBox | None = None
) -> IntegerBox | WholeBox:
    """A whole-number field for an int setting, its range the setting's (a
    :class:`~guiapp.ui.common.number_box.WholeBox` past 32 bits).

    What is typed is read on Enter or on leaving the field: a number in range
    is one edit; anything else keeps the value and says why
    (:mod:`guiapp.ui.common.number_box`)."""
    low, high = _range(document, name, -WHOLE_LIMIT, WHOLE_LIMIT)
    if widget is None:
        widget = number_box(low, high, whole=True)
    else:
        widget.setRange(int(low), int(high))
    _no_wheel_without_focus(widget)
    widget.valueChanged.connect(lambda value: setattr(document, name, int(value)))
    follow(document, name, widget.setValue, widget)
    return widget


def double_spin_box(
    document: Document,
    name: str,
    decimals: int = 3,
    step: float = 0.1,
    widget: DecimalBox | None = None,
) -> DecimalBox:
    """A decimal field for a float setting, its range the setting's; a value
    is written with ``decimals`` decimals when they write it exactly, else in
    full (``0.000015``): what is typed is never rounded."""
    low, high = _range(document, name, -1e12, 1e12)
    widget = widget or number_box(low, high, whole=False)
    widget.setDecimals(decimals)
    widget.setSingleStep(step)
    widget.setRange(low, high)
    _no_wheel_without_focus(widget)
    widget.valueChanged.connect(lambda value: setattr(document, name, value))
    follow(document, name, widget.setValue, widget)
    return widget


def combo_box(
    document: Document, name: str, widget: QComboBox | None = None
) -> QComboBox:
    """A QComboBox whose items carry the setting's values as their data.

    Add the items (with translated labels) before or after binding; the current
    item follows the document.
    """
    widget = widget or QComboBox()
    _no_wheel_without_focus(widget)

    def select(value) -> None:
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)

    def edited(index: int) -> None:
        if index >= 0:
            setattr(document, name, widget.itemData(index))

    widget.currentIndexChanged.connect(edited)
    follow(document, name, select, widget)
    return widget


def check_box(
    document: Document, name: str, widget: QCheckBox | None = None
) -> QCheckBox:
    """A QCheckBox for a bool setting."""
    widget = widget or QCheckBox()
    widget.toggled.connect(lambda on: setattr(document, name, bool(on)))
    follow(document, name, widget.setChecked, widget)
    return widget
