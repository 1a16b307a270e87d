"""The builder's sentences made in plain Python (guiapp.core's range refusals,
the network file's), written out for pyside6-lupdate.

lupdate reads only literal strings: :func:`messages_for_lupdate` lists
:data:`guiapp.core.layer_types.RANGE_MESSAGES` then
:data:`guiapp.ui.builder.state.FILE_MESSAGES` in the "CoreMessages" context,
where :func:`guiapp.ui.i18n.translate_message` looks them up; a test checks
the list matches both tuples exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["messages_for_lupdate"]


def messages_for_lupdate() -> tuple[str, ...]:
    """RANGE_MESSAGES then FILE_MESSAGES, each in the user's language."""
    return (
        QCoreApplication.translate(
            "CoreMessages",
            "layer {position}, {kind}: '{key}' must be a whole number >= {low} and "
            "<= {high}, not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "layer {position}, {kind}: '{key}' must be a number >= {low} and <= "
            "{high}, not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "layer {position}, {kind}: '{key}' must be 'valid', 'same' or a whole "
            "number P >= 0 and <= {high}, not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "layer {position}, {kind}: '{key}' must be one of {choices}, not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the input shape must be three whole numbers (H, W, D) >= 1 and <= "
            "{high}, not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            'layer {position}: no "type": each layer names its type, one of {choices}',
        ),
        QCoreApplication.translate(
            "CoreMessages",
            'layer {position}: a layer is an object such as {{"type": "Flatten"}}, '
            "not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "a network holds at most {high} layers, not {count}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "layer {position}: unknown layer type {kind}; the types are {choices}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "layer {position}, {kind}: '{key}' must be a number >= {low} and < "
            "{high}, not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the file is {size}: a network file is at most {limit}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "this is not a text file in UTF-8 (byte {position} cannot be read)",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "this is not a JSON file: it breaks at line {line}, column {column}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the JSON nests too deeply to be a network file",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{value} is not a JSON number (NaN and Infinity are not allowed)",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the number {value} is too long for any field of a network file",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the key {key} appears twice in one object: which value is meant is "
            "unclear",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "this JSON file holds {value}, not a guiapp network (an object with "
            '"format": "guiapp-network")',
        ),
        QCoreApplication.translate(
            "CoreMessages",
            'this JSON file is not a guiapp network (no "format": "guiapp-network")',
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "this guiapp reads network files of version {supported}, not version "
            "{version}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "ignored, unknown to guiapp: {names}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "layer {position}: ignored, unknown to {kind}: {names}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "this is not a file (a folder or a device)",
        ),
        QCoreApplication.translate("CoreMessages", "the file is empty"),
        QCoreApplication.translate(
            "CoreMessages",
            'the file has no "{key}": a network file gives "input" (H, W, D) and "layers"',
        ),
    )
