"""Messages read aloud by screen readers as they appear.

The status bar tells a sighted user that training ended, an evaluation is
ready or a value was refused; a screen reader does not read a status bar that
changes by itself. :func:`announce` sends the same sentence as an
accessibility announcement (``QAccessibleAnnouncementEvent``, Qt 6.8+), which
screen readers speak without moving the focus. The window announces every
status message of the tabs (training progress and results included).
"""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

__all__ = ["announce", "recent"]

#: the last sentences announced, newest last (what a test can read back)
recent: deque[str] = deque(maxlen=50)


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have screen readers say ``text`` (politely: after what they are saying;
    ``assertive`` interrupts them, for an error)."""
    if not text:
        return
    recent.append(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
