"""Cloze (fill-the-gaps) questions in other programs' shapes: Moodle's embedded answers, and the
passage-and-gaps part every format's cloze shares.

Moodle's embedded answers (the "multianswer" question, also called Cloze) write each gap inside the
text: ``{1:SHORTANSWER:=Paris~=paris}``, ``{2:NUMERICAL:=1950:0}``, ``{1:MULTICHOICE:=right~wrong}``
(the number before the first ``:`` is the gap's weight). Here the passage is the question's quote: on
import the text with each gap's right answer filled in must be a passage of the set's source
(:func:`cloze_evidence` looks for it with ``question_bank.evidence.locate``); when it is not, the
question comes in as a draft whose quote is that passage, and a problem says so.

The scanner reads a text once, left to right (each gap's end is searched from its start, and the next
gap is searched after that end), so a file with thousands of gaps or a gap of a megabyte costs time in
proportion to its size; it stops at the first damaged gap and says where and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import evidence as ev
from ..models import MAX_GAPS
from .drafts import NEEDS_EVIDENCE_SOURCE
from .text import fmt_num, parse_plain_number

#: the prompt of a cloze question whose file gives none (the built-in set's cloze questions use it too)
DEFAULT_PROMPT = "Fill the gaps with the words of the text."

#: stands for "the source given on the command line" until the builder knows that source's id
GIVEN_SOURCE = "\x00given-source"

_SHORT = {"SHORTANSWER", "SA", "MW"}
_SHORT_CASE = {"SHORTANSWER_C", "SAC", "MWC"}
_NUMERICAL = {"NUMERICAL", "NM"}
_CHOICE = {"MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH", "MULTICHOICE_S", "MCS",
           "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS"}
_SEVERAL = {"MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH", "MULTIRESPONSE_S", "MRS", "MULTIRESPONSE_HS", "MRHS"}

#: the start of an embedded answer: "{", an optional weight, ":", a type, ":"
GAP_START = re.compile(r"\{(\d*):([A-Za-z_]+):")
_TILDE = re.compile(r"(?<!\\)~")
_HASH = re.compile(r"(?<!\\)#")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_UNESCAPE = re.compile(r"\\([\\}{~#/\"=%:])")


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(r"\1", text)


def escape_answer(text: str) -> str:
    """An answer as Moodle's embedded-answers syntax reads it back."""
    return re.sub(r"([\\}~#])", r"\\\1", text)


def has_gaps(text: str) -> bool:
    return GAP_START.search(text) is not None


@dataclass
class Parsed:
    """A passage with its gaps read from embedded answers (``gaps`` in our JSON shape)."""

    passage: str = ""
    gaps: list[dict] = field(default_factory=list)
    #: what makes the question unreadable, each naming the gap and its place
    problems: list[str] = field(default_factory=list)
    #: what was read with a loss
    warnings: list[str] = field(default_factory=list)


def _answers(body: str) -> list[tuple[float, str, str]]:
    """(weight %, answer, feedback) of each ``~``-separated answer of a gap."""
    out = []
    for part in _TILDE.split(body):
        part = part.strip()
        weight = 0.0
        if part.startswith("="):
            weight, part = 100.0, part[1:]
        else:
            m = _WEIGHT.match(part)
            if m:
                weight, part = float(m.group(1)), part[m.end():]
        bits = _HASH.split(part, 1)
        answer, feedback = bits[0], bits[1] if len(bits) > 1 else ""
        out.append((weight, _unescape(answer).strip(), _unescape(feedback).strip()))
    return out


