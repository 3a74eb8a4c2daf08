"""The evaluation corpus (texts the rules were never tuned on): what a machine can check of its drafts.

The teacher's ratings in eval_ratings/ are recorded data, not checked here beyond covering every draft.
Set 3 (eval_texts_3/) was rated "before" on the drafter the rules started from, and "after", by another rater, on the
drafter the changed rules make: its before ratings are checked for form only (they rate drafts that no longer exist);
its after ratings rate exactly the drafts recorded beside them (``<text>.after.drafts.txt``, written by
``evalkit.py snapshot`` when they were rated), so a later rule change leaves them a true record of what was rated.
Set 4 (eval_texts_4/) was written and rated "before" ahead of round 4's rule changes; its before ratings rate exactly
the drafts recorded in ``<text>.before.drafts.txt``.
Set 5 (eval_texts_5/) was written and rated "before" ahead of round 5's rule changes, the same way, and rated "after"
by another rater on the round-5 drafter, whose drafts are recorded in ``<text>.after.drafts.txt``.
Set 6 (eval_texts_6/) was written and rated "before" ahead of round 6's rule changes, the same way, and rated "after"
blind by another rater on the round-6 drafter, whose drafts are recorded in ``<text>.after.drafts.txt``.
Set 7 (eval_texts_7/) was written and rated "before" ahead of round 7's rule changes, the same way, by the convention
written in evalkit's docstring, and rated "after" blind by another rater on the round-7 drafter, whose drafts are recorded
in ``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the after record lacks
(``before-only.rated-by-after-rater.json``), so one rater has rated both drafters.
Set 8 (eval_texts_8/) was written and rated "before" ahead of round 8's rule changes, the same way and by the same
convention, and rated "after" blind by another rater on the drafter of round 8's pronoun rules (main at 2f58bef), whose
drafts are recorded in ``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the after record
lacks (``before-only.rated-by-after-rater.json``), as on set 7. From its after rating on, set 8 is seen.
Set 9 (eval_texts_9/) was written and rated "before" ahead of round 9's rule changes, the same way and by the same
convention, and rated "after" blind by another rater on the drafter of round 9's rules (main at 8e0fa6e), whose
drafts are recorded in ``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the after record
lacks (``before-only.rated-by-after-rater.json``), as on sets 7 and 8. From its after rating on, set 9 is seen.
Set 10 (eval_texts_10/) was written and rated "before" ahead of round 10's rule changes, the same way and by the same
convention, and rated "after" blind by another rater on the drafter of round 10's rules (main at bf2be48), whose
drafts are recorded in ``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the after record
lacks (``before-only.rated-by-after-rater.json``), as on sets 7 to 9. From its after rating on, set 10 is seen.
Set 11 (eval_texts_11/) was written and rated "before" ahead of round 11's rule changes, the same way and by the same
convention, and rated "after" blind by another rater on the drafter of round 11's rules (main at 1e716cf), whose
drafts are recorded in ``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the after record
lacks (``before-only.rated-by-after-rater.json``), as on sets 7 to 10. From its after rating on, set 11 is seen.
Set 12 (eval_texts_12/) was written and rated "before" ahead of round 12's rule changes (main at 142312e), the same
way and by the same convention; it is unseen until its after rating.
Set 13 (eval_texts_13/) was written and rated "before" ahead of round 13's rule changes (main at d3d94d4), the same
way and by the same convention; it is unseen until its after rating.
Set 14 (eval_texts_14/) was written and rated "before" ahead of round 14's rule changes (main at 109d516), the same
way and by the same convention, and rated "after" blind by another rater on the drafter of round 14's rules (main at
fae0cdb), whose drafts are recorded in ``<text>.after.drafts.txt`` (the before drafts, byte for byte: round 14's rules
changed none of them); so its before-only file lists no draft. From its after rating on, set 14 is seen.
Set 15 (eval_texts_15/) was written and rated "before" ahead of round 15's rule changes (main at 7bff3e4, after the
lead's fixes from set 14's rating), the same way and by the same convention, and rated "after" blind by another rater
on the drafter of round 15's rules (main at 44202dd), whose drafts are recorded in ``<text>.after.drafts.txt``; that
rater also rated, blind, the before drafts the after record lacks (``before-only.rated-by-after-rater.json``). From
its after rating on, set 15 is seen.
Set 16 (eval_texts_16/) was written and rated "before" ahead of round 16's rule changes (main at 278d516, after round
15's pronoun rules and the lead's fixes from the ratings of sets 14 and 15), the same way and by the same convention,
and rated "after" blind by another rater on the drafter of round 16's rules (main at 4fa4a18), whose drafts are
recorded in ``<text>.after.drafts.txt`` (the before drafts, byte for byte: round 16's rules changed none of them); so
its before-only file lists no draft. From its after rating on, set 16 is seen.
Set 17 (eval_texts_17/) was written and rated "before" as a second "before" of round 16 (main at cc8102b: set 16's
drafter and the lead's arithmetic-giveaway rule after set 15), the same way and by the same convention, and rated
"after" blind by another rater on the drafter of round 16's rules (main at 4fa4a18), whose drafts are recorded in
``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the after record lacks
(``before-only.rated-by-after-rater.json``). From its after rating on, set 17 is seen.
Set 18 (eval_texts_18/) was written and rated "before" ahead of round 17's rule changes (main at 3a6489c), the same way
and by the same convention, and rated "after" blind by another rater on the drafter of round 17's rules (main at
fc81e33), whose drafts are recorded in ``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the
after record lacks (``before-only.rated-by-after-rater.json``). From its after rating on, set 18 is seen.
Set 19 (eval_texts_19/) was written and rated "before" ahead of round 19's rule changes (main at afb3693), the same way
and by the same convention, and rated "after" blind by another rater on the drafter of round 19's rules (main at
42100ea), whose drafts are recorded in ``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the
after record lacks (``before-only.rated-by-after-rater.json``). From its after rating on, set 19 is seen.
Set 20 (eval_texts_20/) was written and rated "before" ahead of round 20's rule changes (main at 42100ea), the same way
and by the same convention, and rated "after" blind by another rater on the drafter of round 20's rules (main at
3055e58), whose drafts are recorded in ``<text>.after.drafts.txt`` (the before drafts, byte for byte: round 20's rules
changed none of them); so its before-only file lists no draft. From its after rating on, set 20 is seen.
Set 21 (eval_texts_21/) was written and rated "before" ahead of round 21's rule changes (main at 3055e58), the same way
and by the same convention, and rated "after" blind by another rater on the drafter of round 21's rules (main at
4af604e), whose drafts are recorded in ``<text>.after.drafts.txt`` (the before drafts, byte for byte: round 21's rules
changed none of them); so its before-only file lists no draft. From its after rating on, set 21 is seen.
Set 22 (eval_texts_22/) was written and rated "before" ahead of round 22's rule changes (main at b58e61b, after
the lead's fixes from set 21's blind rating), the same way and by the same convention, and rated "after" blind by
another rater on the drafter of round 22's rules (main at fe40f97), whose drafts are recorded in
``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the after record lacks
(``before-only.rated-by-after-rater.json``). From its after rating on, set 22 is seen.
Set 23 (eval_texts_23/) was written and rated "before" ahead of round 23's rule changes (main at fe40f97, after
round 22's rules and issue 14's speed work), the same way and by the same convention, and rated "after" blind by
another rater on the drafter of round 23's rules (main at 2091451), whose drafts are recorded in
``<text>.after.drafts.txt``; that rater also rated, blind, the before drafts the after record lacks
(``before-only.rated-by-after-rater.json``). From its after rating on, set 23 is seen.
Set 24 (eval_texts_24/) was written and rated "before" ahead of the next round's rule changes (main at 05731b3, after
the lead's fix from set 22's blind rating, a false statement's date at most 150 years from the right one), the same
way and by the same convention, and rated "after" blind by another rater on the drafter of round 23's rules and the
lead's two fixes (main at d56ea4b), whose drafts are recorded in ``<text>.after.drafts.txt``; that rater also rated,
blind, the before drafts the after record lacks (``before-only.rated-by-after-rater.json``). From its after rating on,
set 24 is seen.
"""

