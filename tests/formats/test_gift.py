"""GIFT import follows Moodle's importer; GIFT export writes what Moodle reads back the same way."""

from __future__ import annotations

import pytest

from question_bank.formats import import_bytes
from question_bank.formats.gift import escape, gift_text


def gift(text: str):
    return import_bytes(text.encode("utf-8"), "t.gift", "gift")


def one(text: str):
    result = gift(text)
    assert len(result.questions) == 1, [str(p) for p in result.problems]
    return result.questions[0], result


@pytest.mark.parametrize("mark, answer", [("T", True), ("TRUE", True), ("F", False), ("FALSE", False)])
def test_true_false_marks(mark, answer):
    q, _ = one(f"Seoul fell in 1950. {{{mark}}}")
    assert q.type == "true_false" and q.answer is answer


def test_true_false_feedback_in_moodles_order():
    # Moodle: the first feedback is shown for the wrong answer, the second for the right one.
    q, result = one("Seoul fell in 1950. {FALSE#Shown when you answer True.#Shown when you answer False.}")
    assert q.answer is False
    assert q.feedback_wrong == "Shown when you answer True."
    assert q.feedback_right == "Shown when you answer False."
    assert not [p for p in result.warnings if "not kept" in p.reason]


def test_true_false_right_feedback_and_general_feedback_are_both_kept():
    q, result = one("Q. {TRUE#wrong#right####general}")
    assert q.explanation == "general" and q.feedback_wrong == "wrong" and q.feedback_right == "right"
    assert not [p for p in result.warnings if "not kept" in p.reason]


def test_true_false_right_feedback_only():
    q, _ = one("Q. {TRUE##right}")
    assert q.feedback_wrong is None and q.feedback_right == "right"


def test_lowercase_true_is_a_short_answer_like_in_moodle():
    q, result = one("Seoul fell in 1950. {true}")
    assert q.type == "short_answer" and q.accepted == ["true"]
    assert any("T, TRUE, F or FALSE" in p.reason for p in result.warnings)


def test_multiple_choice_with_feedback_and_general_feedback():
    q, _ = one("::Title::Who? {=Kim#Yes. ~Rhee#No. ~Mao####Because.}")
    assert q.type == "multiple_choice" and q.id == "Title"
    assert [(c.text, c.correct, c.feedback) for c in q.choices] == [
        ("Kim", True, "Yes."), ("Rhee", False, "No."), ("Mao", False, None)]
    assert q.explanation == "Because."


def test_multiple_answers_with_decimal_and_negative_weights():
    q, result = one("Which? {~%33.33333%A ~%33.33333%B ~%33.33334%C ~%-100%D#no}")
    assert q.type == "multiple_select"
    assert [c.correct for c in q.choices] == [True, True, True, False]
    assert q.choices[3].feedback == "no"
    assert not [p for p in result.warnings if "weights" in p.reason]


def test_unequal_weights_are_reported():
    q, result = one("Which? {~%70%A ~%30%B ~C}")
    assert [c.correct for c in q.choices] == [True, True, False]
    assert any("different weights" in p.reason for p in result.warnings)


def test_partial_credit_in_single_answer_question_is_reported():
    q, result = one("Who? {=Kim ~%50%Kim Il ~Mao}")
    assert [c.correct for c in q.choices] == [True, False, False]
    assert any("partial credit (50%)" in p.reason for p in result.warnings)


def test_short_answer_with_weights():
    q, result = one("Capital? {=Seoul =%100%Keijo =%50%Soul#close =%0%Tokyo}")
    assert q.accepted == ["Seoul", "Keijo"]
    assert sum("is not kept" in p.reason for p in result.warnings) == 2


@pytest.mark.parametrize("block, value, tolerance", [
    ("{#1950}", 1950, 0), ("{#1950:2}", 1950, 2), ("{#1945..1955}", 1950, 5), ("{#-5:0.5}", -5, 0.5),
    ("{#=1822:0 =%50%1822:2}", 1822, 0), ("{#1.5e3:1e1}", 1500, 10),
])
def test_numerical(block, value, tolerance):
    q, _ = one(f"When? {block}")
    assert q.type == "numeric" and q.value == value and q.tolerance == tolerance


def test_numerical_keeps_best_answer_and_reports_the_others():
    q, result = one("When? {#=%50%1822:2 =1822:0#exact ~#wrong}")
    assert (q.value, q.tolerance) == (1822, 0)
    assert q.explanation == "exact"
    reasons = " ".join(p.reason for p in result.warnings)
    assert "1822±2 (50%)" in reasons and "other (wrong) numbers" in reasons


def test_matching_with_distractors():
    q, _ = one("Match. {=Kim -> North =Rhee -> South = -> Japan =  -> China}")
    assert [(p.left, p.right) for p in q.pairs] == [("Kim", "North"), ("Rhee", "South")]
    assert q.distractors == ["Japan", "China"]


def test_missing_word_is_a_cloze_with_one_drop_down_gap():
    q, result = one("The war began in {=1950 ~1945} after the invasion.")
    assert q.type == "cloze" and q.prompt == "Fill the gaps with the words of the text."
    assert q.evidence.quote == "The war began in 1950 after the invasion."
    (gap,) = q.gaps
    assert (gap.start, gap.end, gap.answer, gap.kind, gap.distractors) == (17, 21, "1950", "dropdown", ["1945"])
    assert q.shown_text() == "The war began in _____ after the invasion."
    assert any("no source text came with the file" in p.reason for p in result.warnings)


