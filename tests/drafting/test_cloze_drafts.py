"""Cloze drafts: a sentence with one to three of its names, dates and numbers hidden, every gap a span of the
quote, drop-downs with same-kind wrong options, and no gap the passage or another draft gives away."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from draftkit import TEXTS

from question_bank import textnorm
from question_bank.drafting import suggest_questions
from question_bank.drafting.cloze import gap_distractors
from question_bank.drafting.extract import find_dates, find_numbers
from question_bank.drafting.facts import folded
from question_bank.lint import lint_set, warning_code
from question_bank.loading import load_set
from question_bank.validation import check_set

DEV = {**TEXTS, "cuban-missile-crisis": Path(__file__).parent / "dev_texts" / "cuban-missile-crisis.txt"}


@pytest.fixture(scope="module")
def cloze_sets():
    return {name: suggest_questions(path.read_text(encoding="utf-8"), types=["cloze"]) for name, path in DEV.items()}


@pytest.mark.parametrize("name", sorted(DEV))
def test_cloze_drafts_are_valid_lint_clean_and_cut_whole_words(cloze_sets, name):
    result = cloze_sets[name]
    qset = result.question_set
    assert len(qset.questions) >= 4, name
    assert {q.type for q in qset.questions} == {"cloze"}
    assert [p for p in check_set(qset) if p.severity == "error"] == []
    assert [warning_code(p) for p in lint_set(qset) if warning_code(p) == "gap_shown"] == []
    for q in qset.questions:
        assert 1 <= len(q.gaps) <= 3
        quote = q.evidence.quote
        for g in q.gaps:
            assert quote[g.start:g.end] == g.answer
            assert g.start == 0 or not quote[g.start - 1].isalnum()
            assert g.end == len(quote) or not quote[g.end].isalnum()
    assert all(0 <= d.score <= 1 for d in result.drafts)


@pytest.mark.parametrize("name", sorted(DEV))
def test_drop_down_options_are_of_the_answers_kind_and_never_another_gaps_answer(cloze_sets, name):
    for q in cloze_sets[name].question_set.questions:
        # round 23: a drop-down may offer a sibling drop-down's answer (one kind of name shares one list, so neither
        # key is the one name its own list alone has), never its own answer nor a typed gap's
        typed = {folded(g.answer) for g in q.gaps if g.kind != "dropdown"}
        for g in q.gaps:
            if g.kind != "dropdown":
                continue
            assert len(g.distractors) >= 2
            assert not (typed | {folded(g.answer)}) & {folded(d) for d in g.distractors}, (q.id, g.answer, g.distractors)
            if find_dates(g.answer) and find_dates(g.answer)[0].text == g.answer:
                assert all(find_dates(d) for d in g.distractors), (q.id, g.distractors)
            elif _numberish(g.answer):
                assert all(find_numbers(d) or textnorm.parse_number(d) is not None for d in g.distractors)
            if g.answer[:1].isupper():
                assert not any(d[:1].islower() for d in g.distractors), (q.id, g.distractors)


def _numberish(text: str) -> bool:
    """A number written in digits or words ("5,000", "two-thirds", "Five"), not a name with one ("1st Cavalry")."""
    return textnorm.parse_number(text) is not None and not any(c.isupper() for c in text[1:])


def test_two_gaps_of_a_list_that_could_be_swapped_are_not_drafted():
    text = ("The Space Race\n\nThe contest between the Soviet Union and the United States to explore space grew out "
            "of the Cold War rivalry. In October 1957 the Soviet Union launched Sputnik 1.")
    qs = suggest_questions(text, types=["cloze"]).question_set.questions
    first = next(q for q in qs if q.evidence.quote.startswith("The contest"))
    hidden = [g.answer for g in first.gaps]
    assert not {"Soviet Union", "United States"} <= set(hidden), hidden


def test_a_sentence_opening_with_a_pronoun_is_shown_after_the_one_before():
    # the candidate itself (which clozes the picker keeps beside each other changes with other rules)
    from question_bank.drafting.cloze import cloze_drafts
    from question_bank.drafting.facts import read_facts
    from question_bank.models import Cloze

    # a text about no one person (in Marie Curie's life, "Curie … Her daughter" is Marie Curie since round 20:
    # the surname she shares with Pierre and Irène is the life's subject, and the note names her)
    text = ("The Mobile X-ray Units\nIn 1914 Marie Curie and her colleague Jeanne Roux helped equip about 20 vehicles "
            "with X-ray machines. The soldiers called the vehicles petites Curies. Her daughter Irène, then 17, "
            "worked beside her.\nThe units treated about a million soldiers by 1918.\nThey were paid for by "
            "donations.\nMost were given back in 1919.")
    facts = read_facts(text)
    sf = next(s for s in facts.sentences if s.text.startswith("Her daughter Irène"))
    [draft] = cloze_drafts(facts, sf)
    irene = Cloze.model_validate({"id": "c", **draft.question})
    assert any(g.answer == "Irène" for g in irene.gaps)
    assert irene.evidence.quote.startswith("The soldiers called the vehicles")
    assert irene.shown_text().endswith("Her daughter _____, then 17, worked beside her.")
    facts = read_facts(DEV["marie-curie"].read_text(encoding="utf-8"))
    sf = next(s for s in facts.sentences if s.text.startswith("Her daughter Irène"))
    [draft] = cloze_drafts(facts, sf)
    assert "(“Her” is Marie Curie.)" in draft.question["prompt"]


def test_in_a_full_draft_no_cloze_answer_is_shown_by_another_draft():
    result = suggest_questions(DEV["berlin-airlift"].read_text(encoding="utf-8"))
    qs = result.question_set.questions
    clozes = [q for q in qs if q.type == "cloze"]
    assert clozes
    for q in clozes:
        for other in qs:
            if other is q:
                continue
            shown = f" {folded(other.prompt)} "
            assert not any(f" {folded(g.answer)} " in shown for g in q.gaps), (q.id, other.id)


def test_the_editor_gets_same_kind_options_for_a_gap():
    text = (Path(__file__).resolve().parents[1] / "data" / "korean-war-1950.txt").read_text(encoding="utf-8")
    quote = next(line for line in text.splitlines() if "June 25, 1950" in line).split(". ")[0]
    start = quote.index("June 25, 1950")
    dates = gap_distractors(text, quote, start, start + len("June 25, 1950"))
    assert len(dates) >= 2 and all(find_dates(d) for d in dates) and "June 25, 1950" not in dates
    assert gap_distractors(text, "words that are not in the text", 0, 5) == []


def test_quiz_bank_draft_writes_cloze_drafts_and_lists_their_passages(tmp_path, capsys):
    from quiz_app.cli import main

    out_file = tmp_path / "gaps.json"
    code = main(["draft", str(DEV["space-race"]), "--types", "gaps", "--list", "-o", str(out_file)])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["questions"] and {q["type"] for q in data["questions"]} == {"cloze"}
    assert "cloze" in out and "_____" in out  # the listed line shows the passage with its gaps
    result = load_set(out_file)
    assert result.ok, [str(p) for p in result.errors]