def _gap(number: int, weight_text: str, kind: str, body: str, at: int, out: Parsed) -> dict | None:
    """One gap in our shape (without its offsets), or None with a problem in ``out``."""
    place = f"gap {number} (character {at + 1})"
    upper = kind.upper()
    if upper in _SEVERAL:
        out.problems.append(f"{place} lets students choose several answers ({kind}), which a gap here cannot: "
                            "a gap has one right answer")
        return None
    if upper not in _SHORT | _SHORT_CASE | _NUMERICAL | _CHOICE:
        out.problems.append(f"{place} has the type {kind!r}, which is not a type of embedded answer "
                            "(SHORTANSWER, NUMERICAL, MULTICHOICE and their variants are)")
        return None
    answers = _answers(body)
    right = [a for a in answers if a[0] >= 99.99999 and a[1]]
    if not right:
        out.problems.append(f"{place} has no right answer (an answer written '=…' or '%100%…')")
        return None
    gap: dict = {"answer": right[0][1]}
    if weight_text:
        weight = int(weight_text)
        if 0 < weight <= 100:
            if weight != 1:
                gap["weight"] = float(weight)
        else:
            out.warnings.append(f"{place}: the weight {weight} is not between 1 and 100; 1 is used")
    if any(a[2] for a in answers):
        out.warnings.append(f"{place}: the feedback of single answers is not kept (the question's general feedback "
                            "is its explanation)")
    partial = [a for a in answers if 0 < a[0] < 99.99999]
    if upper in _CHOICE:
        if len(right) > 1:
            out.problems.append(f"{place} has {len(right)} right answers; a drop-down gap has exactly one")
            return None
        if partial:
            out.warnings.append(f"{place}: partial credit for " + ", ".join(repr(a[1]) for a in partial) +
                                " is not kept: those options count as wrong")
        distractors: list[str] = []
        for _, text, _ in answers:
            if text and text != gap["answer"] and text not in distractors:
                distractors.append(text)
        if not distractors:
            out.problems.append(f"{place} is a drop-down with no wrong option")
            return None
        gap.update(kind="dropdown", distractors=distractors)
        return gap
    for a in partial:
        out.warnings.append(f"{place}: the answer {a[1]!r} ({a[0]:g}%) is not kept: only fully right answers are")
    if upper in _NUMERICAL:
        value_text, _, tolerance_text = right[0][1].partition(":")
        value = parse_plain_number(value_text.strip())
        tolerance = parse_plain_number(tolerance_text.strip() or "0")
        if value is None or tolerance is None:
            out.problems.append(f"{place} is a number gap whose answer {right[0][1]!r} is not a number "
                                "(write it as value:tolerance, e.g. 1950:0)")
            return None
        if len(right) > 1:
            out.warnings.append(f"{place}: only the first right number is kept")
        gap.update(answer=value_text.strip(), kind="numeric")
        if tolerance:
            gap["tolerance"] = abs(tolerance)
        return gap
    if upper in _SHORT_CASE:
        out.warnings.append(f"{place}: the answers were case-sensitive in Moodle; here case is ignored")
    accepted: list[str] = []
    seen = {" ".join(gap["answer"].casefold().split())}
    for _, text, _ in right[1:]:
        key = " ".join(text.casefold().split())
        if key not in seen:
            seen.add(key)
            accepted.append(text)
    if accepted:
        gap["accepted"] = accepted
    return gap


def parse_embedded(text: str) -> Parsed:
    """The passage (each gap filled with its right answer) and its gaps, from text with embedded answers.

    Linear in the length of ``text``; stops at the first gap that cannot be read."""
    out = Parsed()
    count = sum(1 for _ in GAP_START.finditer(text))
    if count > MAX_GAPS:
        out.problems.append(f"the text has {count} gaps; a cloze question here has at most {MAX_GAPS}")
        return out
    pieces: list[str] = []
    length, pos, number = 0, 0, 0
    while True:
        m = GAP_START.search(text, pos)
        if m is None:
            pieces.append(text[pos:])
            break
        number += 1
        close = text.find("}", m.end())
        while close > 0:
            slashes = 0
            while text[close - 1 - slashes] == "\\":
                slashes += 1
            if slashes % 2 == 0:
                break
            close = text.find("}", close + 1)
        following = GAP_START.search(text, m.end(), close if close >= 0 else len(text))
        if close < 0 or following is not None:
            out.problems.append(f"gap {number} (character {m.start() + 1}) has no closing '}}'" +
                                (f" before gap {number + 1} starts" if following is not None else "") +
                                " (write a '}' inside an answer as \\})")
            return out
        gap = _gap(number, m.group(1), m.group(2), text[m.end():close], m.start(), out)
        if gap is None:
            return out
        before = text[pos:m.start()]
        pieces.append(before)
        length += len(before)
        gap["start"], gap["end"] = length, length + len(gap["answer"])
        pieces.append(gap["answer"])
        length += len(gap["answer"])
        out.gaps.append(gap)
        pos = close + 1
    passage = "".join(pieces)
    # the passage is a quote: no spaces around it
    lead = len(passage) - len(passage.lstrip())
    out.passage = passage.strip()
    for gap in out.gaps:
        gap["start"] -= lead
        gap["end"] -= lead
    if not out.gaps and not out.problems:
        out.problems.append("the text has no gap ({1:SHORTANSWER:=answer} and the like)")
    return out


