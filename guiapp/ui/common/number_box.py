"""The one number field of the application: what is typed is taken, or refused
with a sentence; it is never turned into another number.

Qt's own spin boxes drop a keystroke their validator finds invalid (the ``e``
of ``1e-3``, a third digit past the maximum, a comma in English), so the text
became another number, taken without a word: ``1e-3`` gave 1, ``501`` gave 50.
The fields here accept every keystroke; on Enter, on leaving the field or on a
step (arrow keys, wheel, buttons) the text is read:

* a number in the field's range is taken (``1e-3``, ``0,01`` in French, ``−2``
  with a Unicode minus, ``10 000`` grouped by spaces);
* anything else keeps the previous value and says why, in the user's language,
  naming the field by its label, echoing what was typed (shortened) and giving
  the range: "Epochs: 501 is more than 500: type a whole number from 1 to 500."

The sentence is shown in a balloon at the field, given to the status bar of
the tab the field is in (:attr:`Tab.sig_status
<guiapp.ui.common.tab.Tab.sig_status>`), kept in :attr:`refusal` and emitted
as ``sig_refused`` (a page may show it in its own message label).

Three classes share the behaviour (:class:`NumberField`): :class:`IntegerBox`
(a ``QSpinBox``), :class:`WholeBox` (whole numbers beyond a 32-bit
``QSpinBox``: NumPy's seeds go to 2³² − 1) and :class:`DecimalBox` (a
``QDoubleSpinBox`` that never rounds what is typed: ``0.000015`` stays, and a
value its decimals cannot write, ``1e-9``, is shown in full).
:func:`number_box` makes the right one for a range.
"""

from __future__ import annotations

import decimal
import math
import re
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QToolTip,
    QWidget,
)

from ...core.messages import shorten

__all__ = [
    "INT_LIMIT",
    "WHOLE_LIMIT",
    "DecimalBox",
    "IntegerBox",
    "NumberField",
    "WholeBox",
    "Reading",
    "number_box",
    "plain",
    "read_number",
]

#: The largest value a 32-bit Qt spin box (:class:`IntegerBox`) holds.
INT_LIMIT = 2**31 - 1
#: The largest whole number a field holds (:class:`WholeBox`): NumPy's seeds.
WHOLE_LIMIT = 2**32 - 1

#: Qt's most decimals: a QDoubleSpinBox then rounds nothing a user types
_ALL_DECIMALS = 323
#: beyond 10**±_FAR a typed number is no double (and no Decimal is made of it)
_FAR = 400

_SPACE = "[ \u00a0\u202f\u2009]"
_NUMBER = re.compile(
    rf"""
    (?P<sign>[-+\u2212])?
    (?:
        (?P<grouped>[0-9]{{1,3}}(?:{_SPACE}[0-9]{{3}})+)  # 10 000, as French writes
        | (?P<integer>[0-9]*)
    )
    (?:(?P<point>[.,])(?P<fraction>[0-9]*))?
    (?:[eE](?P<exponent_sign>[-+\u2212])?(?P<exponent>[0-9]+))?
    """,
    re.VERBOSE | re.ASCII,
)


class Reading:
    """What a typed text is: ``value`` (a number) or ``problem``.

    ``problem`` is one of ``"empty"``, ``"not a number"``, ``"more"`` (than
    the highest), ``"less"`` (than the lowest), ``"not whole"``, ``"near 0"``
    (a number so close to 0 that a double reads 0) or ``"rule"`` (refused by
    the field's own rule, whose sentence's template is ``message``).
    """

    def __init__(self, value=None, problem: str = "", message: str = ""):
        self.value, self.problem, self.message = value, problem, message

    def __repr__(self) -> str:
        return f"Reading({self.value!r}, {self.problem!r})"


