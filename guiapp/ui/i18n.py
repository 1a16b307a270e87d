"""Languages: Qt's translation system with a French catalogue.

English is the source language. The Language menu overrides the system locale
and is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resource_path

LANGUAGES = ("en", "fr")

_installed: list[QTranslator] = []


def system_language() -> str:
    """``"fr"`` when the system locale is French, else ``"en"``."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def install(language: str) -> bool:
    """Translate the application into ``language`` ("en" or "fr"); True if loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(
        QLocale.Language.French if language == "fr" else QLocale.Language.English
    )
    QLocale.setDefault(locale)
    if language == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(resource_path("translations", f"guiapp_{language}.qm")))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (dialog buttons: Oui/Non, Annuler...)
    qt_base = QTranslator(app)
    if qt_base.load(
        locale,
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return loaded
