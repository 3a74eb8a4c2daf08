"""GIFT, Moodle's text format, both ways.

Import follows Moodle's own importer (question/format/gift/format.php) where it and the GIFT
documentation differ:

* questions are separated by blank lines; lines starting with ``//`` are comments, also inside a
  question; ``// [id:…]`` and ``// [tag:…]`` in a question's comments give its id and tags;
* the answer block is between the first ``{`` and the first ``}``; text after it makes a
  missing-word question (the blank is written ``_____``);
* true/false feedback: ``{TRUE#feedback when wrong#feedback when right}`` (Moodle's order: the
  first feedback is for the wrong answer); only T, TRUE, F, FALSE in capitals make true/false
  (``{true}`` is a short answer in Moodle, and here, with a warning);
* a multiple-choice block with an ``=`` has one right answer; without ``=`` it is "multiple
  answers" and every positive ``%weight%`` marks a right answer;
* ``=`` and ``->`` together make a matching question; an empty left side is an extra distractor.

Export writes what Moodle's exporter writes, plus comments Moodle ignores and our importer reads:
the set and its sources at the top (``// quiz-bank-set:``, ``// quiz-bank-source:``) and per question
what GIFT cannot carry (``// quiz-bank: {...}``). The explanation and the quote travel in the general
feedback (``####``) as ``Evidence [source-id]: “quote”``.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..atomic import atomic_write
from ..models import Cloze, QuestionSet
from .builder import SetBuilder, Where
from .categories import default_category
from .cloze import (
    DEFAULT_PROMPT,
    apply_meta,
    choices_of,
    cloze_evidence,
    draft_hint,
    number_of,
    split_prompt,
)
from .drafts import real_sources
from .exported import LeftOut
from .markers import QUESTION_MARKER, SET_MARKER, SOURCE_MARKER, meta_json, read_meta, split_evidence
from .native import GIFT_CARRIES, Native, NativeChoice, moodle_safe, to_native
from .problems import ImportOptions, ImportResult, decode_text
from .text import (
    MEDIA_HINT,
    fmt_num,
    html_to_text,
    looks_like_html,
    media_warning,
    number_range,
    parse_plain_number,
    range_text,
)

FORMAT = "gift"
#: where the answer block of a missing-word question stood, while its text is converted
GAP_MARK = "\ue200"

# Placeholders for escaped control characters while the question is taken apart (private-use
# characters instead of Moodle's "&&058;" so that such text in a question is never mistaken for one).
_ESCAPES = {":": "\ue101", "#": "\ue102", "=": "\ue103", "{": "\ue104", "}": "\ue105", "~": "\ue106", "n": "\ue107"}
_UNESCAPE = {v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()}
_ESCAPE_RE = re.compile(r"\\([\\:#=~{}n])")
_WEIGHT_RE = re.compile(r"^%(-*[0-9]{1,2}\.?[0-9]*)%")
_FORMATS = ("html", "moodle", "plain", "markdown")
_CLOZE_RE = re.compile(r"^\d*:(?:MULTICHOICE|MC|MCV|MCH|MCS|MCVS|MCHS|MULTIRESPONSE|MR|MRS|MRH|MRHS|SHORTANSWER|SA|MW|"
                       r"SHORTANSWER_C|SAC|MWC|NUMERICAL|NM)\b", re.IGNORECASE)
_ID_RE = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f])+)\]")
_TAG_RE = re.compile(r"\[tag:((?:\\\]|[^\]<>\x00-\x1f])+)\]")


def _pre(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: "\\" if m.group(1) == "\\" else _ESCAPES[m.group(1)], text)


def _post(text: str) -> str:
    for placeholder, char in _UNESCAPE.items():
        text = text.replace(placeholder, char)
    return text


def escape(text: str) -> str:
    """GIFT's escapes, as Moodle's exporter writes them (line breaks become \\n)."""
    text = text.replace("\\", "\\\\")
    for ch in "#=~{}:":
        text = text.replace(ch, "\\" + ch)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


# --------------------------------------------------------------------------- import



def _weighted_answers(answertext: str) -> list[tuple[float, str, str]]:
    """The ``=answer#feedback`` parts of a short-answer or numerical block: (weight %, answer, feedback)."""
    parts = answertext.split("=")
    if parts and not parts[0].strip():
        parts = parts[1:]
    out = []
    for part in parts:
        part = part.strip()
        weight = 100.0
        m = _WEIGHT_RE.match(part)
        if m:
            weight = _weight(m.group(1))
            part = part[m.end():]
        answer, _, feedback = part.partition("#")
        out.append((weight, answer, feedback))
    return out


