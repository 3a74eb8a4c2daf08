"""Moodle XML: the types Moodle XML shares with us, categories, and files that try to hurt us."""

from __future__ import annotations

import time

from question_bank.formats import import_bytes
from question_bank.formats.moodle_xml import MAX_DEPTH, moodle_xml_text


def xml(body: str, head: str = '<?xml version="1.0" encoding="UTF-8"?>\n'):
    return import_bytes((head + body).encode("utf-8"), "t.xml", "moodle-xml")


def question(qtype: str, inner: str, name: str = "Q") -> str:
    return (f'<question type="{qtype}"><name><text>{name}</text></name>'
            f'<questiontext format="html"><text>Question?</text></questiontext>{inner}</question>')


def test_nested_categories_become_topics_and_title():
    result = xml("<quiz>"
                 '<question type="category"><category><text>$course$/top/Korea/Leaders</text></category>'
                 '<info format="html"><text>&lt;p&gt;About Korea&lt;/p&gt;</text></info></question>'
                 + question("truefalse", '<answer fraction="100"><text>true</text></answer>'
                            '<answer fraction="0"><text>false</text></answer>', "A")
                 + '<question type="category"><category><text>$course$/top/Korea/Misc</text></category></question>'
                 + question("truefalse", '<answer fraction="0"><text>true</text></answer>'
                            '<answer fraction="100"><text>false</text></answer>', "B")
                 + "</quiz>")
    a, b = result.questions
    assert a.topics == ["leaders", "Category: Korea/Leaders"] and a.answer is True
    assert b.topics == ["context", "Category: Korea/Misc"] and b.answer is False
    assert result.question_set.title == "Korea"
    assert result.question_set.description == "About Korea"


def test_multichoice_single_and_multi():
    result = xml("<quiz>"
                 + question("multichoice", "<single>true</single>"
                            '<answer fraction="100"><text>A</text><feedback><text>yes</text></feedback></answer>'
                            '<answer fraction="0"><text>B</text></answer>', "single")
                 + question("multichoice", "<single>false</single>"
                            '<answer fraction="33.33333"><text>A</text></answer>'
                            '<answer fraction="33.33333"><text>B</text></answer>'
                            '<answer fraction="33.33333"><text>C</text></answer>'
                            '<answer fraction="-100"><text>D</text></answer>', "multi")
                 + "</quiz>")
    single, multi = result.questions
    assert single.type == "multiple_choice" and single.choices[0].feedback == "yes"
    assert multi.type == "multiple_select" and [c.correct for c in multi.choices] == [True, True, True, False]


def test_numerical_unit_and_points():
    result = xml("<quiz>" + question(
        "numerical", "<defaultgrade>2.5000000</defaultgrade>"
        '<answer fraction="100"><text>135000</text><tolerance>5000</tolerance></answer>'
        "<units><unit><multiplier>1</multiplier><unit_name>troops</unit_name></unit>"
        "<unit><multiplier>0.001</multiplier><unit_name>thousand troops</unit_name></unit></units>") + "</quiz>")
    (q,) = result.questions
    assert (q.value, q.tolerance, q.unit, q.points) == (135000, 5000, "troops", 2.5)
    assert any("units other than the main one" in p.reason for p in result.warnings)


def test_other_types_are_skipped_with_their_line():
    body = "<quiz>\n" + question("essay", "") + "\n" + question("calculated", "") + "\n</quiz>"
    result = xml(body)
    assert [(p.kind, p.line) for p in result.problems if p.kind == "skipped"] == [("skipped", 3), ("skipped", 4)]
    assert not result.ok


def test_billion_laughs_is_refused_quickly():
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 12))
    body = f'<!DOCTYPE quiz [<!ENTITY l0 "lol">{lol}]><quiz><question type="truefalse">' \
           "<questiontext><text>&l11;</text></questiontext></question></quiz>"
    start = time.perf_counter()
    result = xml(body)
    assert time.perf_counter() - start < 1
    assert result.question_set is None
    assert "billion laughs" in result.errors[0].reason


def test_external_entity_is_refused():
    body = ('<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
            "<quiz><question type=\"shortanswer\"><questiontext><text>&x;</text></questiontext></question></quiz>")
    result = xml(body)
    assert result.question_set is None
    assert "external entity 'x' (file:///etc/hostname)" in result.errors[0].reason


def test_parameter_entities_are_refused():
    body = '<!DOCTYPE quiz [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]><quiz/>'
    result = xml(body)
    assert result.question_set is None and result.errors


def test_deep_nesting_is_refused_without_recursion():
    body = "<quiz>" + "<a>" * 200_000 + "</a>" * 200_000 + "</quiz>"
    result = xml(body)
    assert result.question_set is None
    assert f"more than {MAX_DEPTH} levels" in result.errors[0].reason


def test_huge_file_of_questions_is_read_question_by_question():
    one = question("truefalse", '<answer fraction="100"><text>true</text></answer>'
                   '<answer fraction="0"><text>false</text></answer>', "Q")
    body = "<quiz>\n" + "\n".join([one] * 10000) + "\n</quiz>"
    start = time.perf_counter()
    result = xml(body)
    assert len(result.questions) == 10000 and result.questions[-1].id == "Q-10000"
    assert time.perf_counter() - start < 8  # linear: repeated names do not make it quadratic


def test_a_question_with_huge_numbers_of_elements_is_refused():
    body = "<quiz><question type=\"essay\">" + "<x/>" * 30_000 + "</question></quiz>"
    result = xml(body)
    assert "XML elements" in result.errors[0].reason


def test_cut_short_file_keeps_questions_before_the_break():
    ok = question("truefalse", '<answer fraction="100"><text>true</text></answer>'
                  '<answer fraction="0"><text>false</text></answer>', "First")
    result = xml("<quiz>\n" + ok + "\n<question type=\"truefalse\"><name><text>Sec")
    assert [q.id for q in result.questions] == ["First"]
    assert result.errors[0].line == 4 and "not well-formed" in result.errors[0].reason


def test_export_is_well_formed_and_escaped(tricky_set):
    from defusedxml.ElementTree import fromstring

    text, warnings = moodle_xml_text(tricky_set)
    assert warnings == []
    root = fromstring(text.encode("utf-8"))
    types = [q.get("type") for q in root.findall("question")]
    assert types[0] == "category" and types.count("matching") == 2 and types.count("numerical") == 2
    html_like = next(q for q in root.findall("question") if q.findtext("idnumber") == "html-like")
    assert html_like.findtext("questiontext/text") == "What did the clerk write about <tags> & files?"
    troops = next(q for q in root.findall("question") if q.findtext("idnumber") == "num-troops")
    assert troops.findtext("units/unit/unit_name") == "troops" and troops.findtext("defaultgrade") == "3"
    assert "--" not in "".join(t.split("<!--")[1].split("-->")[0] for t in text.split("\n") if "<!--" in t)