from __future__ import annotations

import json
import re

import pytest
from evalkit import RATINGS, SETS, eval_texts, figures, load_ratings, read_snapshot

from question_bank import textnorm
from question_bank.drafting import suggest_questions
from question_bank.drafting.builders import date_interval, dated_events
from question_bank.drafting.facts import folded, read_facts

TEXTS = eval_texts()
TEXTS_2 = eval_texts("2")
TEXTS_3 = eval_texts("3")
TEXTS_4 = eval_texts("4")
TEXTS_5 = eval_texts("5")
TEXTS_6 = eval_texts("6")
TEXTS_7 = eval_texts("7")
TEXTS_8 = eval_texts("8")
TEXTS_9 = eval_texts("9")
TEXTS_10 = eval_texts("10")
TEXTS_11 = eval_texts("11")
TEXTS_12 = eval_texts("12")
TEXTS_13 = eval_texts("13")
TEXTS_14 = eval_texts("14")
TEXTS_15 = eval_texts("15")
TEXTS_16 = eval_texts("16")
TEXTS_17 = eval_texts("17")
TEXTS_18 = eval_texts("18")
TEXTS_19 = eval_texts("19")
TEXTS_20 = eval_texts("20")
TEXTS_21 = eval_texts("21")
TEXTS_22 = eval_texts("22")
TEXTS_23 = eval_texts("23")
TEXTS_24 = eval_texts("24")
ALL_TEXTS = (TEXTS | {f"set2/{k}": v for k, v in TEXTS_2.items()} | {f"set3/{k}": v for k, v in TEXTS_3.items()}
             | {f"set4/{k}": v for k, v in TEXTS_4.items()} | {f"set5/{k}": v for k, v in TEXTS_5.items()}
             | {f"set6/{k}": v for k, v in TEXTS_6.items()} | {f"set7/{k}": v for k, v in TEXTS_7.items()}
             | {f"set8/{k}": v for k, v in TEXTS_8.items()} | {f"set9/{k}": v for k, v in TEXTS_9.items()}
             | {f"set10/{k}": v for k, v in TEXTS_10.items()} | {f"set11/{k}": v for k, v in TEXTS_11.items()}
             | {f"set12/{k}": v for k, v in TEXTS_12.items()}
             | {f"set13/{k}": v for k, v in TEXTS_13.items()}
             | {f"set14/{k}": v for k, v in TEXTS_14.items()}
             | {f"set15/{k}": v for k, v in TEXTS_15.items()}
             | {f"set16/{k}": v for k, v in TEXTS_16.items()}
             | {f"set18/{k}": v for k, v in TEXTS_18.items()}
             | {f"set17/{k}": v for k, v in TEXTS_17.items()}
             | {f"set19/{k}": v for k, v in TEXTS_19.items()}
             | {f"set20/{k}": v for k, v in TEXTS_20.items()}
             | {f"set21/{k}": v for k, v in TEXTS_21.items()}
             | {f"set22/{k}": v for k, v in TEXTS_22.items()}
             | {f"set23/{k}": v for k, v in TEXTS_23.items()}
             | {f"set24/{k}": v for k, v in TEXTS_24.items()})


