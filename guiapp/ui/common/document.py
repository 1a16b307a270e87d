"""A tab's document: plain Python state with change notifications (no Qt).

napari's models and Orange3's settings, in small: a tab's state is a
:class:`Document` subclass whose remembered fields are :class:`Setting`
descriptors (default, type and range declared once), and whose other
observable values (a trained model, a history, results) are :class:`Value`
descriptors. Views render from the document and write to it; each change calls
the listeners with the field's name. ``to_dict``/``from_dict`` save and restore
the settings with a version number; :meth:`Document.migrate` upgrades an old
saved dict instead of breaking.

A document is changed in the GUI thread only: a worker reports, and a slot in
the GUI thread writes the result into the document.

>>> class Demo(Document):
...     VERSION = 2
...     stride = Setting(1, low=1, high=16)
...     padding = Setting("valid", choices=("valid", "same"))
...     result = Value(None)
>>> doc = Demo()
>>> seen = []
>>> doc.subscribe(seen.append)
>>> doc.stride = 2
>>> doc.stride = 2          # no change, no notification
>>> doc.result = [1, 2]
>>> seen
['stride', 'result']
>>> doc.to_dict()
{'version': 2, 'stride': 2, 'padding': 'valid'}
>>> doc.from_dict({"version": 2, "stride": 999, "padding": "same"})
['stride']
>>> doc.stride, doc.padding
(16, 'same')
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ...core.messages import echo

__all__ = ["Setting", "Value", "Document", "MAX_TEXT"]

_MISSING = object()

#: The longest text a text setting holds (a path: Linux's PATH_MAX).
MAX_TEXT = 4096


class Value:
    """An observable attribute of a document that is not saved (a model, results).

    Every assignment notifies (models and arrays are not compared by value).
    """

    def __init__(self, default: Any = None, factory: Callable[[], Any] | None = None):
        self.default, self.factory = default, factory
        self.name = ""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def initial(self):
        return self.factory() if self.factory is not None else self.default

    def __get__(self, document, owner=None):
        if document is None:
            return self
        values = document.__dict__.setdefault("_values", {})
        if self.name not in values:
            values[self.name] = self.initial()
        return values[self.name]

    def __set__(self, document, value) -> None:
        document.__dict__.setdefault("_values", {})[self.name] = value
        document.notify(self.name)


class Setting(Value):
    """A remembered field: its default, type and allowed values, declared once.

    ``coerce`` turns a value typed or read from a file into the field's type and
    range: numbers are clamped to ``[low, high]`` (:meth:`Document.from_dict`
    reports a clamped value), a choice must be one of ``choices``, a text is a
    ``str`` of at most :data:`MAX_TEXT` characters without NUL. It raises
    ``ValueError`` for a value it cannot use (never OverflowError), echoing it
    shortened. Assigning an equal value does not notify.
    """

    def __init__(
        self,
        default: Any,
        low: float | None = None,
        high: float | None = None,
        choices: tuple | None = None,
        kind: type | None = None,
    ):
        super().__init__(default)
        self.low, self.high, self.choices = low, high, choices
        self.kind = kind or type(default)

    def coerce(self, value):
        if self.choices is not None:
            if value not in self.choices:
                raise ValueError(
                    f"{self.name}: {echo(value)} is not one of {self.choices}"
                )
            return value
        if self.kind is bool:
            if not isinstance(value, bool):
                raise ValueError(f"{self.name}: {echo(value)} is not true or false")
            return value
        if self.kind in (int, float):
            if isinstance(value, bool):
                raise ValueError(f"{self.name}: {echo(value)} is not a number")
            try:
                number = float(value)
            except OverflowError:  # an int of 400 digits
                number = math.inf
            except (TypeError, ValueError):  # Python's message echoes it whole
                raise ValueError(
                    f"{self.name}: {echo(value)} is not a number"
                ) from None
            if not math.isfinite(number):
                raise ValueError(f"{self.name}: {echo(value)} is not a finite number")
            if self.low is not None:
                number = max(number, self.low)
            if self.high is not None:
                number = min(number, self.high)
            return int(round(number)) if self.kind is int else number
        if self.kind is str:
            # a path or a name: a list, a number or a megabyte from a damaged
            # file is refused, not turned into the text of its repr
            if not isinstance(value, str):
                raise ValueError(f"{self.name}: {echo(value)} is not text")
            if len(value) > MAX_TEXT or "\0" in value:
                raise ValueError(
                    f"{self.name}: {echo(value)} is not a name or a path "
                    f"(at most {MAX_TEXT} characters, no NUL)"
                )
            return value
        return value

    def __set__(self, document, value) -> None:
        value = self.coerce(value)
        values = document.__dict__.setdefault("_values", {})
        old = values.get(self.name, _MISSING)
        if old is _MISSING:
            old = self.initial()
        values[self.name] = value
        if old != value:
            document.notify(self.name)


class Document:
    """Base of every tab's state: observable fields, saved settings, a version."""

    #: bump when a saved field changes meaning; then write :meth:`migrate`
    VERSION = 1

    def __init__(self):
        self._listeners: list[Callable[[str], None]] = []
        self._batch: set[str] | None = None

    # ---- notifications
    def subscribe(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(field_name)`` after each change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, name: str) -> None:
        """Tell the listeners that ``name`` changed (deferred inside :meth:`batch`)."""
        if self._batch is not None:
            self._batch.add(name)
            return
        for listener in list(self._listeners):
            listener(name)

    def batch(self):
        """``with document.batch():`` several changes, each name notified once
        at the end (in declaration order)."""
        return _Batch(self)

    # ---- saved settings
    @classmethod
    def settings(cls) -> dict[str, Setting]:
        """The remembered fields, in declaration order."""
        found: dict[str, Setting] = {}
        for klass in reversed(cls.__mro__):
            for name, attribute in vars(klass).items():
                if isinstance(attribute, Setting):
                    found[name] = attribute
        return found

    def to_dict(self) -> dict:
        """The settings as JSON-ready data, with the version."""
        data = {"version": self.VERSION}
        data.update({name: getattr(self, name) for name in self.settings()})
        return data

    def from_dict(self, data) -> list[str]:
        """Restore the settings from ``data`` (migrated first if older).

        A missing field keeps its value; a value out of range is clamped; one of
        the wrong type is skipped. Returns the names that were skipped, never
        raises for a damaged file (``["*"]``: nothing could be read).
        """
        if not isinstance(data, dict):
            return ["*"]
        try:
            version = int(data.get("version", 0))
        except (TypeError, ValueError, OverflowError):  # OverflowError: 1e999
            version = 0
        if version < self.VERSION:
            try:
                data = self.migrate(dict(data), version)
            except (TypeError, ValueError, KeyError, AttributeError, RecursionError):
                return ["*"]  # an old format this document's migrate cannot read
            if not isinstance(data, dict):
                return ["*"]
        skipped = []
        with self.batch():
            for name, setting in self.settings().items():
                if name not in data:
                    continue
                try:
                    value = setting.coerce(data[name])
                except (TypeError, ValueError, OverflowError, RecursionError):
                    skipped.append(name)
                    continue
                if value != data[name] and setting.kind in (int, float):
                    skipped.append(name)  # clamped: said, but kept in range
                setattr(self, name, value)
        return skipped

    def migrate(self, data: dict, version: int) -> dict:
        """Upgrade ``data`` saved by an older ``version``; the base keeps it."""
        return data

    def reset_settings(self) -> None:
        """Every setting back to its default."""
        with self.batch():
            for name, setting in self.settings().items():
                setattr(self, name, setting.initial())


class _Batch:
    def __init__(self, document: Document):
        self.document = document
        self.outer = False

    def __enter__(self):
        if self.document._batch is None:
            self.document._batch = set()
            self.outer = True
        return self.document

    def __exit__(self, *exc):
        if not self.outer:
            return False
        names, self.document._batch = self.document._batch, None
        order = list(type(self.document).settings())
        for name in sorted(names, key=lambda n: order.index(n) if n in order else 1e9):
            self.document.notify(name)
        return False
