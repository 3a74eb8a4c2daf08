"""Fill-the-gaps (cloze) questions in other formats: Moodle's embedded answers both ways, GIFT's missing
word, QTI 2.1, Anki cloze notes, and the formats that leave them out saying why. Also the true/false
feedback for a right answer through the Moodle formats."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from question_bank.formats import ImportOptions, export_set, import_bytes, import_file
from question_bank.formats.cloze import parse_embedded
from question_bank.formats.gift import export_gift
from question_bank.formats.moodle_xml import export_moodle_xml
from question_bank.models import QuestionSet
from question_bank.validation import check_set
from quiz_app.grading import grade

from .conftest import SOURCE_TEXT, tricky_set_dict

PASSAGE = ("On June 25, 1950, the North Korean army launched a surprise attack across the 38th parallel with 10 "
           "Soviet-equipped divisions.")


def _gap(word: str, **fields) -> dict:
    start = PASSAGE.index(word)
    return {"start": start, "end": start + len(word), "answer": word, **fields}


def cloze_set(*gap_lists: list[dict], prompt: str = "Fill the gaps with the words of the text.") -> QuestionSet:
    data = tricky_set_dict()
    data["questions"] = [
        {"id": f"cz-{n}", "type": "cloze", "prompt": prompt, "topics": ["dates"], "explanation": "The text says so.",
         "evidence": {"source": "src", "quote": PASSAGE}, "gaps": gaps,
         **({"bank_extras": ["Pusan", "Yalu"]} if any(g.get("kind") == "word_bank" for g in gaps) else {})}
        for n, gaps in enumerate(gap_lists, 1)]
    return QuestionSet.model_validate(data)


#: every kind of gap, a weight and other accepted answers
EVERY_KIND = [_gap("June 25", accepted=["25 June"]), _gap("1950", kind="numeric", tolerance=1.0, weight=2.0),
              _gap("38th parallel", kind="dropdown", distractors=["39th parallel", "Yalu River"]),
              _gap("Soviet-equipped", kind="word_bank")]


def same(a: QuestionSet, b: QuestionSet) -> None:
    assert [q.model_dump() for q in b.questions] == [q.model_dump() for q in a.questions]


def xml_with(questiontext: str, name: str = "Gaps") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n<question type="multianswer"><name><text>{name}'
            f'</text></name><questiontext format="html"><text><![CDATA[{questiontext}]]></text></questiontext>'
            "</question>\n</quiz>\n").encode()


# --------------------------------------------------------------------------- Moodle XML (embedded answers)


def test_moodle_xml_keeps_every_kind_of_gap(tmp_path: Path):
    qset = cloze_set(EVERY_KIND)
    export_moodle_xml(qset, tmp_path / "c.xml")
    text = (tmp_path / "c.xml").read_text(encoding="utf-8")
    assert "{1:SHORTANSWER:=June 25~=25 June}" in text and "{2:NUMERICAL:=1950:1}" in text
    assert "{1:MULTICHOICE_S:=38th parallel~39th parallel~Yalu River}" in text
    back = import_file(tmp_path / "c.xml")
    assert not back.errors and not back.warnings, back.summary()
    same(qset, back.question_set)
    assert [p for p in check_set(back.question_set) if p.severity == "error"] == []


def test_moodle_xml_without_our_comments_keeps_the_gaps_moodle_knows(tmp_path: Path):
    qset = cloze_set(EVERY_KIND)
    export_moodle_xml(qset, tmp_path / "c.xml", metadata=False)
    back = import_file(tmp_path / "c.xml", options=ImportOptions(source_text=SOURCE_TEXT, source_id="src"))
    [q] = back.questions
    assert q.evidence.model_dump() == {"source": "src", "quote": PASSAGE}
    assert [(g.start, g.end, g.answer, g.accepted, g.tolerance, g.weight) for g in q.gaps] == \
        [(g.start, g.end, g.answer, g.accepted, g.tolerance, g.weight) for g in qset.questions[0].gaps]
    # the word bank has no place in Moodle: its gap is a drop-down of the bank's words
    assert [g.kind for g in q.gaps] == ["short_answer", "numeric", "dropdown", "dropdown"]
    assert q.gaps[3].distractors == ["Pusan", "Yalu"] and not q.bank_extras


def test_a_teachers_moodle_cloze_is_found_in_the_source():
    text = ("<p>Fill in the blanks.</p><p>On June 25, {1:NUMERICAL:=1950:0}, the North Korean army launched a "
            "surprise attack across the {2:MULTICHOICE:=38th parallel#Yes~%50%39th parallel~Yalu River} with 10 "
            "{1:SA:=Soviet-equipped~%50%Soviet} divisions.</p>")
    result = import_bytes(xml_with(text), "t.xml", "moodle-xml", ImportOptions(source_text=SOURCE_TEXT, source_id="src"))
    [q] = result.questions
    assert q.type == "cloze" and q.prompt == "Fill in the blanks." and q.evidence.quote == PASSAGE
    assert q.evidence.source == "src" and result.question_set.status == "ready"
    assert [(g.answer, g.kind, g.weight) for g in q.gaps] == [
        ("1950", "numeric", 1.0), ("38th parallel", "dropdown", 2.0), ("Soviet-equipped", "short_answer", 1.0)]
    assert q.gaps[1].distractors == ["39th parallel", "Yalu River"]
    reasons = " | ".join(p.reason for p in result.warnings)
    assert "gap 2" in reasons and "partial credit" in reasons and "feedback of single answers" in reasons
    assert "'Soviet' (50%) is not kept" in reasons
    graded = grade(q, ["1950", "38th parallel", "Soviet equipped"], sources=result.question_set)
    assert list(graded.marks) == [True, True, True]


def test_a_passage_not_in_the_source_is_a_draft_that_says_so():
    text = "The war began in {1:SHORTANSWER:=1951}."
    result = import_bytes(xml_with(text), "t.xml", "moodle-xml", ImportOptions(source_text=SOURCE_TEXT))
    [q] = result.questions
    assert q.evidence.quote == "The war began in 1951." and q.gaps[0].start == 17
    assert result.question_set.status == "draft"
    [warning] = [p for p in result.warnings if "not in the source text word for word" in p.reason]
    assert warning.line and "The closest passage of the source: “" in warning.hint
    errors = [p for p in check_set(result.question_set) if p.severity == "error"]
    assert errors  # quiz-bank validate lists it until the passage is a quote


@pytest.mark.parametrize("text, reason", [
    ("Seoul fell {1:SHORTANSWER:=June 27 in the end.", "gap 1 (character 12) has no closing '}'"),
    ("A {1:SA:=one {2:SA:=two} b.", "gap 1 (character 3) has no closing '}' before gap 2 starts"),
    ("A {1:FOO:=one} b.", "gap 1 (character 3) has the type 'FOO', which is not a type of embedded answer"),
    ("A {1:MULTIRESPONSE:%50%a~%50%b~c} b.", "lets students choose several answers"),
    ("A {1:SA:%50%half} b.", "gap 1 (character 3) has no right answer"),
    ("A {1:NUMERICAL:=about 1950} b.", "is not a number"),
    ("A {1:MC:=only} b.", "a drop-down with no wrong option"),
    ("A {1:MC:=a~=b~c} b.", "has 2 right answers"),
])
def test_malformed_embedded_answers_give_a_problem_with_place_and_reason(text, reason):
    result = import_bytes(xml_with(text), "bad.xml", "moodle-xml")
    assert result.question_set is None
    [problem] = result.errors
    assert reason in problem.reason and problem.file == "bad.xml" and problem.line == 3
    assert "question 'Gaps' cannot be imported" in problem.reason and problem.hint


def test_ten_thousand_gaps_are_refused_at_once():
    text = "x " + " ".join("{1:SA:=a}" for _ in range(10_000))
    result = import_bytes(xml_with(text), "many.xml", "moodle-xml")
    [problem] = result.errors
    assert "the text has 10000 gaps; a cloze question here has at most 20" in problem.reason


def test_a_gap_a_megabyte_long_is_read_or_refused_cleanly():
    parsed = parse_embedded("A {1:SA:=" + "w" * 1_000_000 + "} b.")
    assert not parsed.problems and len(parsed.gaps[0]["answer"]) == 1_000_000
    unclosed = parse_embedded("A {1:SA:=" + "w\\}" * 300_000)
    assert unclosed.problems == ["gap 1 (character 3) has no closing '}' (write a '}' inside an answer as \\})"]


def test_escaped_braces_and_tildes_inside_answers():
    parsed = parse_embedded(r"The note: {1:SHORTANSWER:={withdraw\} \~ now~=C\:files}.")
    assert parsed.problems == []
    assert parsed.passage == "The note: {withdraw} ~ now." and parsed.gaps[0]["accepted"] == ["C:files"]


def test_built_in_cloze_questions_round_trip_through_moodle_xml(builtin_set: QuestionSet, tmp_path: Path):
    clozes = builtin_set.model_copy(update={"questions": [q for q in builtin_set.questions if q.type == "cloze"]})
    assert len(clozes.questions) >= 5
    export_moodle_xml(clozes, tmp_path / "b.xml")
    same(clozes, import_file(tmp_path / "b.xml").question_set)


# --------------------------------------------------------------------------- GIFT (missing word)


@pytest.mark.parametrize("gap, block", [
    (_gap("38th parallel", kind="dropdown", distractors=["39th parallel"]), "{=38th parallel ~39th parallel"),
    (_gap("June 25", accepted=["25 June"]), "{=June 25 =25 June"),
    (_gap("1950", kind="numeric", tolerance=1.0), "{#1950:1"),
    (_gap("Soviet-equipped", kind="word_bank"), "{=Soviet-equipped ~Pusan ~Yalu"),
])
def test_a_one_gap_cloze_is_a_gift_missing_word_and_comes_back(gap, block, tmp_path: Path):
    qset = cloze_set([gap])
    export_gift(qset, tmp_path / "c.gift")
    text = (tmp_path / "c.gift").read_text(encoding="utf-8")
    assert block in text
    back = import_file(tmp_path / "c.gift")
    assert not back.errors and not back.warnings, back.summary()
    same(qset, back.question_set)
    # a file re-exported by Moodle (our comments gone) is found in the source again
    export_gift(qset, tmp_path / "plain.gift", metadata=False)
    plain = import_file(tmp_path / "plain.gift", options=ImportOptions(source_text=SOURCE_TEXT, source_id="src"))
    [q] = plain.questions
    assert q.type == "cloze" and q.evidence.model_dump() == {"source": "src", "quote": PASSAGE}
    assert (q.gaps[0].start, q.gaps[0].end, q.gaps[0].answer) == (gap["start"], gap["end"], gap["answer"])


def test_a_gap_at_the_end_and_a_prompt_of_its_own_come_back_from_gift(tmp_path: Path):
    qset = cloze_set([_gap("divisions.", kind="dropdown", distractors=["brigades."])],
                     prompt="Which word does the text use?")
    export_gift(qset, tmp_path / "c.gift")
    same(qset, import_file(tmp_path / "c.gift").question_set)


def test_a_multi_gap_cloze_is_left_out_of_gift_with_the_reason(tmp_path: Path):
    report = export_set(cloze_set(EVERY_KIND), tmp_path / "c.gift", "gift")
    assert report.written == 0 and report.left_out == [
        ("cz-1", "not exported (GIFT has one gap per question (missing word) and this cloze has 4; Moodle XML keeps "
                 "every gap)")]


def test_a_teachers_missing_word_is_found_in_the_source():
    gift = "// [tag:places]\n::Parallel::On June 25, 1950, the North Korean army launched a surprise attack across the {=38th parallel " \
           "~39th parallel ~Yalu ####The text names it.} with 10 Soviet-equipped divisions."
    result = import_bytes(gift.encode("utf-8"), "t.gift", "gift", ImportOptions(source_text=SOURCE_TEXT))
    [q] = result.questions
    assert q.type == "cloze" and q.evidence.quote == PASSAGE and q.evidence.source == "source"
    assert result.question_set.status == "ready" and not result.warnings
    assert q.gaps[0].distractors == ["39th parallel", "Yalu"]


# --------------------------------------------------------------------------- formats without gaps


@pytest.mark.parametrize("fmt, suffix", [("csv", "csv"), ("tsv", "tsv"), ("aiken", "txt"), ("kahoot", "xlsx"),
                                         ("xlsx", "xlsx"), ("qti12", "zip")])
def test_formats_without_gaps_leave_cloze_out_and_say_why(fmt, suffix, tmp_path: Path):
    report = export_set(cloze_set(EVERY_KIND), tmp_path / f"c.{suffix}", fmt)
    assert [qid for qid, _ in report.left_out] == ["cz-1"] and report.written == 0
    assert report.left_out[0][1]
    assert "1 left out" in report.summary()


# --------------------------------------------------------------------------- QTI 1.2 (Canvas), QTI 2.1 and Anki

TYPED = [_gap("June 25", accepted=["25 June"]), _gap("1950", kind="numeric", tolerance=1.0, weight=2.0)]
CHOSEN = [_gap("38th parallel", kind="dropdown", distractors=["39th parallel", "Yalu River"]),
          _gap("Soviet-equipped", kind="word_bank")]


def test_canvas_gets_blanks_or_drop_downs_and_our_import_restores_them(tmp_path: Path):
    qset = cloze_set(TYPED, CHOSEN, EVERY_KIND)
    report = export_set(qset, tmp_path / "c.zip", "qti12")
    assert report.left_out == [("cz-3", "not exported (Canvas's fill-in-multiple-blanks and multiple-dropdowns "
                                         "questions each take one kind of gap; this cloze has typed gaps and "
                                         "drop-downs)")]
    with zipfile.ZipFile(tmp_path / "c.zip") as archive:
        assessment = next(archive.read(n).decode() for n in archive.namelist() if n.count("/") == 1
                          and not n.endswith("assessment_meta.xml"))
    assert "fill_in_multiple_blanks_question" in assessment and "multiple_dropdowns_question" in assessment
    assert "[gap1]" in assessment and 'ident="response_gap2"' in assessment
    back = import_file(tmp_path / "c.zip")
    assert not back.errors, back.summary()
    same(qset.model_copy(update={"questions": qset.questions[:2]}), back.question_set)


def test_a_canvas_fill_in_multiple_blanks_question_from_canvas_itself():
    """Shaped as Canvas exports it: no quiz_bank field; right spellings each give the blank's share."""
    def label(ident: str, text: str) -> str:
        return (f'<response_label ident="{ident}"><material><mattext texttype="text/plain">{text}</mattext>'
                "</material></response_label>")

    item = (
        '<item ident="g1" title="Blanks"><itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type'
        "</fieldlabel><fieldentry>fill_in_multiple_blanks_question</fieldentry></qtimetadatafield></qtimetadata>"
        '</itemmetadata><presentation><material><mattext texttype="text/html">&lt;p&gt;On June 25, [year], the '
        "North Korean army launched a surprise attack across the [line] with 10 Soviet-equipped divisions.&lt;/p&gt;"
        '</mattext></material><response_lid ident="response_year"><material><mattext>year</mattext></material>'
        f'<render_choice>{label("1", "1950")}</render_choice></response_lid><response_lid ident="response_line">'
        f'<material><mattext>line</mattext></material><render_choice>{label("2", "38th parallel")}'
        f'{label("3", "38th Parallel line")}</render_choice></response_lid></presentation><resprocessing>'
        '<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>'
        + "".join(f'<respcondition><conditionvar><varequal respident="response_{r}">{v}</varequal></conditionvar>'
                  f'<setvar varname="SCORE" action="Add">50.00</setvar></respcondition>'
                  for r, v in (("year", "1"), ("line", "2"), ("line", "3")))
        + "</resprocessing></item>")
    qti = ('<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2"><assessment ident="A" '
           f'title="Korea"><section ident="root_section">{item}</section></assessment></questestinterop>').encode()
    manifest = (b"<manifest xmlns='http://www.imsglobal.org/xsd/imscp_v1p1'><organizations/><resources>"
                b"<resource identifier='A' type='imsqti_xmlv1p2'><file href='A/A.xml'/></resource>"
                b"</resources></manifest>")
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("imsmanifest.xml", manifest)
        z.writestr("A/A.xml", qti)
    result = import_bytes(buf.getvalue(), "canvas.zip", options=ImportOptions(source_text=SOURCE_TEXT))
    [q] = result.questions
    assert q.type == "cloze" and q.evidence.quote == PASSAGE and result.question_set.status == "ready"
    assert [(g.answer, g.kind, g.accepted) for g in q.gaps] == [
        ("1950", "short_answer", []), ("38th parallel", "short_answer", ["38th Parallel line"])]