@pytest.fixture(scope="module")
def drafted():
    return {name: suggest_questions(path.read_text(encoding="utf-8")) for name, path in ALL_TEXTS.items()}


def test_there_are_at_least_ten_eval_texts_of_the_right_length():
    assert len(TEXTS) >= 10
    assert all(250 <= len(p.read_text(encoding="utf-8").split()) <= 450 for p in TEXTS.values())


def _asked_answers(q) -> list[str]:
    """What a draft asks a student to know, folded: the right choices, the accepted answers, a numeric value, the
    fact a false statement swapped out (where its correction differs from it, with two words either side), each gap
    of a cloze."""
    if q.type == "multiple_choice":
        keys = [c.text for c in q.choices if c.correct]
        if len(keys) == 1 and "_____" in q.prompt and (n := textnorm.parse_number(keys[0])) is not None and n <= 12:
            # a small count with the word after its blank, as the picker looks for it ("one tank"; "one of the lads"
            # elsewhere gives nothing away: issue 16, round 10)
            after = folded(q.prompt.split("_____", 1)[1]).split()[:1]
            return [" ".join([folded(keys[0]), *after])]
        return [folded(k) for k in keys]
    if q.type == "short_answer":
        return [folded(a) for a in q.accepted]
    if q.type == "numeric":  # the number with the word after its blank ("13 small" ships; "13 August" is a date)
        after = folded(q.prompt.split("_____", 1)[1]).split()[:1] if "_____" in q.prompt else []
        return [" ".join([f"{q.value:g}", *after])] if q.tolerance == 0 else []
    if q.type == "cloze":
        return [folded(g.answer) for g in q.gaps]
    if q.type == "true_false" and q.answer is False and q.correction:
        said, true = folded(q.prompt).split(), folded(q.correction).split()
        head = next((i for i, (a, b) in enumerate(zip(said, true, strict=False)) if a != b), min(len(said), len(true)))
        tail = next((i for i, (a, b) in enumerate(zip(reversed(said), reversed(true), strict=False)) if a != b), 0)
        # the fact in its frame ("weighs about 10 kilograms"): a name or year the text repeats ("Mandela", "1868")
        # shown elsewhere does not say which of two statements holds; the same words around it do
        return [" ".join(true[max(0, head - 2):len(true) - tail + 2])] if len(true) - tail > head else []
    return []


