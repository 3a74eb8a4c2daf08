"""Update, check and compile the translations (docs/translating.md).

    python scripts/translations.py update     # lupdate: every string of the code into translations/*.ts,
                                              # English plural forms filled in, then a report of what is left
    python scripts/translations.py release    # lrelease: the .ts files into the .qm files the app loads
    python scripts/translations.py check      # the report only; exit 1 when a string has no translation
    python scripts/translations.py add de     # start a new language: translations/quiz_app_de.ts

``make translations`` runs update then release. The report lists, per source file, the strings a translator
still has to do (new or changed since the last translation), so after a merge the work is plain to see.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as StdElementTree

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "translations"
#: the code whose strings are translated: the windows, the engine's and the command line's messages
CODE = [REPO / "quiz_app", REPO / "question_bank"]
#: the language the code is written in; its .ts holds only the plural forms ("1 question" / "2 questions")
SOURCE_LANGUAGE = "en"


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("quiz_app_*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("quiz_app_")


def tool(name: str) -> str:
    """A Qt tool from the PySide6 of this Python (``pyside6-lupdate`` beside it), else from PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        sys.exit(f"pyside6-{name} was not found: install the project first (make setup)")
    return found


def sources() -> list[str]:
    return [str(p.relative_to(REPO)) for folder in CODE for p in sorted(folder.rglob("*.py"))
            if "__pycache__" not in p.parts]


def lupdate(ts: Path, drop_obsolete: bool = False) -> None:
    args = [tool("lupdate"), *sources(), "-target-language", language_of(ts), "-locations", "absolute"]
    if drop_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, "-ts", str(ts.relative_to(REPO))], cwd=REPO, check=True, capture_output=True)


@dataclass(frozen=True)
class CodeMessage:
    """A string the code passes to Qt's translation (or the engine's ``translate``)."""

    context: str
    source: str
    numerus: bool
    filename: str
    line: int


def _text(node: ast.expr | None) -> str | None:
    """A literal string argument (adjacent literals are one constant in the tree), else None."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def code_messages(files: list[Path] | None = None) -> list[CodeMessage]:
    """Every ``self.tr("...")``, ``translate("Context", "...")`` (the engine's or ``QCoreApplication``'s) and
    ``QT_TRANSLATE_NOOP("Context", "...")`` in the code, read from its syntax tree: the check that nothing
    lupdate's Python reader passes over is left out (it skips plural forms of ``translate(..., n)`` and some
    calls nested in others)."""
    found = []
    for path in files or [REPO / f for f in sources()]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: dict[ast.AST, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    classes.setdefault(inner, node.name) if inner is not node else None
        # the innermost class wins: walk again, deepest classes last
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    if inner is not node:
                        classes[inner] = node.name
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            args, keywords = node.args, {k.arg for k in node.keywords}
            if name == "tr" and isinstance(func, ast.Attribute) and args and _text(args[0]) is not None:
                context, source, numerus = classes.get(node), _text(args[0]), len(args) >= 3 or "n" in keywords
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and _text(args[0]) and _text(args[1]):
                context, source = _text(args[0]), _text(args[1])
                numerus = name == "translate" and (len(args) >= 4 or "n" in keywords)
            else:
                continue
            if context is None or source is None:
                continue
            found.append(CodeMessage(context, source, numerus, str(path.relative_to(REPO)), node.lineno))
    return found


def _write(tree: StdElementTree.ElementTree, ts: Path) -> None:
    StdElementTree.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    # lupdate writes a DOCTYPE that ElementTree drops; lupdate and Linguist expect it
    text = ts.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                  '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    ts.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")


def _finished(translation: StdElementTree.Element) -> bool:
    forms = [f.text for f in translation.iter("numerusform")]
    return all(forms) if forms else bool(translation.text)


def plural_translations(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural forms in ``ts`` by (context, source), read before lupdate runs: lupdate turns a
    plural message it reads as plain into a plain one and keeps only the first form."""
    if not ts.exists():
        return {}
    found = {}
    for context in StdElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None and _finished(translation):
                found[(context.findtext("name") or "", message.findtext("source") or "")] = [
                    f.text or "" for f in translation.iter("numerusform")]
    return found