def test_qti21_keeps_every_kind_of_gap_but_the_word_bank(tmp_path: Path):
    qset = cloze_set(EVERY_KIND)
    report = export_set(qset, tmp_path / "c.zip", "qti21")
    assert report.written == 1 and any("word bank" in w for w in report.warnings)
    back = import_file(tmp_path / "c.zip")
    [q] = back.questions
    [a] = qset.questions
    assert q.evidence.model_dump() == a.evidence.model_dump() and q.prompt == a.prompt
    assert [(g.start, g.end, g.answer, g.accepted, g.tolerance, g.weight) for g in q.gaps] == \
        [(g.start, g.end, g.answer, g.accepted, g.tolerance, g.weight) for g in a.gaps]
    assert [g.kind for g in q.gaps] == ["short_answer", "numeric", "dropdown", "dropdown"]


def test_anki_gets_a_cloze_note_with_one_deletion_per_gap(tmp_path: Path):
    from question_bank.formats.apkg import CLOZE_MODEL_ID, export_apkg

    export_apkg(cloze_set(EVERY_KIND), tmp_path / "c.apkg")
    with zipfile.ZipFile(tmp_path / "c.apkg") as archive:
        archive.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        [(mid, fields)] = db.execute("select mid, flds from notes").fetchall()
        models = json.loads(db.execute("select models from col").fetchone()[0])
        cards = db.execute("select ord from cards order by ord").fetchall()
    finally:
        db.close()
    assert mid == CLOZE_MODEL_ID and models[str(CLOZE_MODEL_ID)]["type"] == 1  # Anki's cloze note type
    text, extra, qid = fields.split("\x1f")
    assert "{{c1::June 25}}" in text and "{{c2::1950}}" in text and "{{c4::Soviet-equipped}}" in text
    assert "{{c3::38th parallel::38th parallel / 39th parallel / Yalu River}}" in text
    assert "Word bank:</i> Pusan, Soviet-equipped, Yalu" in text
    assert "The text says so." in extra and f"“{PASSAGE}”" in extra and qid == "cz-1"
    assert [c for (c,) in cards] == [0, 1, 2, 3]


