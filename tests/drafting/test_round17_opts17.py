"""Round 17 (issue 16, opts17): an ordering is not kept beside drafts that show its items' dates. Each test fails
without its rule; the faults are the raters' of the seen sets 15-17 ("answer_shown_elsewhere" and
"giveaway_other_draft" on orderings: Newton's 1642, 1665 and 1703 stood in three other prompts)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from question_bank.drafting import suggest_questions

HERE = Path(__file__).resolve().parent


def _text(which: int, name: str) -> str:
    return (HERE / f"eval_texts_{which}" / f"{name}.txt").read_text(encoding="utf-8")


def _visible(d: dict) -> str:
    """What a student reads of a question before answering, lower-cased."""
    parts = [d.get("prompt", ""), d.get("statement", ""), d.get("text", "")]
    parts += [c["text"] for c in d.get("choices", [])] + [i["text"] for i in d.get("items", [])]
    parts += [f"{p['left']} {p['right']}" for p in d.get("pairs", [])]
    for gap in d.get("gaps", []) or []:
        parts += [str(o) for o in gap.get("distractors", []) or []]
    return " ".join(parts).lower()


@lru_cache(maxsize=8)
def _questions(which: int, name: str) -> tuple[dict, ...]:
    result = suggest_questions(_text(which, name))
    return tuple(q.model_dump(mode="json", exclude_none=True) for q in result.question_set.questions)


def _items_shown(q: dict, others: list[dict]) -> list[str]:
    """The ordering's items whose date another question shows beside one of the item's own words."""
    shown = []
    for item in q["items"]:
        words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]{3,}", item["text"]) if w[0].islower()]
        for o in others:
            text = _visible(o)
            if item["date"].lower() in text and (not words or any(w in text for w in words)):
                shown.append(f"{item['date']}: {item['text']}")
                break
    return shown


@pytest.mark.parametrize(("which", "name"), [(16, "isaac-newton"), (16, "klondike-gold-rush"),
                                             (16, "war-of-1812-causes-and-effects"), (15, "joan-of-arc-year-by-year")])
def test_no_ordering_beside_drafts_that_show_two_of_its_dates(which, name):
    questions = list(_questions(which, name))
    for q in questions:
        if q["type"] == "ordering":
            others = [o for o in questions if o is not q]
            assert len(_items_shown(q, others)) <= 1, (name, _items_shown(q, others))


def test_newton_keeps_an_ordering_or_its_drafts():
    # the rule trades, it does not just cut: Newton's set keeps its 13 drafts (the ordering went, a matching of
    # other dates took its place). Round 22: 12, the matching keeping its "March 1727" pair over the burial's blank
    # (the birth's false statement no longer swaps in 1661, Trinity's year, which the matching shows)
    questions = _questions(16, "isaac-newton")
    assert len(questions) >= 12
    assert any(q["type"] in ("ordering", "matching") for q in questions)


# ---------------------------------------------------------------- the kind a name gets (extract, lexicon)

def _kind(text: str, name: str) -> tuple[str, str]:
    from question_bank.drafting.facts import read_facts

    return next((m.kind, m.subkind) for sf in read_facts(text).sentences for m in sf.names if m.text == name)


def test_new_and_a_country_is_a_place_not_a_country():
    # set 17's Dust Bowl: "northeastern New Mexico" was labelled "(a country)"
    text = "The dust storms reached Colorado and New Mexico in 1935. Farmers in New Mexico lost their crops."
    assert _kind(text, "New Mexico") == ("place", "region")


def test_a_shire_is_a_county_not_a_town():
    # set 16's Newton: Lincolnshire was offered among towns for the King's School at Grantham
    text = "Newton was born at Woolsthorpe Manor in Lincolnshire. He went to school in Grantham."
    assert _kind(text, "Lincolnshire") == ("place", "region")


def test_a_creek_is_water_and_a_project_is_no_person():
    # set 16's Klondike: Bonanza Creek among the three men; set 17's Dust Bowl: the Shelterbelt Project among people
    text = ("George Carmack found gold in Rabbit Creek in 1896. The creek was soon renamed Bonanza Creek. "
            "Roosevelt began the Shelterbelt Project in 1934, and Hugh Bennett led the new service.")
    assert _kind(text, "Bonanza Creek") == ("place", "water")
    assert _kind(text, "Shelterbelt Project")[0] == "event"


def test_a_renamed_building_is_no_person():
    # set 17's Bandung: Gedung Merdeka, the building "renamed" so, was offered among three people
    text = ("Ali Sastroamidjojo opened the meeting. The meetings were held in a building that was renamed Gedung "
            "Merdeka, the Independence Building, for the occasion. Zhou Enlai spoke on the second day.")
    assert _kind(text, "Gedung Merdeka")[0] != "person"


def test_the_seen_drafts_show_no_such_options_or_labels():
    # the drafts' visible text on the seen texts the raters faulted (sets 16 and 17)
    dust = " ".join(_visible(q) for q in _questions(17, "dust-bowl-causes-and-effects"))
    assert "(a country): the worst-hit area" not in dust
    assert "shelterbelt project" not in " ".join(" ".join(g.get("distractors", [])).lower()
                                                 for q in _questions(17, "dust-bowl-causes-and-effects")
                                                 for g in q.get("gaps", []) or [])
    newton = [q for q in _questions(16, "isaac-newton") if "king's school" in q.get("prompt", "").lower()]
    assert all("Lincolnshire" not in [c["text"] for c in q.get("choices", [])] for q in newton)
    bandung = [g for q in _questions(17, "bandung-conference-1955") for g in q.get("gaps", []) or []
               if g["answer"] == "Gedung Merdeka"]
    assert all("Zhou Enlai" not in g.get("distractors", []) for g in bandung)