class _Reader:
    def __init__(self, builder: SetBuilder):
        self.b = builder
        self.category: str | None = None

    def text_with_format(self, text: str, default: str, where: Where) -> tuple[str, str]:
        """Moodle's parse_text_with_format, then HTML converted to plain text."""
        fmt = default
        if text.startswith("["):
            end = text.find("]")
            name = text[1:end] if end > 0 else ""
            if name in _FORMATS:
                fmt = name
                text = text[end + 1:]
        text = _post(text).strip()
        if fmt == "html" or (fmt == "moodle" and looks_like_html(text)):
            text, images = html_to_text(text)
            if images:
                self.b.warn(media_warning(images), where, hint=MEDIA_HINT)
        return text, fmt

    def read(self, text: str) -> None:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        block: list[tuple[int, str]] = []
        for number, raw in enumerate(lines, 1):
            line = raw.strip()
            if line:
                block.append((number, line))
            elif block:
                self.block(block)
                block = []
        if block:
            self.block(block)

    def block(self, block: list[tuple[int, str]]) -> None:
        comments = [line for _, line in block if line.startswith("//")]
        body = [(n, line) for n, line in block if not line.startswith("//")]
        meta = None
        for n, line in block:
            if not line.startswith("//"):
                continue
            content = line[2:].strip()
            if content.startswith(SET_MARKER):
                self.b.take_set_meta(content[len(SET_MARKER):], Where(line=n))
            elif content.startswith(SOURCE_MARKER):
                self.b.take_source_meta(content[len(SOURCE_MARKER):], Where(line=n))
            elif content.startswith(QUESTION_MARKER):
                meta = read_meta(content[len(QUESTION_MARKER):])
                if not isinstance(meta, dict):
                    self.b.warn("the quiz-bank line of this question is damaged and was ignored", Where(line=n))
                    meta = None
        if not body:
            return
        where = Where(line=body[0][0])
        text = _pre("\n".join(line for _, line in body)).strip()
        if text.startswith("$CATEGORY:"):
            first, _, rest = text.partition("\n")
            self.category = _post(first[len("$CATEGORY:"):]).strip()
            self.b.categories.append(self.category)
            if not rest.strip():
                return
            rest_line = next((n for n, line in body[1:] if line), where.line)
            where = Where(line=rest_line)
            self.b.warn("a question follows a $CATEGORY line without a blank line between them; "
                        "Moodle would read it as part of the category name", where,
                        hint="Put a blank line after each $CATEGORY line.")
            text = rest.strip()
        comment_text = "\n".join(comments)
        idnumber = None
        m = _ID_RE.search(comment_text)
        if m:
            idnumber = m.group(1).replace("\\]", "]").strip()
        tags = [t.replace("\\]", "]").strip() for t in _TAG_RE.findall(comment_text)]
        self.question(text, where, idnumber, tags, meta)

    def question(self, text: str, where: Where, idnumber: str | None, tags: list[str], meta: dict | None) -> None:
        b = self.b
        name = None
        if text.startswith("::"):
            rest = text[2:]
            end = rest.find("::")
            if end >= 0:
                name = " ".join(_post(rest[:end]).split())
                text = rest[end + 2:].strip()
            else:
                text = rest
        start, finish = text.find("{"), text.find("}")
        label = f"question {name!r}" if name else "question"
        if start < 0 and finish < 0:
            b.skip(f"{label} has no answer block {{…}}: a description, which is not a question we can ask", where)
            return
        if start < 0 or finish < 0 or finish < start:
            b.problem(f"{label}: the answer block is not closed properly (a '{{' or '}}' is missing or out of "
                      "order)", where, hint="Escape a literal brace as \\{ or \\}.")
            return
        answertext = text[start + 1:finish].strip()
        after = text[finish + 1:]
        if "{" in after:
            b.skip(f"{label} has more than one answer block: embedded answers (cloze) are not supported", where)
            return
        if "}" in after:
            b.problem(f"{label}: a '}}' after the answer block has no '{{'", where,
                      hint="Escape a literal brace as \\}.")
            return
        if _CLOZE_RE.match(answertext):
            b.skip(f"{label} uses embedded answers (cloze), which are not supported", where)
            return
        # a missing word (text after the answer block) may become a one-gap cloze: the mark stands for the gap
        missing_word = not text.endswith("}") or (isinstance(meta, dict) and meta.get("type") == "cloze")
        questiontext = text[:start] + GAP_MARK + after if missing_word else text[:start]
        general = ""
        gf = answertext.rfind("####")
        if gf >= 0:
            general = answertext[gf + 4:]
            answertext = answertext[:gf].strip()
        marked, qformat = self.text_with_format(questiontext.strip(), "moodle", where)
        prompt = marked.replace(GAP_MARK, "_____")
        general, _ = self.text_with_format(general.strip(), qformat, where)
        explanation, evidence = split_evidence(general)
        data: dict = {"prompt": prompt, "explanation": explanation, "evidence": evidence}
        if not prompt:
            b.problem(f"{label} has no question text", where)
            return

        if answertext == "":
            b.skip(f"{label} is an essay question (empty answer block), which cannot be graded here", where)
            return
        if answertext[0] == "#":
            ok = self.numerical(answertext[1:], data, qformat, where, label)
        elif "~" in answertext:
            ok = self.multichoice(answertext, data, qformat, where, label)
        elif "=" in answertext and "->" in answertext:
            ok = self.matching(answertext, data, qformat, where, label)
        else:
            check = answertext
            if answertext.find("#") > 0:
                check = answertext[: answertext.find("#")].strip()
            if check in ("T", "TRUE", "F", "FALSE"):
                ok = self.truefalse(answertext, data, qformat, where)
            else:
                if check.casefold() in ("t", "true", "f", "false", "vrai", "faux", "wahr", "falsch", "verdadero",
                                        "falso", "yes", "no"):
                    b.warn(f"{{{check}}} is read as a short answer {check!r}, as Moodle does; true/false needs "
                           "T, TRUE, F or FALSE in capitals", where)
                ok = self.shortanswer(answertext, data, qformat, where, label)
        if ok and missing_word:
            self.missing_word_cloze(data, marked, meta, where, label)
        if ok:
            b.add(data, where, tags=tags, category=self.category, name=name, idnumber=idnumber, meta=meta,
                  label=label)

    def missing_word_cloze(self, data: dict, marked: str, meta: dict | None, where: Where, label: str) -> None:
        """A missing-word question as a cloze with one gap, when the gap can hold it: one right choice without
        per-choice feedback (a drop-down), accepted answers (typed) or a number. Others stay as they are."""
        t = data["type"]
        if t == "multiple_choice":
            if any(c.get("feedback") or c.get("evidence") for c in data["choices"]):
                return  # a gap keeps no feedback per option: the multiple choice keeps it
            right = next(c["text"] for c in data["choices"] if c["correct"])
            gap: dict = {"answer": right, "kind": "dropdown",
                         "distractors": [c["text"] for c in data["choices"] if not c["correct"]]}
        elif t == "short_answer":
            gap = {"answer": data["accepted"][0], "kind": "short_answer"}
            if data["accepted"][1:]:
                gap["accepted"] = data["accepted"][1:]
        elif t == "numeric":
            gap = {"answer": fmt_num(data["value"]), "kind": "numeric"}
            if data["tolerance"]:
                gap["tolerance"] = data["tolerance"]
        else:
            return
        at = marked.find(GAP_MARK)
        prompt, passage = split_prompt(marked, at)
        passage = passage.strip()
        at = passage.find(GAP_MARK)
        passage = passage.replace(GAP_MARK, gap["answer"], 1)
        gap["start"], gap["end"] = at, at + len(gap["answer"])
        extras = apply_meta([gap], meta)
        if isinstance(meta, dict) and isinstance(meta.get("prompt"), str) and meta["prompt"].strip():
            prompt = meta["prompt"]
        evidence, why = cloze_evidence(self.b, passage, data.get("evidence"))
        if why:
            self.b.warn(f"{label}: imported as a one-gap cloze draft: {why}", where, hint=draft_hint(self.b, passage))
        for key in ("choices", "accepted", "value", "tolerance"):
            data.pop(key, None)
        data.update(type="cloze", prompt=prompt or DEFAULT_PROMPT, evidence=evidence, gaps=[gap])
        if extras:
            data["bank_extras"] = extras

    # -- one method per Moodle question type

    def multichoice(self, answertext: str, data: dict, qformat: str, where: Where, label: str) -> bool:
        single = "=" in answertext
        parts = answertext.replace("=", "~=").split("~")
        if parts and not parts[0].strip():
            parts = parts[1:]
        elif parts and parts[0].strip():
            self.b.warn(f"text before the first answer is ignored: {_post(parts[0].strip())!r}", where)
            parts = parts[1:]
        if len(parts) < 2:
            self.b.problem(f"{label}: a multiple-choice question needs at least two answers", where)
            return False
        answers = []
        for part in parts:
            part = part.strip()
            if part.startswith("="):
                body = part[1:]
                if _WEIGHT_RE.match(body):
                    self.b.warn(f"'={body[:12]}…' gives full marks and keeps '%…%' in the answer text, as Moodle "
                                "does; write '~%100%…' to give a weight", where)
                weight = 100.0
            else:
                body = part
                m = _WEIGHT_RE.match(body)
                weight = 0.0
                if m:
                    weight = _weight(m.group(1))
                    body = body[m.end():]
            text, _, feedback = body.partition("#")
            text, _ = self.text_with_format(text.strip(), qformat, where)
            feedback, _ = self.text_with_format(feedback.strip(), qformat, where)
            answers.append(NativeChoice(text, weight, feedback))
        return choice_data(self.b, data, single, answers, where, label)

    def truefalse(self, answertext: str, data: dict, qformat: str, where: Where) -> bool:
        bits = answertext.split("#", 2)
        answer = bits[0].strip()
        wrong = self.text_with_format(bits[1].strip(), qformat, where)[0] if len(bits) > 1 else ""
        right = self.text_with_format(bits[2].strip(), qformat, where)[0] if len(bits) > 2 else ""
        data.update(type="true_false", answer=answer in ("T", "TRUE"))
        if wrong:
            data["feedback_wrong"] = wrong
        if right:
            data["feedback_right"] = right
        return True

    def shortanswer(self, answertext: str, data: dict, qformat: str, where: Where, label: str) -> bool:
        parts = _weighted_answers(answertext)
        if not parts:
            self.b.problem(f"{label}: a short-answer question needs at least one answer", where)
            return False
        answers = []
        for weight, text, feedback in parts:
            text = self.text_with_format(text.strip(), qformat, where)[0]
            feedback = self.text_with_format(feedback.strip(), qformat, where)[0]
            answers.append((text, weight, feedback))
        return shortanswer_data(self.b, data, answers, where, label)

    def numerical(self, answertext: str, data: dict, qformat: str, where: Where, label: str) -> bool:
        wrong_feedback = ""
        if "~" in answertext:
            pos = answertext.find("~")
            wrong_feedback = answertext[pos:]
            answertext = answertext[:pos]
        parts = _weighted_answers(answertext)
        if not parts:
            self.b.problem(f"{label}: a numerical question needs a number", where)
            return False
        answers = []
        value: float | None
        tolerance: float | None
        for weight, body, feedback in parts:
            body = _post(self.text_with_format(body.strip(), qformat, where)[0])
            feedback = self.text_with_format(feedback.strip(), qformat, where)[0]
            if ".." in body and body.find("..") > 0:
                lo, _, hi = body.partition("..")
                ends = number_range(lo, hi)
                if ends is None:
                    self.b.problem(f"{label}: {body!r} is not a range of two numbers", where)
                    return False
                value, tolerance = ends
            elif ":" in body and body.find(":") > 0:
                v, _, t = body.partition(":")
                value, tolerance = parse_plain_number(v), parse_plain_number(t)
                if value is None or tolerance is None:
                    self.b.problem(f"{label}: {body!r} is not a number with a tolerance (value:tolerance)", where)
                    return False
            else:
                value, tolerance = parse_plain_number(body), 0.0
                if value is None:
                    self.b.problem(f"{label}: {body!r} is not a number", where)
                    return False
            answers.append((value, abs(tolerance), weight, feedback))
        if wrong_feedback:
            text = wrong_feedback[1:].partition("#")[2] if "#" in wrong_feedback else wrong_feedback[1:]
            if self.text_with_format(text.strip(), qformat, where)[0]:
                self.b.warn("the feedback for other (wrong) numbers is not kept", where)
        return numerical_data(self.b, data, answers, where, label)

    def matching(self, answertext: str, data: dict, qformat: str, where: Where, label: str) -> bool:
        parts = answertext.split("=")
        if parts and not parts[0].strip():
            parts = parts[1:]
        if len(parts) < 2:
            self.b.problem(f"{label}: a matching question needs at least two pairs", where)
            return False
        pairs, distractors = [], []
        for part in parts:
            part = part.strip()
            if "->" not in part:
                self.b.problem(f"{label}: the match {_post(part)!r} has no '->'", where,
                               hint="Write each pair as =left -> right.")
                return False
            left, _, right = part.partition("->")
            left = self.text_with_format(left.strip(), qformat, where)[0]
            right = _post(right).strip()
            if left:
                pairs.append({"left": left, "right": right})
            else:
                distractors.append(right)
        data.update(type="matching", pairs=pairs)
        if distractors:
            data["distractors"] = distractors
        return True


