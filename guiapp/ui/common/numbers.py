"""Numbers as the user's language writes them: ``0,9787`` in French, ``0.9787``
in English.

Every number a window shows is written here, in the locale of the moment
(:func:`guiapp.ui.i18n.install` sets ``QLocale.setDefault`` on a language
switch), so a view that renders its numbers again in ``retranslate()`` follows
the switch. What is *code* keeps Python's point: an exported script, a Keras
call such as ``Dropout(0.25)``.

Whatever the language, a NaN reads ``—`` and the infinities ``∞`` and ``-∞``;
a value that rounds to zero never reads ``-0``; integers of any size are
grouped (``QLocale`` holds 64 bits: beyond, the digits are grouped here).
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Iterable

from PySide6.QtCore import QLocale

__all__ = [
    "INFINITY",
    "NOT_A_NUMBER",
    "cell",
    "decimal",
    "formula",
    "integer",
    "percent",
    "separator",
    "sequence",
    "significant",
]

#: what a NaN reads (a loss that diverged, an accuracy with no image to count)
NOT_A_NUMBER = "—"
#: what an infinity reads, after the sign
INFINITY = "∞"

# French puts a narrow no-break space before % (as QLocale groups digits)
_PERCENT_SPACE = {QLocale.Language.French: "\u202f"}
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def _special(value: float, locale: QLocale) -> str | None:
    """The text of a NaN or an infinity, None for a finite number."""
    if math.isnan(value):
        return NOT_A_NUMBER
    if math.isinf(value):
        return INFINITY if value > 0 else locale.negativeSign() + INFINITY
    return None


def decimal(value, digits: int) -> str:
    """``value`` with ``digits`` decimals: ``0,2808`` in French, ``0.2808`` in English."""
    locale = QLocale()
    value = float(value)
    special = _special(value, locale)
    if special is not None:
        return special
    if round(value, digits) == 0:
        value = 0.0  # -0.00001 reads 0,0000, not -0,0000
    return locale.toString(value, "f", digits)


def significant(value, digits: int) -> str:
    """``value`` to ``digits`` significant digits, as ``%g``: ``1,23e+03``, ``0,5``."""
    locale = QLocale()
    value = float(value)
    special = _special(value, locale)
    if special is not None:
        return special
    if value == 0:
        value = 0.0  # -0.0 reads 0
    return locale.toString(value, "g", digits)


def integer(value) -> str:
    """A whole number, grouped: ``108 810`` in French, ``108,810`` in English.

    An int of any size; a float is rounded first (NaN and infinities as above).
    """
    locale = QLocale()
    try:
        number = operator.index(value)  # int, numpy integers, bool
    except TypeError:
        number = float(value)
        special = _special(number, locale)
        if special is not None:
            return special
        number = int(round(number))
    if abs(number) < 2**63:
        return locale.toString(number)
    digits = str(abs(number))
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ("" if number > 0 else locale.negativeSign()) + locale.groupSeparator().join(
        groups
    )


def cell(value) -> str:
    """Short text for a table cell the user may type into: whole numbers
    without decimals, others to 4 significant digits, never grouped (``-2``,
    ``0,1111``, ``1234``), so that :func:`guiapp.core.kernels.parse_number`
    reads it back in either language."""
    locale = QLocale()
    locale.setNumberOptions(
        locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator
    )
    value = float(value)
    special = _special(value, locale)
    if special is not None:
        return special
    if value.is_integer() and abs(value) < 1e15:
        return locale.toString(int(value))
    return locale.toString(value, "g", 4)


def percent(fraction, digits: int = 0) -> str:
    """``fraction`` as a percentage: ``89,95 %`` in French, ``89.95%`` in English."""
    value = float(fraction)
    if math.isnan(value):
        return NOT_A_NUMBER
    space = _PERCENT_SPACE.get(QLocale().language(), "")
    return decimal(value * 100, digits) + space + "%"


def separator() -> str:
    """What separates the numbers of a list: ``", "``, or ``" ; "`` where the
    comma is the decimal point (``0,100 ; -2,000``)."""
    return "\u00a0; " if QLocale().decimalPoint() == "," else ", "


def sequence(values: Iterable, digits: int) -> str:
    """Numbers with ``digits`` decimals, one :func:`separator` apart."""
    return separator().join(decimal(value, digits) for value in values)


def formula(text: str) -> str:
    """A formula written by guiapp.core (``(10 - 3 + 2*0)/2 + 1 = 4.5 -> 4``)
    with the locale's decimal point between digits (``4,5`` in French)."""
    return _DECIMAL_POINT.sub(QLocale().decimalPoint(), text)
