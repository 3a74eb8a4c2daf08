"""Round 12 of issue 16: a score calibrated on what the raters kept as is (sets 4-11; 4-12 since round 13), used by the
picker."""

from __future__ import annotations

import sys
from pathlib import Path

from question_bank.drafting import calibration, select
from question_bank.drafting.builders import Draft
from question_bank.drafting.facts import read_facts

sys.path.insert(0, str(Path(__file__).resolve().parent))
import calibrate  # noqa: E402

TEXT = "The Voyage\n\nIn 1519 Ferdinand Magellan sailed west from Spain with five ships and about 270 men.\n"


def _block(prompt: str, dtype: str = "short_answer", kind: str = "date") -> str:
    return f"[s001-sa] {dtype}: {prompt}\n    accepted: ['1519']\n    quote: {prompt}\n    score 0.70 kind {kind}"


def test_features_read_what_the_raters_saw():
    feats = calibration.features(_block("Fill in the blank (a date): He [Magellan] sailed west in _____."))
    assert "starts_with_pronoun" in feats and "bracketed_name" in feats and "type_kind=short_answer/date" in feats
    feats = calibration.features(_block("Fill in the blank (a person’s name): _____ sailed west in 1519.", kind="person"))
    assert "blank_first" in feats and "starts_with_pronoun" not in feats
    mc = "[s002-mc] multiple_choice: In _____ Magellan sailed west.\n    - 1518\n    * 1519\n    - 1520\n" \
         "    quote: In 1519 Magellan sailed west.\n    score 0.8 kind date"
    assert "options=3" in calibration.features(mc)


def test_a_pronoun_opening_the_prompt_is_less_likely_kept():
    named = calibration.probability(_block("Fill in the blank (a date): Magellan sailed west in _____."))
    pronoun = calibration.probability(_block("Fill in the blank (a date): He sailed west in _____."))
    assert pronoun < named


def test_block_of_a_draft_gives_the_features_of_its_dump():
    q = {"type": "multiple_choice", "prompt": "In _____ Magellan sailed west.",
         "choices": [{"text": "1518", "correct": False}, {"text": "1519", "correct": True},
                     {"text": "1520", "correct": False}],
         "evidence": {"quote": "In 1519 Magellan sailed west."}}
    mc = "[s002-mc] multiple_choice: In _____ Magellan sailed west.\n    - 1518\n    * 1519\n    - 1520\n" \
         "    quote: In 1519 Magellan sailed west.\n    score 0.80 kind date"
    assert calibration.features(calibration.block_of(q, "multiple_choice", "date")) == calibration.features(mc)


def test_the_weights_in_code_are_the_fit_on_the_seen_sets():
    rows = [(f, y) for n in calibrate.SEEN for f, y, _s in calibrate.rated(n)]
    assert len(rows) > 1500
    assert calibration.fit(rows) == (calibration.PRIOR, calibration.WEIGHTS)


def test_the_model_predicts_on_held_out_sets():
    """Leave one set out: the drafts ranked in the top half are kept as is more often than the rest, on average and
    on at least six of the sets (seven of eight when fitted in round 12, eight of nine on sets 4-12 in round 13)."""
    data = {n: calibrate.rated(n) for n in calibrate.SEEN}
    wins, gap = 0, 0.0
    for n in calibrate.SEEN:
        prior, weights = calibration.fit([(f, y) for k in calibrate.SEEN if k != n for f, y, _s in data[k]])
        top, rest = calibrate.split_rate([(calibration.log_odds(f, prior, weights), y) for f, y, _s in data[n]])
        wins += top > rest
        gap += (top - rest) / len(calibrate.SEEN)
    assert wins >= 6 and gap > 0.05


def test_the_picker_prefers_the_draft_more_likely_kept():
    """Two drafts of one sentence, same type, kind and score: the one whose prompt opens with a bare pronoun weighed
    the same before (the lean was by the type's rate alone); now the one naming the person weighs more."""
    facts = read_facts(TEXT)
    s = next(i for i, sf in enumerate(facts.sentences) if "Magellan" in sf.text)
    quote = {"source": "text", "quote": facts.sentences[s].text}

    def draft(prompt: str, fact: str) -> Draft:
        q = {"type": "short_answer", "prompt": prompt, "accepted": ["1519"], "evidence": quote}
        return Draft(question=q, type="short_answer", kind="date", score=0.7, sentences=(s,), answer="1519",
                     fact=fact)

    pronoun = draft("Fill in the blank (a date): He sailed west from Spain in _____ with five ships.", "a")
    named = draft("Fill in the blank (a date): Magellan sailed west from Spain in _____ with five ships.", "b")
    p = select._Picker(facts, [pronoun, named])
    assert p.adjusted(named) > p.adjusted(pronoun) + 0.05
