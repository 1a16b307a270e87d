"""Remembered between runs: one QSettings in INI format (portable, readable)."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

ORGANIZATION = "guiapp"
APPLICATION = "guiapp"


def settings() -> QSettings:
    """The user's settings file (tests point it at a temporary folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


#: The longest JSON value read back (a tab's state is a few kilobytes).
MAX_JSON_CHARS = 1 << 20


def load_json(key: str, default):
    """A JSON value stored under ``key``, or ``default`` if missing or damaged
    (not JSON, longer than :data:`MAX_JSON_CHARS`, nested too deep, a number of
    thousands of digits): a damaged settings file never stops the app."""
    raw = settings().value(key)
    if raw is None:
        return default
    text = str(raw)
    if len(text) > MAX_JSON_CHARS:
        return default
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: [[[[... nested deep
        return default


def save_json(key: str, value) -> None:
    store = settings()
    store.setValue(key, json.dumps(value))
    store.sync()
