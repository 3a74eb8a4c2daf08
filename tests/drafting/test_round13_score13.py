"""Round 13 of issue 16: the calibration refitted on sets 4-12, and blended into the score a teacher sees."""

from __future__ import annotations

import sys
from pathlib import Path

from question_bank.drafting import calibration, select, suggest_questions

sys.path.insert(0, str(Path(__file__).resolve().parent))
import calibrate  # noqa: E402

TEXT = """The Salt March

In March 1930 Mohandas Gandhi set out from his ashram at Sabarmati with 78 followers. They walked about 385 \
kilometres to the coastal village of Dandi in 24 days. On 6 April Gandhi picked up a handful of salt from the shore, \
breaking the British salt law. He was arrested on 5 May, and more than 60,000 Indians were jailed by the end of the \
year. The viceroy, Lord Irwin, released him in January 1931 and the two men signed the Gandhi-Irwin Pact in March 1931.

The march made Gandhi famous around the world. Newspapers in the United States and Britain printed photographs of \
the marchers. It did not win independence, which came only in 1947, but it showed that peaceful protest could shake \
British rule.
"""


def test_the_fit_takes_in_set_12():
    rows = calibrate.rated("12")
    assert "12" in calibrate.SEEN and len(rows) > 200
    every = [(f, y) for n in calibrate.SEEN for f, y, _s in calibrate.rated(n)]
    assert len(every) > 2300 and calibration.fit(every) == (calibration.PRIOR, calibration.WEIGHTS)


def test_the_draft_teachers_keep_most_ranks_first():
    """The find-the-sentence draft of the text (the kind teachers keep as it stands most often) has the lowest own
    score of its five drafts (0.70); the score shown now ranks it first, and a cut at 0.8 keeps it."""
    ranked = suggest_questions(TEXT, order="score").drafts
    assert ranked[0].type == "cite" and ranked[0].score > 0.8
    kept = suggest_questions(TEXT, min_score=0.8).drafts
    assert [d.type for d in kept] == ["cite"]


def test_the_shown_score_stays_in_range_and_keeps_its_drafts():
    """The blend moves no draft: the same drafts (by id) as the drafter's own score picked, each score within 0-1,
    and the ones likelier kept as they stand score higher than the drafter alone gave them."""
    blended = suggest_questions(TEXT)
    own_blend = select.SCORE_BLEND
    try:
        select.SCORE_BLEND = 0.0
        own = suggest_questions(TEXT)
    finally:
        select.SCORE_BLEND = own_blend
    assert [d.question_id for d in blended.drafts] == [d.question_id for d in own.drafts]
    assert all(0 <= d.score <= 1 for d in blended.drafts)
    cite = next(i for i, d in enumerate(blended.drafts) if d.type == "cite")
    assert blended.drafts[cite].score > own.drafts[cite].score + 0.1


def test_the_shown_score_ranks_held_out_sets_better_than_either_part():
    """Leave one set out (sets 4-12): ranked by the shown score, a draft kept as is comes above one that was not more
    often than by the drafter's own score (0.48) or by the chance alone (0.60); 0.617 when set in round 13."""
    aucs = calibrate.held_out_aucs({n: calibrate.rated(n) for n in calibrate.SEEN})
    mean = [sum(a[i] for a in aucs.values()) / len(aucs) for i in range(3)]
    chance, own, shown = mean
    assert shown > chance > own + 0.1 and shown > 0.61
