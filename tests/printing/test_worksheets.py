"""Worksheet and answer key HTML (plain Python): every question, escaped text, letters that agree, line numbers."""

from __future__ import annotations

import html
import re

import pytest

from question_bank.models import QuestionSet
from quiz_app import worksheets as ws
from quiz_app.session import RoundSettings, start_round

EVIL_TEXT = "The <b>council</b> met & voted.\n\nThe vote was 9 < 10 \"for\".\nA third line."


def _evil_set() -> QuestionSet:
    evidence = {"source": "s", "quote": "The <b>council</b> met & voted."}
    return QuestionSet.model_validate({
        "id": "evil", "title": "Tags <i>in</i> & titles", "sources": [{"id": "s", "title": "<Src>", "text": EVIL_TEXT}],
        "questions": [
            {"type": "multiple_choice", "id": "q1", "prompt": "Who <script>alert(1)</script> met?", "topics": ["context"],
             "explanation": "It says <so>.", "evidence": evidence,
             "choices": [{"text": "<b>The council</b>", "correct": True}, {"text": "A & B"}]},
            {"type": "cite", "id": "q2", "prompt": "Find it", "topics": ["context"], "explanation": "x",
             "statement": "It was 9 < 10.", "evidence": {"source": "s", "quote": "The vote was 9 < 10 \"for\"."}},
        ]})


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_every_text_from_the_set_is_escaped():
    sheet = ws.sheet_for_set(_evil_set())
    for page in (ws.worksheet_html(sheet, with_source=True), ws.answer_key_html(sheet)):
        assert "<script>" not in page and "<b>council" not in page and "<i>in</i>" not in page
        assert "&lt;script&gt;" in page and "&lt;b&gt;" in page
        assert "<Src>" not in page
    key = ws.answer_key_html(sheet)
    assert html.escape("“The vote was 9 < 10 \"for\".”") in key
    # the blank line is not a printed line, and the second paragraph is paragraph 2
    assert not re.search(r"lines \d", key) and "paragraph 2, line 2" in key


def test_source_lines_are_numbered_like_the_key():
    assert ws.source_lines(EVIL_TEXT) == [(1, "The <b>council</b> met & voted."), (2, "The vote was 9 < 10 \"for\"."),
                                          (3, "A third line.")]
    page = ws.worksheet_html(ws.sheet_for_set(_evil_set()), with_source=True)
    assert re.search(r'class="parano">¶2</span>.*?class="sourceline">&nbsp;&nbsp;The vote was 9 &lt; 10', page)
    assert "Line number:" in page  # a cite question asks for it when the source is printed
    assert "Line number:" not in ws.worksheet_html(ws.sheet_for_set(_evil_set()))


def test_builtin_worksheet_has_every_question_and_an_answer_space_per_type(builtin_set):
    sheet = ws.sheet_for_set(builtin_set)
    page = ws.worksheet_html(sheet)
    for q in builtin_set.questions:
        assert html.escape(q.prompt).replace("\n", "<br/>") in page, q.id
    assert page.count("Name: ") == 1 and "Score: " in page and f"out of {sheet.total_points:g}" in page
    counts = {t: sum(1 for q in builtin_set.questions if q.type == t) for t in ("multiple_choice", "cite")}
    assert page.count("Tick one answer.") == counts["multiple_choice"]
    # without the text on the sheet, a cite question names the text instead of pointing at a page that is not there
    assert "Find the sentence in the text" not in page
    assert page.count("find the sentence that proves this") == counts["cite"]
    assert page.count("In “The Outbreak of the Korean War” (not printed here)") == counts["cite"]
    with_text = ws.worksheet_html(sheet, with_source=True)
    assert with_text.count("Find the sentence in the text that proves this") == counts["cite"]
    assert ws.MANY_BOX in page and ws.ONE_BOX in page and "1. _____" in page
    assert "troops</p>" in page  # a number's unit after its answer line
    assert "The Outbreak of the Korean War</h2>" not in page  # no source unless asked
    assert "The Outbreak of the Korean War</h2>" in ws.worksheet_html(sheet, with_source=True)


def test_key_letters_match_the_printed_choices(builtin_set):
    sheet = ws.sheet_for_set(builtin_set)
    letters = set()
    for sq in sheet.questions:
        q = sq.question
        if q.type == "multiple_choice":
            letter, text = ws.answer_text(sq, sheet).split(": ", 1)
            letters.add(letter)
            assert q.choices[sq.choice_order[ws.LETTERS.index(letter)]].text == text
            assert q.choices[sq.choice_order[ws.LETTERS.index(letter)]].correct
        if q.type == "ordering":
            assert list(sq.item_order) != sorted(sq.item_order)  # never printed already in order
            first = ws.answer_text(sq, sheet).split(":", 1)[0]
            assert sq.item_order[ws.LETTERS.index(first)] == 0
        if q.type == "matching":
            answer = ws.answer_text(sq, sheet)
            for k, left in enumerate(sq.left_order):
                letter = re.search(rf"(?:^|; ){k + 1} → ([A-Z])", answer).group(1)
                assert sq.right_options[sq.right_order[ws.LETTERS.index(letter)]] == q.pairs[left].right
    assert len(letters) > 1  # the built-in set lists every right choice first; the worksheet does not
    again = ws.sheet_for_set(builtin_set)
    assert [s.choice_order for s in again.questions] == [s.choice_order for s in sheet.questions]


def test_key_gives_each_quote_with_its_line_numbers(builtin_set):
    sheet = ws.sheet_for_set(builtin_set)
    key = ws.answer_key_html(sheet)
    text = builtin_set.sources[0].text
    for q in builtin_set.questions:
        assert html.escape(q.evidence.quote) in key, q.id
        assert html.escape(q.explanation) in key, q.id
        # the lines the key names, read off the printed source, hold the whole quote and nothing outside them
        numbers = [int(n) for n in re.findall(r"\d+", ws.quote_lines(sheet, q))]
        first, last = numbers[0], numbers[-1]
        printed = ws.printed_lines(text)
        shown = " ".join(line.text for line in printed[first - 1:last])
        assert squeeze(q.evidence.quote) in squeeze(shown), q.id
        assert squeeze(q.evidence.quote) not in squeeze(" ".join(line.text for line in printed[first:last])), q.id
        if last - first:
            assert squeeze(q.evidence.quote) not in squeeze(" ".join(line.text for line in printed[first - 1:last - 1]))
    assert "Name:" not in key


def test_a_round_prints_in_the_order_the_student_saw(builtin_set):
    rnd = start_round(builtin_set, RoundSettings.for_set(builtin_set, "practice", count=12, seed=5))
    for source in (rnd, rnd.summary(), rnd.presented):
        sheet = ws.sheet_for_round(source, title=None if source is not rnd.presented else "Mine")
        assert [s.question.id for s in sheet.questions] == [p.question.id for p in rnd.presented]
        assert [s.choice_order for s in sheet.questions] == [p.choice_order for p in rnd.presented]
        assert [s.item_order for s in sheet.questions] == [p.item_order for p in rnd.presented]
        assert sheet.sources == (builtin_set.sources[0],)
    assert ws.sheet_for_round(rnd).title == builtin_set.title
    assert ws.sheet_for_round(rnd.summary()).subtitle == "A round of 12 questions"


def test_options():
    assert [k for k, _ in ws.documents(ws.sheet_for_set(_evil_set()), ws.PrintOptions("both"))] == ["worksheet", "key"]
    with pytest.raises(ValueError):
        ws.PrintOptions(page="a5")
    with pytest.raises(ValueError):
        ws.PrintOptions(kind="poster")
