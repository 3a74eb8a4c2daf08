"""“Suggest questions” without the widgets: drafts in the editor's terms, which of them to show, and in what words.

The drafting engine (``question_bank.drafting``) makes a set of its own with a source of its own; here
each draft is re-based on the editor's source (its quotes are from the same text, so they are found
there; a draft whose quote is not found is left out and the teacher is told). A draft is "in the set"
when the set has a question of its type on its sentence, however its prompt or id was edited since:
so undoing an accept brings the draft back into the list. No Qt here; ``suggest_panel.py`` shows it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from question_bank import evidence as ev
from question_bank.drafting import DraftInfo, suggest_questions
from question_bank.evidence import Location
from question_bank.i18n import QT_TRANSLATE_NOOP, translate
from question_bank.models import TOPIC_LABELS, TYPE_LABELS

from .cloze_gaps import GAP_KINDS
from .document import evidence_paths, get_at

#: Usefulness scores (0–1) in the words the teacher reads, best first.
USEFULNESS = ((0.85, QT_TRANSLATE_NOOP("suggestions", "very useful")), (0.7, QT_TRANSLATE_NOOP("suggestions", "useful")),
              (0.55, QT_TRANSLATE_NOOP("suggestions", "fair")), (0.0, QT_TRANSLATE_NOOP("suggestions", "weak: check it closely")))
#: The orders the list offers: (key, label).
ORDERS = (("text", QT_TRANSLATE_NOOP("suggestions", "Text order")), ("score", QT_TRANSLATE_NOOP("suggestions", "Most useful first")))


@dataclass(frozen=True)
class Suggestion:
    """One draft, re-based on the editor's source: the question in the file's shape and where it quotes."""

    question: dict
    info: DraftInfo
    #: Spans of its quotes in the editor's source text, the question's own evidence first.
    spans: tuple[tuple[int, int], ...]
    #: 1-based paragraph of the source where its own evidence is.
    paragraph: int

    @property
    def key(self) -> tuple[str, str]:
        return question_key(self.question)

    @property
    def draft_id(self) -> str:
        """Unique among the drafts of one drafting (the question's id may change when it is added)."""
        return self.info.question_id


@dataclass
class Drafts:
    """What drafting a source gave: the suggestions and the drafts left out because their quote is not there."""

    source_id: str
    text: str
    suggestions: list[Suggestion] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------- drafting and re-basing


def question_key(q: dict) -> tuple[str, str]:
    """A question of this type on this sentence: how a draft already in the set is recognised (its prompt
    or id may have been edited since)."""
    raw = q.get("evidence")
    evid = raw if isinstance(raw, dict) else {}
    return str(q.get("type") or ""), ev.normalised_quote(str(evid.get("quote") or ""))


def evidence_dicts(q: dict) -> list[dict]:
    """Every evidence of a question (in the file's shape), its own first."""
    return [get_at(q, path) for path in evidence_paths(q)]


def rebase(question: dict, source_id: str, source_text: str) -> tuple[dict, list[Location]] | None:
    """A copy of ``question`` quoting ``source_id``, and where its quotes are there (its own first); None
    when a quote is not in the text (a draft's quotes are not validated against the editor's source yet)."""
    q = copy.deepcopy(question)
    locations = []
    for evid in evidence_dicts(q):
        location = ev.locate(source_text, str(evid.get("quote") or ""))
        if location is None:
            return None
        evid["source"] = source_id
        locations.append(location)
    return (q, locations) if locations else None


def draft_source(text: str, source_id: str, set_title: str = "", source_title: str = "",
                 drafted_text: str | None = None) -> Drafts:
    """Runs off the GUI thread: draft questions from ``drafted_text`` (default: ``text``) and re-base them on
    the editor's source ``source_id`` whose text is ``text``."""
    result = suggest_questions(text if drafted_text is None else drafted_text, title=set_title or None,
                               source_title=source_title or None)
    drafts = Drafts(source_id, text)
    for q in result.question_set.model_dump(mode="json", exclude_none=True)["questions"]:
        info = result.info(q["id"])
        rebased = rebase(q, source_id, text)
        if info is None or rebased is None:
            drafts.skipped.append(q["id"])
            continue
        question, locations = rebased
        drafts.suggestions.append(Suggestion(question, info, tuple(loc.span for loc in locations),
                                             locations[0].paragraph.index + 1))
    return drafts


def free_ids(questions: list[dict], taken: set[str]) -> list[dict]:
    """Copies of ``questions`` whose ids clash neither with ``taken`` nor with each other (``s003-mc-2``)."""
    out = []
    taken = set(taken)
    for q in questions:
        q = copy.deepcopy(q)
        base = str(q.get("id") or "draft")
        qid, n = base, 2
        while qid in taken:
            qid, n = f"{base}-{n}", n + 1
        q["id"] = qid
        taken.add(qid)
        out.append(q)
    return out


def ready_to_add(chosen: list[Suggestion], data: dict, source_id: str) -> tuple[list[dict], list[str]]:
    """The chosen drafts checked against the source as it is now (the teacher may have edited it), with ids
    free in the set; and the ids of those whose quote is no longer there."""
    found = next((s for s in data.get("sources", []) if isinstance(s, dict) and s.get("id") == source_id), {})
    text = str(found.get("text") or "")
    good, stale = [], []
    for s in chosen:
        rebased = rebase(s.question, source_id, text)
        if rebased is None:
            stale.append(str(s.question.get("id")))
        else:
            good.append(rebased[0])
    taken = {str(q.get("id")) for q in data.get("questions", []) if isinstance(q, dict)}
    return free_ids(good, taken), stale


# ---------------------------------------------------------------------------- which drafts the list shows


def keys_in_set(data: dict, source_id: str) -> set[tuple[str, str]]:
    """The (type, sentence) of every question of the set that quotes ``source_id``."""
    return {question_key(q) for q in data.get("questions", []) if isinstance(q, dict)
            and isinstance(q.get("evidence"), dict) and q["evidence"].get("source") == source_id}


def open_drafts(drafts: Drafts, in_set: set[tuple[str, str]], discarded: set[str]) -> list[Suggestion]:
    """The drafts still to review: neither in the set nor discarded, in text order."""
    return [s for s in drafts.suggestions if s.key not in in_set and s.draft_id not in discarded]


def shown_drafts(open_: list[Suggestion], qtype: str = "", topic: str = "", order: str = "text") -> list[Suggestion]:
    """The open drafts the filters let through ("" lets every type or topic through), in the chosen order."""
    shown = [s for s in open_ if (not qtype or s.question.get("type") == qtype)
             and (not topic or topic in s.question.get("topics", []))]
    if order == "score":
        shown.sort(key=lambda s: -s.info.score)
    return shown


def draft_topics(drafts: Drafts) -> list[str]:
    """The topics of the drafts for the topic filter: the known topics first, then by name."""
    return sorted({t for s in drafts.suggestions for t in s.question.get("topics", [])},
                  key=lambda t: (t not in TOPIC_LABELS, topic_label(t).casefold()))


# ---------------------------------------------------------------------------- in the teacher's words


def usefulness(score: float) -> str:
    return translate("suggestions", next(words for floor, words in USEFULNESS if score >= floor))


def topic_label(topic: str) -> str:
    return TOPIC_LABELS.get(topic, topic.replace("_", " ").capitalize())


def describe(s: Suggestion) -> str:
    """The row of a draft: type, usefulness and paragraph; the question; its answer and wrong choices; its flaws."""
    q, info = s.question, s.info
    qtype = str(q.get("type"))
    lines = [translate("suggestions", "{type} · {usefulness} · paragraph {paragraph}").format(type=TYPE_LABELS.get(qtype, qtype), usefulness=usefulness(info.score), paragraph=s.paragraph)]
    prompt = " ".join(str(q.get("prompt") or "").split())
    if qtype == "cite" and q.get("statement"):
        prompt += f" “{q['statement']}”"
    lines.append(prompt)
    if qtype == "ordering":
        items = [f"{i.get('text', '')} ({i['date']})" if i.get("date") else str(i.get("text", ""))
                 for i in q.get("items", []) if isinstance(i, dict)]
        lines.append(translate("suggestions", "Order: ") + " → ".join(items))
    elif qtype == "matching":
        pairs = [f"{p.get('left', '')} → {p.get('right', '')}" for p in q.get("pairs", []) if isinstance(p, dict)]
        lines.append(translate("suggestions", "Pairs: ") + "; ".join(pairs))
    elif qtype == "true_false":
        lines.append((translate("suggestions", "Answer: true") if q.get("answer") else translate("suggestions", "Answer: false"))
                     + (translate("suggestions", " (the text says: {correction})").format(correction=q['correction']) if q.get("correction") else ""))
    elif qtype == "numeric":
        unit = f" {q['unit']}" if q.get("unit") else ""
        lines.append(translate("suggestions", "Answer: {answer}{unit}").format(answer=info.answer, unit=unit))
    elif qtype == "cloze":
        lines += _cloze_lines(q)
    else:
        lines.append(translate("suggestions", "Answer: {answer}").format(answer=info.answer))
    if info.distractors and qtype != "cloze":
        label = translate("suggestions", "Extra choices") if qtype == "matching" else translate("suggestions", "Wrong choices")
        lines.append(f"{label}: {', '.join(info.distractors)}")
    if info.notes:
        lines.append("⚠ " + "; ".join(info.notes))
    return "\n".join(lines)


def _cloze_lines(q: dict) -> list[str]:
    """A cloze draft's passage with its numbered gaps, then each gap's answer, kind and wrong options."""
    quote = str(get_at(q, ("evidence", "quote"), "") or "")
    gaps = [g for g in q.get("gaps", []) if isinstance(g, dict)]
    shown, at = [], 0
    for n, g in enumerate(gaps, 1):
        shown += [quote[at:g["start"]], f"[{n}] _____"]
        at = g["end"]
    shown.append(quote[at:])
    kinds = dict(GAP_KINDS)
    answers = [f"{n}. {g['answer']} ({kinds.get(g.get('kind', 'short_answer'), '').lower()}"
               + (translate("suggestions", "; wrong options: {names}").format(names=', '.join(g['distractors'])) if g.get("distractors") else "") + ")"
               for n, g in enumerate(gaps, 1)]
    return [translate("suggestions", "Passage: ") + " ".join("".join(shown).split()), translate("suggestions", "Gaps: ") + "; ".join(answers)]


def draft_tip(s: Suggestion) -> str:
    """The tooltip of a draft's row (plain text): its score and its explanation."""
    return translate("suggestions", "Usefulness score {score:.2f} of 1.\n\n{explanation}").format(score=s.info.score, explanation=s.question.get('explanation', ''))


def drafts_summary(drafts: Drafts, in_set: set[tuple[str, str]], discarded: int, shown: int, open_: int) -> str:
    """"12 drafts · 2 in the set · 1 discarded · 9 to review." (or how many the filters show)."""
    if not drafts.suggestions:
        return translate("suggestions", "No questions could be drafted from this text.")
    accepted = sum(1 for s in drafts.suggestions if s.key in in_set)
    parts = [translate("suggestions", "%n draft(s)", "", len(drafts.suggestions))]
    if accepted:
        parts.append(translate("suggestions", "{accepted} in the set").format(accepted=accepted))
    if discarded:
        parts.append(translate("suggestions", "%n discarded", "", discarded))
    if shown != open_:
        parts.append(translate("suggestions", "{shown} of {open} shown by the filters").format(shown=shown, open=open_))
    elif open_:
        parts.append(translate("suggestions", "{open} to review").format(open=open_))
    return " · ".join(parts) + "."


def drafts_notices(drafts: Drafts, source_text: str) -> list[str]:
    """Warnings about the drafts: the source changed since they were made; drafts left out."""
    notices = []
    if drafts.text != source_text:
        notices.append(translate("suggestions", "⚠ The source text was changed after these drafts were made. Press “Draft again” to "
                       "draft from the text as it is now."))
    if drafts.skipped:
        n = len(drafts.skipped)
        listed = ", ".join(drafts.skipped[:8]) + (" …" if n > 8 else "")
        notices.append((translate("suggestions", "⚠ %n draft was left out: its quote is not found in this source "
                                  "({listed}).", "", n) if n == 1 else
                        translate("suggestions", "⚠ %n drafts were left out: their quotes are not found in this source "
                                  "({listed}).", "", n)).format(listed=listed))
    return notices


def stale_notice(stale: list[str]) -> str:
    """The warning when chosen drafts quote words the source no longer has."""
    return (translate("suggestions", "⚠ The source text changed: the quote of {names} is no longer in it. Press “Draft again”.").format(names=', '.join(stale))
            if stale else "")