# --------------------------------------------------------------------------- true/false feedback for a right answer


def test_true_false_right_feedback_is_shown_to_a_right_answer_only(tricky_set: QuestionSet):
    q = tricky_set.question("tf-true")
    assert grade(q, True, sources=tricky_set).choice_feedback == "Yes: on June 27, two days in."
    assert grade(q, False, sources=tricky_set).choice_feedback is None
    wrong = tricky_set.question("tf-false")
    assert grade(wrong, True, sources=tricky_set).choice_feedback == "Look again: 135,000."


@pytest.mark.parametrize("fmt, suffix", [("gift", "gift"), ("moodle-xml", "xml"), ("qti12", "zip"), ("csv", "csv")])
def test_true_false_right_feedback_survives_a_teachers_round_trip(fmt, suffix, tricky_set: QuestionSet,
                                                                   tmp_path: Path):
    path = tmp_path / f"set.{suffix}"
    if fmt == "gift":
        export_gift(tricky_set, path, metadata=False)
    elif fmt == "moodle-xml":
        export_moodle_xml(tricky_set, path, metadata=False)
    else:
        export_set(tricky_set, path, fmt)
    back = import_file(path, fmt, ImportOptions(source_text=SOURCE_TEXT, source_id="src"))
    q = back.question_set.question("tf-true")
    assert (q.feedback_right, q.explanation) == ("Yes: on June 27, two days in.", "Because the text says so.")
    assert back.question_set.question("tf-false").feedback_right is None


