"""The tabs of the window, declared once: name, title, document, widget.

The window reads this table for the tab bar, the ``--tab`` option, the saved
settings and the language switch; an unknown name raises with the name.
Modules are named as strings and imported when the tab is made: the builder,
training and RNN tabs (pyqtgraph plots, ~100 ms) are made after the window
shows.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

__all__ = ["TabSpec", "TABS", "spec", "names"]


def _title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class TabSpec:
    name: str
    #: the tab bar's title in the current language
    title: Callable[[], str]
    #: "module:Class" of the tab's Document (Qt-free)
    state: str
    #: "module:Class" of the tab's widget (a guiapp.ui.common.tab.Tab)
    widget: str
    #: made after the window shows (or when first needed)
    deferred: bool = True

    def _load(self, target: str):
        module, _, name = target.partition(":")
        return getattr(importlib.import_module(module), name)

    def make_state(self):
        return self._load(self.state)()

    def widget_class(self):
        return self._load(self.widget)


def _titles_for_lupdate() -> None:  # pyside6-lupdate reads literal strings only
    QCoreApplication.translate("MainWindow", "Convolution && pooling")
    QCoreApplication.translate("MainWindow", "CNN builder")
    QCoreApplication.translate("MainWindow", "Training")
    QCoreApplication.translate("MainWindow", "Recurrent networks")


TABS: dict[str, TabSpec] = {
    spec.name: spec
    for spec in (
        TabSpec(
            "conv",
            _title("Convolution && pooling"),
            "guiapp.ui.conv.state:ConvState",
            "guiapp.ui.conv.tab:ConvTab",
            deferred=False,
        ),
        TabSpec(
            "builder",
            _title("CNN builder"),
            "guiapp.ui.builder.state:BuilderState",
            "guiapp.ui.builder.tab:BuilderTab",
        ),
        TabSpec(
            "train",
            _title("Training"),
            "guiapp.ui.train.state:TrainState",
            "guiapp.ui.train.tab:TrainTab",
        ),
        TabSpec(
            "rnn",
            _title("Recurrent networks"),
            "guiapp.ui.rnn.state:RnnState",
            "guiapp.ui.rnn.tab:RnnTab",
        ),
    )
}


def names() -> tuple[str, ...]:
    """The tab names in the order they appear."""
    return tuple(TABS)


def spec(name: str) -> TabSpec:
    """The tab called ``name``; ValueError naming it if there is none."""
    try:
        return TABS[name]
    except KeyError:
        raise ValueError(
            f"unknown tab {name!r}: choose one of {', '.join(TABS)}"
        ) from None