def _exact(text: str, decimal_point: str) -> Decimal | str | None:
    """The number ``text`` writes, exactly; ``"+far"``/``"-far"`` beyond a
    double's range, ``"+near"``/``"-near"`` for a non-zero number nearer 0 than
    a double can be; None when it is no number."""
    match = _NUMBER.fullmatch(text)
    if match is None:
        return None
    point = match["point"]
    if point and point != "." and point != decimal_point:
        return None  # "0,5" in English: not 05, not 0.5 either
    integer = match["grouped"] or match["integer"] or ""
    integer = re.sub(_SPACE, "", integer)
    fraction = match["fraction"] or ""
    if not integer and not fraction:
        return None  # "", "-", ".", "e5"
    negative = match["sign"] in ("-", "\u2212")
    digits = (integer + fraction).lstrip("0")
    if not digits:
        return Decimal(0)
    sign = "-" if negative else "+"
    exponent_text = match["exponent"] or "0"
    exponent_negative = match["exponent_sign"] in ("-", "\u2212")
    if len(exponent_text.lstrip("0")) > 6:  # 1e9999999: no int() of its digits
        return ("-" if exponent_negative else "+") + (
            "near" if exponent_negative else "far"
        )
    exponent = int(exponent_text) * (-1 if exponent_negative else 1)
    # the power of ten of the first significant digit
    leading = len(integer + fraction) - len(digits)
    adjusted = len(integer) - leading - 1 + exponent
    if adjusted > _FAR:
        return sign + "far"
    if adjusted < -_FAR:
        return sign + "near"
    with decimal.localcontext() as context:
        context.Emax, context.Emin = decimal.MAX_EMAX, decimal.MIN_EMIN
        return Decimal(f"{sign}0{integer}.{fraction}0e{exponent}")


def read_number(
    text: str, low: float, high: float, whole: bool, decimal_point: str = "."
) -> Reading:
    """Read what was typed in a field that takes a number from ``low`` to
    ``high`` (a whole one when ``whole``).

    The decimal point is ``.`` or, where the language writes it so,
    ``decimal_point`` (``,`` in French); the minus may be ``−``; spaces may
    group thousands; ``1e-3`` is 0.001.

    >>> read_number("1e-3", 0.0001, 1, False).value
    0.001
    >>> read_number("0,01", 0.0001, 1, False, ",").value
    0.01
    >>> [read_number(t, 1, 500, True).problem for t in ("501", "2.5", "x", "")]
    ['more', 'not whole', 'not a number', 'empty']
    """
    text = text.strip()
    if not text:
        return Reading(problem="empty")
    exact = _exact(text, decimal_point)
    if exact is None:
        return Reading(problem="not a number")
    if isinstance(exact, str):  # beyond a double's range, or nearer 0
        if exact.endswith("far"):
            return Reading(problem="more" if exact[0] == "+" else "less")
        tiny = math.copysign(5e-324, -1.0 if exact[0] == "-" else 1.0)
        if tiny < low:
            return Reading(problem="less")
        if tiny > high:
            return Reading(problem="more")
        return Reading(problem="not whole" if whole else "near 0")
    number = float(exact)
    if number > high:
        return Reading(problem="more")
    if number < low:
        return Reading(problem="less")
    if whole:
        if exact != exact.to_integral_value():
            return Reading(problem="not whole")
        return Reading(int(exact))
    if number == 0 and exact != 0:
        return Reading(problem="near 0")
    return Reading(number + 0.0)  # -0.0 is 0


def plain(value: float) -> str:
    """``value`` as Python writes it at the fewest digits, without exponent
    from 1e-10 to 1e16: ``0.00001``, ``1000000``, ``0.1``, ``1e-12``."""
    value = float(value)
    if value == 0:
        return "0"
    if not math.isfinite(value):
        return repr(value)
    exact = Decimal(repr(value))
    if -10 <= exact.adjusted() < 16:
        text = format(exact.normalize(), "f")
    else:
        text = repr(value).replace("e+", "e")
    return text


def _local(text: str, locale: QLocale) -> str:
    """A number written by Python in ``locale``: its decimal point and minus."""
    return text.replace(".", locale.decimalPoint()).replace("-", locale.negativeSign())


def _fill(template: str, *values) -> str:
    """Qt's ``%1 %2`` placeholders replaced in one pass (a typed ``%2`` stays)."""

    def value(match: re.Match) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match[0]

    return re.sub(r"%(\d+)", value, template)


def label_text(text: str) -> str:
    """A label as a sentence names its field: without its shortcut's ``&`` and
    its final colon (``"&Epochs:"`` → ``"Epochs"``, ``"Époques :"`` →
    ``"Époques"``)."""
    text = re.sub(r"&(&?)", r"\1", text)
    return text.strip().rstrip(":").strip()


