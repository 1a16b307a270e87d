"""Teacher settings: a class sees only what the lesson needs."""

import pytest

from guiapp import teacher


def write(tmp_path, text):
    path = tmp_path / "guiapp-teacher.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_everything(tmp_path, monkeypatch):
    """Without a settings file every tab is shown and nothing is fixed."""
    monkeypatch.delenv("GUIAPP_TEACHER_SETTINGS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    settings = teacher.load()
    assert settings.path is None and settings.tabs == teacher.TABS
    assert settings.language is None and not settings.hide


def test_file_in_the_config_folder_is_found(tmp_path, monkeypatch):
    """A guiapp-teacher.ini in the user's config folder is used."""
    monkeypatch.delenv("GUIAPP_TEACHER_SETTINGS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "guiapp").mkdir()
    write(tmp_path / "guiapp", "[guiapp]\ntabs = rnn\n")
    assert teacher.load().tabs == ("rnn",)


def test_settings_are_read_and_bad_values_reported(tmp_path):
    """Valid keys apply; unknown tabs, datasets and keys are reported, not fatal."""
    path = write(
        tmp_path,
        "[guiapp]\nlanguage = fr\ntabs = conv, builder, cooking\n"
        "dataset = mnist-5k\npreset = lenet5\nhide = download, rocket\ncolour = red\n",
    )
    settings = teacher.load(path)
    assert settings.language == "fr" and settings.tabs == ("conv", "builder")
    assert settings.dataset == "mnist-5k" and settings.preset == "lenet5"
    assert settings.hide == frozenset({"download"})
    assert any("cooking" in p for p in settings.problems)
    assert any("rocket" in p for p in settings.problems)
    assert any("colour" in p for p in settings.problems)


@pytest.mark.gui
def test_window_follows_the_teacher(tmp_path, qtbot):
    """Only the chosen tabs, the preset loaded, controls hidden, language fixed; About names the file."""
    from guiapp.ui.about import AboutDialog
    from guiapp.ui.main_window import MainWindow

    settings = teacher.load(
        write(
            tmp_path,
            "[guiapp]\nlanguage = en\ntabs = builder, train\n"
            "preset = lenet5\ndataset = fashion-mnist\n"
            "hide = download, show_code\n",
        )
    )
    window = MainWindow("en", restore=False, quiet=True, teacher=settings)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "CNN builder",
        "Training",
    ]
    assert not window.show_tab("conv")
    assert window.builder_tab.stack()[0] == (32, 32, 1)
    assert window.train_tab.state.network == "lenet5"
    assert window.train_tab.state.dataset == "fashion-mnist"
    assert window.train_tab.panel.download_button.isHidden()
    assert not window.code_action.isVisible()
    assert not window.language_actions["fr"].isEnabled()
    about = AboutDialog("", window, teacher=settings)
    assert "guiapp-teacher.ini" in about.browser.toPlainText()