# --------------------------------------------------------------------------- characters the syntaxes treat specially

CLERK = "A clerk noted: “{withdraw} = ceasefire #1 ~ now: C:\\files & <tags>”. The vote passed 9 to 0 with 1 abstention."


def _clerk_gap(word: str, **fields) -> dict:
    start = CLERK.index(word)
    return {"start": start, "end": start + len(word), "answer": word, **fields}


def clerk_set() -> QuestionSet:
    data = tricky_set_dict()
    data["questions"] = [
        {"id": "one-gap", "type": "cloze", "prompt": "Fill: {it} #now", "topics": ["dates"],
         "explanation": "Because ~ {x}.", "evidence": {"source": "src", "quote": CLERK},
         "gaps": [_clerk_gap("ceasefire", kind="dropdown", distractors=["war}", "peace~"])]},
        {"id": "three-gaps", "type": "cloze", "prompt": "Fill the gaps with the words of the text.",
         "topics": ["dates"], "explanation": "E.", "evidence": {"source": "src", "quote": CLERK},
         "gaps": [_clerk_gap("{withdraw}", accepted=["with}draw"]), _clerk_gap("9", kind="numeric"),
                  _clerk_gap("abstention", kind="word_bank")], "bank_extras": ["veto"]},
    ]
    return QuestionSet.model_validate(data)


@pytest.mark.parametrize("fmt, suffix, kept", [("moodle-xml", "xml", 2), ("gift", "gift", 1), ("qti12", "zip", 1)])
def test_braces_tildes_hashes_and_html_characters_in_passages_and_answers(fmt, suffix, kept, tmp_path: Path):
    qset = clerk_set()
    report = export_set(qset, tmp_path / f"c.{suffix}", fmt)
    assert report.written == kept
    back = import_file(tmp_path / f"c.{suffix}", fmt)
    assert not back.errors, back.summary()
    written = [q for q in qset.questions if q.id not in dict(report.left_out)]
    assert [q.model_dump() for q in back.questions] == [q.model_dump() for q in written]