def _seen_in(prompt: str) -> str:
    """A prompt as a student reads it, "Darius's son" read as showing "Darius" too."""
    return f" {folded(prompt)} | {folded(_POSSESSIVE.sub(' ', prompt))} "


_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s?(?!\w)")


def _shown(q) -> str:
    """All a student reads of a draft before answering: its prompt, statement, choices, items, pairs, and a
    cloze's passage around its gaps with the options of its lists."""
    parts = [q.prompt, getattr(q, "statement", "") or ""]
    parts += [c.text for c in getattr(q, "choices", ())] + [i.text for i in getattr(q, "items", ())]
    parts += [f"{p.left} {p.right}" for p in getattr(q, "pairs", ())]
    if q.type == "cloze":
        quote, at = q.evidence.quote, 0
        for g in q.gaps:
            parts += [quote[at:g.start], *g.distractors, *([g.answer] if g.kind in ("dropdown", "word_bank") else [])]
            at = g.end
        parts.append(quote[at:])
    return " ".join(parts)


@pytest.mark.parametrize("name", sorted(ALL_TEXTS))
def test_no_answer_is_shown_in_another_drafts_prompt(drafted, name):
    qs = drafted[name].question_set.questions
    shown = {q.id: _seen_in(_shown(q)) for q in qs}
    for q in qs:
        answers = [a for a in _asked_answers(q) if a]
        for other in qs:
            if other is q:
                continue
            assert not any(f" {a} " in shown[other.id] for a in answers), (q.id, other.id, answers)


@pytest.mark.parametrize("name", sorted(ALL_TEXTS))
def test_orderings_only_use_dates_that_fix_the_order(drafted, name):
    facts = read_facts(ALL_TEXTS[name].read_text(encoding="utf-8"))
    by_label = {e.label: e for e in dated_events(facts)}
    for q in drafted[name].question_set.questions:
        if q.type != "ordering":
            continue
        events = [by_label[i.text] for i in q.items]
        for a, b in zip(events, events[1:], strict=False):
            assert date_interval(a)[1] < date_interval(b)[0], (q.id, a.date.text, b.date.text)


def test_every_draft_before_and_after_is_rated():
    for stage in ("before", "after"):
        for name in TEXTS:
            ratings = load_ratings(name, stage)
            assert ratings and all(r["rating"] in ("as_is", "edit", "never") for r in ratings), (name, stage)
    after = {name: [r["id"] for r in load_ratings(name, "after")] for name in TEXTS}
    assert sum(map(len, after.values())) == figures("after")["drafts"]


