"""The mouse wheel scrolls the panel; it changes a value only when asked to.

A side panel full of combo and spin boxes is scrolled with the wheel; Qt
sends the wheel to whatever box passes under the pointer, so scrolling
changed the result display to "divided by its maximum" unnoticed. Here a
combo box, spin box or slider takes the wheel only when it has the keyboard
focus (clicked or reached with Tab); otherwise the wheel scrolls the area
that holds it, as the user meant.

One filter on the application: it reads each event's type and acts on two
(``Polish``: no focus by wheel; ``Wheel``: pass it on when unfocused).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

__all__ = ["WheelGuard", "install"]

_VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _guarded(obj: QObject) -> bool:
    return isinstance(obj, _VALUE_WIDGETS) and not isinstance(obj, QScrollBar)


class WheelGuard(QObject):
    """Keeps the wheel away from value widgets that do not have the focus."""

    _WHEEL = QEvent.Type.Wheel
    _POLISH = QEvent.Type.Polish

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == self._POLISH and _guarded(obj):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != self._WHEEL or not _guarded(obj) or obj.hasFocus():
            return False
        # an open combo box's list is a separate view: not reached here
        area = _scroll_area_of(obj)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True  # the unfocused box keeps its value


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_installed: list[WheelGuard] = []


def install() -> WheelGuard | None:
    """Filter the application's wheel events (once per application)."""
    app = QApplication.instance()
    if app is None:
        return None
    if not _installed:
        _installed.append(WheelGuard())
        app.installEventFilter(_installed[0])
    return _installed[0]
