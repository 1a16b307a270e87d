"""The teacher file as a classroom writes it: typos, %, wrong encodings, junk.

Whatever is in ``guiapp-teacher.ini`` (or wherever it points), reading it
returns settings and a list of problems and never raises; start-up goes on.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp import teacher
from guiapp.ml.datasets import DATASETS
from guiapp.presets import PRESETS

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path, content):
    path = tmp_path / teacher.FILE_NAME
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def assert_sane(result):
    """Settings within what the app accepts, problems as short one-line sentences."""
    assert isinstance(result, teacher.TeacherSettings)
    assert result.language in (None, *teacher.LANGUAGES)
    assert result.tabs and set(result.tabs) <= set(teacher.TABS)
    assert len(set(result.tabs)) == len(result.tabs)
    assert result.hide <= set(teacher.HIDEABLE)
    assert result.dataset in (None, *DATASETS)
    assert result.preset in (None, *PRESETS)
    assert len(result.problems) <= teacher.MAX_PROBLEMS + 1
    for problem in result.problems:
        assert isinstance(problem, str) and problem.isprintable(), repr(problem)
        assert len(problem) < 400


def test_percent_sign_is_plain_text(tmp_path):
    """`hide = download, 100%` (configparser's interpolation) neither raises nor loses download."""
    result = teacher.load(write(tmp_path, "[guiapp]\nhide = download, 100%\n"))
    assert result.hide == {"download"}
    assert any("100%" in p for p in result.problems)
    result = teacher.load(write(tmp_path, "[guiapp]\nlanguage = fr\ntabs = %(x)s\n"))
    assert result.language == "fr" and result.tabs == teacher.TABS
    assert any("%(x)s" in p for p in result.problems)


def test_misspelt_section_is_reported_with_a_suggestion(tmp_path):
    """`[guiap]` is reported (did you mean [guiapp]?) and nothing in it applies."""
    result = teacher.load(write(tmp_path, "[guiap]\nlanguage = fr\n"))
    assert result.language is None
    assert any("[guiap]" in p and "did you mean [guiapp]" in p for p in result.problems)


def test_unknown_keys_and_values_are_reported(tmp_path):
    """A misspelt key, an unknown language, dataset or preset, a tab listed twice: each named."""
    result = teacher.load(
        write(
            tmp_path,
            "[guiapp]\ntab = conv\nlanguage = de\ndataset = cifar\n"
            "preset = lenet\ntabs = conv, conv\n",
        )
    )
    text = "\n".join(result.problems)
    assert "tab: unknown setting" in text and "did you mean tabs" in text
    assert "language = de" in text and "dataset = cifar" in text
    assert "preset = lenet" in text and "did you mean lenet5" in text
    assert "conv is listed twice" in text
    assert result.tabs == ("conv",) and result.language is None


def test_settings_before_any_section_are_read_as_guiapp(tmp_path):
    """A file without `[guiapp]` at the top still applies, and says so."""
    result = teacher.load(write(tmp_path, "language = fr\n"))
    assert result.language == "fr"
    assert any("before any [section]" in p for p in result.problems)


def test_repeated_keys_and_sections_are_reported(tmp_path):
    """A key set twice keeps its first value; a second [guiapp] is ignored; both reported with their line."""
    result = teacher.load(
        write(
            tmp_path,
            "[guiapp]\nlanguage = fr\nlanguage = en\n[guiapp]\ntabs = rnn\n",
        )
    )
    assert result.language == "fr" and result.tabs == teacher.TABS
    assert any(
        p.startswith("line 3: language is set a second time") for p in result.problems
    )
    assert any(
        p.startswith("line 4: [guiapp] appears a second time") for p in result.problems
    )


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "empty"),
        (b"\n \n\t\n", "empty"),
        (b"[guiapp]\nlanguage = fr ; fran\xe7ais\n", "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "not UTF-8"),
        (b"[DEFAULT]\nlanguage = fr\n", "[DEFAULT]"),
        (b"[guiapp]\n\x00\x1b[31m junk\n", "not 'key = value'"),
        (b"[guiapp\nlanguage = fr\n", "before any [section]"),
    ],
    ids=["empty", "blank", "latin-1", "binary", "default", "junk", "broken-header"],
)
def test_awkward_files_are_reported(tmp_path, content, expected):
    """Empty, Latin-1, binary and junk files give a problem naming what was found, never an exception."""
    result = teacher.load(write(tmp_path, content))
    assert_sane(result)
    assert any(expected in p for p in result.problems), result.problems


def test_latin1_file_still_applies_what_it_can(tmp_path):
    """A Latin-1 accent in a comment is reported; the settings around it still apply."""
    result = teacher.load(write(tmp_path, b"[guiapp]\nlanguage = fr ; fran\xe7ais\n"))
    assert result.language == "fr"


@pytest.mark.parametrize(
    "bom, encoding",
    [(b"\xef\xbb\xbf", "utf-8"), (b"", "utf-16")],
    ids=["utf-8-bom", "utf-16"],
)
def test_notepad_encodings_are_read(tmp_path, bom, encoding):
    """Notepad's "UTF-8 with BOM" and "Unicode" (UTF-16) files with CRLF lines are read without a problem."""
    content = bom + "[guiapp]\r\nlanguage = fr\r\n".encode(encoding)
    result = teacher.load(write(tmp_path, content))
    assert result.language == "fr" and result.problems == []


