"""Lists the controls a screen reader cannot name or the keyboard cannot reach.

For every page of every tab (every index of every tab and stacked widget), in
each language, each visible interactive widget is asked, through Qt's
accessibility interface (what a screen reader reads), for its name; a control
without one, or one that refuses the keyboard focus, is a fault. Qt names a
button by its text and a field by the label whose buddy it is; a control with
neither needs ``setAccessibleName``.

The Tab key must visit the controls in reading order: going from one control
to the next, the focus may not go back up the same column (a control above
it, whose width overlaps) nor back left along the same row. Qt's order is the
order the widgets were made in, which drifts from the layout when code moves.

Run as ``python -m tests.ui.access_probe``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from .layout_probe import describe, page_switchers, settle


@dataclass(frozen=True)
class Fault:
    where: str
    kind: str
    widget: str


def controls(root) -> list:
    """The visible widgets a user acts on."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QScrollBar,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    kinds = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QTabBar,
    )
    found = []
    for widget in [root] + root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, kinds):
            continue
        if isinstance(widget, QScrollBar | QHeaderView):
            continue  # a table's own parts: read with the table
        if widget.objectName() == "qt_tableview_cornerbutton":
            continue
        parent = widget.parentWidget()
        # a spin box's or combo box's own line edit is named by its box
        if isinstance(widget, QLineEdit) and isinstance(
            parent, (QAbstractSpinBox, QComboBox)
        ):
            continue
        # the scroll buttons of a tab bar and a dock's title buttons are Qt's own
        if type(widget).__name__ in ("QToolButton",) and isinstance(parent, QTabBar):
            continue
        if parent is not None and type(parent).__name__ == "QDockWidget":
            if type(widget).__name__ == "QDockWidgetTitleButton":
                continue
        found.append(widget)
    return found


def name_of(widget) -> str:
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return (interface.text(QAccessible.Text.Name) or "").strip()


def check(where: str, root) -> list[Fault]:
    from PySide6.QtCore import Qt

    faults = []
    for widget in controls(root):
        if not name_of(widget):
            faults.append(Fault(where, "unnamed", describe(widget)))
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            faults.append(Fault(where, "no focus", describe(widget)))
    return faults


def tab_chain(root) -> list:
    """The controls of ``root`` that Tab visits, in the order it visits them."""
    from PySide6.QtCore import Qt

    reachable = [
        w
        for w in controls(root)
        if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    wanted = set(map(id, reachable))
    chain, widget = [], root.window()
    for _ in range(10_000):
        widget = widget.nextInFocusChain()
        if widget is root.window():
            break
        if id(widget) in wanted and widget not in chain:
            chain.append(widget)
    return chain


def _box(widget):
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def order_faults(where: str, root) -> list[Fault]:
    """A Tab from one control to the next that goes back up its column or
    back left along its row."""
    faults = []
    chain = tab_chain(root)
    for before, after in zip(chain, chain[1:], strict=False):
        a, b = _box(before), _box(after)
        same_column = a.left() < b.right() and b.left() < a.right()
        same_row = a.top() < b.bottom() and b.top() < a.bottom()
        if same_column and b.bottom() <= a.top():
            faults.append(
                Fault(where, "tab goes up", f"{describe(before)} -> {describe(after)}")
            )
        elif same_row and not same_column and b.right() <= a.left():
            faults.append(
                Fault(
                    where, "tab goes left", f"{describe(before)} -> {describe(after)}"
                )
            )
    return faults


def probe(languages=("en", "fr")) -> list[Fault]:
    from PySide6.QtWidgets import QApplication

    from guiapp.ui import i18n
    from guiapp.ui.main_window import MainWindow

    app = QApplication.instance()
    faults: list[Fault] = []
    for language in languages:
        i18n.install(language)
        window = MainWindow(language, persist=False, restore=False, quiet=True)
        window.show()
        settle(app)
        window._make_deferred_tabs()
        for name in list(window.tab_widgets):
            tab = window.tab(name)
            window.show_tab(name)
            settle(app)
            where = f"{language} {name}"
            faults += check(where, window)
            faults += order_faults(where, tab)
            for switcher in page_switchers(tab):
                start = switcher.currentIndex()
                for index in range(switcher.count()):
                    if index == start:
                        continue
                    switcher.setCurrentIndex(index)
                    settle(app)
                    faults += check(f"{where} / {index}", switcher.widget(index))
                    faults += order_faults(f"{where} / {index}", switcher.widget(index))
                switcher.setCurrentIndex(start)
        window.close()
        window.deleteLater()
        settle(app)
    i18n.install("en")  # as the rest of the tests expect
    unique: list[Fault] = []
    for fault in faults:
        if fault not in unique:
            unique.append(fault)
    return unique


def main() -> int:
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = tempfile.mkdtemp(prefix="guiapp-access-probe-")
    os.environ["GUIAPP_CONFIG_DIR"] = config
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, config)
    app = QApplication(sys.argv[:1])
    faults = probe()
    for fault in faults:
        print(f"{fault.where}: {fault.kind} {fault.widget}")
    print(f"{len(faults)} faults")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
