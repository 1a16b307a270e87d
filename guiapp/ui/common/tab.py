"""What every tab is given and what it offers the window (Spyder's plugin API).

A tab is a package ``guiapp/ui/<name>/`` with ``state.py`` (its Qt-free
:class:`~guiapp.ui.common.document.Document`), ``tab.py`` (a :class:`Tab` that
assembles its views) and small view files; ``guiapp/ui/tabs.py`` registers it.
The window makes every tab's document first (cheap, no Qt), restores the saved
settings into it, then makes the widgets (some after the window shows).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from .document import Document
from .jobs import KerasSession
from .texts import Texts
from .undo import retranslate_stack

__all__ = ["Documents", "TabContext", "Tab"]


class Documents(dict):
    """Every tab's document by tab name, each made when first asked for (the
    window's start-up makes only the first tab's). Without a maker, a missing
    name raises naming it."""

    def __init__(self, make: Callable[[str], Document] | None = None):
        super().__init__()
        self._make = make

    def __missing__(self, name: str) -> Document:
        if self._make is None:
            raise KeyError(f"no document for tab {name!r}")
        document = self[name] = self._make(name)
        return document


@dataclass
class TabContext:
    """What the window gives every tab."""

    #: the one runner of Keras work (off the GUI thread)
    session: KerasSession
    #: guiapp.teacher.TeacherSettings: hidden controls, defaults
    teacher: object = None
    #: no modal dialog (--smoke, --screenshot, tests): messages go to stderr
    quiet: bool = False
    #: every tab's document by tab name (the training tab reads the builder's)
    documents: dict[str, Document] = field(default_factory=Documents)

    def document(self, name: str) -> Document:
        """The document of tab ``name``; raises naming it if there is none."""
        try:
            return self.documents[name]
        except KeyError:
            raise KeyError(f"no document for tab {name!r}") from None

    def hidden(self, control: str) -> bool:
        """True when the teacher's settings hide ``control`` (e.g. "download")."""
        return control in getattr(self.teacher, "hide", ())


class Tab(QWidget):
    """Base of the four tabs: status messages, texts, undo, shutdown."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    #: the tab's name in guiapp.ui.tabs (conv, builder, train, rnn)
    name = ""

    def __init__(self, state: Document, context: TabContext, parent=None):
        super().__init__(parent)
        self.state = state
        self.context = context
        self.session = context.session
        self.texts = Texts()

    # ---- public API the window uses
    @property
    def undo_stack(self) -> QUndoStack | None:
        """The tab's undo history, or None (the window's Undo acts on it)."""
        return None

    def retranslate(self) -> None:
        """Set every text again in the current language (no rebuild), the
        names of the undo steps included."""
        self.texts.retranslate()
        retranslate_stack(self.undo_stack)

    def shutdown(self) -> None:
        """The window closes: stop timers and animations (Keras jobs are stopped
        by the session)."""

    #: the object name that marks a tab's side panel (its controls): hidden in
    #: presentation mode, so that the plots and images take the screen
    SIDE_PANEL = "side_panel"

    def side_panels(self) -> list[QWidget]:
        """The widgets of this tab marked as side panels (``SIDE_PANEL``)."""
        return self.findChildren(QWidget, self.SIDE_PANEL)

    def set_presenting(self, presenting: bool) -> None:
        """Presentation mode: the side panels hidden (and shown again after)."""
        for panel in self.side_panels():
            if presenting:
                # hidden by its own choice, not because its page is not shown
                panel.setProperty("guiapp_shown", not panel.isHidden())
                panel.hide()
            elif panel.property("guiapp_shown") is not False:
                panel.show()

    # ---- helpers for the tabs
    def tell(self, title: str, message: str) -> None:
        """A message the user must read: status bar, and a dialog unless quiet."""
        self.sig_status.emit(message)
        if self.context.quiet:
            print(f"{title}: {message}", file=sys.stderr)
        else:
            QMessageBox.warning(self, title, message)