def _weight(text: str) -> float:
    try:
        return float(re.sub(r"^-+", "-", text))
    except ValueError:
        return 0.0


def _right_feedback_as_explanation(b: SetBuilder, data: dict, right: str, where: Where, what: str) -> None:
    if not right:
        return
    if not data.get("explanation"):
        data["explanation"] = right
    elif right.strip() != data["explanation"].strip():
        b.warn(f"{what} is not kept (the general feedback is the explanation)", where)


def choice_data(b: SetBuilder, data: dict, single: bool, answers: list[NativeChoice], where: Where,
                label: str) -> bool:
    """Moodle's multichoice answers with their weights -> our multiple choice / multiple select."""
    choices = []
    for a in answers:
        feedback, evidence = split_evidence(a.feedback)
        choice: dict = {"text": a.text, "correct": False}
        if feedback:
            choice["feedback"] = feedback
        if evidence:
            choice["evidence"] = evidence
        choices.append(choice)
    if single:
        full = [i for i, a in enumerate(answers) if a.fraction >= 99.99999]
        for a in answers:
            if 0 < a.fraction < 99.99999:
                b.warn(f"partial credit ({a.fraction:g}%) for {a.text!r} is not kept: it counts as wrong", where)
        if len(full) != 1:
            b.problem(f"{label}: {len(full)} answers give full marks; a multiple-choice question has exactly one",
                      where, hint="Give one answer '=' and the others '~'.")
            return False
        choices[full[0]]["correct"] = True
        data.update(type="multiple_choice", choices=choices)
        return True
    positive = [a.fraction for a in answers if a.fraction > 0]
    if not positive:
        b.problem(f"{label}: no answer has a positive weight, so none is right", where)
        return False
    if max(positive) - min(positive) > 0.01:
        b.warn("the right answers have different weights (" + ", ".join(f"{w:g}%" for w in positive) +
               "); here each right answer counts the same", where)
    for choice, a in zip(choices, answers, strict=True):
        choice["correct"] = a.fraction > 0
    data.update(type="multiple_select", choices=choices)
    return True


