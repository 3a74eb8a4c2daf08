"""Issue 17: files teachers really have come in whole, and go back out the same way.

Case-sensitive options, ten options, tab-less Quizlet files, whole category paths, links and audio kept as
text, number ranges kept as ranges, a non-Aiken file told plainly, honest export counts; and the round trips
GIFT -> set -> GIFT and Moodle XML -> set -> Moodle XML on Moodle-style files."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from question_bank.formats import ImportOptions, detect_format, export_set, import_bytes, import_file
from question_bank.formats.gift import gift_text
from question_bank.formats.moodle_xml import moodle_xml_text
from question_bank.models import MAX_CHOICES, MultipleChoice

from .conftest import CORPUS


def gift(text: str, **options):
    return import_bytes(text.encode("utf-8"), "t.gift", "gift", ImportOptions(**options))


def test_options_that_differ_only_in_case_are_two_options():
    result = gift("Which unit is a gigabit? {=Gb ~GB ~gb/s}")
    assert not result.problems or not result.errors
    (q,) = result.questions
    assert [c.text for c in q.choices] == ["Gb", "GB", "gb/s"]
    # spaces still make no difference: "GB" and " GB " are one option
    assert gift("Which? {=GB ~ GB }").errors


def test_seven_and_ten_options_import_and_eleven_are_refused_plainly():
    seven = gift("Pick? {=a1 ~a2 ~a3 ~a4 ~a5 ~a6 ~a7}")
    assert len(seven.questions[0].choices) == 7 and not seven.errors
    ten = gift("Pick? {=" + " ~".join(f"b{i}" for i in range(MAX_CHOICES)) + "}")
    assert len(ten.questions[0].choices) == MAX_CHOICES
    eleven = gift("Pick? {=" + " ~".join(f"c{i}" for i in range(MAX_CHOICES + 1)) + "}")
    (error,) = eleven.errors
    assert f"between 2 and {MAX_CHOICES} options; this one has {MAX_CHOICES + 1}" in error.reason
    assert "List should have" not in error.reason  # not pydantic's own words
    with pytest.raises(ValueError, match="between 2 and 10"):
        MultipleChoice.model_validate({"id": "x", "prompt": "p", "topics": ["dates"], "explanation": "e",
                                       "evidence": {"source": "s", "quote": "q"},
                                       "choices": [{"text": str(i), "correct": i == 0} for i in range(11)]})


QUIZLET_PIPE = "Yalta|Conference of February 1945\nPotsdam|Conference of July 1945\nInchon|Landing of September 1950\n"


def test_a_quizlet_file_without_tabs_imported_as_tsv_is_split_at_its_separator():
    result = import_bytes(QUIZLET_PIPE.encode(), "cards.txt", "tsv")
    assert [q.accepted for q in result.questions] == [["Yalta"], ["Potsdam"], ["Inchon"]]
    assert [q.prompt for q in result.questions][0] == "Conference of February 1945"
    assert any("no tab" in w.reason and "'|'" in w.reason for w in result.warnings)
    dashes = import_bytes(b"Yalta - Conference of 1945\nPotsdam - Conference of July 1945\n", "c.txt", "tsv")
    assert [q.accepted[0] for q in dashes.questions] == ["Yalta", "Potsdam"]
    # the given separator wins over sniffing
    given = import_bytes(QUIZLET_PIPE.encode(), "c.txt", "tsv", ImportOptions(separator="|"))
    assert len(given.questions) == 3 and not any("no tab" in w.reason for w in given.warnings)


def test_a_file_with_no_tab_and_no_separator_is_told_plainly():
    result = import_bytes(b"Yalta Conference of February 1945\nPotsdam\n", "c.txt", "tsv")
    (error,) = result.errors
    assert "no tab" in error.reason and "--separator" in error.hint
    assert not result.questions


def test_a_pipe_separated_file_is_recognised_without_format():
    assert detect_format("cards", QUIZLET_PIPE.encode()) == "csv"
    assert len(import_bytes(QUIZLET_PIPE.encode(), "cards").questions) == 3


def test_the_whole_category_path_is_kept_and_written_back():
    text = ("$CATEGORY: $course$/top/Default for New Features\n\nWho? {=Kim ~Mao}\n\n"
            "$CATEGORY: $course$/top/Korean War/1950//51/Leaders\n\nWhich? {=A ~B}\n\n"
            "$CATEGORY: $course$/top/Default for New Features\n\nWhat? {=C ~D}\n")
    result = gift(text)
    assert [q.topics for q in result.questions] == [
        ["context", "Category: Default for New Features"],
        ["leaders", "Category: Korean War/1950//51/Leaders"],
        ["context", "Category: Default for New Features"]]
    written, _ = gift_text(result.question_set, metadata=False)
    assert re.findall(r"^\$CATEGORY: (.*)$", written, re.MULTILINE) == [
        "$course$/top/Default for New Features", "$course$/top/Korean War/1950//51/Leaders",
        "$course$/top/Default for New Features"]
    assert "[tag:Category" not in written  # a category is not written as a tag
    xml, _ = moodle_xml_text(result.question_set, metadata=False)
    assert re.findall(r"<text>(\$course\$[^<]*)</text>", xml) == [
        "$course$/top/Default for New Features", "$course$/top/Korean War/1950//51/Leaders",
        "$course$/top/Default for New Features"]


def test_a_set_of_our_own_gains_no_category_topic(tricky_set):
    text, _ = gift_text(tricky_set)
    back = import_bytes(text.encode(), "own.gift", "gift")
    assert [q.topics for q in back.questions] == [q.topics for q in tricky_set.questions]


def test_links_and_audio_are_kept_as_text_with_a_warning():
    result = gift('[html]<p>Listen to <a href="@@PLUGINFILE@@/speech.mp3">the speech</a> and '
                  '<audio controls><source src="https://example.org/truman.ogg"></audio>. Who spoke? {=Truman ~Kim}')
    (q,) = result.questions
    assert q.prompt == "Listen to the speech [link: speech.mp3] and [audio: https://example.org/truman.ogg] . Who spoke?"
    (warning,) = [w for w in result.warnings if "kept as text" in w.reason]
    assert warning.reason.startswith("2 images, links or media files kept as text only") and warning.line == 1


def test_a_number_range_stays_a_range():
    result = gift("Pi to three places? {#3.141..3.142}")
    (q,) = result.questions
    assert (q.value, q.tolerance) == (3.1415, 0.0005)
    written, _ = gift_text(result.question_set, metadata=False)
    assert "{#3.141..3.142" in written and "999" not in written
    # a value with a tolerance that reads best that way stays so
    plain = gift("Year? {#1950:1}")
    assert "{#1950:1" in gift_text(plain.question_set, metadata=False)[0]


def test_a_file_that_is_not_aiken_gets_one_plain_message():
    lines = "\n".join(f"::Q{i}:: Question {i} {{=a ~b}}" for i in range(131))
    result = import_bytes(lines.encode(), "quiz.txt", "aiken")
    (error,) = result.problems
    assert "not in the Aiken format" in error.reason and "--format gift" in error.hint


def test_true_false_feedback_for_a_wrong_and_a_right_answer_are_both_kept():
    result = gift("The Soviets voted? {FALSE#No: they were absent.#Right.}")
    (q,) = result.questions
    assert q.feedback_wrong == "No: they were absent." and q.feedback_right == "Right."
    assert q.explanation != "Right."  # only a student who answers rightly reads it
    assert not any("right answer" in w.reason for w in result.warnings)
    written, _ = gift_text(result.question_set, metadata=False)
    assert r"{FALSE#No\: they were absent.#Right.}" in written


def test_a_kahoot_export_counts_the_rows_it_wrote(tricky_set, tmp_path):
    report = export_set(tricky_set, tmp_path / "k.xlsx", "kahoot")
    kahoot_types = {"multiple_choice", "multiple_select", "true_false", "cite"}
    expected = sum(1 for q in tricky_set.questions if q.type in kahoot_types)
    assert report.written == expected < report.total == len(tricky_set.questions)
    assert {qid for qid, _ in report.left_out} == {q.id for q in tricky_set.questions if q.type not in kahoot_types}
    assert f"wrote {expected} of {report.total} questions" in report.summary()
    back = import_file(tmp_path / "k.xlsx")
    assert len(back.questions) == report.written
    full = export_set(tricky_set, tmp_path / "all.xlsx", "xlsx")
    assert full.written == full.total and not full.left_out


def test_the_cli_says_what_an_export_left_out(tricky_set, tmp_path):
    import json

    set_file = tmp_path / "set.json"
    set_file.write_text(json.dumps(tricky_set.model_dump(mode="json")), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "quiz_app.cli", "export", str(set_file), "--format", "aiken",
                          "-o", str(tmp_path / "a.txt")], capture_output=True, text=True, check=True)
    mc = sum(1 for q in tricky_set.questions if q.type == "multiple_choice")
    assert f"wrote {mc} of {len(tricky_set.questions)} questions" in out.stdout
    assert out.stderr.count("left out: ") == len(tricky_set.questions) - mc


def test_the_best_match_list_says_how_many_more():
    source = " ".join(f"In {1900 + i} the town number {i} was founded by settlers." for i in range(12))
    text = "\n\n".join(f"::q{i}:: When was town number {i} founded? {{=x{i} ~y{i}}}" for i in range(12))
    result = gift(text, source_text=source)
    summary = result.summary()
    assert summary.count("best match") == 10
    assert "… and 2 more (--json lists them all)" in summary


# -- round trips on Moodle-style files: same questions, answers, weights, feedback and categories


def _questions(result) -> list[dict]:
    return [q.model_dump(mode="json") for q in result.questions]


@pytest.mark.parametrize(("name", "fmt", "write"), [
    ("gift/moodle-4-export.gift", "gift", gift_text),
    ("gift/teacher-korean-war.gift", "gift", gift_text),
    ("moodle_xml/moodle-4-export.xml", "moodle-xml", moodle_xml_text),
])
@pytest.mark.parametrize("metadata", [True, False], ids=["with our comments", "as Moodle sees it"])
def test_round_trip_of_a_moodle_file(name, fmt, write, metadata):
    path = CORPUS / name
    first = import_file(path, fmt)
    text, _ = write(first.question_set, metadata=metadata)
    second = import_bytes(text.encode("utf-8"), path.name, fmt)
    assert not second.errors
    assert _questions(second) == _questions(first)
    # the categories come back in the file's order (our export writes each change of category once)
    original = path.read_text(encoding="utf-8", errors="replace")
    pattern = r"^\$CATEGORY:\s*(.*?)\s*$" if fmt == "gift" else r"<category>\s*<text>(.*?)</text>"
    ours = r"^\$CATEGORY:\s*(.*?)\s*$" if fmt == "gift" else r"<category>\s*<text>(.*?)</text>"
    used = [c for c in re.findall(pattern, original, re.MULTILINE) if c]
    written = re.findall(ours, text, re.MULTILINE)
    assert set(written) <= set(used) | {"$course$/top/" + first.question_set.title}
    assert [c for c in dict.fromkeys(written)] == [c for c in dict.fromkeys(used) if c in written]