def test_eval_set_2_has_five_texts_and_every_current_draft_is_rated_after():
    assert len(TEXTS_2) >= 5
    assert all(300 <= len(p.read_text(encoding="utf-8").split()) <= 450 for p in TEXTS_2.values())
    for name in TEXTS_2:
        assert load_ratings(name, "before", "2"), name
        # the after ratings rate the drafts recorded when they were rated (the rules have changed since)
        ids = list(read_snapshot(name, "after", "2"))
        assert ids and ids == [r["id"] for r in load_ratings(name, "after", "2")], name


def test_coverage_measure_counts_paragraphs_dates_numbers_and_people():
    from evalkit import coverage_of

    c = coverage_of("Anna Berg was born in Oslo on 3 May 1890. She wrote 12 books.\nIn 1920 she moved to Bergen.")
    assert c["paragraphs"]["of"] == 2 and c["paragraphs"]["asked"] >= 1
    assert c["dates"]["of"] == 2 and c["numbers"]["of"] == 1 and c["persons"]["of"] == 1


def test_drafts_per_100_words_on_the_eval_corpus(drafted):
    """A guard against losing drafts on the sets the rules were tuned on (sets 1-3, seen). The later sets 4 to 11 are
    measured, not guarded: their figures are reported (docs/drafting.md, the issue's note), met or missed, and a rule
    is never changed to move it."""
    later = ("set4/", "set5/", "set6/", "set7/", "set8/", "set9/", "set10/", "set11/")
    seen = {name: path for name, path in ALL_TEXTS.items() if not name.startswith(later)}
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in seen.values())
    drafts = sum(len(drafted[name].question_set.questions) for name in seen)
    # the goal is 3 per 100 words; after round 5 the seen sets give 2.95 (set 1 3.13, set 2 3.01, set 3
    # 2.76: round 5 stopped drafting BC years as plain numbers, letters' frames and pairs another prompt shows), a
    # miss reported in docs/drafting.md; after round 6, 2.94 (3.10 / 2.95 / 2.78: no answer the title shows, more
    # pronouns named, ranges and number words read). The guard sits just under so a rule that loses drafts shows.
    assert 100 * drafts / words >= 2.9


def test_eval_set_3_has_ten_texts_of_the_right_length_each_with_a_title_line():
    assert len(TEXTS_3) >= 10
    for name, path in TEXTS_3.items():
        text = path.read_text(encoding="utf-8")
        assert 250 <= len(text.split()) <= 450, name
        title, *paragraphs = text.splitlines()
        assert title and len(title.split()) <= 10 and not title.endswith("."), name
        assert len(paragraphs) >= 4 and all(p.strip() for p in paragraphs), name


@pytest.mark.parametrize("name", sorted(TEXTS_3))
def test_every_set_3_text_has_a_well_formed_before_rating(name):
    path = SETS["3"][1] / f"{name}.before.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["text"] == name and data["stage"] == "before"
    ratings = data["ratings"]
    assert ratings, name
    ids = [r["id"] for r in ratings]
    assert len(ids) == len(set(ids)), "a draft rated twice"
    for r in ratings:
        assert set(r) <= {"id", "rating", "reason", "faults"}, r
        assert isinstance(r["id"], str) and r["id"] and r["rating"] in RATINGS, r
        # a draft that needs an edit or is never usable says why; one kept as it is needs no reason
        assert bool(r["reason"].strip()) == (r["rating"] != "as_is"), r
        assert all(isinstance(f, str) and f for f in r.get("faults", [])), r
        assert not r.get("faults") or r["rating"] != "as_is", r


def test_set_3_coverage_before_is_recorded_for_every_text():
    coverage = json.loads((SETS["3"][1] / "coverage.before.json").read_text(encoding="utf-8"))
    assert set(coverage["per_text"]) == set(TEXTS_3)
    for c in coverage["per_text"].values():
        for part in ("paragraphs", "dates", "numbers", "persons"):
            assert 0 <= c[part]["asked"] <= c[part]["of"]