def split_prompt(text: str, first_gap: int) -> tuple[str, str]:
    """(prompt, passage with gaps): the paragraphs before the one that holds the first gap are the prompt."""
    cut = text.rfind("\n\n", 0, first_gap)
    if cut < 0:
        return "", text
    return text[:cut].strip(), text[cut + 2:]


def apply_meta(gaps: list[dict], meta: dict | None) -> list[str]:
    """Our own exports' details of gaps the format cannot hold (word-bank gaps, exact answers of number
    gaps, weights that are not whole numbers); returns the bank's extra words."""
    if not isinstance(meta, dict):
        return []
    extra = meta.get("gaps")
    if isinstance(extra, list) and len(extra) == len(gaps):
        for gap, info in zip(gaps, extra, strict=True):
            if not isinstance(info, dict):
                continue
            if info.get("kind") == "word_bank" and gap.get("kind") == "dropdown":
                gap["kind"] = "word_bank"
                gap.pop("distractors", None)
            tolerance = info.get("tolerance", 0)
            if info.get("kind") == "numeric" and gap.get("kind", "short_answer") == "short_answer" and \
                    isinstance(tolerance, int | float) and not isinstance(tolerance, bool) and tolerance >= 0:
                gap["kind"] = "numeric"  # written as its spellings where numbers cannot be (Canvas's blanks)
                gap.pop("accepted", None)
                if tolerance:
                    gap["tolerance"] = float(tolerance)
            if isinstance(info.get("weight"), int | float) and not isinstance(info.get("weight"), bool):
                gap["weight"] = float(info["weight"])
    bank = meta.get("bank_extras")
    return [w for w in bank if isinstance(w, str) and w] if isinstance(bank, list) else []


def gap_meta(q) -> dict:
    """What a format's gap syntax loses of a cloze question, for our comment (see :func:`apply_meta`)."""
    meta: dict = {}
    extra = []
    for gap in q.gaps:
        info: dict = {}
        if gap.kind == "word_bank":
            info["kind"] = "word_bank"
        if not float(gap.weight).is_integer():
            info["weight"] = gap.weight
        extra.append(info)
    if any(extra):
        meta["gaps"] = extra
    if q.bank_extras:
        meta["bank_extras"] = list(q.bank_extras)
    if q.prompt != DEFAULT_PROMPT:
        meta["prompt"] = q.prompt
    return meta


def choices_of(q, index: int) -> list[str]:
    """The options a choice gap is written with: the right answer first (a word-bank gap: its bank)."""
    gap = q.gaps[index]
    if gap.kind == "dropdown":
        return [gap.answer, *gap.distractors]
    return [gap.answer, *(w for w in q.word_bank() if w != gap.answer)]


def number_of(gap) -> str:
    """A number gap's answer as a program reads numbers ("135,000" -> "135000")."""
    value = parse_plain_number(gap.answer)
    return fmt_num(value) if value is not None else gap.answer


