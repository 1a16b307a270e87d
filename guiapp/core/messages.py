"""Sentences for the user that guiapp.core and guiapp.ml produce without Qt.

They cannot call Qt's translator, so each keeps its English template and its
values; the interface translates the template and fills it in
(:func:`guiapp.ui.i18n.translate_message`).

>>> m = Message("the {f}x{f} window does not fit", f=3)
>>> str(m), m.template, m.values
('the 3x3 window does not fit', 'the {f}x{f} window does not fit', {'f': 3})
"""

from __future__ import annotations

__all__ = ["Message"]


class Message(str):
    """An English sentence that keeps its template and values.

    ``guiapp.core`` knows no Qt, so it cannot translate; the interface
    translates ``template`` (every one is in :data:`MESSAGES`) and formats it
    with ``values``. As a plain ``str`` it reads in English.
    """

    template: str
    values: dict

    def __new__(cls, template: str, **values):
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        return self
