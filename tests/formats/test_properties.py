"""Property tests: no importer raises on arbitrary bytes or text, only reports problems; text the
GIFT and Moodle XML exporters write comes back the same."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from question_bank.formats import FORMATS, import_bytes
from question_bank.formats.gift import gift_text
from question_bank.formats.moodle_xml import moodle_xml_text
from question_bank.models import QuestionSet

IMPORT_FORMATS = [fmt.name for fmt in FORMATS if fmt.can_import]

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _never_raises(data: bytes, fmt: str) -> None:
    result = import_bytes(data, "generated", fmt)
    assert not any("internal error" in p.reason for p in result.problems), [str(p) for p in result.problems]
    for p in result.problems:
        assert p.file == "generated" and p.reason and p.kind in ("error", "skipped", "warning")
    if result.question_set is not None:
        assert result.question_set.questions


@FAST
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(IMPORT_FORMATS))
def test_arbitrary_bytes(data, fmt):
    _never_raises(data, fmt)


@FAST
@given(text=st.text(max_size=2000), fmt=st.sampled_from(IMPORT_FORMATS),
       codec=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_arbitrary_text(text, fmt, codec):
    _never_raises(text.encode(codec, errors="surrogatepass"), fmt)


GIFT_BITS = ["::", "{", "}", "=", "~", "#", "####", "->", "%50%", "%-33.3%", "%", "$CATEGORY: a/b", "//", "\n",
             "\n\n", "[html]", "[markdown]", "<p>", "</p>", "&amp;", "\\", "\\n", "\\{", ":", "..", "T", "FALSE", "1950",
             " ", "a", "Kim", "// [id:x] [tag:dates]", "// quiz-bank: {", "\"type\":\"ordering\"}", "_____",
             "{1:MC:=a~b}", "// quiz-bank-set: {\"id\":1}", "Evidence [s]: “q”"]
XML_BITS = ["<quiz>", "</quiz>", '<question type="multichoice">', '<question type="truefalse">',
            '<question type="numerical">', '<question type="matching">', '<question type="category">', "</question>",
            "<questiontext format=\"html\">", "</questiontext>", "<text>", "</text>", '<answer fraction="100">',
            '<answer fraction="-33.3">', "</answer>", "<single>false</single>", "<subquestion>", "</subquestion>",
            "<tolerance>", "</tolerance>", "<![CDATA[<p>x</p>]]>", "&lt;", "&amp;", "<!-- quiz-bank: {} -->", "true",
            "false", "1950", "x", "\n", "<category>", "</category>", "<tags><tag><text>dates</text></tag></tags>",
            "<!DOCTYPE quiz>", "<?xml version=\"1.0\"?>", "<a>", "</a>", "&x;"]
CSV_BITS = ["prompt", "answer", "type", "option_1", "option_2", "topics", "dates", "quote", "tolerance", ",", ";",
            "\t", "\n", "\r\n", '"', '""', "mc", "tf", "numeric", "ordering", "matching", "cite", "1;2", "A",
            "135,000 ± 5", "→", "->", "\u00a0", "\u200b", "“", "x", "TRUE", "1950.0"]


@FAST
@given(parts=st.lists(st.sampled_from(GIFT_BITS), max_size=60))
def test_gift_like_text(parts):
    _never_raises("".join(parts).encode("utf-8"), "gift")


@FAST
@given(parts=st.lists(st.sampled_from(XML_BITS), max_size=60))
def test_xml_like_text(parts):
    _never_raises("".join(parts).encode("utf-8"), "moodle-xml")


@FAST
@given(parts=st.lists(st.sampled_from(CSV_BITS), max_size=80), fmt=st.sampled_from(["csv", "tsv", "aiken"]))
def test_csv_like_text(parts, fmt):
    _never_raises("".join(parts).encode("utf-8"), fmt)


cell = st.one_of(st.none(), st.integers(-5, 300), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
                 st.sampled_from(["Question - max 120 characters", "Answer 1", "Answer 2", "Correct answer(s)",
                                  "prompt", "answer", "1,3", "True", "False", "x"]),
                 st.text(max_size=20))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grid=st.lists(st.lists(cell, max_size=9), max_size=12))
def test_arbitrary_spreadsheets(grid):
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook()
    ws = wb.active
    for r, values in enumerate(grid, 1):
        for c, value in enumerate(values, 1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            ws.cell(row=r, column=c, value=value)
    buffer = io.BytesIO()
    wb.save(buffer)
    _never_raises(buffer.getvalue(), "xlsx")


# --------------------------------------------------------------------------- what we write comes back

SPECIAL = "~=#{}:\\[]%-><&\"'“”\n\t é—"
texts = st.text(alphabet=st.sampled_from(list("abcXYZ 19") + list(SPECIAL)), min_size=1, max_size=25).filter(
    lambda s: s.strip() == s and s and not s.startswith("\n"))


@st.composite
def question_sets(draw):
    choices = draw(st.lists(texts, min_size=2, max_size=6, unique_by=lambda s: " ".join(s.casefold().split())))
    right = draw(st.integers(0, len(choices) - 1))
    feedback = draw(st.lists(st.none() | texts, min_size=len(choices), max_size=len(choices)))
    return QuestionSet.model_validate({
        "id": "p", "title": draw(texts), "sources": [{"id": "s", "title": "S", "text": "Some text."}],
        "questions": [{
            "type": "multiple_choice", "id": draw(texts), "prompt": draw(texts), "topics": ["dates", draw(texts)],
            "explanation": draw(texts), "evidence": {"source": "s", "quote": draw(texts)},
            "choices": [{"text": t, "correct": i == right, "feedback": f}
                        for i, (t, f) in enumerate(zip(choices, feedback, strict=True))],
        }],
    })


@settings(max_examples=60, deadline=None)
@given(qset=question_sets(), fmt=st.sampled_from(["gift", "moodle-xml"]))
def test_written_text_comes_back(qset, fmt):
    text, _ = gift_text(qset) if fmt == "gift" else moodle_xml_text(qset)
    result = import_bytes(text.encode("utf-8"), "p", fmt)
    assert not result.errors, [str(p) for p in result.problems]
    assert result.question_set.model_dump() == qset.model_dump()
