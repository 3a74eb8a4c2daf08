"""Aiken: multiple-choice questions in plain text, read as strictly as Moodle reads them.

    Which conference preceded the Soviet declaration of war on Japan?
    A. Yalta
    B) Potsdam
    ANSWER: A

Following Moodle's importer (question/format/aiken/format.php): the question text is one line;
an option line is a capital letter, ')' or '.', then the text; 'ANSWER:' ends the question and its
first letter counts options by position; a line that is neither starts a new question, and an
unfinished question before it is discarded. Every such error is reported with its line. Lower-case
option letters ("a)") and "Answer: b" are accepted with a warning (Moodle would reject them).
Aiken carries no feedback, topics or evidence: imported questions are drafts.

Export writes the multiple-choice questions only (Aiken has no other type), as Moodle does.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..atomic import atomic_write
from ..models import QuestionSet
from .builder import SetBuilder, Where
from .exported import LeftOut
from .problems import ImportOptions, ImportResult, decode_text

FORMAT = "aiken"
_OPTION = re.compile(r"^([A-Z])[).][ \t]?")
_OPTION_LOWER = re.compile(r"^([a-z])[).][ \t]")
_ANSWER = re.compile(r"^ANSWER:")
_ANSWER_ANY_CASE = re.compile(r"^answer\s*:", re.IGNORECASE)


class _Open:
    def __init__(self, prompt: str, line: int):
        self.prompt = prompt
        self.line = line
        self.options: list[tuple[str, str, int]] = []  # (letter, text, line)
        self.lower_case = False


def read_aiken_text(text: str, b: SetBuilder) -> None:
    current: _Open | None = None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if len(line) < 2:
            continue
        where = Where(line=number)
        option = _OPTION.match(line)
        lower = None if option else _OPTION_LOWER.match(line)
        m = option or lower
        if m is not None:
            if current is None:
                b.problem("an option line before any question text", where,
                          hint="Each question starts with one line of text, then its options.")
                continue
            if lower:
                current.lower_case = True
            current.options.append((m.group(1), line[2:].strip(), number))
            continue
        strict = _ANSWER.match(line)
        loose = None if strict else _ANSWER_ANY_CASE.match(line)
        if strict or loose:
            if current is None:
                b.problem("an ANSWER line without a question", where)
                continue
            if loose:
                b.warn(f"{line.split(':')[0]!r} is read as 'ANSWER' (Moodle needs capitals)", where)
            _finish(b, current, line[line.find(":") + 1:].strip(), where)
            current = None
            continue
        if current is not None:
            b.problem(f"the question on line {current.line} has no ANSWER line and is discarded", where,
                      hint="An Aiken question is one line of text, its options, then 'ANSWER: X'.")
        current = _Open(line, number)
    if current is not None:
        b.problem(f"the question on line {current.line} has no ANSWER line and is discarded",
                  Where(line=current.line))


def _finish(b: SetBuilder, q: _Open, answer: str, where: Where) -> None:
    qwhere = Where(line=q.line)
    if q.lower_case:
        b.warn("option letters in lower case are accepted here, but Moodle would reject them", qwhere)
    if len(q.options) < 2:
        b.problem(f"the question on line {q.line} has {len(q.options)} option{'s' if len(q.options) != 1 else ''}; "
                  "it needs at least two", where)
        return
    letter = answer[:1]
    if letter and letter.islower() and letter.isalpha():
        b.warn(f"the answer letter {letter!r} is read as {letter.upper()!r} (Moodle needs capitals)", where)
        letter = letter.upper()
    if len(answer.replace(" ", "")) > 1 and re.match(r"^[A-Za-z]\s*[,;/&]", answer):
        b.warn(f"'ANSWER: {answer}' names several options; Aiken has one right answer, the first is used", where)
    index = ord(letter) - ord("A") if letter and "A" <= letter <= "Z" else -1
    if not 0 <= index < len(q.options):
        b.problem(f"'ANSWER: {answer}' does not name one of the {len(q.options)} options "
                  f"(A–{chr(ord('A') + len(q.options) - 1)})", where)
        return
    expected = [chr(ord("A") + i) for i in range(len(q.options))]
    if [opt[0].upper() for opt in q.options] != expected:
        b.warn("the option letters are not A, B, C… in order; the answer counts options by position, as "
               "Moodle does", qwhere)
    choices = [{"text": text, "correct": i == index} for i, (_, text, _) in enumerate(q.options)]
    b.add({"type": "multiple_choice", "prompt": q.prompt, "choices": choices}, qwhere,
          label=f"the question on line {q.line}")


_ANSWER_LINE = re.compile(r"^[ \t]*answer[ \t]*:", re.IGNORECASE | re.MULTILINE)


def _not_aiken(builder: SetBuilder, text: str, name: str) -> None:
    """A file without a single ANSWER line is not Aiken: one plain message instead of an error per line."""
    from . import detect_format  # the table imports this module lazily

    errors = [p for p in builder.problems if p.kind == "error"]
    builder.problems = [p for p in builder.problems if p.kind != "error"]
    other = detect_format("", text.encode("utf-8"))
    hint = "An Aiken question is one line of text, its options 'A. …', and a line 'ANSWER: A'."
    if other and other != FORMAT:
        hint = f"It looks like {other}: import it with --format {other}. " + hint
    builder.problem(f"this file is not in the Aiken format: not one of its {len(text.splitlines())} lines is an "
                    f"'ANSWER:' line, so no question could be read ({len(errors)} lines did not fit)", hint=hint)


def import_aiken_bytes(data: bytes, name: str = "<aiken>", options: ImportOptions | None = None) -> ImportResult:
    builder = SetBuilder(name, FORMAT, options)
    text, encoding, problems = decode_text(data, name)
    builder.problems += problems
    builder.encoding = encoding
    if text is not None:
        read_aiken_text(text, builder)
        if not builder.questions and not _ANSWER_LINE.search(text):
            _not_aiken(builder, text, name)
        elif not builder.questions and not builder.problems:
            builder.problem("no Aiken questions found", hint="A question is one line, its options 'A. …', "
                            "and a line 'ANSWER: A'.")
    return builder.build()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def aiken_text(qset: QuestionSet) -> tuple[str, list[str]]:
    warnings: list[str] = []
    blocks: list[str] = []
    for q in qset.questions:
        if q.type != "multiple_choice":
            warnings.append(LeftOut(q.id, f"Aiken has multiple-choice questions only; this {q.type} question is left out"))
            continue
        if len(q.choices) > 26:
            warnings.append(LeftOut(q.id, "more than 26 options do not fit Aiken's letters"))
            continue
        prompt = _one_line(q.prompt)
        if _OPTION.match(prompt) or _ANSWER_ANY_CASE.match(prompt):
            warnings.append(f"{q.id}: the question text starts like an option or answer line; Moodle will misread it")
        lines = [prompt]
        for i, c in enumerate(q.choices):
            lines.append(f"{chr(ord('A') + i)}) {_one_line(c.text)}")
        correct = next(i for i, c in enumerate(q.choices) if c.correct)
        lines.append(f"ANSWER: {chr(ord('A') + correct)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else ""), warnings


def export_aiken(qset: QuestionSet, path: Path) -> list[str]:
    text, warnings = aiken_text(qset)
    atomic_write(path, text)
    if any(q.type == "multiple_choice" for q in qset.questions):
        warnings.append("Aiken keeps only question text, options and the right answer: feedback, explanations, "
                        "topics and evidence are left out")
    return warnings
