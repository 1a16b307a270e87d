"""The French catalogue is complete and compiled."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "guiapp_fr.ts"
QM = ROOT / "resources" / "translations" / "guiapp_fr.qm"
BIN = Path(sys.executable).parent


def tool(name):
    path = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_every_visible_string_has_a_french_translation(tmp_path):
    """lupdate on the sources finds no string without a finished French translation."""
    copy = tmp_path / "guiapp_fr.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "guiapp").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    unfinished = [
        m.find("source").text
        for m in ET.parse(copy).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
        or not (m.find("translation").text or "").strip()
    ]
    assert not unfinished, f"untranslated strings (run make translations): {unfinished}"


def test_compiled_catalogue_is_up_to_date(tmp_path):
    """The shipped .qm is what lrelease makes from the .ts (no stale translations)."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == QM.read_bytes()


def test_placeholders_survive_translation():
    """Every %1, {name} or %s of a source string appears in its French translation."""
    import re

    pattern = re.compile(r"%\d|%[sd]|\{\w+\}")
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.find("source").text
        french = message.find("translation").text or ""
        assert sorted(pattern.findall(source)) == sorted(pattern.findall(french)), (
            source
        )


def test_core_messages_are_all_offered_to_translators(qapp):
    """Every sentence guiapp.core and guiapp.ml can raise is listed for lupdate
    (``make translations`` writes the list), and every module that has a
    ``MESSAGES`` tuple is one of ``i18n.MESSAGE_MODULES``."""
    import importlib
    import re
    from pathlib import Path

    from guiapp.ui import i18n

    i18n.install("en")
    templates = ()
    for name in i18n.MESSAGE_MODULES:
        templates += tuple(importlib.import_module(name).MESSAGES)
    assert i18n._core_messages_for_lupdate() == templates
    package = Path(i18n.__file__).resolve().parents[1]
    having = {
        ".".join(path.relative_to(package.parent).with_suffix("").parts)
        for path in package.rglob("*.py")
        if re.search(r"^MESSAGES\b", path.read_text(encoding="utf-8"), re.M)
    }
    assert having == set(i18n.MESSAGE_MODULES)


def test_core_message_in_french(qapp):
    """A layer error from guiapp.core reads in French once French is chosen."""
    from guiapp.core.layers import summarize
    from guiapp.ui import i18n

    rows = summarize((28, 28, 1), [{"type": "Flatten"}, {"type": "Conv2D"}])
    try:
        assert i18n.install("fr")
        french = i18n.translate_message(rows[1].error)
        assert "Flatten" in french and french != str(rows[1].error)
        assert "(784,)" in french
    finally:
        i18n.install("en")


def test_a_catalogue_rewritten_while_the_app_runs_changes_nothing(
    qapp, tmp_path, monkeypatch
):
    """French stays French when the .qm file is written anew under the running
    app (an update, make translations): Qt mapped the file, and half the
    window turned English in a trial."""
    from PySide6.QtCore import QCoreApplication

    from guiapp.ui import i18n

    copy = tmp_path / "translations" / "guiapp_fr.qm"
    copy.parent.mkdir()
    shutil.copy(
        Path(i18n.__file__).parents[2] / "resources/translations/guiapp_fr.qm", copy
    )
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    try:
        assert i18n.install("fr")
        title = QCoreApplication.translate("Presets", "Course: MNIST dense network")
        assert title != "Course: MNIST dense network"
        with open(copy, "r+b") as file:  # rewritten in place, as a build does
            file.write(b"\0" * copy.stat().st_size)
        assert (
            QCoreApplication.translate("Presets", "Course: MNIST dense network")
            == title
        )
    finally:
        monkeypatch.undo()
        i18n.install("en")
