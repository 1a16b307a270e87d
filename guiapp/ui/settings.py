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


def load_json(key: str, default):
    """A JSON value stored under ``key``, or ``default`` if missing or damaged."""
    raw = settings().value(key)
    if raw is None:
        return default
    try:
        return json.loads(str(raw))
    except ValueError:
        return default


def save_json(key: str, value) -> None:
    store = settings()
    store.setValue(key, json.dumps(value))
    store.sync()
