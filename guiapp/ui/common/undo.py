"""Undo commands that change a document (one kind for every tab)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

__all__ = ["SetValues", "retranslate_stack"]


class SetValues(QUndoCommand):
    """Set fields of a document; undo sets their old values back.

    ``apply(values)`` writes a dict of values into the document (by default
    ``setattr`` for each); the same call serves undo and redo, so the views see
    one change either way. Successive commands with the same ``merge_id`` (typing
    in one kernel cell, say) merge into one undo step.

    ``text`` names the step in the Edit menu ("Undo Add Conv2D"): give it as a
    function (``lambda: self.tr("Add %1")...``) so that :meth:`retranslate`
    names it again in a new language.
    """

    def __init__(
        self,
        document,
        new: dict,
        text: str | Callable[[], str],
        apply: Callable[[dict], None] | None = None,
        merge_id: int = -1,
    ):
        super().__init__(text() if callable(text) else text)
        self._text = text
        self.document = document
        self.new = copy.deepcopy(new)
        self.old = {name: copy.deepcopy(getattr(document, name)) for name in new}
        self._apply = apply
        self._merge_id = merge_id

    def _set(self, values: dict) -> None:
        if self._apply is not None:
            self._apply(copy.deepcopy(values))
            return
        with self.document.batch():
            for name, value in values.items():
                setattr(self.document, name, copy.deepcopy(value))

    def retranslate(self) -> None:
        """Name the step again in the current language."""
        if callable(self._text):
            self.setText(self._text())

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def id(self) -> int:  # noqa: A003 (Qt override)
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if other.id() != self.id() or set(other.new) != set(self.new):
            return False
        self.new = other.new
        return True


def retranslate_stack(stack: QUndoStack | None) -> None:
    """Name every step of ``stack`` again in the current language."""
    if stack is None:
        return
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, SetValues):
            command.retranslate()
