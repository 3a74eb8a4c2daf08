"""Every draft of every test text: valid, its answer in its quote, honest distractors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from draftkit import TEXTS, drafted
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from question_bank import evidence as ev
from question_bank import textnorm as tn
from question_bank.drafting import draft_questions, extract, suggest_questions
from question_bank.drafting.builders import quote_states
from question_bank.drafting.facts import read_facts
from question_bank.drafting.phrasing import BLANK
from question_bank.loading import validate_data
from question_bank.models import QUESTION_TYPES


def _errors(qset) -> list[str]:
    result = validate_data(qset.model_dump(mode="json"), "<test>")
    return [str(p) for p in result.errors]


def test_every_draft_validates(text_name):
    result = drafted(text_name)
    assert result.question_set.status == "draft"
    assert _errors(result.question_set) == []
    assert result.dropped == []  # no builder made a draft the validator rejects


def test_every_type_and_every_paragraph(text_name):
    result = drafted(text_name)
    types = {q.type for q in result.question_set.questions}
    # every type; but the picker may trade one of the two dated-events types for more drafts when other drafts
    # show its dates (select._MULTI): since round 20 names Marie Curie's "she" after "Curie", five more drafts
    # ask her dates and her ordering goes, her matching stays
    assert types >= set(QUESTION_TYPES) - {"ordering", "matching"}
    assert types & {"ordering", "matching"}
    assert set(result.used_paragraphs) == set(result.content_paragraphs)


def test_korean_war_text_meets_the_bar():
    result = drafted("korean-war")
    qs = result.question_set.questions
    # about 3 per 100 words, after dropping drafts another draft gives away (since issue 16 round 3 that includes
    # each right choice of a "which of these fill the blank?", which costs this text five drafts; since round 4 no
    # false statement whose swap is nonsense, "In Taiwan, the balance of power ...", "The Soviets, under Mao
    # Zedong", which costs it four more)
    assert len(qs) >= 29
    # only the two reference lines at the end are left out as not being history
    source = TEXTS["korean-war"].read_text(encoding="utf-8")
    assert len(result.content_paragraphs) == len(ev.paragraphs(source)) - 2
    # the answer-in-quote check is switched off only where a draft joins several sentences: a matching, or an
    # ordering with a day whose year the sentence before gives (round 10: "14 April 1912", not "14 April")
    noted = [q for q in qs if q.support_note]
    assert all(q.type == "matching" or q.type == "ordering" and "gives the year" in q.support_note
               or q.type == "ordering" and "gives its year" in q.support_note for q in noted)
    assert len(noted) <= 3


def _sentence_of(source: str, quote: str) -> str:
    span = ev.find_quote(source, quote)
    assert span is not None
    return source[span[0]:span[1]]


def _passages(source: str) -> list[str]:
    out = []
    for para in ev.paragraphs(source):
        sents = [s.text for s in ev.sentences(source) if para.start <= s.start < para.end]
        for i in range(len(sents)):
            out.append(sents[i])
            out += [" ".join(sents[j:i + 1]) for j in range(max(0, i - 2), i)]
    return out


def test_no_answer_is_absent_from_its_quote(text_name):
    result = drafted(text_name)
    source = result.question_set.sources[0].text
    for q in result.question_set.questions:
        quote = q.evidence.quote
        assert ev.find_quote(source, quote) is not None, q.id
        if q.type in ("multiple_choice", "multiple_select"):
            for c in q.choices:
                if c.correct and c.evidence:
                    # "which of these happened in 1948?": the choice is its own sentence without the date
                    assert quote_states(c.text, c.evidence.quote), (q.id, c.text)
                elif c.correct:
                    assert ev.find_quote(quote, c.text) is not None, (q.id, c.text)  # a span of the quote itself
        elif q.type == "short_answer":
            assert ev.find_quote(quote, q.accepted[0]) is not None, (q.id, q.accepted)
        elif q.type == "numeric":
            assert any(abs(n - q.value) <= q.tolerance for n in tn.numbers_in(quote)), q.id
        elif q.type == "true_false":
            if q.answer:
                assert quote_states(q.prompt, quote), q.id
            else:
                assert quote_states(q.correction, quote), q.id
                assert not tn.contains_folded(source, q.prompt.rstrip(".")), q.id
        elif q.type == "ordering":
            for item in q.items:
                day, _, year = item.date.rpartition(" ")
                # a day whose year the sentence before gives ("During 14 April" after "10 April 1912"): both
                # parts stand in the item's quote, which starts at that sentence (round 10)
                assert tn.contains_folded(item.evidence.quote, item.date) or q.support_note and \
                    tn.contains_folded(item.evidence.quote, day.rstrip(",")) and year in item.evidence.quote, \
                    (q.id, item.date)
        elif q.type == "matching":
            if q.support_note:
                for pair in q.pairs:
                    # both sides stated in one place of the text: a sentence, or one with the sentence or two
                    # before it that name the "she" it speaks of (the person perhaps by surname only)
                    last = pair.left.split()[-1]
                    assert any(quote_states(pair.right, passage) and
                               (quote_states(pair.left, passage) or quote_states(last, passage))
                               for passage in _passages(source)), (q.id, pair)
            else:
                for pair in q.pairs:
                    assert quote_states(pair.left, quote) and quote_states(pair.right, quote), (q.id, pair)


def _kind_of_choice(facts, text: str) -> str:
    found = extract.find_dates(text)
    if found and found[0].text == text:
        return "date"
    nums = extract.find_numbers(text + " units")
    if nums and nums[0].start == 0 or re.fullmatch(r"[\d,.]+(?: million| billion)?|[a-z-]+|a quarter", text):
        return "number"
    for ent in facts.entities.values():
        if text in (ent.display, ent.short, ent.first.text):
            return {"country": "place"}.get(ent.kind, ent.kind)
    return "?"


def test_distractors_are_of_the_answers_kind_and_never_true(text_name):
    result = drafted(text_name)
    source = result.question_set.sources[0].text
    facts = read_facts(source)
    folded_source = tn.fold(source, drop_article=False)
    for q, info in zip(result.question_set.questions, result.drafts, strict=True):
        if q.type not in ("multiple_choice", "multiple_select"):
            continue
        sentence = _sentence_of(source, q.evidence.quote)
        right = [c for c in q.choices if c.correct]
        wrong = [c for c in q.choices if not c.correct]
        assert wrong, q.id
        if info.kind == "list":
            # "which of these happened in 1948?": each wrong event is one the text dates in another year
            year = int(re.search(r"\b(\d{4})\b", q.prompt).group(1))
            for c in wrong:
                homes = [s.text for s in ev.sentences(source) if quote_states(c.text, s.text)]
                assert homes, (q.id, c.text)
                assert all(str(year) not in h for h in homes), (q.id, c.text)
            continue
        if info.kind == "statements":
            # "which of these does the text say?": the made-up one is said by no sentence, the others by the quote
            assert all(quote_states(c.text, q.evidence.quote) for c in right), q.id
            assert not any(quote_states(c.text, s.text) for c in wrong for s in ev.sentences(source)), q.id
            continue
        if info.kind in ("cause", "effect"):
            # "why?" / "what followed?": the wrong choices are other things the text says, outside the link's sentences
            for c in wrong:
                assert tn.contains_folded(source, c.text) and not tn.contains_folded(q.evidence.quote, c.text), (q.id, c.text)
            continue
        answer_kind = {"country": "place"}.get(info.kind, info.kind)
        for c in wrong:
            assert all(tn.fold(c.text) != tn.fold(r.text) for r in right), (q.id, c.text)
            assert _kind_of_choice(facts, c.text) == answer_kind, (q.id, c.text, info.kind)
            # not in the quoted sentence, and the sentence with it is not said anywhere in the text
            assert not tn.contains_folded(sentence, c.text), (q.id, c.text)
            if q.type == "multiple_choice" and BLANK in q.prompt:
                filled = q.prompt.replace(BLANK, c.text).strip(" .…")
                assert tn.fold(filled, drop_article=False) not in folded_source, (q.id, filled)
            assert c.feedback, (q.id, c.text)


def test_draft_info_matches_the_questions(text_name):
    result = drafted(text_name)
    source = result.question_set.sources[0].text
    assert [i.question_id for i in result.drafts] == [q.id for q in result.question_set.questions]
    for info, q in zip(result.drafts, result.question_set.questions, strict=True):
        assert info.type == q.type
        assert 0 <= info.score <= 1
        assert info.kind
        for start, end in info.spans:
            assert source[start:end].strip()
    assert result.info(result.drafts[0].question_id) is result.drafts[0]


def test_drafting_is_deterministic():
    text = TEXTS["berlin-airlift"].read_text(encoding="utf-8")
    a = draft_questions(text).model_dump_json()
    b = draft_questions(text).model_dump_json()
    assert a == b


def test_types_topics_and_max():
    text = TEXTS["space-race"].read_text(encoding="utf-8")
    only = draft_questions(text, types=["ordering", "tf"], max_questions=4)
    assert {q.type for q in only.questions} <= {"ordering", "true_false"}
    assert 0 < len(only.questions) <= 4
    dates = draft_questions(text, topics=["dates"])
    assert dates.questions and all("dates" in q.topics for q in dates.questions)
    titled = draft_questions(text, title="Space Race quiz")
    assert titled.title == "Space Race quiz" and titled.id == "space-race-quiz"
    assert draft_questions(text).title.startswith("The Space Race")  # from the title line


def test_bad_arguments_raise_value_error():
    import pytest

    with pytest.raises(ValueError, match="unknown question type"):
        draft_questions("Truman met Stalin in 1945.", types=["essay"])
    with pytest.raises(ValueError):
        draft_questions("Truman met Stalin in 1945.", max_questions=0)


def test_text_without_facts_gives_an_empty_valid_set():
    qset = draft_questions("hello there. nothing much happens here.")
    assert qset.questions == []
    assert _errors(qset) == []


def test_five_thousand_words_are_drafted_without_a_dropped_draft():
    # the speed target (2 s for 5,000 words) is measured by benchmarks/drafting.py against a baseline in the same
    # run, not timed here: a shared machine makes a wall-clock assertion fail for reasons that are not the code's
    paras = [p for name in sorted(TEXTS) for p in TEXTS[name].read_text(encoding="utf-8").splitlines()
             if len(p.split()) > 15]
    out, words, i = [], 0, 0
    while words < 5000:
        out.append(paras[i % len(paras)])
        words += len(out[-1].split())
        i += 1
    result = suggest_questions("\n".join(out))
    assert result.question_set.questions and result.dropped == []


# --------------------------------------------------------------------------- any text


_NAMES = ["Harry S. Truman", "Gen. Douglas MacArthur", "Kim Il Sung", "Marie Curie", "the Naktong River",
          "the 24th Infantry Division", "Seoul", "Japan", "the United Nations", "Dr. Syngman Rhee"]
_DATES = ["June 25, 1950", "in 1948", "on June 27", "in August 1945", "by early July", "that October",
          "in the summer of 1950", "1950–53"]
_NUMBERS = ["135,000 troops", "ten divisions", "about 2.3 million tons", "four sectors", "more than 270,000 flights",
            "two-thirds of the cargo"]
_VERBS = ["captured", "met", "defended", "reached", "left", "attacked", "signed a treaty with"]


@st.composite
def _texts(draw) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        sentences = []
        for _ in range(draw(st.integers(1, 4))):
            subject = draw(st.sampled_from(_NAMES))
            sentence = f"{subject[0].upper()}{subject[1:]} {draw(st.sampled_from(_VERBS))} " \
                       f"{draw(st.sampled_from(_NAMES))} {draw(st.sampled_from(_DATES))} with " \
                       f"{draw(st.sampled_from(_NUMBERS))}."
            if draw(st.booleans()):
                sentence = f"However, {sentence[0].lower()}{sentence[1:]}"
            sentences.append(sentence)
        paragraphs.append(" ".join(sentences))
    return "\n".join(paragraphs)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts())
def test_any_text_gives_valid_drafts(text):
    result = suggest_questions(text)
    assert result.dropped == []
    assert _errors(result.question_set) == []
    json.loads(result.question_set.model_dump_json())


def test_same_drafts_in_every_process():
    """No dependence on hash seeds or set order: two processes with different seeds agree."""
    code = ("import sys; from question_bank.drafting import draft_questions; "
            "sys.stdout.write(draft_questions(open(sys.argv[1], encoding='utf-8').read()).model_dump_json())")
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code, str(TEXTS["space-race"])], capture_output=True,
                              text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        outs.append(done.stdout)
    assert outs[0] == outs[1]