@pytest.mark.parametrize("name", sorted(TEXTS_3))
def test_every_recorded_set_3_draft_has_a_well_formed_after_rating(name):
    data = json.loads((SETS["3"][1] / f"{name}.after.json").read_text(encoding="utf-8"))
    assert data["text"] == name and data["stage"] == "after"
    ratings = data["ratings"]
    # the ratings rate exactly the drafts recorded beside them when they were rated
    assert [r["id"] for r in ratings] == list(read_snapshot(name, "after", "3")), name
    for r in ratings:
        assert set(r) <= {"id", "rating", "reason", "faults"}, r
        assert r["rating"] in RATINGS, r
        assert bool(r["reason"].strip()) == (r["rating"] != "as_is"), r
        assert all(isinstance(f, str) and f for f in r.get("faults", [])), r
        assert not r.get("faults") or r["rating"] != "as_is", r


def test_set_3_coverage_after_is_recorded_for_every_text():
    coverage = json.loads((SETS["3"][1] / "coverage.after.json").read_text(encoding="utf-8"))
    assert set(coverage["per_text"]) == set(TEXTS_3)
    for c in coverage["per_text"].values():
        for part in ("paragraphs", "dates", "numbers", "persons"):
            assert 0 <= c[part]["asked"] <= c[part]["of"]


#: sets 4 to 24, each with the stages rated so far: written and rated "before" ahead of a round's rule changes, and
#: rated "after" blind by someone who changed no rule
LATER_SETS = {"4": (TEXTS_4, ("before", "after")), "5": (TEXTS_5, ("before", "after")),
              "6": (TEXTS_6, ("before", "after")), "7": (TEXTS_7, ("before", "after")),
              "8": (TEXTS_8, ("before", "after")), "9": (TEXTS_9, ("before", "after")),
              "10": (TEXTS_10, ("before", "after")), "11": (TEXTS_11, ("before", "after")),
              "12": (TEXTS_12, ("before", "after")),
              "13": (TEXTS_13, ("before", "after")),
              "14": (TEXTS_14, ("before", "after")),
              "15": (TEXTS_15, ("before", "after")),
              "16": (TEXTS_16, ("before", "after")),
              "17": (TEXTS_17, ("before", "after")),
              "18": (TEXTS_18, ("before", "after")),
              "19": (TEXTS_19, ("before", "after")),
              "20": (TEXTS_20, ("before", "after")),
              "21": (TEXTS_21, ("before", "after")),
              "22": (TEXTS_22, ("before", "after")),
              "23": (TEXTS_23, ("before", "after")),
              "24": (TEXTS_24, ("before", "after"))}


@pytest.mark.parametrize("which", sorted(LATER_SETS))
def test_later_eval_sets_have_ten_texts_of_the_right_length_each_with_a_title_line(which):
    texts, _ = LATER_SETS[which]
    assert len(texts) >= 10
    for name, path in texts.items():
        text = path.read_text(encoding="utf-8")
        assert 280 <= len(text.split()) <= 420, name
        title, *paragraphs = text.splitlines()
        assert title and len(title.split()) <= 10 and not title.endswith("."), name
        assert len(paragraphs) >= 4 and all(p.strip() for p in paragraphs), name


@pytest.mark.parametrize("which, stage, name", [(w, st, n) for w, (texts, stages) in sorted(LATER_SETS.items())
                                                for st in stages for n in sorted(texts)])
def test_every_recorded_draft_of_a_later_set_has_a_well_formed_rating(which, stage, name):
    data = json.loads((SETS[which][1] / f"{name}.{stage}.json").read_text(encoding="utf-8"))
    assert data["text"] == name and data["stage"] == stage
    ratings = data["ratings"]
    # the ratings rate exactly the drafts recorded beside them when they were rated, each once
    recorded = list(read_snapshot(name, stage, which))
    assert recorded and [r["id"] for r in ratings] == recorded, name
    for r in ratings:
        assert set(r) <= {"id", "rating", "reason", "faults"}, r
        assert r["rating"] in RATINGS, r
        # a draft that needs an edit or is never usable says why and names its faults; one kept as it is needs neither
        assert bool(r["reason"].strip()) == (r["rating"] != "as_is"), r
        assert all(isinstance(f, str) and f for f in r.get("faults", [])), r
        assert bool(r.get("faults")) == (r["rating"] != "as_is"), r


