"""Teacher settings: a small INI file that fixes what a class sees.

Put ``guiapp-teacher.ini`` beside the installed app (next to the executable of
a bundle, or in ``resources/``), or in the user's config folder
(``~/.config/guiapp/guiapp-teacher.ini`` on Linux), or name it with the
``GUIAPP_TEACHER_SETTINGS`` environment variable::

    [guiapp]
    language = fr                 ; fixed: the Language menu is disabled
    tabs = conv, builder          ; only these tabs, in this order
    dataset = mnist-5k            ; the training tab's default dataset
    preset = fashion-cnn          ; the builder's and training tab's default network
    hide = download, show_code    ; controls to hide

The app reads it at start-up and the About box says which file it used.
Unknown keys or values are reported and ignored (standard library only).
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["TeacherSettings", "find_file", "load"]

FILE_NAME = "guiapp-teacher.ini"
TABS = ("conv", "builder", "train", "rnn")
HIDEABLE = ("download", "show_code", "open_image", "export")


@dataclass
class TeacherSettings:
    path: Path | None = None
    language: str | None = None
    tabs: tuple[str, ...] = TABS
    dataset: str | None = None
    preset: str | None = None
    hide: frozenset[str] = frozenset()
    problems: list[str] = field(default_factory=list)


def _config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(Path.home(), ".config")
    return Path(base) / "guiapp"


def find_file() -> Path | None:
    """The teacher settings file in force, if any (first found wins)."""
    from .resources import resources_dir

    candidates = []
    if os.environ.get("GUIAPP_TEACHER_SETTINGS"):
        candidates.append(Path(os.environ["GUIAPP_TEACHER_SETTINGS"]))
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).parent / FILE_NAME)
    try:
        candidates.append(resources_dir() / FILE_NAME)
    except FileNotFoundError:
        pass
    candidates.append(_config_dir() / FILE_NAME)
    return next((path for path in candidates if path.is_file()), None)


def load(path: Path | None = None) -> TeacherSettings:
    """Read the teacher settings (defaults when there is no file)."""
    from .ml.datasets import DATASETS
    from .presets import PRESETS

    path = path or find_file()
    settings = TeacherSettings(path=path)
    if path is None:
        return settings
    parser = configparser.ConfigParser(inline_comment_prefixes=(";", "#"))
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError) as error:
        settings.problems.append(f"{path.name}: {error}")
        return settings
    section = parser["guiapp"] if parser.has_section("guiapp") else {}
    for key, value in section.items():
        value = value.strip()
        if key == "language":
            if value in ("en", "fr"):
                settings.language = value
            else:
                settings.problems.append(f"language = {value}: use en or fr")
        elif key == "tabs":
            tabs = tuple(t.strip() for t in value.split(",") if t.strip())
            unknown = [t for t in tabs if t not in TABS]
            if unknown or not tabs:
                settings.problems.append(
                    f"tabs = {value}: choose among {', '.join(TABS)}"
                )
            tabs = tuple(t for t in tabs if t in TABS)
            settings.tabs = tabs or TABS
        elif key in ("dataset", "preset"):
            choices = DATASETS if key == "dataset" else tuple(PRESETS)
            if value in choices:
                setattr(settings, key, value)
            else:
                settings.problems.append(
                    f"{key} = {value}: choose among {', '.join(choices)}"
                )
        elif key == "hide":
            hide = {h.strip() for h in value.split(",") if h.strip()}
            settings.problems += [
                f"hide = {h}: unknown control" for h in sorted(hide - set(HIDEABLE))
            ]
            settings.hide = frozenset(hide & set(HIDEABLE))
        else:
            settings.problems.append(f"{key}: unknown setting")
    return settings
