"""Texts that are set again when the language changes (Qt's retranslate, in small).

A language switch keeps the window and everything in it (trained models,
curves, undo history); each view only sets its texts again. A view records each
translatable text as a small function when it builds the widget:

    self.texts = Texts()
    self.texts(lambda: box.setTitle(self.tr("Image")))
    self.texts(lambda: set_item_texts(combo, [self.tr("Adam"), self.tr("SGD")]))

``Texts.__call__`` runs the function at once and keeps it; ``retranslate()`` runs
them all again. ``self.tr("…")`` stays a literal inside the lambda, so
pyside6-lupdate still finds every string with its class as the context.
Texts that depend on the state (a result, a formula) are not recorded: the view
renders them from the state, and its ``retranslate()`` renders again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QWidget

__all__ = ["Texts", "set_item_texts", "set_tab_texts", "add_rows"]


class Texts:
    """The translatable texts of one view."""

    def __init__(self):
        self._setters: list[Callable[[], object]] = []

    def __call__(self, setter: Callable[[], object]) -> None:
        setter()
        self._setters.append(setter)

    def retranslate(self) -> None:
        for setter in self._setters:
            setter()


def set_item_texts(combo: QComboBox, labels: Sequence[str]) -> None:
    """Set the labels of ``combo``'s items in order (their data and the current
    item stay)."""
    for index, label in enumerate(labels):
        if index < combo.count():
            combo.setItemText(index, label)


def set_tab_texts(tabs: QTabWidget, labels: Sequence[str]) -> None:
    """Set the titles of ``tabs``'s pages in order."""
    for index, label in enumerate(labels):
        if index < tabs.count():
            tabs.setTabText(index, label)


def add_rows(
    form: QFormLayout,
    texts: Texts,
    rows: Sequence[tuple[Callable[[], str], QWidget]],
) -> None:
    """Add ``(label, widget)`` rows to ``form``, each label a function
    (``lambda: self.tr("Units:")``) set again on a language change.

    The label is the widget's buddy: a screen reader names the field by it,
    and a ``&`` in the label gives the field an Alt shortcut."""
    for label, widget in rows:
        row_label = QLabel()
        texts(lambda row_label=row_label, label=label: row_label.setText(label()))
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            row_label.setBuddy(widget)
        form.addRow(row_label, widget)
