"""Anki .apkg export (genanki): one note per question.

A cloze question becomes an Anki cloze note (its own note type, "History quiz fill the gaps"): the passage
with one ``{{cN::answer}}`` per gap, so Anki makes one card per gap; the explanation and the quote are in
its Extra field, shown on the back.

The front asks the question (with its options, items or pairs); the back shows the answer, the
explanation, and the quote with its source's title and citation. Notes have stable ids (from the
set id and the question id), so importing a newer export into Anki updates the cards instead of
duplicating them. Topics become Anki tags.
"""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path

from ..atomic import atomic_path
from ..models import QuestionSet
from .drafts import real_evidence, real_explanation

#: Fixed so that every export uses the same Anki note types (Anki matches note types by id).
MODEL_ID = 1_594_263_071
CLOZE_MODEL_ID = 1_594_263_072

_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background: white; }
.choices { margin-top: .5em; }
.answer { font-weight: bold; }
.explanation { margin-top: 1em; }
blockquote { margin: 1em 0 .3em 0; padding-left: .8em; border-left: 3px solid #999; font-style: italic; }
.source { font-size: 15px; color: #555; }
"""


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _list(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f'<{tag} class="choices">' + "".join(f"<li>{_html(t)}</li>" for t in items) + f"</{tag}>"


def front_html(q) -> str:
    out = _html(q.prompt)
    if q.type in ("multiple_choice", "multiple_select"):
        out += _list([c.text for c in q.choices], ordered=True)
        if q.type == "multiple_select":
            out += "<div><i>Choose all that apply.</i></div>"
    elif q.type == "true_false":
        out += "<div><i>True or false?</i></div>"
    elif q.type == "ordering":
        out += _list(sorted((it.text for it in q.items), key=str.casefold))
    elif q.type == "matching":
        rights = sorted([p.right for p in q.pairs] + list(q.distractors), key=str.casefold)
        out += _list([p.left for p in q.pairs]) + "<div><i>Match with:</i></div>" + _list(rights)
    elif q.type == "cite":
        out += f"<blockquote>{_html(q.statement)}</blockquote><div><i>Which sentence of the text proves it?</i></div>"
    return out


def back_html(q, qset: QuestionSet) -> str:
    evid = real_evidence(q)
    if q.type == "cite":
        answer = _html(f"“{evid.quote}”") if evid else ""
    elif q.type == "ordering":
        answer = _list([f"{it.text} ({it.date})" if it.date else it.text for it in q.items], ordered=True)
    elif q.type == "matching":
        answer = _list([f"{p.left} → {p.right}" for p in q.pairs])
    elif q.type == "multiple_select":
        answer = _list([c.text for c in q.choices if c.correct])
    else:
        answer = _html(q.answer_text())
    out = f'<div class="answer">{answer}</div>'
    if q.type == "short_answer" and len(q.accepted) > 1:
        out += f"<div>Also accepted: {_html('; '.join(q.accepted[1:]))}</div>"
    if q.type == "true_false" and q.correction:
        out += f"<div>{_html(q.correction)}</div>"
    explanation = real_explanation(q)
    if explanation:
        out += f'<div class="explanation">{_html(explanation)}</div>'
    if evid is not None:
        out += f"<blockquote>“{_html(evid.quote)}”</blockquote>"
        src = qset.source(evid.source)
        if src is not None:
            cite = src.title + (f" — {src.citation}" if src.citation else "")
            out += f'<div class="source">{_html(cite)}</div>'
    return out


def _cloze_safe(text: str) -> str:
    """Text inside ``{{c1::…}}``: HTML-escaped, with the braces and colons of Anki's syntax as entities."""
    return _html(text).replace("}", "&#125;").replace("{", "&#123;").replace(":", "&#58;")


def cloze_text(q) -> str:
    """A cloze question as the Text field of an Anki cloze note: the prompt, the word bank if any, then the
    passage with one ``{{cN::answer}}`` per gap (a drop-down's options as the hint Anki shows in the gap)."""
    out = [f"<div>{_html(q.prompt)}</div>"]
    bank = q.word_bank()
    if bank:
        out.append(f"<div><i>Word bank:</i> {_html(', '.join(sorted(bank, key=str.casefold)))}</div>")
    passage = []
    for text, index in q.parts():
        if index is None:
            passage.append(_html(text))
            continue
        gap = q.gaps[index]
        hint = ""
        if gap.kind == "dropdown":
            hint = "::" + _cloze_safe(" / ".join(sorted(q.gap_options(index), key=str.casefold)))
        passage.append(f"{{{{c{index + 1}::{_cloze_safe(gap.answer)}{hint}}}}}")
    out.append(f"<div>{''.join(passage)}</div>")
    return "".join(out)


def cloze_extra(q, qset: QuestionSet) -> str:
    """The back of a cloze card: the explanation, then the quote with its source (the answers are in the gaps)."""
    back = back_html(q, qset)
    return back.split("</div>", 1)[1] if back.startswith('<div class="answer">') else back


def _deck_id(set_id: str) -> int:
    return int(hashlib.sha1(set_id.encode("utf-8")).hexdigest()[:8], 16) % (1 << 30) + (1 << 30)


def export_apkg(qset: QuestionSet, path: Path) -> list[str]:
    import genanki

    model = genanki.Model(
        MODEL_ID, "History quiz question",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Id"}],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}",
                    "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}'}],
        css=_CSS,
    )
    cloze_model = genanki.Model(
        CLOZE_MODEL_ID, "History quiz fill the gaps",
        fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Id"}],
        templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<hr id=\"answer\">{{Extra}}"}],
        css=_CSS + ".cloze { font-weight: bold; color: #0645ad; }\n",
        model_type=genanki.Model.CLOZE,
    )
    deck = genanki.Deck(_deck_id(qset.id), qset.title)
    for q in qset.questions:
        tags = ["_".join(t.split()) for t in q.topics]
        if q.type == "cloze":  # one card per gap, as Anki's own cloze notes
            fields = [cloze_text(q), cloze_extra(q, qset), escape(q.id)]
            note = genanki.Note(model=cloze_model, fields=fields, tags=tags, guid=genanki.guid_for(qset.id, q.id))
        else:
            note = genanki.Note(model=model, fields=[front_html(q), back_html(q, qset), escape(q.id)], tags=tags,
                                guid=genanki.guid_for(qset.id, q.id))
        deck.add_note(note)
    with atomic_path(path) as tmp:  # genanki wants a file name
        genanki.Package(deck).write_to_file(str(tmp))
    return []