def embedded_text(q) -> tuple[str, list[str]]:
    """The passage of a cloze question with Moodle's embedded answers in its gaps, and the warnings."""
    warnings: list[str] = []
    out = []
    for text, index in q.parts():
        if index is None:
            out.append(text)
            continue
        gap = q.gaps[index]
        weight = int(gap.weight) if float(gap.weight).is_integer() else max(1, round(gap.weight))
        if gap.kind == "short_answer":
            body = "~".join("=" + escape_answer(a) for a in [gap.answer, *gap.accepted])
            kind = "SHORTANSWER"
        elif gap.kind == "numeric":
            number = number_of(gap)
            if number != gap.answer:
                warnings.append(f"{q.id}: gap {index + 1} is written as the number {number} (the passage says "
                                f"{gap.answer!r}); re-imported, the passage must be found in the source again")
            body = f"={number}:{fmt_num(gap.tolerance)}"
            kind = "NUMERICAL"
        else:
            options = choices_of(q, index)
            body = "~".join(("=" if k == 0 else "") + escape_answer(o) for k, o in enumerate(options))
            kind = "MULTICHOICE_S"  # shuffled, as the app shows it
        out.append(f"{{{weight}:{kind}:{body}}}")
    return "".join(out), warnings


def cloze_evidence(b, passage: str, marker: dict | None) -> tuple[dict, str | None]:
    """The evidence of an imported cloze question, whose quote is its passage, and what is wrong with it.

    Our own exports carry the source's id in the evidence marker; otherwise the passage is looked for in
    the sources the file brought and in the text given with --source."""
    if marker is not None:
        return {"source": marker["source"], "quote": passage}, None
    looked = False
    for src in b.sources:
        looked = True
        if ev.locate(src.text, passage) is not None:
            return {"source": src.id, "quote": passage}, None
    given = b.options.source_text
    if given is not None and given.strip():
        looked = True
        if ev.locate(given, passage) is not None:
            return {"source": GIVEN_SOURCE, "quote": passage}, None
    why = ("the passage (with its gaps filled in) is not in the source text word for word" if looked else
           "no source text came with the file, so the passage cannot be checked")
    return {"source": NEEDS_EVIDENCE_SOURCE, "quote": passage}, why


def draft_hint(b, passage: str) -> str:
    """What a teacher does about a cloze passage that is not a quote: the closest passage of a source, if any."""
    texts = [s.text for s in b.sources]
    if b.options.source_text is not None and b.options.source_text.strip():
        texts.append(b.options.source_text)
    closest = next((c for c in (ev.closest_passage(t, passage) for t in texts) if c), "")
    if closest:
        return (f"The closest passage of the source: “{closest}”. Make the passage a quote of the source "
                "(quiz-bank validate lists what is missing).")
    return ("Give the source with --source, then make the passage a quote of it (quiz-bank validate lists what "
            "is missing).")


def cloze_data(b, data: dict, text: str, meta: dict | None, where, label: str) -> bool:
    """``data`` made a cloze question from ``text`` with embedded answers (prompt paragraphs first);
    problems go to the builder ``b``. ``data["evidence"]`` is the evidence marker of the feedback, if any."""
    first = GAP_START.search(text)
    prompt, body = split_prompt(text, first.start()) if first else ("", text)
    parsed = parse_embedded(body)
    for warning in parsed.warnings:
        b.warn(f"{label}: {warning}", where)
    if parsed.problems:
        for problem in parsed.problems:
            b.problem(f"{label} cannot be imported: {problem}", where,
                      hint="A gap is written {1:SHORTANSWER:=answer}, {1:NUMERICAL:=1950:0} or "
                           "{1:MULTICHOICE:=right~wrong}.")
        return False
    extras = apply_meta(parsed.gaps, meta)
    if isinstance(meta, dict) and isinstance(meta.get("prompt"), str) and meta["prompt"].strip():
        prompt = meta["prompt"]
    evidence, why = cloze_evidence(b, parsed.passage, data.get("evidence"))
    if why:
        b.warn(f"{label}: imported as a draft: {why}", where, hint=draft_hint(b, parsed.passage))
    data.update(type="cloze", prompt=prompt or DEFAULT_PROMPT, evidence=evidence, gaps=parsed.gaps)
    if extras:
        data["bank_extras"] = extras
    return True
