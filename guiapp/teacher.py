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
Nothing in the file can stop the app: a ``%`` is plain text (no
interpolation), and every problem (an unknown section, key or value, a
repeated key, a line that is not ``key = value``, a file that is not UTF-8,
too large, empty or a folder) is reported in About and on stderr, and that
part is ignored (standard library only).

>>> settings = parse("[guiapp]\\nhide = download, 100%\\n")
>>> sorted(settings.hide), settings.problems
(['download'], ['hide = 100%: unknown control (choose among download, show_code, open_image, export)'])
"""

from __future__ import annotations

import codecs
import configparser
import difflib
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["TeacherSettings", "find_file", "load", "parse"]

FILE_NAME = "guiapp-teacher.ini"
SECTION = "guiapp"
TABS = ("conv", "builder", "train", "rnn")
HIDEABLE = ("download", "show_code", "open_image", "export")
KEYS = ("language", "tabs", "dataset", "preset", "hide")
LANGUAGES = ("en", "fr")

#: A settings file has a few lines; anything larger is not one (and is not read).
MAX_BYTES = 64 * 1024
#: Problems listed one by one; more are counted.
MAX_PROBLEMS = 20
#: How many repeated sections or keys are named before the rest are summed up
#: (each costs one more parse of the file).
MAX_REPEATS = 32
#: Characters of a value or line quoted in a problem.
QUOTE_LENGTH = 40

# A section name configparser can never read (a header is one line), so the
# file's [DEFAULT] is a section like any other instead of merging into all.
_NO_DEFAULT_SECTION = "\n"


@dataclass
class TeacherSettings:
    path: Path | None = None
    language: str | None = None
    tabs: tuple[str, ...] = TABS
    dataset: str | None = None
    preset: str | None = None
    hide: frozenset[str] = frozenset()
    #: sentences for the teacher, each saying what was found and what happens
    problems: list[str] = field(default_factory=list)


def _quoted(text, limit: int = QUOTE_LENGTH) -> str:
    """``text`` short and on one line, control characters escaped (the file may
    hold anything, and the sentence goes to a terminal and to About)."""
    text = str(text)
    if len(text) > limit:
        text = text[:limit] + "…"
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


def _did_you_mean(word: str, choices, form: str = "{}") -> str:
    close = difflib.get_close_matches(word.strip().lower(), choices, n=1, cutoff=0.6)
    return f" (did you mean {form.format(close[0])}?)" if close else ""


def _config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(Path.home(), ".config")
    return Path(base) / "guiapp"


def _candidates() -> list[Path]:
    from .resources import resources_dir

    candidates = []
    named = os.environ.get("GUIAPP_TEACHER_SETTINGS")
    if named:
        candidates.append(Path(named))
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).parent / FILE_NAME)
    try:
        candidates.append(resources_dir() / FILE_NAME)
    except FileNotFoundError:
        pass
    try:
        candidates.append(_config_dir() / FILE_NAME)
    except (RuntimeError, KeyError):  # no home folder to be found
        pass
    return candidates


def _locate(problems: list[str]) -> Path | None:
    """The first candidate that is a regular file; the others that exist, and
    a GUIAPP_TEACHER_SETTINGS naming nothing, are reported on the way."""
    named = os.environ.get("GUIAPP_TEACHER_SETTINGS")
    for path in _candidates():
        try:
            mode = os.stat(path).st_mode
        except (OSError, ValueError) as error:
            if named and str(path) == named:
                reason = getattr(error, "strerror", None) or error
                problems.append(
                    f"GUIAPP_TEACHER_SETTINGS names {_quoted(path, 200)}, which cannot "
                    f"be used ({reason}): looking in the usual places"
                )
            continue
        if stat.S_ISREG(mode):
            return path
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        problems.append(f"{_quoted(path, 200)} is {kind}, not a settings file: skipped")
    return None


def find_file() -> Path | None:
    """The teacher settings file in force, if any (first found wins)."""
    return _locate([])


def load(path=None) -> TeacherSettings:
    """Read the teacher settings (defaults when there is no file).

    Never raises for anything in or about the file: what cannot be used is
    listed in ``problems`` and the rest applies.
    """
    problems: list[str] = []
    path = Path(path) if path is not None else _locate(problems)
    if path is None:
        return TeacherSettings(problems=problems)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISREG(mode):  # never open a folder, a device or a pipe
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        problems.append(f"cannot be read ({reason}): no setting applied")
        return TeacherSettings(path=path, problems=problems)
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        problems.append(f"it is {kind}, not a settings file: no setting applied")
        return TeacherSettings(path=path, problems=problems)
    if len(data) > MAX_BYTES:
        problems.append(
            f"larger than {MAX_BYTES // 1024} KB, so not a settings file: "
            "no setting applied"
        )
        return TeacherSettings(path=path, problems=problems)
    settings = parse(data)
    settings.path = path
    settings.problems[:0] = problems
    return settings


def _decode(data: bytes, problems: list[str]) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")  # Notepad's "Unicode"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")  # Notepad's "UTF-8 with BOM" too
    except UnicodeDecodeError as error:
        problems.append(
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at position "
            f"{error.start}): save it as UTF-8; unreadable characters were replaced"
        )
        return data.decode("utf-8-sig", errors="replace")


def _new_parser(strict: bool = True) -> configparser.ConfigParser:
    return configparser.ConfigParser(
        interpolation=None,  # a "%" is text: "100%" must not stop the app
        inline_comment_prefixes=(";", "#"),
        default_section=_NO_DEFAULT_SECTION,
        strict=strict,
    )


_HEADER = re.compile(r"\s*\[\s*guiapp\s*\]\s*(?:[;#].*)?$", re.IGNORECASE)


def _read_ini(text: str, problems: list[str]):
    """Parse ``text``; return the parser and the section names it made up.

    Parsing stops at a repeated section or key and at a setting above any
    section: each is reported, the line set aside, and the file read again.
    """
    lines = text.split("\n")  # as configparser counts lines
    offset = 0  # lines added above the file
    set_aside: set[str] = set()
    for _ in range(MAX_REPEATS):
        parser = _new_parser()
        try:
            parser.read_string("\n".join(lines))
        except configparser.MissingSectionHeaderError as error:
            line = error.lineno - 1
            # settings above any section: read them as [guiapp] unless the file
            # has its own [guiapp] further down
            if any(_HEADER.match(text_line) for text_line in lines):
                set_aside.add("\x01top")
                lines.insert(0, "[\x01top]")
                problems.append(
                    f"line {error.lineno}: {_quoted(lines[line + 1].strip())} comes "
                    "before any [section]: ignored"
                )
            else:
                lines.insert(0, f"[{SECTION}]")
                problems.append(
                    f"line {error.lineno}: {_quoted(lines[line + 1].strip())} comes "
                    f"before any [section]: read as if the file began with [{SECTION}]"
                )
            offset = 1
        except configparser.DuplicateSectionError as error:
            name = f"\x01{error.lineno}"
            set_aside.add(name)
            if error.section == SECTION:
                problems.append(
                    f"line {error.lineno - offset}: [{SECTION}] appears a second "
                    "time: that part is ignored (write each setting once)"
                )
            lines[error.lineno - 1] = f"[{name}]"
        except configparser.DuplicateOptionError as error:
            if error.section == SECTION:
                problems.append(
                    f"line {error.lineno - offset}: {_quoted(error.option)} is set a "
                    "second time: the first value is kept"
                )
            line = lines[error.lineno - 1]
            indent = len(line) - len(line.lstrip())
            # a made-up key keeps the line's continuation lines attached to it
            lines[error.lineno - 1] = (
                f"{line[:indent]}\x01{error.lineno}{line[indent:]}"
            )
        except configparser.ParsingError as error:
            for lineno, _ in error.errors:
                problems.append(
                    f"line {lineno - offset}: {_quoted(lines[lineno - 1].strip(), 60)} is not "
                    "'key = value': ignored"
                )
            return parser, set_aside
        else:
            return parser, set_aside
    problems.append(
        "more sections or keys are repeated: for them the last value is kept"
    )
    parser = _new_parser(strict=False)
    try:
        parser.read_string("\n".join(lines))
    except configparser.ParsingError:
        pass  # reported above; what parsed is in the parser
    return parser, set_aside


def _items(value: str) -> list[str]:
    """A list value: commas, spaces or new lines between the items."""
    return [item for item in re.split(r"[,\s]+", value.lower()) if item]


def parse(data) -> TeacherSettings:
    """Settings from the file's content (``bytes`` or ``str``); never raises.

    What cannot be used is described in ``problems`` (one sentence each,
    without the file's name) and ignored; the rest applies.
    """
    from .ml.datasets import DATASETS
    from .presets import PRESETS

    problems: list[str] = []
    settings = TeacherSettings(problems=problems)
    text = _decode(data, problems) if isinstance(data, bytes) else str(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # Windows, old Mac
    if not text.strip():
        problems.append(f"the file is empty: write [{SECTION}] and settings in it")
        return _capped(settings)
    parser, set_aside = _read_ini(text, problems)
    for name in parser.sections():
        if name != SECTION and name not in set_aside:
            problems.append(
                f"section [{_quoted(name)}] is not read: only [{SECTION}] is"
                + _did_you_mean(name, (SECTION,), "[{}]")
            )
    if not parser.has_section(SECTION):
        if not parser.sections():
            problems.append(f"no [{SECTION}] section: no setting applied")
        return _capped(settings)
    for key, value in parser.items(SECTION, raw=True):
        if not key or key.startswith("\x01"):
            continue  # a line without a key or a repeated key: already reported
        value = (value or "").strip()
        shown = _quoted(value) if value else "(nothing)"
        if key not in KEYS:
            problems.append(
                f"{_quoted(key)}: unknown setting, ignored (the settings are "
                f"{', '.join(KEYS)})" + _did_you_mean(key, KEYS)
            )
        elif key == "language":
            if value.lower() in LANGUAGES:
                settings.language = value.lower()
            else:
                problems.append(
                    f"language = {shown}: use {' or '.join(LANGUAGES)}; "
                    "the language is not fixed"
                )
        elif key == "tabs":
            tabs = []
            for tab in _items(value):
                if tab not in TABS:
                    problems.append(
                        f"tabs: {_quoted(tab)} is not a tab (choose among "
                        f"{', '.join(TABS)})" + _did_you_mean(tab, TABS)
                    )
                elif tab in tabs:
                    problems.append(f"tabs: {tab} is listed twice: shown once")
                else:
                    tabs.append(tab)
            if not tabs:
                problems.append(f"tabs = {shown}: no tab left, so all tabs are shown")
            settings.tabs = tuple(tabs) or TABS
        elif key in ("dataset", "preset"):
            choices = DATASETS if key == "dataset" else tuple(PRESETS)
            if value.lower() in choices:
                setattr(settings, key, value.lower())
            else:
                problems.append(
                    f"{key} = {shown}: choose among {', '.join(choices)}"
                    + _did_you_mean(value, choices)
                )
        elif key == "hide":
            hide = set()
            for control in _items(value):
                if control in HIDEABLE:
                    hide.add(control)
                else:
                    problems.append(
                        f"hide = {_quoted(control)}: unknown control (choose among "
                        f"{', '.join(HIDEABLE)})" + _did_you_mean(control, HIDEABLE)
                    )
            settings.hide = frozenset(hide)
    return _capped(settings)


def _capped(settings: TeacherSettings) -> TeacherSettings:
    extra = len(settings.problems) - MAX_PROBLEMS
    if extra > 0:
        settings.problems[MAX_PROBLEMS:] = [f"and {extra} more problems"]
    return settings