class NumberField:
    """What the three boxes share (a mixin of a QAbstractSpinBox subclass).

    Two hooks, both functions returning a template in the language of the
    moment (``self.tr(...)``): ``rule(value)`` may refuse a value in range,
    with ``%1`` for the field's name, ``%2`` for what was typed and ``%3``
    for the advice ("%1: %2 is even: …; %3"), or return "" to take it;
    ``advice()`` says what to type, with ``%1`` and ``%2`` for the range,
    instead of "type a whole number from %1 to %2.". :meth:`set_field_name`
    names a field that no label names.
    """

    #: a whole-number field
    whole = True

    def _init_field(self) -> None:
        #: the last refusal's sentence ("" after a value is taken)
        self.refusal = ""
        self.rule: Callable[[object], str] | None = None
        self.advice: Callable[[], str] | None = None
        self._field_name: Callable[[], str] | None = None
        # a typed number is one edit, read on Enter or on leaving the field
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)

    # ---- naming and writing
    def set_field_name(self, name: Callable[[], str]) -> None:
        """Name the field in its sentences (a function, called in the language
        of the moment), when no label names it."""
        self._field_name = name

    def field_name(self) -> str:
        """The field's name: its label's text (the label whose buddy it is, or
        its row's in a form), else its accessible name."""
        if self._field_name is not None:
            return self._field_name()
        window = self.window()
        for label in window.findChildren(QLabel):
            if label.buddy() is self and label.text():
                return label_text(label.text())
        parent = self.parentWidget()
        if parent is not None:
            for form in parent.findChildren(QFormLayout):
                label = form.labelForField(self)
                if isinstance(label, QLabel) and label.text():
                    return label_text(label.text())
        return label_text(self.accessibleName()) or QCoreApplication.translate(
            "NumberField", "This field"
        )

    def number_text(self, value) -> str:
        """A bound of the range as the sentences write it, in the field's locale."""
        if self.whole:
            return _local(str(int(value)), self.locale())
        return _local(plain(value), self.locale())

    def _advice(self) -> str:
        low, high = self.number_text(self.minimum()), self.number_text(self.maximum())
        if self.advice is not None:
            return _fill(self.advice(), low, high)
        if self.whole:
            return _fill(
                QCoreApplication.translate(
                    "NumberField", "type a whole number from %1 to %2."
                ),
                low,
                high,
            )
        return _fill(
            QCoreApplication.translate("NumberField", "type a number from %1 to %2."),
            low,
            high,
        )

    # ---- reading
    def read(self, text: str) -> Reading:
        """What ``text`` would give in this field (see :func:`read_number`)."""
        reading = read_number(
            text,
            self.minimum(),
            self.maximum(),
            self.whole,
            self.locale().decimalPoint(),
        )
        if not reading.problem and self.rule is not None:
            template = self.rule(reading.value)
            if template:
                return Reading(problem="rule", message=template)
        return reading

    def message(self, text: str, reading: Reading) -> str:
        """The sentence that refuses ``text`` (read as ``reading``)."""
        name, typed, advice = self.field_name(), shorten(text.strip()), self._advice()
        if reading.problem == "rule":
            return _fill(reading.message, name, typed, advice)
        if reading.problem == "empty":
            return _fill(
                QCoreApplication.translate("NumberField", "%1: nothing was typed: %2"),
                name,
                advice,
            )
        if reading.problem == "more":
            template = QCoreApplication.translate(
                "NumberField", "%1: %2 is more than %3: %4"
            )
            bound = self.number_text(self.maximum())
            return _fill(template, name, typed, bound, advice)
        if reading.problem == "less":
            template = QCoreApplication.translate(
                "NumberField", "%1: %2 is less than %3: %4"
            )
            bound = self.number_text(self.minimum())
            return _fill(template, name, typed, bound, advice)
        if reading.problem == "not whole":
            template = QCoreApplication.translate(
                "NumberField", "%1: %2 is not a whole number: %3"
            )
        elif reading.problem == "near 0":
            template = QCoreApplication.translate(
                "NumberField", "%1: %2 is too close to 0 to be told from it: %3"
            )
        else:
            template = QCoreApplication.translate(
                "NumberField", "%1: %2 is not a number: %3"
            )
        return _fill(template, name, typed, advice)

    # ---- refusing
    def refuse(self, message: str) -> None:
        """Say ``message`` at the field, in the tab's status bar, and to
        ``sig_refused``; the value stays as it is."""
        from .tab import Tab

        self.refusal = message
        self.sig_refused.emit(message)
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, Tab):
            widget = widget.parentWidget()
        if widget is not None:
            widget.sig_status.emit(message)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)

    def _typed(self) -> bool:
        """The text is not the value's: the user typed something not yet read."""
        return self.lineEdit().text() != self.textFromValue(self.value())

    def check_typed(self) -> bool:
        """Read what was typed before Qt does: True when there is nothing to
        refuse; otherwise say why (Qt then shows the previous value again)."""
        if not self._typed():
            return True
        text = self.lineEdit().text()
        reading = self.read(text)
        if reading.problem:
            self.refuse(self.message(text, reading))
            return False
        if self.refusal:
            self.refusal = ""
            QToolTip.hideText()
        return True

    # ---- Qt's hooks
    def validate(self, text, pos):  # noqa: D102 (Qt override)
        # every keystroke is kept: Intermediate until the text is a number this
        # field takes (Invalid would make Qt drop the keystroke)
        reading = self.read(text)
        state = QValidator.State.Intermediate
        if not reading.problem:
            state = QValidator.State.Acceptable
        return state, text, pos

    def fixup(self, text):  # noqa: D102 (Qt override)
        return text  # never rewrite what was typed: refuse it (check_typed)

    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_typed()
        super().keyPressEvent(event)

    def focusOutEvent(self, event):  # noqa: N802 (Qt override)
        self.check_typed()
        super().focusOutEvent(event)

    def hideEvent(self, event):  # noqa: N802 (Qt override)
        self.check_typed()
        super().hideEvent(event)


