"""Keep the French when a string moves to another class (make translations).

pyside6-lupdate files each string under the class that calls ``self.tr`` (its
context). When code moves (a tab split into views), the same English sentence
appears under a new context as unfinished, and the old one becomes obsolete.
This fills every unfinished message whose source text was already translated
somewhere in the catalogue (any context, obsolete included), then drops the
obsolete messages. Run after lupdate (without -no-obsolete), before lrelease:

    python resources/translations/reuse.py resources/translations/guiapp_fr.ts

Older catalogues named after it (a copy from git history, say) are read for
translations too. It prints how many it filled and what is left unfinished for a translator.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

GONE = ("obsolete", "vanished")


def _translations(root) -> dict[str, str]:
    known: dict[str, str] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        text = (translation.text or "").strip()
        if translation.get("type") not in ("unfinished",) and text:
            known.setdefault(message.find("source").text, translation.text)
    return known


def reuse(path: str, older: list[str] = ()) -> tuple[int, list[str]]:
    tree = ET.parse(path)
    root = tree.getroot()
    known = _translations(root)
    for other in older:
        for source, text in _translations(ET.parse(other).getroot()).items():
            known.setdefault(source, text)
    filled, left = 0, []
    for context in root.iter("context"):
        for message in list(context.iter("message")):
            translation = message.find("translation")
            if translation.get("type") in GONE:
                context.remove(message)
                continue
            if translation.get("type") == "unfinished":
                source = message.find("source").text
                if source in known:
                    translation.text = known[source]
                    del translation.attrib["type"]
                    filled += 1
                else:
                    left.append(source)
    for context in list(root.iter("context")):
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, left


if __name__ == "__main__":
    filled, left = reuse(sys.argv[1], sys.argv[2:])
    print(f"reused {filled} translations; {len(left)} left to translate")
    for source in left:
        print("  -", source.replace("\n", " ")[:100])
