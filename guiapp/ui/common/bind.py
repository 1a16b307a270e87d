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
    QDoubleSpinBox,
    QSpinBox,
    QWidget,
)

from .document import Document

__all__ = ["spin_box", "double_spin_box", "combo_box", "check_box", "follow"]

#: The largest value a 32-bit Qt spin box holds.
INT_LIMIT = 2**31 - 1


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


def _range(document: Document, name: str, low_default, high_default):
    setting = type(document).settings()[name]
    low = setting.low if setting.low is not None else low_default
    high = setting.high if setting.high is not None else high_default
    return low, high


def _no_wheel_without_focus(widget: QAbstractSpinBox | QComboBox) -> None:
    # scrolling the side panel must not change values under the pointer
    from PySide6.QtCore import Qt

    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def spin_box(document: Document, name: str, widget: QSpinBox | None = None) -> QSpinBox:
    """A QSpinBox for an int setting (its range from the setting)."""
    widget = widget or QSpinBox()
    low, high = _range(document, name, -INT_LIMIT, INT_LIMIT)
    widget.setRange(int(max(low, -INT_LIMIT)), int(min(high, INT_LIMIT)))
    _no_wheel_without_focus(widget)
    widget.valueChanged.connect(lambda value: setattr(document, name, value))
    follow(document, name, widget.setValue, widget)
    return widget


def double_spin_box(
    document: Document,
    name: str,
    decimals: int = 3,
    step: float = 0.1,
    widget: QDoubleSpinBox | None = None,
) -> QDoubleSpinBox:
    """A QDoubleSpinBox for a float setting."""
    widget = widget or QDoubleSpinBox()
    widget.setDecimals(decimals)
    widget.setSingleStep(step)
    low, high = _range(document, name, -1e12, 1e12)
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
