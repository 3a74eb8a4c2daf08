"""Update, check and compile the translations (docs/translating.md).

    python scripts/translations.py update     # lupdate: every string of the code into translations/*.ts,
                                              # English plural forms filled in, then a report of what is left
    python scripts/translations.py release    # lrelease: the .ts files into the .qm files the app loads
    python scripts/translations.py check      # the report only; exit 1 when a string has no translation

``make translations`` runs update then release. The report lists, per source file, the strings a translator
still has to do (new or changed since the last translation), so after a merge the work is plain to see.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

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
    args = [tool("lupdate"), *sources(), "-target-language", language_of(ts), "-locations", "relative"]
    if drop_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, "-ts", str(ts.relative_to(REPO))], cwd=REPO, check=True, capture_output=True)


def fill_english_plurals(ts: Path) -> int:
    """In the English .ts, "%n question(s)" becomes "%n question" / "%n questions" (only forms not done by
    hand are filled); its other strings stay untranslated, which means the source text is used."""
    text = ts.read_text(encoding="utf-8")
    pattern = re.compile(r'(<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>([^<]*)</source>\s*'
                         r'(?:<comment>[^<]*</comment>\s*)?)<translation type="unfinished">\s*'
                         r'<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>', re.S)
    count = 0

    def forms(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        source = match.group(2)
        one, many = source.replace("(s)", ""), source.replace("(s)", "s")
        return (f"{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n        </translation>")

    ts.write_text(pattern.sub(forms, text), encoding="utf-8")
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
    parser.add_argument("action", choices=["update", "release", "check"])
    parser.add_argument("--drop-obsolete", action="store_true",
                        help="with update: forget translations of strings no longer in the code")
    args = parser.parse_args(argv)
    if args.action == "update":
        for ts in ts_files():
            lupdate(ts, args.drop_obsolete)
            if language_of(ts) == SOURCE_LANGUAGE:
                fill_english_plurals(ts)
        report()
        return 0
    if args.action == "release":
        release()
        return 0
    return 1 if report() else 0


if __name__ == "__main__":
    sys.exit(main())