def shortanswer_data(b: SetBuilder, data: dict, answers: list[tuple[str, float, str]], where: Where,
                     label: str) -> bool:
    full = [a for a in answers if a[1] >= 99.99999 and a[0]]
    chosen = full or [a for a in answers if a[1] > 0 and a[0]]
    if not chosen:
        b.problem(f"{label}: no answer gives marks", where)
        return False
    if not full:
        b.warn("no answer gives full marks; the answers with partial credit are accepted as right", where)
    for text, weight, _ in answers:
        if (text, weight) not in {(c[0], c[1]) for c in chosen}:
            b.warn(f"the answer {text!r} ({weight:g}%) is not kept: only fully right answers are", where)
    accepted, seen = [], set()
    for text, _, _ in chosen:
        if "*" in text:
            b.warn(f"the answer {text!r} uses Moodle's * wildcard, which is matched literally here", where)
        key = " ".join(text.casefold().split())
        if key not in seen:
            seen.add(key)
            accepted.append(text)
    _right_feedback_as_explanation(b, data, chosen[0][2], where, "the answer feedback")
    for text, _, feedback in chosen[1:]:
        if feedback:
            b.warn(f"the feedback for the answer {text!r} is not kept", where)
    data.update(type="short_answer", accepted=accepted)
    return True


