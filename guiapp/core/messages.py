"""Sentences for the user that guiapp.core and guiapp.ml produce without Qt.

They cannot call Qt's translator, so each keeps its English template and its
values; the interface translates the template and fills it in
(:func:`guiapp.ui.i18n.translate_message`).

>>> m = Message("the {f}x{f} window does not fit", f=3)
>>> str(m), m.template, m.values
('the 3x3 window does not fit', 'the {f}x{f} window does not fit', {'f': 3})
"""

from __future__ import annotations

import reprlib

__all__ = ["Message", "shorten", "echo", "ECHO_LIMIT"]

#: How much of a typed value or a file's content a message echoes.
ECHO_LIMIT = 20


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


# ---- echoing what was found, bounded

_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxlist, _REPR.maxtuple, _REPR.maxdict = 2, 4, 4, 3
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = 2 * ECHO_LIMIT


def shorten(text, limit: int = ECHO_LIMIT) -> str:
    """``text`` on one line, cut to ``limit`` characters and "…" when longer:
    what a message may echo of what a user typed or a file held.

    >>> shorten("1" * 1000)
    '11111111111111111111…'
    >>> shorten("two\\nlines")
    'two lines'
    """
    text = str(text)
    window = 4 * limit + 8  # enough to know whether the rest is only spaces
    head = " ".join(text[:window].split())
    if len(head) > limit or (len(text) > window and text[window:].strip()):
        return head[:limit] + "…"
    return head


def echo(value, limit: int = ECHO_LIMIT) -> str:
    """A refused value as a message shows it: its ``repr``, bounded.

    >>> echo(10**10), echo("x" * 500), echo([[[[1]]]])
    ('10000000000', "'xxxxxxxxxxxxxxxxxxx…", '[[[...]]]')
    """
    try:
        if isinstance(value, str):
            text = repr(value[: 2 * limit])
        else:
            text = _REPR.repr(value)
    except Exception:  # noqa: BLE001 (an int of 5 000 digits, a broken __repr__)
        text = f"<{type(value).__name__}>"
    return shorten(text, limit)
