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


def translate_message(text) -> str:
    """``text`` in the user's language when it is a guiapp.core Message."""
    template = getattr(text, "template", None)
    if template is None:
        return str(text)
    return QCoreApplication.translate("LayerMessages", template).format(**text.values)


def _layer_messages_for_lupdate() -> tuple[str, ...]:
    """The templates of guiapp.core.layers.MESSAGES, written out for pyside6-lupdate.

    lupdate reads only literal strings; tests/test_translations.py checks this
    list matches MESSAGES exactly.
    """
    return (
        QCoreApplication.translate(
            "LayerMessages",
            "{kind}: '{key}' must be a whole number >= {low}, not {value}",
        ),
        QCoreApplication.translate(
            "LayerMessages",
            "the input shape must be three whole numbers >= 1 (H, W, D), not {value}",
        ),
        QCoreApplication.translate("LayerMessages", "the layers must be a list"),
        QCoreApplication.translate(
            "LayerMessages", "layer {position}: unknown layer type {kind}"
        ),
        QCoreApplication.translate(
            "LayerMessages",
            "layer {position}: padding must be 'valid', 'same' or a number P >= 0",
        ),
        QCoreApplication.translate(
            "LayerMessages", "layer {position}: the dropout rate must be in [0, 1)"
        ),
        QCoreApplication.translate(
            "LayerMessages", "layer {position}: unknown activation {value}"
        ),
        QCoreApplication.translate(
            "LayerMessages",
            "ceil({w}/{s}): Keras pads so that the window covers every pixel",
        ),
        QCoreApplication.translate(
            "LayerMessages", "{exact} is not whole: Keras floors it to {out}"
        ),
        QCoreApplication.translate(
            "LayerMessages", "not computed: a layer above is invalid"
        ),
        QCoreApplication.translate(
            "LayerMessages",
            "{kind} needs an image-shaped input (H, W, D), but after Flatten its input is "
            "{shape}: it has no rows and columns left to slide over",
        ),
        QCoreApplication.translate(
            "LayerMessages",
            "{kind} needs an image-shaped input (H, W, D), but its input is {shape}: "
            "it has no rows and columns left to slide over",
        ),
        QCoreApplication.translate(
            "LayerMessages",
            "the {f}x{f} kernel is larger than the {h}x{w} input plus padding: "
            "the output would be {oh}x{ow}",
        ),
        QCoreApplication.translate(
            "LayerMessages", "the {f}x{f} window does not fit in the {h}x{w} input"
        ),
        QCoreApplication.translate(
            "LayerMessages",
            "no Flatten before Dense: Keras applies Dense to the last axis only, so each of "
            "the {positions} positions gets its own {units} outputs, shape {shape}, not a vector",
        ),
        QCoreApplication.translate("LayerMessages", "unchanged"),
        QCoreApplication.translate("LayerMessages", "0 (pooling learns nothing)"),
        QCoreApplication.translate("LayerMessages", "units = {units}"),
    )