@pytest.mark.parametrize("which, stage", [(w, st) for w, (_, stages) in sorted(LATER_SETS.items()) for st in stages])
def test_later_set_coverage_is_recorded_for_every_text(which, stage):
    coverage = json.loads((SETS[which][1] / f"coverage.{stage}.json").read_text(encoding="utf-8"))
    assert set(coverage["per_text"]) == set(LATER_SETS[which][0])
    for c in coverage["per_text"].values():
        for part in ("paragraphs", "dates", "numbers", "persons"):
            assert 0 <= c[part]["asked"] <= c[part]["of"]


# The set-4 after record holds the drafts of the round-4 rules as rated (main at 65048d3, the drafter the rater ran);
# the set-5 after record those of the round-5 rules (main at a82b4bd); the set-6 after record those of the round-6
# rules (main at 53ba6ee; a check that main still made them, draft by draft, stood until the lead's round-6 fix of
# pronouns named for the wrong person changed three set-6 texts' drafts); the set-7 after record those of the round-7
# rules (main at 3722bac; checked draft by draft until the lead's fix after the set-7 rating — a "him" the named man
# acts on is not that man, a place named "San …" is no person — changed two set-7 texts' drafts); the set-8 after
# record those of round 8's pronoun rules (main at 2f58bef); the set-9 after record those of round 9's rules (main at
# 8e0fa6e); the set-10 after record those of round 10's rules (main at bf2be48); the set-11 after record those of
# round 11's rules (main at 1e716cf); the set-12 after record those of round 12's rules (main at 7fbd7ec); the set-13
# after record those of round 13's rules (main at fca3c22); the set-14 after record those of round 14's rules (main at
# fae0cdb; the same drafts as set 14's before record, byte for byte); the set-15 after record those of round 15's
# rules (main at 44202dd); the set-16 after record those of round 16's rules (main at 4fa4a18; the same drafts as set
# 16's before record, byte for byte); the set-17 after record those of round 16's rules (main at 4fa4a18); the set-18
# after record those of round 17's rules (main at fc81e33); the set-19 after record those of round 19's rules (main at
# 42100ea); the set-20 after record those of round 20's rules (main at 3055e58; the same drafts as set 20's before
# record, byte for byte); the set-21 after record those of round 21's rules (main at 4af604e; the same drafts as set
# 21's before record, byte for byte); the set-22 after record those of round 22's rules (main at fe40f97); the set-23
# after record those of round 23's rules (main at 2091451); the set-24 after record those of round 23's rules and the
# lead's two fixes (main at d56ea4b). Later rounds change rules after them, so each record is
# checked against its ratings (above), not against today's drafter.


@pytest.mark.parametrize("which", ["7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21",
                                   "22", "23", "24"])
def test_the_before_only_drafts_are_rated_once_each_by_the_after_rater(which):
    # the before drafts whose id or content the after record lacks, rated blind by the after rater: exactly those,
    # each once, as "<text>/<draft id>", well formed as every later-set rating
    data = json.loads((SETS[which][1] / "before-only.rated-by-after-rater.json").read_text(encoding="utf-8"))
    assert data["stage"] == "before"
    # (none on sets 14, 16, 20 and 21: those rounds' rules left every before draft of them as it was)
    before_only = []
    for name in sorted(LATER_SETS[which][0]):
        before, after = read_snapshot(name, "before", which), read_snapshot(name, "after", which)
        assert before and after, name  # both records are there, so an empty list is no vacuous pass
        before_only += [f"{name}/{i}" for i, block in before.items() if after.get(i) != block]
    assert [r["id"] for r in data["ratings"]] == before_only
    for r in data["ratings"]:
        assert set(r) <= {"id", "rating", "reason", "faults"}, r
        assert r["rating"] in RATINGS, r
        assert bool(r["reason"].strip()) == (r["rating"] != "as_is"), r
        assert bool(r.get("faults")) == (r["rating"] != "as_is"), r
