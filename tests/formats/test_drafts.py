"""Imported questions without evidence: drafts, placeholders, topics, suggestions, the evidence marker."""

from __future__ import annotations

import pytest

from question_bank.formats import ImportOptions, evidence_suggestions, import_bytes
from question_bank.formats.categories import category_segments, resolve_topics, topic_key
from question_bank.formats.drafts import PLACEHOLDER_SOURCE_ID, SOURCES_REQUIRED, lacks_evidence
from question_bank.formats.markers import split_evidence, with_evidence
from question_bank.formats.text import html_to_text
from question_bank.models import Evidence

from .conftest import SOURCE_TEXT


@pytest.mark.parametrize("text, key", [
    ("dates", "dates"), ("Dates", "dates"), ("UN Security Council", "un_security_council"),
    ("troop counts", "troop_counts"), ("Troop-counts", "troop_counts"), ("leader", "leaders"),
    ("Geography", "places"), ("Cold War", None), ("", None),
])
def test_topic_keys(text, key):
    assert topic_key(text) == key


def test_topic_rules():
    assert resolve_topics(["Cold War", "Leaders"], "$course$/top/Korea/Dates") == (
        ["Cold War", "leaders", "Category: Korea/Dates"], False)
    assert resolve_topics(["Cold War"], "$course$/top/Korea/Dates") == (["Cold War", "dates", "Category: Korea/Dates"],
                                                                        False)
    # the whole path is kept, Moodle's "Default for …" category too (it may be a teacher's own name)
    assert resolve_topics([], "$course$/top/Default for Class 9/Korea/Misc") == (
        ["context", "Category: Default for Class 9/Korea/Misc"], True)
    assert resolve_topics([], "$course$/top/Default for New Features") == (
        ["context", "Category: Default for New Features"], True)
    assert resolve_topics([], "$system$/top/Shared") == (["context", "Category: $system$/top/Shared"], True)
    assert resolve_topics([], "$course$/top") == (["context"], True)
    assert resolve_topics(["Cold War"], "$course$/top/Korea/Dates", keep_path=False) == (["Cold War", "dates"], False)
    assert resolve_topics(["places", "Places"], None) == (["places"], False)
    assert resolve_topics([], None) == (["context"], True)
    assert category_segments("$course$/top/War//Peace/1950") == ["War/Peace", "1950"]


def test_evidence_marker_both_ways():
    evidence = Evidence(source="src", quote="He said: “no”.\nThen left.")
    text = with_evidence("Because.\n\nTwo paragraphs.", evidence)
    assert split_evidence(text) == ("Because.\n\nTwo paragraphs.", {"source": "src", "quote": evidence.quote})
    assert split_evidence(with_evidence(None, evidence)) == ("", {"source": "src", "quote": evidence.quote})
    assert split_evidence("Evidence [x]: not a marker") == ("Evidence [x]: not a marker", None)
    assert split_evidence("We read: Evidence [s]: “q”") == ("We read: Evidence [s]: “q”", None)


def test_html_to_text():
    assert html_to_text("<p>One&nbsp;two</p><p>Three<br/>four <img src='x.png' alt='map'></p><script>x</script>") \
        == ("One two\n\nThree\nfour [image: map]", 1)


def test_a_file_without_evidence_makes_a_draft_with_placeholders():
    result = import_bytes(b"Q1? {=A ~B}\n\nQ2? {T}", "x.gift", "gift")
    qset = result.question_set
    assert qset.status == "draft"
    # a placeholder source while the model requires one (see docs/formats.md), none once drafts may lack it
    assert [s.id for s in qset.sources] == ([PLACEHOLDER_SOURCE_ID] if SOURCES_REQUIRED else [])
    assert all(lacks_evidence(q) for q in qset.questions)
    assert result.needs_evidence == {"q001": [], "q002": []}  # no source text to suggest from


def test_source_text_gives_suggestions_and_marker_source_ids_are_adopted():
    gift = ("::a:: Who was installed as the leader in the North? {=Kim Il Sung ~Syngman Rhee}\n\n"
            "::b:: Seoul fell on June 27. {T####Yes.\\n\\nEvidence [kw]\\: “captured Seoul, the South Korean "
            "capital, on June 27”}")
    result = import_bytes(gift.encode("utf-8"), "x.gift", "gift", ImportOptions(source_text=SOURCE_TEXT))
    qset = result.question_set
    assert [s.id for s in qset.sources] == ["kw"]  # the id the evidence marker cites
    assert qset.status == "draft" and not lacks_evidence(qset.questions[1])
    assert list(result.needs_evidence) == ["a"]
    assert result.needs_evidence["a"][0].sentence.startswith("In the North, Kim Il Sung")
    assert evidence_suggestions(qset)["a"][0].line == 1


def test_all_evidence_and_a_source_make_a_ready_set():
    gift = "::b:: Seoul fell on June 27. {T####Yes.\\n\\nEvidence [kw]\\: “on June 27”}"
    result = import_bytes(gift.encode("utf-8"), "x.gift", "gift", ImportOptions(source_text=SOURCE_TEXT))
    assert result.question_set.status == "ready" and result.ok