def numerical_data(b: SetBuilder, data: dict, answers: list[tuple[float, float, float, str]], where: Where,
                   label: str) -> bool:
    best = max(answers, key=lambda a: a[2])
    if best[2] <= 0:
        b.problem(f"{label}: no number gives marks", where)
        return False
    if best[2] < 99.99999:
        b.warn(f"the best answer gives only {best[2]:g}%; it is taken as the right number", where)
    for value, tolerance, weight, _ in answers:
        if (value, tolerance, weight) != best[:3]:
            b.warn(f"the other accepted number {fmt_num(value)}±{fmt_num(tolerance)} ({weight:g}%) is not kept; "
                   "a number question here has one value and a tolerance", where)
    _right_feedback_as_explanation(b, data, best[3], where, "the answer feedback")
    data.update(type="numeric", value=best[0], tolerance=best[1])
    return True


def read_gift_text(text: str, builder: SetBuilder) -> None:
    _Reader(builder).read(text)


def import_gift_bytes(data: bytes, name: str = "<gift>", options: ImportOptions | None = None) -> ImportResult:
    builder = SetBuilder(name, FORMAT, options)
    text, encoding, problems = decode_text(data, name)
    builder.problems += problems
    builder.encoding = encoding
    if text is not None:
        read_gift_text(text, builder)
        if not builder.questions and not builder.problems:
            builder.problem("no GIFT questions found", hint="A GIFT question looks like: Question text {=right ~wrong}")
    return builder.build()


