"""The one translation function for messages the engine and the command line show to students and teachers.

Qt-free: by default it returns the English text. The app installs Qt's own lookup at start
(:func:`install`), so the engine's words come from the same compiled ``.qm`` files as the windows'; the
command line can install a :class:`Catalogue` read from a shipped ``.ts`` file instead.

``pyside6-lupdate`` extracts every ``translate("Context", "text")`` call and every
``QT_TRANSLATE_NOOP("Context", "text")`` (named so because lupdate recognises that name), so the engine's
strings land in the same ``translations/*.ts`` files as the GUI's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

#: (context, text, disambiguation, n) -> translated text with ``%n`` replaced
Lookup = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself; a numerus text gets the English plural rule on its ``(s)``."""
    if n >= 0:
        text = text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))
    return text


_lookup: Lookup = _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language (English when no translation is installed or it has none).
    With ``n`` >= 0 the plural form for ``n`` is chosen and ``%n`` becomes the number."""
    return _lookup(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation where it is defined; :func:`translate` it where it is shown."""
    return text


def install(lookup: Lookup | None) -> None:
    """Use ``lookup`` for every engine message from now on (None: back to English)."""
    global _lookup
    _lookup = lookup or _english


class TranslatedLabels(Mapping[str, str]):
    """A fixed table of labels (topic names, question types) whose values are translated when read, so a
    language chosen after import still applies."""

    def __init__(self, context: str, labels: dict[str, str]):
        self._context = context
        self._labels = labels

    def __getitem__(self, key: str) -> str:
        return translate(self._context, self._labels[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)


#: the plural form index for n, by language (Qt's rules for the languages shipped)
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n <= 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
}


class Catalogue:
    """The finished translations of one ``.ts`` file, for use without Qt (the command line)."""

    def __init__(self, language: str, messages: dict[tuple[str, str], list[str]]):
        self.language = language
        self._messages = messages
        self._plural = PLURAL_RULES.get(language.split("_")[0], PLURAL_RULES["en"])

    @classmethod
    def from_ts(cls, path: Path) -> Catalogue:
        """Read a Qt Linguist ``.ts`` file (defusedxml: the file is data, never trusted XML)."""
        from defusedxml import ElementTree

        root = ElementTree.parse(path).getroot()
        messages: dict[tuple[str, str], list[str]] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                if any(forms):
                    messages[(name, source)] = forms
        return cls(root.get("language") or "en", messages)

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self._messages.get((context, text))
        if forms is None:
            return _english(context, text, disambiguation, n)
        if n < 0:
            return forms[0]
        return forms[min(self._plural(n), len(forms) - 1)].replace("%n", str(n))
