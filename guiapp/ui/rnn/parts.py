"""Small pieces the RNN tab's pages share: colours, listening to the state, text,
and widgets whose size follows the font (the projector zoom)."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QTableWidget,
    QWidget,
)

from ..common.document import Document
from ..common.fit import ScrollContent
from ..common.numbers import sequence
from ..common.plots import LocaleAxis
from ..image_view import nice_ticks

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


# ---- sizes that follow the font: the projector zoom is a font change


class SidePanel(QScrollArea):
    """A page's column of controls in a frameless scroll area.

    Never narrower than its controls need in the current font; as wide as
    they prefer, but no more than ``share`` of ``page`` (with a share of 1,
    the page's main column, as wide as the page leaves); scrolled vertically
    when the screen is too short for them (a projector's zoom). A fixed width
    (330 px) cut labels at 200 % and wasted room at 100 %.
    """

    def __init__(self, content: QWidget, page: QWidget, share: float = 0.45):
        # no parent yet: the page's layout adopts it (made with the page as
        # its parent, a table's header inside it missed the zoom's font)
        super().__init__()
        self.page = page
        self.share = share
        self.content = content
        self.setWidgetResizable(True)
        self.setWidget(ScrollContent(content))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        horizontal = QSizePolicy.Policy.Maximum
        if share >= 1:  # the page's main column: it takes what is left
            horizontal = QSizePolicy.Policy.Expanding
        self.setSizePolicy(horizontal, QSizePolicy.Policy.Preferred)
        self.widget().installEventFilter(self)
        page.installEventFilter(self)

    def _bar(self) -> int:
        """The room beside the controls: the vertical scroll bar and the frame."""
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        width = self.widget().minimumSizeHint().width() + self._bar()
        return QSize(max(hint.width(), width), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        width = content.sizeHint().width() + self._bar()
        if self.page.width() > 0:
            width = min(width, int(self.page.width() * self.share))
        height = content.sizeHint().height() + 2 * self.frameWidth()
        return QSize(max(width, self.minimumSizeHint().width()), height)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if obj is self.widget() and kind == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the controls' needs changed (a zoom, a text)
        elif obj is self.page and kind == QEvent.Type.Resize:
            if event.size().width() != event.oldSize().width():
                self.updateGeometry()  # its share of the page changed
        return False


class ElidedButton(QPushButton):
    """A push button that, narrower than its text, shows it shortened with
    "…" and says it in full in its tooltip, before the tooltip it was given
    (and to a screen reader).

    ``text()`` is always the whole text; the button asks for the room of the
    whole text and accepts the room of a few characters."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._tip = ""  # what setToolTip was given: said after the whole text
        # Preferred, not a push button's Minimum: it may be narrower than its text
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt override)
        self._tip = tip
        self._update_tip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        short = metrics.horizontalAdvance(self.text()[:8] + "…")
        padding = super().sizeHint().width() - metrics.horizontalAdvance(self.text())
        return QSize(min(hint.width(), short + max(padding, 0)), hint.height())

    def shown_text(self) -> str:
        """The text as drawn at the button's width."""
        metrics = self.fontMetrics()
        padding = super().sizeHint().width() - metrics.horizontalAdvance(self.text())
        if self.width() >= super().sizeHint().width():
            return self.text()
        return metrics.elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.width() - max(padding, 0)
        )

    def _update_tip(self) -> None:
        tip = self._tip
        if self.shown_text() != self.text():
            tip = self.text() + ("\n" + tip if tip else "")
        super().setToolTip(tip)
        self.setAccessibleName(self.text())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self._update_tip()

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_tip()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_tip()

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class FitTable(QTableWidget):
    """A table whose rows and columns fit their texts and headers in the font
    of the moment (fixed sizes cut "t = 4" and the row numbers at a zoom).

    It asks for the room of all its rows and columns; it accepts no fewer
    than ``rows`` rows (all of them when None), and scrolls beyond. With
    ``stretch`` the columns share the width, no narrower than their texts.
    Call :meth:`fit` after new texts."""

    def __init__(
        self, rows: int | None = None, stretch: bool = False, parent=None
    ) -> None:
        super().__init__(parent)
        self.shown_rows = rows
        self.stretch = stretch
        across, down = self.horizontalHeader(), self.verticalHeader()
        across.setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Fixed
        )
        down.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def fit(self) -> None:
        """Size the rows and columns to their texts in the current font."""
        columns, rows = range(self.columnCount()), range(self.rowCount())
        across, down = self.horizontalHeader(), self.verticalHeader()
        air = self.fontMetrics().averageCharWidth()
        width = max(
            [self.sizeHintForColumn(c) for c in columns]
            + [across.sectionSizeFromContents(c).width() for c in columns],
            default=0,
        )
        height = max(
            [self.sizeHintForRow(r) for r in rows]
            + [down.sectionSizeFromContents(r).height() for r in rows]
            + [self.fontMetrics().height() + 6],
            default=0,
        )
        if self.stretch:
            across.setMinimumSectionSize(width + air)
        else:
            for column in columns:
                across.resizeSection(column, width + air)
        down.setMinimumSectionSize(height)
        for row in rows:
            down.resizeSection(row, height)
        self.updateGeometry()

    def _size(self, rows: int) -> QSize:
        frame = 2 * self.frameWidth()
        across, down = self.horizontalHeader(), self.verticalHeader()
        width = down.sizeHint().width() + frame
        if self.stretch:
            width += across.minimumSectionSize() * self.columnCount()
        else:
            width += sum(self.columnWidth(c) for c in range(self.columnCount()))
        height = across.sizeHint().height() + frame
        height += sum(self.rowHeight(r) for r in range(rows))
        if width > self.viewport().width() > 0 and not self.stretch:
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(width, height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._size(self.rowCount())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        rows = self.rowCount()
        if self.shown_rows is not None:
            rows = min(rows, self.shown_rows)
        hint = self._size(rows)
        # narrower is fine: it scrolls sideways
        return QSize(
            min(hint.width(), super().minimumSizeHint().width()), hint.height()
        )

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # a header of a table on a page never shown yet could miss the
            # font (it kept the unzoomed one): give both the table's
            for header in (self.horizontalHeader(), self.verticalHeader()):
                if header.font() != self.font():
                    header.setFont(self.font())
            self.fit()  # the zoom: the texts need other sizes


_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


class LogAxis(LocaleAxis):
    """A log axis whose labels never pile up, and that labels a range of less
    than a decade too.

    pyqtgraph labels every 1…9 mantissa when fewer than three decades are in
    view: on a short plot (the loss at a projector's zoom) "2 3 4 5 6 7" were
    drawn over each other, and a range within a decade showed only "1". Here
    as many labels as the axis' length holds (a line of text and a gap each):
    decades, thinned out when there are too many, 2 and 5 (or 3) between them
    when there is room; over a decade or less, 1…9, 1-2-5, 1-3 or round
    values (0.3, 0.35, 0.4), the most that fit. The other mantissas get a tick
    without a label.
    """

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self.setStyle(maxTextLevel=1)  # level 2: ticks only

    def line(self) -> float:
        """The room a label needs: its height and a gap of 60 % of it."""
        font = self.style.get("tickFont") or QFont()
        return 1.6 * QFontMetrics(font).height()

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802 (pyqtgraph override)
        low, high = sorted((float(minVal), float(maxVal)))
        if not (np.isfinite(low) and np.isfinite(high)) or high <= low or size <= 0:
            return []
        decade = size / (high - low)  # pixels per decade
        need = self.line()

        def mantissas(*kept: int) -> list[float]:
            values = [
                d + math.log10(m)
                for d in range(math.floor(low), math.ceil(high) + 1)
                for m in kept
            ]
            return [v for v in values if low <= v <= high]

        def fits(values: list[float]) -> bool:
            return len(values) < 2 or bool(
                min(np.diff(sorted(values))) * decade >= need
            )

        every = mantissas(*range(1, 10))
        decades = mantissas(1)
        if len(decades) >= 2:  # decades, thinned out; 2 and 5 (or 3) between
            step = max(1, math.ceil(need / decade))
            major = [d for d in decades if round(d) % step == 0]
            middle = []
            if step == 1:
                middle = next(
                    (
                        values
                        for values in (mantissas(2, 5), mantissas(3))
                        if fits(decades + values)
                    ),
                    [],
                )
            levels = [(float(step), major), (None, middle)]
        else:  # within about a decade: 1…9, 1-2-5, 1-3 or round values
            choices = [every, mantissas(1, 2, 5), mantissas(1, 3)]
            for count in range(int(size // need) + 1, 0, -1):
                values = [
                    math.log10(v)
                    for v in nice_ticks(10**low, 10**high, count)
                    if v > 0 and low <= math.log10(v) <= high
                ]
                if fits(values):
                    choices.append(values)
                    break
            major = max((c for c in choices if fits(c)), key=len, default=[])
            levels = [(None, major), (None, [])]
        taken = {round(v, 6) for _, values in levels for v in values}
        levels.append((None, [v for v in every if round(v, 6) not in taken]))
        return levels

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        return [_log_label(10 ** float(v) * scale) for v in values]


def _log_label(value: float) -> str:
    """1, 0.35, 100, 10⁻⁵, 2·10⁻⁵: plain digits from 0.001 to 9999."""
    if not np.isfinite(value) or value <= 0:
        return ""
    exponent = math.floor(math.log10(value) + 1e-9)
    if -3 <= exponent <= 3:
        return f"{value:.3g}"
    mantissa = round(value / 10**exponent, 2)
    power = "10" + str(exponent).translate(_SUPERSCRIPT)
    return power if mantissa == 1 else f"{mantissa:g}·{power}"


def log_axis(plot) -> LogAxis:
    """Give ``plot`` (a make_plot) :class:`LogAxis` vertical axes in log mode,
    with the grid and the font of its other axes; returns the left one."""
    item = plot.getPlotItem()
    axes = {}
    for side in ("left", "right"):
        old = item.getAxis(side)
        axis = axes[side] = LogAxis(side)
        axis.setTextPen(old.textPen())
        axis.setPen(old.pen())
        shown = old.isVisible()
        item.setAxisItems({side: axis})
        item.showAxis(side, shown)
    item.setLogMode(y=True)
    plot.showGrid(x=True, y=True, alpha=0.3)
    item.follow_font(plot.font())
    return axes["left"]


class _LinesTall(QObject):
    """Keeps a widget's minimum height at a number of lines of its font."""

    def __init__(self, widget: QWidget, lines: float):
        super().__init__(widget)
        self.lines = lines
        self.apply(widget)
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        widget.setMinimumHeight(int(self.lines * widget.fontMetrics().height()))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self.apply(obj)  # the zoom
        return False


def lines_tall(widget: QWidget, lines: float) -> None:
    """Never let ``widget`` be shorter than ``lines`` lines of its font, at
    any zoom: a plot keeps room for its title and a few tick labels."""
    _LinesTall(widget, lines)


def panel_form() -> QFormLayout:
    """A form for a side panel: a field that does not fit beside its label
    (at a projector's zoom, "training windows:" and a spin box) goes under it,
    instead of widening the panel."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def text_colour(widget: QWidget, colour: str) -> None:
    """Write ``widget``'s text in ``colour`` (a palette colour: a style sheet
    would stop the widget from following the zoom's font)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)


def monospace(widget: QWidget) -> None:
    """Write ``widget``'s text in a fixed-width font of the size it inherits
    (only the family is set, so the zoom still changes its size; a style
    sheet's font-family stopped it)."""
    font = QFont()
    font.setFamily("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    widget.setFont(font)
