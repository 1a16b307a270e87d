"""Walks every page of every tab on one screen size and lists layout faults.

Run as ``python -m tests.ui.layout_probe 1024x768 [--zoom 100 150 200]
[--lang en fr] [--json]``: Qt's offscreen platform is given a screen of that
size (its ``configfile`` option), the window is maximized on it, and for each
language, zoom, tab and page (every index of every tab widget and stacked
widget inside the tab) the visible widgets are checked for:

- ``window``: the window (or its minimum size) larger than the screen;
- ``clipped``: a label, button, check box, group box title, combo box or
  header section whose text needs more room than it has. A label or a button
  is never elided by Qt, so it must fit (or wrap, when it wraps), unless it
  elides itself (it has ``shown_text``) and has a tooltip. A combo box, a
  header section and a tab elide their text: a tooltip lets it be read whole;
- ``cut``: a widget that a layout placed partly outside its parent (and the
  parent is not the content of a scroll area, which scrolls);
- ``overlap``: two widgets placed by the same layout that overlap.
- ``plot``: inside a pyqtgraph plot (a scene the widget walk cannot see): a
  legend not wholly inside its view box, a title or an axis label longer
  than its room (a title shortened with "…" needs a tooltip), a plot
  drawn partly outside its widget.

A screen's size is fixed when Qt starts: each size is one process.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass

SIZES = ("1024x768", "1280x720", "1366x768", "1920x1080")
ZOOMS = (100, 150, 200)
LANGUAGES = ("en", "fr")
SLACK = 2  # pixels: rounding of fractional font metrics


@dataclass(frozen=True)
class Fault:
    where: str
    kind: str
    widget: str
    detail: str


def use_screen(size: str) -> None:
    """Make Qt's offscreen platform show one screen of ``size`` (before Qt starts)."""
    width, height = (int(v) for v in size.split("x"))
    config = {
        "synthesizedDpr": False,
        "screens": [
            {
                "name": f"screen{size}",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ],
    }
    handle, path = tempfile.mkstemp(suffix=".json", prefix="guiapp-screen-")
    with os.fdopen(handle, "w") as file:
        json.dump(config, file)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"


# ---- the checks (Qt imported once the platform is chosen)


def describe(widget) -> str:
    name = type(widget).__name__
    text = ""
    for attr in ("text", "title", "currentText", "windowTitle"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value
                break
    if widget.objectName():
        name += f"#{widget.objectName()}"
    return f"{name} {text[:40]!r}" if text else name


def _has_tooltip(widget) -> bool:
    return bool(widget.toolTip().strip())


def text_faults(widget) -> list[tuple[str, str]]:
    """('clipped', detail) for text that needs more room than the widget has."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QTabBar,
    )

    faults = []
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.text():
            return faults
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                faults.append(
                    ("clipped", f"needs {need} px high, has {widget.height()}")
                )
        else:
            need = widget.sizeHint().width()
            if need > widget.width() + SLACK:
                faults.append(
                    ("clipped", f"needs {need} px wide, has {widget.width()}")
                )
            need_h = widget.sizeHint().height()
            if need_h > widget.height() + SLACK:
                faults.append(
                    ("clipped", f"needs {need_h} px high, has {widget.height()}")
                )
    elif isinstance(widget, QAbstractButton):
        if hasattr(widget, "shown_text") and _has_tooltip(widget):
            return faults  # elides itself, read whole on hover
        if widget.text() and widget.hasHeightForWidth():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                faults.append(
                    ("clipped", f"needs {need} px high, has {widget.height()}")
                )
        elif widget.text():
            need = widget.sizeHint().width()
            if need > widget.width() + SLACK:
                faults.append(
                    ("clipped", f"needs {need} px wide, has {widget.width()}")
                )
    elif isinstance(widget, QGroupBox):
        if widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 12
            if widget.isCheckable():
                need += 20
            if need > widget.width() + SLACK:
                faults.append(
                    ("clipped", f"title needs {need} px, has {widget.width()}")
                )
    elif isinstance(widget, QComboBox):
        if widget.currentText() and not _has_tooltip(widget):
            need = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 24
            if need > widget.width() + SLACK:
                faults.append(
                    ("clipped", f"needs {need} px wide, has {widget.width()}")
                )
    elif isinstance(widget, QHeaderView):
        model = widget.model()
        if model is None:
            return faults
        orientation = widget.orientation()
        for section in range(widget.count()):
            if widget.isSectionHidden(section):
                continue
            size = widget.sectionSize(section)
            if size <= 0:
                continue
            text = model.headerData(section, orientation)
            if not isinstance(text, str) or not text:
                continue
            tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip.strip():
                continue  # elided, read in full on hover
            hint = widget.sectionSizeFromContents(section)
            need = hint.width() if orientation.name == "Horizontal" else hint.height()
            if need > size + SLACK:
                faults.append(
                    ("clipped", f"header {text[:30]!r} needs {need} px, has {size}")
                )
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            rect = widget.tabRect(index)
            need = widget.tabSizeHint(index).width()
            text = widget.tabText(index)[:30]
            if rect.right() > widget.width() + SLACK:
                faults.append(("clipped", f"tab {text!r} is out of the bar's view"))
            elif rect.width() + SLACK < need and not widget.tabToolTip(index).strip():
                faults.append(
                    ("clipped", f"tab {text!r} needs {need} px, has {rect.width()}")
                )
    return faults


def plot_faults(widget) -> list[tuple[str, str]]:
    """('plot', detail) for what does not fit inside a pyqtgraph view."""
    import pyqtgraph as pg

    if not isinstance(widget, pg.GraphicsView) or widget.width() < 40:
        return []
    faults = []
    view = widget.mapToScene(widget.viewport().rect()).boundingRect()
    for item in widget.scene().items():
        if not isinstance(item, pg.PlotItem) or not item.isVisible():
            continue
        box = item.vb.sceneBoundingRect()
        if box.width() < 20 or box.height() < 20:
            continue  # a plot squeezed to nothing is the widget check's
        outer = item.sceneBoundingRect()
        if not view.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(outer):
            faults.append(("plot", "the plot is drawn outside its widget"))
        legend = item.legend
        if legend is not None and legend.isVisible() and legend.items:
            rect = legend.sceneBoundingRect()
            if not box.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
                names = ", ".join(label.text[:20] for _, label in legend.items)
                faults.append(
                    (
                        "plot",
                        f"legend ({names}) {rect.width():.0f}x{rect.height():.0f} "
                        f"out of its {box.width():.0f}x{box.height():.0f} box",
                    )
                )
        title = item.titleLabel
        if title.isVisible() and title.text:
            shown = title.item.boundingRect().width()
            if shown > title.boundingRect().width() + SLACK:
                faults.append(("plot", f"title {title.text[:30]!r} is cut"))
            if "…" in title.text and not title.toolTip():
                faults.append(("plot", "title shortened with no tooltip"))
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name) if name in item.axes else None
            if axis is None or not axis.isVisible() or not axis.label.isVisible():
                continue
            text = axis.label.toPlainText()
            if not text:
                continue
            need = axis.label.boundingRect().width()  # along the axis
            room = axis.height() if name in ("left", "right") else axis.width()
            if need > room + SLACK:
                faults.append(
                    (
                        "plot",
                        f"axis label {text[:30]!r} needs {need:.0f}, has {room:.0f}",
                    )
                )
    return faults


def _in_layout(layout, widget) -> bool:
    from PySide6.QtWidgets import QLayout

    if not isinstance(layout, QLayout):
        return False
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return True
        inner = item.layout()
        if isinstance(inner, QLayout) and _in_layout(inner, widget):
            return True
    return False


def placed_children(parent) -> list:
    """The visible child widgets that ``parent``'s layout places."""
    from PySide6.QtWidgets import QLayout, QWidget

    layout = parent.layout()
    if not isinstance(layout, QLayout):
        return []
    return [
        child
        for child in parent.findChildren(QWidget, options=_direct())
        if child.isVisible() and not child.isWindow() and _in_layout(layout, child)
    ]


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def placement_faults(parent) -> list[tuple[object, str, str]]:
    """('cut' / 'overlap') among the widgets ``parent``'s layout places."""
    from PySide6.QtWidgets import QScrollArea

    faults = []
    children = placed_children(parent)
    scrolled = isinstance(parent.parentWidget(), QScrollArea) or (
        parent.parentWidget() is not None
        and isinstance(parent.parentWidget().parentWidget(), QScrollArea)
    )
    inside = parent.rect()
    for child in children:
        geometry = child.geometry()
        if not scrolled and not inside.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(
            geometry
        ):
            faults.append(
                (
                    child,
                    "cut",
                    f"at {geometry.x()},{geometry.y()} {geometry.width()}x"
                    f"{geometry.height()} in a parent of {inside.width()}x"
                    f"{inside.height()}",
                )
            )
    for i, first in enumerate(children):
        for second in children[i + 1 :]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                faults.append(
                    (
                        first,
                        "overlap",
                        f"with {describe(second)} over {common.width()}x"
                        f"{common.height()}",
                    )
                )
    return faults


def visible_widgets(root) -> list:
    from PySide6.QtWidgets import QWidget

    return [root] + [w for w in root.findChildren(QWidget) if w.isVisible()]


def check_page(window, where: str, root) -> list[Fault]:
    faults = []
    for widget in visible_widgets(root):
        if not widget.isVisible() or widget.isWindow() and widget is not window:
            continue
        for kind, detail in text_faults(widget) + plot_faults(widget):
            faults.append(Fault(where, kind, describe(widget), detail))
        for child, kind, detail in placement_faults(widget):
            faults.append(Fault(where, kind, describe(child), detail))
    return faults


def page_switchers(root) -> list:
    """Every tab widget and stacked widget inside ``root`` (not a tab bar's own)."""
    from PySide6.QtWidgets import QStackedWidget, QTabWidget

    found = []
    for widget in root.findChildren(QTabWidget):
        found.append(widget)
    for widget in root.findChildren(QStackedWidget):
        if not isinstance(widget.parentWidget(), QTabWidget):
            found.append(widget)
    return found


def settle(app, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def probe(size: str, zooms, languages, tab_names=None) -> list[Fault]:
    """Every fault on a screen of ``size`` (Qt already started on it)."""
    from PySide6.QtWidgets import QApplication

    from guiapp.ui import i18n
    from guiapp.ui.main_window import MainWindow

    app = QApplication.instance()
    screen = app.primaryScreen().availableGeometry()
    faults: list[Fault] = []
    for language in languages:
        i18n.install(language)
        window = MainWindow(language, persist=False, restore=False, quiet=True)
        window.showMaximized()
        settle(app)
        window._make_deferred_tabs()
        names = tab_names or list(window.tab_widgets)
        for zoom in zooms:
            window.set_zoom(zoom, announce=False, staged=False)
            settle(app)
            for name in names:
                tab = window.tab(name)
                window.show_tab(name)
                settle(app)
                where = f"{size} {language} {zoom}% {name}"
                faults += window_faults(window, screen, where)
                switchers = page_switchers(tab)
                faults += check_page(window, where, window)
                for switcher in switchers:
                    start = switcher.currentIndex()
                    for index in range(switcher.count()):
                        if index == start:
                            continue
                        switcher.setCurrentIndex(index)
                        settle(app)
                        page = switcher.widget(index)
                        label = (
                            switcher.tabText(index)
                            if hasattr(switcher, "tabText")
                            else page.objectName() or str(index)
                        )
                        faults += check_page(window, f"{where} / {label}", page)
                    switcher.setCurrentIndex(start)
                    settle(app, 1)
        window.close()
        window.deleteLater()
        settle(app)
    return _unique(faults)


def window_faults(window, screen, where: str) -> list[Fault]:
    faults = []
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    for what, size in (("size", window.size()), ("minimum size", minimum)):
        if size.width() > screen.width() or size.height() > screen.height():
            faults.append(
                Fault(
                    where,
                    "window",
                    "MainWindow",
                    f"{what} {size.width()}x{size.height()} on a screen of "
                    f"{screen.width()}x{screen.height()}",
                )
            )
    return faults


def _unique(faults: list[Fault]) -> list[Fault]:
    seen, kept = set(), []
    for fault in faults:
        if fault not in seen:
            seen.add(fault)
            kept.append(fault)
    return kept


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", choices=SIZES)
    parser.add_argument("--zoom", type=int, nargs="+", default=list(ZOOMS))
    parser.add_argument("--lang", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--tab", nargs="+", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    use_screen(args.size)
    config = tempfile.mkdtemp(prefix="guiapp-layout-probe-")
    os.environ["GUIAPP_CONFIG_DIR"] = config  # never the user's settings
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, config)

    app = QApplication(sys.argv[:1])
    app.setApplicationName("guiapp-layout-probe")
    faults = probe(args.size, args.zoom, args.lang, args.tab)
    if args.json:
        print(json.dumps([asdict(f) for f in faults]))
    else:
        for fault in faults:
            print(f"{fault.where}: {fault.kind} {fault.widget}: {fault.detail}")
        print(f"{len(faults)} faults")
    return 0


if __name__ == "__main__":
    sys.exit(main())