def test_missing_word_with_choice_feedback_stays_a_multiple_choice():
    # a gap keeps no feedback per option; the multiple choice keeps it
    q, _ = one("The war began in {=1950 ~1945#No, that is when the Second World War ended.} after the invasion.")
    assert q.type == "multiple_choice" and q.prompt == "The war began in _____ after the invasion."


def test_answers_after_the_text_make_no_blank():
    q, _ = one("When did the war begin? {=1950 ~1945}")
    assert q.prompt == "When did the war begin?"


def test_every_escape():
    q, _ = one(r"Escapes \~ \= \# \{ \} \: \\ and a\nbreak {=yes ~no}")
    assert q.prompt == "Escapes ~ = # { } : \\ and a\nbreak"


def test_double_backslash_before_a_control_character():
    # "\\:" is a backslash followed by a real colon, as in Moodle
    q, _ = one(r"::T::Path C\\ {=a ~b}")
    assert q.prompt == "Path C\\"


def test_comments_inside_a_question_and_metadata():
    q, _ = one("// [id:kw-9] [tag:leaders] [tag:Cold\\] War]\n::Name::Who? {\n// inside\n=Kim\n// more\n~Mao\n}")
    assert q.id == "kw-9"
    assert q.topics == ["leaders", "Cold] War"]
    assert [c.text for c in q.choices] == ["Kim", "Mao"]


@pytest.mark.parametrize("marker, prompt", [
    ("[html]", "Who was the first president?"), ("[moodle]", "Who was the first president?"),
    ("[plain]", "Who was the <b>first</b> president?"), ("[markdown]", "Who was the <b>first</b> president?"),
])
def test_text_formats(marker, prompt):
    q, _ = one(f"{marker}Who was the <b>first</b> president? {{=Rhee ~Kim}}")
    assert q.prompt == prompt


def test_html_answers_and_entities_become_plain_text():
    q, _ = one("[html]<p>Who&nbsp;led?</p><p>Second&amp;para</p> {=<b>Kim</b>#<i>yes</i> ~Mao}")
    assert q.prompt == "Who led?\n\nSecond&para"
    assert q.choices[0].text == "Kim" and q.choices[0].feedback == "yes"


def test_categories_map_to_topics_and_free_tags():
    result = gift("$CATEGORY: $course$/top/Korean War/Leaders\n\nWho? {=Kim ~Mao}\n\n"
                  "$CATEGORY: Korean War/Odds and ends\n\nWhat? {=A ~B}\n\n"
                  "// [tag:UN Security Council]\nWhich? {=UN ~NATO}")
    topics = [q.topics for q in result.questions]
    assert topics == [["leaders", "Category: Korean War/Leaders"], ["context", "Category: Korean War/Odds and ends"],
                      ["un_security_council", "Category: Korean War/Odds and ends"]]
    assert result.question_set.title == "Korean War"


@pytest.mark.parametrize("text, what", [
    ("Essay? {}", "essay"), ("::Intro:: Just text.", "description"),
    ("Fill {1:MULTICHOICE:=A~B} in.", "cloze"), ("A {=b} and {=c}.", "more than one answer block"),
])
def test_constructs_we_cannot_represent_are_skipped_with_their_line(text, what):
    result = gift(f"// first\n\nOK? {{T}}\n\n{text}")
    assert len(result.questions) == 1
    assert [(p.kind, p.line) for p in result.skipped] == [("skipped", 5)]
    assert what in result.skipped[0].reason


def test_duplicate_names_get_distinct_ids():
    result = gift("::Q::A? {T}\n\n::Q::B? {F}")
    assert [q.id for q in result.questions] == ["Q", "Q-2"]
    assert any("used twice" in p.reason for p in result.warnings)


def test_our_marker_restores_evidence_and_choice_evidence():
    text = ("::q::Who? {=Kim#Right.\\n\\nEvidence [src]\\: “Kim Il Sung, a former”\n~Mao\n"
            "####Because.\\n\\nEvidence [src]\\: “In the North, Kim Il Sung”}")
    q, _ = one(text)
    assert q.explanation == "Because."
    assert (q.evidence.source, q.evidence.quote) == ("src", "In the North, Kim Il Sung")
    assert q.choices[0].feedback == "Right."
    assert q.choices[0].evidence.quote == "Kim Il Sung, a former"


def test_escape_is_what_moodle_writes():
    assert escape("a:b#c=d~e{f}g\\h\ni\r\nj") == "a\\:b\\#c\\=d\\~e\\{f\\}g\\\\h\\ni\\nj"


def test_export_looks_like_moodles(tricky_set):
    text, warnings = gift_text(tricky_set)
    assert warnings == []
    assert "$CATEGORY: $course$/top/Tricky set: Korea // 1950" in text
    assert "// [id:tf-false] [tag:troop_counts]\n" in text
    assert "{FALSE#Look again\\: 135,000.####" in text
    assert "{#135000:5000####" in text
    assert "\t~%50%10 divisions\n" in text and "\t~%-33.33333%American-equipped#No.\n" in text
    assert "\t= -> Syngman Rhee's party\n" in text
    assert "\t~%0%%50% looks like a weight\n" in text
    assert "::html-like::[plain]What did the clerk write about <tags> & files?" in text
