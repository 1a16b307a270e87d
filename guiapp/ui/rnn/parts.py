"""Small pieces the RNN tab's pages share: colours, listening to the state, text."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ..common.document import Document
from ..common.numbers import sequence

RED, BLUE, GREY = QColor(210, 40, 40), QColor(40, 90, 200), QColor(120, 120, 120)
ORANGE, PURPLE = QColor(220, 110, 20), QColor(150, 0, 150)


def listen(
    document: Document, widget: QWidget, on_change: Callable[[str], None]
) -> None:
    """Call ``on_change(name)`` for each change of ``document`` while ``widget``
    exists (a deleted page stops listening)."""
    document.subscribe(on_change)
    widget.destroyed.connect(lambda *_: document.unsubscribe(on_change))


def fill(template: str, *values) -> str:
    """Qt's ``%1 %2`` placeholders replaced by ``values`` (the texts keep the
    translators' order)."""
    # from the highest number down, so that %1 does not eat the start of %10
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def vector(values) -> str:
    """``[0.100, -2.000]`` (``[0,100 ; -2,000]`` in French): a column of the
    cell's equation."""
    return "[" + sequence(np.ravel(values), 3) + "]"