# --------------------------------------------------------------------------- export


def _fmt_guard(text: str) -> str:
    """Text that starts like a format marker ("[html]…") gets an explicit one so Moodle keeps it."""
    m = re.match(r"\[([a-z]+)\]", text)
    return "[moodle]" + text if m and m.group(1) in _FORMATS else text


def _text(text: str) -> str:
    return escape(_fmt_guard(text))


def _pct(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def question_gift(n: Native, metadata: bool = True) -> tuple[str, list[str]]:
    warnings: list[str] = []
    out = []
    # what Moodle's [id:]/[tag:] cannot hold travels in our comment (see native.to_native)
    tags = " ".join("[tag:" + t.replace("]", "\\]") + "]" for t in n.topics if moodle_safe(t))
    ident = "[id:" + n.id.replace("]", "\\]") + "] " if moodle_safe(n.id) else ""
    out.append(("// " + ident + tags).rstrip())
    if metadata and n.meta:
        out.append(f"// {QUESTION_MARKER} {meta_json(n.meta)}")
    texts = [n.prompt, n.general_feedback, *(c.text for c in n.choices), *(c.feedback for c in n.choices),
             n.tf_feedback_wrong, n.tf_feedback_right, *n.accepted, *(x for p in n.pairs for x in p), *n.distractors]
    plain = any(("<" in t or "&" in t) for t in texts if t)
    head = f"::{escape(n.id)}::" + ("[plain]" if plain else "") + _text(n.prompt)
    general = f"####{_text(n.general_feedback)}" if n.general_feedback else ""
    if n.kind == "multichoice":
        lines = [head + " {"]
        for c in n.choices:
            if n.single and c.fraction >= 100:
                mark = "="  # Moodle keeps a '%…%' after '=' as text
            elif c.fraction == 0:
                mark = "~%0%" if _WEIGHT_RE.match(c.text) else "~"
            else:
                mark = f"~%{_pct(c.fraction)}%"
            line = f"\t{mark}{_text(c.text)}"
            if c.feedback:
                line += f"#{_text(c.feedback)}"
            lines.append(line)
        if general:
            lines.append(f"\t{general}")
        lines.append("}")
    elif n.kind == "multianswer" and n.cloze is not None:
        lines = [_missing_word(n, n.cloze, head, general)]
    elif n.kind == "truefalse":
        body = "TRUE" if n.tf_answer else "FALSE"
        if n.tf_feedback_wrong or n.tf_feedback_right:
            body += f"#{_text(n.tf_feedback_wrong)}"
        if n.tf_feedback_right:  # Moodle's order: {TRUE#feedback when wrong#feedback when right}
            body += f"#{_text(n.tf_feedback_right)}"
        lines = [f"{head} {{{body}{general}}}"]
    elif n.kind == "numerical":
        ends = range_text(n.value, n.tolerance)  # {#3.141..3.142} stays a range, not {#3.1415:0.0005}
        number = f"{ends[0]}..{ends[1]}" if ends else f"{fmt_num(n.value)}:{fmt_num(n.tolerance)}"
        lines = [f"{head} {{#{number}{general}}}"]
    elif n.kind == "shortanswer":
        lines = [head + " {"]
        for answer in n.accepted:
            if "->" in answer:
                warnings.append(f"{n.id}: the answer {answer!r} contains '->', which Moodle reads as matching")
            lines.append(f"\t={_text(answer)}")
        if general:
            lines.append(f"\t{general}")
        lines.append("}")
    else:  # matching
        lines = [head + " {"]
        for left, right in n.pairs:
            if "->" in left:
                warnings.append(f"{n.id}: the left item {left!r} contains '->', which GIFT cannot write")
            lines.append(f"\t={_text(left)} -> {escape(right)}")
        for d in n.distractors:
            lines.append(f"\t= -> {escape(d)}")
        if general:
            lines.append(f"\t{general}")
        lines.append("}")
    return "\n".join(out + lines), warnings


def _missing_word(n: Native, q: Cloze, head: str, general: str) -> str:
    """A one-gap cloze as GIFT's missing word: ``prompt\n\nThe {=38th parallel ~39th parallel} was chosen``."""
    gap = q.gaps[0]
    if gap.kind == "numeric":
        block = f"{{#{number_of(gap)}:{fmt_num(gap.tolerance)}{general}}}"
    elif gap.kind == "short_answer":
        block = "{" + " ".join(f"={_text(a)}" for a in [gap.answer, *gap.accepted]) + general + "}"
    else:
        options = choices_of(q, 0)
        block = "{" + " ".join(("=" if k == 0 else "~") + _text(o) for k, o in enumerate(options)) + general + "}"
    quote = q.evidence.quote
    before, after = escape(quote[:gap.start]), escape(quote[gap.end:])
    prefix = head[: len(head) - len(_text(n.prompt))]  # "::id::" and a format marker
    return f"{prefix}{_text(q.prompt)}\\n\\n{before}{block}{after}"


def gift_text(qset: QuestionSet, metadata: bool = True) -> tuple[str, list[str]]:
    warnings: list[str] = []
    chunks = [f"// {' '.join(qset.title.split())}", "// Written by quiz-bank. Moodle ignores the // lines; quiz-bank reads its own "
              "lines back to restore the set exactly."]
    if metadata:
        set_meta = qset.model_dump(mode="json", exclude={"sources", "questions"})
        chunks.append(f"// {SET_MARKER} {meta_json(set_meta)}")
        for src in real_sources(qset):
            chunks.append(f"// {SOURCE_MARKER} {meta_json(src.model_dump(mode='json'))}")
    blocks = ["\n".join(chunks)]
    default, current = default_category(qset.title), None
    for q in qset.questions:
        native, why = to_native(q, qset, GIFT_CARRIES)
        cloze = native.cloze if native is not None else None
        if native is not None and cloze is not None:
            gaps = len(cloze.gaps)
            if gaps > 1:
                native, why = None, (f"GIFT has one gap per question (missing word) and this cloze has {gaps}; "
                                     "Moodle XML keeps every gap")
            elif cloze.gaps[0].end == len(cloze.evidence.quote):
                native.meta["type"] = "cloze"  # a block at the very end is not a missing word in GIFT
        if native is None:
            warnings.append(LeftOut(q.id, f"not exported ({why})"))
            continue
        category = native.category or default
        if category != current:  # each question goes back in its own category, in the set's order
            blocks.append(f"$CATEGORY: {_category_line(category)}")
            current = category
        text, notes = question_gift(native, metadata)
        warnings += notes + native.notes
        blocks.append(text)
    if current is None:
        blocks.append(f"$CATEGORY: {_category_line(default)}")
    return "\n\n".join(blocks) + "\n", warnings


def _category_line(path: str) -> str:
    """A category path as our reader takes it back (it reads GIFT's escapes there, so a backslash is doubled)."""
    return path.replace("\\", "\\\\")


def export_gift(qset: QuestionSet, path: Path, metadata: bool = True) -> list[str]:
    text, warnings = gift_text(qset, metadata)
    atomic_write(path, text)
    return warnings
