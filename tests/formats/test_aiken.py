"""Aiken: Moodle's strictness, each error on its line; export of multiple-choice questions."""

from __future__ import annotations

from question_bank.formats import import_bytes
from question_bank.formats.aiken import aiken_text


def aiken(text: str):
    return import_bytes(text.encode("utf-8"), "a.txt", "aiken")


def test_both_option_styles_and_position_counting():
    (q,) = aiken("Who led the North?\nA) Rhee\nB. Kim\nC) Mao\nANSWER: B\n").questions
    assert [(c.text, c.correct) for c in q.choices] == [("Rhee", False), ("Kim", True), ("Mao", False)]


def test_errors_are_reported_by_line():
    result = aiken("A. orphan\nQ1?\nA. x\nB. y\nQ2?\nA. x\nB. y\nANSWER: Z\nANSWER: A\n")
    assert [(p.line, p.reason.split(" ")[0]) for p in result.errors] == [
        (1, "an"), (5, "the"), (8, "'ANSWER:"), (9, "an")]
    assert result.questions == []


def test_lower_case_letters_are_accepted_with_warnings():
    result = aiken("Q?\na) x\nb) y\nanswer: b\n")
    (q,) = result.questions
    assert q.choices[1].correct
    assert len([p for p in result.warnings if "Moodle" in p.reason]) == 3


def test_export_only_multiple_choice(tricky_set):
    text, warnings = aiken_text(tricky_set)
    assert text.startswith("Who led the North: {Kim} or #2 = ~ \\ ?\nA) Kim Il Sung\n")
    assert "ANSWER: A" in text
    assert len(warnings) == 9
    assert [q.prompt for q in aiken(text).questions] == [q.prompt for q in tricky_set.questions
                                                         if q.type == "multiple_choice"]