class IntegerBox(NumberField, QSpinBox):
    """A whole-number field within ±(2³¹ − 1)."""

    sig_refused = Signal(str)
    """What was typed was refused; the argument is the sentence for the user."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._init_field()

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt override)
        reading = self.read(text)
        return self.value() if reading.problem else reading.value

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        if self.check_typed():
            super().stepBy(steps)
        else:
            super().stepBy(0)  # shows the previous value again


class WholeBox(NumberField, QDoubleSpinBox):
    """A whole-number field beyond a 32-bit QSpinBox (to :data:`WHOLE_LIMIT`):
    ``value()`` is an int, ``valueChanged`` sends a float holding one."""

    sig_refused = Signal(str)
    """What was typed was refused; the argument is the sentence for the user."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._init_field()
        QDoubleSpinBox.setDecimals(self, 0)

    def value(self) -> int:  # noqa: D102
        return int(QDoubleSpinBox.value(self))

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return _local(str(int(value)), self.locale())

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt override)
        reading = self.read(text)
        return float(self.value() if reading.problem else reading.value)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        if self.check_typed():
            super().stepBy(steps)
        else:
            super().stepBy(0)


class DecimalBox(NumberField, QDoubleSpinBox):
    """A decimal field that never rounds what is typed.

    ``setDecimals(n)`` sets how many decimals a value is written with
    (``0.00100``) when they write it exactly; any other value is written in
    full (``0.000015``, ``1e-12``). A step adds ``singleStep`` and keeps 15
    significant digits (0.1 + 0.05 is 0.15, not 0.15000000000000002).
    """

    whole = False

    sig_refused = Signal(str)
    """What was typed was refused; the argument is the sentence for the user."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._places = 2
        self._init_field()
        QDoubleSpinBox.setDecimals(self, _ALL_DECIMALS)

    def setDecimals(self, places: int) -> None:  # noqa: N802 (Qt's name)
        self._places = max(0, int(places))
        self.setValue(self.value())  # written again, with the new decimals
        self.updateGeometry()

    def decimals(self) -> int:  # noqa: D102
        return self._places

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        value = float(value) + 0.0
        places = self._places
        if abs(value) < 1e15 and round(value, places) == value:
            text = f"{value:.{places}f}"
        else:
            text = plain(value)
        return _local(text, self.locale())

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt override)
        reading = self.read(text)
        return self.value() if reading.problem else reading.value

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        if not self.check_typed():
            super().stepBy(0)
            return
        if self._typed():  # a number typed and not yet read: from it
            start = self.read(self.lineEdit().text()).value
        else:
            start = self.value()
        value = float(f"{start + steps * self.singleStep():.15g}")
        value = min(max(value, self.minimum()), self.maximum())
        self.setValue(value)
        if self.style().styleHint(QStyle.StyleHint.SH_SpinBox_SelectOnStep, None, self):
            self.selectAll()


def number_box(
    low: float, high: float, whole: bool = True, parent: QWidget | None = None
) -> IntegerBox | WholeBox | DecimalBox:
    """The field for a number from ``low`` to ``high``: an :class:`IntegerBox`,
    a :class:`WholeBox` past 32 bits, or a :class:`DecimalBox`."""
    if whole:
        box = IntegerBox(parent) if -INT_LIMIT <= low and high <= INT_LIMIT else None
        if box is None:
            box = WholeBox(parent)
        box.setRange(int(low), int(high))
        return box
    box = DecimalBox(parent)
    box.setRange(float(low), float(high))
    return box