def add_missed_messages(tree: StdElementTree.ElementTree,
                        plurals: dict[tuple[str, str], list[str]] | None = None) -> int:
    """Put in the .ts the strings of :func:`code_messages` that lupdate left out or did not see as plural,
    with their file and line; a translation already made for them is kept (``plurals``: the plural forms
    from before lupdate ran). Returns how many were added or changed."""
    plurals = plurals or {}
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    changed = 0
    for msg in code_messages():
        context = contexts.get(msg.context)
        if context is None:
            context = contexts[msg.context] = StdElementTree.SubElement(root, "context")
            StdElementTree.SubElement(context, "name").text = msg.context
        same = [m for m in context.findall("message") if m.findtext("source") == msg.source]
        wanted = "yes" if msg.numerus else None
        keep = next((m for m in same if m.get("numerus") == wanted), None)
        for other in same:  # lupdate's copy of a plural message, read as a plain one
            if other is not keep and (keep is not None or wanted == "yes"):
                context.remove(other)
                changed += 1
        if keep is None:
            keep = StdElementTree.SubElement(context, "message")
            if msg.numerus:
                keep.set("numerus", "yes")
            StdElementTree.SubElement(keep, "location", filename=f"../{msg.filename}", line=str(msg.line))
            StdElementTree.SubElement(keep, "source").text = msg.source
            translation = StdElementTree.SubElement(keep, "translation", type="unfinished")
            forms = plurals.get((msg.context, msg.source))
            for i in range(len(forms) if forms else 2 if msg.numerus else 0):
                StdElementTree.SubElement(translation, "numerusform").text = forms[i] if forms else None
            if forms:
                del translation.attrib["type"]
            changed += 1
        translation = keep.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):  # lupdate lost it; the code still has it
            translation.set("type", "unfinished")
            if _finished(translation):
                del translation.attrib["type"]
            changed += 1
    return changed


def fill_english_plurals(tree: StdElementTree.ElementTree) -> int:
    """In the English .ts, "%n question(s)" becomes "%n question" / "%n questions" (only forms not done by
    hand are filled); its other strings stay untranslated, which means the source text is used."""
    count = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        forms = translation.findall("numerusform")
        while len(forms) < 2:
            forms.append(StdElementTree.SubElement(translation, "numerusform"))
        forms[0].text, forms[1].text = source.replace("(s)", ""), source.replace("(s)", "s")
        del translation.attrib["type"]
        count += 1
    return count


def untranslated(ts: Path) -> dict[str, list[str]]:
    """Per source file, the texts with no finished translation (for English: only plural forms count)."""
    from defusedxml import ElementTree

    english = language_of(ts) == SOURCE_LANGUAGE
    missing: dict[str, list[str]] = defaultdict(list)
    filename = "?"
    for message in ElementTree.parse(ts).getroot().iter("message"):
        where = message.find("location")
        # lupdate names the file only when it changes from the message before
        filename = where.get("filename", filename) if where is not None else filename
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        if english and message.get("numerus") != "yes":
            continue
        forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
        empty = translation is None or (not (translation.text or "").strip() and not any(forms)) or \
            (forms and not all(forms))
        if kind == "unfinished" or empty:
            missing[filename.removeprefix("../")].append(message.findtext("source") or "")
    return dict(missing)


def report() -> int:
    """Print what is left to translate; the number of strings left."""
    total = 0
    for ts in ts_files():
        missing = untranslated(ts)
        left = sum(len(v) for v in missing.values())
        total += left
        print(f"{ts.relative_to(REPO)}: {'complete' if not left else f'{left} string(s) to translate'}")
        for filename, texts in sorted(missing.items()):
            print(f"  {filename} ({len(texts)})")
            for text in texts:
                print(f"    {text[:100]!r}")
    return total


def release() -> None:
    for ts in ts_files():
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"{ts.with_suffix('.qm').relative_to(REPO)} written")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["update", "release", "check", "add"])
    parser.add_argument("language", nargs="?", help="with add: the new language's code (de, es, pt_BR...)")
    parser.add_argument("--drop-obsolete", action="store_true",
                        help="with update: forget translations of strings no longer in the code")
    args = parser.parse_args(argv)
    if args.action == "add":
        if not args.language or not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", args.language):
            parser.error("add needs a language code such as de or pt_BR")
        ts = TRANSLATIONS / f"quiz_app_{args.language}.ts"
        if ts.exists():
            parser.error(f"{ts.relative_to(REPO)} exists already: translate it, then run update")
        args.action = "update"  # lupdate makes the file, with the plural forms of its language
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      f'<TS version="2.1" language="{args.language}"></TS>\n', encoding="utf-8")
    if args.action == "update":
        for ts in ts_files():
            plurals = plural_translations(ts)
            lupdate(ts, args.drop_obsolete)
            tree = StdElementTree.parse(ts)  # our own file, just written by lupdate: trusted
            add_missed_messages(tree, plurals)
            if language_of(ts) == SOURCE_LANGUAGE:
                fill_english_plurals(tree)
            _write(tree, ts)
        report()
        return 0
    if args.action == "release":
        release()
        return 0
    return 1 if report() else 0


if __name__ == "__main__":
    sys.exit(main())
