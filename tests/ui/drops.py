"""The events a file manager sends when a file is dragged over or dropped on a
window, for the drop tests of every tab."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent


def drop_event(path, kind=QDropEvent):
    """The drop (or, with ``kind=QDragEnterEvent``, drag-enter) event for ``path``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    if kind is QDragEnterEvent:
        event = QDragEnterEvent(
            QPointF(5, 5).toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    else:
        event = QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    event.mime = mime  # kept alive with the event
    return event
