"""ImportResult.editable(): an imported set in the editor's terms, with no placeholder left in its questions."""

from __future__ import annotations

import json

import pytest

from question_bank.formats import ImportOptions, import_bytes
from question_bank.formats.drafts import (
    NEEDS_EVIDENCE_QUOTE,
    NO_EXPLANATION,
    PLACEHOLDER_SOURCE_ID,
    SOURCES_REQUIRED,
)

from .conftest import SOURCE_TEXT

GIFT = ("::k1:: Who was installed as the leader in the North? {=Kim Il Sung ~Syngman Rhee}\n\n"
        "::k2:: Where? {=Seoul ~Busan####The text names Seoul.\\n\\nEvidence [reading]: “In the North, Kim Il Sung”}\n")


def test_missing_evidence_points_at_the_first_real_source_and_placeholders_become_empty():
    result = import_bytes(GIFT.encode(), "q.gift", "gift", ImportOptions(source_text=SOURCE_TEXT, source_id="reading"))
    assert result.questions[0].explanation == NO_EXPLANATION  # the written set keeps its placeholders
    data = result.editable()
    json.dumps(data)  # JSON-ready
    k1, k2 = data["questions"]
    assert k1["evidence"] == {"source": "reading", "quote": ""}
    assert k1["explanation"] == ""
    assert k2["evidence"] == {"source": "reading", "quote": "In the North, Kim Il Sung"}
    assert k2["explanation"] == "The text names Seoul."
    assert [s["id"] for s in data["sources"]] == ["reading"]
    assert NEEDS_EVIDENCE_QUOTE not in json.dumps(data) and NO_EXPLANATION not in json.dumps(data)
    assert data == result.editable()  # the result itself is not changed


def test_without_a_source_text_the_evidence_names_the_placeholder_source_or_nothing():
    result = import_bytes(GIFT.split("\n\n")[0].encode(), "q.gift", "gift")
    data = result.editable()
    (k1,) = data["questions"]
    expected = PLACEHOLDER_SOURCE_ID if SOURCES_REQUIRED else ""
    assert k1["evidence"] == {"source": expected, "quote": ""} and k1["explanation"] == ""
    assert data["status"] == "draft"


def test_nothing_imported_has_nothing_to_edit():
    result = import_bytes(b"\x00\x01\x02" * 40, "q.gift", "gift")
    with pytest.raises(ValueError, match="no question was imported"):
        result.editable()
