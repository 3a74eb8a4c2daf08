"""The shortcuts of loading a set (issue 14, loading) give the answers of the plain definitions they stand for."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from question_bank import evidence as ev
from question_bank import textnorm as tn
from question_bank import validation as va
from question_bank.loading import load_builtin, load_set_text

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "tests").glob("**/*.txt"))


def _plain_one_sentence(text: str, first: int, last: int) -> bool:
    a, b = ev.sentence_at(text, first), ev.sentence_at(text, last)
    return a is not None and b is not None and a.index == b.index


@pytest.mark.parametrize("path", TEXTS[::3], ids=lambda p: p.stem)
def test_a_quote_seen_as_one_sentence_without_splitting_is_one_sentence(path):
    """``_plainly_one_sentence`` may only say True where splitting the text into sentences says so too
    (it is a shortcut in front of the split, never a verdict of its own), and it must take the shortcut
    for most quotes of one sentence, or it would be no shortcut."""
    text = path.read_text(encoding="utf-8")
    rng = random.Random(path.stem)
    index = ev.SourceIndex(text)
    pairs = [(a, a + rng.randrange(0, 300)) for a in (rng.randrange(len(text)) for _ in range(1500))]
    # and the quotes a cite question has: whole sentences, their last full stop included
    pairs += [(s.start, s.end - 1) for s in ev.sentences(text)]
    pairs = [(a, min(b, len(text) - 1)) for a, b in pairs]
    taken = 0
    for first, last in pairs:
        if index._plainly_one_sentence(first, last):
            taken += 1
            assert _plain_one_sentence(text, first, last), (first, last, text[first:last + 1])
        assert ev.SourceIndex(text).in_one_sentence(first, last) == _plain_one_sentence(text, first, last)
    whole_sentences = [(s.start, s.end - 1) for s in ev.sentences(text) if "." not in s.text[:-1]]
    assert sum(index._plainly_one_sentence(a, b) for a, b in whole_sentences) >= 0.9 * len(whole_sentences)
    assert taken > 0


def _answer_quote_pairs() -> list[tuple[str, str]]:
    qset = load_builtin().question_set
    assert qset is not None
    pairs = []
    for q in qset.questions:
        quote = q.evidence.quote
        texts = [q.prompt, q.explanation, *(getattr(q, "accepted", None) or [])]
        texts += [c.text for c in getattr(q, "choices", [])] + [p.left for p in getattr(q, "pairs", [])]
        pairs += [(t, quote) for t in texts] + [(quote, t) for t in texts[:2]]
    return pairs


def test_the_memoised_quote_readings_are_the_plain_ones():
    va.forget_cached_readings()
    pairs = _answer_quote_pairs()
    assert len(pairs) > 300
    for answer, quote in pairs:
        assert va._contains_folded(quote, answer) == tn.contains_folded(quote, answer)
        assert va._folded(answer) == tn.fold(answer, drop_article=False)
        assert va._text_supported(answer, quote) == va._text_missing(answer, quote)
        assert ev.normalised_quote(quote) == ev.normalise(quote).text
    assert any(va._text_supported(a, q) for a, q in pairs) and any(not va._text_supported(a, q) for a, q in pairs)


def test_a_memoised_missing_list_is_the_callers_own():
    """The memo keeps a tuple: a caller that changes the list it got changes nothing for the next question."""
    first = va._text_supported("Seoul fell on June 30", "captured Seoul on June 27")
    first.append("changed")
    assert va._text_supported("Seoul fell on June 30", "captured Seoul on June 27") == first[:-1]


def test_the_numeric_reason_keeps_the_unit_of_the_question():
    """The numeric check, memoised by its terms, still names the unit in the hint (with one space)."""
    quote = "the army boasted around 135 thousand troops"
    assert va._numeric_reason(quote, 135000.0, 0.0, "troops", "How many troops?") == ""
    reason = va._numeric_reason(quote, 135.0, 0.0, "troops", "How many troops?")
    assert "the answer is 135 troops." in reason and '("thousand troops")' in reason and "  " not in reason


def test_problems_are_placed_the_same_in_a_file_with_tabs_and_windows_line_ends(set_dict):
    """JSON's white space (tab, CR, LF, space) is skipped by one regex: the places are where the text has them."""
    data = json.loads(json.dumps(set_dict))
    data["questions"].append(dict(data["questions"][0]))  # the same id again
    text = json.dumps(data, indent="\t", ensure_ascii=False).replace("\n", "\r\n")
    result = load_set_text(text, "tabs.json")
    duplicate = next(p for p in result.problems if "used twice" in p.message)
    assert duplicate.path == ("questions", len(data["questions"]) - 1, "id")
    line = text.split("\n")[duplicate.line - 1]
    assert line[duplicate.column - 1:].startswith(json.dumps(data["questions"][0]["id"]))
    assert line.startswith("\t\t\t\"id\"")
