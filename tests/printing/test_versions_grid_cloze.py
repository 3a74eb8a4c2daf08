"""Printouts of issue 19 and 18: printed line numbers, versions A and B, the answer grid, cloze passages."""

from __future__ import annotations

import html
import re

import pytest

from question_bank.models import QuestionSet
from quiz_app import worksheets as ws


def squeeze(text: str) -> str:
    return "".join(text.split())


# --------------------------------------------------------------------------- printed lines


def test_printed_lines_wrap_at_spaces_cut_long_words_and_skip_blank_lines():
    text = "Title line\n\n" + " ".join(["word"] * 40) + "\n\n\n" + "x" * 150 + " end"
    lines = ws.printed_lines(text)
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    assert lines[0].text == "Title line"
    assert all(len(line.text) <= ws.LINE_CHARS for line in lines)
    words = [line for line in lines if line.text.startswith("word")]
    assert len(words) == 3 and " ".join(line.text for line in words) == " ".join(["word"] * 40)
    assert all(not line.text.endswith(" ") and not line.text.startswith(" ") for line in lines)
    assert [line.text for line in lines[-3:]] == ["x" * 70, "x" * 70, "x" * 10 + " end"]
    for line in lines:  # each line knows where it is in the source
        assert text[line.start:line.end] == line.text
    assert ws.printed_line_of(text, text.index("end")) == lines[-1].number


def test_the_first_quote_of_a_line_that_follows_a_wrapped_paragraph_is_on_the_right_line(builtin_set):
    text = builtin_set.sources[0].text
    lines = ws.printed_lines(text)
    assert 100 <= len(lines) <= 160  # the 14 paragraphs of the built-in text, at 70 characters a line
    second = text.index("The Korean Peninsula, a region")
    number = ws.printed_line_of(text, second)
    assert lines[number - 1].text.startswith("The Korean Peninsula")
    assert ws.paragraph_number(text, second) == 2


def _two_paragraph_set() -> QuestionSet:
    text = "The Airlift\n\nIn June 1948 the Soviets closed the roads to Berlin.\n\nThe airlift ended in May 1949."
    return QuestionSet.model_validate({
        "id": "berlin", "title": "Berlin", "sources": [{"id": "s", "title": "The Airlift", "text": text}],
        "questions": [
            {"type": "short_answer", "id": "q1", "prompt": "When did it end?", "topics": ["context"],
             "explanation": "x", "accepted": ["May 1949"],
             "evidence": {"source": "s", "quote": "The airlift ended in May 1949."}},
        ]})


def test_the_key_counts_paragraphs_as_a_reader_does():
    """A title line and blank lines are no paragraphs: the airlift's end is in paragraph 2, printed line 3."""
    qs = _two_paragraph_set()
    sheet = ws.sheet_for_set(qs)
    assert ws.quote_place(sheet, qs.questions[0]) == "paragraph 2, line 3"
    page = ws.worksheet_html(sheet, with_source=True)
    assert page.count('class="parano">¶') == 2 and "¶3" not in page


# --------------------------------------------------------------------------- versions


def test_versions_a_and_b_shuffle_questions_and_choices_each_with_its_own_key(builtin_set):
    sheet = ws.sheet_for_set(builtin_set)
    a, b = ws.version_of(sheet, "A"), ws.version_of(sheet, "B")
    ids = sorted(q.id for q in builtin_set.questions)
    assert sorted(sq.question.id for sq in a.questions) == ids == sorted(sq.question.id for sq in b.questions)
    assert [sq.question.id for sq in a.questions] != [sq.question.id for sq in b.questions]
    assert [sq.question.id for sq in a.questions] != [q.id for q in builtin_set.questions]
    orders_a = {sq.question.id: sq.choice_order for sq in a.questions if sq.choice_order}
    orders_b = {sq.question.id: sq.choice_order for sq in b.questions if sq.choice_order}
    assert sum(orders_a[k] != orders_b[k] for k in orders_a) > len(orders_a) // 2
    # the same version comes out the same every time (a teacher can print B again next week)
    assert [sq.choice_order for sq in ws.version_of(sheet, "B").questions] == [sq.choice_order for sq in b.questions]
    for version in (a, b):
        page, key = ws.worksheet_html(version), ws.answer_key_html(version)
        assert f"Version {version.version} · Worksheet" in page and f"Version {version.version} · Answer key" in key
        for sq in version.questions:
            if sq.question.type == "multiple_choice":
                # the key's letter is the right choice's letter on THIS version's worksheet
                letter, text = ws.answer_text(sq, version).split(": ", 1)
                assert sq.question.choices[sq.choice_order[ws.LETTERS.index(letter)]].correct
                assert html.escape(text) in page
    with pytest.raises(ValueError):
        ws.version_of(sheet, "C")
    assert [s.version for s in ws.sheets_to_print(sheet, ws.PrintOptions(versions=2))] == ["A", "B"]
    with pytest.raises(ValueError):
        ws.PrintOptions(versions=3)


