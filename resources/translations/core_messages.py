"""Write out guiapp.core's and guiapp.ml's message templates for lupdate.

The Qt-free layers raise :class:`guiapp.core.messages.Message` objects whose
templates are translated when shown (``guiapp.ui.i18n.translate_message``).
pyside6-lupdate reads literal strings only, so ``_core_messages_for_lupdate``
in ``guiapp/ui/i18n.py`` lists every template literally; this script rewrites
that list from the modules named in ``i18n.MESSAGE_MODULES`` (``make
translations`` runs it before lupdate). ``tests/test_translations.py`` checks
that the list matches and that no module with a ``MESSAGES`` tuple is missing.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "guiapp" / "ui" / "i18n.py"
BEGIN = "    # ---- written by resources/translations/core_messages.py: do not edit\n"
END = "    # ---- end of the written list\n"


def templates() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from guiapp.ui.i18n import MESSAGE_MODULES

    found = []
    for name in MESSAGE_MODULES:
        found += list(importlib.import_module(name).MESSAGES)
    return found


def pieces(template: str, width: int = 72) -> list[str]:
    """``template`` cut after spaces into pieces of at most ``width`` characters
    (written as adjacent literals, which Python and lupdate join)."""
    cut, piece = [], ""
    for word in template.split(" "):
        candidate = f"{piece} {word}" if piece else word
        if piece and len(candidate) > width:
            cut.append(piece + " ")
            piece = word
        else:
            piece = candidate
    cut.append(piece)
    assert "".join(cut) == template
    return cut


def body(messages: list[str]) -> str:
    lines = [BEGIN, "    return (\n"]
    for template in messages:
        lines.append(
            '        QCoreApplication.translate(\n            "CoreMessages",\n'
        )
        lines += [f"            {piece!r}\n" for piece in pieces(template)]
        lines.append("        ),\n")
    lines += ["    )\n", END]
    return "".join(lines)


def main() -> int:
    text = I18N.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    new = text[:start] + body(templates()) + text[end:]
    if new != text:
        I18N.write_text(new, encoding="utf-8")
        print(f"{I18N.relative_to(ROOT)}: core messages written out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