def test_huge_file_is_not_read(tmp_path):
    """A file larger than a settings file can be is refused in one sentence, quickly."""
    path = write(tmp_path, "[guiapp]\n" + "; comment\n" * (teacher.MAX_BYTES // 5))
    result = teacher.load(path)
    assert result.path == path and result.language is None
    assert result.problems == [
        f"larger than {teacher.MAX_BYTES // 1024} KB, so not a settings file: "
        "no setting applied"
    ]


def test_many_repeats_are_summed_up(tmp_path):
    """Thousands of repeated keys: the first ones named, the rest counted."""
    result = teacher.load(write(tmp_path, "[guiapp]\n" + "language = fr\n" * 3000))
    assert_sane(result)
    assert result.language == "fr"
    assert result.problems[-1].startswith("and ")


def test_folder_named_like_the_file(tmp_path, monkeypatch):
    """A folder called guiapp-teacher.ini (given or found) is reported and skipped."""
    folder = tmp_path / "guiapp" / teacher.FILE_NAME
    folder.mkdir(parents=True)
    result = teacher.load(folder)
    assert any("folder" in p for p in result.problems)
    monkeypatch.delenv("GUIAPP_TEACHER_SETTINGS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    result = teacher.load()
    assert result.path is None
    assert any("is a folder" in p for p in result.problems)


def test_environment_variable_naming_nothing(tmp_path, monkeypatch):
    """GUIAPP_TEACHER_SETTINGS naming a missing file is reported; the usual places are still searched."""
    monkeypatch.setenv("GUIAPP_TEACHER_SETTINGS", str(tmp_path / "missing.ini"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "guiapp").mkdir()
    write(tmp_path / "guiapp", "[guiapp]\ntabs = rnn\n")
    result = teacher.load()
    assert result.tabs == ("rnn",)
    assert any("missing.ini" in p for p in result.problems)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything"
)
def test_unreadable_file(tmp_path):
    """A file the user may not read is reported, not raised."""
    path = write(tmp_path, "[guiapp]\nlanguage = fr\n")
    path.chmod(0)
    try:
        result = teacher.load(path)
    finally:
        path.chmod(0o644)
    assert any("cannot be read" in p for p in result.problems)


# ---- random files
FRAGMENTS = st.sampled_from(
    [
        "[guiapp]",
        "[guiap]",
        "[DEFAULT]",
        "[",
        "]",
        "language = fr",
        "language = ",
        "tabs = conv, builder",
        "hide = download, 100%",
        "%(x)s",
        "%",
        "=",
        ":",
        ";",
        "#",
        "preset = lenet5",
        "dataset = mnist-5k",
        "  continued",
        "\x00",
        "\ufeff",
        "é",
        "\r",
        "\t",
    ]
)
INI_LIKE = st.lists(st.one_of(FRAGMENTS, st.text(max_size=30)), max_size=30).map(
    lambda parts: "\n".join(parts)
)


@settings(max_examples=300, deadline=None)
@given(content=st.one_of(INI_LIKE, st.text(max_size=300), st.binary(max_size=300)))
def test_random_content_gives_settings_and_problems(content):
    """Random text, bytes and INI-like fragments: settings and problems back, never an exception."""
    assert_sane(teacher.parse(content))


@settings(max_examples=100, deadline=None)
@given(content=INI_LIKE)
def test_random_content_as_bytes_in_any_encoding(content):
    """The same fragments encoded in UTF-16 or Latin-1 (errors replaced) never raise either."""
    for encoding in ("utf-16", "latin-1"):
        assert_sane(teacher.parse(content.encode(encoding, errors="replace")))


# ---- start-up
def test_startup_goes_on_and_reports_on_stderr(tmp_path):
    """The app starts (smoke run, exit 0) with a file full of problems, each on stderr, no traceback."""
    path = write(
        tmp_path,
        b"[guiap]\nlanguage = fr\n[guiapp]\nhide = download, 100%\nhide = export\n"
        b"tabs = conv, rnn\n\xff\xfe junk\n",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "GUIAPP_TEACHER_SETTINGS": str(path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "guiapp", "--smoke", "--no-tensorflow"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "smoke ok: Convolution & pooling, Recurrent networks" in result.stdout
    for expected in ("[guiap]", "100%", "hide is set a second time", "not UTF-8"):
        assert any(
            line.startswith(f"guiapp: teacher settings {path}:") and expected in line
            for line in result.stderr.splitlines()
        ), (expected, result.stderr)


@pytest.mark.gui
def test_about_lists_each_problem(tmp_path, qtbot):
    """About names the file and lists each problem as written, Markdown characters and all."""
    from guiapp.ui.about import AboutDialog

    (tmp_path / "my_class").mkdir()
    path = write(
        tmp_path / "my_class",
        "[guiap]\n[guiapp]\nhide = download, 100%, *bold*, <b>x</b>\ncolour = red\n",
    )
    result = teacher.load(path)
    about = AboutDialog("", None, teacher=result)
    qtbot.addWidget(about)
    text = about.browser.toPlainText()
    assert str(path) in text
    assert len(result.problems) == 5
    for problem in result.problems:
        assert problem in text