# --------------------------------------------------------------------------- answer grid


def test_the_answer_grid_has_a_row_per_question_with_its_letters(builtin_set):
    sheet = ws.sheet_for_set(builtin_set)
    grid = ws.answer_grid_html(sheet)
    assert "Answer grid" in grid and "Name: " in grid
    for n, sq in enumerate(sheet.questions, start=1):
        cell = re.search(rf"<b>{n}\.</b>&nbsp;(.*?)</td>", grid).group(1)
        q = sq.question
        if q.type == "multiple_choice":
            assert cell.count(ws.ONE_BOX) == len(q.choices) and f"{ws.ONE_BOX}{ws.LETTERS[len(q.choices) - 1]}" in cell
        elif q.type == "multiple_select":
            assert cell.count(ws.MANY_BOX) == len(q.choices)
        elif q.type == "true_false":
            assert "True" in cell and "False" in cell
        elif q.type == "cloze":
            assert all(f"({i + 1})" in cell for i in range(len(q.gaps)))
        elif q.type == "cite":
            assert "line" in cell
        else:
            assert "_" in cell
    assert ws.grid_columns(len(sheet.questions)) == 3 and ws.grid_columns(20) == 1


# --------------------------------------------------------------------------- cloze


def test_a_cloze_prints_numbered_gaps_options_and_one_word_bank(builtin_set):
    clozes = [q for q in builtin_set.questions if q.type == "cloze"]
    assert len(clozes) >= 5
    sheet = ws.sheet_for_set(builtin_set, questions=clozes)
    page, key = ws.worksheet_html(sheet), ws.answer_key_html(sheet)
    for sq in sheet.questions:
        q = sq.question
        for i, gap in enumerate(q.gaps):
            assert f"__({i + 1})__" in page
            if gap.kind == "dropdown":  # the options are listed, in another order than answer-first
                assert set(sq.gap_options[i]) == {gap.answer, *gap.distractors}
                for option in sq.gap_options[i]:
                    assert html.escape(option) in page
            assert html.escape(ws.gap_answer(sq, i)) in key
    # each passage shows its gaps as numbers, never their answers
    passages = re.findall(r"Fill each numbered gap of the passage\.</p><p>(.*?)</p>", page)
    assert len(passages) == len(sheet.questions)
    for sq, passage in zip(sheet.questions, passages, strict=True):
        q = sq.question
        assert passage == "".join(f"<b>__({i + 1})__</b>" if i is not None else html.escape(t) for t, i in q.parts())
        for gap in q.gaps:
            if gap.answer not in q.shown_text():
                assert html.escape(gap.answer) not in passage
    with_bank = [sq for sq in sheet.questions if sq.bank]
    assert with_bank and page.count("Word bank:") == len(with_bank)  # printed once per passage, not per gap
    for sq in with_bank:
        assert list(sq.bank) == sorted(sq.question.word_bank(), key=str.casefold)
    assert ws.needs_source(clozes) and not ws.needs_source([q for q in builtin_set.questions
                                                            if q.type == "multiple_choice"])


def test_a_dropdown_gap_in_the_key_names_the_worksheets_letter(builtin_set):
    q = next(q for q in builtin_set.questions if q.type == "cloze" and any(g.kind == "dropdown" for g in q.gaps))
    sq = ws.sheet_question(q)
    i = next(i for i, g in enumerate(q.gaps) if g.kind == "dropdown")
    letter = ws.gap_answer(sq, i).split(". ", 1)[1].split(":")[0]
    assert sq.gap_options[i][ws.LETTERS.index(letter)] == q.gaps[i].answer


def test_the_key_can_carry_the_source(builtin_set):
    sheet = ws.sheet_for_set(builtin_set)
    title = "The Outbreak of the Korean War</h2>"
    assert title not in ws.answer_key_html(sheet)
    assert title in ws.answer_key_html(sheet, with_source=True)
    docs = dict(ws.documents(sheet, ws.PrintOptions("key", with_source=True, answer_grid=True)))
    assert title in docs["key"] and set(docs) == {"key", "grid"}
    assert squeeze("¶1") in squeeze(docs["key"])
